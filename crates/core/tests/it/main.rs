//! Integration tests of the core: one binary, one module per feature.
//! Inputs are data files under `tests/fixtures` and `public/plans` at the
//! repository root; expected outputs are snapshots (`insta`).

mod bad_input;
mod calcolatore;
mod calculator;
mod checks;
mod demo_plans;
mod diff;
mod explain;
mod fuzz_checks;
mod fuzz_regressions;
mod history;
mod numbers;
mod search;

use std::path::{Path, PathBuf};

use cruscotto_core::{analyse, parse_plan, Analysis, PlanFile, Severity};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Parses and analyses; panics with the message on a parse error.
pub fn load(bytes: &[u8]) -> (PlanFile, Analysis) {
    let plan =
        parse_plan(bytes).unwrap_or_else(|e| panic!("{}", e.message(cruscotto_core::Lang::It)));
    let a = analyse(&plan);
    (plan, a)
}

/// Codes of the findings of one severity.
pub fn codes(a: &Analysis, s: Severity) -> Vec<&'static str> {
    a.diagnostics
        .iter()
        .filter(|d| d.severity == s)
        .map(|d| d.code())
        .collect()
}
