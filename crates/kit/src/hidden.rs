//! Which rows of each sheet are hidden, in an `.xlsx`/`.xlsm` (`<row
//! hidden="1">`) or an `.ods` (`table:visibility="collapse"` or
//! `"filter"`): calamine reads the values but not this. An office hides
//! rows it sometimes means to drop, so the import notes them.
//!
//! Reads the same zip with the same crates calamine uses (`zip`,
//! `quick-xml`); a file it cannot follow simply has no hidden rows.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// Largest XML part looked at.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// The hidden rows (0-based) of each sheet, by sheet name.
pub fn hidden_rows(bytes: &[u8]) -> Vec<(String, Vec<usize>)> {
    if !bytes.starts_with(b"PK") {
        return Vec::new();
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    if let Some(content) = part(&mut zip, "content.xml") {
        return ods(&content);
    }
    let (Some(book), Some(rels)) = (
        part(&mut zip, "xl/workbook.xml"),
        part(&mut zip, "xl/_rels/workbook.xml.rels"),
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
            let xml = part(&mut zip, &path)?;
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
            let value = a.normalized_value(XmlVersion::Implicit1_0).ok()?.into_owned();
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

/// `.ods`: rows in document order within each `table:table`, repeated
/// rows counted.
fn ods(xml: &str) -> Vec<(String, Vec<usize>)> {
    let mut reader = Reader::from_str(xml);
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    let mut row = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "table" => {
                    row = 0;
                    let name = attrs(&e).remove("name").unwrap_or_default();
                    out.push((name, Vec::new()));
                }
                "table-row" => {
                    let a = attrs(&e);
                    let n = a
                        .get("number-rows-repeated")
                        .and_then(|n| n.parse::<usize>().ok())
                        .unwrap_or(1);
                    let hidden = a
                        .get("visibility")
                        .is_some_and(|v| v == "collapse" || v == "filter");
                    if hidden {
                        if let Some((_, rows)) = out.last_mut() {
                            // A long repeated run is the empty tail of the sheet.
                            rows.extend(row..row + n.min(10_000));
                        }
                    }
                    row = row.saturating_add(n);
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out.retain(|(_, rows)| !rows.is_empty());
    out
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
        assert_eq!(ods(xml), vec![("Obiettivi".to_string(), vec![2, 4, 5])]);
    }

    #[test]
    fn not_a_zip_has_none() {
        assert!(hidden_rows(b"nothing").is_empty());
        assert!(hidden_rows(b"PK\x03\x04broken").is_empty());
    }
}
