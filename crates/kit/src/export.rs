//! A plan → the sheets of the template, filled (what `cruscotto export`
//! writes, so an office can start from last year's plan), and the template
//! itself (the example plan exported).
//!
//! Nothing is dropped: a field of the plan that no column holds is an error
//! ([`Unrepresentable`]), never silently left out.

use std::collections::HashMap;

use cruscotto_core::PlanFile;
use serde_json::Value;

use crate::cell::{self, Cell};
use crate::schema::{self, Kind, Shape, SheetDef, SheetId, SHEETS};
use crate::{Sheet, Workbook};

/// A field of the plan that no column of the template holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unrepresentable {
    /// Its JSON path.
    pub path: String,
}

/// The example plan of the template (a small valid plan, every sheet used).
pub const EXAMPLE: &str = include_str!("esempio.json");

struct Item<'a> {
    parent: Option<String>,
    obj: &'a Value,
    path: String,
}

fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

/// The items of every sheet, in the workbook's order.
fn items(root: &Value) -> HashMap<SheetId, Vec<Item<'_>>> {
    let mut out: HashMap<SheetId, Vec<Item<'_>>> = HashMap::new();
    for def in SHEETS {
        let mut list = Vec::new();
        match def.shape {
            Shape::One(path) => {
                if let Some(v) = get(root, path).filter(|v| v.is_object()) {
                    list.push(Item {
                        parent: None,
                        obj: v,
                        path: format!("$.{path}"),
                    });
                }
            }
            Shape::List(path) => {
                for (i, v) in get(root, path)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    list.push(Item {
                        parent: None,
                        obj: v,
                        path: format!("$.{path}[{i}]"),
                    });
                }
            }
            Shape::Tree(path) => {
                // Pre-order, iteratively (trees of any depth).
                let mut stack: Vec<(Option<String>, &Value, String)> = Vec::new();
                let roots = get(root, path)
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                for (i, v) in roots.iter().enumerate().rev() {
                    stack.push((None, v, format!("$.{path}[{i}]")));
                }
                while let Some((parent, v, p)) = stack.pop() {
                    let id = v.get("id").and_then(Value::as_str).map(str::to_string);
                    let children = v
                        .get("children")
                        .and_then(Value::as_array)
                        .map(Vec::as_slice)
                        .unwrap_or_default();
                    for (i, c) in children.iter().enumerate().rev() {
                        stack.push((id.clone(), c, format!("{p}.children[{i}]")));
                    }
                    list.push(Item {
                        parent,
                        obj: v,
                        path: p,
                    });
                }
            }
            Shape::Under {
                parent,
                field,
                many,
            } => {
                for p in out.get(&parent).into_iter().flatten() {
                    let pid = p.obj.get("id").and_then(Value::as_str).map(str::to_string);
                    match p.obj.get(field) {
                        Some(Value::Array(a)) if many => {
                            for (i, v) in a.iter().enumerate() {
                                list.push(Item {
                                    parent: pid.clone(),
                                    obj: v,
                                    path: format!("{}.{field}[{i}]", p.path),
                                });
                            }
                        }
                        Some(v) if !many => list.push(Item {
                            parent: pid.clone(),
                            obj: v,
                            path: format!("{}.{field}", p.path),
                        }),
                        _ => {}
                    }
                }
            }
        }
        out.insert(def.id, list);
    }
    out
}

fn texts(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|x| match x {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// A field's value → its cell.
fn to_cell(kind: Kind, v: &Value) -> Cell {
    let text = || match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    match kind {
        Kind::Int | Kind::Dec { .. } => Cell::Number(text()),
        Kind::Date if cruscotto_core::validate::is_iso_date(&text()) => Cell::Date(text()),
        Kind::Bool => match v {
            Value::Bool(true) => Cell::Text(crate::messages::yes_no(true).into()),
            _ => Cell::Empty,
        },
        Kind::Choice(list) => {
            let t = text();
            Cell::Text(
                list.iter()
                    .find(|c| c.wire == t)
                    .map_or(t, |c| c.label.to_string()),
            )
        }
        Kind::List | Kind::Ints | Kind::Sdgs => Cell::Text(texts(v).join("; ")),
        Kind::Lines => Cell::Text(texts(v).join("\n")),
        _ => Cell::Text(text()),
    }
}

/// A cell of another table: numbers as numbers when the spreadsheet stores
/// them exactly as written, else as text in Italian form (`92,50`).
fn table_cell(kind: &str, v: &Value) -> Cell {
    let Some(s) = v.as_str() else {
        return Cell::Empty;
    };
    match kind {
        "integer" | "year" | "number" | "percent" | "money" if cell::parse_stored(s).is_some() => {
            if s.parse::<f64>().is_ok_and(|f| f.to_string() == s) {
                Cell::Number(s.to_string())
            } else {
                Cell::Text(cell::italian(s))
            }
        }
        "date" if cruscotto_core::validate::is_iso_date(s) => Cell::Date(s.to_string()),
        _ => Cell::Text(s.to_string()),
    }
}

/// Removes `path` (dotted) from `v`, and objects left empty by it.
fn remove(v: &mut Value, path: &str) {
    let Value::Object(m) = v else { return };
    match path.split_once('.') {
        None => {
            m.remove(path);
        }
        Some((head, rest)) => {
            if let Some(inner) = m.get_mut(head) {
                remove(inner, rest);
                if inner.as_object().is_some_and(|o| o.is_empty()) {
                    m.remove(head);
                }
            }
        }
    }
}

/// The first field left in `v` (none: everything was taken).
fn leftover(v: &Value, path: &str) -> Option<String> {
    v.as_object()?
        .iter()
        .next()
        .map(|(k, _)| format!("{path}.{k}"))
}

/// The header row of a sheet (`Cells`: as many `Colonna n` as needed).
fn header(def: &SheetDef, cells: usize) -> Vec<Cell> {
    let mut row = Vec::new();
    for c in def.cols {
        if c.kind == Kind::Cells {
            row.extend((1..=cells.max(1)).map(|n| Cell::Text(schema::cell_header(n))));
        } else {
            row.push(Cell::Text(c.header.to_string()));
        }
    }
    row
}

/// Writes a plan into the sheets of the template.
pub fn export(plan: &PlanFile) -> Result<Workbook, Unrepresentable> {
    let root = serde_json::to_value(plan).map_err(|_| Unrepresentable { path: "$".into() })?;
    // Everything at the top is held by some sheet.
    let mut top = root.clone();
    remove(&mut top, "format");
    for def in SHEETS {
        if let Shape::One(p) | Shape::List(p) | Shape::Tree(p) = def.shape {
            remove(&mut top, p);
        }
    }
    if let Some(path) = leftover(&top, "$") {
        return Err(Unrepresentable { path });
    }
    let all = items(&root);
    let mut sheets = Vec::new();
    for def in SHEETS {
        let list = &all[&def.id];
        let width = if def.id == SheetId::TableRows {
            list.iter()
                .map(|i| i.obj.as_array().map_or(0, Vec::len))
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        let mut rows = vec![header(def, width)];
        // The fields held by other sheets.
        let mut held: Vec<&str> = Vec::new();
        for other in SHEETS {
            match other.shape {
                Shape::Under { parent, field, .. } if parent == def.id => held.push(field),
                Shape::List(p) => {
                    if let (Shape::One(mine), Some((head, field))) = (def.shape, p.rsplit_once('.'))
                    {
                        if head == mine {
                            held.push(field);
                        }
                    }
                }
                _ => {}
            }
        }
        if let Shape::Tree(_) = def.shape {
            held.push("children");
        }
        for item in list {
            let mut row = Vec::new();
            if def.id == SheetId::TableRows {
                row.push(Cell::Text(item.parent.clone().unwrap_or_default()));
                let types = table_types(&root, &item.path);
                for (n, v) in item.obj.as_array().into_iter().flatten().enumerate() {
                    row.push(table_cell(types.get(n).map_or("text", String::as_str), v));
                }
                rows.push(row);
                continue;
            }
            let mut rest = item.obj.clone();
            for c in def.cols {
                if c.path == "@parent" {
                    row.push(item.parent.clone().map_or(Cell::Empty, Cell::Text));
                    continue;
                }
                row.push(get(item.obj, c.path).map_or(Cell::Empty, |v| to_cell(c.kind, v)));
                remove(&mut rest, c.path);
            }
            for f in &held {
                remove(&mut rest, f);
            }
            if let Some(path) = leftover(&rest, &item.path) {
                return Err(Unrepresentable { path });
            }
            rows.push(row);
        }
        sheets.push(Sheet {
            name: def.name.to_string(),
            rows,
            merges: Vec::new(),
            ..Default::default()
        });
    }
    Ok(Workbook {
        sheets,
        date1904: false,
    })
}

/// The column types of the table a `rows[i]` path belongs to.
fn table_types(root: &Value, row_path: &str) -> Vec<String> {
    // `$.tables[3].rows[7]` → table 3.
    let n = row_path
        .strip_prefix("$.tables[")
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    schema::column_types(n.and_then(|n| root.get("tables")?.get(n)?.get("columns")))
}

/// The instructions sheet: what each sheet and column holds.
pub fn instructions() -> Sheet {
    use crate::messages::{kind_label, yes_no, INSTRUCTIONS_HEADERS, INSTRUCTIONS_INTRO};
    let mut rows: Vec<Vec<Cell>> = INSTRUCTIONS_INTRO
        .iter()
        .map(|l| vec![Cell::Text((*l).into())])
        .collect();
    rows.push(Vec::new());
    rows.push(
        INSTRUCTIONS_HEADERS
            .iter()
            .map(|h| Cell::Text((*h).into()))
            .collect(),
    );
    for def in SHEETS {
        rows.push(vec![
            Cell::Text(def.name.into()),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Text(def.help.into()),
        ]);
        for c in def.cols {
            rows.push(vec![
                Cell::Text(def.name.into()),
                Cell::Text(c.header.into()),
                Cell::Text(yes_no(c.required).into()),
                Cell::Text(kind_label(c.kind)),
                Cell::Text(c.help.into()),
            ]);
        }
    }
    Sheet {
        name: schema::INSTRUCTIONS.into(),
        rows,
        merges: Vec::new(),
        ..Default::default()
    }
}

/// The empty template with its example rows and instructions.
pub fn template() -> Workbook {
    let plan = cruscotto_core::parse_plan(EXAMPLE.as_bytes()).expect("the example plan is valid");
    let mut wb = export(&plan).expect("the example plan fits the template");
    wb.sheets.insert(0, instructions());
    wb
}

/// The lists of allowed values, for the data validation of a workbook:
/// each list of a column as (sheet, column index, values).
pub fn lists() -> Vec<(&'static str, usize, Vec<String>)> {
    let mut out = Vec::new();
    for def in SHEETS {
        for (i, c) in def.cols.iter().enumerate() {
            let values: Vec<String> = match c.kind {
                Kind::Choice(list) => list.iter().map(|c| c.label.to_string()).collect(),
                Kind::Bool => schema::YES_NO.iter().map(|c| c.label.to_string()).collect(),
                Kind::Mission => cruscotto_core::validate::MISSIONS
                    .iter()
                    .map(|m| m.to_string())
                    .collect(),
                Kind::Sdgs => (1..=17).map(|n| n.to_string()).collect(),
                _ => continue,
            };
            out.push((def.name, i, values));
        }
    }
    out
}
