//! Texts of the archive of a published folder: the documents by year on
//! the chooser, the bar that says which document a view shows and offers
//! the same view of the others, the histories across years and the
//! changes since the Piano of the same year.

use cruscotto_core::{DocumentKind, Lang};

use super::common::pick;

/// Archive texts.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub latest: &'static str,
    pub shown: &'static str,
    pub approval_none: &'static str,
    pub published_on: &'static str,
    pub bar_label: &'static str,
    pub bar_showing: &'static str,
    pub bar_others: &'static str,
    pub unreadable: &'static str,
    pub embed_which: &'static str,
    pub embed_this: &'static str,
    pub embed_latest: &'static str,
    pub embed_latest_hint: &'static str,
    pub history_heading: &'static str,
    pub history_intro: &'static str,
    pub history_button: &'static str,
    pub history_failed: &'static str,
    pub history_none: &'static str,
    pub col_document: &'static str,
    pub col_target: &'static str,
    pub col_result: &'static str,
    pub col_weight: &'static str,
    pub col_score: &'static str,
    pub col_overall: &'static str,
    pub col_objectives: &'static str,
    pub col_assestato: &'static str,
    pub col_accertato: &'static str,
    pub col_impegnato: &'static str,
    pub col_rate_accertato: &'static str,
    pub col_rate_impegnato: &'static str,
    pub ambiguous: &'static str,
    pub since_piano_heading: &'static str,
    pub since_piano_none: &'static str,
    pub since_piano_absent: &'static str,
    pub since_piano_added: &'static str,
    pub since_piano_compare: &'static str,
    pub since_piano_removed: &'static str,
    pub since_piano_button: &'static str,
    pub since_piano_intro: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Documenti pubblicati",
    intro: "I documenti sulla performance che il Comune ha pubblicato, anno per anno: il Piano di ogni anno e la Relazione che ne rende conto.",
    latest: "il più recente",
    shown: "aperto ora",
    approval_none: "Atto di approvazione non indicato",
    published_on: "Pubblicato il",
    bar_label: "Documenti dell'archivio",
    bar_showing: "Stai vedendo",
    bar_others: "La stessa pagina in un altro documento:",
    unreadable: "Il catalogo dei documenti pubblicati non si legge: si vede solo il documento aperto.",
    embed_which: "Documento",
    embed_this: "Questo documento",
    embed_latest: "Il documento più recente pubblicato",
    embed_latest_hint: "Quando il Comune pubblica un nuovo documento, il riquadro mostra quello.",
    history_heading: "Negli anni",
    history_intro: "Lo stesso elemento in ogni documento pubblicato, abbinato per codice, id o titolo come nel confronto tra due documenti.",
    history_button: "Mostra l'andamento negli anni",
    history_failed: "Un documento dell'archivio non si legge:",
    history_none: "Nessun altro documento dell'archivio contiene questo obiettivo.",
    col_document: "Documento",
    col_target: "Target",
    col_result: "Risultato",
    col_weight: "Peso",
    col_score: "Raggiungimento",
    col_overall: "Punteggio complessivo",
    col_objectives: "Obiettivi valutati",
    col_assestato: "Assestato",
    col_accertato: "Accertato",
    col_impegnato: "Impegnato",
    col_rate_accertato: "Accertato / assestato",
    col_rate_impegnato: "Impegnato / assestato",
    ambiguous: "Abbinamenti non fatti perché ambigui (stesso codice o titolo per più obiettivi):",
    since_piano_heading: "Che cosa è cambiato dal Piano",
    since_piano_none: "Nessuna differenza rispetto al Piano dello stesso anno.",
    since_piano_absent: "L'archivio non contiene il Piano dello stesso anno.",
    since_piano_added: "Obiettivo non presente nel Piano dello stesso anno.",
    since_piano_compare: "Confronta tutto il documento con il Piano",
    since_piano_removed: "Obiettivi del Piano dello stesso anno che la Relazione non contiene:",
    since_piano_button: "Confronta con il Piano dello stesso anno",
    since_piano_intro: "Pesi, target e indicatori di questo obiettivo nel Piano dello stesso anno e nella Relazione, abbinati come nel confronto tra due documenti.",
};

pub static EN: Texts = Texts {
    heading: "Published documents",
    intro: "The performance documents the municipality has published, year by year: each year's Plan and the Report that accounts for it.",
    latest: "the latest",
    shown: "open now",
    approval_none: "Approval act not stated",
    published_on: "Published on",
    bar_label: "Documents of the archive",
    bar_showing: "You are viewing",
    bar_others: "The same page in another document:",
    unreadable: "The catalogue of published documents cannot be read: only the open document is shown.",
    embed_which: "Document",
    embed_this: "This document",
    embed_latest: "The latest published document",
    embed_latest_hint: "When the municipality publishes a new document, the frame shows that one.",
    history_heading: "Over the years",
    history_intro: "The same item in every published document, matched by code, id or title as in the comparison of two documents.",
    history_button: "Show the trend over the years",
    history_failed: "A document of the archive cannot be read:",
    history_none: "No other document of the archive contains this objective.",
    col_document: "Document",
    col_target: "Target",
    col_result: "Result",
    col_weight: "Weight",
    col_score: "Achievement",
    col_overall: "Overall score",
    col_objectives: "Objectives assessed",
    col_assestato: "Final budget",
    col_accertato: "Assessed",
    col_impegnato: "Committed",
    col_rate_accertato: "Assessed / final budget",
    col_rate_impegnato: "Committed / final budget",
    ambiguous: "Matches not made because ambiguous (the same code or title for several objectives):",
    since_piano_heading: "What changed since the Plan",
    since_piano_none: "No difference from the Plan of the same year.",
    since_piano_absent: "The archive does not hold the Plan of the same year.",
    since_piano_added: "Objective not in the Plan of the same year.",
    since_piano_compare: "Compare the whole document with the Plan",
    since_piano_removed: "Objectives of the same year's Plan that the Report does not contain:",
    since_piano_button: "Compare with the Plan of the same year",
    since_piano_intro: "Weights, targets and indicators of this objective in the Plan of the same year and in the Report, matched as in the comparison of two documents.",
};

/// The texts in `lang`.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// A document's short name: `Relazione 2024`.
pub fn short(lang: Lang, kind: DocumentKind, year: i32) -> String {
    let k = match kind {
        DocumentKind::Piano => pick(lang, "Piano", "Plan"),
        DocumentKind::Piao => "PIAO",
        DocumentKind::Monitoraggio => pick(lang, "Monitoraggio", "Monitoring"),
        DocumentKind::Relazione => pick(lang, "Relazione", "Report"),
    };
    format!("{k} {year}")
}

/// `Caricamento 2 di 5 documenti…`
pub fn loading(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::It => format!("Caricamento {n} di {of} documenti…"),
        Lang::En => format!("Loading {n} of {of} documents…"),
    }
}

/// On the first load's overview of a document of a published archive of
/// `n` documents: the sentence and the link to the archive's documents (a
/// function, not part of [`Texts`], so that the first load carries only
/// these words).
pub fn first_hint(lang: Lang, n: u32) -> (String, &'static str) {
    match lang {
        Lang::It => (
            format!("Questo documento fa parte dell'archivio del Comune: {n} documenti pubblicati, anno dopo anno."),
            "Tutti i documenti, anno per anno",
        ),
        Lang::En => (
            format!("This document is part of the municipality's archive: {n} documents published, year after year."),
            "All the documents, year by year",
        ),
    }
}
