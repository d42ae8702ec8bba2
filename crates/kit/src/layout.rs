//! What calamine reads but does not report:
//! - which rows of each sheet are hidden, in an `.xlsx`/`.xlsm` (`<row
//!   hidden="1">`) or an `.ods` (`table:visibility="collapse"` or
//!   `"filter"`): an office hides rows it sometimes means to drop, so the
//!   import notes them;
//! - how an `.ods` shows its numbers: as a percentage (`85%` stored as
//!   `0.85`) and with how many decimals (`100,00`), read from the text the
//!   cell displays (an `.xlsx` gives these through calamine's styles).
//!
//! Reads the same zip with the same crates calamine uses (`zip`,
//! `quick-xml`); a file it cannot follow simply has nothing to add.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// Largest XML part looked at.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// How a number cell is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// As a percentage (the stored fraction times 100).
    pub percent: bool,
    /// With this many decimals (`None`: as many as it has).
    pub decimals: Option<u32>,
}

/// How each number cell of a sheet is shown, by (row, column), 0-based.
pub type ShownCells = HashMap<(u32, u32), Shown>;

/// What a workbook adds to calamine's values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The hidden rows (0-based) of each sheet, by sheet name.
    pub hidden: Vec<(String, Vec<usize>)>,
    /// For an `.ods`: how each number cell of each sheet is shown, by
    /// (row, column), 0-based.
    pub ods: Vec<(String, ShownCells)>,
    /// For an `.ods`: the merged ranges of each sheet.
    pub merges: Vec<(String, Vec<crate::Merge>)>,
}

/// Reads the layout of a workbook (nothing for a file it cannot follow).
pub fn layout(bytes: &[u8]) -> Layout {
    if !bytes.starts_with(b"PK") {
        return Layout::default();
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Layout::default();
    };
    if let Some(content) = part(&mut zip, "content.xml") {
        return ods(&content);
    }
    Layout {
        hidden: xlsx_hidden(&mut zip),
        ..Layout::default()
    }
}

fn xlsx_hidden(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Vec<(String, Vec<usize>)> {
    let (Some(book), Some(rels)) = (
        part(zip, "xl/workbook.xml"),
        part(zip, "xl/_rels/workbook.xml.rels"),
    ) else {
        return Vec::new();
    };
    let targets: HashMap<String, String> = elements(&rels, "Relationship")
        .into_iter()
        .filter_map(|a| Some((a.get("Id")?.clone(), a.get("Target")?.clone())))
        .collect();
    elements(&book, "sheet")
        .into_iter()
        .filter_map(|a| {
            let target = targets.get(a.get("id")?)?;
            let path = match target.strip_prefix('/') {
                Some(abs) => abs.to_string(),
                None => format!("xl/{target}"),
            };
            let xml = part(zip, &path)?;
            let rows: Vec<usize> = elements(&xml, "row")
                .into_iter()
                .filter(|r| r.get("hidden").is_some_and(|h| h == "1" || h == "true"))
                .filter_map(|r| r.get("r")?.parse::<usize>().ok()?.checked_sub(1))
                .collect();
            let name = a.get("name")?.clone();
            (!rows.is_empty()).then_some((name, rows))
        })
        .collect()
}

fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let f = zip.by_name(name).ok()?;
    let mut s = String::new();
    f.take(MAX_PART).read_to_string(&mut s).ok()?;
    Some(s)
}

type Attrs = HashMap<String, String>;

fn attrs(e: &BytesStart<'_>) -> Attrs {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = a.key.local_name().as_ref().to_string();
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .ok()?
                .into_owned();
            Some((key, value))
        })
        .collect()
}

/// The attributes of every element with this local name.
fn elements(xml: &str, name: &str) -> Vec<Attrs> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == name => {
                out.push(attrs(&e))
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
    }
}

/// `.ods`: rows and cells in document order within each `table:table`,
/// repeated rows and columns counted.
fn ods(xml: &str) -> Layout {
    let mut reader = Reader::from_str(xml);
    let mut out = Layout::default();
    let (mut row, mut col) = (0usize, 0usize);
    // The number cell being read: (first column, repeats, shown, text).
    let mut open: Option<(usize, usize, Shown, f64, String)> = None;
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::Text(t)) => {
                if let Some(o) = open.as_mut() {
                    o.4.push_str(&t.xml10_content());
                }
                continue;
            }
            Ok(Event::End(e)) => {
                if e.local_name().as_ref() == "table-cell" {
                    if let Some((c0, n, mut shown, value, text)) = open.take() {
                        shown.decimals = decimals_shown(value, shown.percent, &text);
                        if let Some((_, cells)) = out.ods.last_mut() {
                            for c in c0..c0 + n {
                                cells.insert((row.saturating_sub(1) as u32, c as u32), shown);
                            }
                        }
                    }
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => continue,
        };
        match e.local_name().as_ref() {
            "table" => {
                row = 0;
                let name = attrs(&e).remove("name").unwrap_or_default();
                out.hidden.push((name.clone(), Vec::new()));
                out.merges.push((name.clone(), Vec::new()));
                out.ods.push((name, HashMap::new()));
            }
            "table-row" => {
                let a = attrs(&e);
                let n = repeats(&a, "number-rows-repeated");
                let hidden = a
                    .get("visibility")
                    .is_some_and(|v| v == "collapse" || v == "filter");
                if hidden {
                    if let Some((_, rows)) = out.hidden.last_mut() {
                        // A long repeated run is the empty tail of the sheet.
                        rows.extend(row..row + n.min(10_000));
                    }
                }
                // Cells of this row are at `row - 1` once counted.
                row = row.saturating_add(n);
                col = 0;
            }
            "table-cell" | "covered-table-cell" => {
                let a = attrs(&e);
                let n = repeats(&a, "number-columns-repeated");
                let (rows, cols) = (
                    repeats(&a, "number-rows-spanned"),
                    repeats(&a, "number-columns-spanned"),
                );
                if rows > 1 || cols > 1 {
                    if let Some((_, m)) = out.merges.last_mut() {
                        let r0 = row.saturating_sub(1);
                        m.push(crate::Merge {
                            r0,
                            c0: col,
                            r1: r0 + rows - 1,
                            c1: col + cols - 1,
                        });
                    }
                }
                let kind = a.get("value-type").map(String::as_str);
                let value = a.get("value").and_then(|v| v.parse::<f64>().ok());
                if let (Some("float" | "percentage" | "currency"), Some(value), false) =
                    (kind, value, empty)
                {
                    let shown = Shown {
                        percent: kind == Some("percentage"),
                        decimals: None,
                    };
                    open = Some((col, n.min(1_000), shown, value, String::new()));
                }
                col = col.saturating_add(n);
            }
            _ => {}
        }
    }
    out.hidden.retain(|(_, rows)| !rows.is_empty());
    out.ods.retain(|(_, cells)| !cells.is_empty());
    out.merges.retain(|(_, m)| !m.is_empty());
    out
}

fn repeats(a: &Attrs, key: &str) -> usize {
    a.get(key)
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The decimals a cell shows: how many decimals of its value (times 100 for
/// a percentage) give the digits of the text it displays (`100,00` → 2,
/// `1.234` → 0, `95%` → 0). `None` when no count does (a text format).
fn decimals_shown(value: f64, percent: bool, text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let d = crate::cell::parse_stored(&format!("{value}"))?;
    let d = if percent {
        d * rust_decimal::Decimal::ONE_HUNDRED
    } else {
        d
    };
    (0..=10).find(|&dp| {
        let mut r = d.round_dp(dp);
        r.rescale(dp);
        r.abs().to_string().replace('.', "") == digits
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ods_rows_counted_with_repeats() {
        let xml = r#"<office:document-content><table:table table:name="Obiettivi">
            <table:table-row table:number-rows-repeated="2"/>
            <table:table-row table:visibility="collapse"><table:table-cell/></table:table-row>
            <table:table-row/>
            <table:table-row table:visibility="filter" table:number-rows-repeated="2"/>
            </table:table><table:table table:name="Vuoto"><table:table-row/></table:table>
            </office:document-content>"#;
        assert_eq!(
            ods(xml).hidden,
            vec![("Obiettivi".to_string(), vec![2, 4, 5])]
        );
    }

    #[test]
    fn ods_numbers_as_shown() {
        let xml = r#"<table:table table:name="S"><table:table-row>
            <table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>
            <table:table-cell table:number-columns-repeated="2"/>
            <table:table-cell office:value-type="float" office:value="100"><text:p>100,00</text:p></table:table-cell>
            <table:table-cell office:value-type="percentage" office:value="0.85"><text:p>85%</text:p></table:table-cell>
            </table:table-row><table:table-row>
            <table:table-cell office:value-type="float" office:value="1234"><text:p>1.234</text:p></table:table-cell>
            <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>u</text:p></table:table-cell>
            </table:table-row><table:table-row>
            <table:table-cell/><table:covered-table-cell/>
            </table:table-row></table:table>"#;
        let l = ods(xml);
        let cells = &l.ods[0].1;
        let shown = |percent, d| Shown {
            percent,
            decimals: Some(d),
        };
        assert_eq!(cells.get(&(0, 3)), Some(&shown(false, 2)));
        assert_eq!(cells.get(&(0, 4)), Some(&shown(true, 0)));
        assert_eq!(cells.get(&(1, 0)), Some(&shown(false, 0)));
        assert_eq!(cells.len(), 3);
        let merge = crate::Merge {
            r0: 1,
            c0: 1,
            r1: 2,
            c1: 1,
        };
        assert_eq!(l.merges, vec![("S".to_string(), vec![merge])]);
        assert_eq!(decimals_shown(0.0, false, "0,00"), Some(2));
        assert_eq!(decimals_shown(0.0, false, "0"), Some(0));
        assert_eq!(decimals_shown(5046.9, false, "€ 5.046,90"), Some(2));
        assert_eq!(decimals_shown(0.5, false, "metà"), None);
    }

    #[test]
    fn not_a_zip_has_none() {
        assert_eq!(layout(b"nothing"), Layout::default());
        assert_eq!(layout(b"PK\x03\x04broken"), Layout::default());
    }
}
