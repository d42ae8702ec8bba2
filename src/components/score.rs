//! A score as readers need it: the computed percentage, the published one
//! when the document states it, and a flag when they differ.

use cruscotto_core::score::same_at_scale;
use cruscotto_core::{it, Dec, Lang};
use leptos::prelude::*;

use crate::components::bar::Bar;
use crate::text;
use rust_decimal::Decimal;

/// The tone of a score for its bar: reached, partly, not.
pub fn tone(d: Dec) -> &'static str {
    let v = d.get();
    if v >= Decimal::ONE_HUNDRED {
        "good"
    } else if v >= Decimal::from(60) {
        "warn"
    } else {
        "bad"
    }
}

/// Computed and published achievement, with a bar.
#[component]
pub fn Score(
    /// Computed achievement (percent).
    computed: Option<Dec>,
    /// Published achievement (percent).
    #[prop(optional)]
    published: Option<Dec>,
    /// Language.
    lang: Lang,
    /// Draw the bar.
    #[prop(default = true)]
    bar: bool,
) -> impl IntoView {
    let t = text::t(lang);
    let differs = matches!((computed, published), (Some(c), Some(p)) if !same_at_scale(p, c.get()));
    view! {
        <span class="score" class:score--differs=differs>
            <span class="score__value">{computed.map_or_else(|| t.none.to_string(), it::percent)}</span>
            {published.filter(|_| differs || computed.is_none()).map(|p| view! {
                <span class="score__published">{format!("({} {})", t.published, it::percent(p))}</span>
            })}
            {(bar && computed.is_some()).then(|| {
                let c = computed.unwrap_or_default();
                view! { <Bar value=c tone=tone(c) /> }
            })}
        </span>
    }
}
