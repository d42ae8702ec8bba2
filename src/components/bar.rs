//! A horizontal bar for a percentage, drawn in SVG (no inline style, so it
//! runs under a strict Content-Security-Policy). Decorative: the number is
//! always written next to it.

use leptos::prelude::*;

/// A bar from 0 to `max` (values above are drawn full, with a mark).
#[component]
pub fn Bar(
    /// The value, in percent (or any unit of `max`).
    value: f64,
    /// The full length.
    #[prop(default = 100.0)]
    max: f64,
    /// CSS modifier (`good`, `warn`, `bad`, `money` …).
    #[prop(default = "")]
    tone: &'static str,
) -> impl IntoView {
    let ratio = if max > 0.0 {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let width = format!("{:.2}", ratio * 100.0);
    let class = if tone.is_empty() {
        "bar".to_string()
    } else {
        format!("bar bar--{tone}")
    };
    view! {
        <svg class=class viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar__track" x="0" y="0" width="100" height="8"></rect>
            <rect class="bar__fill" x="0" y="0" width=width height="8"></rect>
        </svg>
    }
}

/// A decimal percentage as f64 for drawing only (never for a number shown).
pub fn to_f64(d: cruscotto_core::Dec) -> f64 {
    d.get().to_string().parse().unwrap_or(0.0)
}
