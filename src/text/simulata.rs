//! Texts of a view with the calculator's edits (`#/sintesi?m=…`,
//! `#/obiettivi/ID?m=…`, `#/uffici/ID?m=…`): the banner and the simulated
//! figures next to the document's.

use cruscotto_core::Lang;

/// Texts of a simulated view.
pub struct Texts {
    pub back: &'static str,
    pub reset: &'static str,
    pub overall: &'static str,
    pub objective: &'static str,
    pub above: &'static str,
    pub unit: &'static str,
    pub mission: &'static str,
    pub document: &'static str,
    pub simulated: &'static str,
    pub error: &'static str,
    pub link_sintesi: &'static str,
    pub link_objective: &'static str,
}

pub static IT: Texts = Texts {
    back: "torna al calcolatore",
    reset: "annulla la simulazione",
    overall: "Punteggio complessivo",
    objective: "Punteggio dell'obiettivo",
    above: "Obiettivo superiore",
    unit: "Punteggio dell'unità organizzativa",
    mission: "Missione",
    document: "nel documento",
    simulated: "simulato",
    error: "Le modifiche scritte nell'indirizzo non si possono applicare:",
    link_sintesi: "Vedi la Sintesi con la simulazione",
    link_objective: "Vedi la pagina dell'obiettivo con la simulazione",
};

pub static EN: Texts = Texts {
    back: "back to the calculator",
    reset: "undo the simulation",
    overall: "Overall score",
    objective: "Objective's score",
    above: "Objective above",
    unit: "Organisational unit's score",
    mission: "Missione",
    document: "in the document",
    simulated: "simulated",
    error: "The edits written in the address cannot be applied:",
    link_sintesi: "See the overview with the simulation",
    link_objective: "See the objective's page with the simulation",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The banner: how many edits the view shows.
pub fn banner(lang: Lang, edits: usize) -> String {
    match (lang, edits) {
        (Lang::It, 1) => "Stai vedendo una simulazione: 1 modifica".into(),
        (Lang::It, n) => format!("Stai vedendo una simulazione: {n} modifiche"),
        (Lang::En, 1) => "You are looking at a simulation: 1 edit".into(),
        (Lang::En, n) => format!("You are looking at a simulation: {n} edits"),
    }
}

/// The word the browser's tab adds to the view's title (alone: the first
/// load names every view, and this keeps the rest of these texts out of it).
pub fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "simulazione",
        Lang::En => "simulation",
    }
}

/// The calculator's link to unit `name`'s page with the simulation.
pub fn link_unit(lang: Lang, name: &str) -> String {
    match lang {
        Lang::It => format!("Vedi l'unità organizzativa «{name}» con la simulazione"),
        Lang::En => format!("See the organisational unit «{name}» with the simulation"),
    }
}
