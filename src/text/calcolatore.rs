//! Texts of the calculator (`#/calcolatore`). What an edit changes and what
//! is wrong with a typed value are the core's sentences
//! (`cruscotto_core::messages::edit_field`, `edit_problem`), the ones
//! `cruscotto score --modifica` prints.

use cruscotto_core::edits::Field;
use cruscotto_core::Lang;

/// Calculator texts.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub link: &'static str,
    pub simulated: &'static str,
    pub overall_document: &'static str,
    pub overall_simulated: &'static str,
    pub choose_heading: &'static str,
    pub choose_label: &'static str,
    pub choose_none: &'static str,
    pub choose_hint: &'static str,
    pub objective_document: &'static str,
    pub objective_simulated: &'static str,
    pub weight_label: &'static str,
    pub result_label: &'static str,
    pub neutralise_label: &'static str,
    pub reason_label: &'static str,
    pub reason_default: &'static str,
    pub in_document: &'static str,
    pub achievement: &'static str,
    pub no_indicators: &'static str,
    pub changes_heading: &'static str,
    pub no_changes: &'static str,
    pub overall: &'static str,
    pub reset: &'static str,
    pub address_error: &'static str,
    pub changed_heading: &'static str,
    pub col_objective: &'static str,
    pub col_document: &'static str,
    pub col_simulated: &'static str,
    pub none: &'static str,
    pub no_outcome: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Calcolatore",
    intro: "Prova che cosa succede se un indicatore raggiunge un altro valore o ha un altro target, se un esito dichiarato cambia, se un indicatore o un obiettivo pesa di più o di meno, o se è neutralizzato (escluso dal calcolo per cause non imputabili all'ufficio): ogni punteggio è ricalcolato con le regole dichiarate dal documento. È una simulazione: il documento non cambia. Le modifiche restano nell'indirizzo della pagina: il collegamento riproduce la simulazione. Lo stesso calcolo lo fa il comando «cruscotto score FILE --modifica».",
    link: "Simula con il calcolatore",
    simulated: "simulato",
    overall_document: "Punteggio complessivo del documento",
    overall_simulated: "Punteggio complessivo simulato",
    choose_heading: "Modifica un obiettivo",
    choose_label: "Obiettivo",
    choose_none: "— scegli un obiettivo —",
    choose_hint: "Scrivi un valore (ad esempio 80, 1.234,5 o 95 %) e premi Invio o passa al campo successivo: i punteggi si aggiornano.",
    objective_document: "Punteggio dell'obiettivo nel documento",
    objective_simulated: "Punteggio dell'obiettivo simulato",
    weight_label: "Peso dell'obiettivo",
    result_label: "Risultato dichiarato dell'obiettivo (%)",
    neutralise_label: "Neutralizza l'obiettivo (escluso dal calcolo, i pesi degli altri si ripartiscono)",
    reason_label: "Motivo della neutralizzazione",
    reason_default: "Causa non imputabile (simulazione)",
    in_document: "Nel documento:",
    achievement: "raggiungimento",
    no_indicators: "Questo obiettivo non ha indicatori propri.",
    changes_heading: "Cosa è cambiato",
    no_changes: "Nessuna modifica: i punteggi sono quelli del documento.",
    overall: "Totale",
    reset: "Annulla tutte le modifiche",
    address_error: "Le modifiche scritte nell'indirizzo non si possono applicare tutte:",
    changed_heading: "Obiettivi il cui punteggio cambia",
    col_objective: "Obiettivo",
    col_document: "Documento",
    col_simulated: "Simulato",
    none: "—",
    no_outcome: "— nessun esito —",
};

pub static EN: Texts = Texts {
    heading: "Calculator",
    intro: "Try what happens if an indicator reaches another value or has another target, if a declared result changes, if an indicator or an objective weighs more or less, or if it is neutralised (left out of the calculation for causes outside the office's control): every score is computed again by the rules the document declares. It is a simulation: the document does not change. The edits stay in the page's address: the link reproduces the simulation. The command «cruscotto score FILE --modifica» makes the same calculation.",
    link: "Simulate with the calculator",
    simulated: "simulated",
    overall_document: "Document's overall score",
    overall_simulated: "Simulated overall score",
    choose_heading: "Edit an objective",
    choose_label: "Objective",
    choose_none: "— choose an objective —",
    choose_hint: "Type a value (for instance 80, 1.234,5 or 95 %) and press Enter or move to the next field: the scores are updated.",
    objective_document: "Objective's score in the document",
    objective_simulated: "Objective's simulated score",
    weight_label: "Objective's weight",
    result_label: "Objective's declared result (%)",
    neutralise_label: "Neutralise the objective (left out of the calculation, the others' weights re-proportioned)",
    reason_label: "Reason of the neutralisation",
    reason_default: "Cause outside the office's control (simulation)",
    in_document: "In the document:",
    achievement: "achievement",
    no_indicators: "This objective has no indicators of its own.",
    changes_heading: "What changed",
    no_changes: "No edits: the scores are the document's.",
    overall: "Overall",
    reset: "Undo every edit",
    address_error: "The edits written in the address cannot all be applied:",
    changed_heading: "Objectives whose score changes",
    col_objective: "Objective",
    col_document: "Document",
    col_simulated: "Simulated",
    none: "—",
    no_outcome: "— no result —",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The page's title alone: the first load names every view in the browser's
/// tab, and this keeps the rest of these texts out of it.
pub fn heading(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "Calcolatore",
        Lang::En => "Calculator",
    }
}

/// The label of a field of indicator `name` (`range`: its target is a
/// range, written `min..max`).
pub fn field_label(lang: Lang, field: Field, name: &str, range: bool) -> String {
    match (field, lang) {
        (Field::Final, Lang::It) => format!("Valore finale di «{name}»"),
        (Field::Final, Lang::En) => format!("Final value of «{name}»"),
        (Field::Target, Lang::It) if range => {
            format!("Target di «{name}» (intervallo: minimo..massimo, ad esempio 10..20)")
        }
        (Field::Target, Lang::En) if range => {
            format!("Target of «{name}» (range: minimum..maximum, for instance 10..20)")
        }
        (Field::Target, Lang::It) => format!("Target di «{name}»"),
        (Field::Target, Lang::En) => format!("Target of «{name}»"),
        (Field::IndicatorWeight, Lang::It) => format!("Peso di «{name}»"),
        (Field::IndicatorWeight, Lang::En) => format!("Weight of «{name}»"),
        (Field::IndicatorResult, Lang::It) => format!("Percentuale dichiarata di «{name}» (%)"),
        (Field::IndicatorResult, Lang::En) => format!("Stated percentage of «{name}» (%)"),
        (Field::Outcome, Lang::It) => format!("Esito dichiarato di «{name}»"),
        (Field::Outcome, Lang::En) => format!("Declared result of «{name}»"),
        (_, Lang::It) => format!("Neutralizza «{name}» (escluso dal calcolo, i pesi degli altri si ripartiscono)"),
        (_, Lang::En) => format!("Neutralise «{name}» (left out of the calculation, the others' weights re-proportioned)"),
    }
}

/// The label of the reason of indicator `name`'s neutralisation.
pub fn reason_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::It => format!("Motivo della neutralizzazione di «{name}»"),
        Lang::En => format!("Reason of the neutralisation of «{name}»"),
    }
}

/// What the live region says after an edit.
pub fn announce(lang: Lang, overall: &str) -> String {
    match lang {
        Lang::It => format!("Punteggio complessivo simulato: {overall}"),
        Lang::En => format!("Simulated overall score: {overall}"),
    }
}
