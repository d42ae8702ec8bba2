//! Qualitative and milestone targets: their words and their result (how
//! the core valued them is the core's `explain::indicator`).

use cruscotto_core::{it, messages, Indicator, Lang};

use crate::text::documento as tx;

/// The words of a target without a comparator: a milestone "entro il
/// 30/06/2021 — Approvazione del regolamento", or the words of a
/// qualitative target. `None` for a measurable target.
pub fn target_words(lang: Lang, ind: &Indicator) -> Option<String> {
    let t = ind.target_in_words()?;
    let words = t.text.as_deref().map(str::trim).filter(|w| !w.is_empty());
    Some(match (&t.date, words) {
        (Some(d), Some(w)) => format!("{w} ({})", tx::milestone(lang, d)),
        (Some(d), None) => tx::milestone(lang, d),
        (None, Some(w)) => w.to_string(),
        (None, None) => String::new(),
    })
}

/// The result of a qualitative or milestone target in words: the declared
/// outcome and the completion date. `None` when there is neither.
pub fn result_words(lang: Lang, ind: &Indicator) -> Option<String> {
    let a = ind.actual.as_ref()?;
    let t = tx::t(lang);
    let mut parts = Vec::new();
    if let Some(o) = a.outcome {
        parts.push(format!("{} {}", t.outcome, messages::outcome(o, lang)));
    }
    if let Some(d) = &a.completed_on {
        parts.push(format!("{} {}", t.completed_on, it::date(d)));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}
