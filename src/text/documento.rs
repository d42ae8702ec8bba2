//! Texts of the document's own words and of the plans that do not look like
//! the template: narrative sections, qualitative and milestone targets,
//! several parents and missioni, unit notes. Italian first.

use cruscotto_core::{it, messages, Dec, Lang, Outcome};

/// Fixed texts.
pub struct Texts {
    /// Label of the region holding the narrative sections.
    pub narrative_label: &'static str,
    /// Fact: the other higher objectives an objective contributes to.
    pub also_contributes_to: &'static str,
    /// Fact: the objectives that contribute to this one besides its children.
    pub contributed_by: &'static str,
    /// Fact: other missioni.
    pub also_missions: &'static str,
    /// Fact: other programmi.
    pub also_programmes: &'static str,
    /// Fact: notes on a unit.
    pub unit_notes: &'static str,
    /// A milestone's date, before it: "entro il".
    pub by: &'static str,
    /// A declared result, before it.
    pub outcome: &'static str,
    /// A milestone's completion date, before it.
    pub completed_on: &'static str,
    /// Not scored: the method does not score qualitative targets.
    pub state_not_scored_by_method: &'static str,
    /// Not scored: the method gives no figure for this result.
    pub state_no_rule: &'static str,
    /// Heading of the note on an undeclared method.
    pub method_heading: &'static str,
}

const IT: Texts = Texts {
    narrative_label: "Testi del documento",
    also_contributes_to: "Contribuisce anche a",
    contributed_by: "Vi contribuiscono anche",
    also_missions: "Altre missioni",
    also_programmes: "Altri programmi",
    unit_notes: "Note",
    by: "entro il",
    outcome: "Esito dichiarato:",
    completed_on: "fatto il",
    state_not_scored_by_method:
        "Non valutato: il metodo di calcolo non valuta i target a parole e i traguardi.",
    state_no_rule: "Non valutato: il metodo di calcolo non dice quanto vale questo esito.",
    method_heading: "Metodo di calcolo non dichiarato",
};

const EN: Texts = Texts {
    narrative_label: "The document's texts",
    also_contributes_to: "Also contributes to",
    contributed_by: "Also contributing to it",
    also_missions: "Other missions",
    also_programmes: "Other programmes",
    unit_notes: "Notes",
    by: "by",
    outcome: "Declared result:",
    completed_on: "done on",
    state_not_scored_by_method:
        "Not scored: the scoring method does not score targets in words and milestones.",
    state_no_rule: "Not scored: the scoring method does not say what this result is worth.",
    method_heading: "Scoring method not declared",
};

/// The texts in `lang`.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// A milestone: "entro il 30/06/2021".
pub fn milestone(lang: Lang, date: &str) -> String {
    format!("{} {}", t(lang).by, it::date(date))
}

/// How a qualitative or milestone target's achievement was obtained.
pub fn stated(lang: Lang, pct: Dec) -> String {
    match lang {
        Lang::It => format!(
            "percentuale dichiarata dal valutatore: {}",
            it::percent(pct)
        ),
        Lang::En => format!("percentage stated by the evaluator: {}", it::percent(pct)),
    }
}

/// A declared result valued by the method (or by the words themselves:
/// raggiunto 100 %, non raggiunto 0 %, when the method gives no figure).
pub fn declared(lang: Lang, o: Outcome, pct: Dec, from_method: bool) -> String {
    let words = messages::outcome(o, lang);
    match (lang, from_method) {
        (Lang::It, true) => format!(
            "esito dichiarato «{words}»: il metodo di calcolo gli assegna {}",
            it::percent(pct)
        ),
        (Lang::It, false) => format!(
            "esito dichiarato «{words}»: {} (il metodo di calcolo non assegna un valore diverso)",
            it::percent(pct)
        ),
        (Lang::En, true) => format!(
            "declared result «{words}»: the scoring method gives it {}",
            it::percent(pct)
        ),
        (Lang::En, false) => format!(
            "declared result «{words}»: {} (the scoring method gives no other figure)",
            it::percent(pct)
        ),
    }
}

/// A milestone done by its date.
pub fn on_time(lang: Lang, due: &str, done: &str) -> String {
    match lang {
        Lang::It => format!(
            "fatto il {}, entro il {}: 100,00 %",
            it::date(done),
            it::date(due)
        ),
        Lang::En => format!("done on {}, by {}: 100.00 %", it::date(done), it::date(due)),
    }
}

/// A milestone done late, valued by the method.
pub fn late(lang: Lang, due: &str, done: &str, pct: Dec) -> String {
    match lang {
        Lang::It => format!(
            "fatto il {}, dopo il {}: il metodo di calcolo assegna {} a un traguardo in ritardo",
            it::date(done),
            it::date(due),
            it::percent(pct)
        ),
        Lang::En => format!(
            "done on {}, after {}: the scoring method gives a late milestone {}",
            it::date(done),
            it::date(due),
            it::percent(pct)
        ),
    }
}
