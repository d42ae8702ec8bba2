//! Texts of the app's shell (header, navigation, footer, chooser, loading,
//! errors) and the names of the format's values.

use cruscotto_core::{
    Comparator, DocumentKind, IndicatorKind, Lang, ObjectiveKind, Severity, Status, UnitKind,
};

/// Shell texts.
pub struct Texts {
    pub app_title: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    /// The menu button of the navigation on narrow screens.
    pub nav_menu: &'static str,
    pub nav_sintesi: &'static str,
    pub nav_obiettivi: &'static str,
    pub nav_uffici: &'static str,
    pub nav_risorse: &'static str,
    pub nav_verifiche: &'static str,
    pub nav_glossario: &'static str,
    pub nav_documents: &'static str,
    pub nav_cerca: &'static str,
    pub lang_label: &'static str,
    pub lang_other: &'static str,
    pub lang_other_code: &'static str,
    pub footer_privacy: &'static str,
    pub footer_schema: &'static str,
    pub footer_source: &'static str,
    pub docs_heading: &'static str,
    pub loading: &'static str,
    pub error_heading: &'static str,
    pub error_intro: &'static str,
    pub error_again: &'static str,
    pub errors_banner: &'static str,
    pub errors_banner_link: &'static str,
    pub not_found_objective: &'static str,
    pub none: &'static str,
    pub published: &'static str,
    pub local_file: &'static str,
    pub file_label: &'static str,
    pub bytes_unit: &'static str,
    pub breadcrumb_label: &'static str,
    pub fingerprint_label: &'static str,
    pub fingerprint_unavailable: &'static str,
    pub manifest_ok: &'static str,
    pub manifest_mismatch: &'static str,
}

pub static IT: Texts = Texts {
    app_title: "Cruscotto della performance",
    skip_link: "Vai al contenuto",
    nav_label: "Sezioni del documento",
    nav_menu: "Sezioni",
    nav_sintesi: "Sintesi",
    nav_obiettivi: "Obiettivi",
    nav_uffici: "Uffici",
    nav_risorse: "Risorse",
    nav_verifiche: "Verifiche",
    nav_glossario: "Glossario",
    nav_documents: "Cambia documento",
    nav_cerca: "Cerca",
    lang_label: "Lingua",
    lang_other: "English",
    lang_other_code: "en",
    footer_privacy: "Il documento è letto e calcolato nel tuo browser: nessun dato viene inviato altrove, nessun cookie.",
    footer_schema: "Formato dei dati (schema JSON cruscotto/1)",
    footer_source: "Documento originale",
    docs_heading: "Scegli un documento",
    loading: "Caricamento del documento…",
    error_heading: "Il documento non può essere letto",
    error_intro: "Ecco che cosa non va, con il punto del file in cui si trova:",
    error_again: "Scegli un altro documento",
    errors_banner: "Questo file contiene errori: alcuni numeri potrebbero non essere affidabili.",
    errors_banner_link: "Vedi le verifiche",
    not_found_objective: "Questo obiettivo non esiste nel documento.",
    none: "—",
    published: "pubblicato",
    local_file: "file locale",
    file_label: "File letto",
    bytes_unit: "KB",
    breadcrumb_label: "Percorso",
    fingerprint_label: "Impronta SHA-256 del file del piano",
    fingerprint_unavailable: "Impronta SHA-256 non calcolabile: il browser la calcola solo nelle pagine servite in modo sicuro (https).",
    manifest_ok: "Corrisponde all'impronta dichiarata nel manifesto di pubblicazione: è il documento pubblicato.",
    manifest_mismatch: "Non corrisponde all'impronta dichiarata nel manifesto di pubblicazione: questo non è il file pubblicato. Impronta attesa:",
};

pub static EN: Texts = Texts {
    app_title: "Performance dashboard",
    skip_link: "Skip to content",
    nav_label: "Document sections",
    nav_menu: "Sections",
    nav_sintesi: "Overview",
    nav_obiettivi: "Objectives",
    nav_uffici: "Offices",
    nav_risorse: "Resources",
    nav_verifiche: "Checks",
    nav_glossario: "Glossary",
    nav_documents: "Change document",
    nav_cerca: "Search",
    lang_label: "Language",
    lang_other: "Italiano",
    lang_other_code: "it",
    footer_privacy: "The document is read and computed in your browser: no data is sent anywhere, no cookies.",
    footer_schema: "Data format (cruscotto/1 JSON schema)",
    footer_source: "Original document",
    docs_heading: "Choose a document",
    loading: "Loading the document…",
    error_heading: "The document cannot be read",
    error_intro: "This is what is wrong, and where in the file:",
    error_again: "Choose another document",
    errors_banner: "This file contains errors: some figures may not be reliable.",
    errors_banner_link: "See the checks",
    not_found_objective: "This objective does not exist in the document.",
    none: "—",
    published: "published",
    local_file: "local file",
    file_label: "File read",
    bytes_unit: "KB",
    breadcrumb_label: "Breadcrumb",
    fingerprint_label: "SHA-256 fingerprint of the plan file",
    fingerprint_unavailable: "SHA-256 fingerprint not available: the browser computes it only on pages served securely (https).",
    manifest_ok: "It matches the fingerprint declared in the publication manifest: this is the published document.",
    manifest_mismatch: "It does not match the fingerprint declared in the publication manifest: this is not the published file. Expected fingerprint:",
};

/// The shell texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The Italian or the English of a short text.
pub(crate) fn pick(lang: Lang, it: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::It {
        it
    } else {
        en
    }
}

/// "3 errori, 1 avviso".
pub fn checks_count(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::It => format!(
            "{errors} {}, {warnings} {}",
            if errors == 1 { "errore" } else { "errori" },
            if warnings == 1 { "avviso" } else { "avvisi" }
        ),
        Lang::En => format!(
            "{errors} {}, {warnings} {}",
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" }
        ),
    }
}

/// Name of a kind of document.
pub fn document_kind(lang: Lang, k: DocumentKind) -> &'static str {
    match k {
        DocumentKind::Piano => pick(lang, "Piano della performance", "Performance plan"),
        DocumentKind::Relazione => pick(lang, "Relazione sulla performance", "Performance report"),
        DocumentKind::Monitoraggio => pick(lang, "Monitoraggio intermedio", "Mid-year monitoring"),
        DocumentKind::Piao => pick(
            lang,
            "PIAO, sezione Performance",
            "PIAO, performance section",
        ),
    }
}

/// "Delibera della Giunta comunale n. 124 del 31/05/2022" (the kit's
/// sentence, shared with the command line).
pub fn approval(lang: Lang, a: &cruscotto_core::Approval) -> String {
    cruscotto_kit::messages::approval(a, lang)
}

/// The import worker failed.
pub fn load_worker(lang: Lang) -> &'static str {
    pick(
        lang,
        "Il convertitore dei fogli di calcolo non si è avviato (manca il file cruscotto-import_loader.js accanto all'app?). Usi il comando cruscotto import, oppure ricarichi la pagina.",
        "The spreadsheet converter did not start (is cruscotto-import_loader.js missing next to the app?). Use the cruscotto import command, or reload the page.",
    )
}

/// Name of a status.
pub fn status(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Raggiunto => pick(lang, "raggiunto", "achieved"),
        Status::InCorso => pick(lang, "in corso", "in progress"),
        Status::Modificato => pick(lang, "modificato", "modified"),
        Status::Ritirato => pick(lang, "ritirato", "withdrawn"),
        Status::Nuovo => pick(lang, "nuovo", "new"),
        Status::NonRaggiunto => pick(lang, "non raggiunto", "not achieved"),
    }
}

/// Name of a kind of objective.
pub fn objective_kind(lang: Lang, k: ObjectiveKind) -> &'static str {
    match k {
        ObjectiveKind::Sviluppo => pick(lang, "sviluppo", "development"),
        ObjectiveKind::Mantenimento => pick(lang, "mantenimento", "maintenance"),
        ObjectiveKind::Processo => pick(lang, "processo", "process"),
        ObjectiveKind::Trasversale => pick(lang, "trasversale", "cross-cutting"),
    }
}

/// Name of a kind of indicator.
pub fn indicator_kind(lang: Lang, k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Attivita => pick(lang, "attività (0–5)", "activity (0–5)"),
        IndicatorKind::Efficienza => pick(lang, "efficienza", "efficiency"),
        IndicatorKind::Efficacia => pick(lang, "efficacia", "effectiveness"),
        IndicatorKind::Economicita => pick(lang, "economicità", "economy"),
        IndicatorKind::Quantitativo => pick(lang, "quantitativo", "quantitative"),
        IndicatorKind::Informativo => pick(
            lang,
            "dato informativo (non valutato)",
            "information only (not scored)",
        ),
    }
}

/// A comparator in words.
pub fn comparator(lang: Lang, c: Comparator) -> &'static str {
    match c {
        Comparator::AtLeast => pick(lang, "almeno", "at least"),
        Comparator::AtMost => pick(lang, "al massimo", "at most"),
        Comparator::Equal => pick(lang, "esattamente", "exactly"),
        Comparator::Range => pick(lang, "tra", "between"),
    }
}

/// Name of a kind of unit.
pub fn unit_kind(lang: Lang, k: UnitKind) -> &'static str {
    match k {
        UnitKind::Ente => pick(lang, "ente", "whole municipality"),
        UnitKind::Settore => pick(lang, "settore", "department"),
        UnitKind::Area => pick(lang, "area", "area"),
        UnitKind::Staff => pick(lang, "servizio di staff", "staff office"),
        UnitKind::Servizio => pick(lang, "servizio", "service"),
        UnitKind::Unita => pick(lang, "unità organizzativa", "organisational unit"),
        UnitKind::Ufficio => pick(lang, "ufficio", "office"),
        UnitKind::Altro => pick(lang, "altro", "other"),
    }
}

/// Name of a severity.
pub fn severity(lang: Lang, s: Severity) -> &'static str {
    match s {
        Severity::Error => pick(lang, "Errore", "Error"),
        Severity::Warning => pick(lang, "Avviso", "Warning"),
        Severity::Info => pick(lang, "Nota", "Note"),
    }
}

/// Loading errors.
pub fn load_network(lang: Lang, url: &str) -> String {
    match lang {
        Lang::It => format!("Il file «{url}» non è stato scaricato: il collegamento non ha risposto, oppure il sito che lo ospita non ne permette la lettura da questa pagina (CORS). Controlla l'indirizzo e la connessione, poi riprova."),
        Lang::En => format!("The file «{url}» could not be downloaded: the connection failed, or its site does not allow this page to read it (CORS). Check the address and the connection, then try again."),
    }
}

/// The server answered with an error status.
pub fn load_status(lang: Lang, url: &str, status: u16) -> String {
    let why = match (status, lang) {
        (404, Lang::It) => "non esiste a questo indirizzo",
        (401 | 403, Lang::It) => "non è accessibile (accesso negato)",
        (500..=599, Lang::It) => "non è disponibile per un errore del server",
        (_, Lang::It) => "non è stato restituito dal server",
        (404, Lang::En) => "does not exist at this address",
        (401 | 403, Lang::En) => "is not accessible (access denied)",
        (500..=599, Lang::En) => "is unavailable because of a server error",
        (_, Lang::En) => "was not returned by the server",
    };
    match lang {
        Lang::It => format!(
            "Il file «{url}» {why} (codice HTTP {status}). Controlla l'indirizzo e riprova."
        ),
        Lang::En => format!(
            "The file «{url}» {why} (HTTP status {status}). Check the address and try again."
        ),
    }
}

/// The demo list is not what it should be.
pub fn load_index(lang: Lang, url: &str) -> String {
    match lang {
        Lang::It => format!("L'elenco «{url}» non è un elenco di documenti valido: deve essere un array JSON di oggetti con i campi file, municipality, title, kind e year."),
        Lang::En => format!("The list «{url}» is not a valid list of documents: it must be a JSON array of objects with the fields file, municipality, title, kind and year."),
    }
}

/// A local file that could not be read.
pub fn load_local(lang: Lang, name: &str) -> String {
    match lang {
        Lang::It => format!("Il file «{name}» non si può leggere dal tuo computer. Riprova, oppure controlla che sia un file e non una cartella."),
        Lang::En => format!("The file «{name}» cannot be read from your computer. Try again, or check that it is a file and not a folder."),
    }
}

/// While the views beyond the overview load (the first time one is opened).
pub fn loading_full(lang: Lang) -> &'static str {
    pick(lang, "Caricamento della vista…", "Loading the view…")
}

/// The heading when the full build did not load.
pub fn full_failed_heading(lang: Lang) -> &'static str {
    pick(
        lang,
        "Questa vista non è disponibile",
        "This view is not available",
    )
}

/// The full build (every view beyond the overview) did not load.
pub fn load_full(lang: Lang) -> &'static str {
    pick(
        lang,
        "Questa vista non è stata caricata: i file dell'applicazione (cruscotto-full) non sono raggiungibili o non corrispondono alla loro impronta (Subresource Integrity). Controlla la connessione e ricarica la pagina; la sintesi resta consultabile.",
        "This view could not be loaded: the app's files (cruscotto-full) cannot be reached or do not match their digest (Subresource Integrity). Check the connection and reload the page; the overview is still available.",
    )
}
