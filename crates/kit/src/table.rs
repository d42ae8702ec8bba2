//! Tables as files: what a table shows → CSV that Italian Excel opens
//! (UTF-8 with BOM, `;`, decimal comma: the kit's CSV writer) and JSON, with
//! a file name that says what it holds. Numbers are read back exactly from
//! the text the page shows (`1.234,56 €`, `92,53 %`) by the kit's reader of
//! Italian numbers; everything else stays text.
//!
//! Pure functions of strings: the web page reads the table, its full
//! build runs these and saves the file (the first load draws no downloads).

use crate::cell::parse_typed_number;
use crate::{Cell, Sheet};
use cruscotto_core::search::normalize;

/// A table as text: its caption, column headings and rows of cells (a row
/// heading is `th`: always text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableText {
    /// The caption (what the table is).
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows: each cell's text, and whether it is a heading cell.
    pub rows: Vec<Vec<(String, bool)>>,
}

/// A cell as exported: a number when the whole text is one.
fn cell(text: &str, heading: bool) -> Cell {
    match (heading, parse_typed_number(text)) {
        (false, Some((d, _))) => Cell::Number(d.normalize().to_string()),
        _ if text.is_empty() => Cell::Empty,
        _ => Cell::Text(text.to_string()),
    }
}

/// The table as CSV bytes.
pub fn csv(t: &TableText) -> Vec<u8> {
    let mut rows = vec![t
        .head
        .iter()
        .map(|h| Cell::Text(h.clone()))
        .collect::<Vec<_>>()];
    rows.extend(
        t.rows
            .iter()
            .map(|r| r.iter().map(|(text, h)| cell(text, *h)).collect()),
    );
    crate::csv::write(&Sheet {
        name: t.caption.clone(),
        rows,
        merges: Vec::new(),
        ..Default::default()
    })
}

/// The table as JSON: `{ "tabella": caption, "colonne": [...], "righe":
/// [{ heading: value }] }`; numbers as decimal strings with a dot
/// (`"1234.56"`), as in the `cruscotto/1` format, never rounded through
/// floating point.
pub fn json(t: &TableText) -> String {
    let rows: Vec<serde_json::Value> = t
        .rows
        .iter()
        .map(|r| {
            let mut obj = serde_json::Map::new();
            for (i, (text, h)) in r.iter().enumerate() {
                let key = t
                    .head
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("{}", i + 1));
                let value = match cell(text, *h) {
                    Cell::Number(n) => serde_json::Value::String(n),
                    Cell::Empty => serde_json::Value::Null,
                    _ => serde_json::Value::String(text.clone()),
                };
                obj.insert(key, value);
            }
            serde_json::Value::Object(obj)
        })
        .collect();
    let doc = serde_json::json!({
        "tabella": t.caption,
        "colonne": t.head,
        "righe": rows,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// `comune-di-lucca-2021-entrate-di-competenza.csv`: who, which year, what.
pub fn file_name(municipality: &str, year: Option<i32>, caption: &str, ext: &str) -> String {
    let slug = |s: &str| normalize(s).replace(' ', "-");
    let mut parts = vec![slug(municipality)];
    if let Some(y) = year {
        parts.push(y.to_string());
    }
    // Long captions are cut on a word.
    let what: String = slug(caption)
        .split('-')
        .scan(0usize, |len, w| {
            *len += w.len() + 1;
            (*len <= 60).then_some(w)
        })
        .collect::<Vec<_>>()
        .join("-");
    parts.push(what);
    let stem = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{stem}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TableText {
        TableText {
            caption: "Entrate di competenza".into(),
            head: vec![
                "Voce".into(),
                "Assestato".into(),
                "%".into(),
                "Codice".into(),
            ],
            rows: vec![
                vec![
                    ("Titolo 1; tributi \"propri\"".into(), true),
                    ("160.017.169,11 €".into(), false),
                    ("92,53 %".into(), false),
                    ("E.1".into(), false),
                ],
                vec![
                    ("2021".into(), true),
                    ("-11.956.608,69 €".into(), false),
                    ("—".into(), false),
                    ("".into(), false),
                ],
            ],
        }
    }

    #[test]
    fn csv_opens_in_italian_excel_with_the_exact_numbers() {
        let text = String::from_utf8(csv(&table())).unwrap();
        assert_eq!(
            text,
            "\u{feff}Voce;Assestato;%;Codice\r\n\
             \"Titolo 1; tributi \"\"propri\"\"\";160017169,11;92,53;E.1\r\n\
             2021;-11956608,69;—;\r\n"
        );
    }

    #[test]
    fn json_keeps_numbers_exact_as_decimal_strings() {
        let v: serde_json::Value = serde_json::from_str(&json(&table())).unwrap();
        assert_eq!(v["tabella"], "Entrate di competenza");
        assert_eq!(v["righe"][0]["Assestato"], "160017169.11");
        assert_eq!(v["righe"][0]["%"], "92.53");
        assert_eq!(v["righe"][0]["Codice"], "E.1");
        // A row heading stays text even when it looks like a number.
        assert_eq!(v["righe"][1]["Voce"], "2021");
        assert_eq!(v["righe"][1]["Codice"], serde_json::Value::Null);
    }

    #[test]
    fn file_names_say_who_when_what() {
        assert_eq!(
            file_name(
                "Comune di Città Bella",
                Some(2021),
                "Entrate di competenza (importi in euro)",
                "csv"
            ),
            "comune-di-citta-bella-2021-entrate-di-competenza-importi-in-euro.csv"
        );
        let long = "Costi e ricavi per obiettivo e processo, ordinati per costo del personale, dal più alto";
        let name = file_name("Lucca", None, long, "json");
        assert!(name.len() < 80, "{name}");
        assert!(
            name.starts_with("lucca-costi-e-ricavi-per-obiettivo"),
            "{name}"
        );
        assert!(name.ends_with(".json"));
    }
}
