//! Workbooks read by [`calamine`]: `.xlsx`, `.xlsm`, `.xlsb`, `.xls` and
//! `.ods` (LibreOffice), recognised by their content, into [`Workbook`].
//!
//! What calamine gives is turned into the kit's [`Cell`]s without losing
//! what the person saw:
//! - a number is the shortest decimal text that reads back as the stored
//!   double (`5046.9`, never `5046.8999999999996`), then read exactly by
//!   `rust_decimal`;
//! - a date is a date only when its cell has a real date format (a
//!   built-in date format, or a format code with day/month/year tokens
//!   outside quotes and brackets: `General` is never a date); an ISO date
//!   cell (`t="d"`, an `.ods` date) is that date;
//! - a number shown as a percentage (`85%`, stored `0.85`) is 85, as the
//!   person reads it, and a number keeps the decimals its format shows
//!   (`100,00` is `100.00`): from calamine's styles for an `.xlsx`, from
//!   [`crate::layout`] for an `.ods`;
//! - merged ranges (`.xlsx`, `.xls` from calamine, `.ods` from
//!   [`crate::layout`]) and hidden rows (`.xlsx`, `.ods`) are kept for the
//!   import, which fills merged cells and notes hidden rows.
//!
//! What a cell *means* is decided by its column, in [`crate::import`].
//! Never panics: a file that is not a workbook is a [`ReadError`].

use std::io::Cursor;

use calamine::{Data, Reader, Sheets};

use crate::cell::Cell;
use crate::layout::{Layout, Shown, ShownCells};
use crate::{Merge, Sheet, Workbook};

/// Largest file accepted (a plan is a few hundred kilobytes).
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Largest number of cells accepted in a workbook.
const MAX_CELLS: usize = 5_000_000;

/// Why a workbook could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not a spreadsheet of a known format (perhaps a document or a PDF).
    NotWorkbook,
    /// The file is protected by a password.
    Encrypted,
    /// The file is damaged; the detail says what the reader found.
    Damaged(String),
    /// Too big to be a plan.
    TooLarge,
}

/// Reads a workbook of any format calamine knows.
pub fn read(bytes: &[u8]) -> Result<Workbook, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let mut book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| open_error(bytes))?;
    let Layout {
        hidden,
        ods,
        merges: ods_merges,
    } = crate::layout::layout(bytes);
    let names = book.sheet_names();
    let mut wb = Workbook::default();
    let mut cells = 0usize;
    let mut seen_date = false;
    for name in names {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ReadError::Damaged(e.to_string()))?;
        let (h, w) = range.get_size();
        cells = cells.saturating_add(h.saturating_mul(w));
        if cells > MAX_CELLS {
            return Err(ReadError::TooLarge);
        }
        let shown = match ods.iter().find(|(n, _)| *n == name) {
            Some((_, s)) => s.clone(),
            None => xlsx_shown(&mut book, &name),
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let (r0, c0) = (r0 as usize, c0 as usize);
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); r0 + h];
        for (r, row) in range.rows().enumerate() {
            let out = &mut rows[r0 + r];
            out.resize(c0 + row.len(), Cell::Empty);
            for (c, v) in row.iter().enumerate() {
                let at = ((r0 + r) as u32, (c0 + c) as u32);
                if let Data::DateTime(d) = v {
                    if !seen_date && d.is_datetime() {
                        seen_date = true;
                        wb.date1904 = is_1904(d);
                    }
                }
                out[c0 + c] = cell(v, shown.get(&at).copied());
            }
            while out.last().is_some_and(|c| *c == Cell::Empty) {
                out.pop();
            }
        }
        let merges = match ods_merges.iter().find(|(n, _)| *n == name) {
            Some((_, m)) => m.clone(),
            None => merges(&mut book, &name),
        };
        wb.sheets.push(Sheet {
            hidden_rows: hidden
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, r)| r.clone())
                .unwrap_or_default(),
            name,
            rows,
            merges,
            encoding: None,
        });
    }
    Ok(wb)
}

/// Why no reader could open the file: calamine's automatic choice only says
/// "Cannot detect file format", so the readers are asked one by one.
fn open_error(bytes: &[u8]) -> ReadError {
    use calamine::{open_workbook_from_rs, Ods, Xls, Xlsx};
    let c = || Cursor::new(bytes);
    let xlsx = open_workbook_from_rs::<Xlsx<_>, _>(c())
        .err()
        .map(|e| e.to_string());
    let xls = open_workbook_from_rs::<Xls<_>, _>(c())
        .err()
        .map(|e| e.to_string());
    let ods = open_workbook_from_rs::<Ods<_>, _>(c())
        .err()
        .map(|e| e.to_string());
    let said = [&xlsx, &xls, &ods];
    if said
        .iter()
        .filter_map(|e| e.as_deref())
        .any(|e| e.to_ascii_lowercase().contains("password"))
    {
        return ReadError::Encrypted;
    }
    // A zip with the part of a workbook is a damaged workbook; any other
    // zip (a .docx) or file is not one.
    let parts = zip::ZipArchive::new(c())
        .map(|z| {
            z.file_names()
                .flatten()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    match (
        parts
            .iter()
            .any(|n| n == "xl/workbook.xml" || n == "xl/workbook.bin"),
        parts.iter().any(|n| n == "content.xml"),
    ) {
        (true, _) => ReadError::Damaged(xlsx.unwrap_or_default()),
        (_, true) => ReadError::Damaged(ods.unwrap_or_default()),
        _ => ReadError::NotWorkbook,
    }
}

/// A date cell of a 1904 workbook: calamine knows the date system, the
/// serial number alone does not.
fn is_1904(d: &calamine::ExcelDateTime) -> bool {
    let (y, m, day, ..) = d.to_ymd_hms_milli();
    let iso = format!("{y:04}-{m:02}-{day:02}");
    crate::cell::serial_to_iso(&number(d.as_f64()), false).is_some_and(|s| s != iso)
}

/// The shortest decimal text of a double that reads back as it.
fn number(f: f64) -> String {
    if f.is_finite() {
        format!("{f}")
    } else {
        String::new()
    }
}

/// A cell; `shown`: how its number format shows it.
fn cell(v: &Data, shown: Option<Shown>) -> Cell {
    let number_cell = |text: String| -> Cell {
        let Some(sh) = shown else {
            return Cell::Number(text);
        };
        let Some(d) = crate::cell::parse_stored(&text) else {
            return Cell::Text(text);
        };
        let factor = if sh.percent {
            rust_decimal::Decimal::ONE_HUNDRED
        } else {
            rust_decimal::Decimal::ONE
        };
        let mut d = (d * factor).normalize();
        if let Some(dp) = sh.decimals.filter(|dp| *dp <= 10 && d.scale() < *dp) {
            d.rescale(dp);
        }
        if sh.percent {
            Cell::Percent(d.to_string())
        } else {
            Cell::Number(d.to_string())
        }
    };
    match v {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::Int(i) => number_cell(i.to_string()),
        Data::Float(f) if f.is_finite() => number_cell(number(*f)),
        Data::Float(f) => Cell::Text(f.to_string()),
        Data::DateTime(d) if d.is_datetime() => Cell::Serial(number(d.as_f64())),
        Data::DateTime(d) => Cell::Number(number(d.as_f64())),
        Data::DateTimeIso(s) => {
            let day = s.get(..10).unwrap_or(s);
            if cruscotto_core::validate::is_iso_date(day) {
                Cell::Date(day.to_string())
            } else {
                Cell::Text(s.clone())
            }
        }
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(e.to_string()),
    }
}

/// How the number format of each cell of an `.xlsx` sheet shows it, by
/// absolute position (cells with the default format are left out).
fn xlsx_shown(book: &mut Sheets<Cursor<&[u8]>>, name: &str) -> ShownCells {
    let mut out = ShownCells::new();
    let Sheets::Xlsx(x) = book else {
        return out;
    };
    let Ok(styles) = x.worksheet_style(name) else {
        return out;
    };
    for (r, c, style) in styles.cells() {
        let Some(f) = &style.number_format else {
            continue;
        };
        let code = match f.format_id {
            Some(1 | 3) => "0",
            Some(2 | 4) => "0.00",
            Some(9) => "0%",
            Some(10) => "0.00%",
            _ => f.format_code.as_str(),
        };
        let percent = is_percent_format(code);
        let decimals = shown_decimals(code);
        if percent || decimals.is_some() {
            out.insert((r, c), Shown { percent, decimals });
        }
    }
    out
}

/// `0%`, `0.00%`, `#,##0.0 %` are percent formats; `0"%"` and `@` are not.
pub fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for ch in code.split(';').next().unwrap_or("").chars() {
        match ch {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// Decimals a format shows: `0.00%` → 2, `#,##0` → 0, `General` → none.
fn shown_decimals(code: &str) -> Option<u32> {
    let first = code.split(';').next().unwrap_or("");
    match first.split_once('.') {
        Some((_, d)) => Some(d.chars().take_while(|c| *c == '0').count() as u32),
        None if first.contains('0') => Some(0),
        None => None,
    }
}

fn merges(book: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Vec<Merge> {
    let dims = match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    };
    dims.iter()
        .map(|d| Merge {
            r0: d.start.0 as usize,
            c0: d.start.1 as usize,
            r1: d.end.0 as usize,
            c1: d.end.1 as usize,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_formats() {
        assert!(is_percent_format("0%"));
        assert!(is_percent_format("0.00%"));
        assert!(is_percent_format("#,##0.0 %;[RED]-#,##0.0 %"));
        assert!(!is_percent_format("0\"%\""));
        assert!(!is_percent_format("0\\%"));
        assert!(!is_percent_format("@"));
        assert!(!is_percent_format("General"));
        assert_eq!(shown_decimals("0.00%"), Some(2));
        assert_eq!(shown_decimals("#,##0"), Some(0));
        assert_eq!(shown_decimals("General"), None);
    }

    #[test]
    fn numbers_read_back_exactly() {
        assert_eq!(number(5046.9), "5046.9");
        assert_eq!(number(45.0), "45");
        assert_eq!(number(0.001), "0.001");
        assert_eq!(number(f64::NAN), "");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert_eq!(read(b"hello"), Err(ReadError::NotWorkbook));
        assert_eq!(read(b"PK\x03\x04garbage"), Err(ReadError::NotWorkbook));
        assert!(read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).is_err());
        // A zip holding a workbook's part that cannot be read: damaged.
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        w.start_file("xl/workbook.xml", stored).unwrap();
        std::io::Write::write_all(&mut w, b"<workbook><sheets>").unwrap();
        let bytes = w.finish().unwrap().into_inner();
        assert!(
            matches!(read(&bytes), Err(ReadError::Damaged(_))),
            "{:?}",
            read(&bytes)
        );
    }
}
