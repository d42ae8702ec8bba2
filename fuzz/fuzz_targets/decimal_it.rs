//! `cargo fuzz run decimal_it`: the checks are in the core's tests
//! (`crates/core/tests/it/fuzz_checks.rs`), shared with `cargo test`.
#![no_main]

#[path = "../../crates/core/tests/it/fuzz_checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::decimal_it(data));
