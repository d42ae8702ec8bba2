//! Every sentence the kit says to a person, in Italian and English: where a
//! problem is (sheet, row, column), what is wrong and how to fix it; the
//! type of each column for the instructions; the approval act.

use cruscotto_core::messages::short;
use cruscotto_core::{Approval, ApprovalBody, DocumentKind, Lang};

use crate::book::ReadError;
use crate::catalogue::{CatalogueError, Refusal, CATALOGUE_FORMAT};
use crate::cell::column_letters;
use crate::import::{Place, Problem, What};
use crate::schema::{Kind, SHEETS};

fn pick(lang: Lang, it: String, en: String) -> String {
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("«{s}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `Foglio «Obiettivi», riga 7, colonna I («Peso»)`.
pub fn place(p: &Place, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &p.sheet {
        parts.push(pick(lang, format!("Foglio «{s}»"), format!("Sheet «{s}»")));
    }
    match p.row {
        Some(r) if !p.more_rows.is_empty() => {
            let mut rows = vec![r];
            rows.extend(&p.more_rows);
            let n = rows.len();
            parts.push(pick(
                lang,
                format!("{n} righe ({})", list(&rows, lang)),
                format!("{n} rows ({})", list(&rows, lang)),
            ));
        }
        Some(r) => parts.push(pick(lang, format!("riga {r}"), format!("row {r}"))),
        None => {}
    }
    let header = p.header.as_deref().filter(|h| !h.trim().is_empty());
    match (p.col, header) {
        (Some(c), Some(h)) => parts.push(pick(
            lang,
            format!("colonna {} («{h}»)", column_letters(c)),
            format!("column {} («{h}»)", column_letters(c)),
        )),
        (Some(c), None) => parts.push(pick(
            lang,
            format!("colonna {}", column_letters(c)),
            format!("column {}", column_letters(c)),
        )),
        (None, Some(h)) => parts.push(pick(
            lang,
            format!("colonna «{h}»"),
            format!("column «{h}»"),
        )),
        (None, None) => {}
    }
    if parts.is_empty() {
        return pick(lang, "Nel file".into(), "In the file".into());
    }
    parts.join(", ")
}

/// The full sentence of a problem.
pub fn problem(p: &Problem, lang: Lang) -> String {
    format!(
        "{}: {}",
        place(&p.place, lang),
        what(&p.what, lang, p.place.sheet.as_deref())
    )
}

/// The core's hints name JSON fields (`"kind": "informativo"`); in a
/// spreadsheet they become the column and the value to write
/// (`«Tipo» = informativo`), in the sheet of the problem or else in the
/// sheet that has that column.
fn sheet_hints(message: &str, sheet: Option<&str>, lang: Lang) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(start) = rest.find('"') {
        let tail = &rest[start + 1..];
        let hint = tail.split_once("\": ").and_then(|(field, after)| {
            let value = match after.strip_prefix('"') {
                Some(v) => v.split('"').next()?,
                None => after.split(|c: char| !c.is_ascii_alphanumeric()).next()?,
            };
            let quoted = after.starts_with('"');
            let len = field.len() + 3 + value.len() + if quoted { 2 } else { 0 };
            Some((field, value, len))
        });
        let Some((field, value, len)) =
            hint.filter(|(f, _, _)| f.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        else {
            out.push_str(&rest[..=start]);
            rest = tail;
            continue;
        };
        let own = sheet.and_then(|n| {
            SHEETS
                .iter()
                .find(|d| crate::cell::norm(d.name) == crate::cell::norm(n))
        });
        let found = own
            .and_then(|d| d.col(field).map(|(_, c)| (d, c)))
            .or_else(|| {
                SHEETS
                    .iter()
                    .find_map(|d| d.col(field).map(|(_, c)| (d, c)))
            });
        let Some((def, col)) = found else {
            out.push_str(&rest[..=start]);
            rest = tail;
            continue;
        };
        let shown = match col.kind {
            Kind::Choice(list) => list
                .iter()
                .find(|c| c.wire == value)
                .map_or(value, |c| c.label),
            Kind::Bool if value == "true" => yes_no(true),
            _ => value,
        };
        out.push_str(&rest[..start]);
        out.push_str(&format!("«{}» = {shown}", col.header));
        if own.is_none_or(|o| o.id != def.id) {
            out.push_str(&pick(
                lang,
                format!(" (foglio «{}»)", def.name),
                format!(" (sheet «{}»)", def.name),
            ));
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

fn what(w: &What, lang: Lang, at_sheet: Option<&str>) -> String {
    match w {
        What::Read(e) => read_error(e, lang),
        What::UnknownFile { name } => pick(
            lang,
            format!("il file «{name}» non è un foglio di calcolo (.xlsx, .xlsm, .xlsb, .xls, .ods) né un file .csv. Salvi il foglio come «Foglio elettronico ODF (.ods)» o «Cartella di lavoro di Excel (.xlsx)», oppure esporti ogni foglio come CSV."),
            format!("the file «{name}» is neither a spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods) nor a .csv file. Save it as «ODF Spreadsheet (.ods)» or «Excel Workbook (.xlsx)», or export each sheet as CSV."),
        ),
        What::MissingSheet { name } => pick(
            lang,
            format!("manca il foglio «{name}», che descrive il documento. Parta dal modello (cruscotto template) e non rinomini né cancelli quel foglio."),
            format!("the sheet «{name}», which describes the document, is missing. Start from the template (cruscotto template) and do not rename or delete that sheet."),
        ),
        What::UnknownSheet => pick(
            lang,
            "questo foglio non fa parte del modello e contiene dati, che non verrebbero importati. Gli dia il nome di uno dei fogli del modello, oppure sposti i dati nel foglio giusto o lo cancelli.".into(),
            "this sheet is not part of the template and holds data that would not be imported. Give it the name of one of the template's sheets, or move the data to the right sheet, or delete it.".into(),
        ),
        What::DuplicateSheet { name } => pick(
            lang,
            format!("c'è già un foglio per «{name}»: tenga un solo foglio e vi riunisca le righe."),
            format!("there is already a sheet for «{name}»: keep one sheet and gather the rows there."),
        ),
        What::NoHeader { name } => pick(
            lang,
            format!("il foglio contiene dati ma nessuna delle intestazioni del foglio «{name}» del modello. Copi la riga delle intestazioni dal modello (cruscotto template) sopra i dati."),
            format!("the sheet holds data but none of the headers of the template's «{name}» sheet. Copy the header row from the template (cruscotto template) above the data."),
        ),
        What::NoRow => pick(
            lang,
            "il foglio non ha nessuna riga di dati sotto le intestazioni. Compili la riga sotto le intestazioni.".into(),
            "the sheet has no data row under the headers. Fill in the row under the headers.".into(),
        ),
        What::TooManyRows => pick(
            lang,
            "questo foglio deve avere una sola riga di dati sotto le intestazioni; questa riga è di troppo. La cancelli, oppure ne unisca il contenuto alla prima riga.".into(),
            "this sheet must have one data row under the headers; this row is one too many. Delete it, or merge its content into the first row.".into(),
        ),
        What::UnknownColumn => pick(
            lang,
            "questa colonna contiene dati ma la sua intestazione non è tra quelle del modello, quindi i dati andrebbero persi. Corregga l'intestazione come nel modello, oppure sposti i dati nella colonna «Note» o cancelli la colonna.".into(),
            "this column holds data but its header is not one of the template's, so the data would be lost. Fix the header as in the template, or move the data to the «Note» column, or delete the column.".into(),
        ),
        What::DuplicateColumn => pick(
            lang,
            "questa intestazione compare due volte nel foglio. Tenga una sola colonna con questa intestazione.".into(),
            "this header appears twice in the sheet. Keep a single column with this header.".into(),
        ),
        What::MissingColumn { header } => pick(
            lang,
            format!("manca la colonna obbligatoria «{header}». La aggiunga con questa intestazione (la trova nel modello)."),
            format!("the required column «{header}» is missing. Add it with this header (see the template)."),
        ),
        What::Required => pick(
            lang,
            "la cella è vuota ma è obbligatoria. La compili (l'istruzione della colonna è nel foglio «Istruzioni»).".into(),
            "the cell is empty but required. Fill it in (the column's instructions are in the «Istruzioni» sheet).".into(),
        ),
        What::NotNumber { value } => pick(
            lang,
            format!("«{value}» non è un numero. Scriva un numero come 1.234,56 (la virgola separa i decimali; sono ammessi € e %), oppure lasci la cella vuota o scriva // se il dato non c'è."),
            format!("«{value}» is not a number. Write a number such as 1.234,56 (comma for decimals; € and % are accepted), or leave the cell empty or write // if there is no value."),
        ),
        What::NotInteger { value } => pick(
            lang,
            format!("«{value}» non è un numero intero. Scriva un numero senza decimali, ad esempio 2024."),
            format!("«{value}» is not a whole number. Write a number without decimals, e.g. 2024."),
        ),
        What::NotDate { value } => pick(
            lang,
            format!("«{value}» non è una data valida. Scriva la data come 31/12/2024 (oppure 31.12.2024 o 2024-12-31); se la scadenza non è una data, la scriva nella colonna «… come scritta»."),
            format!("«{value}» is not a valid date. Write it as 31/12/2024 (or 31.12.2024 or 2024-12-31); if the deadline is not a date, write it in the «… come scritta» column."),
        ),
        What::NotBool { value } => pick(
            lang,
            format!("«{value}» non è un sì o un no. Scriva sì (oppure X) o no, oppure lasci la cella vuota."),
            format!("«{value}» is not a yes or no. Write sì (or X) or no, or leave the cell empty."),
        ),
        What::NotInList { value, allowed } => pick(
            lang,
            format!("«{value}» non è tra i valori ammessi: {}. Scelga uno di questi dall'elenco della cella.", quoted(allowed)),
            format!("«{value}» is not an allowed value: {}. Choose one of them from the cell's list.", quoted(allowed)),
        ),
        What::BadMission { value } => pick(
            lang,
            format!("«{value}» non è il codice di una missione di bilancio. Scriva il codice a due cifre, da 01 a 20, 50, 60 o 99 (ad esempio 04)."),
            format!("«{value}» is not a budget missione code. Write the two-digit code, 01 to 20, 50, 60 or 99 (e.g. 04)."),
        ),
        What::BadSdg { value } => pick(
            lang,
            format!("«{value}» non è un elenco di obiettivi dell'Agenda 2030. Scriva i numeri da 1 a 17 separati da punto e virgola, ad esempio 11; 16."),
            format!("«{value}» is not a list of Agenda 2030 goals. Write numbers from 1 to 17 separated by semicolons, e.g. 11; 16."),
        ),
        What::NotYears { value } => pick(
            lang,
            format!("«{value}» non è un elenco di anni. Scriva gli anni separati da punto e virgola, ad esempio 2024; 2025 (oppure 2024-2026)."),
            format!("«{value}» is not a list of years. Write the years separated by semicolons, e.g. 2024; 2025 (or 2024-2026)."),
        ),
        What::UnknownParent { id, sheet } => pick(
            lang,
            format!("«{id}» non è l'Id di nessuna riga del foglio «{sheet}». Scriva l'Id esattamente come nella colonna «Id» di quel foglio (maiuscole e minuscole contano)."),
            format!("«{id}» is not the Id of any row of the sheet «{sheet}». Write the Id exactly as in that sheet's «Id» column (case matters)."),
        ),
        What::Cycle { id } => pick(
            lang,
            format!("la riga «{id}» risulta dentro sé stessa: seguendo le righe superiori si torna a lei. Corregga la colonna dell'elemento superiore in modo che l'albero parta da una riga senza superiore."),
            format!("the row «{id}» ends up inside itself: following the upper rows leads back to it. Fix the parent so that the tree starts from a row without a parent."),
        ),
        What::TooDeep { id } => pick(
            lang,
            format!("la riga «{id}» è a più di {} livelli dalla cima dell'albero. Controlli la colonna dell'elemento superiore: probabilmente una riga punta a quella sbagliata.", crate::import::MAX_DEPTH),
            format!("the row «{id}» is more than {} levels below the top of the tree. Check the parent column: a row probably points to the wrong one.", crate::import::MAX_DEPTH),
        ),
        What::DuplicateRow { id } => pick(
            lang,
            format!("c'è già una riga per «{id}» in questo foglio. Tenga una sola riga per ciascun elemento e vi riunisca i valori."),
            format!("there is already a row for «{id}» in this sheet. Keep one row per item and gather the values there."),
        ),
        What::MergedAcross { range } => pick(
            lang,
            format!("le celle {range} sono unite: è stato letto solo il valore della prima. Separi le celle e scriva ogni valore nella sua colonna."),
            format!("the cells {range} are merged: only the first one's value was read. Unmerge them and write each value in its own column."),
        ),
        What::HiddenRows { rows } => {
            let one = rows.len() == 1;
            pick(
                lang,
                if one {
                    format!("riga nascosta nel foglio di calcolo, importata comunque: {}. Se andava tolta, la cancelli; altrimenti può mostrarla di nuovo.", list(rows, lang))
                } else {
                    format!("righe nascoste nel foglio di calcolo, importate comunque: {}. Se andavano tolte, le cancelli; altrimenti può mostrarle di nuovo.", list(rows, lang))
                },
                format!("{} in the spreadsheet, imported all the same: {}. If {} meant to be dropped, delete {}; otherwise you may show {} again.", if one { "row hidden" } else { "rows hidden" }, list(rows, lang), if one { "it was" } else { "they were" }, if one { "it" } else { "them" }, if one { "it" } else { "them" }),
            )
        }
        What::CodePadded { typed, code } => pick(
            lang,
            format!("il codice è stato scritto come numero ({typed}), che perde gli zeri iniziali: è stato letto come «{code}». Per evitarlo, formatti la cella come testo (Formato › Celle › Testo) e scriva il codice con gli zeri."),
            format!("the code was typed as a number ({typed}), which loses its leading zeros: it was read as «{code}». To avoid this, format the cell as text (Format › Cells › Text) and type the code with its zeros."),
        ),
        What::LooksLikeFraction { value, percent } => pick(
            lang,
            format!("«{value}» sembra una frazione, mentre gli altri valori della colonna sono percentuali (come 90 o 100): se intendeva {percent}%, scriva {percent}. Succede quando si digita 85% in una cella con formato numerico: la colonna vuole la percentuale come si legge (85)."),
            format!("«{value}» looks like a fraction, while the other values of the column are percentages (like 90 or 100): if you meant {percent}%, write {percent}. This happens when 85% is typed in a cell with a number format: the column wants the percentage as it reads (85)."),
        ),
        What::CsvEncoding { encoding, ambiguous: false } => pick(
            lang,
            format!("il file non è in UTF-8: è stato letto come {encoding}. Controlli accenti e simboli (€); per non dover indovinare, lo salvi con la codifica «Unicode (UTF-8)»."),
            format!("the file is not in UTF-8: it was read as {encoding}. Check accents and symbols (€); to avoid guessing, save it with the «Unicode (UTF-8)» character set."),
        ),
        What::CsvEncoding { encoding, ambiguous: true } => pick(
            lang,
            format!("il file non è in UTF-8 e i suoi caratteri possono essere sia Windows-1252 sia ISO-8859-15: è stato letto come {encoding}, ma un € potrebbe essere diventato ¤. Lo salvi di nuovo con la codifica «Unicode (UTF-8)»."),
            format!("the file is not in UTF-8 and its characters fit both Windows-1252 and ISO-8859-15: it was read as {encoding}, but a € may have become ¤. Save it again with the «Unicode (UTF-8)» character set."),
        ),
        What::Parse(e) => e.message(lang),
        What::Check(d, refs) => {
            let mut m = d.message(lang);
            for (path, at) in refs {
                m = m.replace(path.as_str(), &place(at, lang).replacen("Foglio", "foglio", 1).replacen("Sheet", "sheet", 1));
            }
            sheet_hints(&m, at_sheet, lang)
        }
    }
}

/// `3, 7 e 9`: row numbers.
pub fn list(rows: &[usize], lang: Lang) -> String {
    let items: Vec<String> = rows.iter().map(usize::to_string).collect();
    let and = pick(lang, " e ".into(), " and ".into());
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// Why a file could not be read as a workbook.
pub fn read_error(e: &ReadError, lang: Lang) -> String {
    match e {
        ReadError::NotWorkbook => pick(
            lang,
            "il file non è un foglio di calcolo che il cruscotto sa leggere (.xlsx, .xlsm, .xlsb, .xls, .ods). Controlli di aver scelto il file giusto; se lo è, lo apra con LibreOffice o Excel e lo salvi come «Foglio elettronico ODF (.ods)» o «Cartella di lavoro di Excel (.xlsx)».".into(),
            "the file is not a spreadsheet the dashboard can read (.xlsx, .xlsm, .xlsb, .xls, .ods). Check that you chose the right file; if so, open it with LibreOffice or Excel and save it as «ODF Spreadsheet (.ods)» or «Excel Workbook (.xlsx)».".into(),
        ),
        ReadError::Encrypted => pick(
            lang,
            "il file è protetto da una password. Lo apra, tolga la password (in LibreOffice: File › Salva con nome, senza «Salva con password»; in Excel: File › Informazioni › Proteggi cartella di lavoro) e lo salvi di nuovo.".into(),
            "the file is protected by a password. Open it, remove the password (LibreOffice: File › Save As, without «Save with password»; Excel: File › Info › Protect Workbook) and save it again.".into(),
        ),
        ReadError::Damaged(detail) => pick(
            lang,
            format!("il foglio di calcolo è danneggiato e non si può leggere ({detail}). Lo apra con LibreOffice o Excel e lo salvi di nuovo."),
            format!("the spreadsheet is damaged and cannot be read ({detail}). Open it with LibreOffice or Excel and save it again."),
        ),
        ReadError::TooLarge => pick(
            lang,
            "il file è troppo grande per essere un piano. Controlli di aver scelto il file giusto.".into(),
            "the file is too large to be a plan. Check that you chose the right file.".into(),
        ),
    }
}

/// What a column holds, for the instructions sheet.
pub fn kind_label(kind: Kind) -> String {
    match kind {
        Kind::Text | Kind::MaybeEmpty => "testo".into(),
        Kind::Rich => "testo, anche con marcatori HTML semplici".into(),
        Kind::Code { .. } => "codice".into(),
        Kind::Mission => "codice di missione (due cifre)".into(),
        Kind::Int => "numero intero".into(),
        Kind::Dec { decimals: Some(d) } => {
            format!("numero (arrotondato a {d} decimali se il foglio lo memorizza con più cifre)")
        }
        Kind::Dec { decimals: None } => "numero".into(),
        Kind::Date => "data (31/12/2024)".into(),
        Kind::Bool => "sì / no".into(),
        Kind::Choice(list) => format!(
            "uno tra: {}",
            list.iter().map(|c| c.label).collect::<Vec<_>>().join(", ")
        ),
        Kind::List => "elenco separato da punto e virgola".into(),
        Kind::Lines => "una voce per riga".into(),
        Kind::Ints => "anni separati da punto e virgola".into(),
        Kind::Sdgs => "numeri da 1 a 17 separati da punto e virgola".into(),
        Kind::Cells => "i valori della riga, una colonna per colonna della tabella".into(),
    }
}

/// The fixed lines at the top of the instructions sheet.
pub const INSTRUCTIONS_INTRO: &[&str] = &[
    "Modello per il Cruscotto della performance (formato cruscotto/1)",
    "Ogni foglio raccoglie un tipo di informazione; la prima riga di ogni foglio contiene le intestazioni: non le cambi. Le colonne con * sono obbligatorie.",
    "Le righe già presenti sono un esempio: le sostituisca con i dati del suo documento (o le cancelli).",
    "Numeri: 1.234,56 oppure € 1.234,56 oppure 95% (la virgola separa i decimali). Date: 31/12/2024. Per un dato che non c'è: lasci la cella vuota, oppure scriva // o -.",
    "Gli importi in euro sono arrotondati a 2 decimali quando il foglio di calcolo li memorizza con più cifre (ad esempio 5046,8999999999996 diventa 5.046,90).",
    "Poi: cruscotto import modello.xlsx -o piano.json (oppure apra il file .xlsx nell'anteprima del cruscotto) e corregga i problemi segnalati, che indicano foglio, riga e colonna.",
    "Guida completa: docs/GUIDA.md.",
];

/// Headers of the instructions table.
pub const INSTRUCTIONS_HEADERS: [&str; 5] = [
    "Foglio",
    "Colonna",
    "Obbligatoria",
    "Tipo",
    "Come compilarla",
];

/// `sì` / `no`.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "sì"
    } else {
        "no"
    }
}

/// The kind of act a body approves with: `Delibera della Giunta comunale`.
pub fn approval_act(b: ApprovalBody, lang: Lang) -> &'static str {
    let (it, en) = match b {
        ApprovalBody::Giunta => (
            "Delibera della Giunta comunale",
            "Resolution of the municipal executive",
        ),
        ApprovalBody::Consiglio => (
            "Delibera del Consiglio comunale",
            "Resolution of the municipal council",
        ),
        ApprovalBody::Sindaco => ("Decreto del Sindaco", "Mayor's decree"),
        ApprovalBody::Dirigente => ("Determinazione dirigenziale", "Manager's decision"),
        ApprovalBody::Nucleo => (
            "Atto del Nucleo di valutazione",
            "Act of the evaluation unit",
        ),
        ApprovalBody::Altro => ("Atto", "Act"),
    };
    if lang == Lang::It {
        it
    } else {
        en
    }
}

/// `Delibera della Giunta comunale n. 124 del 31/05/2022`.
pub fn approval(a: &Approval, lang: Lang) -> String {
    let mut s = approval_act(a.body, lang).to_string();
    if let Some(n) = &a.number {
        s.push_str(" n. ");
        s.push_str(n);
    }
    if let Some(d) = &a.date {
        s.push_str(if lang == Lang::It { " del " } else { " of " });
        s.push_str(&cruscotto_core::it::date(d));
    }
    s
}

/// `Documento approvato con delibera della Giunta comunale n. 124 del 31/05/2022`.
pub fn approved(a: &Approval, lang: Lang) -> String {
    let act = approval(a, lang);
    let mut chars = act.chars();
    let act = match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => act,
    };
    pick(
        lang,
        format!("Documento approvato con {act}"),
        format!("Document approved by {act}"),
    )
}

/// The name of a kind of document, in a sentence (`un Piano della performance`).
pub fn document_kind(k: DocumentKind, lang: Lang) -> &'static str {
    match (k, lang) {
        (DocumentKind::Piano, Lang::It) => "un Piano della performance",
        (DocumentKind::Piano, Lang::En) => "a performance plan",
        (DocumentKind::Piao, Lang::It) => "un PIAO (sezione Performance)",
        (DocumentKind::Piao, Lang::En) => "a PIAO (performance section)",
        (DocumentKind::Monitoraggio, Lang::It) => "un monitoraggio intermedio",
        (DocumentKind::Monitoraggio, Lang::En) => "a mid-year monitoring",
        (DocumentKind::Relazione, Lang::It) => "una Relazione sulla performance",
        (DocumentKind::Relazione, Lang::En) => "a performance report",
    }
}

/// Why the catalogue `path` cannot be read (what, and where: JSON path,
/// line, column), and what to do.
pub fn catalogue_error(e: &CatalogueError, path: &str, lang: Lang) -> String {
    let what = match e {
        CatalogueError::Json(e) => cruscotto_core::messages::parse_error(e, lang),
        CatalogueError::Format(f) => pick(
            lang,
            format!("Il campo $.format è «{}», non «{CATALOGUE_FORMAT}»: questa versione di Cruscotto legge solo «{CATALOGUE_FORMAT}».", short(f)),
            format!("The field $.format is «{}», not «{CATALOGUE_FORMAT}»: this version of Cruscotto reads only «{CATALOGUE_FORMAT}».", short(f)),
        ),
        CatalogueError::BadFile { index, file } => pick(
            lang,
            format!("Il campo $.documents[{index}].file, «{}», non è un file .json della cartella plans/.", short(file)),
            format!("The field $.documents[{index}].file, «{}», is not a .json file of the plans/ folder.", short(file)),
        ),
        CatalogueError::BadSha256 { index } => pick(
            lang,
            format!("Il campo $.documents[{index}].sha256 non è un'impronta SHA-256 (64 cifre esadecimali)."),
            format!("The field $.documents[{index}].sha256 is not a SHA-256 fingerprint (64 hexadecimal digits)."),
        ),
        CatalogueError::Repeated { index, file } => pick(
            lang,
            format!("Il campo $.documents[{index}].file, «{}», ripete un documento già elencato.", short(file)),
            format!("The field $.documents[{index}].file, «{}», repeats a document already listed.", short(file)),
        ),
    };
    pick(
        lang,
        format!("il catalogo «{path}» non si legge. {what} Lo ripristini dalla copia pubblicata sul sito, oppure pubblichi in una cartella nuova."),
        format!("the catalogue «{path}» cannot be read. {what} Restore it from the copy published on the site, or publish into a new folder."),
    )
}

/// Why `cruscotto publish` does not add (or remove) a document in `folder`.
pub fn refusal(r: &Refusal, folder: &str, lang: Lang) -> String {
    match r {
        Refusal::OtherMunicipality { folder: owner, plan } => pick(
            lang,
            format!("la cartella «{folder}» pubblica i documenti del comune «{owner}», il piano è del comune «{plan}»: una cartella pubblica i documenti di un solo comune. Indichi con -o la cartella di «{plan}», o una nuova."),
            format!("the folder «{folder}» publishes the documents of the municipality «{owner}», the plan is of the municipality «{plan}»: a folder publishes one municipality's documents. Name with -o the folder of «{plan}», or a new one."),
        ),
        Refusal::SameFile { file } => pick(
            lang,
            format!("nella cartella «{folder}» c'è già il documento «{file}»: per sostituirlo ripeta il comando con --sostituisci; per pubblicarlo accanto, dia al file un altro nome."),
            format!("the folder «{folder}» already holds the document «{file}»: to replace it run the command again with --sostituisci; to publish it alongside, give the file another name."),
        ),
        Refusal::SameKindYear { file, kind, year } => pick(
            lang,
            format!("nella cartella «{folder}» c'è già {} del {year}, «{file}»: per sostituirlo con questo ripeta il comando con --sostituisci («{file}» viene tolto).", document_kind(*kind, lang)),
            format!("the folder «{folder}» already holds {} for {year}, «{file}»: to replace it with this one run the command again with --sostituisci («{file}» is taken out).", document_kind(*kind, lang)),
        ),
        Refusal::FileName { file } => pick(
            lang,
            format!("il nome del file «{}» non va bene per un documento pubblicato: usi un nome che finisce in .json, senza «:» né «\\», diverso da index.json e da modello.json (per esempio «comune-2025-piano.json»).", short(file)),
            format!("the file name «{}» does not suit a published document: use a name ending in .json, without «:» or «\\», other than index.json and modello.json (for instance «comune-2025-piano.json»).", short(file)),
        ),
        Refusal::NotListed { file, listed } if listed.is_empty() => pick(
            lang,
            format!("nella cartella «{folder}» non c'è il documento «{file}»: la cartella non ha documenti pubblicati."),
            format!("the folder «{folder}» has no document «{file}»: the folder has no published document."),
        ),
        Refusal::NotListed { file, listed } => {
            let names: Vec<&str> = listed.iter().map(String::as_str).collect();
            pick(
                lang,
                format!("nella cartella «{folder}» non c'è il documento «{file}»: i documenti pubblicati sono {}.", quoted(&names)),
                format!("the folder «{folder}» has no document «{file}»: the published documents are {}.", quoted(&names)),
            )
        }
    }
}
