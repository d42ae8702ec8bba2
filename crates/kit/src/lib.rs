//! # cruscotto-kit
//!
//! The publishing kit: from the office's spreadsheet to the published plan.
//!
//! - [`schema`]: **the one definition of the sheets** (headers, fields,
//!   types, lists, help), which drives everything else;
//! - [`book`] and [`csv`]: read a workbook (`.xlsx`, `.xlsm`, `.xlsb`,
//!   `.xls`, `.ods`, by [`calamine`]) or a folder of CSV files into
//!   [`Workbook`]; [`layout`] finds what calamine does not report (hidden rows, the decimals and percentages an `.ods` shows);
//! - [`import`]: sheets → a `cruscotto/1` plan, checked by the core, every
//!   problem placed at sheet, row and column ([`messages`], Italian/English);
//! - [`export`]: a plan → the filled sheets; the template;
//! - [`publish`]: the manifest with the plan's SHA-256 and approval act;
//! - [`catalogue`]: the catalogue of a published folder (`catalogo.json`):
//!   the municipality's documents, year after year, each with its SHA-256.
//!
//! Pure like the core: bytes in, values out; no I/O, no clock, no web
//! dependency. The command line and the web app call the same
//! [`import_file`] on the same bytes, so they produce the same JSON.

pub mod book;
pub mod catalogue;
pub mod cell;
pub mod csv;
pub mod export;
pub mod import;
pub mod layout;
pub mod messages;
pub mod publish;
pub mod reply;
pub mod schema;
pub mod table;

pub use cell::Cell;
pub use export::{export, template, Unrepresentable};
pub use import::{Imported, Place, Problem, What};

use cruscotto_core::Severity;

/// A workbook: its sheets, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    /// The sheets.
    pub sheets: Vec<Sheet>,
    /// Dates are counted from 1904 (old Mac workbooks).
    pub date1904: bool,
}

/// A sheet: rows of cells (row 0 is the spreadsheet's row 1).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// Its name (or the CSV file's name without `.csv`).
    pub name: String,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
    /// Merged ranges.
    pub merges: Vec<Merge>,
    /// Hidden rows (0-based, like `rows`).
    pub hidden_rows: Vec<usize>,
    /// A CSV file not in UTF-8: the encoding it was read in, and whether
    /// another one was just as likely.
    pub encoding: Option<(&'static str, bool)>,
}

/// A range of merged cells (0-based, inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merge {
    /// First row.
    pub r0: usize,
    /// First column.
    pub c0: usize,
    /// Last row.
    pub r1: usize,
    /// Last column.
    pub c1: usize,
}

/// The file name endings the kit imports (the browser's file picker
/// offers these).
pub const SHEET_FILE_ENDINGS: [&str; 6] = [".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"];

/// True for a name the kit imports: a workbook or a `.csv`.
pub fn is_sheet_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    SHEET_FILE_ENDINGS.iter().any(|e| n.ends_with(e))
}

fn failed(what: What) -> Imported {
    Imported {
        problems: vec![Problem {
            severity: Severity::Error,
            place: Place::default(),
            what,
        }],
        ..Imported::default()
    }
}

/// Imports files: one `.xlsx` workbook, or the `.csv` files of the template
/// (one per sheet, named after it). What the command and the web app call.
pub fn import_files(files: &[(String, Vec<u8>)]) -> Imported {
    let csv: Vec<&(String, Vec<u8>)> = files
        .iter()
        .filter(|(n, _)| n.to_ascii_lowercase().ends_with(".csv"))
        .collect();
    if !csv.is_empty() && csv.len() == files.len() {
        let sheets = csv
            .iter()
            .map(|(name, bytes)| csv::read(&csv::sheet_name(name), bytes))
            .collect();
        return import::import(&Workbook {
            sheets,
            date1904: false,
        });
    }
    match files {
        [(name, bytes)] => import_file(name, bytes),
        _ => failed(What::UnknownFile {
            name: files
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Imports one file: a workbook (recognised by its content) or a single
/// `.csv` sheet.
pub fn import_file(name: &str, bytes: &[u8]) -> Imported {
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(b"PK")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || (is_sheet_file(&lower) && !lower.ends_with(".csv"))
    {
        return match book::read(bytes) {
            Ok(wb) => import::import(&wb),
            Err(e) => failed(What::Read(e)),
        };
    }
    if name.to_ascii_lowercase().ends_with(".csv") {
        return import_files(&[(name.to_string(), bytes.to_vec())]);
    }
    failed(What::UnknownFile {
        name: name.to_string(),
    })
}
