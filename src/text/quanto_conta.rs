//! Texts of "Quanto conta" (`#/calcolatore/quanto-conta`): how much each
//! objective moves the overall score. The figures are the core's
//! (`cruscotto_core::simulate::sensitivity`), the ones `cruscotto score
//! --quanto-conta` prints.

use cruscotto_core::Lang;

/// "Quanto conta" texts.
pub struct Texts {
    pub intro: &'static str,
    pub link: &'static str,
    pub back: &'static str,
    pub overall: &'static str,
    pub simulated: &'static str,
    pub caption: &'static str,
    pub col_objective: &'static str,
    pub col_score: &'static str,
    pub col_zero: &'static str,
    pub col_hundred: &'static str,
    pub col_spread: &'static str,
    pub none: &'static str,
    pub nothing: &'static str,
    pub address_error: &'static str,
    pub show_fewer: &'static str,
}

pub static IT: Texts = Texts {
    intro: "Di quanto cambierebbe il punteggio complessivo se un obiettivo raggiungesse lo 0 % o il 100 %, tutto il resto invariato, con le regole di calcolo dichiarate dal documento: la barra più lunga è l'obiettivo che pesa di più sul risultato. Lo stesso calcolo lo fa il comando «cruscotto score FILE --quanto-conta».",
    link: "Quanto conta ogni obiettivo",
    back: "Torna al calcolatore",
    overall: "Punteggio complessivo",
    simulated: "simulato",
    caption: "Quanto conta ogni obiettivo: il punteggio complessivo con l'obiettivo a 0 % e a 100 %, dal più influente",
    col_objective: "Obiettivo",
    col_score: "Punteggio dell'obiettivo",
    col_zero: "Complessivo con l'obiettivo a 0 %",
    col_hundred: "Complessivo con l'obiettivo a 100 %",
    col_spread: "Quanto conta (punti)",
    none: "—",
    nothing: "Nessun obiettivo ha un punteggio: non c'è nulla da confrontare.",
    address_error: "Le modifiche scritte nell'indirizzo non si possono applicare tutte:",
    show_fewer: "Mostra solo i primi",
};

pub static EN: Texts = Texts {
    intro: "How much the overall score would change if an objective reached 0 % or 100 %, everything else unchanged, by the scoring rules the document declares: the longest bar is the objective that weighs most on the result. The command «cruscotto score FILE --quanto-conta» makes the same calculation.",
    link: "How much each objective counts",
    back: "Back to the calculator",
    overall: "Overall score",
    simulated: "simulated",
    caption: "How much each objective counts: the overall score with the objective at 0 % and at 100 %, largest first",
    col_objective: "Objective",
    col_score: "Objective's score",
    col_zero: "Overall with the objective at 0 %",
    col_hundred: "Overall with the objective at 100 %",
    col_spread: "How much it counts (points)",
    none: "—",
    nothing: "No objective has a score: there is nothing to compare.",
    address_error: "The edits written in the address cannot all be applied:",
    show_fewer: "Show only the first",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The page's title alone: the first load names every view in the
/// browser's tab, and this keeps the rest of these texts out of it.
pub fn heading(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "Quanto conta ogni obiettivo",
        Lang::En => "How much each objective counts",
    }
}

/// A spread in points (`30,00 punti`).
pub fn points(lang: Lang, value: &str) -> String {
    match lang {
        Lang::It => format!("{value} punti"),
        Lang::En => format!("{value} points"),
    }
}

/// The button that shows every row.
pub fn show_all(lang: Lang, count: usize) -> String {
    match lang {
        Lang::It => format!("Mostra tutti i {count} obiettivi"),
        Lang::En => format!("Show all {count} objectives"),
    }
}

/// How many rows are shown of how many.
pub fn shown(lang: Lang, shown: usize, count: usize) -> String {
    match lang {
        Lang::It => format!("Sono mostrati i {shown} obiettivi che contano di più su {count}."),
        Lang::En => format!("The {shown} objectives that count most are shown, of {count}."),
    }
}

/// The text equivalent of the chart's first row.
pub fn summary(lang: Lang, title: &str, zero: &str, hundred: &str, spread: &str) -> String {
    match lang {
        Lang::It => format!(
            "Conta di più «{title}»: con l'obiettivo a 0 % il punteggio complessivo sarebbe {zero}, a 100 % {hundred} ({spread})."
        ),
        Lang::En => format!(
            "«{title}» counts most: with the objective at 0 % the overall score would be {zero}, at 100 % {hundred} ({spread})."
        ),
    }
}

/// The note of a simulated plan.
pub fn on_simulation(lang: Lang, edits: usize) -> String {
    match lang {
        Lang::It => format!("Calcolato sul piano simulato dal calcolatore ({edits} modifiche)."),
        Lang::En => format!("Computed on the plan simulated by the calculator ({edits} edits)."),
    }
}
