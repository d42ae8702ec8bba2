//! Texts of the document chooser (`#/documenti`: the sample documents, a
//! local file or spreadsheet, a published document's address) and of the
//! banner above a plan converted from a spreadsheet, apart from the
//! shell's ([`super::common`]) so that the first load, which draws neither,
//! does not carry them.

use cruscotto_core::Lang;

/// The chooser's texts.
pub struct Texts {
    pub docs_intro: &'static str,
    pub docs_demos: &'static str,
    pub docs_loading_list: &'static str,
    pub docs_empty: &'static str,
    pub docs_local_heading: &'static str,
    pub docs_local_intro: &'static str,
    pub docs_local_button: &'static str,
    pub docs_drop_here: &'static str,
    pub docs_url_heading: &'static str,
    pub docs_url_intro: &'static str,
    pub error_index_heading: &'static str,
    pub docs_sheet_intro: &'static str,
    pub docs_template_link: &'static str,
    pub docs_examples_label: &'static str,
    pub import_heading: &'static str,
    pub import_intro: &'static str,
    pub import_download: &'static str,
    pub import_problems: &'static str,
    pub import_none: &'static str,
}

pub static IT: Texts = Texts {
    docs_intro: "Il cruscotto mostra il piano o la relazione sulla performance di un Comune: obiettivi, risultati, uffici e risorse.",
    docs_demos: "Documenti di esempio",
    docs_loading_list: "Caricamento dell'elenco dei documenti…",
    docs_empty: "Nessun documento di esempio disponibile.",
    docs_local_heading: "Anteprima di un file locale",
    docs_local_intro: "Per chi pubblica: apri un file cruscotto/1 (JSON) oppure il modello compilato (LibreOffice .ods, Excel .xlsx o .xls, o tutti i file CSV del modello insieme) dal tuo computer per controllarlo prima di pubblicarlo. Il file resta sul tuo computer: non viene caricato da nessuna parte.",
    docs_local_button: "Scegli un file (JSON, Excel o CSV)",
    docs_drop_here: "oppure trascinalo qui",
    docs_url_heading: "Un documento pubblicato",
    docs_url_intro: "Per aprire un file pubblicato altrove aggiungi all'indirizzo di questa pagina ?src= seguito dall'indirizzo del file.",
    error_index_heading: "L'elenco dei documenti non può essere letto",
    docs_sheet_intro: "Non hai ancora il file? Compila il modello con Excel o LibreOffice e aprilo qui: il cruscotto lo controlla e lo converte in JSON.",
    docs_template_link: "Scarica il modello da compilare (Excel)",
    docs_examples_label: "Esempi compilati",
    import_heading: "Piano convertito da un foglio di calcolo",
    import_intro: "Il foglio è stato letto e convertito nel formato cruscotto/1, lo stesso file che scrive il comando cruscotto import.",
    import_download: "Scarica il piano in formato JSON",
    import_problems: "Problemi trovati nel foglio, con foglio, riga e colonna:",
    import_none: "Nessun problema trovato nel foglio.",
};

pub static EN: Texts = Texts {
    docs_intro: "The dashboard shows a municipality's performance plan or report: objectives, results, offices and resources.",
    docs_demos: "Sample documents",
    docs_loading_list: "Loading the list of documents…",
    docs_empty: "No sample documents available.",
    docs_local_heading: "Preview a local file",
    docs_local_intro: "For publishers: open a cruscotto/1 file (JSON) or the filled template (LibreOffice .ods, Excel .xlsx or .xls, or all the template's CSV files together) from your computer to check it before publishing. The file stays on your computer: nothing is uploaded.",
    docs_local_button: "Choose a file (JSON, Excel or CSV)",
    docs_drop_here: "or drop it here",
    docs_url_heading: "A published document",
    docs_url_intro: "To open a file published elsewhere, add ?src= and the file's address to this page's address.",
    error_index_heading: "The list of documents cannot be read",
    docs_sheet_intro: "No file yet? Fill in the template with Excel or LibreOffice and open it here: the dashboard checks it and converts it to JSON.",
    docs_template_link: "Download the template to fill (Excel)",
    docs_examples_label: "Filled examples",
    import_heading: "Plan converted from a spreadsheet",
    import_intro: "The spreadsheet was read and converted to the cruscotto/1 format, the same file the cruscotto import command writes.",
    import_download: "Download the plan as JSON",
    import_problems: "Problems found in the spreadsheet, with sheet, row and column:",
    import_none: "No problem found in the spreadsheet.",
};

/// The chooser's texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}
