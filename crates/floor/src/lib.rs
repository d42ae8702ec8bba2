//! The floor under the web app's reading of a plan (a report's helper, not
//! a test): the same bytes read by this crate's code compiled to
//! WebAssembly, step by step, for `tests/browser/measure-scale.mjs` (part
//! c) to time in the browser against `JSON.parse`. No JavaScript glue: two
//! plain exports over the module's memory (named so as not to take the
//! place of the C library's `read` in a native build).
//!
//! `cargo build --release --target wasm32-unknown-unknown -p cruscotto-floor`
//!
//! The steps ([`floor_read`]): 0 a syntax scan that keeps nothing (the least any
//! JSON reader does); 1 serde_json's generic tree (`Value`: what
//! `JSON.parse` builds, in Rust); 2 the typed parse the app does
//! ([`parse_plan`]); 3 the checks and scores of the plan parsed by step 2
//! ([`analyse`]).

use std::cell::RefCell;

use cruscotto_core::{analyse, parse_plan, PlanFile};

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static PLAN: RefCell<Option<PlanFile>> = const { RefCell::new(None) };
}

/// Room for `len` bytes of input: the caller writes them at the address
/// returned.
#[no_mangle]
pub extern "C" fn floor_input(len: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|v| {
        *v = vec![0; len];
        v.as_mut_ptr()
    })
}

/// Runs one step on the input; returns a count from its result (so that
/// nothing is optimised away), or `u32::MAX` when it failed.
#[no_mangle]
pub extern "C" fn floor_read(step: u32) -> u32 {
    INPUT.with_borrow(|bytes| match step {
        0 => serde_json::from_slice::<serde::de::IgnoredAny>(bytes).map_or(u32::MAX, |_| 1),
        1 => serde_json::from_slice::<serde_json::Value>(bytes)
            .map_or(u32::MAX, |v| v.as_object().map_or(0, |o| o.len() as u32)),
        2 => match parse_plan(bytes) {
            Ok(plan) => {
                let n = plan.objectives.len() as u32;
                PLAN.set(Some(plan));
                n
            }
            Err(_) => u32::MAX,
        },
        3 => PLAN.with_borrow(|plan| {
            plan.as_ref()
                .map_or(u32::MAX, |p| analyse(p).diagnostics.len() as u32)
        }),
        _ => u32::MAX,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `bytes` as the input, as the report's page does.
    fn give(bytes: &[u8]) {
        let at = floor_input(bytes.len());
        // SAFETY: `input` made room for exactly `bytes.len()` bytes at `at`.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), at, bytes.len()) };
    }

    #[test]
    fn every_step_reads_a_demo_plan_as_the_core_does() {
        let bytes = include_bytes!("../../../public/plans/lucca-2021-relazione.json");
        give(bytes);
        assert_eq!(
            floor_read(3),
            u32::MAX,
            "nothing parsed yet: nothing to score"
        );
        assert_eq!(floor_read(0), 1);
        let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        assert_eq!(floor_read(1), value.as_object().unwrap().len() as u32);
        let plan = parse_plan(bytes).unwrap();
        assert_eq!(floor_read(2), plan.objectives.len() as u32);
        assert_eq!(floor_read(3), analyse(&plan).diagnostics.len() as u32);
        assert_eq!(floor_read(4), u32::MAX, "no such step");
    }

    #[test]
    fn a_broken_file_fails_every_step() {
        give(br#"{"format":"cruscotto/1","objectives":["#);
        for step in 0..3 {
            assert_eq!(floor_read(step), u32::MAX, "step {step}");
        }
    }
}
