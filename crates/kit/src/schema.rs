//! **The one definition of the spreadsheet**: which sheets there are, their
//! columns (Italian header, the field of `cruscotto/1` it holds, its type,
//! its list of allowed values, its help text and an example).
//!
//! The template, the export, the import, the CSV folder and the instructions
//! sheet are all driven by [`SHEETS`]; nothing else names a sheet or a column.
//!
//! A column's `path` is the field's JSON path inside the sheet's item
//! (`municipality.name`, `target.comparator`); `@parent` is the id of the
//! item's parent (the objective an indicator belongs to, the upper unit …).

/// A value of a list: as written in the file, and as shown in the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The value in the `cruscotto/1` file.
    pub wire: &'static str,
    /// The value shown in the sheet (also accepted: the wire value).
    pub label: &'static str,
}

/// The type of a column's cells.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Free text, kept as written (spaces at both ends removed).
    Text,
    /// A description: text with the allowed HTML subset.
    Rich,
    /// Text that may be empty (an empty cell is an empty text, not a
    /// missing one: a column of a table without a header).
    MaybeEmpty,
    /// A code written with digits: a number typed in the cell is padded with
    /// zeros to `digits` (the ISTAT code `046017` typed as `46017`).
    Code {
        /// Length to pad to (0: no padding).
        digits: usize,
    },
    /// A budget missione: two digits (`04`); `4` and `04 – Istruzione` are read as `04`.
    Mission,
    /// A whole number.
    Int,
    /// An exact decimal. Numbers stored by the spreadsheet with binary noise
    /// (`5046.8999999999996`) are rounded to `decimals` when given.
    Dec {
        /// Decimals of the column (2 for euro).
        decimals: Option<u32>,
    },
    /// A date, written in the file as `YYYY-MM-DD`.
    Date,
    /// Yes or no.
    Bool,
    /// One value of a list.
    Choice(&'static [Choice]),
    /// Several texts, separated by `;` or by new lines.
    List,
    /// Several texts, one per line (notes: they may contain `;`).
    Lines,
    /// Several whole numbers (years), separated by `;`, `,` or spaces.
    Ints,
    /// Several Agenda 2030 goals (1–17).
    Sdgs,
    /// The cells of a row of another table: every remaining column.
    Cells,
}

/// A column of a sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Col {
    /// Header in the sheet.
    pub header: &'static str,
    /// JSON path of the field inside the sheet's item (`@parent`: the parent's id).
    pub path: &'static str,
    /// Type of the cells.
    pub kind: Kind,
    /// Must be filled in every row.
    pub required: bool,
    /// How to fill it (instructions sheet, comment of the header).
    pub help: &'static str,
}

/// Where a sheet's rows live in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One object (the sheet has one row): its JSON path.
    One(&'static str),
    /// A list of objects.
    List(&'static str),
    /// A tree of objects: the list of roots; children under `children`;
    /// the `@parent` column names the parent's id.
    Tree(&'static str),
    /// Items under the items of another sheet, found by the `@parent` column.
    Under {
        /// The parent sheet.
        parent: SheetId,
        /// The parent's field holding the items.
        field: &'static str,
        /// A list of items (`true`) or one object (`false`).
        many: bool,
    },
}

/// Identifies a sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetId {
    Document,
    RelatedActs,
    Narrative,
    Levels,
    Units,
    Scoring,
    Bands,
    Objectives,
    Indicators,
    Costs,
    Budget,
    BudgetRows,
    Footnotes,
    CostTotals,
    Tables,
    TableColumns,
    TableRows,
}

/// A sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SheetDef {
    /// Which one.
    pub id: SheetId,
    /// Name of the sheet (at most 31 characters) and of the CSV file.
    pub name: &'static str,
    /// What goes in it.
    pub help: &'static str,
    /// Where its rows live.
    pub shape: Shape,
    /// Its columns.
    pub cols: &'static [Col],
}

impl SheetDef {
    /// The column with this path.
    pub fn col(&self, path: &str) -> Option<(usize, &'static Col)> {
        self.cols.iter().enumerate().find(|(_, c)| c.path == path)
    }
}

/// True for a column that holds a percentage as it reads (`85` for 85 %):
/// its header ends with `(%)`. The template and the export format these
/// cells as text, so that typing `85%` or `85` keeps 85.
pub fn is_percent(c: &Col) -> bool {
    c.header.ends_with("(%)")
}

/// Name of the instructions sheet (first sheet of the template; ignored by the import).
pub const INSTRUCTIONS: &str = "Istruzioni";
/// Name of the sheet holding the lists of the data validation (ignored by the import).
pub const LISTS: &str = "Elenchi";
/// The header of the `n`-th cell column of [`Kind::Cells`] (1-based).
pub fn cell_header(n: usize) -> String {
    format!("Colonna {n}")
}

macro_rules! choices {
    ($($wire:literal => $label:literal),+ $(,)?) => {
        &[$(Choice { wire: $wire, label: $label }),+]
    };
}

/// Document kinds.
pub const DOCUMENT_KINDS: &[Choice] = choices!(
    "piano" => "piano", "relazione" => "relazione", "monitoraggio" => "monitoraggio", "piao" => "piao"
);
/// Approval bodies.
pub const BODIES: &[Choice] = choices!(
    "giunta" => "giunta", "consiglio" => "consiglio", "sindaco" => "sindaco",
    "dirigente" => "dirigente", "nucleo" => "nucleo", "altro" => "altro"
);
/// Unit kinds.
pub const UNIT_KINDS: &[Choice] = choices!(
    "ente" => "ente", "settore" => "settore", "area" => "area", "staff" => "staff",
    "servizio" => "servizio", "unita" => "unità", "ufficio" => "ufficio", "altro" => "altro"
);
/// Objective kinds.
pub const OBJECTIVE_KINDS: &[Choice] = choices!(
    "sviluppo" => "sviluppo", "mantenimento" => "mantenimento", "processo" => "processo",
    "trasversale" => "trasversale"
);
/// Statuses.
pub const STATUSES: &[Choice] = choices!(
    "raggiunto" => "raggiunto", "in_corso" => "in corso", "modificato" => "modificato",
    "ritirato" => "ritirato", "nuovo" => "nuovo", "non_raggiunto" => "non raggiunto"
);
/// Indicator kinds.
pub const INDICATOR_KINDS: &[Choice] = choices!(
    "attivita" => "attività", "efficienza" => "efficienza", "efficacia" => "efficacia",
    "economicita" => "economicità", "quantitativo" => "quantitativo", "informativo" => "informativo"
);
/// Comparators.
pub const COMPARATORS: &[Choice] = choices!(
    ">=" => ">=", "<=" => "<=", "=" => "=", "range" => "intervallo"
);
/// Directions.
pub const DIRECTIONS: &[Choice] =
    choices!("higher" => "più alto è meglio", "lower" => "più basso è meglio");
/// How values combine.
pub const COMBINE: &[Choice] =
    choices!("arithmetic" => "media aritmetica", "weighted" => "media ponderata");
/// Roll-up.
pub const ROLLUP: &[Choice] =
    choices!("children" => "dai figli", "indicators" => "dagli indicatori");
/// Weights.
pub const WEIGHTS: &[Choice] =
    choices!("percent" => "percentuali", "relative" => "numeri relativi");
/// Sides.
pub const SIDES: &[Choice] = choices!("entrate" => "entrate", "uscite" => "uscite");
/// Cost groups.
pub const COST_GROUPS: &[Choice] = choices!("obiettivi" => "obiettivi", "processi" => "processi");
/// Table kinds.
pub const TABLE_KINDS: &[Choice] = choices!(
    "monitoraggio" => "monitoraggio", "indicatori_ente" => "indicatori di ente",
    "contesto" => "contesto", "personale" => "personale", "altro" => "altro"
);
/// Column types of other tables.
pub const COLUMN_TYPES: &[Choice] = choices!(
    "text" => "testo", "integer" => "intero", "number" => "numero", "percent" => "percentuale",
    "money" => "euro", "year" => "anno", "date" => "data"
);
/// Kinds of narrative section.
pub const SECTION_KINDS: &[Choice] = choices!(
    "presentazione" => "presentazione", "premessa" => "premessa", "metodologia" => "metodologia",
    "contesto" => "contesto", "conclusioni" => "conclusioni", "altro" => "altro"
);
/// Declared results of qualitative and milestone targets.
pub const OUTCOMES: &[Choice] = choices!(
    "raggiunto" => "raggiunto", "parzialmente_raggiunto" => "parzialmente raggiunto",
    "non_raggiunto" => "non raggiunto"
);
/// Yes / no.
pub const YES_NO: &[Choice] = choices!("true" => "sì", "false" => "no");

const EURO: Kind = Kind::Dec { decimals: Some(2) };
const NUM: Kind = Kind::Dec { decimals: None };

const fn col(header: &'static str, path: &'static str, kind: Kind, help: &'static str) -> Col {
    Col {
        header,
        path,
        kind,
        required: false,
        help,
    }
}

const fn req(header: &'static str, path: &'static str, kind: Kind, help: &'static str) -> Col {
    Col {
        header,
        path,
        kind,
        required: true,
        help,
    }
}

const NOTES_HELP: &str = "Note libere, una per riga (a capo nella cella: Alt+Invio in Excel, Ctrl+Invio in LibreOffice).";

/// Every sheet, in the order of the workbook.
pub const SHEETS: &[SheetDef] = &[
    SheetDef {
        id: SheetId::Document,
        name: "Documento",
        help: "Il documento: una sola riga sotto le intestazioni.",
        shape: Shape::One("document"),
        cols: &[
            req("Titolo", "title", Kind::Text, "Il titolo come è stampato sul documento."),
            req("Tipo di documento", "kind", Kind::Choice(DOCUMENT_KINDS), "piano, relazione, monitoraggio o piao."),
            req("Comune", "municipality.name", Kind::Text, "Il nome del Comune."),
            col("Provincia", "municipality.province", Kind::Text, "La sigla della provincia."),
            col("Codice ISTAT", "municipality.istat_code", Kind::Code { digits: 6 }, "Il codice ISTAT del Comune, 6 cifre (anche scritto come numero: gli zeri iniziali sono aggiunti)."),
            col("Abitanti", "municipality.inhabitants", Kind::Int, "Il numero di abitanti indicato dal documento."),
            req("Primo anno", "period.start", Kind::Int, "Il primo anno coperto dal piano."),
            req("Ultimo anno", "period.end", Kind::Int, "L'ultimo anno coperto dal piano."),
            col("Anno di riferimento", "reference_year", Kind::Int, "L'anno a cui si riferiscono i risultati (relazione) o il primo anno del piano."),
            col("Approvato da", "approval.body", Kind::Choice(BODIES), "L'organo che ha approvato il documento: giunta, consiglio, sindaco, dirigente, nucleo, altro."),
            col("Numero dell'atto", "approval.number", Kind::Text, "Il numero della delibera o del decreto, come è scritto."),
            col("Data dell'atto", "approval.date", Kind::Date, "La data della delibera (ad esempio 31/03/2024)."),
            col("Oggetto dell'atto", "approval.subject", Kind::Text, "Che cosa approva l'atto, se non è il documento stesso."),
            col("Indirizzo del documento originale", "source_url", Kind::Text, "L'indirizzo (https://…) del PDF pubblicato."),
            col("Pubblicato il", "published_on", Kind::Date, "La data di pubblicazione sul sito."),
            col("Note", "notes", Kind::Lines, NOTES_HELP),
        ],
    },
    SheetDef {
        id: SheetId::RelatedActs,
        name: "Atti collegati",
        help: "Altri atti citati dal documento (DUP, sistema di valutazione, bilancio): uno per riga.",
        shape: Shape::List("document.related_acts"),
        cols: &[
            req("Organo", "body", Kind::Choice(BODIES), "L'organo che ha approvato l'atto."),
            col("Numero", "number", Kind::Text, "Il numero dell'atto."),
            col("Data", "date", Kind::Date, "La data dell'atto."),
            col("Oggetto", "subject", Kind::Text, "Che cosa è l'atto."),
        ],
    },
    SheetDef {
        id: SheetId::Narrative,
        name: "Testi",
        help: "Le parti di testo del documento (presentazione, premessa, metodologia, contesto …), una per riga, nell'ordine del documento.",
        shape: Shape::List("narrative"),
        cols: &[
            req("Id", "id", Kind::Text, "Un codice unico tra i testi (presentazione, premessa …)."),
            req("Titolo", "title", Kind::Text, "Il titolo della parte come è stampato."),
            col("Tipo", "kind", Kind::Choice(SECTION_KINDS), "presentazione, premessa, metodologia, contesto, conclusioni, altro."),
            req("Testo", "text", Kind::Rich, "Il testo; sono ammessi i marcatori <p>, <br>, <b>, <i>, <u>, <ul>, <ol>, <li>, <a href=\"https://…\">. Un paragrafo per <p>…</p>."),
        ],
    },
    SheetDef {
        id: SheetId::Levels,
        name: "Livelli",
        help: "I livelli dell'albero degli obiettivi, dall'alto in basso, con il nome che usa il documento.",
        shape: Shape::List("levels"),
        cols: &[
            req("Codice livello", "id", Kind::Text, "Un codice breve, usato nella colonna «Livello» del foglio Obiettivi."),
            req("Nome", "name", Kind::Text, "Il nome mostrato ai lettori."),
        ],
    },
    SheetDef {
        id: SheetId::Units,
        name: "Unità organizzative",
        help: "L'organizzazione: settori, aree, servizi, uffici. Una riga per unità; le sotto-unità indicano l'unità superiore.",
        shape: Shape::Tree("units"),
        cols: &[
            req("Id", "id", Kind::Text, "Un codice unico tra le unità, usato negli altri fogli."),
            col("Unità superiore", "@parent", Kind::Text, "L'Id dell'unità di cui fa parte; vuoto per le unità principali. L'unità superiore deve stare in una riga precedente."),
            req("Nome", "name", Kind::Text, "Il nome dell'unità."),
            col("Tipo", "kind", Kind::Choice(UNIT_KINDS), "ente, settore, area, staff, servizio, unità, ufficio, altro."),
            col("Codice", "code", Kind::Text, "Il codice usato dal documento."),
            col("Ruolo responsabile", "role", Kind::Text, "Il ruolo del responsabile (mai il nome di una persona)."),
            col("Note sull'unità", "notes", Kind::Lines, "Note sull'unità, separate dal ruolo: ad interim, vacante, condivisa con … (una per riga)."),
        ],
    },
    SheetDef {
        id: SheetId::Scoring,
        name: "Metodo di calcolo",
        help: "Il metodo di calcolo dichiarato dal sistema di misurazione e valutazione: una sola riga.",
        shape: Shape::One("scoring"),
        cols: &[
            col("Descrizione", "description", Kind::Text, "Le regole con le parole del documento."),
            col("Tetto (%)", "cap", NUM, "Il massimo raggiungimento di un indicatore, in percentuale (100); vuoto se non c'è un tetto."),
            col("Scala delle attività", "activity_scale", NUM, "Il valore massimo degli indicatori di attività (5 se la scala è 0–5)."),
            col("Indicatori di un obiettivo", "indicators", Kind::Choice(COMBINE), "Come si combinano gli indicatori di un obiettivo: media aritmetica o media ponderata."),
            col("Obiettivi figli", "children", Kind::Choice(COMBINE), "Come si combinano i figli di un obiettivo: media aritmetica o media ponderata."),
            col("Aggregazione", "rollup", Kind::Choice(ROLLUP), "dai figli: ogni nodo combina i figli; dagli indicatori: ogni aggregato è la media degli indicatori sotto di esso."),
            col("Pesi", "weights", Kind::Choice(WEIGHTS), "percentuali (tra fratelli sommano a 100) o numeri relativi."),
            col("Target qualitativi valutati", "qualitative.scored", Kind::Bool, "no se il metodo dice che i target a parole e i traguardi non si valutano; vuoto o sì altrimenti."),
            col("Raggiunto (%)", "qualitative.achieved", NUM, "Quanto vale un target qualitativo dichiarato raggiunto (vuoto: 100)."),
            col("Parzialmente raggiunto (%)", "qualitative.partly_achieved", NUM, "Quanto vale un target qualitativo dichiarato parzialmente raggiunto, se il metodo lo dice (vuoto: nessun valore)."),
            col("Non raggiunto (%)", "qualitative.not_achieved", NUM, "Quanto vale un target qualitativo dichiarato non raggiunto (vuoto: 0)."),
            col("Traguardo in ritardo (%)", "qualitative.late", NUM, "Quanto vale un traguardo fatto dopo la sua data, se il metodo lo dice (vuoto: nessun valore)."),
        ],
    },
    SheetDef {
        id: SheetId::Bands,
        name: "Fasce",
        help: "Le fasce di raggiungimento, dalla soglia più alta alla più bassa.",
        shape: Shape::List("scoring.bands"),
        cols: &[
            req("Soglia minima (%)", "min", NUM, "Il raggiungimento minimo della fascia, in percentuale."),
            req("Etichetta", "label", Kind::Text, "Il nome della fascia."),
        ],
    },
    SheetDef {
        id: SheetId::Objectives,
        name: "Obiettivi",
        help: "L'albero degli obiettivi (linee, obiettivi strategici, operativi, gestionali, processi, fasi): una riga per nodo, nell'ordine del documento. Ogni nodo indica il suo obiettivo superiore, che deve stare in una riga precedente.",
        shape: Shape::Tree("objectives"),
        cols: &[
            req("Id", "id", Kind::Text, "Un codice unico nel file e stabile negli anni (usato nei collegamenti)."),
            col("Obiettivo superiore", "@parent", Kind::Text, "L'Id dell'obiettivo di cui fa parte; vuoto per i nodi del primo livello."),
            col("Codice", "code", Kind::Text, "Il codice stampato dal documento."),
            col("Livello", "level", Kind::Text, "Il codice livello (foglio Livelli)."),
            req("Titolo", "title", Kind::Text, "Il titolo dell'obiettivo."),
            col("Descrizione", "description", Kind::Rich, "La descrizione; sono ammessi i marcatori <p>, <br>, <b>, <i>, <u>, <ul>, <ol>, <li>, <a href=\"https://…\">."),
            col("Tipo", "kind", Kind::Choice(OBJECTIVE_KINDS), "sviluppo, mantenimento, processo, trasversale."),
            col("Trasversale", "transversal", Kind::Bool, "sì se è condiviso da più unità."),
            col("Peso", "weight", NUM, "Il peso (percentuale o numero relativo, come dice il metodo di calcolo)."),
            col("Scadenza", "deadline", Kind::Date, "La scadenza (ad esempio 31/12/2024)."),
            col("Scadenza come scritta", "deadline_text", Kind::Text, "La scadenza come è stampata, se non è una data (31.12 di ogni anno)."),
            col("Anni", "years", Kind::Ints, "Gli anni in cui si svolge, separati da punto e virgola (2024; 2025). In alternativa, una colonna per anno intitolata con l'anno (2024, 2025 …) con una X negli anni in cui si svolge."),
            col("Stato", "status", Kind::Choice(STATUSES), "raggiunto, in corso, modificato, ritirato, nuovo, non raggiunto."),
            col("Temi", "tags", Kind::List, "Etichette separate da punto e virgola (PNRR; Digitalizzazione)."),
            col("Missione", "mission", Kind::Mission, "La missione di bilancio, due cifre (01 … 20, 50, 60, 99)."),
            col("Programma", "programme", Kind::Text, "Il programma di bilancio, nella forma MM.PP (08.01)."),
            col("Altre missioni", "also_missions", Kind::List, "Le altre missioni di bilancio a cui contribuisce, due cifre, separate da punto e virgola (01; 08)."),
            col("Altri programmi", "also_programmes", Kind::List, "Gli altri programmi di bilancio, MM.PP, separati da punto e virgola."),
            col("Contribuisce anche a", "also_contributes_to", Kind::List, "Gli Id degli altri obiettivi superiori (strategici, linee di mandato) a cui contribuisce, oltre all'obiettivo superiore, separati da punto e virgola."),
            col("SDG", "sdgs", Kind::Sdgs, "Gli obiettivi dell'Agenda 2030 (numeri da 1 a 17), separati da punto e virgola."),
            col("SDG come scritti", "sdg_text", Kind::Text, "Il collegamento all'Agenda 2030 come lo scrive il documento (16.5)."),
            col("CUP", "pnrr.cup", Kind::Text, "Il codice CUP del progetto PNRR (15 caratteri)."),
            col("Misura PNRR", "pnrr.measure", Kind::Text, "Missione, componente e investimento PNRR (M1C1 Investimento 1.4)."),
            col("Unità", "units", Kind::List, "Gli Id delle unità a cui è assegnato, separati da punto e virgola."),
            col("Raggiungimento pubblicato (%)", "published_achievement", NUM, "Il grado di raggiungimento pubblicato, in percentuale (95, 95%, 100,00 %)."),
            col("Raggiungimento come scritto", "published_achievement_text", Kind::Text, "Il raggiungimento come è stampato, se diverso nella forma."),
            col("Note", "notes", Kind::Lines, NOTES_HELP),
            col("Neutralizzato: motivo", "neutralised.reason", Kind::Text, "Se l'obiettivo è neutralizzato (escluso dal calcolo per una causa accolta dal Nucleo di Valutazione): il motivo e l'atto. Vuoto: non neutralizzato."),
        ],
    },
    SheetDef {
        id: SheetId::Indicators,
        name: "Indicatori",
        help: "Gli indicatori: una riga per indicatore, con l'Id dell'obiettivo che misura.",
        shape: Shape::Under { parent: SheetId::Objectives, field: "indicators", many: true },
        cols: &[
            req("Obiettivo", "@parent", Kind::Text, "L'Id dell'obiettivo (foglio Obiettivi)."),
            req("Id", "id", Kind::Text, "Un codice unico nel file."),
            req("Nome", "name", Kind::Text, "Il nome dell'indicatore."),
            col("Tipo", "kind", Kind::Choice(INDICATOR_KINDS), "attività (scala 0–5), efficienza, efficacia, economicità, quantitativo, informativo (mostrato, mai calcolato)."),
            col("Unità di misura", "measure_unit", Kind::Text, "ore, %, giorni, n."),
            col("Formula", "formula", Kind::Text, "Come si misura."),
            col("Valore di partenza", "baseline", NUM, "Il valore all'inizio."),
            col("Confronto", "target.comparator", Kind::Choice(COMPARATORS), ">= (almeno), <= (al massimo), = (esattamente), intervallo (tra minimo e massimo). Obbligatorio se il target ha un valore; vuoto per un target a parole o un traguardo."),
            col("Valore atteso", "target.value", NUM, "Il valore del target (per >=, <=, =)."),
            col("Minimo", "target.min", NUM, "Il limite inferiore (per intervallo)."),
            col("Massimo", "target.max", NUM, "Il limite superiore (per intervallo)."),
            col("Target come scritto", "target.text", Kind::Text, "Il target come è stampato (>= ore 24, 5 (100%)); per un target a parole, il target stesso (Approvazione del regolamento)."),
            col("Data del traguardo", "target.date", Kind::Date, "Per un traguardo: la data entro cui va fatto (30/06/2021)."),
            col("Direzione", "direction", Kind::Choice(DIRECTIONS), "più alto è meglio o più basso è meglio; vuoto: segue il confronto."),
            col("Peso", "weight", NUM, "Il peso nell'obiettivo (per la media ponderata)."),
            col("Scadenza", "deadline", Kind::Date, "La scadenza dell'indicatore."),
            col("Unità responsabile", "unit", Kind::Text, "L'Id dell'unità responsabile (foglio Unità organizzative)."),
            col("Ufficio responsabile come scritto", "unit_text", Kind::Text, "L'ufficio come è stampato, se non è un'unità dell'elenco."),
            col("Valore intermedio", "actual.mid_year", NUM, "Il valore al monitoraggio intermedio."),
            col("Valore finale", "actual.final", NUM, "Il valore finale (quello che si calcola)."),
            col("Risultato come scritto", "actual.text", Kind::Text, "Il risultato come è stampato, o un risultato descrittivo."),
            col("Esito dichiarato", "actual.outcome", Kind::Choice(OUTCOMES), "Per un target a parole o un traguardo: raggiunto, parzialmente raggiunto, non raggiunto, come lo dichiara il valutatore."),
            col("Fatto il", "actual.completed_on", Kind::Date, "Per un traguardo: la data in cui è stato fatto."),
            col("Raggiungimento pubblicato (%)", "published_achievement", NUM, "Il raggiungimento pubblicato, in percentuale."),
            col("Note", "notes", Kind::Lines, NOTES_HELP),
            col("Neutralizzato: motivo", "neutralised.reason", Kind::Text, "Se l'indicatore è neutralizzato (escluso dal calcolo dell'obiettivo): il motivo e l'atto. Vuoto: non neutralizzato."),
        ],
    },
    SheetDef {
        id: SheetId::Costs,
        name: "Costi per obiettivo",
        help: "Costi e ricavi di un obiettivo o processo (controllo di gestione): una riga per obiettivo.",
        shape: Shape::Under { parent: SheetId::Objectives, field: "costs", many: false },
        cols: &[
            req("Obiettivo", "@parent", Kind::Text, "L'Id dell'obiettivo o processo (foglio Obiettivi)."),
            col("Costo del personale (€)", "staff", EURO, "Il costo del personale, in euro (1.234,56)."),
            col("Impegnato (€)", "committed", EURO, "I costi diretti impegnati."),
            col("Liquidato (€)", "paid", EURO, "I costi diretti liquidati."),
            col("Accertato (€)", "revenue_assessed", EURO, "I ricavi accertati."),
            col("Riscosso (€)", "revenue_collected", EURO, "I ricavi riscossi."),
            col("Note", "notes", Kind::Lines, NOTES_HELP),
        ],
    },
    SheetDef {
        id: SheetId::Budget,
        name: "Tabelle di bilancio",
        help: "Le tabelle delle entrate e delle spese: una riga per tabella; le righe della tabella vanno nel foglio Righe di bilancio.",
        shape: Shape::List("money.budget"),
        cols: &[
            req("Id", "id", Kind::Text, "Un codice unico tra le tabelle."),
            req("Titolo", "title", Kind::Text, "Il titolo della tabella."),
            req("Entrate o uscite", "side", Kind::Choice(SIDES), "entrate o uscite."),
            col("Anno", "year", Kind::Int, "L'esercizio."),
            req("Colonne", "columns", Kind::List, "Le colonne di importi presenti, nell'ordine, separate da punto e virgola: assestato, accertato, riscosso, impegnato, liquidato, pagato."),
        ],
    },
    SheetDef {
        id: SheetId::BudgetRows,
        name: "Righe di bilancio",
        help: "Le righe delle tabelle di bilancio, totali compresi, nell'ordine del documento.",
        shape: Shape::Under { parent: SheetId::Budget, field: "rows", many: true },
        cols: &[
            req("Tabella", "@parent", Kind::Text, "L'Id della tabella (foglio Tabelle di bilancio)."),
            req("Id", "id", Kind::Text, "Un codice unico nella tabella (usato in «Somma di»)."),
            req("Voce", "label", Kind::Text, "La voce come è stampata."),
            col("Codice", "code", Kind::Text, "Il codice di bilancio, se stampato."),
            col("Assestato (€)", "values.assestato", EURO, "Previsione definitiva."),
            col("Accertato (€)", "values.accertato", EURO, "Accertato."),
            col("Riscosso (€)", "values.riscosso", EURO, "Riscosso."),
            col("Impegnato (€)", "values.impegnato", EURO, "Impegnato."),
            col("Liquidato (€)", "values.liquidato", EURO, "Liquidato."),
            col("Pagato (€)", "values.pagato", EURO, "Pagato."),
            col("Somma di", "sum_of", Kind::List, "Per una riga di totale: gli Id delle righe che somma, separati da punto e virgola."),
            col("Considerato impegnato o accertato", "considered", Kind::Bool, "sì per le righe con l'asterisco (fondo pluriennale vincolato)."),
            col("Richiami", "marks", Kind::List, "I segni di nota attaccati alla riga (*)."),
            col("Scostamento pubblicato (€)", "published_difference", EURO, "Lo scostamento stampato dal documento."),
            col("Percentuale pubblicata (%)", "published_percent", NUM, "La percentuale stampata dal documento."),
        ],
    },
    SheetDef {
        id: SheetId::Footnotes,
        name: "Note delle tabelle",
        help: "Le note a piè di tabella (il significato dell'asterisco).",
        shape: Shape::Under { parent: SheetId::Budget, field: "footnotes", many: true },
        cols: &[
            req("Tabella", "@parent", Kind::Text, "L'Id della tabella (foglio Tabelle di bilancio)."),
            req("Segno", "mark", Kind::Text, "Il segno (*)."),
            req("Testo", "text", Kind::Text, "Il testo della nota."),
        ],
    },
    SheetDef {
        id: SheetId::CostTotals,
        name: "Totali dei costi",
        help: "I totali pubblicati dei costi per obiettivo e per processo.",
        shape: Shape::List("money.cost_totals"),
        cols: &[
            req("Voce", "label", Kind::Text, "La voce come è stampata."),
            req("Gruppo", "group", Kind::Choice(COST_GROUPS), "obiettivi o processi."),
            col("Numero", "count", Kind::Int, "Quanti obiettivi o processi dice di comprendere."),
            col("Costo del personale (€)", "amounts.staff", EURO, "Il totale pubblicato."),
            col("Impegnato (€)", "amounts.committed", EURO, "Il totale pubblicato."),
            col("Liquidato (€)", "amounts.paid", EURO, "Il totale pubblicato."),
            col("Accertato (€)", "amounts.revenue_assessed", EURO, "Il totale pubblicato."),
            col("Riscosso (€)", "amounts.revenue_collected", EURO, "Il totale pubblicato."),
            col("Note", "amounts.notes", Kind::Lines, NOTES_HELP),
        ],
    },
    SheetDef {
        id: SheetId::Tables,
        name: "Altre tabelle",
        help: "Altre tabelle pubblicate (monitoraggio, contesto, personale …): una riga per tabella; le colonne e le righe nei due fogli seguenti.",
        shape: Shape::List("tables"),
        cols: &[
            req("Id", "id", Kind::Text, "Un codice unico tra le tabelle."),
            req("Titolo", "title", Kind::Text, "Il titolo della tabella."),
            col("Tipo", "kind", Kind::Choice(TABLE_KINDS), "monitoraggio, indicatori di ente, contesto, personale, altro."),
            col("Note", "notes", Kind::Lines, NOTES_HELP),
        ],
    },
    SheetDef {
        id: SheetId::TableColumns,
        name: "Colonne delle tabelle",
        help: "Le colonne di ciascuna altra tabella, nell'ordine.",
        shape: Shape::Under { parent: SheetId::Tables, field: "columns", many: true },
        cols: &[
            req("Tabella", "@parent", Kind::Text, "L'Id della tabella (foglio Altre tabelle)."),
            col("Intestazione", "label", Kind::MaybeEmpty, "L'intestazione della colonna (può restare vuota)."),
            req("Tipo", "type", Kind::Choice(COLUMN_TYPES), "testo, intero, numero, percentuale, euro, anno, data."),
        ],
    },
    SheetDef {
        id: SheetId::TableRows,
        name: "Righe delle tabelle",
        help: "Le righe di ciascuna altra tabella: nella colonna 1 il valore della prima colonna della tabella, e così via.",
        shape: Shape::Under { parent: SheetId::Tables, field: "rows", many: true },
        cols: &[
            req("Tabella", "@parent", Kind::Text, "L'Id della tabella (foglio Altre tabelle)."),
            col("Colonna 1 …", "@cells", Kind::Cells, "Le celle della riga, una per colonna della tabella, nell'ordine (Colonna 1, Colonna 2 …)."),
        ],
    },
];

/// The column types of a table of [`SheetId::Tables`] from its `columns`
/// (JSON), `text` where a type is missing.
pub fn column_types(columns: Option<&serde_json::Value>) -> Vec<String> {
    columns
        .and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .map(|c| {
                    c.get("type")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("text")
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The definition of a sheet.
pub fn sheet(id: SheetId) -> &'static SheetDef {
    SHEETS
        .iter()
        .find(|s| s.id == id)
        .expect("every SheetId has a definition")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_sheet_names_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for s in SHEETS {
            assert!(s.name.chars().count() <= 31, "{}", s.name);
            assert!(!s.name.contains(['[', ']', ':', '*', '?', '/', '\\']));
            assert!(seen.insert(s.name), "{}", s.name);
            let mut headers = std::collections::HashSet::new();
            for c in s.cols {
                assert!(headers.insert(c.header), "{} {}", s.name, c.header);
            }
            let _ = sheet(s.id);
        }
    }
}
