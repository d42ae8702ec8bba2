//! The corpus of workbooks saved by real programs (tests/fixtures/fogli/,
//! made by scripts/corpus/make.sh): LibreOffice (.ods, .xlsx, .xls and its
//! "all sheets" CSV in UTF-8, Windows-1252 and ISO-8859-15), Gnumeric,
//! openpyxl and XlsxWriter. Each imports to the JSON in attesi/, with the
//! notes it must give; every demo plan comes back unchanged from the .ods
//! LibreOffice saved; a closed pipe ends the command quietly.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;
use common::repo;

fn fogli() -> PathBuf {
    repo().join("tests/fixtures/fogli")
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Imports `input` (under fogli/) and checks the JSON against
/// `attesi/<expected>` and that every `notes` line is among the messages.
fn check(input: &str, expected: &str, notes: &[&str]) {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("fogli-{}.json", input.replace(['/', '.'], "-")));
    let _ = std::fs::remove_file(&out);
    let run = Command::new(env!("CARGO_BIN_EXE_cruscotto"))
        .args(["import"])
        .arg(fogli().join(input))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{input}: {err}");
    assert_eq!(
        json(&out),
        json(&fogli().join("attesi").join(expected)),
        "{input}"
    );
    for n in notes {
        assert!(err.lines().any(|l| l == *n), "{input}: «{n}» not in\n{err}");
    }
}

const ISTAT: &str = "nota K27: Foglio «Documento», riga 2, colonna E («Codice ISTAT»): il codice è stato scritto come numero (46017), che perde gli zeri iniziali: è stato letto come «046017». Per evitarlo, formatti la cella come testo (Formato › Celle › Testo) e scriva il codice con gli zeri.";
const HIDDEN: &str = "nota K26: Foglio «Obiettivi»: riga nascosta nel foglio di calcolo, importata comunque: 4. Se andava tolta, la cancelli; altrimenti può mostrarla di nuovo.";

#[test]
fn what_libreoffice_saves_after_a_person_typed_is_read_as_typed() {
    // 45 in a text column, 046017 typed as a number, 28/03/2024, «5 aprile
    // 2024», 2024/16/1 in the year, SDG and missione columns, «(50%)» and
    // =25+25 as weights, 85% and 100 in the percent column, year columns
    // headed 2024 and 2025, 1.234,5, a hidden row, a merged cell.
    for f in [
        "libreoffice/modello-ufficio.ods",
        "libreoffice/modello-ufficio.xlsx",
        "gnumeric/modello-ufficio.xlsx",
    ] {
        check(f, "modello-ufficio.json", &[ISTAT, HIDDEN]);
    }
    // .xls: calamine gives neither the number formats (100000 for
    // 100.000,00) nor the hidden rows.
    check(
        "libreoffice/modello-ufficio.xls",
        "modello-ufficio-xls.json",
        &[ISTAT],
    );
}

#[test]
fn libreoffice_all_sheets_csv_in_each_encoding() {
    // The merged cell is gone in CSV (its second row has no unit).
    check("libreoffice/csv-utf8", "modello-ufficio-csv.json", &[]);
    check(
        "libreoffice/csv-1252",
        "modello-ufficio-csv.json",
        &["nota K29: Foglio «Righe di bilancio»: il file non è in UTF-8: è stato letto come Windows-1252. Controlli accenti e simboli (€); per non dover indovinare, lo salvi con la codifica «Unicode (UTF-8)»."],
    );
    // ISO-8859-15 has no «–»: LibreOffice wrote «-».
    check(
        "libreoffice/csv-8859-15",
        "modello-ufficio-csv-8859-15.json",
        &["nota K29: Foglio «Righe di bilancio»: il file non è in UTF-8: è stato letto come ISO-8859-15. Controlli accenti e simboli (€); per non dover indovinare, lo salvi con la codifica «Unicode (UTF-8)»."],
    );
}

#[test]
fn openpyxl_and_xlsxwriter_workbooks() {
    // ISO date cells (openpyxl, t="d"), dates with a date format
    // (XlsxWriter), 0.85 shown as 85,00% / 85%, a hidden row, a merged
    // parent.
    check("python/openpyxl.xlsx", "openpyxl.json", &[ISTAT]);
    check("python/xlsxwriter.xlsx", "xlsxwriter.json", &[ISTAT]);
}

#[test]
fn every_demo_plan_round_trips_through_the_ods_libreoffice_saved() {
    for p in [
        "lucca-2021-relazione",
        "monsummano-terme-2024-piao",
        "offanengo-2024-piano",
        "porcari-2017-relazione",
    ] {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("ods-{p}.json"));
        let run = Command::new(env!("CARGO_BIN_EXE_cruscotto"))
            .arg("import")
            .arg(fogli().join(format!("demo/{p}.ods")))
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{p}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert_eq!(
            json(&out),
            json(&repo().join(format!("public/plans/{p}.json"))),
            "{p}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_the_command_quietly_with_its_usual_status() {
    // `cruscotto import … | head -1`: 200 KB of JSON on standard output,
    // the reader gone after one line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_cruscotto"))
        .arg("import")
        .arg(repo().join("public/plans/modelli/lucca-2021-relazione.xlsx"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "{\n");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
