//! The kit's sheets → the bytes of an `.xlsx` workbook (template and
//! export), with the look and the data validation of the template: bold
//! headers frozen at the top, `*` on the required ones with their help as a
//! note, lists for the values that have one (taken from a hidden sheet
//! `Elenchi`), euro and date formats, percent columns as text (typing
//! `85%` or `85` keeps 85). Pure: the caller writes the bytes (the
//! command `cruscotto export`/`template`/`publish`, and in the browser the
//! import worker: the Piano filled in by the calculator, as its spreadsheet).

use cruscotto_kit::cell::{iso_to_serial, italian, parse_stored};
use cruscotto_kit::schema::{self, Kind, SHEETS};
use cruscotto_kit::{Cell, Workbook};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Note, Workbook as Xlsx, XlsxError,
};

/// Last row the validation lists cover.
const LAST_ROW: u32 = 5_000;

/// The number a spreadsheet can store for this decimal without changing its
/// value (`None`: more digits than a double holds; then it is written as text).
fn exact_f64(s: &str) -> Option<f64> {
    let f: f64 = s.parse().ok()?;
    let back: Decimal = f.to_string().parse().ok()?;
    (Some(back) == parse_stored(s)).then_some(f)
}

/// Writes the workbook.
pub fn xlsx(wb: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let mut out = Xlsx::new();
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    // Numbers keep the decimals they have (`100.00` shows, and reads back,
    // as 100,00): one format per number of decimals, euro grouped.
    let mut formats: std::collections::HashMap<(bool, u32), Format> =
        std::collections::HashMap::new();
    let mut number_format = |money: bool, scale: u32| {
        formats
            .entry((money, scale))
            .or_insert_with(|| {
                let zeros = "0".repeat(scale as usize);
                let code = match (money, scale) {
                    (true, _) => format!("#,##0.{}", "0".repeat(scale.max(2) as usize)),
                    (false, 0) => "0".to_string(),
                    (false, _) => format!("0.{zeros}"),
                };
                Format::new().set_num_format(code)
            })
            .clone()
    };
    let date = Format::new().set_num_format("dd/mm/yyyy");
    // Percent columns hold the percentage as it reads (85): as text cells,
    // typing `85%` or `85` keeps 85 in LibreOffice and in Excel (a number
    // format would store 85% as 0.85).
    let text = Format::new().set_num_format("@");
    let lists = cruscotto_kit::export::lists();
    for sheet in &wb.sheets {
        let def = SHEETS.iter().find(|d| d.name == sheet.name);
        let ws = out.add_worksheet();
        ws.set_name(&sheet.name)?;
        if sheet.name == schema::INSTRUCTIONS {
            ws.set_column_width(0, 24)?;
            ws.set_column_width(1, 30)?;
            ws.set_column_width(2, 12)?;
            ws.set_column_width(3, 30)?;
            ws.set_column_width(4, 90)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                let col = def.and_then(|d| d.cols.get(c as usize));
                if r == 0 {
                    if let Some(d) = def {
                        let text = cell.text(false);
                        let required = col.is_some_and(|k| k.required && k.header == text);
                        let label = if required { format!("{text} *") } else { text };
                        ws.write_string_with_format(0, c, label, &head)?;
                        if let Some(k) = col.filter(|k| k.kind != Kind::Cells) {
                            ws.insert_note(0, c, &Note::new(k.help).add_author_prefix(false))?;
                        }
                        let width =
                            if col.is_some_and(|k| matches!(k.kind, Kind::Rich | Kind::Lines)) {
                                50
                            } else {
                                18
                            };
                        ws.set_column_width(c, width)?;
                        let _ = d;
                        continue;
                    }
                }
                let money = col.is_some_and(|k| k.kind == Kind::Dec { decimals: Some(2) });
                if col.is_some_and(schema::is_percent) {
                    if let Cell::Number(n) = cell {
                        ws.write_string_with_format(r, c, italian(n), &text)?;
                        continue;
                    }
                }
                match cell {
                    Cell::Empty => {}
                    Cell::Number(n) => match exact_f64(n) {
                        Some(f) if money || n.contains('.') => {
                            let scale = n.split_once('.').map_or(0, |(_, d)| d.len() as u32);
                            ws.write_number_with_format(r, c, f, &number_format(money, scale))?;
                        }
                        Some(f) => {
                            ws.write_number(r, c, f)?;
                        }
                        None => {
                            ws.write_string(r, c, italian(n))?;
                        }
                    },
                    Cell::Date(d) => match iso_to_serial(d) {
                        Some(s) => {
                            ws.write_number_with_format(r, c, s as f64, &date)?;
                        }
                        None => {
                            ws.write_string(r, c, d)?;
                        }
                    },
                    Cell::Text(t) if t.contains('\n') => {
                        ws.write_string_with_format(r, c, t, &wrap)?;
                    }
                    other => {
                        ws.write_string(r, c, other.text(false))?;
                    }
                }
            }
        }
        if let Some(d) = def {
            ws.set_freeze_panes(1, 0)?;
            for (c, _) in d
                .cols
                .iter()
                .enumerate()
                .filter(|(_, k)| schema::is_percent(k))
            {
                ws.set_column_format(c as u16, &text)?;
            }
        }
    }
    // The lists of the data validation, one column each, on a hidden sheet.
    let ws = out.add_worksheet();
    ws.set_name(schema::LISTS)?;
    ws.set_hidden(true);
    let mut refs = Vec::new();
    for (k, (sheet, col, values)) in lists.iter().enumerate() {
        let k16 = k as u16;
        for (i, v) in values.iter().enumerate() {
            ws.write_string(i as u32, k16, v)?;
        }
        let letters = cruscotto_kit::cell::column_letters(k);
        refs.push((
            *sheet,
            *col,
            values.len(),
            format!(
                "='{}'!${letters}$1:${letters}${}",
                schema::LISTS,
                values.len()
            ),
        ));
    }
    for (sheet, col, _, formula) in refs {
        let Ok(ws) = out.worksheet_from_name(sheet) else {
            continue;
        };
        let def = SHEETS.iter().find(|d| d.name == sheet);
        let kind = def.and_then(|d| d.cols.get(col)).map(|c| c.kind);
        // SDG cells hold several goals (`11; 16`): the list only suggests.
        let style = if kind == Some(Kind::Sdgs) {
            DataValidationErrorStyle::Information
        } else {
            DataValidationErrorStyle::Warning
        };
        let dv = DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_style(style);
        ws.add_data_validation(1, col as u16, LAST_ROW, col as u16, &dv)?;
    }
    out.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_doubles_only() {
        assert_eq!(exact_f64("5046.90"), Some(5046.9));
        assert_eq!(exact_f64("160017169.11"), Some(160017169.11));
        assert_eq!(exact_f64("123456789012345678.9"), None);
    }

    #[test]
    fn the_template_written_and_read_back_is_the_template() {
        let wb = cruscotto_kit::template();
        let bytes = xlsx(&wb).unwrap();
        let back = cruscotto_kit::import_file("modello.xlsx", &bytes);
        let msgs: Vec<String> = back
            .problems
            .iter()
            .map(|p| p.message(cruscotto_core::Lang::It))
            .collect();
        assert_eq!(msgs, Vec::<String>::new());
        let example =
            cruscotto_core::parse_plan(cruscotto_kit::export::EXAMPLE.as_bytes()).unwrap();
        assert_eq!(back.plan, Some(example));
    }
}
