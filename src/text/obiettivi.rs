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
    pub score_computed: &'static str,
    pub score_published: &'static str,
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
    pub own_indicators: &'static str,
    pub rounding: &'static str,
    pub fallback: &'static str,
    pub rollup_indicators: &'static str,
    pub not_counted: &'static str,
    pub state_informational: &'static str,
    pub state_no_value: &'static str,
    pub state_no_target: &'static str,
    pub state_withdrawn: &'static str,
    pub basis_published: &'static str,
    pub basis_withdrawn: &'static str,
    pub basis_none: &'static str,
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
    score_computed: "Calcolato dai dati",
    score_published: "Pubblicato dal documento",
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
    own_indicators: "Media degli indicatori propri di questo obiettivo",
    rounding: "I valori sono mostrati con due decimali; il calcolo usa i valori esatti, quindi rifacendolo a mano con i numeri arrotondati l'ultima cifra può differire di poco.",
    fallback: "Il metodo del documento prevede una media pesata, ma almeno un elemento non ha un peso: si usa quindi la media semplice.",
    rollup_indicators: "Il metodo del documento calcola ogni voce come media di tutti gli indicatori (o risultati) che stanno sotto di essa.",
    not_counted: "non entra nel calcolo",
    state_informational: "dato informativo: non valutato",
    state_no_value: "in attesa del valore finale",
    state_no_target: "manca un target utilizzabile",
    state_withdrawn: "obiettivo ritirato: non valutato",
    basis_published: "Questo obiettivo non ha indicatori con un valore né sotto-obiettivi valutati: il grado di raggiungimento è quello pubblicato dal documento, non ricalcolabile dai dati.",
    basis_withdrawn: "L'obiettivo è stato ritirato: non è valutato e non entra nelle medie.",
    basis_none: "Il grado di raggiungimento non si può ancora calcolare: nessun indicatore ha un valore finale e il documento non pubblica un risultato.",
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
    score_computed: "Computed from the data",
    score_published: "Published by the document",
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
    own_indicators: "Mean of this objective's own indicators",
    rounding: "Values are shown with two decimals; the calculation uses the exact values, so redoing it by hand with the rounded numbers may differ slightly in the last digit.",
    fallback: "The document's method calls for a weighted mean, but at least one term has no weight: the plain mean is used instead.",
    rollup_indicators: "The document's method computes every item as the mean of all the indicators (or results) beneath it.",
    not_counted: "not counted",
    state_informational: "information only: not scored",
    state_no_value: "final value not yet available",
    state_no_target: "no usable target",
    state_withdrawn: "objective withdrawn: not scored",
    basis_published: "This objective has no indicator with a value and no scored sub-objective: its achievement is the one the document publishes, which cannot be recomputed from the data.",
    basis_withdrawn: "The objective was withdrawn: it is not scored and not counted in any mean.",
    basis_none: "The achievement cannot be computed yet: no indicator has a final value and the document publishes no result.",
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

/// What a mean is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Terms {
    /// Only indicators.
    Indicators,
    /// Only child objectives.
    Children,
    /// A mix (own indicators and children, or indicators and leaf results).
    Mixed,
}

/// "Media pesata dei 2 sotto-obiettivi:" and the like.
pub fn mean_intro(lang: Lang, weighted: bool, n: usize, what: Terms) -> String {
    match lang {
        Lang::It => {
            let what = match what {
                Terms::Indicators => "indicatori",
                Terms::Children => "sotto-obiettivi",
                Terms::Mixed => "elementi",
            };
            let how = if weighted {
                "Media pesata"
            } else {
                "Media aritmetica"
            };
            format!("{how} dei {n} {what}:")
        }
        Lang::En => {
            let what = match what {
                Terms::Indicators => "indicators",
                Terms::Children => "sub-objectives",
                Terms::Mixed => "terms",
            };
            let how = if weighted {
                "Weighted mean"
            } else {
                "Arithmetic mean"
            };
            format!("{how} of the {n} {what}:")
        }
    }
}

/// A single term: the score is its value.
pub fn single_term(lang: Lang, what: Terms, value: &str) -> String {
    match (lang, what) {
        (Lang::It, Terms::Indicators) => {
            format!("Il valore è quello del suo unico indicatore valutato: {value}.")
        }
        (Lang::It, _) => format!("Il valore è quello del suo unico elemento valutato: {value}."),
        (Lang::En, Terms::Indicators) => {
            format!("The value is that of its only scored indicator: {value}.")
        }
        (Lang::En, _) => format!("The value is that of its only scored term: {value}."),
    }
}

/// The document publishes a value and the computation agrees.
pub fn score_same(lang: Lang, published: &str) -> String {
    match lang {
        Lang::It => format!(
            "Il valore calcolato dai dati coincide con quello pubblicato dal documento ({published})."
        ),
        Lang::En => format!(
            "The value computed from the data matches the one the document publishes ({published})."
        ),
    }
}

/// The document publishes a value that the computation does not confirm.
pub fn score_differs(lang: Lang, computed: &str, published: &str) -> String {
    match lang {
        Lang::It => format!(
            "Attenzione: il documento pubblica {published}, ma dai dati risulta {computed}. I due valori non coincidono."
        ),
        Lang::En => format!(
            "Note: the document publishes {published}, but the data give {computed}. The two values do not match."
        ),
    }
}

/// The published value, when the score is the published one.
pub fn score_is_published(lang: Lang, published: &str) -> String {
    match lang {
        Lang::It => format!("Il documento pubblica {published}."),
        Lang::En => format!("The document publishes {published}."),
    }
}

/// How a scored indicator's achievement was obtained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Explain {
    /// actual ÷ target (higher is better, or `=` below the target).
    Ratio { actual: String, target: String },
    /// target ÷ actual (lower is better and missed, or `=` above the target).
    Inverse { actual: String, target: String },
    /// A threshold met (`>=`, `<=` or `=`).
    Met {
        actual: String,
        target: String,
        how: Cmp,
    },
    /// A threshold missed.
    Missed {
        actual: String,
        target: String,
        how: Cmp,
    },
    /// Inside a range.
    InRange {
        actual: String,
        min: String,
        max: String,
    },
    /// Outside a range, with no ratio possible.
    OutOfRange {
        actual: String,
        min: String,
        max: String,
    },
    /// Below a range: actual ÷ min.
    BelowMin { actual: String, min: String },
    /// Above a range: max ÷ actual.
    AboveMax { actual: String, max: String },
}

/// The comparison of a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// At least.
    AtLeast,
    /// At most.
    AtMost,
    /// Exactly.
    Equal,
}

/// "valore 4 su target 5 = 80,00 %", with "più basso è meglio: " in front
/// when lower is better.
pub fn explain(lang: Lang, e: &Explain, lower: bool, result: &str) -> String {
    let it = lang == Lang::It;
    let body = match e {
        Explain::Ratio { actual, target } => {
            if it {
                format!("valore {actual} su target {target} = {result}")
            } else {
                format!("value {actual} out of target {target} = {result}")
            }
        }
        Explain::Inverse { actual, target } => {
            if it {
                format!("valore {actual} oltre il target {target}: target {target} su valore {actual} = {result}")
            } else {
                format!("value {actual} beyond the target {target}: target {target} over value {actual} = {result}")
            }
        }
        Explain::Met {
            actual,
            target,
            how,
        } => {
            let cmp = match (how, it) {
                (Cmp::AtLeast, true) => "almeno pari al",
                (Cmp::AtMost, true) => "non superiore al",
                (Cmp::Equal, true) => "uguale al",
                (Cmp::AtLeast, false) => "at least the",
                (Cmp::AtMost, false) => "not above the",
                (Cmp::Equal, false) => "equal to the",
            };
            if it {
                format!("valore {actual} {cmp} target {target}: raggiunto = {result}")
            } else {
                format!("value {actual} {cmp} target {target}: met = {result}")
            }
        }
        Explain::Missed {
            actual,
            target,
            how,
        } => {
            let cmp = match (how, it) {
                (Cmp::AtLeast, true) => "sotto il",
                (Cmp::AtMost, true) => "oltre il",
                (Cmp::Equal, true) => "diverso dal",
                (Cmp::AtLeast, false) => "below the",
                (Cmp::AtMost, false) => "beyond the",
                (Cmp::Equal, false) => "different from the",
            };
            if it {
                format!("valore {actual} {cmp} target {target}: non raggiunto = {result}")
            } else {
                format!("value {actual} {cmp} target {target}: not met = {result}")
            }
        }
        Explain::InRange { actual, min, max } => {
            if it {
                format!("valore {actual} compreso tra {min} e {max}: raggiunto = {result}")
            } else {
                format!("value {actual} between {min} and {max}: met = {result}")
            }
        }
        Explain::OutOfRange { actual, min, max } => {
            if it {
                format!("valore {actual} fuori dall'intervallo da {min} a {max} = {result}")
            } else {
                format!("value {actual} outside the range {min} to {max} = {result}")
            }
        }
        Explain::BelowMin { actual, min } => {
            if it {
                format!(
                    "valore {actual} sotto il minimo: valore {actual} su minimo {min} = {result}"
                )
            } else {
                format!("value {actual} below the minimum: value {actual} out of minimum {min} = {result}")
            }
        }
        Explain::AboveMax { actual, max } => {
            if it {
                format!(
                    "valore {actual} sopra il massimo: massimo {max} su valore {actual} = {result}"
                )
            } else {
                format!("value {actual} above the maximum: maximum {max} over value {actual} = {result}")
            }
        }
    };
    match (lower, it) {
        (true, true) => format!("più basso è meglio: {body}"),
        (true, false) => format!("lower is better: {body}"),
        (false, _) => body,
    }
}

/// The cap of the method, when it changed the result.
pub fn capped(lang: Lang, cap: &str) -> String {
    match lang {
        Lang::It => format!(
            "; il metodo del documento non conta più di {cap} per indicatore, quindi vale {cap}"
        ),
        Lang::En => format!(
            "; the document's method counts no more than {cap} per indicator, so it is {cap}"
        ),
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
