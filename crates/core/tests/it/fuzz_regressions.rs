//! The fuzz targets' checks (`fuzz_checks.rs`, the same code `cargo fuzz`
//! runs) on every committed regression input and every seed file, under
//! plain `cargo test`: an input that once found a bug keeps guarding it.
//!
//! Regression inputs live in `crates/core/tests/fuzz_regressions/<target>/`,
//! one raw file each, as the fuzzer wrote it (`fuzz/README.md`).

use std::path::Path;

use crate::fuzz_checks;

/// Every file under `dir` (recursively), sorted, as (name, bytes).
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n != "README.md") {
                let bytes = std::fs::read(&p).unwrap();
                out.push((p.display().to_string(), bytes));
            }
        }
    }
    out.sort();
    out
}

/// The seed files of every target: the demo plans and the test fixtures.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut s = files(&crate::repo().join("public/plans"));
    s.extend(files(&crate::repo().join("tests/fixtures")));
    assert!(s.len() >= 25, "seed files missing");
    s
}

fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz_regressions")
            .join(target),
    )
}

fn replay(target: &str, body: fn(&[u8]), with_seeds: bool) {
    let mut inputs = regressions(target);
    if with_seeds {
        inputs.extend(seeds());
    }
    for (name, bytes) in inputs {
        let r = std::panic::catch_unwind(|| body(&bytes));
        assert!(r.is_ok(), "{target}: {name} fails the fuzz checks");
    }
}

#[test]
fn parse_analyse_regressions_and_seeds() {
    replay("parse_analyse", fuzz_checks::parse_analyse, true);
}

#[test]
fn calculator_regressions_and_seeds() {
    replay("calculator", fuzz_checks::calculator, true);
}

#[test]
fn richtext_regressions_and_seeds() {
    replay("richtext", fuzz_checks::richtext, true);
}

#[test]
fn decimal_it_regressions_and_seeds() {
    replay("decimal_it", fuzz_checks::decimal_it, true);
}

#[test]
fn the_demo_plans_pass_every_property() {
    // Not only "no panic": the seeds are plans, so the analysis properties
    // are checked on real data too.
    for (name, bytes) in files(&crate::repo().join("public/plans")) {
        // The plans only (not the index, nor the filled templates in modelli/).
        if !name.ends_with(".json") || name.ends_with("index.json") {
            continue;
        }
        let plan = cruscotto_core::parse_plan(&bytes).unwrap();
        fuzz_checks::check_analysis(&bytes, &plan, &cruscotto_core::analyse(&plan));
    }
}
