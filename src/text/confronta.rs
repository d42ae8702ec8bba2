//! Texts of the comparison of two documents (`#/confronta`). The sentences
//! of the differences themselves are the core's (`cruscotto_core::messages`,
//! the same `cruscotto diff` prints).

use cruscotto_core::diff::DocSummary;
use cruscotto_core::Lang;

use super::common::document_kind;

/// Comparison texts.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub link: &'static str,
    pub a_label: &'static str,
    pub choose_heading: &'static str,
    pub choose_demos: &'static str,
    pub choose_local: &'static str,
    pub local_button: &'static str,
    pub local_hint: &'static str,
    pub choose_url: &'static str,
    pub url_label: &'static str,
    pub url_button: &'static str,
    pub nothing_chosen: &'static str,
    pub loading: &'static str,
    pub error_intro: &'static str,
    pub result_heading: &'static str,
    pub overall: &'static str,
    pub rule: &'static str,
    pub ambiguous_heading: &'static str,
    pub no_differences: &'static str,
    pub added_heading: &'static str,
    pub removed_heading: &'static str,
    pub changed_heading: &'static str,
    pub budget_heading: &'static str,
    pub table_added: &'static str,
    pub table_removed: &'static str,
    pub row_added: &'static str,
    pub row_removed: &'static str,
    pub col_item: &'static str,
    pub col_column: &'static str,
    pub col_difference: &'static str,
    pub none: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Confronta due documenti",
    intro: "Il documento aperto è A; scegli il documento B, per esempio la Relazione dello stesso anno o il Piano di un altro anno. Gli obiettivi sono abbinati per codice: vedi quelli aggiunti, tolti, rinominati o spostati, i pesi, le scadenze e i target cambiati, gli indicatori ridefiniti, i punteggi e gli importi. Gli stessi risultati li dà il comando «cruscotto diff A B».",
    link: "Confronta con un altro documento",
    a_label: "Documento A (aperto)",
    choose_heading: "Documento B",
    choose_demos: "Un documento di esempio",
    choose_local: "Un file del tuo computer",
    local_button: "Scegli il file JSON di B",
    local_hint: "Il file è letto in questa pagina: non viene inviato a nessuno.",
    choose_url: "Un file pubblicato",
    url_label: "Indirizzo del file JSON di B",
    url_button: "Confronta",
    nothing_chosen: "Scegli il documento B per vedere le differenze.",
    loading: "Caricamento del documento B…",
    error_intro: "Il documento B non si può confrontare:",
    result_heading: "Differenze tra A e B",
    overall: "Punteggio complessivo:",
    rule: "Come sono abbinati: gli obiettivi per codice, poi per id, poi per titolo (senza badare a maiuscole, accenti e punteggiatura); un codice usato da più obiettivi non serve per abbinarli. Gli indicatori sono abbinati per id, poi per nome; le voci di bilancio per tabella, poi per id, codice o descrizione. Le differenze sono B − A.",
    ambiguous_heading: "Codici ambigui",
    no_differences: "I due documenti non hanno differenze negli obiettivi, negli indicatori e nel bilancio.",
    added_heading: "Obiettivi aggiunti (solo in B)",
    removed_heading: "Obiettivi tolti (solo in A)",
    changed_heading: "Obiettivi cambiati",
    budget_heading: "Bilancio",
    table_added: "tabella aggiunta",
    table_removed: "tabella tolta",
    row_added: "voce aggiunta",
    row_removed: "voce tolta",
    col_item: "Voce",
    col_column: "Colonna",
    col_difference: "Differenza (B − A)",
    none: "—",
};

pub static EN: Texts = Texts {
    heading: "Compare two documents",
    intro: "The open document is A; choose document B, for example the report of the same year or the plan of another year. Objectives are matched by code: see those added, removed, renamed or moved, the weights, deadlines and targets changed, the indicators redefined, the scores and the amounts. The command «cruscotto diff A B» gives the same results.",
    link: "Compare with another document",
    a_label: "Document A (open)",
    choose_heading: "Document B",
    choose_demos: "A sample document",
    choose_local: "A file on your computer",
    local_button: "Choose B's JSON file",
    local_hint: "The file is read in this page: it is not sent to anyone.",
    choose_url: "A published file",
    url_label: "Address of B's JSON file",
    url_button: "Compare",
    nothing_chosen: "Choose document B to see the differences.",
    loading: "Loading document B…",
    error_intro: "Document B cannot be compared:",
    result_heading: "Differences between A and B",
    overall: "Overall score:",
    rule: "How they are matched: objectives by code, then by id, then by title (ignoring case, accents and punctuation); a code used by several objectives is not used to match them. Indicators are matched by id, then by name; budget rows by table, then by id, code or label. Differences are B − A.",
    ambiguous_heading: "Ambiguous codes",
    no_differences: "The two documents have no differences in objectives, indicators or budget.",
    added_heading: "Objectives added (only in B)",
    removed_heading: "Objectives removed (only in A)",
    changed_heading: "Objectives changed",
    budget_heading: "Budget",
    table_added: "table added",
    table_removed: "table removed",
    row_added: "row added",
    row_removed: "row removed",
    col_item: "Item",
    col_column: "Column",
    col_difference: "Difference (B − A)",
    none: "—",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// A document in one line: `«title» (Lucca, Performance report 2021): 40 objectives, 80 indicators`.
pub fn summary(lang: Lang, s: &DocSummary) -> String {
    let kind = document_kind(lang, s.kind);
    match lang {
        Lang::It => format!(
            "«{}» ({}, {kind} {}): {} obiettivi, {} indicatori",
            s.title, s.municipality, s.year, s.objectives, s.indicators
        ),
        Lang::En => format!(
            "«{}» ({}, {kind} {}): {} objectives, {} indicators",
            s.title, s.municipality, s.year, s.objectives, s.indicators
        ),
    }
}

/// A document with errors: the comparison may be incomplete.
pub fn errors_warning(lang: Lang, which: &str, errors: usize) -> String {
    let one = errors == 1;
    match lang {
        Lang::It => format!(
            "Il documento {which} ha {errors} {}: il confronto può essere incompleto.",
            if one { "errore" } else { "errori" }
        ),
        Lang::En => format!(
            "Document {which} has {errors} {}: the comparison may be incomplete.",
            if one { "error" } else { "errors" }
        ),
    }
}
