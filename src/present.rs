//! Shared presentation helpers: how the pages word an objective's kicker,
//! weight and deadline (one definition, used by the tree, the objective's
//! page, the search and the whole document).

use cruscotto_core::{it, Objective, WeightKind};

use crate::state::Doc;

/// A weight as the document writes it: `22`, or `25 %` when weights are
/// percentages.
pub fn weight_text(doc: &Doc, o: &Objective) -> Option<String> {
    o.weight.map(|w| match doc.plan.scoring.weights() {
        WeightKind::Percent => format!("{} %", it::plain(w)),
        WeightKind::Relative => it::plain(w),
    })
}

/// The deadline: the date, or the text the document prints.
pub fn deadline_text(o: &Objective) -> Option<String> {
    o.deadline
        .as_deref()
        .map(it::date)
        .or_else(|| o.deadline_text.clone())
}

/// "Obiettivo gestionale · 12.1.1": the level's name and the code.
pub fn kicker(doc: &Doc, o: &Objective) -> String {
    let level = o.level.as_deref().map(|l| doc.level_name(l));
    match (level, o.code.as_deref()) {
        (Some(l), Some(c)) => format!("{l} · {c}"),
        (Some(l), None) => l.to_string(),
        (None, Some(c)) => c.to_string(),
        (None, None) => String::new(),
    }
}
