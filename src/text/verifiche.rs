//! Texts of the verifiche page. The findings themselves (what, why) are
//! written by the core ([`cruscotto_core::messages`]).

use cruscotto_core::{Lang, Severity};

/// Texts of the checks page.
pub struct Texts {
    pub intro: &'static str,
    pub severities_intro: &'static str,
    pub error_means: &'static str,
    pub warning_means: &'static str,
    pub info_means: &'static str,
    pub empty: &'static str,
    pub empty_detail: &'static str,
    pub summary_label: &'static str,
    pub where_: &'static str,
    pub why: &'static str,
    pub code: &'static str,
    pub in_objective: &'static str,
    pub in_money: &'static str,
    pub in_units: &'static str,
    pub file_position: &'static str,
}

pub static IT: Texts = Texts {
    intro: "Il cruscotto controlla il documento da solo, ogni volta che lo apre: che i conti tornino, che i risultati pubblicati corrispondano a quelli calcolati dagli indicatori, che ogni ufficio, codice e data citati esistano e siano scritti bene. Qui trovi tutto quello che ha notato, in parole semplici.",
    severities_intro: "I risultati sono di tre tipi:",
    error_means: "il file ha un dato sbagliato o mancante e va corretto prima di pubblicarlo;",
    warning_means: "un dato probabilmente sbagliato, o un difetto del documento originale riportato così com'è: merita attenzione;",
    info_means: "un'informazione utile per leggere bene il documento.",
    empty: "Nessun problema trovato.",
    empty_detail: "Il documento ha superato tutte le verifiche: i conti tornano e ogni riferimento esiste.",
    summary_label: "Riepilogo delle verifiche",
    where_: "Dove",
    why: "Perché conta",
    code: "Codice della verifica",
    in_objective: "Obiettivo",
    in_money: "Nelle risorse",
    in_units: "Nell'organizzazione",
    file_position: "posizione nel file",
};

pub static EN: Texts = Texts {
    intro: "The dashboard checks the document by itself every time it opens it: that the sums add up, that the published results match those computed from the indicators, that every office, code and date mentioned exists and is well written. Here is everything it noticed, in plain words.",
    severities_intro: "The findings are of three kinds:",
    error_means: "the file has a wrong or missing value and must be fixed before it is published;",
    warning_means: "a value that is probably wrong, or a defect of the original document kept as it is: worth a look;",
    info_means: "something useful to read the document correctly.",
    empty: "No problems found.",
    empty_detail: "The document passed every check: the sums add up and every reference exists.",
    summary_label: "Summary of the checks",
    where_: "Where",
    why: "Why it matters",
    code: "Check code",
    in_objective: "Objective",
    in_money: "In the resources",
    in_units: "In the organisation",
    file_position: "position in the file",
};

/// The checks page texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// Heading of a group: "Errori", "Avvisi", "Note".
pub fn group(lang: Lang, s: Severity) -> &'static str {
    match (lang, s) {
        (Lang::It, Severity::Error) => "Errori",
        (Lang::It, Severity::Warning) => "Avvisi",
        (Lang::It, Severity::Info) => "Note",
        (Lang::En, Severity::Error) => "Errors",
        (Lang::En, Severity::Warning) => "Warnings",
        (Lang::En, Severity::Info) => "Notes",
    }
}

/// "3 errori", "1 avviso", "0 note".
pub fn count(lang: Lang, s: Severity, n: usize) -> String {
    let word = match (lang, s, n == 1) {
        (Lang::It, Severity::Error, true) => "errore",
        (Lang::It, Severity::Error, false) => "errori",
        (Lang::It, Severity::Warning, true) => "avviso",
        (Lang::It, Severity::Warning, false) => "avvisi",
        (Lang::It, Severity::Info, true) => "nota",
        (Lang::It, Severity::Info, false) => "note",
        (Lang::En, Severity::Error, true) => "error",
        (Lang::En, Severity::Error, false) => "errors",
        (Lang::En, Severity::Warning, true) => "warning",
        (Lang::En, Severity::Warning, false) => "warnings",
        (Lang::En, Severity::Info, true) => "note",
        (Lang::En, Severity::Info, false) => "notes",
    };
    format!("{n} {word}")
}
