//! Texts of the search page (`#/cerca`): the box, its keyboard hint, the
//! groups of results, the filters and their options.

use cruscotto_core::filter::Facet;
use cruscotto_core::search::ItemKind;
use cruscotto_core::Lang;

use super::common::pick;

/// Texts of the search page.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub start: &'static str,
    pub empty_hint: &'static str,
    pub results_label: &'static str,
    pub list_caption: &'static str,
    pub col_objective: &'static str,
    pub col_level: &'static str,
    pub col_units: &'static str,
    pub col_score: &'static str,
    pub col_status: &'static str,
    pub filters_heading: &'static str,
    pub filters_intro: &'static str,
    pub clear_filters: &'static str,
    pub clear_all: &'static str,
    pub code: &'static str,
    pub tags: &'static str,
    pub description: &'static str,
    pub indicator_of: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub ignored: &'static str,
    pub search_link: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Cerca",
    intro: "Cerca obiettivi, fasi, indicatori, uffici e voci di bilancio per titolo, descrizione, codice ed etichetta. Maiuscole e accenti non contano («citta» trova «Città»), basta l'inizio delle parole e ogni parola scritta deve esserci.",
    label: "Cerca nel documento",
    hint: "I risultati si aggiornano mentre scrive. Freccia giù porta al primo risultato, le frecce su e giù passano da un risultato all'altro, Esc torna alla casella; nella casella, Esc la svuota.",
    start: "Scriva una parola o scelga un filtro.",
    empty_hint: "Provi con meno parole o con l'inizio di una parola, oppure tolga qualche filtro.",
    results_label: "Risultati",
    list_caption: "Obiettivi che corrispondono alla ricerca e ai filtri",
    col_objective: "Obiettivo",
    col_level: "Livello",
    col_units: "Uffici",
    col_score: "Grado di raggiungimento",
    col_status: "Stato",
    filters_heading: "Filtri",
    filters_intro: "I filtri restringono gli obiettivi e i loro indicatori, insieme alla ricerca. Le opzioni dello stesso filtro si sommano, filtri diversi si combinano. Tra parentesi, quanti obiettivi restano scegliendo l'opzione.",
    clear_filters: "Azzera i filtri",
    clear_all: "Azzera ricerca e filtri",
    code: "Codice",
    tags: "Etichette",
    description: "Descrizione",
    indicator_of: "Indicatore di",
    yes: "sì",
    no: "no",
    ignored: "Filtri dell'indirizzo che questo documento non ha, non applicati:",
    search_link: "Cerca e filtra gli obiettivi",
};

pub static EN: Texts = Texts {
    heading: "Search",
    intro: "Search objectives, phases, indicators, offices and budget rows by title, description, code and tag. Case and accents do not matter («citta» finds «Città»), the beginning of a word is enough and every word typed must be there.",
    label: "Search the document",
    hint: "Results update as you type. Arrow down moves to the first result, arrows up and down move between results, Escape returns to the box; in the box, Escape clears it.",
    start: "Type a word or choose a filter.",
    empty_hint: "Try fewer words or the beginning of a word, or remove some filters.",
    results_label: "Results",
    list_caption: "Objectives matching the search and the filters",
    col_objective: "Objective",
    col_level: "Level",
    col_units: "Offices",
    col_score: "Achievement",
    col_status: "Status",
    filters_heading: "Filters",
    filters_intro: "Filters narrow the objectives and their indicators, together with the search. Options of one filter add up, different filters combine. In brackets, how many objectives are left by choosing the option.",
    clear_filters: "Clear the filters",
    clear_all: "Clear search and filters",
    code: "Code",
    tags: "Tags",
    description: "Description",
    indicator_of: "Indicator of",
    yes: "yes",
    no: "no",
    ignored: "Filters of the address this document does not have, not applied:",
    search_link: "Search and filter the objectives",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The heading of a group of results.
pub fn kind(lang: Lang, k: ItemKind) -> &'static str {
    match k {
        ItemKind::Objective => pick(lang, "Obiettivi e fasi", "Objectives and phases"),
        ItemKind::Indicator => pick(lang, "Indicatori", "Indicators"),
        ItemKind::Unit => pick(lang, "Uffici", "Offices"),
        ItemKind::BudgetRow => pick(lang, "Voci di bilancio", "Budget rows"),
    }
}

/// The legend of a filter.
pub fn facet(lang: Lang, f: Facet) -> &'static str {
    match f {
        Facet::Ufficio => pick(lang, "Ufficio", "Office"),
        Facet::Missione => pick(lang, "Missione di bilancio", "Budget mission"),
        Facet::Linea => pick(lang, "Linea di mandato", "Mandate line"),
        Facet::Sdg => pick(lang, "Obiettivo di Agenda 2030", "Agenda 2030 goal"),
        Facet::Pnrr => pick(lang, "PNRR", "PNRR (recovery plan)"),
        Facet::Stato => pick(lang, "Stato", "Status"),
        Facet::Tipo => pick(lang, "Tipo", "Kind"),
        Facet::Anno => pick(lang, "Anno", "Year"),
        Facet::Tag => pick(lang, "Etichetta", "Tag"),
        Facet::Esito => pick(lang, "Esito", "Achievement"),
    }
}

/// The name of a default achievement band (the plan names its own).
pub fn band(lang: Lang, key: &str) -> Option<&'static str> {
    Some(match key {
        "raggiunti" => pick(lang, "raggiunti (100 % o più)", "achieved (100 % or more)"),
        "parziali" => pick(lang, "raggiunti in parte", "partly achieved"),
        "non-raggiunti" => pick(lang, "non raggiunti (0 %)", "not achieved (0 %)"),
        "sotto-soglia" => pick(lang, "sotto la fascia più bassa", "below the lowest band"),
        "senza-esito" => pick(lang, "senza esito", "without a score"),
        _ => return None,
    })
}

/// What the live region says: "12 risultati", "Nessun risultato per «x»".
pub fn status(lang: Lang, n: usize, q: &str) -> String {
    match (lang, n) {
        (Lang::It, 0) if q.trim().is_empty() => "Nessun risultato.".into(),
        (Lang::En, 0) if q.trim().is_empty() => "No results.".into(),
        (Lang::It, 0) => format!("Nessun risultato per «{}».", q.trim()),
        (Lang::En, 0) => format!("No results for «{}».", q.trim()),
        (Lang::It, 1) => "1 risultato.".into(),
        (Lang::En, 1) => "1 result.".into(),
        (Lang::It, n) => format!("{n} risultati."),
        (Lang::En, n) => format!("{n} results."),
    }
}

/// "3 obiettivi su 132 corrispondono a ricerca e filtri".
pub fn objectives_left(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::It => format!("{n} obiettivi su {total} corrispondono a ricerca e filtri."),
        Lang::En => format!("{n} of {total} objectives match the search and filters."),
    }
}

/// "mostrati i primi 30 di 120".
pub fn shown_of(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::It => format!("mostrati i primi {shown} di {total}"),
        Lang::En => format!("showing the first {shown} of {total}"),
    }
}
