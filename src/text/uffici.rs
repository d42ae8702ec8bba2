//! Texts of the uffici pages: the organisation and one unit.

use cruscotto_core::{Combine, Lang, Rollup};

/// Fixed texts of the uffici pages.
pub struct UfficiTexts {
    pub intro: &'static str,
    pub settore_note: &'static str,
    pub no_score_note: &'static str,
    pub caption: &'static str,
    pub col_unit: &'static str,
    pub col_kind: &'static str,
    pub col_role: &'static str,
    pub col_score: &'static str,
    pub col_objectives: &'static str,
    pub empty: &'static str,
    pub part_of: &'static str,
    pub fact_kind: &'static str,
    pub fact_code: &'static str,
    pub fact_role: &'static str,
    pub fact_parent: &'static str,
    pub fact_children: &'static str,
    pub fact_top: &'static str,
    pub fact_no_children: &'static str,
    pub role_missing: &'static str,
    pub score_heading: &'static str,
    pub score_none: &'static str,
    pub objectives_heading: &'static str,
    pub objectives_caption: &'static str,
    pub objectives_none: &'static str,
    pub nested_note: &'static str,
    pub col_title: &'static str,
    pub col_code: &'static str,
    pub col_weight: &'static str,
    pub col_status: &'static str,
    pub col_assigned: &'static str,
    pub this_unit: &'static str,
    pub indicators_heading: &'static str,
    pub indicators_caption: &'static str,
    pub col_indicator: &'static str,
    pub col_objective: &'static str,
    pub col_indicator_kind: &'static str,
    pub col_achievement: &'static str,
    pub ind_informational: &'static str,
    pub ind_no_value: &'static str,
    pub ind_no_target: &'static str,
    pub ind_withdrawn: &'static str,
    pub not_found_heading: &'static str,
    pub back: &'static str,
}

pub static IT: UfficiTexts = UfficiTexts {
    intro: "Come è organizzato il Comune e come sono andati gli obiettivi di ciascun ufficio. Per ogni ufficio è indicato il ruolo di chi ne è responsabile, non il nome della persona.",
    settore_note: "Il punteggio di un settore o di un'area comprende anche gli obiettivi dei suoi uffici interni.",
    no_score_note: "Un trattino (—) al posto del punteggio vuol dire che il documento non contiene ancora risultati da cui calcolarlo.",
    caption: "Uffici del Comune, con il punteggio e il numero di obiettivi assegnati",
    col_unit: "Ufficio",
    col_kind: "Tipo",
    col_role: "Responsabile (ruolo)",
    col_score: "Punteggio",
    col_objectives: "Obiettivi assegnati",
    empty: "Questo documento non descrive l'organizzazione degli uffici.",
    part_of: "parte di",
    fact_kind: "Tipo",
    fact_code: "Codice",
    fact_role: "Responsabile (ruolo)",
    fact_parent: "Fa parte di",
    fact_children: "Uffici interni",
    fact_top: "nessuno: è al primo livello dell'organizzazione",
    fact_no_children: "nessuno",
    role_missing: "non indicato",
    score_heading: "Punteggio",
    score_none: "Il punteggio non si può calcolare: nessuno degli obiettivi di questo ufficio ha ancora un risultato.",
    objectives_heading: "Obiettivi",
    objectives_caption: "Obiettivi assegnati a questo ufficio e ai suoi uffici interni",
    objectives_none: "Il documento non assegna obiettivi a questo ufficio né ai suoi uffici interni.",
    nested_note: "Le righe rientrate fanno parte dell'obiettivo che le precede: sono già comprese nel suo punteggio.",
    col_title: "Obiettivo",
    col_code: "Codice",
    col_weight: "Peso",
    col_status: "Stato",
    col_assigned: "Assegnato a",
    this_unit: "questo ufficio",
    indicators_heading: "Indicatori di cui è responsabile",
    indicators_caption: "Indicatori che il documento affida a questo ufficio",
    col_indicator: "Indicatore",
    col_objective: "Obiettivo",
    col_indicator_kind: "Tipo",
    col_achievement: "Raggiungimento",
    ind_informational: "non valutato (dato informativo)",
    ind_no_value: "nessun valore finale",
    ind_no_target: "senza un valore atteso",
    ind_withdrawn: "ritirato",
    not_found_heading: "Ufficio non trovato",
    back: "Torna all'elenco degli uffici",
};

pub static EN: UfficiTexts = UfficiTexts {
    intro: "How the municipality is organised and how each office's objectives went. Each office shows the role of the person in charge, never their name.",
    settore_note: "The score of a department or area also includes the objectives of its internal offices.",
    no_score_note: "A dash (—) instead of a score means that the document holds no results yet to compute it from.",
    caption: "Offices of the municipality, with their score and number of objectives",
    col_unit: "Office",
    col_kind: "Kind",
    col_role: "In charge (role)",
    col_score: "Score",
    col_objectives: "Objectives assigned",
    empty: "This document does not describe how the offices are organised.",
    part_of: "part of",
    fact_kind: "Kind",
    fact_code: "Code",
    fact_role: "In charge (role)",
    fact_parent: "Part of",
    fact_children: "Internal offices",
    fact_top: "none: it is at the top level of the organisation",
    fact_no_children: "none",
    role_missing: "not stated",
    score_heading: "Score",
    score_none: "The score cannot be computed: none of this office's objectives has a result yet.",
    objectives_heading: "Objectives",
    objectives_caption: "Objectives assigned to this office and its internal offices",
    objectives_none: "The document assigns no objective to this office or its internal offices.",
    nested_note: "Indented rows are part of the objective above them: they are already included in its score.",
    col_title: "Objective",
    col_code: "Code",
    col_weight: "Weight",
    col_status: "Status",
    col_assigned: "Assigned to",
    this_unit: "this office",
    indicators_heading: "Indicators it is responsible for",
    indicators_caption: "Indicators the document assigns to this office",
    col_indicator: "Indicator",
    col_objective: "Objective",
    col_indicator_kind: "Kind",
    col_achievement: "Achievement",
    ind_informational: "not scored (information only)",
    ind_no_value: "no final value",
    ind_no_target: "no expected value",
    ind_withdrawn: "withdrawn",
    not_found_heading: "Office not found",
    back: "Back to the list of offices",
};

/// The uffici texts in a language.
pub fn t(lang: Lang) -> &'static UfficiTexts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// "This office (id «x») is not in the document."
pub fn not_found(lang: Lang, id: &str) -> String {
    match lang {
        Lang::It => format!("Il documento non contiene un ufficio con il codice «{id}». Forse il collegamento è di un'altra versione del documento."),
        Lang::En => format!("The document has no office with the identifier «{id}». The link may come from another version of the document."),
    }
}

/// How a unit's score is computed, in plain words: `scored` objectives
/// counted, combined as the plan's method says.
pub fn score_explain(lang: Lang, scored: usize, combine: Combine, rollup: Rollup) -> String {
    match (lang, rollup) {
        (Lang::It, Rollup::Indicators) => format!(
            "È la media {} di tutti gli indicatori valutati degli obiettivi assegnati a questo ufficio e ai suoi uffici interni, come prevede il metodo di calcolo del documento.",
            if combine == Combine::Weighted { "ponderata (con i pesi)" } else { "aritmetica" }
        ),
        (Lang::En, Rollup::Indicators) => format!(
            "It is the {} of all the scored indicators of the objectives assigned to this office and its internal offices, as the document's scoring method says.",
            if combine == Combine::Weighted { "weighted mean (by their weights)" } else { "arithmetic mean" }
        ),
        (Lang::It, Rollup::Children) => {
            let what = if scored == 1 {
                "del punteggio dell'unico obiettivo valutato".to_string()
            } else {
                format!("dei punteggi dei {scored} obiettivi valutati")
            };
            let how = if combine == Combine::Weighted {
                "media ponderata (ogni obiettivo conta secondo il suo peso)"
            } else {
                "media aritmetica (ogni obiettivo conta allo stesso modo)"
            };
            format!("È la {how} {what} assegnati a questo ufficio e ai suoi uffici interni, come prevede il metodo di calcolo del documento. Gli obiettivi ritirati non sono contati, e un obiettivo che fa parte di un altro obiettivo dell'elenco non è contato due volte.")
        }
        (Lang::En, Rollup::Children) => {
            let what = if scored == 1 {
                "the score of the only scored objective".to_string()
            } else {
                format!("the scores of the {scored} scored objectives")
            };
            let how = if combine == Combine::Weighted {
                "weighted mean (each objective counts by its weight)"
            } else {
                "arithmetic mean (each objective counts the same)"
            };
            format!("It is the {how} of {what} assigned to this office and its internal offices, as the document's scoring method says. Withdrawn objectives are not counted, and an objective that is part of another one in the list is not counted twice.")
        }
    }
}
