//! Texts of the page tools: cite (copy the link) and print.

use cruscotto_core::Lang;

/// Page tools texts.
pub struct Texts {
    pub label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub local_file: &'static str,
    pub print: &'static str,
    pub printed_from: &'static str,
    pub printed_on: &'static str,
    pub source: &'static str,
    pub download: &'static str,
    /// The first load's one download button (it loads the downloads).
    pub download_later: &'static str,
    pub whole_link: &'static str,
    pub whole_heading: &'static str,
    pub whole_intro: &'static str,
}

pub static IT: Texts = Texts {
    label: "Strumenti della pagina",
    copy_link: "Copia il link a questa pagina",
    copied: "Link copiato: chi lo apre vede questa stessa pagina.",
    copy_failed: "Il browser non permette di copiare: copia l'indirizzo dalla barra del browser.",
    local_file: "Il documento è un file del tuo computer: il link copiato non lo apre per altri.",
    print: "Stampa",
    printed_from: "Pagina",
    printed_on: "stampata il",
    source: "Documento originale",
    download: "Scarica la tabella",
    download_later: "Scarica la tabella (CSV, JSON)",
    whole_link: "Tutto il documento, da stampare",
    whole_heading: "Il documento completo",
    whole_intro: "Tutti gli obiettivi del documento, nell'ordine del documento, ciascuno con i suoi dati, indicatori, risultati, costi e verifiche: pronti da stampare o da salvare in PDF con il pulsante «Stampa».",
};

pub static EN: Texts = Texts {
    label: "Page tools",
    copy_link: "Copy the link to this page",
    copied: "Link copied: whoever opens it sees this same page.",
    copy_failed: "The browser does not allow copying: copy the address from the browser's bar.",
    local_file:
        "The document is a file on your computer: the copied link does not open it for others.",
    print: "Print",
    printed_from: "Page",
    printed_on: "printed on",
    source: "Original document",
    download: "Download the table",
    download_later: "Download the table (CSV, JSON)",
    whole_link: "The whole document, to print",
    whole_heading: "The whole document",
    whole_intro: "Every objective of the document, in the document's order, each with its facts, indicators, results, costs and checks: ready to print or to save as PDF with the «Print» button.",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The whole document while it is being drawn, and once it is.
pub fn whole_progress(lang: Lang, done: usize, total: usize) -> String {
    let n = |x: usize| cruscotto_core::it::number(rust_decimal::Decimal::from(x), 0);
    let (d, n) = (n(done), n(total));
    match (lang, done == total) {
        (Lang::It, false) => format!("Preparazione del documento: {d} obiettivi su {n}…"),
        (Lang::It, true) => format!("Documento completo: {n} obiettivi."),
        (Lang::En, false) => format!("Preparing the document: {d} of {n} objectives…"),
        (Lang::En, true) => format!("Whole document: {n} objectives."),
    }
}
