//! Everything the reader sees, in one place. Keys are prefixed by the
//! component that shows them. Italian only for now; English will come as a
//! second table with the same keys.

pub const APP_TITLE: &str = "Cruscotto della performance";
pub const APP_TAGLINE: &str =
    "Il piano e la relazione sulla performance di un Comune, leggibili da tutti.";
pub const APP_SKIP_LINK: &str = "Vai al contenuto";
pub const APP_FOOTER_SCHEMA: &str = "Schema JSON del formato cruscotto/1";
pub const APP_FOOTER_NOTE: &str =
    "I documenti sono letti e calcolati nel browser: nessun dato viene inviato altrove.";

pub const LIST_HEADING: &str = "Documenti di esempio";
pub const LIST_LOADING: &str = "Caricamento dell'elenco dei documenti…";
pub const LIST_EMPTY: &str = "Nessun documento di esempio disponibile.";

pub const SUMMARY_HINT: &str = "Scegli un documento dall'elenco per vederne il riepilogo.";
pub const SUMMARY_LOADING: &str = "Caricamento del documento…";
pub const SUMMARY_MUNICIPALITY_PREFIX: &str = "Comune di";
pub const SUMMARY_KIND: &str = "Tipo di documento";
pub const SUMMARY_PERIOD: &str = "Periodo";
pub const SUMMARY_APPROVAL: &str = "Atto di approvazione";
pub const SUMMARY_APPROVAL_NONE: &str = "non indicato";
pub const SUMMARY_SCORE: &str = "Punteggio complessivo";
pub const SUMMARY_SCORE_NONE: &str = "non calcolabile con i dati del documento";
pub const SUMMARY_CHECKS: &str = "Controlli sul documento";
pub const SUMMARY_SOURCE: &str = "File";

pub const ERROR_HEADING: &str = "Il documento non può essere letto";
pub const ERROR_INDEX_HEADING: &str = "L'elenco dei documenti non può essere letto";
pub const ERROR_FILE: &str = "File";

/// "3 errori, 1 avviso": counts of the checks' findings, with Italian plurals.
pub fn summary_checks(errors: usize, warnings: usize) -> String {
    let e = if errors == 1 { "errore" } else { "errori" };
    let w = if warnings == 1 { "avviso" } else { "avvisi" };
    format!("{errors} {e}, {warnings} {w}")
}

/// What kind of document this is, as a reader calls it.
pub fn document_kind(kind: cruscotto_core::DocumentKind) -> &'static str {
    use cruscotto_core::DocumentKind as K;
    match kind {
        K::Piano => "Piano della performance",
        K::Relazione => "Relazione sulla performance",
        K::Monitoraggio => "Monitoraggio intermedio",
        K::Piao => "PIAO, sezione Performance",
    }
}

/// The act's name from the body that adopted it.
pub fn approval_act(body: cruscotto_core::ApprovalBody) -> &'static str {
    use cruscotto_core::ApprovalBody as B;
    match body {
        B::Giunta => "Delibera della Giunta comunale",
        B::Consiglio => "Delibera del Consiglio comunale",
        B::Sindaco => "Decreto del Sindaco",
        B::Dirigente => "Determinazione dirigenziale",
        B::Nucleo => "Atto del Nucleo di valutazione",
        B::Altro => "Atto",
    }
}

/// Loading errors (see [`crate::load::LoadError`]).
pub fn load_network(url: &str) -> String {
    format!(
        "Il file «{url}» non è stato scaricato: il collegamento non ha risposto. \
         Controlla l'indirizzo e la connessione, poi riprova."
    )
}

pub fn load_status(url: &str, status: u16) -> String {
    let why = match status {
        404 => "non esiste a questo indirizzo",
        401 | 403 => "non è accessibile (accesso negato)",
        500..=599 => "non è disponibile per un errore del server",
        _ => "non è stato restituito dal server",
    };
    format!("Il file «{url}» {why} (codice HTTP {status}). Controlla l'indirizzo e riprova.")
}

pub fn load_index(url: &str) -> String {
    format!(
        "L'elenco «{url}» non è un elenco di documenti valido. \
         Deve essere un array JSON di oggetti con i campi file, municipality, title, kind e year."
    )
}
