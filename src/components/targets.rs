//! Qualitative and milestone targets: their words, their result, and how
//! the core valued them (the "come è calcolato" of one indicator).

use cruscotto_core::score::{IndicatorState, Rule};
use cruscotto_core::{it, messages, Indicator, Lang, ScoringMethod};

use crate::text::documento as tx;

/// The words of a target without a comparator: a milestone "entro il
/// 30/06/2021 — Approvazione del regolamento", or the words of a
/// qualitative target. `None` for a measurable target.
pub fn target_words(lang: Lang, ind: &Indicator) -> Option<String> {
    let t = ind.target.as_ref().filter(|t| t.comparator.is_none())?;
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

/// How a qualitative or milestone target was valued; `None` for the rules
/// of measurable targets.
pub fn explain(
    lang: Lang,
    ind: &Indicator,
    state: &IndicatorState,
    method: &ScoringMethod,
) -> Option<String> {
    let IndicatorState::Scored {
        achievement,
        uncapped,
        rule,
    } = state
    else {
        return None;
    };
    let raw = uncapped.unwrap_or(*achievement);
    let due = ind
        .target
        .as_ref()
        .and_then(|t| t.date.clone())
        .unwrap_or_default();
    let done = ind
        .actual
        .as_ref()
        .and_then(|a| a.completed_on.clone())
        .unwrap_or_default();
    let q = method.qualitative.clone().unwrap_or_default();
    Some(match rule {
        Rule::Stated => tx::stated(lang, raw),
        Rule::Declared(o) => {
            use cruscotto_core::Outcome::*;
            let from_method = match o {
                Raggiunto => q.achieved.is_some(),
                Parzialmente => q.partly_achieved.is_some(),
                NonRaggiunto => q.not_achieved.is_some(),
            };
            tx::declared(lang, *o, raw, from_method)
        }
        Rule::OnTime => tx::on_time(lang, &due, &done),
        Rule::Late => tx::late(lang, &due, &done, raw),
        Rule::Ratio | Rule::InverseRatio | Rule::Threshold => return None,
    })
}

/// Why a qualitative or milestone target is not scored, for the states
/// only they have.
pub fn state_words(lang: Lang, state: &IndicatorState) -> Option<&'static str> {
    let t = tx::t(lang);
    match state {
        IndicatorState::NotScoredByMethod => Some(t.state_not_scored_by_method),
        IndicatorState::NoRule(_) => Some(t.state_no_rule),
        _ => None,
    }
}
