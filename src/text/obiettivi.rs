//! Texts of the objectives tree (`#/obiettivi`) and of the page of one
//! objective (`#/obiettivi/<id>`), Italian first.

use cruscotto_core::Lang;

/// Fixed texts of the two pages.
pub struct Texts {
    // ---- the tree ----
    pub tree_intro: &'static str,
    pub tree_levels: &'static str,
    pub tree_label: &'static str,
    pub tree_empty: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub tools_label: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub search_results_label: &'static str,
    pub search_in: &'static str,
    pub no_level: &'static str,
    pub group_score: &'static str,
    // ---- facts of a node (tree rows and the objective page) ----
    pub code: &'static str,
    pub level: &'static str,
    pub weight: &'static str,
    pub status: &'static str,
    pub deadline: &'static str,
    pub units: &'static str,
    pub unit: &'static str,
    pub score: &'static str,
    pub kind: &'static str,
    pub transversal: &'static str,
    pub transversal_yes: &'static str,
    pub mission: &'static str,
    pub programme: &'static str,
    pub sdgs: &'static str,
    pub sdg_text: &'static str,
    pub pnrr_measure: &'static str,
    pub cup: &'static str,
    pub years: &'static str,
    pub tags: &'static str,
    // ---- the objective page ----
    pub not_found_heading: &'static str,
    pub not_found_id: &'static str,
    pub back_to_tree: &'static str,
    pub score_heading: &'static str,
    /// Before the reason of a neutralisation, next to the score.
    pub neutralised: &'static str,
    pub description: &'static str,
    pub facts: &'static str,
    pub indicators: &'static str,
    pub indicators_caption: &'static str,
    pub indicators_intro: &'static str,
    pub col_indicator: &'static str,
    pub col_kind: &'static str,
    pub col_baseline: &'static str,
    pub col_target: &'static str,
    pub col_mid_year: &'static str,
    pub col_final: &'static str,
    pub col_achievement: &'static str,
    pub col_deadline: &'static str,
    pub col_responsible: &'static str,
    pub printed: &'static str,
    pub lower_is_better: &'static str,
    pub formula: &'static str,
    pub children: &'static str,
    pub children_caption: &'static str,
    pub col_title: &'static str,
    pub costs: &'static str,
    pub costs_caption: &'static str,
    pub col_item: &'static str,
    pub col_amount: &'static str,
    pub cost_staff: &'static str,
    pub cost_committed: &'static str,
    pub cost_paid: &'static str,
    pub cost_assessed: &'static str,
    pub cost_collected: &'static str,
    pub cost_notes: &'static str,
    pub how: &'static str,
    pub how_parts_caption: &'static str,
    pub col_part: &'static str,
    pub col_how: &'static str,
    pub col_value: &'static str,
    pub col_weight: &'static str,
    pub notes: &'static str,
    pub checks: &'static str,
    pub checks_link: &'static str,
    pub published_short: &'static str,
}

pub static IT: Texts = Texts {
    tree_intro: "Gli obiettivi del documento, organizzati come li organizza il documento. Apri un obiettivo per leggerne la descrizione, gli indicatori, le risorse e come è calcolato il risultato.",
    tree_levels: "Livelli del documento:",
    tree_label: "Albero degli obiettivi",
    tree_empty: "Il documento non contiene obiettivi.",
    expand_all: "Espandi tutto",
    collapse_all: "Comprimi tutto",
    tools_label: "Mostra",
    search_label: "Cerca un obiettivo per titolo o codice",
    search_hint: "Scrivi una parola del titolo o il codice, ad esempio 4.1.2.",
    search_results_label: "Risultati della ricerca",
    search_in: "In:",
    no_level: "Senza livello",
    group_score: "raggiungimento medio",
    code: "Codice",
    level: "Livello",
    weight: "Peso",
    status: "Stato",
    deadline: "Scadenza",
    units: "Uffici",
    unit: "Ufficio",
    score: "Raggiungimento",
    kind: "Tipo",
    transversal: "Trasversale",
    transversal_yes: "sì, condiviso da più uffici",
    mission: "Missione di bilancio",
    programme: "Programma di bilancio",
    sdgs: "Obiettivi dell'Agenda 2030",
    sdg_text: "Agenda 2030, come scritto nel documento",
    pnrr_measure: "Misura PNRR",
    cup: "Codice CUP",
    years: "Anni",
    tags: "Temi",
    not_found_heading: "Obiettivo non trovato",
    not_found_id: "Identificativo cercato:",
    back_to_tree: "Torna all'elenco degli obiettivi",
    score_heading: "Grado di raggiungimento",
    neutralised: "Neutralizzato:",
    description: "Descrizione",
    facts: "Dati principali",
    indicators: "Indicatori",
    indicators_caption: "Indicatori dell'obiettivo",
    indicators_intro: "Come si misura l'obiettivo: per ogni indicatore il valore atteso (target), il valore raggiunto e quanto del target è stato raggiunto.",
    col_indicator: "Indicatore",
    col_kind: "Tipo",
    col_baseline: "Valore di partenza",
    col_target: "Target",
    col_mid_year: "Valore a metà anno",
    col_final: "Valore finale",
    col_achievement: "Raggiungimento",
    col_deadline: "Scadenza",
    col_responsible: "Responsabile",
    printed: "nel documento:",
    lower_is_better: "più basso è meglio",
    formula: "Come si misura:",
    children: "Sotto-obiettivi e fasi",
    children_caption: "Le voci sotto questo obiettivo",
    col_title: "Titolo",
    costs: "Costi e entrate",
    costs_caption: "Costi e entrate dell'obiettivo",
    col_item: "Voce",
    col_amount: "Importo",
    cost_staff: "Costi del personale",
    cost_committed: "Spesa impegnata",
    cost_paid: "Spesa liquidata",
    cost_assessed: "Entrate accertate",
    cost_collected: "Entrate riscosse",
    cost_notes: "Note sugli importi",
    how: "Come è calcolato",
    how_parts_caption: "Gli elementi del calcolo",
    col_part: "Elemento",
    col_how: "Come si ottiene",
    col_value: "Valore",
    col_weight: "Peso",
    notes: "Note",
    checks: "Verifiche su questo obiettivo",
    checks_link: "Tutte le verifiche del documento",
    published_short: "pubblicato",
};

pub static EN: Texts = Texts {
    tree_intro: "The document's objectives, organised as the document organises them. Open an objective to read its description, indicators, resources and how its result is computed.",
    tree_levels: "Levels of the document:",
    tree_label: "Tree of objectives",
    tree_empty: "The document contains no objectives.",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    tools_label: "Show",
    search_label: "Find an objective by title or code",
    search_hint: "Type a word of the title or the code, for example 4.1.2.",
    search_results_label: "Search results",
    search_in: "In:",
    no_level: "No level",
    group_score: "average achievement",
    code: "Code",
    level: "Level",
    weight: "Weight",
    status: "Status",
    deadline: "Deadline",
    units: "Offices",
    unit: "Office",
    score: "Achievement",
    kind: "Kind",
    transversal: "Cross-cutting",
    transversal_yes: "yes, shared by several offices",
    mission: "Budget mission",
    programme: "Budget programme",
    sdgs: "Agenda 2030 goals",
    sdg_text: "Agenda 2030, as written in the document",
    pnrr_measure: "PNRR measure",
    cup: "CUP code",
    years: "Years",
    tags: "Themes",
    not_found_heading: "Objective not found",
    not_found_id: "Identifier looked for:",
    back_to_tree: "Back to the list of objectives",
    score_heading: "Achievement",
    neutralised: "Neutralised:",
    description: "Description",
    facts: "Key facts",
    indicators: "Indicators",
    indicators_caption: "Indicators of the objective",
    indicators_intro: "How the objective is measured: for each indicator the expected value (target), the value reached and how much of the target was achieved.",
    col_indicator: "Indicator",
    col_kind: "Kind",
    col_baseline: "Baseline",
    col_target: "Target",
    col_mid_year: "Mid-year value",
    col_final: "Final value",
    col_achievement: "Achievement",
    col_deadline: "Deadline",
    col_responsible: "Responsible",
    printed: "in the document:",
    lower_is_better: "lower is better",
    formula: "How it is measured:",
    children: "Sub-objectives and phases",
    children_caption: "The items under this objective",
    col_title: "Title",
    costs: "Costs and revenue",
    costs_caption: "Costs and revenue of the objective",
    col_item: "Item",
    col_amount: "Amount",
    cost_staff: "Staff costs",
    cost_committed: "Spending committed",
    cost_paid: "Spending paid out",
    cost_assessed: "Revenue assessed",
    cost_collected: "Revenue collected",
    cost_notes: "Notes on the amounts",
    how: "How it is computed",
    how_parts_caption: "The terms of the calculation",
    col_part: "Term",
    col_how: "How it is obtained",
    col_value: "Value",
    col_weight: "Weight",
    notes: "Notes",
    checks: "Checks on this objective",
    checks_link: "All the checks of the document",
    published_short: "published",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// "132 voci" / "1 voce".
pub fn items(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::It, 1) => "1 voce".into(),
        (Lang::It, n) => format!("{n} voci"),
        (Lang::En, 1) => "1 item".into(),
        (Lang::En, n) => format!("{n} items"),
    }
}

/// The hidden end of a disclosure button's name, after the visible count:
/// "2" + " voci sotto «SVILUPPO DEL TERRITORIO»".
pub fn toggle_rest(lang: Lang, n: usize, title: &str) -> String {
    match (lang, n) {
        (Lang::It, 1) => format!(" voce sotto «{title}»"),
        (Lang::It, _) => format!(" voci sotto «{title}»"),
        (Lang::En, 1) => format!(" item under «{title}»"),
        (Lang::En, _) => format!(" items under «{title}»"),
    }
}

/// What the search found.
pub fn search_found(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::It, 0) => "Nessun obiettivo corrisponde alla ricerca.".into(),
        (Lang::It, 1) => "1 obiettivo trovato.".into(),
        (Lang::It, n) => format!("{n} obiettivi trovati."),
        (Lang::En, 0) => "No objective matches the search.".into(),
        (Lang::En, 1) => "1 objective found.".into(),
        (Lang::En, n) => format!("{n} objectives found."),
    }
}

/// "e altri 3".
pub fn more_units(lang: Lang, n: usize) -> String {
    match lang {
        Lang::It => format!("e altri {n}"),
        Lang::En => format!("and {n} more"),
    }
}

/// "(almeno) 5 giorni" etc.: the word of a comparator is in `common`.
pub fn between(lang: Lang, min: &str, max: &str) -> String {
    match lang {
        Lang::It => format!("tra {min} e {max}"),
        Lang::En => format!("between {min} and {max}"),
    }
}

/// "Missione 01 – Servizi istituzionali …".
pub fn mission_name(code: &str, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{code} – {n}"),
        None => code.to_string(),
    }
}

/// "SDG 11 – Città e comunità sostenibili".
pub fn sdg_name(goal: u8, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{goal} – {n}"),
        None => goal.to_string(),
    }
}

/// A note of an indicator: "«name»: text".
pub fn indicator_note(name: &str, note: &str) -> String {
    format!("«{name}»: {note}")
}
