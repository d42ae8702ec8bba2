//! The template as a folder of CSV files, one per sheet (`Obiettivi.csv` …),
//! for LibreOffice and for accounting software that exports CSV.
//!
//! Written: UTF-8 with a byte order mark (so Excel reads accents), `;` as
//! separator and `,` as decimal mark (the Italian convention), CRLF.
//! Read: UTF-8 (with or without the mark), else Windows-1252 (Excel's "CSV"
//! on Windows) or ISO-8859-15 (LibreOffice's "Europa occidentale
//! (ISO-8859-15)", € at 0xA4), told apart by the bytes only one of them
//! uses; separator `;`, `,` or tab (the most frequent in the first line),
//! quotes as in RFC 4180. LibreOffice's "all sheets" export names the files
//! `modello-Obiettivi.csv`: the sheet is the part after a `-` that names
//! one.

use crate::cell::Cell;
use crate::Sheet;

/// Windows-1252 characters 0x80–0x9F (the rest is Latin-1).
const CP1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// ISO-8859-15 characters that differ from Latin-1 (0xA4 … 0xBE).
const LATIN9: [(u8, char); 8] = [
    (0xA4, '€'),
    (0xA6, 'Š'),
    (0xA8, 'š'),
    (0xB4, 'Ž'),
    (0xB8, 'ž'),
    (0xBC, 'Œ'),
    (0xBD, 'œ'),
    (0xBE, 'Ÿ'),
];

/// The name of Windows-1252, as the spreadsheet programs show it.
pub const WINDOWS_1252: &str = "Windows-1252";
/// The name of ISO-8859-15.
pub const ISO_8859_15: &str = "ISO-8859-15";
/// A file whose bytes read the same in both.
pub const EITHER: &str = "Windows-1252 / ISO-8859-15";

/// Bytes of a CSV file → text, and the encoding when it is not UTF-8, with
/// `true` when the bytes point both ways (0x80–0x9F, only in Windows-1252,
/// and 0xA4, € in ISO-8859-15): then Windows-1252 is used and the import
/// warns, saying to save the file in UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<(&'static str, bool)>) {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(b) {
        return (s.to_string(), None);
    }
    // 0x80–0x9F are characters in Windows-1252 only (€ is 0x80 there);
    // 0xA4 is € in ISO-8859-15 and the rare ¤ in Windows-1252.
    let c1 = b.iter().any(|c| (0x80..=0x9F).contains(c));
    let euro9 = b.contains(&0xA4);
    let latin9 = euro9 && !c1;
    let text = b
        .iter()
        .map(|&c| match c {
            0x80..=0x9F => CP1252[(c - 0x80) as usize],
            _ if latin9 => LATIN9
                .iter()
                .find(|(k, _)| *k == c)
                .map_or(c as char, |(_, ch)| *ch),
            _ => c as char,
        })
        .collect();
    let name = match (latin9, c1) {
        (true, _) => ISO_8859_15,
        (false, true) => WINDOWS_1252,
        // No byte tells them apart: both read the same here.
        (false, false) => EITHER,
    };
    (text, Some((name, c1 && euro9)))
}

/// The sheet a CSV file holds, from its name: `Obiettivi.csv`, or
/// LibreOffice's `modello-Obiettivi.csv` (document, `-`, sheet).
pub fn sheet_name(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base
        .len()
        .checked_sub(4)
        .filter(|&n| base.is_char_boundary(n) && base[n..].eq_ignore_ascii_case(".csv"))
        .map_or(base, |n| &base[..n]);
    let known = |s: &str| {
        let n = crate::cell::norm(s);
        crate::schema::SHEETS
            .iter()
            .map(|d| d.name)
            .chain([crate::schema::INSTRUCTIONS, crate::schema::LISTS])
            .any(|d| crate::cell::norm(d) == n)
    };
    if known(stem) {
        return stem.to_string();
    }
    stem.match_indices('-')
        .map(|(i, _)| &stem[i + 1..])
        .find(|s| known(s))
        .unwrap_or(stem)
        .to_string()
}

fn separator(text: &str) -> char {
    let mut counts = [(';', 0usize), (',', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                if let Some(e) = counts.iter_mut().find(|(s, _)| *s == c) {
                    e.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(';', |(s, n)| if *n == 0 { ';' } else { *s })
}

/// Reads a CSV file into a sheet named `name`.
pub fn read(name: &str, bytes: &[u8]) -> Sheet {
    let (text, encoding) = decode(bytes);
    let sep = separator(&text);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let push = |field: &mut String, row: &mut Vec<Cell>| {
        let f = std::mem::take(field).replace("\r\n", "\n");
        row.push(if f.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(f)
        });
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == sep {
            push(&mut field, &mut row);
        } else if c == '\n' || c == '\r' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            push(&mut field, &mut row);
            rows.push(std::mem::take(&mut row));
        } else {
            field.push(c);
        }
    }
    if !field.is_empty() || !row.is_empty() {
        push(&mut field, &mut row);
        rows.push(row);
    }
    Sheet {
        name: name.to_string(),
        rows,
        encoding,
        ..Default::default()
    }
}

/// The text of a cell in a CSV file: decimals with a comma, dates `31/12/2024`.
fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Number(n) => crate::cell::italian(n),
        Cell::Date(d) => cruscotto_core::it::date(d),
        other => other.text(false),
    }
}

/// Writes a sheet as CSV (UTF-8 with byte order mark, `;`, CRLF).
pub fn write(sheet: &Sheet) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    for row in &sheet.rows {
        let line: Vec<String> = row
            .iter()
            .map(|c| {
                let t = cell_text(c);
                if t.contains([';', '"', '\n', '\r']) || t.starts_with(' ') || t.ends_with(' ') {
                    format!("\"{}\"", t.replace('"', "\"\""))
                } else {
                    t
                }
            })
            .collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let sheet = Sheet {
            name: "Prova".into(),
            rows: vec![
                vec![
                    Cell::Text("Id".into()),
                    Cell::Text("Note".into()),
                    Cell::Text("Importo".into()),
                ],
                vec![
                    Cell::Text("a".into()),
                    Cell::Text("uno; \"due\"\ntre".into()),
                    Cell::Number("1234.5".into()),
                ],
                vec![
                    Cell::Text("b".into()),
                    Cell::Empty,
                    Cell::Date("2024-12-31".into()),
                ],
            ],
            merges: vec![],
            ..Default::default()
        };
        let back = read("Prova", &write(&sheet));
        assert_eq!(back.rows[1][1], Cell::Text("uno; \"due\"\ntre".into()));
        assert_eq!(back.rows[1][2], Cell::Text("1234,5".into()));
        assert_eq!(back.rows[2][1], Cell::Empty);
        assert_eq!(back.rows[2][2], Cell::Text("31/12/2024".into()));
        assert_eq!(back.rows.len(), 3);
    }

    #[test]
    fn separators_and_encodings() {
        let s = read("x", b"a,b,c\n1,\"2,5\",3");
        assert_eq!(s.rows[1][1], Cell::Text("2,5".into()));
        let s = read("x", b"a\tb\n1\t2\r\n");
        assert_eq!(s.rows[1][1], Cell::Text("2".into()));
        let s = read("x", b"Citt\xe0;\x80 5\n");
        assert_eq!(s.rows[0][0], Cell::Text("Città".into()));
        assert_eq!(s.rows[0][1], Cell::Text("€ 5".into()));
        assert_eq!(s.encoding, Some((WINDOWS_1252, false)));
        let s = read("x", b"Citt\xe0;\xa4 5\n");
        assert_eq!(s.rows[0][1], Cell::Text("€ 5".into()));
        assert_eq!(s.encoding, Some((ISO_8859_15, false)));
        let s = read("x", b"\x93a\x94;\xa4 5\n");
        assert_eq!(s.rows[0][0], Cell::Text("“a”".into()));
        assert_eq!(s.encoding, Some((WINDOWS_1252, true)));
        assert_eq!(read("x", "Città".as_bytes()).encoding, None);
        assert_eq!(read("x", b"Citt\xe0").encoding, Some((EITHER, false)));
    }

    #[test]
    fn sheet_names_of_files() {
        assert_eq!(sheet_name("Obiettivi.csv"), "Obiettivi");
        assert_eq!(sheet_name("dir/modello-Obiettivi.csv"), "Obiettivi");
        assert_eq!(
            sheet_name("piano-2024-Unità organizzative.CSV"),
            "Unità organizzative"
        );
        assert_eq!(sheet_name("altro-nome.csv"), "altro-nome");
    }
}
