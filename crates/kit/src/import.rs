//! Sheets of cells → a `cruscotto/1` plan, with every problem placed at its
//! sheet, row and column.
//!
//! The rows become JSON objects following [`crate::schema::SHEETS`]; the
//! objects are assembled into the plan (trees by their parent column, items
//! under their parent's id), which the core then parses and checks exactly
//! as it does a JSON file. The core's findings carry JSON paths: each is
//! traced back to the row and column it came from.

use std::collections::HashMap;

use cruscotto_core::{Diagnostic, ParseErrorKind, ParsePlanError, PlanFile, Severity};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::book::ReadError;
use crate::cell::{self, Cell};
use crate::schema::{self, Col, Kind, Shape, SheetDef, SheetId, SHEETS};
use crate::{Sheet, Workbook};

/// Deepest objective or unit tree the import builds (the JSON reader of the
/// core stops at 128 levels of nesting).
pub const MAX_DEPTH: usize = 60;

/// Where a problem is: the sheet, the row as the spreadsheet numbers it,
/// the column (0-based: `A` is 0) and its header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Sheet name as in the file (or the CSV file).
    pub sheet: Option<String>,
    /// Row number as the spreadsheet shows it (1-based).
    pub row: Option<usize>,
    /// Column index (0 = `A`).
    pub col: Option<usize>,
    /// Header of the column.
    pub header: Option<String>,
    /// The other rows with the same problem in the same column (grouped
    /// into one problem: `66 righe del foglio «Indicatori», colonna X`).
    pub more_rows: Vec<usize>,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// The file could not be read as a workbook.
    Read(ReadError),
    /// Neither `.xlsx` nor `.csv`.
    UnknownFile { name: String },
    /// A sheet every plan needs is missing.
    MissingSheet { name: &'static str },
    /// A sheet with data whose name is not one of the template's.
    UnknownSheet,
    /// Two sheets for the same thing.
    DuplicateSheet { name: &'static str },
    /// A sheet with data but none of the template's headers.
    NoHeader { name: &'static str },
    /// A sheet that holds one row has none.
    NoRow,
    /// A sheet that holds one row has more.
    TooManyRows,
    /// A column with data whose header is not one of the sheet's.
    UnknownColumn,
    /// The same column twice.
    DuplicateColumn,
    /// A required column is missing.
    MissingColumn { header: &'static str },
    /// A required cell is empty.
    Required,
    /// Not a number.
    NotNumber { value: String },
    /// Not a whole number.
    NotInteger { value: String },
    /// Not a date.
    NotDate { value: String },
    /// Not yes/no.
    NotBool { value: String },
    /// Not one of the list.
    NotInList {
        value: String,
        allowed: Vec<&'static str>,
    },
    /// Not a missione code.
    BadMission { value: String },
    /// Not an Agenda 2030 goal.
    BadSdg { value: String },
    /// Not a list of years.
    NotYears { value: String },
    /// The parent named does not exist.
    UnknownParent { id: String, sheet: &'static str },
    /// The parents form a loop.
    Cycle { id: String },
    /// A tree deeper than [`MAX_DEPTH`].
    TooDeep { id: String },
    /// A second row for something that has one (the costs of an objective).
    DuplicateRow { id: String },
    /// Merged cells across columns in the data: only the first cell is read.
    MergedAcross { range: String },
    /// Rows hidden in the spreadsheet, imported all the same (row numbers).
    HiddenRows { rows: Vec<usize> },
    /// A code typed as a number got back its leading zeros.
    CodePadded { typed: String, code: String },
    /// A percentage that looks like a fraction (`0,85` among `90`, `100`).
    LooksLikeFraction { value: String, percent: String },
    /// A CSV file not in UTF-8, read in the encoding named.
    CsvEncoding {
        encoding: &'static str,
        ambiguous: bool,
    },
    /// The core could not read the assembled plan.
    Parse(ParsePlanError),
    /// A finding of the core's checks, with the places of the JSON paths
    /// its sentence names.
    Check(Diagnostic, Vec<(String, Place)>),
}

/// A problem of an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// How serious.
    pub severity: Severity,
    /// Where.
    pub place: Place,
    /// What.
    pub what: What,
}

impl Problem {
    /// A complete sentence, in `lang`: where, what, how to fix it.
    pub fn message(&self, lang: cruscotto_core::Lang) -> String {
        crate::messages::problem(self, lang)
    }

    /// Its stable code: the core's (`E02`, `W10` …, the same as
    /// `cruscotto validate`) for a finding of the core's checks, else the
    /// kit's own (`K01` …), each explained once in docs/GUIDA.md.
    pub fn code(&self) -> &'static str {
        match &self.what {
            What::Check(d, _) => d.code(),
            other => other.code(),
        }
    }
}

impl What {
    /// The kit's code of a problem (`K01` …; see [`Problem::code`]).
    pub fn code(&self) -> &'static str {
        match self {
            What::Read(_) => "K01",
            What::UnknownFile { .. } => "K02",
            What::MissingSheet { .. } => "K03",
            What::UnknownSheet => "K04",
            What::DuplicateSheet { .. } => "K05",
            What::NoHeader { .. } => "K06",
            What::NoRow => "K07",
            What::TooManyRows => "K08",
            What::UnknownColumn => "K09",
            What::DuplicateColumn => "K10",
            What::MissingColumn { .. } => "K11",
            What::Required => "K12",
            What::NotNumber { .. } => "K13",
            What::NotInteger { .. } => "K14",
            What::NotDate { .. } => "K15",
            What::NotBool { .. } => "K16",
            What::NotInList { .. } => "K17",
            What::BadMission { .. } => "K18",
            What::BadSdg { .. } => "K19",
            What::NotYears { .. } => "K20",
            What::UnknownParent { .. } => "K21",
            What::Cycle { .. } => "K22",
            What::TooDeep { .. } => "K23",
            What::DuplicateRow { .. } => "K24",
            What::MergedAcross { .. } => "K25",
            What::HiddenRows { .. } => "K26",
            What::CodePadded { .. } => "K27",
            What::LooksLikeFraction { .. } => "K28",
            What::CsvEncoding { .. } => "K29",
            What::Parse(_) => "K30",
            What::Check(d, _) => d.code(),
        }
    }
}

/// The result of an import.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// The plan, when the sheets could be assembled into one.
    pub plan: Option<PlanFile>,
    /// The plan as a `cruscotto/1` JSON file (what the command writes and
    /// the web app offers to download).
    pub json: Option<String>,
    /// Every problem, errors first.
    pub problems: Vec<Problem>,
}

impl Imported {
    /// Number of problems of a severity.
    pub fn count(&self, s: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == s).count()
    }
    /// A plan was built and nothing is an error.
    pub fn is_valid(&self) -> bool {
        self.json.is_some() && self.count(Severity::Error) == 0
    }
}

enum Target {
    Col(&'static Col),
    Year(i32),
    Cell(usize),
}

struct Row {
    /// Row number as shown (1-based).
    line: usize,
    obj: Map<String, Value>,
    parent: Option<String>,
    /// Cells of a [`Kind::Cells`] row, with their column index.
    cells: Vec<(usize, Cell)>,
    /// Rows of sheets under this one: (sheet, row index).
    subs: Vec<(SheetId, usize)>,
    /// JSON path, once assembled.
    path: String,
}

struct Read {
    def: &'static SheetDef,
    name: String,
    rows: Vec<Row>,
    /// Column index of each field path; of each cell number for `Cells`.
    cols: HashMap<&'static str, usize>,
    cell_cols: Vec<usize>,
}

struct Ctx {
    problems: Vec<Problem>,
    date1904: bool,
}

impl Ctx {
    fn add(&mut self, severity: Severity, place: Place, what: What) {
        self.problems.push(Problem {
            severity,
            place,
            what,
        });
    }
}

fn place(sheet: &str, row: Option<usize>, col: Option<usize>, header: Option<&str>) -> Place {
    Place {
        sheet: Some(sheet.to_string()),
        row,
        col,
        header: header.map(str::to_string),
        more_rows: Vec::new(),
    }
}

/// Imports a workbook.
pub fn import(wb: &Workbook) -> Imported {
    let mut ctx = Ctx {
        problems: Vec::new(),
        date1904: wb.date1904,
    };
    let mut read: HashMap<SheetId, Read> = HashMap::new();
    let ignored = [cell::norm(schema::INSTRUCTIONS), cell::norm(schema::LISTS)];
    for sheet in &wb.sheets {
        let n = cell::norm(&sheet.name);
        if ignored.contains(&n) {
            continue;
        }
        let def = SHEETS.iter().find(|d| cell::norm(d.name) == n);
        let Some(def) = def else {
            if sheet.rows.iter().flatten().any(|c| !c.is_blank()) {
                ctx.add(
                    Severity::Error,
                    place(&sheet.name, None, None, None),
                    What::UnknownSheet,
                );
            }
            continue;
        };
        if read.contains_key(&def.id) {
            ctx.add(
                Severity::Error,
                place(&sheet.name, None, None, None),
                What::DuplicateSheet { name: def.name },
            );
            continue;
        }
        if let Some(r) = read_sheet(def, sheet, &mut ctx) {
            read.insert(def.id, r);
        }
    }
    if !read.contains_key(&SheetId::Document) {
        let name = schema::sheet(SheetId::Document).name;
        ctx.add(
            Severity::Error,
            Place::default(),
            What::MissingSheet { name },
        );
    }
    let root = assemble(&mut read, &mut ctx);
    finish(root, &read, ctx)
}

/// Reads one sheet's rows into objects.
fn read_sheet(def: &'static SheetDef, sheet: &Sheet, ctx: &mut Ctx) -> Option<Read> {
    let mut grid = sheet.rows.clone();
    // Merged cells: the value of the first cell fills the first column of the
    // range downwards; a range across columns in the data is reported.
    for m in &sheet.merges {
        let v = grid
            .get(m.r0)
            .and_then(|r| r.get(m.c0))
            .cloned()
            .unwrap_or_default();
        for r in m.r0 + 1..=m.r1.min(grid.len().saturating_sub(1)) {
            let row = &mut grid[r];
            if row.len() <= m.c0 {
                row.resize(m.c0 + 1, Cell::Empty);
            }
            row[m.c0] = v.clone();
        }
    }
    let headers: Vec<(String, Target)> = def
        .cols
        .iter()
        .flat_map(|c| {
            let alias = (c.kind != Kind::Cells && !c.path.starts_with('@'))
                .then(|| (cell::norm(c.path), Target::Col(c)));
            [(cell::norm(c.header), Target::Col(c))]
                .into_iter()
                .chain(alias)
        })
        .collect();
    let d1904 = ctx.date1904;
    let matcher = |c: &Cell| -> Option<Target> {
        let h = cell::norm(&c.text(d1904));
        if h.is_empty() {
            return None;
        }
        if let Some((_, t)) = headers.iter().find(|(k, _)| *k == h) {
            return Some(match t {
                Target::Col(c) => Target::Col(c),
                Target::Year(y) => Target::Year(*y),
                Target::Cell(n) => Target::Cell(*n),
            });
        }
        if def.cols.iter().any(|c| c.kind == Kind::Cells) {
            let n = h
                .strip_prefix("colonna ")
                .and_then(|n| n.trim().parse::<usize>().ok());
            if let Some(n) = n.filter(|n| (1..=1000).contains(n)) {
                return Some(Target::Cell(n));
            }
        }
        // A year heading a column is a year, whatever its cell's format
        // (a number shown as a date is the number typed).
        let year = match c {
            Cell::Serial(n) | Cell::Number(n) => n.clone(),
            _ => h.clone(),
        };
        if def.id == SheetId::Objectives && year.len() == 4 {
            if let Ok(y) = year.parse::<i32>() {
                return Some(Target::Year(y));
            }
        }
        None
    };
    let scan = grid.len().min(10);
    let (header_row, count) = (0..scan)
        .map(|r| (r, grid[r].iter().filter(|c| matcher(c).is_some()).count()))
        .fold((0, 0), |best, cur| if cur.1 > best.1 { cur } else { best });
    let has_data = grid.iter().flatten().any(|c| !c.is_blank());
    if count == 0 {
        if has_data {
            ctx.add(
                Severity::Error,
                place(&sheet.name, None, None, None),
                What::NoHeader { name: def.name },
            );
        }
        return None;
    }
    let data_rows: Vec<usize> = (header_row + 1..grid.len())
        .filter(|&r| grid[r].iter().any(|c| !c.is_blank()))
        .collect();
    if let Some((encoding, ambiguous)) = sheet.encoding {
        ctx.add(
            if ambiguous {
                Severity::Warning
            } else {
                Severity::Info
            },
            place(&sheet.name, None, None, None),
            What::CsvEncoding {
                encoding,
                ambiguous,
            },
        );
    }
    let hidden: Vec<usize> = data_rows
        .iter()
        .filter(|r| sheet.hidden_rows.contains(r))
        .map(|r| r + 1)
        .collect();
    if !hidden.is_empty() {
        ctx.add(
            Severity::Info,
            place(&sheet.name, None, None, None),
            What::HiddenRows { rows: hidden },
        );
    }
    let mut map: Vec<(usize, Target)> = Vec::new();
    let mut cols: HashMap<&'static str, usize> = HashMap::new();
    let mut cell_cols: Vec<usize> = Vec::new();
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for ci in 0..width {
        let head = grid[header_row].get(ci).cloned().unwrap_or_default();
        let text = head.text(d1904).trim().to_string();
        let column_has_data = data_rows
            .iter()
            .any(|&r| grid[r].get(ci).is_some_and(|c| !c.is_blank()));
        let at = place(&sheet.name, Some(header_row + 1), Some(ci), Some(&text));
        match matcher(&head) {
            Some(t) => {
                let key = match &t {
                    Target::Col(c) => c.path.to_string(),
                    Target::Year(y) => format!("@year{y}"),
                    Target::Cell(n) => format!("@cell{n}"),
                };
                if seen.insert(key, ci).is_some() {
                    ctx.add(Severity::Error, at, What::DuplicateColumn);
                    continue;
                }
                match &t {
                    Target::Col(c) => {
                        cols.insert(c.path, ci);
                    }
                    Target::Cell(n) => {
                        if cell_cols.len() < *n {
                            cell_cols.resize(*n, usize::MAX);
                        }
                        cell_cols[n - 1] = ci;
                    }
                    Target::Year(_) => {}
                }
                map.push((ci, t));
            }
            None if column_has_data => ctx.add(Severity::Error, at, What::UnknownColumn),
            None => {}
        }
    }
    if !data_rows.is_empty() {
        for c in def
            .cols
            .iter()
            .filter(|c| c.required && c.kind != Kind::Cells)
        {
            if !cols.contains_key(c.path) {
                ctx.add(
                    Severity::Error,
                    place(&sheet.name, Some(header_row + 1), None, None),
                    What::MissingColumn { header: c.header },
                );
            }
        }
    }
    for m in &sheet.merges {
        if m.c1 > m.c0 && m.r1 > header_row {
            let range = format!(
                "{}{}:{}{}",
                cell::column_letters(m.c0),
                m.r0 + 1,
                cell::column_letters(m.c1),
                m.r1 + 1
            );
            ctx.add(
                Severity::Warning,
                place(&sheet.name, Some(m.r0 + 1), Some(m.c0), None),
                What::MergedAcross { range },
            );
        }
    }
    let mut rows = Vec::new();
    for &r in &data_rows {
        let line = r + 1;
        let mut row = Row {
            line,
            obj: Map::new(),
            parent: None,
            cells: Vec::new(),
            subs: Vec::new(),
            path: String::new(),
        };
        let mut years: Vec<i64> = Vec::new();
        for (ci, t) in &map {
            let c = grid[r].get(*ci).cloned().unwrap_or_default();
            let at = || {
                place(
                    &sheet.name,
                    Some(line),
                    Some(*ci),
                    Some(&grid[header_row][*ci].text(d1904)),
                )
            };
            match t {
                Target::Cell(_) => row.cells.push((*ci, c)),
                Target::Year(y) => {
                    if c.is_blank() || cell::is_empty_mark(&c.text(d1904)) {
                        continue;
                    }
                    match parse_flag(&c) {
                        Some(true) => years.push(i64::from(*y)),
                        Some(false) => {}
                        None => ctx.add(
                            Severity::Error,
                            at(),
                            What::NotBool {
                                value: c.text(d1904),
                            },
                        ),
                    }
                }
                Target::Col(col) => match convert(col.kind, &c, d1904) {
                    Ok(Some(Value::String(code)))
                        if matches!(col.kind, Kind::Code { digits } if digits > 0)
                            && matches!(c, Cell::Number(_))
                            && code != c.text(d1904) =>
                    {
                        ctx.add(
                            Severity::Info,
                            at(),
                            What::CodePadded {
                                typed: c.text(d1904),
                                code: code.clone(),
                            },
                        );
                        set_path(&mut row.obj, col.path, Value::String(code));
                    }
                    Ok(None) if col.required => ctx.add(Severity::Error, at(), What::Required),
                    Ok(None) => {}
                    Ok(Some(v)) if col.path == "@parent" => {
                        row.parent = v.as_str().map(str::to_string)
                    }
                    Ok(Some(v)) => set_path(&mut row.obj, col.path, v),
                    Err(w) => ctx.add(Severity::Error, at(), w),
                },
            }
        }
        if !years.is_empty() {
            let mut all: Vec<i64> = row
                .obj
                .get("years")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            all.extend(years);
            all.sort_unstable();
            all.dedup();
            row.obj.insert("years".into(), Value::from(all));
        }
        rows.push(row);
    }
    fractions(def, sheet, header_row, &rows, &cols, ctx);
    Some(Read {
        def,
        name: sheet.name.clone(),
        rows,
        cols,
        cell_cols,
    })
}

/// Flags, in each percent column, a value that looks like a fraction
/// (`0,85` among `90`, `100`): what typing `85%` in a cell with a number
/// format stores.
fn fractions(
    def: &SheetDef,
    sheet: &Sheet,
    header_row: usize,
    rows: &[Row],
    cols: &HashMap<&'static str, usize>,
    ctx: &mut Ctx,
) {
    for col in def.cols.iter().filter(|c| schema::is_percent(c)) {
        let Some(&ci) = cols.get(col.path) else {
            continue;
        };
        let values: Vec<(usize, Decimal)> = rows
            .iter()
            .filter_map(|r| {
                let v = get_path(&r.obj, col.path)?
                    .as_str()?
                    .parse::<Decimal>()
                    .ok()?;
                Some((r.line, v))
            })
            .collect();
        if !values.iter().any(|(_, v)| *v > Decimal::ONE) {
            continue;
        }
        for (line, v) in values {
            if v > Decimal::ZERO && v < Decimal::ONE {
                let header = sheet
                    .rows
                    .get(header_row)
                    .and_then(|r| r.get(ci))
                    .map(|c| c.text(false));
                ctx.add(
                    Severity::Warning,
                    place(&sheet.name, Some(line), Some(ci), header.as_deref()),
                    What::LooksLikeFraction {
                        value: cell::italian(&v.to_string()),
                        percent: cell::italian(&(v * Decimal::ONE_HUNDRED).normalize().to_string()),
                    },
                );
            }
        }
    }
}

fn get_path<'a>(obj: &'a Map<String, Value>, path: &str) -> Option<&'a Value> {
    match path.split_once('.') {
        None => obj.get(path),
        Some((head, rest)) => get_path(obj.get(head)?.as_object()?, rest),
    }
}

/// `X`, `sì`, `1` → true; `no`, `0` → false.
fn parse_flag(c: &Cell) -> Option<bool> {
    match c {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) => match cell::parse_stored(n) {
            Some(d) if d.is_zero() => Some(false),
            Some(d) if d == Decimal::ONE => Some(true),
            _ => None,
        },
        other => cell::parse_bool(&other.text(false)),
    }
}

fn set_path(obj: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        None => {
            obj.insert(path.to_string(), v);
        }
        Some((head, rest)) => {
            let e = obj
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = e {
                set_path(m, rest, v);
            }
        }
    }
}

fn number_of(c: &Cell, decimals: Option<u32>) -> Option<Decimal> {
    match c {
        Cell::Number(n) | Cell::Serial(n) => {
            cell::parse_stored(n).map(|d| cell::denoise(d, decimals))
        }
        Cell::Percent(n) => cell::parse_stored(n).map(|d| cell::denoise(d, decimals)),
        Cell::Text(t) => cell::parse_typed_number(t).map(|(d, _)| d),
        _ => None,
    }
}

fn split_list(s: &str, seps: &[char]) -> Vec<String> {
    s.split(seps)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Ints separated by `;`, `,`, spaces, new lines; `2024-2026` is a range.
fn parse_ints(s: &str) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    for part in split_list(s, &[';', ',', '\n', ' ']) {
        match part.split_once(['-', '–']) {
            Some((a, b)) if !a.is_empty() => {
                let (a, b): (i64, i64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
                if b < a || b - a > 200 {
                    return None;
                }
                out.extend(a..=b);
            }
            _ => out.push(part.parse().ok()?),
        }
    }
    Some(out)
}

/// One cell → the JSON value of its field (`None`: empty).
fn convert(kind: Kind, c: &Cell, d1904: bool) -> Result<Option<Value>, What> {
    // The column decides what a cell means: a number shown as a date in a
    // code, year, SDG, missione or yes/no column is the number typed.
    let numeric = matches!(
        kind,
        Kind::Code { .. } | Kind::Mission | Kind::Int | Kind::Ints | Kind::Sdgs | Kind::Bool
    );
    let as_number;
    let c = match c {
        Cell::Serial(n) if numeric => {
            as_number = Cell::Number(n.clone());
            &as_number
        }
        other => other,
    };
    let text = c.text(d1904);
    let text = text.trim();
    let typed = !matches!(
        kind,
        Kind::Text | Kind::Rich | Kind::Lines | Kind::List | Kind::MaybeEmpty
    );
    if kind == Kind::MaybeEmpty {
        return Ok(Some(Value::String(text.to_string())));
    }
    if c.is_blank() || (typed && cell::is_empty_mark(text)) {
        return Ok(None);
    }
    let s = |t: &str| Ok(Some(Value::String(t.to_string())));
    match kind {
        Kind::Text | Kind::Rich | Kind::MaybeEmpty => s(text),
        Kind::Code { digits } => {
            if text.bytes().all(|b| b.is_ascii_digit()) && text.len() < digits {
                s(&format!("{text:0>digits$}"))
            } else {
                s(text)
            }
        }
        Kind::Mission => {
            let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
            let rest = text[digits.len()..].trim_start();
            if digits.is_empty()
                || digits.len() > 2
                || !(rest.is_empty() || rest.starts_with(['-', '–', '—', ' ', '.']))
            {
                return Err(What::BadMission {
                    value: text.to_string(),
                });
            }
            s(&format!("{digits:0>2}"))
        }
        Kind::Int => {
            let n = number_of(c, Some(10))
                .filter(|d| d.fract().is_zero() && !matches!(c, Cell::Text(t) if t.contains('%')));
            match n.and_then(|d| d.trunc().to_string().parse::<i64>().ok()) {
                Some(i) => Ok(Some(Value::from(i))),
                None => Err(What::NotInteger {
                    value: text.to_string(),
                }),
            }
        }
        Kind::Dec { decimals } => match number_of(c, decimals) {
            Some(d) => s(&cell::canonical(d)),
            None => Err(What::NotNumber {
                value: text.to_string(),
            }),
        },
        Kind::Date => {
            let iso = match c {
                Cell::Number(n) | Cell::Serial(n) => cell::serial_to_iso(n, d1904),
                Cell::Date(d) => {
                    Some(d.clone()).filter(|d| cruscotto_core::validate::is_iso_date(d))
                }
                _ => cell::parse_typed_date(text),
            };
            match iso {
                Some(d) => s(&d),
                None => Err(What::NotDate {
                    value: text.to_string(),
                }),
            }
        }
        Kind::Bool => match parse_flag(c) {
            Some(true) => Ok(Some(Value::Bool(true))),
            Some(false) => Ok(None),
            None => Err(What::NotBool {
                value: text.to_string(),
            }),
        },
        Kind::Choice(list) => {
            let n = cell::norm(text);
            match list
                .iter()
                .find(|ch| cell::norm(ch.label) == n || cell::norm(ch.wire) == n)
            {
                Some(ch) => s(ch.wire),
                None => Err(What::NotInList {
                    value: text.to_string(),
                    allowed: list.iter().map(|c| c.label).collect(),
                }),
            }
        }
        Kind::List => Ok(Some(Value::from(split_list(text, &[';', '\n'])))),
        Kind::Lines => Ok(Some(Value::from(split_list(text, &['\n'])))),
        Kind::Ints => match parse_ints(text) {
            Some(v) => Ok(Some(Value::from(v))),
            None => Err(What::NotYears {
                value: text.to_string(),
            }),
        },
        Kind::Sdgs => match parse_ints(text) {
            Some(v) if v.iter().all(|g| (1..=17).contains(g)) => Ok(Some(Value::from(v))),
            _ => Err(What::BadSdg {
                value: text.to_string(),
            }),
        },
        Kind::Cells => Ok(None),
    }
}

/// A cell of another table, typed by its column (`None`: empty).
fn convert_table_cell(kind: &str, c: &Cell, d1904: bool) -> Result<Option<String>, What> {
    let text = c.text(d1904);
    if c.is_blank() {
        return Ok(None);
    }
    let kind = match kind {
        "integer" | "year" => Kind::Int,
        "number" | "percent" | "money" => Kind::Dec {
            decimals: if kind == "money" { Some(2) } else { None },
        },
        "date" => Kind::Date,
        _ => return Ok(Some(text.trim().to_string())),
    };
    if cell::is_empty_mark(&text) {
        return Ok(None);
    }
    Ok(convert(kind, c, d1904)?.map(|v| match v {
        Value::String(s) => s,
        other => other.to_string(),
    }))
}

fn id_of(row: &Row) -> Option<&str> {
    row.obj.get("id").and_then(Value::as_str)
}

/// Assembles the objects of every sheet into the plan's JSON, giving each
/// row its JSON path.
fn assemble(read: &mut HashMap<SheetId, Read>, ctx: &mut Ctx) -> Value {
    let mut root = Map::new();
    root.insert("format".into(), Value::from(cruscotto_core::FORMAT_VERSION));
    // Items under other items: attach them to their parent row.
    for def in SHEETS {
        let Shape::Under { parent, .. } = def.shape else {
            continue;
        };
        let Some(child) = read.remove(&def.id) else {
            continue;
        };
        let parent_name = schema::sheet(parent).name;
        let index: HashMap<String, usize> = match read.get(&parent) {
            Some(p) => {
                let mut ix = HashMap::new();
                for (i, r) in p.rows.iter().enumerate() {
                    if let Some(id) = id_of(r) {
                        ix.entry(id.to_string()).or_insert(i);
                    }
                }
                ix
            }
            None => HashMap::new(),
        };
        for (ri, row) in child.rows.iter().enumerate() {
            let Some(pid) = row.parent.clone() else {
                continue;
            };
            match (index.get(&pid), read.get_mut(&parent)) {
                (Some(&pi), Some(p)) => p.rows[pi].subs.push((def.id, ri)),
                _ => {
                    let ci = child.cols.get("@parent").copied();
                    let header = ci.map(|_| def.cols[0].header);
                    ctx.add(
                        Severity::Error,
                        place(&child.name, Some(row.line), ci, header),
                        What::UnknownParent {
                            id: pid,
                            sheet: parent_name,
                        },
                    );
                }
            }
        }
        read.insert(def.id, child);
    }
    for def in SHEETS {
        let Some(sheet) = read.get(&def.id) else {
            continue;
        };
        let name = sheet.name.clone();
        match def.shape {
            Shape::One(path) => {
                let at = place(&name, None, None, None);
                match sheet.rows.len() {
                    // Only the document is required: an empty scoring sheet
                    // is a method the document does not declare.
                    0 if def.id == SheetId::Document => ctx.add(Severity::Error, at, What::NoRow),
                    0 => {}
                    1 => {}
                    _ => ctx.add(
                        Severity::Error,
                        place(&name, Some(sheet.rows[1].line), None, None),
                        What::TooManyRows,
                    ),
                }
                if sheet.rows.is_empty() {
                    continue;
                }
                let p = format!("$.{path}");
                let v = build(read, def.id, 0, &p, ctx);
                merge_at(&mut root, path, v);
            }
            Shape::List(path) => {
                let n = sheet.rows.len();
                if n == 0 {
                    continue;
                }
                let items: Vec<Value> = (0..n)
                    .map(|i| build(read, def.id, i, &format!("$.{path}[{i}]"), ctx))
                    .collect();
                merge_at(&mut root, path, Value::Array(items));
            }
            Shape::Tree(path) => {
                let Some(roots) = tree_roots(read, def, ctx) else {
                    continue;
                };
                if roots.is_empty() {
                    continue;
                }
                let items: Vec<Value> = roots
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| build(read, def.id, i, &format!("$.{path}[{k}]"), ctx))
                    .collect();
                merge_at(&mut root, path, Value::Array(items));
            }
            Shape::Under { .. } => {}
        }
    }
    Value::Object(root)
}

/// Sets `path` (dotted) in `root`, merging with what is already there.
fn merge_at(root: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        Some((head, rest)) => {
            let e = root
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = e {
                merge_at(m, rest, v);
            }
        }
        None => match (root.get_mut(path), v) {
            (Some(Value::Object(old)), Value::Object(new)) => {
                for (k, x) in new {
                    old.entry(k).or_insert(x);
                }
            }
            (_, v) => {
                root.insert(path.to_string(), v);
            }
        },
    }
}

/// Children of each row of a tree sheet, from the parent column; the roots
/// in row order. Unknown parents, loops and too deep trees are reported.
fn tree_roots(
    read: &mut HashMap<SheetId, Read>,
    def: &SheetDef,
    ctx: &mut Ctx,
) -> Option<Vec<usize>> {
    let sheet = read.get_mut(&def.id)?;
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, r) in sheet.rows.iter().enumerate() {
        if let Some(id) = id_of(r) {
            index.entry(id.to_string()).or_insert(i);
        }
    }
    let n = sheet.rows.len();
    let mut parent_of: Vec<Option<usize>> = vec![None; n];
    let mut roots = Vec::new();
    let pcol = sheet.cols.get("@parent").copied();
    let pheader = def.col("@parent").map(|(_, c)| c.header);
    let mut bad = vec![false; n];
    for i in 0..n {
        match sheet.rows[i].parent.clone() {
            None => roots.push(i),
            Some(p) => match index.get(&p) {
                Some(&pi) if pi != i => parent_of[i] = Some(pi),
                Some(_) => {
                    bad[i] = true;
                    let id = id_of(&sheet.rows[i]).unwrap_or_default().to_string();
                    ctx.add(
                        Severity::Error,
                        place(&sheet.name, Some(sheet.rows[i].line), pcol, pheader),
                        What::Cycle { id },
                    );
                }
                None => {
                    bad[i] = true;
                    ctx.add(
                        Severity::Error,
                        place(&sheet.name, Some(sheet.rows[i].line), pcol, pheader),
                        What::UnknownParent {
                            id: p,
                            sheet: def.name,
                        },
                    );
                }
            },
        }
    }
    // Depth of each row by walking up (bounded), loops detected.
    for i in 0..n {
        if bad[i] {
            continue;
        }
        let mut depth = 0;
        let mut cur = i;
        while let Some(p) = parent_of[cur] {
            depth += 1;
            cur = p;
            if depth > MAX_DEPTH || cur == i || bad[cur] {
                break;
            }
        }
        let id = id_of(&sheet.rows[i]).unwrap_or_default().to_string();
        let at = place(&sheet.name, Some(sheet.rows[i].line), pcol, pheader);
        if cur == i && depth > 0 {
            bad[i] = true;
            ctx.add(Severity::Error, at, What::Cycle { id });
        } else if depth > MAX_DEPTH {
            bad[i] = true;
            ctx.add(Severity::Error, at, What::TooDeep { id });
        }
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        if let (Some(p), false) = (parent_of[i], bad[i]) {
            children[p].push(i);
        }
    }
    for (i, ch) in children.into_iter().enumerate() {
        for c in ch {
            sheet.rows[i].subs.push((def.id, c));
        }
    }
    Some(roots)
}

/// The JSON of a row with everything under it; records the paths.
fn build(
    read: &mut HashMap<SheetId, Read>,
    id: SheetId,
    i: usize,
    path: &str,
    ctx: &mut Ctx,
) -> Value {
    let Some(sheet) = read.get_mut(&id) else {
        return Value::Null;
    };
    sheet.rows[i].path = path.to_string();
    let mut obj = sheet.rows[i].obj.clone();
    let subs = sheet.rows[i].subs.clone();
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for (sid, ri) in subs {
        let def = schema::sheet(sid);
        let (field, many) = match def.shape {
            Shape::Under { field, many, .. } => (field, many),
            Shape::Tree(_) => ("children", true),
            _ => continue,
        };
        let k = counts.entry(field).or_insert(0);
        let child_path = if many {
            format!("{path}.{field}[{k}]")
        } else {
            format!("{path}.{field}")
        };
        *k += 1;
        if !many && *k > 1 {
            let Some(s) = read.get(&sid) else { continue };
            let pid = s.rows[ri].parent.clone().unwrap_or_default();
            let at = place(
                &s.name,
                Some(s.rows[ri].line),
                s.cols.get("@parent").copied(),
                Some(def.cols[0].header),
            );
            ctx.add(Severity::Error, at, What::DuplicateRow { id: pid });
            continue;
        }
        let v = if sid == SheetId::TableRows {
            // The table's columns were attached before (their sheet comes first).
            let types = schema::column_types(obj.get("columns"));
            table_row(read, ri, &types, &child_path, ctx)
        } else {
            build(read, sid, ri, &child_path, ctx)
        };
        if many {
            if let Value::Array(a) = obj
                .entry(field.to_string())
                .or_insert_with(|| Value::Array(Vec::new()))
            {
                a.push(v);
            }
        } else {
            obj.insert(field.to_string(), v);
        }
    }
    Value::Object(obj)
}

/// A row of another table: its cells typed by the table's columns.
fn table_row(
    read: &mut HashMap<SheetId, Read>,
    ri: usize,
    types: &[String],
    path: &str,
    ctx: &mut Ctx,
) -> Value {
    let d1904 = ctx.date1904;
    let Some(sheet) = read.get_mut(&SheetId::TableRows) else {
        return Value::Null;
    };
    sheet.rows[ri].path = path.to_string();
    let row = &sheet.rows[ri];
    let mut cells: Vec<Option<String>> = Vec::new();
    for (n, &ci) in sheet.cell_cols.iter().enumerate() {
        let c = row
            .cells
            .iter()
            .find(|(i, _)| *i == ci)
            .map(|(_, c)| c.clone())
            .unwrap_or_default();
        let kind = types.get(n).map_or("text", String::as_str);
        match convert_table_cell(kind, &c, d1904) {
            Ok(v) => cells.push(v),
            Err(w) => {
                let at = place(
                    &sheet.name,
                    Some(row.line),
                    Some(ci),
                    Some(&schema::cell_header(n + 1)),
                );
                ctx.problems.push(Problem {
                    severity: Severity::Error,
                    place: at,
                    what: w,
                });
                cells.push(Some(c.text(d1904)));
            }
        }
    }
    // As many cells as the table has columns; cells beyond them are kept.
    let last = cells.iter().rposition(Option::is_some).map_or(0, |p| p + 1);
    cells.truncate(last.max(types.len()));
    cells.resize(last.max(types.len()), None);
    Value::from(
        cells
            .into_iter()
            .map(|c| c.map_or(Value::Null, Value::String))
            .collect::<Vec<_>>(),
    )
}

/// Parses the assembled plan with the core, checks it, and places every
/// finding at its sheet, row and column.
fn finish(root: Value, read: &HashMap<SheetId, Read>, mut ctx: Ctx) -> Imported {
    let mut out = Imported::default();
    let fatal = ctx.problems.iter().any(|p| p.severity == Severity::Error);
    let mut root = root;
    // The core's reader stops at the first problem: each one is recorded,
    // the value it is in set aside, and the plan read again, so that every
    // problem is said in one run (66 rows without the same cell: one
    // message listing them, not one per run).
    let mut parse_failed = false;
    let mut tries = 0;
    loop {
        if fatal {
            break;
        }
        let bytes = serde_json::to_vec(&root).unwrap_or_default();
        match cruscotto_core::parse_plan(&bytes) {
            Err(e) => {
                parse_failed = true;
                let path = match &e.kind {
                    ParseErrorKind::MissingField { field } => format!("{}.{field}", e.path),
                    _ => e.path.clone(),
                };
                let at = locate(read, &path);
                let set_aside = remove_path(&mut root, &e.path);
                let what = match &e.kind {
                    ParseErrorKind::MissingField { .. } if at.header.is_some() => What::Required,
                    _ => What::Parse(e),
                };
                ctx.add(Severity::Error, at, what);
                tries += 1;
                if !set_aside || tries >= 1_000 {
                    break;
                }
            }
            Ok(_) if parse_failed => break,
            Ok(plan) => {
                let analysis = cruscotto_core::analyse(&plan);
                for d in analysis.diagnostics {
                    let at = locate(read, &d.path);
                    let text = d.message(cruscotto_core::Lang::It);
                    let refs = json_paths(&text).into_iter().map(|p| {
                        let place = locate(read, &p);
                        (p, place)
                    });
                    let refs = refs.filter(|(_, place)| place.sheet.is_some()).collect();
                    ctx.add(d.severity, at, What::Check(d, refs));
                }
                out.json = serde_json::to_string_pretty(&plan).ok().map(|s| s + "\n");
                out.plan = Some(plan);
                break;
            }
        }
    }
    ctx.problems.sort_by_key(|p| p.severity);
    out.problems = group(ctx.problems);
    out
}

/// Removes the value at a JSON path (`$.objectives[3].indicators[0].target`)
/// from its object; false when the path does not end with a field name (an
/// array element is kept: removing it would renumber the paths after it).
fn remove_path(root: &mut Value, path: &str) -> bool {
    let Some((parent, key)) = path.rsplit_once('.') else {
        return false;
    };
    if key.is_empty() || key.contains(['[', ']']) {
        return false;
    }
    let mut at = root;
    for part in parent
        .trim_start_matches('$')
        .split('.')
        .filter(|p| !p.is_empty())
    {
        let (name, indices) = part.split_once('[').unwrap_or((part, ""));
        let Some(next) = at.get_mut(name) else {
            return false;
        };
        at = next;
        for ix in indices.split(['[', ']']).filter(|i| !i.is_empty()) {
            let Some(next) = ix.parse::<usize>().ok().and_then(|i| at.get_mut(i)) else {
                return false;
            };
            at = next;
        }
    }
    at.as_object_mut().and_then(|o| o.remove(key)).is_some()
}

/// The JSON paths (`$.objectives[0].id`) a sentence names.
fn json_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("$.") {
        let tail = &rest[i..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || "$._[]".contains(c)))
            .unwrap_or(tail.len());
        // A path the core shortened (`$.objectives[0]…children[2]`) names
        // no place of its own: it is left as it is.
        if !tail[end..].starts_with('…') {
            out.push(tail[..end].trim_end_matches('.').to_string());
        }
        rest = &tail[end..];
    }
    out
}

/// A JSON path of the plan → the sheet, row and column it came from.
fn locate(read: &HashMap<SheetId, Read>, path: &str) -> Place {
    let mut best: Option<(&Read, &Row)> = None;
    for sheet in read.values() {
        for row in &sheet.rows {
            let p = row.path.as_str();
            if p.is_empty() {
                continue;
            }
            let hit = path == p || (path.starts_with(p) && path[p.len()..].starts_with(['.', '[']));
            if hit && best.is_none_or(|(_, b)| b.path.len() < p.len()) {
                best = Some((sheet, row));
            }
        }
    }
    let Some((sheet, row)) = best else {
        return Place::default();
    };
    let rest = path[row.path.len()..].trim_start_matches('.');
    let mut col = None;
    if sheet.def.id == SheetId::TableRows {
        let n = rest
            .trim_start_matches('[')
            .split(']')
            .next()
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(n) = n {
            col = sheet
                .cell_cols
                .get(n)
                .copied()
                .filter(|c| *c != usize::MAX)
                .map(|c| (c, schema::cell_header(n + 1)));
        }
    } else if !rest.is_empty() {
        let field: String = {
            let mut f = String::new();
            let mut depth = 0;
            for ch in rest.chars() {
                match ch {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ if depth == 0 => f.push(ch),
                    _ => {}
                }
            }
            f
        };
        let found = sheet
            .def
            .cols
            .iter()
            .filter(|c| {
                field == c.path
                    || field.starts_with(&format!("{}.", c.path))
                    || c.path.starts_with(&format!("{field}."))
            })
            .max_by_key(|c| usize::from(field == c.path));
        if let Some(c) = found {
            col = Some((
                sheet.cols.get(c.path).copied().unwrap_or(usize::MAX),
                c.header.to_string(),
            ));
        }
    }
    let (col, header) = match col {
        Some((ci, h)) => ((ci != usize::MAX).then_some(ci), Some(h)),
        None => (None, None),
    };
    Place {
        sheet: Some(sheet.name.clone()),
        row: Some(row.line),
        col,
        header,
        more_rows: Vec::new(),
    }
}

/// The same problem wherever it is: a finding of the core's checks is the
/// same when it says the same thing and names no other place.
fn same_problem(a: &What, b: &What) -> bool {
    match (a, b) {
        (What::Check(x, rx), What::Check(y, ry)) => {
            x.check == y.check && rx.is_empty() && ry.is_empty()
        }
        _ => a == b,
    }
}

/// One problem for the same problem in the same column of many rows.
fn group(problems: Vec<Problem>) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for p in problems {
        let same = out.iter_mut().find(|q| {
            q.severity == p.severity
                && same_problem(&q.what, &p.what)
                && q.place.sheet == p.place.sheet
                && q.place.col == p.place.col
                && q.place.header == p.place.header
                && q.place.row.is_some()
                && p.place.row.is_some()
        });
        match (same, p.place.row) {
            (Some(q), Some(r)) => q.place.more_rows.push(r),
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod json_paths_tests {
    use super::json_paths;

    #[test]
    fn a_path_the_core_shortened_names_no_place() {
        assert_eq!(
            json_paths("già usato in $.objectives[0].children[2], e in $.objectives[1]."),
            ["$.objectives[0].children[2]", "$.objectives[1]"]
        );
        assert!(json_paths("in $.objectives[0].children[0]….children[0].title").is_empty());
    }
}
