//! A horizontal bar for a percentage, drawn in SVG (no inline style, so it
//! runs under a strict Content-Security-Policy). Decorative: the number is
//! always written next to it. Exact decimals, like every other number.

use cruscotto_core::{it, Dec};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The bar's filled length, 0–100, with two decimals (values beyond `max`
/// are drawn full, negative ones empty).
pub fn width(value: Dec, max: Dec) -> String {
    let ratio = value.get().checked_div(max.get()).unwrap_or_default();
    let clamped = ratio.max(Decimal::ZERO).min(Decimal::ONE);
    it::round(clamped * Decimal::ONE_HUNDRED, 2)
        .normalize()
        .to_string()
}

/// A bar from 0 to `max`.
#[component]
pub fn Bar(
    /// The value, in percent (or any unit of `max`).
    value: Dec,
    /// The full length (default 100).
    #[prop(default = Dec(Decimal::ONE_HUNDRED))]
    max: Dec,
    /// CSS modifier (`good`, `warn`, `bad`, `money` …).
    #[prop(default = "")]
    tone: &'static str,
) -> impl IntoView {
    let class = if tone.is_empty() {
        "bar".to_string()
    } else {
        format!("bar bar--{tone}")
    };
    view! {
        <svg class=class viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar__track" x="0" y="0" width="100" height="8"></rect>
            <rect class="bar__fill" x="0" y="0" width=width(value, max) height="8"></rect>
        </svg>
    }
}
