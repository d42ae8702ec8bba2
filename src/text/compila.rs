//! Texts of the "Compila i risultati" panel of the calculator: a Piano
//! filled in with the values typed in the calculator, downloaded as a
//! Relazione or a Monitoraggio. Why a document cannot be filled in is the
//! core's sentence (`FillError::message`, the one `cruscotto compila` says).

use cruscotto_core::Lang;

/// Panel texts.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub kind_legend: &'static str,
    pub relazione: &'static str,
    pub monitoraggio: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub json: &'static str,
    pub xlsx: &'static str,
    pub working: &'static str,
    pub not_valid: &'static str,
    pub no_workbook: &'static str,
    pub cli: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Compila i risultati",
    intro: "Su un Piano i campi del calcolatore servono anche a scrivere i risultati: i valori finali degli indicatori, i risultati dichiarati degli obiettivi, le neutralizzazioni. Scegli il tipo di documento e la sua data, poi scarica il documento compilato (il file cruscotto/1 da pubblicare con «cruscotto publish») o il modello compilato da aprire con un foglio di calcolo. Nulla viene inviato: i file sono scritti nel browser.",
    kind_legend: "Tipo di documento",
    relazione: "Relazione sulla Performance",
    monitoraggio: "Monitoraggio intermedio",
    date_label: "Data del documento",
    date_hint: "La data a cui si riferiscono i risultati (le scadenze sono giudicate a questa data).",
    json: "Scarica il documento compilato (JSON)",
    xlsx: "Scarica il modello compilato (.xlsx)",
    working: "Scrittura del foglio di calcolo in corso…",
    not_valid: "Il documento compilato non supera le verifiche, quindi non è scaricato. Il primo problema:",
    no_workbook: "Il foglio di calcolo non si è potuto scrivere.",
    cli: "Lo stesso documento lo scrive il comando «cruscotto compila FILE --tipo relazione --data AAAA-MM-GG --modifica … -o FILE».",
};

pub static EN: Texts = Texts {
    heading: "Fill in the results",
    intro: "On a Piano the calculator's fields also serve to write the results: the indicators' final values, the objectives' declared results, the neutralisations. Choose the kind of document and its date, then download the filled-in document (the cruscotto/1 file to publish with «cruscotto publish») or the filled template to open in a spreadsheet. Nothing is sent: the files are written in the browser.",
    kind_legend: "Kind of document",
    relazione: "Relazione sulla Performance (report)",
    monitoraggio: "Monitoraggio (interim monitoring)",
    date_label: "Date of the document",
    date_hint: "The date the results refer to (deadlines are judged at this date).",
    json: "Download the filled-in document (JSON)",
    xlsx: "Download the filled template (.xlsx)",
    working: "Writing the spreadsheet…",
    not_valid: "The filled-in document does not pass the checks, so it is not downloaded. The first problem:",
    no_workbook: "The spreadsheet could not be written.",
    cli: "The command «cruscotto compila FILE --tipo relazione --data YYYY-MM-DD --modifica … -o FILE» writes the same document.",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// How many edits the document will carry.
pub fn edits(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::It, 0) => {
            "Nessun valore scritto nel calcolatore: il documento avrà i valori del Piano.".into()
        }
        (Lang::It, 1) => "Sarà scritta 1 modifica fatta nel calcolatore.".into(),
        (Lang::It, n) => format!("Saranno scritte {n} modifiche fatte nel calcolatore."),
        (Lang::En, 0) => {
            "No value written in the calculator: the document will have the Piano's values.".into()
        }
        (Lang::En, 1) => "1 edit made in the calculator will be written.".into(),
        (Lang::En, n) => format!("{n} edits made in the calculator will be written."),
    }
}

/// A field of the plan that no column of the template holds.
pub fn no_column(lang: Lang, path: &str) -> String {
    match lang {
        Lang::It => format!("Il foglio di calcolo non si è potuto scrivere: il campo {path} non ha una colonna nel modello. Scarichi il documento JSON."),
        Lang::En => format!("The spreadsheet could not be written: the field {path} has no column in the template. Download the JSON document."),
    }
}

/// What the live region says after a download.
pub fn saved(lang: Lang, name: &str) -> String {
    match lang {
        Lang::It => format!("Scaricato «{name}»."),
        Lang::En => format!("Downloaded «{name}»."),
    }
}
