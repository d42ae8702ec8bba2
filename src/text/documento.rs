//! Texts of the document's own words and of the plans that do not look like
//! the template: narrative sections, qualitative and milestone targets,
//! several parents and missioni, unit notes. Italian first.

use cruscotto_core::{it, Lang};

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
