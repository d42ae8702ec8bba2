//! The kit on the demo plans and the template: export → import gives the
//! same plan, in memory and through CSV files.

use std::path::PathBuf;

use cruscotto_core::{parse_plan, PlanFile, Severity};
use cruscotto_kit::{csv, export, import, template, Workbook};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn demos() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("public/plans");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.file_name().is_some_and(|n| n != "index.json"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    assert_eq!(out.len(), 4);
    out
}

fn errors(imported: &cruscotto_kit::Imported) -> Vec<String> {
    imported
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.message(cruscotto_core::Lang::It))
        .collect()
}

fn through_csv(wb: &Workbook) -> Workbook {
    Workbook {
        sheets: wb.sheets.iter().map(|s| csv::read(&s.name, &csv::write(s))).collect(),
        date1904: false,
    }
}

#[test]
fn every_demo_plan_round_trips_in_memory_and_through_csv() {
    for (name, bytes) in demos() {
        let plan: PlanFile = parse_plan(&bytes).unwrap();
        let wb = export(&plan).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let back = import::import(&wb);
        assert_eq!(errors(&back), Vec::<String>::new(), "{name}");
        assert!(back.plan.as_ref() == Some(&plan), "{name}: in memory");
        let back = import::import(&through_csv(&wb));
        assert_eq!(errors(&back), Vec::<String>::new(), "{name} (csv)");
        assert!(back.plan.as_ref() == Some(&plan), "{name}: through CSV");
    }
}

#[test]
fn the_template_imports_into_a_valid_plan_without_warnings() {
    let wb = template();
    let back = import::import(&wb);
    let all: Vec<String> = back.problems.iter().map(|p| p.message(cruscotto_core::Lang::It)).collect();
    assert_eq!(all, Vec::<String>::new());
    let example = parse_plan(cruscotto_kit::export::EXAMPLE.as_bytes()).unwrap();
    assert_eq!(back.plan, Some(example));
}
