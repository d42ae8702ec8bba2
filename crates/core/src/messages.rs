//! Every sentence the core says to a person, in Italian and English, in one
//! place. Messages are complete sentences: what is wrong, where, and how to
//! fix it.

use crate::check::{Check, CodeScope};
use crate::it;
use crate::parse::{
    DecimalProblem, JsonKind, ParseErrorKind, ParsePlanError, SyntaxDetail, MAX_FILE_BYTES,
};
use crate::score::IndicatorState;
use crate::Lang;

fn pick(lang: Lang, it: String, en: String) -> String {
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("«{}»", short(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Longest text from the input a message repeats whole, in characters.
pub const EXCERPT_CHARS: usize = 60;

/// A text from the input as a message repeats it: whole when short, else
/// its beginning and «…».
pub fn short(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().nth(EXCERPT_CHARS).is_none() {
        return s.into();
    }
    let head: String = s.chars().take(EXCERPT_CHARS - 10).collect();
    format!("{head}…").into()
}

/// Longest JSON path a message repeats whole, in characters.
pub const PATH_CHARS: usize = 120;

/// A JSON path as a message shows it: whole when short, else its first and
/// last steps around «…» (`$.objectives[0].children[0]…children[0].title`).
pub fn short_path(path: &str) -> std::borrow::Cow<'_, str> {
    if path.len() <= PATH_CHARS {
        return path.into();
    }
    // Cut before a `.`, so that whole steps (`.children[0]`) are kept; a
    // key holding a dot only moves the cut (it is at a char boundary).
    let starts: Vec<usize> = path
        .char_indices()
        .filter(|(_, c)| *c == '.')
        .map(|(i, _)| i)
        .collect();
    let keep = PATH_CHARS / 2 - 10;
    let head = starts
        .iter()
        .rev()
        .find(|&&i| i <= keep)
        .copied()
        .unwrap_or(0);
    let tail = starts
        .iter()
        .find(|&&i| path.len() - i <= keep)
        .copied()
        .unwrap_or(path.len());
    if head <= 1 || tail <= head || tail == path.len() {
        let cut: String = path.chars().take(keep).collect();
        return format!("{cut}…").into();
    }
    format!("{}…{}", &path[..head], &path[tail..]).into()
}

/// `n` and the noun, singular or plural (`1 elemento`, `3 elementi`).
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A period of years: `2024` or `2024–2026`.
fn years(start: i32, end: i32) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}–{end}")
    }
}

/// serde's description of a value (`string "…"`, ``integer `3` ``) with the
/// value as a short excerpt, its quotes kept.
fn short_desc(serde_desc: &str) -> String {
    let (head, value) = serde_desc.split_once(' ').unwrap_or((serde_desc, ""));
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => format!("{head} \"{}\"", short(inner)),
        None => short(serde_desc).into_owned(),
    }
}

/// serde's description of a value or of what was expected, in plain
/// English (its Rust type names are no use to a publisher).
fn type_en(serde_desc: &str) -> String {
    let d = serde_desc.trim();
    match d.split_once(' ').map_or(d, |(head, _)| head) {
        "struct" | "map" => "an object { … }".into(),
        "sequence" => "a list [ … ]".into(),
        "u8" => "a whole number from 0 to 255".into(),
        "u16" | "u32" | "u64" | "i32" | "i64" | "usize" => "a whole number".into(),
        _ if d == "a sequence" => "a list [ … ]".into(),
        _ if d == "a map" => "an object { … }".into(),
        _ => short_desc(d),
    }
}

/// serde's description of a value or of what was expected, in Italian;
/// the value itself (when serde repeats it) as a short excerpt.
fn type_it(serde_desc: &str) -> String {
    let d = serde_desc.trim();
    let d = d.replacen("floating point", "floating", 1);
    let (head, value) = d.split_once(' ').unwrap_or((&d, ""));
    let value = value.trim_matches('`');
    let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => format!("\"{}\"", short(inner)),
        None => short(value).into_owned(),
    };
    match head {
        "string" => format!("il testo {value}"),
        "integer" if value.is_empty() => "un numero intero".into(),
        "integer" | "floating" => format!("il numero {value}"),
        "boolean" => format!("il valore logico {value}"),
        "map" => "un oggetto { … }".into(),
        "sequence" => "un elenco [ … ]".into(),
        "null" => "null (valore vuoto)".into(),
        "unit" if value.is_empty() => "null (valore vuoto)".into(),
        "a" | "an" => match &*value {
            "string" => "un testo tra virgolette".into(),
            "sequence" | "list" => "un elenco [ … ]".into(),
            "boolean" => "true o false".into(),
            "map" => "un oggetto { … }".into(),
            "number" | "integer" => "un numero".into(),
            _ => format!("un valore ({})", short(&d)),
        },
        "struct" | "newtype" => "un oggetto { … }".into(),
        "enum" | "variant" | "unit" => "uno dei valori ammessi, tra virgolette".into(),
        "char" | "character" => "un carattere".into(),
        "u8" => "un numero intero da 0 a 255".into(),
        "u16" | "u32" | "u64" | "i32" | "i64" | "usize" => "un numero intero".into(),
        "string," => "un testo".into(),
        "number" if d.contains("out of range") => "un numero troppo grande".into(),
        _ if d.starts_with("u8") => "un numero intero da 0 a 255".into(),
        _ => short(&d).into(),
    }
}

fn syntax_it(d: SyntaxDetail) -> &'static str {
    match d {
        SyntaxDetail::ExpectedCommaOrClose => "manca una virgola tra due elementi, oppure una parentesi di chiusura } o ]",
        SyntaxDetail::ExpectedValue => "manca un valore (testo tra virgolette, numero, true, false, null, oggetto o elenco)",
        SyntaxDetail::ExpectedColon => "manca i due punti «:» dopo il nome di un campo",
        SyntaxDetail::KeyMustBeString => "il nome di un campo deve essere scritto tra virgolette doppie",
        SyntaxDetail::TrailingComma => "c'è una virgola di troppo prima di una parentesi di chiusura",
        SyntaxDetail::TrailingCharacters => "ci sono altri caratteri dopo la fine del documento",
        SyntaxDetail::ControlCharacter => "un testo contiene un carattere di controllo (ad esempio un a capo): va scritto come \\n",
        SyntaxDetail::InvalidEscape => "un testo contiene una sequenza con la barra rovesciata «\\» non valida",
        SyntaxDetail::InvalidNumber => "un numero è scritto in modo non valido",
        SyntaxDetail::Other => "la sintassi JSON non è valida",
    }
}

fn syntax_en(d: SyntaxDetail) -> &'static str {
    match d {
        SyntaxDetail::ExpectedCommaOrClose => {
            "a comma between two items, or a closing } or ], is missing"
        }
        SyntaxDetail::ExpectedValue => "a value is missing",
        SyntaxDetail::ExpectedColon => "a colon «:» after a field name is missing",
        SyntaxDetail::KeyMustBeString => "a field name must be in double quotes",
        SyntaxDetail::TrailingComma => "there is an extra comma before a closing bracket",
        SyntaxDetail::TrailingCharacters => "there are characters after the end of the document",
        SyntaxDetail::ControlCharacter => {
            "a text holds a control character (e.g. a raw newline): write it as \\n"
        }
        SyntaxDetail::InvalidEscape => "a text holds an invalid backslash escape",
        SyntaxDetail::InvalidNumber => "a number is malformed",
        SyntaxDetail::Other => "the JSON syntax is invalid",
    }
}

/// Megabytes with one decimal, rounded half up, Italian comma; integer
/// arithmetic only (no float formatting in the WebAssembly).
fn mb(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{},{}", tenths / 10, tenths % 10)
}

/// The message of a parse error, with path and position.
pub fn parse_error(e: &ParsePlanError, lang: Lang) -> String {
    let path = short_path(&e.path);
    let at_it = if e.line > 0 {
        format!(" (in {path}, riga {}, colonna {})", e.line, e.column)
    } else if e.path != "$" {
        format!(" (in {path})")
    } else {
        String::new()
    };
    let at_en = if e.line > 0 {
        format!(" (at {path}, line {}, column {})", e.line, e.column)
    } else if e.path != "$" {
        format!(" (at {path})")
    } else {
        String::new()
    };
    use ParseErrorKind::*;
    match &e.kind {
        Empty => pick(lang, "Il file è vuoto: non contiene alcun dato.".into(), "The file is empty.".into()),
        TooLarge { bytes } => pick(
            lang,
            format!("Il file è troppo grande ({} MB): il limite è {} MB. Controlli di aver scelto il file giusto.", mb(*bytes), MAX_FILE_BYTES / 1_048_576),
            format!("The file is too large ({} MB): the limit is {} MB.", mb(*bytes), MAX_FILE_BYTES / 1_048_576),
        ),
        NotUtf8 => pick(
            lang,
            format!("Il file non è testo in codifica UTF-8{at_it}. Lo salvi come «JSON UTF-8»."),
            format!("The file is not UTF-8 text{at_en}. Save it as UTF-8 JSON."),
        ),
        Truncated => pick(
            lang,
            format!("Il file è incompleto: finisce prima che il JSON sia chiuso{at_it}. Probabilmente è stato troncato durante la copia o il salvataggio."),
            format!("The file is incomplete: it ends before the JSON is closed{at_en}. It was probably truncated."),
        ),
        TooDeep => pick(
            lang,
            format!("Il file è annidato troppo in profondità{at_it}: il lettore accetta al massimo 128 livelli di parentesi, cioè un albero degli obiettivi di circa 60 livelli. Riduca la profondità dell'albero."),
            format!("The file is nested too deeply{at_en}: at most 128 levels of brackets are read (a tree of about 60 levels)."),
        ),
        Syntax { detail } => pick(
            lang,
            format!("Il file non è JSON valido{at_it}: {}.", syntax_it(*detail)),
            format!("The file is not valid JSON{at_en}: {}.", syntax_en(*detail)),
        ),
        MissingVersion => pick(
            lang,
            "Manca il campo «format»: non sembra un file di Cruscotto. Un file valido inizia con \"format\": \"cruscotto/1\".".into(),
            "The «format» field is missing: this does not look like a Cruscotto file (expected \"format\": \"cruscotto/1\").".into(),
        ),
        UnknownVersion { found } => {
            let found = short(found);
            pick(
                lang,
                format!("Versione del formato non riconosciuta: «{found}»{at_it}. Questa versione di Cruscotto legge solo «cruscotto/1»."),
                format!("Unknown format version «{found}»{at_en}. This version of Cruscotto reads only «cruscotto/1»."),
            )
        }
        RootNotObject { found } => {
            let (it_found, en_found) = match found {
                JsonKind::Array => ("un elenco [ … ]", "a list [ … ]"),
                JsonKind::String => ("un testo tra virgolette", "a quoted text"),
                JsonKind::Number => ("un numero", "a number"),
                JsonKind::Boolean => ("un valore logico (true o false)", "a boolean (true or false)"),
                JsonKind::Null => ("null", "null"),
            };
            pick(
                lang,
                format!("Il file contiene {it_found}, non un oggetto JSON: un file di Cruscotto è un oggetto tra parentesi graffe che inizia con {{ \"format\": \"cruscotto/1\", … }}. Controlli di aver scelto il file giusto."),
                format!("The file holds {en_found}, not a JSON object: a Cruscotto file is an object in braces starting with {{ \"format\": \"cruscotto/1\", … }}. Check that you chose the right file."),
            )
        }
        DuplicateField { field } => {
            let field = short(field);
            pick(
                lang,
                format!("Il campo «{field}» compare due volte nello stesso oggetto{at_it}: ne tenga uno solo, con il valore giusto."),
                format!("The field «{field}» appears twice in the same object{at_en}: keep only one, with the right value."),
            )
        }
        InvalidLength { length, expected } => pick(
            lang,
            format!("Numero di elementi sbagliato{at_it}: ce ne sono {length}, atteso {}.", type_it(expected)),
            format!("Wrong number of items{at_en}: {length}, expected {}.", type_en(expected)),
        ),
        MissingField { field } => pick(
            lang,
            format!("Manca il campo obbligatorio «{field}»{at_it}. Lo aggiunga."),
            format!("The required field «{field}» is missing{at_en}."),
        ),
        UnknownField { field, expected } => pick(
            lang,
            format!("Campo sconosciuto «{}»{at_it}. Controlli che il nome sia scritto correttamente; i campi ammessi qui sono: {}.", short(field), list(expected)),
            format!("Unknown field «{}»{at_en}. Check its spelling; the fields allowed here are: {}.", short(field), list(expected)),
        ),
        UnknownVariant { value, expected } => pick(
            lang,
            format!("Valore «{}» non ammesso{at_it}. I valori ammessi sono: {}.", short(value), list(expected)),
            format!("Value «{}» is not allowed{at_en}. Allowed values: {}.", short(value), list(expected)),
        ),
        InvalidType { found, expected } => pick(
            lang,
            format!("Tipo di valore sbagliato{at_it}: trovato {}, atteso {}.", type_it(found), type_it(expected)),
            format!("Wrong type of value{at_en}: found {}, expected {}.", type_en(found), type_en(expected)),
        ),
        InvalidValue { found, expected } => pick(
            lang,
            format!("Valore non valido{at_it}: {}, atteso {}.", type_it(found), type_it(expected)),
            format!("Invalid value{at_en}: {}, expected {}.", type_en(found), type_en(expected)),
        ),
        Decimal { problem, literal } => {
            let (it_why, en_why) = match problem {
                DecimalProblem::Syntax => (
                    "non è un numero scritto nella forma richiesta: usi il punto come separatore decimale, senza separatori delle migliaia né simboli (ad esempio \"1234567.89\" per 1.234.567,89 €)",
                    "is not a plain decimal: use a dot as decimal separator, no thousands separators or symbols (e.g. \"1234567.89\")",
                ),
                DecimalProblem::Exponent => (
                    "usa la notazione esponenziale, che non è ammessa: scriva il numero per esteso",
                    "uses exponent notation, which is not allowed: write the number in full",
                ),
                DecimalProblem::Range => (
                    "ha più di 28 cifre significative o è troppo grande per essere calcolato esattamente: non verrà arrotondato di nascosto",
                    "has more than 28 significant digits or is too large to be computed exactly: it will not be silently rounded",
                ),
                DecimalProblem::Type => ("non è un numero", "is not a number"),
                DecimalProblem::Empty => ("è vuoto", "is empty"),
            };
            let literal = short(literal);
            pick(
                lang,
                format!("Numero non valido{at_it}: «{literal}» {it_why}."),
                format!("Invalid number{at_en}: «{literal}» {en_why}."),
            )
        }
        Other { message } => {
            let message = short(message);
            pick(
                lang,
                format!("Il file non è valido{at_it} (messaggio del lettore JSON: «{message}»)."),
                format!("The file is invalid{at_en}: {message}."),
            )
        }
    }
}

/// `published − computed` in euro, or a dash when it is too large to compute.
fn difference(published: &crate::Dec, computed: &crate::Dec) -> String {
    match published.get().checked_sub(computed.get()) {
        Some(d) => it::euro(crate::Dec(d)),
        None => "—".into(),
    }
}

/// The message of a check.
pub fn check(c: &Check, lang: Lang) -> String {
    use Check::*;
    let p = |d: &crate::Dec| it::percent(*d);
    let e = |d: &crate::Dec| it::euro(*d);
    let n = |d: &crate::Dec| it::plain(*d);
    let s = |t: &str| short(t).into_owned();
    let sp = |t: &str| short_path(t).into_owned();
    match c {
        DuplicateId { id, first } => pick(
            lang,
            format!("L'identificativo «{}» è già usato in {}: ogni elemento deve avere un identificativo diverso.", s(id), sp(first)),
            format!("The id «{}» is already used at {}: ids must be unique.", s(id), sp(first)),
        ),
        UnknownUnit { id } => pick(
            lang,
            format!("L'unità organizzativa «{}» non esiste nell'organigramma (campo «units»): aggiunga l'unità o corregga il riferimento.", s(id)),
            format!("The unit «{}» is not in the organisation («units»).", s(id)),
        ),
        UnknownLevel { id } => pick(
            lang,
            format!("Il livello «{}» non è tra quelli dichiarati in «levels».", s(id)),
            format!("The level «{}» is not declared in «levels».", s(id)),
        ),
        InvalidDate {
            value,
            deadline: true,
        } => pick(
            lang,
            format!("La data «{}» non è valida: scriva le date nella forma AAAA-MM-GG (ad esempio 2024-12-31); una scadenza a parole va in «deadline_text».", s(value)),
            format!("The date «{}» is invalid: write dates as YYYY-MM-DD; a deadline in words goes in «deadline_text».", s(value)),
        ),
        InvalidDate {
            value,
            deadline: false,
        } => pick(
            lang,
            format!("La data «{}» non è valida: scriva le date nella forma AAAA-MM-GG (ad esempio 2024-12-31).", s(value)),
            format!("The date «{}» is invalid: write dates as YYYY-MM-DD.", s(value)),
        ),
        NegativeWeight { value } => pick(
            lang,
            format!("Il peso {} è negativo: un peso deve essere zero o positivo.", n(value)),
            format!("The weight {} is negative.", n(value)),
        ),
        WeightTooLarge { value } => pick(
            lang,
            format!("Il peso {} supera 100, ma i pesi di questo piano sono percentuali. Se sono numeri relativi, dichiari \"weights\": \"relative\" nel metodo di valutazione.", n(value)),
            format!("The weight {} is above 100 but weights are percentages here (declare \"weights\": \"relative\" otherwise).", n(value)),
        ),
        EmptyText { field } => pick(
            lang,
            format!("Il campo «{field}» è vuoto: va compilato."),
            format!("The field «{field}» is empty."),
        ),
        InvalidSdg { value } => pick(
            lang,
            format!("L'obiettivo dell'Agenda 2030 «{value}» non esiste: gli obiettivi vanno da 1 a 17."),
            format!("Agenda 2030 goal «{value}» does not exist (1–17)."),
        ),
        InvalidMission { value } => pick(
            lang,
            format!("La missione di bilancio «{}» non esiste: usi il codice a due cifre (01–20, 50, 60, 99).", s(value)),
            format!("Budget mission «{}» does not exist (01–20, 50, 60, 99).", s(value)),
        ),
        InvalidProgramme { value } => pick(
            lang,
            format!("Il programma di bilancio «{}» non è valido: va scritto MM.PP (ad esempio 04.01) e deve appartenere alla missione indicata.", s(value)),
            format!("Budget programme «{}» is invalid: write MM.PP, within the given mission.", s(value)),
        ),
        InvalidPeriod { start, end } => pick(
            lang,
            format!("Il periodo {start}–{end} non è valido: l'anno di inizio deve precedere o coincidere con quello di fine."),
            format!("The period {start}–{end} is invalid."),
        ),
        TargetMissingValue { comparator } => pick(
            lang,
            format!("Il target con confronto «{comparator}» non ha il valore da raggiungere (per «range» servono «min» e «max»)."),
            format!("The target with comparator «{comparator}» has no value (a range needs «min» and «max»)."),
        ),
        TargetRangeInverted { min, max } => pick(
            lang,
            format!("L'intervallo del target è rovesciato: il minimo {} supera il massimo {}.", n(min), n(max)),
            format!("The target range is inverted: min {} is above max {}.", n(min), n(max)),
        ),
        MissingTarget => pick(
            lang,
            "L'indicatore non ha un target: senza valore atteso non si può calcolare il grado di raggiungimento. Se è solo informativo, indichi \"kind\": \"informativo\".".into(),
            "The indicator has no target, so its achievement cannot be computed (mark it \"informativo\" if it is informational).".into(),
        ),
        ZeroTarget => pick(
            lang,
            "Il target «almeno 0» rende impossibile il calcolo del grado di raggiungimento come rapporto (divisione per zero): indichi un valore atteso positivo, oppure un confronto «<=» o «=».".into(),
            "A target of «at least 0» makes the achievement ratio a division by zero: give a positive target, or use «<=» or «=».".into(),
        ),
        UnknownRow { id } => pick(
            lang,
            format!("La riga di totale somma la riga «{}», che non esiste in questa tabella.", s(id)),
            format!("The total row adds up row «{}», which does not exist in this table.", s(id)),
        ),
        CircularTotal => pick(
            lang,
            "La riga di totale somma (direttamente o tramite altri totali) sé stessa.".into(),
            "The total row adds up itself (directly or through other totals).".into(),
        ),
        ValueOutsideColumns { column } => pick(
            lang,
            format!("La riga ha un importo nella colonna «{column}», che la tabella non dichiara in «columns»."),
            format!("The row has an amount in column «{column}», which the table does not declare."),
        ),
        TableRowLength { expected, found } => pick(
            lang,
            format!("La riga ha {found} celle, ma la tabella ha {expected} colonne."),
            format!("The row has {found} cells but the table has {expected} columns."),
        ),
        TableCell { column, value, expected } => pick(
            lang,
            format!("Il valore «{}» della colonna «{}» non è del tipo dichiarato ({expected}); i numeri vanno scritti con il punto decimale e senza separatori delle migliaia.", s(value), s(column)),
            format!("The value «{}» in column «{}» is not of the declared type ({expected}).", s(value), s(column)),
        ),
        ActivityOutOfScale { value, scale } => pick(
            lang,
            format!("Il valore {} è fuori dalla scala dell'indicatore di attività (da 0 a {}).", n(value), n(scale)),
            format!("The value {} is outside the activity scale (0 to {}).", n(value), n(scale)),
        ),
        InvalidUrl { value } => pick(
            lang,
            format!("L'indirizzo «{}» non è valido: sono ammessi solo indirizzi http:// o https://.", s(value)),
            format!("The address «{}» is not allowed: only http:// or https://.", s(value)),
        ),
        NegativeAchievement { value } => pick(
            lang,
            format!("Il grado di raggiungimento pubblicato {} è negativo.", p(value)),
            format!("The published achievement {} is negative.", p(value)),
        ),
        InvalidYear { value } => pick(
            lang,
            format!("L'anno {value} non è plausibile."),
            format!("The year {value} is not plausible."),
        ),
        InvalidBands => pick(
            lang,
            "Le fasce di raggiungimento vanno elencate dalla soglia più alta alla più bassa, senza ripetizioni.".into(),
            "Achievement bands must be listed from the highest threshold down, without repeats.".into(),
        ),
        TooLarge => pick(
            lang,
            "Un calcolo su questi numeri supera il massimo che si può calcolare esattamente (circa 79 miliardi di miliardi di miliardi): il risultato non è mostrato. Controlli importi, valori e pesi.".into(),
            "A calculation on these numbers exceeds what can be computed exactly (about 7.9·10^28): no result is shown. Check the amounts, values and weights.".into(),
        ),
        WeightSum { sum, count: 1, total: 1 } => pick(
            lang,
            format!("Il peso dell'unico elemento di questo gruppo è {} invece di 100.", n(sum)),
            format!("The weight of the only item of this group is {} instead of 100.", n(sum)),
        ),
        WeightSum { sum, count, total } if count == total => pick(
            lang,
            format!("I pesi di questi {count} elementi sommano a {} invece che a 100.", n(sum)),
            format!("The weights of these {count} items add up to {} instead of 100.", n(sum)),
        ),
        WeightSum { sum, count: 1, total } => pick(
            lang,
            format!("Su {total} elementi di questo gruppo, solo uno ha un peso, che vale {} invece di 100; quelli senza peso sono segnalati ciascuno al suo posto.", n(sum)),
            format!("Of the {total} items of this group, only one has a weight, which is {} instead of 100; those without one are reported each at its own place.", n(sum)),
        ),
        WeightSum { sum, count, total } => pick(
            lang,
            format!("Su {total} elementi di questo gruppo, {count} hanno un peso, e i loro pesi sommano a {} invece che a 100; quelli senza peso sono segnalati ciascuno al suo posto.", n(sum)),
            format!("Of the {total} items of this group, {count} have a weight, adding up to {} instead of 100; those without one are reported each at its own place.", n(sum)),
        ),
        MissingWeights { missing, total } => pick(
            lang,
            format!(
                "Il metodo prevede una media pesata, ma {} su {total} {} un peso: è stata usata la media semplice.",
                counted(*missing, "elemento", "elementi"),
                if *missing == 1 { "non ha" } else { "non hanno" }
            ),
            format!(
                "A weighted mean is declared but {missing} of {total} items {} no weight: the plain mean was used.",
                if *missing == 1 { "has" } else { "have" }
            ),
        ),
        WeightMissing { weighted, total } => {
            let others = total.saturating_sub(1);
            let (it_have, en_have) = if weighted == &others && others == 1 {
                ("l'altro elemento dello stesso gruppo ne ha uno".to_string(), "the other item of the same group has one".to_string())
            } else if weighted == &others {
                (format!("gli altri {others} elementi dello stesso gruppo ne hanno uno"), format!("the other {others} items of the same group have one"))
            } else {
                (
                    format!("{} degli altri {others} elementi dello stesso gruppo {}", weighted, if *weighted == 1 { "ne ha uno" } else { "ne hanno uno" }),
                    format!("{weighted} of the other {others} items of the same group {}", if *weighted == 1 { "has one" } else { "have one" }),
                )
            };
            pick(
                lang,
                format!("Manca il peso, mentre {it_have}. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata."),
                format!("The weight is missing, while {en_have}. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
            )
        }
        PublishedMismatch { published, computed } => pick(
            lang,
            format!("Il grado di raggiungimento pubblicato ({}) è diverso da quello calcolato dagli elementi sottostanti ({}).", p(published), p(computed)),
            format!("The published achievement ({}) differs from the one computed from below ({}).", p(published), p(computed)),
        ),
        TotalMismatch { column, published, computed } => pick(
            lang,
            format!("Il totale «{column}» pubblicato ({}) è diverso dalla somma delle righe ({}): differenza {}.", e(published), e(computed), difference(published, computed)),
            format!("The published «{column}» total ({}) differs from the sum of its rows ({}).", e(published), e(computed)),
        ),
        DifferenceMismatch { published, computed } => pick(
            lang,
            format!("Lo scostamento pubblicato ({}) è diverso da quello calcolato ({}).", e(published), e(computed)),
            format!("The published difference ({}) differs from the computed one ({}).", e(published), e(computed)),
        ),
        PercentMismatch { published, computed } => pick(
            lang,
            format!("La percentuale pubblicata ({}) è diversa da quella calcolata ({}).", p(published), p(computed)),
            format!("The published percentage ({}) differs from the computed one ({}).", p(published), p(computed)),
        ),
        CommittedAboveBudget { committed, budget } => pick(
            lang,
            format!("L'impegnato ({}) supera lo stanziamento assestato ({}).", e(committed), e(budget)),
            format!("Committed ({}) exceeds the final budget ({}).", e(committed), e(budget)),
        ),
        PaidAboveCommitted { paid, committed } => pick(
            lang,
            format!("Il pagato/liquidato ({}) supera l'impegnato ({}).", e(paid), e(committed)),
            format!("Paid ({}) exceeds committed ({}).", e(paid), e(committed)),
        ),
        CollectedAboveAssessed { collected, assessed } => pick(
            lang,
            format!("Il riscosso ({}) supera l'accertato ({}).", e(collected), e(assessed)),
            format!("Collected ({}) exceeds assessed ({}).", e(collected), e(assessed)),
        ),
        DuplicateCode { code, first, scope } => {
            let (it_scope, en_scope) = match &**scope {
                CodeScope::Siblings => (
                    "un obiettivo dello stesso gruppo (con lo stesso obiettivo superiore)".to_string(),
                    "an objective of the same group (with the same parent)".to_string(),
                ),
                CodeScope::UnitLevel { unit } => (
                    format!("un obiettivo della stessa unità («{}») allo stesso livello", s(unit)),
                    format!("an objective of the same unit («{}») at the same level", s(unit)),
                ),
            };
            pick(
                lang,
                format!("Il codice «{}» è già usato in {}, {it_scope}: con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto.", s(code), sp(first)),
                format!("The code «{}» is already used at {}, {en_scope}: with the same code the two cannot be told apart. Check it was copied as in the document; if the document repeats it, leave it as it is: the warning points out the document's defect.", s(code), sp(first)),
            )
        }
        DeadlinePassedNoValue { deadline, as_of } => pick(
            lang,
            format!("La scadenza ({}) è passata alla data del documento ({}), ma l'indicatore non ha un valore finale.", it::date(deadline), it::date(as_of)),
            format!("The deadline ({deadline}) has passed at the document's date ({as_of}) but there is no final value."),
        ),
        MarkupRemoved { removed } => pick(
            lang,
            format!("La descrizione contiene codice eseguibile o incorporato, non ammesso: {}. Non verrà mai mostrato né eseguito; lo tolga dal testo (di solito arriva incollando da un'altra pagina web).", list(removed)),
            format!("The description holds executable or embedded content, which is not allowed: {}. It is never shown or run; remove it.", list(removed)),
        ),
        MarkupInPlainText { field, dangerous } if !dangerous.is_empty() => pick(
            lang,
            format!("Il campo «{field}» contiene codice HTML eseguibile ({}): è mostrato solo come testo, ma va tolto.", list(dangerous)),
            format!("The field «{field}» holds executable HTML ({}): it is shown as text only, but must be removed.", list(dangerous)),
        ),
        MarkupInPlainText { field, .. } => pick(
            lang,
            format!("Il campo «{field}» contiene marcatori HTML: saranno mostrati come testo, non interpretati."),
            format!("The field «{field}» holds HTML markup: it will be shown as text."),
        ),
        CostTotalMismatch { field, published, computed } => pick(
            lang,
            format!("Il totale pubblicato «{field}» ({}) è diverso dalla somma dei costi per obiettivo/processo ({}): differenza {}.", e(published), e(computed), difference(published, computed)),
            format!("The published «{field}» total ({}) differs from the sum per objective/process ({}).", e(published), e(computed)),
        ),
        CostCountMismatch { published, computed } => pick(
            lang,
            format!("Il totale dichiara {published} elementi, ma quelli con costi nel file sono {computed}."),
            format!("The total covers {published} items but the file has {computed} with costs."),
        ),
        YearOutsidePeriod { year, start, end } => pick(
            lang,
            format!("L'anno {year} è fuori dal periodo del documento ({}).", years(*start, *end)),
            format!("The year {year} is outside the document's period ({}).", years(*start, *end)),
        ),
        DeadlineAfterParent { deadline, parent_deadline, parent } => pick(
            lang,
            format!("La scadenza {} viene dopo quella dell'obiettivo di cui fa parte ({}, in {}). Controlli le due date nel documento; se sono stampate così, le lasci: l'avviso ne segnala l'incoerenza.", it::date(deadline), it::date(parent_deadline), sp(parent)),
            format!("The deadline {deadline} falls after that of the objective it belongs to ({parent_deadline}, at {}). Check both dates in the document; if it prints them so, leave them: the warning points out the inconsistency.", sp(parent)),
        ),
        DeadlineOutsidePeriod { deadline, start, end } => pick(
            lang,
            format!("La scadenza {} è fuori dal periodo del documento ({}). Controlli l'anno nel documento; se è stampato così, lo lasci: l'avviso ne segnala l'incoerenza.", it::date(deadline), years(*start, *end)),
            format!("The deadline {deadline} is outside the document's period ({}). Check the year in the document; if it prints it so, leave it: the warning points out the inconsistency.", years(*start, *end)),
        ),
        DirectionConflict => pick(
            lang,
            "Il confronto del target e la direzione sono in contraddizione (ad esempio «>=» con «meglio più basso»): vale la direzione.".into(),
            "The target comparator and the direction disagree; the direction is used.".into(),
        ),
        InvalidIstat { value } => pick(
            lang,
            format!("Il codice ISTAT «{}» non è di 6 cifre.", s(value)),
            format!("The ISTAT code «{}» is not 6 digits.", s(value)),
        ),
        UnknownObjective { id } => pick(
            lang,
            format!("L'obiettivo «{id}» non esiste in questo file: indichi l'Id di un obiettivo del foglio Obiettivi (campo «id»), oppure tolga il riferimento."),
            format!("The objective «{id}» is not in this file: give the id of one of its objectives, or remove the reference."),
        ),
        EmptyTarget => pick(
            lang,
            "Il target è vuoto: scriva il valore atteso con un confronto (>= 90), oppure una data entro cui fare la cosa (traguardo), oppure il target a parole in «text» (Approvazione del regolamento).".into(),
            "The target is empty: give a comparator and a value (>= 90), or a date to do it by (a milestone), or the target in words in «text».".into(),
        ),
        ValueWithoutComparator => pick(
            lang,
            "Il target ha un valore ma non il confronto: indichi il confronto (>=, <=, = oppure range, cioè un intervallo) perché si sappia come confrontare il valore con il risultato. Un target solo a parole non ha valore né confronto.".into(),
            "The target has a value but no comparator: give the comparator (>=, <=, = or range) so the value can be compared with the result. A target in words only has neither value nor comparator.".into(),
        ),
        NoRuleForResult { outcome } => {
            let (it, en) = match outcome {
                Some(o) => (format!("il risultato «{}»", outcome_it(*o)), format!("the result «{}»", outcome_en(*o))),
                None => ("un traguardo raggiunto in ritardo".to_string(), "a milestone done late".to_string()),
            };
            pick(
                lang,
                format!("Il metodo di calcolo non dice quanto vale {it}: l'indicatore resta senza punteggio (nessun valore è inventato). Se il sistema di valutazione lo stabilisce, scriva quella percentuale nel metodo di calcolo (scoring.qualitative, foglio «Metodo di calcolo»); oppure scriva la percentuale dichiarata dal valutatore come raggiungimento pubblicato dell'indicatore."),
                format!("The scoring method does not say what {en} is worth: the indicator has no score (nothing is invented). Give the method's figure (scoring.qualitative, sheet «Metodo di calcolo»), or the evaluator's percentage as the indicator's published achievement."),
            )
        }
        RedundantContribution { id } => pick(
            lang,
            format!("«{id}» è l'obiettivo stesso o il suo obiettivo superiore nell'albero: non serve ripeterlo tra gli obiettivi a cui contribuisce anche."),
            format!("«{id}» is the objective itself or its parent in the tree: no need to repeat it among the objectives it also contributes to."),
        ),
        Withdrawn => pick(
            lang,
            "Obiettivo ritirato: non entra nel calcolo dei punteggi.".into(),
            "Withdrawn objective: not scored.".into(),
        ),
        Neutralised { reason } => pick(
            lang,
            format!("Neutralizzato: non entra nel calcolo dei punteggi e i pesi degli altri elementi dello stesso gruppo si riproporzionano. Motivo: «{}».", short(reason)),
            format!("Neutralised: not scored, and the weights of the other items of its group are re-proportioned. Reason: «{}».", short(reason)),
        ),
        NeutralisedWithoutReason => pick(
            lang,
            "Neutralizzazione senza motivo: scriva in «reason» perché l'elemento è escluso dal calcolo (ad esempio la causa non imputabile all'ufficio e il verbale del Nucleo che l'ha accolta), oppure tolga «neutralised».".into(),
            "Neutralisation without a reason: write in «reason» why the item is left out of the scores (for instance the cause outside the office's control and the evaluator's minute that accepted it), or remove «neutralised».".into(),
        ),
        NeutralisedTwice => pick(
            lang,
            "Neutralizzazione che non cambia nulla: l'elemento sta già dentro un obiettivo ritirato o neutralizzato, che è escluso dal calcolo con tutto ciò che contiene. La tolga, o neutralizzi solo questo elemento.".into(),
            "A neutralisation that changes nothing: the item is already inside a withdrawn or neutralised objective, left out with everything it holds. Remove it, or neutralise only this item.".into(),
        ),
        NotScored => pick(
            lang,
            "Nessun valore da valutare: né indicatori con un risultato (valore finale, esito dichiarato o data di completamento) né un grado di raggiungimento pubblicato.".into(),
            "Nothing to score: no indicator with a result (final value, declared result or completion date) and no published achievement.".into(),
        ),
        WeightRounding { sum, count, decimals, bound } => {
            let off = sum
                .get()
                .checked_sub(rust_decimal::Decimal::ONE_HUNDRED)
                .map_or_else(|| "—".into(), |d| n(&crate::Dec(d.abs())));
            let (it_dec, en_dec) = match decimals {
                0 => ("senza decimali".to_string(), "without decimals".to_string()),
                1 => ("con 1 decimale".to_string(), "with 1 decimal".to_string()),
                d => (format!("con {d} decimali"), format!("with {d} decimals")),
            };
            pick(
                lang,
                format!("I pesi di questi {count} elementi sommano a {} invece che a 100: la differenza ({off}) sta nell'arrotondamento dei pesi, stampati {it_dec} (fino a {} in tutto per {count} pesi). Non c'è niente da correggere.", n(sum), n(bound)),
                format!("The weights of these {count} items add up to {} instead of 100: the difference ({off}) is within the rounding of the weights, printed {en_dec} (up to {} in all for {count} weights). Nothing to fix.", n(sum), n(bound)),
            )
        }
    }
}

/// A declared result in Italian words.
pub fn outcome_it(o: crate::format::Outcome) -> &'static str {
    use crate::format::Outcome::*;
    match o {
        Raggiunto => "raggiunto",
        Parzialmente => "parzialmente raggiunto",
        NonRaggiunto => "non raggiunto",
    }
}

/// A declared result in English words.
pub fn outcome_en(o: crate::format::Outcome) -> &'static str {
    use crate::format::Outcome::*;
    match o {
        Raggiunto => "achieved",
        Parzialmente => "partly achieved",
        NonRaggiunto => "not achieved",
    }
}

/// A declared result in `lang`.
pub fn outcome(o: crate::format::Outcome, lang: Lang) -> &'static str {
    match lang {
        Lang::It => outcome_it(o),
        Lang::En => outcome_en(o),
    }
}

/// What the reader must know of the scoring method when the document does
/// not declare (all or part of) it: which rules the figures use instead.
/// `None` when the method declares how means are made.
pub fn method_note(m: &crate::format::ScoringMethod, lang: Lang) -> Option<String> {
    if m.is_undeclared() {
        return Some(pick(
            lang,
            "Il documento non dichiara il metodo di calcolo. Le cifre qui mostrate usano la regola più semplice: il raggiungimento di un obiettivo è la media aritmetica dei suoi indicatori, e quello di un obiettivo superiore la media aritmetica dei suoi obiettivi figli; nessun tetto.".into(),
            "The document does not declare its scoring method. The figures shown use the simplest rule: an objective's achievement is the arithmetic mean of its indicators, a higher objective's the arithmetic mean of its child objectives; no cap.".into(),
        ));
    }
    let mut it_parts = Vec::new();
    let mut en_parts = Vec::new();
    if m.indicators.is_none() {
        it_parts.push("gli indicatori di un obiettivo si combinano con la media aritmetica");
        en_parts.push("an objective's indicators are combined by the arithmetic mean");
    }
    if m.children.is_none() {
        it_parts.push("i figli di un obiettivo si combinano con la media aritmetica");
        en_parts.push("an objective's children are combined by the arithmetic mean");
    }
    if m.rollup.is_none() {
        it_parts.push("ogni obiettivo combina i suoi figli");
        en_parts.push("each objective combines its children");
    }
    if it_parts.is_empty() {
        return None;
    }
    Some(pick(
        lang,
        format!("Il documento non dichiara tutto il metodo di calcolo; dove tace, le cifre usano questa regola: {}.", it_parts.join("; ")),
        format!("The document does not declare all of its scoring method; where it is silent, the figures use this rule: {}.", en_parts.join("; ")),
    ))
}

/// Why a check matters, in one sentence.
pub fn check_why(c: &Check, lang: Lang) -> &'static str {
    use crate::check::Severity::*;
    match (c.severity(), lang) {
        (Error, Lang::It) => "Il file non può essere pubblicato finché l'errore non è corretto.",
        (Error, Lang::En) => "The file cannot be published until this is fixed.",
        (Warning, Lang::It) => match c {
            Check::PublishedMismatch { .. } | Check::TotalMismatch { .. } | Check::PercentMismatch { .. }
            | Check::DifferenceMismatch { .. } | Check::CostTotalMismatch { .. } | Check::WeightSum { .. } => {
                "Un numero pubblicato non torna con i dati da cui dovrebbe derivare: il lettore vede entrambi."
            }
            _ => "Probabile errore nei dati o difetto del documento originale: conviene verificarlo.",
        },
        (Warning, Lang::En) => "Probably an error in the data or a defect of the source document: worth checking.",
        (Info, Lang::It) => "Solo per informazione.",
        (Info, Lang::En) => "For information only.",
    }
}

fn opt_text(v: &Option<String>, lang: Lang) -> String {
    match v {
        Some(s) => format!("«{s}»"),
        None => pick(lang, "(non indicato)".into(), "(none)".into()),
    }
}

fn opt_num(v: Option<crate::Dec>, lang: Lang, f: fn(crate::Dec) -> String) -> String {
    match v {
        Some(d) => f(d),
        None => pick(lang, "(non indicato)".into(), "(none)".into()),
    }
}

fn signed(d: crate::Dec, f: fn(crate::Dec) -> String) -> String {
    if d.get().is_sign_positive() && !d.get().is_zero() {
        format!("+{}", f(d))
    } else {
        f(d)
    }
}

/// The name of an indicator field.
pub fn indicator_field(f: crate::diff::IndicatorField, lang: Lang) -> &'static str {
    use crate::diff::IndicatorField::*;
    match (f, lang) {
        (Name, Lang::It) => "il nome",
        (Name, Lang::En) => "the name",
        (Kind, Lang::It) => "il tipo",
        (Kind, Lang::En) => "the kind",
        (Formula, Lang::It) => "la formula",
        (Formula, Lang::En) => "the formula",
        (MeasureUnit, Lang::It) => "l'unità di misura",
        (MeasureUnit, Lang::En) => "the unit of measure",
        (Target, Lang::It) => "il target",
        (Target, Lang::En) => "the target",
        (Direction, Lang::It) => "la direzione",
        (Direction, Lang::En) => "the direction",
        (Weight, Lang::It) => "il peso",
        (Weight, Lang::En) => "the weight",
        (Neutralised, Lang::It) => "la neutralizzazione",
        (Neutralised, Lang::En) => "the neutralisation",
    }
}

/// The name of an objective's cost field.
pub fn cost_field(f: crate::diff::CostField, lang: Lang) -> &'static str {
    use crate::diff::CostField::*;
    match (f, lang) {
        (Staff, Lang::It) => "costi del personale",
        (Staff, Lang::En) => "staff costs",
        (Committed, Lang::It) => "costi diretti impegnati",
        (Committed, Lang::En) => "direct costs committed",
        (Paid, Lang::It) => "costi diretti liquidati",
        (Paid, Lang::En) => "direct costs paid",
        (RevenueAssessed, Lang::It) => "entrate accertate",
        (RevenueAssessed, Lang::En) => "revenue assessed",
        (RevenueCollected, Lang::It) => "entrate riscosse",
        (RevenueCollected, Lang::En) => "revenue collected",
    }
}

/// A change between two documents, as a sentence.
pub fn diff_change(c: &crate::diff::Change, lang: Lang) -> String {
    use crate::diff::Change::*;
    let st = |s: &Option<crate::Status>| opt_text(&s.map(|s| s.as_str().to_string()), lang);
    let date = |d: &Option<String>| opt_text(&d.as_deref().map(it::date), lang);
    match c {
        Renamed { from, to } => pick(
            lang,
            format!("Titolo cambiato: da «{from}» a «{to}»."),
            format!("Title changed: from «{from}» to «{to}»."),
        ),
        Recoded { from, to } => pick(
            lang,
            format!(
                "Codice cambiato: da {} a {}.",
                opt_text(from, lang),
                opt_text(to, lang)
            ),
            format!(
                "Code changed: from {} to {}.",
                opt_text(from, lang),
                opt_text(to, lang)
            ),
        ),
        Moved { from, to } => {
            let top_it = "(livello più alto)".to_string();
            let top_en = "(top level)".to_string();
            let f_it = from.as_ref().map_or(top_it.clone(), |s| format!("«{s}»"));
            let t_it = to.as_ref().map_or(top_it, |s| format!("«{s}»"));
            let f_en = from.as_ref().map_or(top_en.clone(), |s| format!("«{s}»"));
            let t_en = to.as_ref().map_or(top_en, |s| format!("«{s}»"));
            pick(
                lang,
                format!("Spostato: era sotto {f_it}, ora è sotto {t_it}."),
                format!("Moved: was under {f_en}, now under {t_en}."),
            )
        }
        Weight { from, to } => pick(
            lang,
            format!(
                "Peso cambiato: da {} a {}.",
                opt_num(*from, lang, it::plain),
                opt_num(*to, lang, it::plain)
            ),
            format!(
                "Weight changed: from {} to {}.",
                opt_num(*from, lang, it::plain),
                opt_num(*to, lang, it::plain)
            ),
        ),
        Deadline { from, to } => pick(
            lang,
            format!("Scadenza cambiata: da {} a {}.", date(from), date(to)),
            format!("Deadline changed: from {} to {}.", date(from), date(to)),
        ),
        Status { from, to } => pick(
            lang,
            format!("Stato cambiato: da {} a {}.", st(from), st(to)),
            format!("Status changed: from {} to {}.", st(from), st(to)),
        ),
        Neutralised {
            from: None,
            to: Some(to),
        } => pick(
            lang,
            format!("Neutralizzato: «{to}»."),
            format!("Neutralised: «{to}»."),
        ),
        Neutralised {
            from: Some(from),
            to: None,
        } => pick(
            lang,
            format!("Non più neutralizzato (era: «{from}»)."),
            format!("No longer neutralised (was: «{from}»)."),
        ),
        Neutralised { from, to } => pick(
            lang,
            format!(
                "Motivo della neutralizzazione cambiato: da {} a {}.",
                opt_text(from, lang),
                opt_text(to, lang)
            ),
            format!(
                "Reason of the neutralisation changed: from {} to {}.",
                opt_text(from, lang),
                opt_text(to, lang)
            ),
        ),
        Score { from, to, delta } => {
            let d = delta
                .map(|d| format!(" ({})", signed(d, it::percent)))
                .unwrap_or_default();
            pick(
                lang,
                format!(
                    "Raggiungimento calcolato: da {} a {}{d}.",
                    opt_num(*from, lang, it::percent),
                    opt_num(*to, lang, it::percent)
                ),
                format!(
                    "Computed achievement: from {} to {}{d}.",
                    opt_num(*from, lang, it::percent),
                    opt_num(*to, lang, it::percent)
                ),
            )
        }
        Cost {
            field,
            from,
            to,
            delta,
        } => {
            let d = delta
                .map(|d| format!(" ({})", signed(d, it::euro)))
                .unwrap_or_default();
            let name = cost_field(*field, lang);
            pick(
                lang,
                format!(
                    "{}: da {} a {}{d}.",
                    capitalise(name),
                    opt_num(*from, lang, it::euro),
                    opt_num(*to, lang, it::euro)
                ),
                format!(
                    "{}: from {} to {}{d}.",
                    capitalise(name),
                    opt_num(*from, lang, it::euro),
                    opt_num(*to, lang, it::euro)
                ),
            )
        }
        IndicatorAdded { id, name } => pick(
            lang,
            format!("Indicatore aggiunto: «{name}» ({id})."),
            format!("Indicator added: «{name}» ({id})."),
        ),
        IndicatorRemoved { id, name } => pick(
            lang,
            format!("Indicatore tolto: «{name}» ({id})."),
            format!("Indicator removed: «{name}» ({id})."),
        ),
        Indicator {
            id,
            name,
            field,
            from,
            to,
        } => pick(
            lang,
            format!(
                "Indicatore «{name}» ({id}): {} passa da {} a {}.",
                indicator_field(*field, lang),
                opt_text(from, lang),
                opt_text(to, lang)
            ),
            format!(
                "Indicator «{name}» ({id}): {} changed from {} to {}.",
                indicator_field(*field, lang),
                opt_text(from, lang),
                opt_text(to, lang)
            ),
        ),
    }
}

/// The text with its first letter in capitals (a label at the start of a
/// sentence).
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An ambiguous code or id, as a sentence.
pub fn diff_ambiguity(a: &crate::diff::Ambiguity, lang: Lang) -> String {
    use crate::diff::{MatchRule, Which};
    let doc = match a.side {
        Which::A => "A",
        Which::B => "B",
    };
    let ids = list(&a.ids);
    match (a.by, lang) {
        (MatchRule::Id, Lang::It) => format!("Nel documento {doc} l'id «{}» è usato da più obiettivi ({ids}): non serve per abbinarli.", a.value),
        (MatchRule::Id, Lang::En) => format!("In document {doc} the id «{}» is used by several objectives ({ids}): not used to match them.", a.value),
        (_, Lang::It) => format!("Nel documento {doc} il codice «{}» è usato da più obiettivi ({ids}): non serve per abbinarli: sono abbinati per id o per titolo.", a.value),
        (_, Lang::En) => format!("In document {doc} the code «{}» is used by several objectives ({ids}): it is not used to match them; they are matched by id or title.", a.value),
    }
}

/// How an objective or row was matched, as a short phrase.
pub fn diff_rule(r: crate::diff::MatchRule, lang: Lang) -> &'static str {
    use crate::diff::MatchRule::*;
    match (r, lang) {
        (Code, Lang::It) => "abbinato per codice",
        (Code, Lang::En) => "matched by code",
        (Id, Lang::It) => "abbinato per id",
        (Id, Lang::En) => "matched by id",
        (Title, Lang::It) => "abbinato per titolo",
        (Title, Lang::En) => "matched by title",
    }
}

/// The counts of a comparison, as a sentence.
pub fn diff_counts(c: &crate::diff::DiffCounts, lang: Lang) -> String {
    pick(
        lang,
        format!(
            "Obiettivi: {} aggiunti, {} tolti, {} rinominati, {} spostati, {} con peso cambiato, {} con punteggio cambiato, {} invariati. Indicatori: {} aggiunti, {} tolti, {} ridefiniti ({} target cambiati). Righe di bilancio cambiate: {}.",
            c.added, c.removed, c.renamed, c.moved, c.weights, c.scores, c.unchanged,
            c.indicators_added, c.indicators_removed, c.indicators_redefined, c.targets, c.budget_rows
        ),
        format!(
            "Objectives: {} added, {} removed, {} renamed, {} moved, {} with a new weight, {} with a new score, {} unchanged. Indicators: {} added, {} removed, {} redefined ({} targets changed). Budget rows changed: {}.",
            c.added, c.removed, c.renamed, c.moved, c.weights, c.scores, c.unchanged,
            c.indicators_added, c.indicators_removed, c.indicators_redefined, c.targets, c.budget_rows
        ),
    )
}

// ---- The explanation of a score ("Come è calcolato", `cruscotto score --spiega`) ----

/// The fixed sentences of an explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HowText {
    /// The label of the `OwnIndicators` term.
    OwnIndicators,
    /// The note on rounding under the table of terms.
    Rounding,
    /// A weighted mean fell back to the plain mean.
    Fallback,
    /// The method is `rollup: indicators`.
    RollupIndicators,
    /// "not counted", after an indicator's name.
    NotCounted,
    /// The score is the published one.
    BasisPublished,
    /// The objective is withdrawn.
    BasisWithdrawn,
    /// The objective is neutralised.
    BasisNeutralised,
    /// The label before a neutralisation's reason.
    NeutralisedReason,
    /// Nothing to score.
    BasisNone,
}

/// A fixed sentence of an explanation.
pub fn how_text(lang: Lang, what: HowText) -> &'static str {
    let (it, en) = match what {
        HowText::OwnIndicators => (
            "Media degli indicatori propri di questo obiettivo",
            "Mean of this objective's own indicators",
        ),
        HowText::Rounding => (
            "I valori sono mostrati con due decimali; il calcolo usa i valori esatti, quindi rifacendolo a mano con i numeri arrotondati l'ultima cifra può differire di poco.",
            "Values are shown with two decimals; the calculation uses the exact values, so redoing it by hand with the rounded numbers may differ slightly in the last digit.",
        ),
        HowText::Fallback => (
            "Il metodo del documento prevede una media pesata, ma almeno un elemento non ha un peso: si usa quindi la media semplice.",
            "The document's method calls for a weighted mean, but at least one term has no weight: the plain mean is used instead.",
        ),
        HowText::RollupIndicators => (
            "Il metodo del documento calcola ogni voce come media di tutti gli indicatori (o risultati) che stanno sotto di essa.",
            "The document's method computes every item as the mean of all the indicators (or results) beneath it.",
        ),
        HowText::NotCounted => (
            "non entra nel calcolo",
            "not counted",
        ),
        HowText::BasisPublished => (
            "Questo obiettivo non ha indicatori con un valore né sotto-obiettivi valutati: il grado di raggiungimento è quello pubblicato dal documento, non ricalcolabile dai dati.",
            "This objective has no indicator with a value and no scored sub-objective: its achievement is the one the document publishes, which cannot be recomputed from the data.",
        ),
        HowText::BasisNeutralised => (
            "L'obiettivo è neutralizzato (lui o un obiettivo che lo contiene): non è valutato e non entra nelle medie; i pesi degli altri elementi dello stesso gruppo si riproporzionano.",
            "The objective is neutralised (itself or an objective above it): it is not scored and not counted in any mean; the weights of the other items of its group are re-proportioned.",
        ),
        HowText::NeutralisedReason => ("Motivo della neutralizzazione", "Reason for the neutralisation"),
        HowText::BasisWithdrawn => (
            "L'obiettivo è stato ritirato: non è valutato e non entra nelle medie.",
            "The objective was withdrawn: it is not scored and not counted in any mean.",
        ),
        HowText::BasisNone => (
            "Il grado di raggiungimento non si può ancora calcolare: nessun indicatore ha un valore finale e il documento non pubblica un risultato.",
            "The achievement cannot be computed yet: no indicator has a final value and the document publishes no result.",
        ),
    };
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}

/// Why an indicator is not scored ("" when it is).
pub fn indicator_state(lang: Lang, s: &IndicatorState) -> &'static str {
    let (it, en) = match s {
        IndicatorState::Scored { .. } => ("", ""),
        IndicatorState::Informational => (
            "dato informativo: non valutato",
            "information only: not scored",
        ),
        IndicatorState::NoValue => (
            "in attesa del valore finale",
            "final value not yet available",
        ),
        IndicatorState::NoTarget => ("manca un target utilizzabile", "no usable target"),
        IndicatorState::Withdrawn => (
            "obiettivo ritirato: non valutato",
            "objective withdrawn: not scored",
        ),
        IndicatorState::Neutralised => (
            "neutralizzato: escluso dal calcolo",
            "neutralised: left out of the scores",
        ),
        IndicatorState::NotScoredByMethod => (
            "non valutato: il metodo di calcolo non valuta i target a parole e i traguardi",
            "not scored: the scoring method does not score targets in words and milestones",
        ),
        IndicatorState::NoRule(_) => (
            "non valutato: il metodo di calcolo non dice quanto vale questo esito",
            "not scored: the scoring method does not say what this result is worth",
        ),
    };
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}

/// What a mean is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Terms {
    /// Only indicators.
    Indicators,
    /// Only child objectives.
    Children,
    /// A mix (own indicators and children, or indicators and leaf results).
    Mixed,
}

/// "Media pesata dei 2 sotto-obiettivi:" and the like.
pub fn mean_intro(lang: Lang, weighted: bool, n: usize, what: Terms) -> String {
    match lang {
        Lang::It => {
            let what = match what {
                Terms::Indicators => "indicatori",
                Terms::Children => "sotto-obiettivi",
                Terms::Mixed => "elementi",
            };
            let how = if weighted {
                "Media pesata"
            } else {
                "Media aritmetica"
            };
            format!("{how} dei {n} {what}:")
        }
        Lang::En => {
            let what = match what {
                Terms::Indicators => "indicators",
                Terms::Children => "sub-objectives",
                Terms::Mixed => "terms",
            };
            let how = if weighted {
                "Weighted mean"
            } else {
                "Arithmetic mean"
            };
            format!("{how} of the {n} {what}:")
        }
    }
}

/// A single term: the score is its value.
pub fn single_term(lang: Lang, what: Terms, value: &str) -> String {
    match (lang, what) {
        (Lang::It, Terms::Indicators) => {
            format!("Il valore è quello del suo unico indicatore valutato: {value}.")
        }
        (Lang::It, _) => format!("Il valore è quello del suo unico elemento valutato: {value}."),
        (Lang::En, Terms::Indicators) => {
            format!("The value is that of its only scored indicator: {value}.")
        }
        (Lang::En, _) => format!("The value is that of its only scored term: {value}."),
    }
}

/// The document publishes a value and the computation agrees.
pub fn score_same(lang: Lang, published: &str) -> String {
    match lang {
        Lang::It => format!(
            "Il valore calcolato dai dati coincide con quello pubblicato dal documento ({published})."
        ),
        Lang::En => format!(
            "The value computed from the data matches the one the document publishes ({published})."
        ),
    }
}

/// The document publishes a value that the computation does not confirm.
pub fn score_differs(lang: Lang, computed: &str, published: &str) -> String {
    match lang {
        Lang::It => format!(
            "Attenzione: il documento pubblica {published}, ma dai dati risulta {computed}. I due valori non coincidono."
        ),
        Lang::En => format!(
            "Note: the document publishes {published}, but the data give {computed}. The two values do not match."
        ),
    }
}

/// The published value, when the score is the published one.
pub fn score_is_published(lang: Lang, published: &str) -> String {
    match lang {
        Lang::It => format!("Il documento pubblica {published}."),
        Lang::En => format!("The document publishes {published}."),
    }
}

/// How a scored indicator's achievement was obtained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleWords {
    /// actual ÷ target (higher is better, or `=` below the target).
    Ratio { actual: String, target: String },
    /// target ÷ actual (lower is better and missed, or `=` above the target).
    Inverse { actual: String, target: String },
    /// A threshold met (`>=`, `<=` or `=`).
    Met {
        actual: String,
        target: String,
        how: Cmp,
    },
    /// A threshold missed.
    Missed {
        actual: String,
        target: String,
        how: Cmp,
    },
    /// Inside a range.
    InRange {
        actual: String,
        min: String,
        max: String,
    },
    /// Outside a range, with no ratio possible.
    OutOfRange {
        actual: String,
        min: String,
        max: String,
    },
    /// Below a range: actual ÷ min.
    BelowMin { actual: String, min: String },
    /// Above a range: max ÷ actual.
    AboveMax { actual: String, max: String },
}

/// The comparison of a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// At least.
    AtLeast,
    /// At most.
    AtMost,
    /// Exactly.
    Equal,
}

/// "valore 4 su target 5 = 80,00 %", with "più basso è meglio: " in front
/// when lower is better.
pub fn rule_words(lang: Lang, e: &RuleWords, lower: bool, result: &str) -> String {
    let it = lang == Lang::It;
    let body = match e {
        RuleWords::Ratio { actual, target } => {
            if it {
                format!("valore {actual} su target {target} = {result}")
            } else {
                format!("value {actual} out of target {target} = {result}")
            }
        }
        RuleWords::Inverse { actual, target } => {
            if it {
                format!("valore {actual} oltre il target {target}: target {target} su valore {actual} = {result}")
            } else {
                format!("value {actual} beyond the target {target}: target {target} over value {actual} = {result}")
            }
        }
        RuleWords::Met {
            actual,
            target,
            how,
        } => {
            let cmp = match (how, it) {
                (Cmp::AtLeast, true) => "almeno pari al",
                (Cmp::AtMost, true) => "non superiore al",
                (Cmp::Equal, true) => "uguale al",
                (Cmp::AtLeast, false) => "at least the",
                (Cmp::AtMost, false) => "not above the",
                (Cmp::Equal, false) => "equal to the",
            };
            if it {
                format!("valore {actual} {cmp} target {target}: raggiunto = {result}")
            } else {
                format!("value {actual} {cmp} target {target}: met = {result}")
            }
        }
        RuleWords::Missed {
            actual,
            target,
            how,
        } => {
            let cmp = match (how, it) {
                (Cmp::AtLeast, true) => "sotto il",
                (Cmp::AtMost, true) => "oltre il",
                (Cmp::Equal, true) => "diverso dal",
                (Cmp::AtLeast, false) => "below the",
                (Cmp::AtMost, false) => "beyond the",
                (Cmp::Equal, false) => "different from the",
            };
            if it {
                format!("valore {actual} {cmp} target {target}: non raggiunto = {result}")
            } else {
                format!("value {actual} {cmp} target {target}: not met = {result}")
            }
        }
        RuleWords::InRange { actual, min, max } => {
            if it {
                format!("valore {actual} compreso tra {min} e {max}: raggiunto = {result}")
            } else {
                format!("value {actual} between {min} and {max}: met = {result}")
            }
        }
        RuleWords::OutOfRange { actual, min, max } => {
            if it {
                format!("valore {actual} fuori dall'intervallo da {min} a {max} = {result}")
            } else {
                format!("value {actual} outside the range {min} to {max} = {result}")
            }
        }
        RuleWords::BelowMin { actual, min } => {
            if it {
                format!(
                    "valore {actual} sotto il minimo: valore {actual} su minimo {min} = {result}"
                )
            } else {
                format!("value {actual} below the minimum: value {actual} out of minimum {min} = {result}")
            }
        }
        RuleWords::AboveMax { actual, max } => {
            if it {
                format!(
                    "valore {actual} sopra il massimo: massimo {max} su valore {actual} = {result}"
                )
            } else {
                format!("value {actual} above the maximum: maximum {max} over value {actual} = {result}")
            }
        }
    };
    match (lower, it) {
        (true, true) => format!("più basso è meglio: {body}"),
        (true, false) => format!("lower is better: {body}"),
        (false, _) => body,
    }
}

/// The cap of the method, when it changed the result.
pub fn capped(lang: Lang, cap: &str) -> String {
    match lang {
        Lang::It => format!(
            "; il metodo del documento non conta più di {cap} per indicatore, quindi vale {cap}"
        ),
        Lang::En => format!(
            "; the document's method counts no more than {cap} per indicator, so it is {cap}"
        ),
    }
}

/// Where a score comes from, as a label: computed from the data or
/// published by the document.
pub fn score_basis(lang: Lang, computed: bool) -> &'static str {
    match (lang, computed) {
        (Lang::It, true) => "Calcolato dai dati",
        (Lang::It, false) => "Pubblicato dal documento",
        (Lang::En, true) => "Computed from the data",
        (Lang::En, false) => "Published by the document",
    }
}

/// How a target in words or a milestone was valued (dates and percentages
/// already written in Italian).
pub enum QualitativeWords {
    /// A percentage stated by the evaluator.
    Stated { pct: String },
    /// A declared result, valued by the method (or, when the method gives
    /// no figure, by the words themselves: raggiunto 100 %, non raggiunto 0 %).
    Declared {
        outcome: crate::format::Outcome,
        pct: String,
        from_method: bool,
    },
    /// A milestone done by its date.
    OnTime { due: String, done: String },
    /// A milestone done late, valued by the method.
    Late {
        due: String,
        done: String,
        pct: String,
    },
}

/// "esito dichiarato «raggiunto»: il metodo di calcolo gli assegna 100,00 %".
pub fn qualitative_words(lang: Lang, w: QualitativeWords) -> String {
    use QualitativeWords as Q;
    match (lang, w) {
        (Lang::It, Q::Stated { pct }) => format!("percentuale dichiarata dal valutatore: {pct}"),
        (Lang::En, Q::Stated { pct }) => format!("percentage stated by the evaluator: {pct}"),
        (lang, Q::Declared { outcome, pct, from_method }) => {
            let words = self::outcome(outcome, lang);
            match (lang, from_method) {
                (Lang::It, true) => {
                    format!("esito dichiarato «{words}»: il metodo di calcolo gli assegna {pct}")
                }
                (Lang::It, false) => format!(
                    "esito dichiarato «{words}»: {pct} (il metodo di calcolo non assegna un valore diverso)"
                ),
                (Lang::En, true) => {
                    format!("declared result «{words}»: the scoring method gives it {pct}")
                }
                (Lang::En, false) => format!(
                    "declared result «{words}»: {pct} (the scoring method gives no other figure)"
                ),
            }
        }
        (Lang::It, Q::OnTime { due, done }) => format!("fatto il {done}, entro il {due}: 100,00 %"),
        (Lang::En, Q::OnTime { due, done }) => format!("done on {done}, by {due}: 100.00 %"),
        (Lang::It, Q::Late { due, done, pct }) => format!(
            "fatto il {done}, dopo il {due}: il metodo di calcolo assegna {pct} a un traguardo in ritardo"
        ),
        (Lang::En, Q::Late { due, done, pct }) => {
            format!("done on {done}, after {due}: the scoring method gives a late milestone {pct}")
        }
    }
}

// ---- Edits of the calculator (`crate::edits`) ----

/// A bad edit: which one, what is wrong, how to write it.
pub fn edit_error(e: &crate::edits::EditError, lang: Lang) -> String {
    let text = short(&e.text);
    let (which_it, which_en) = if e.index == 0 {
        ("Le modifiche".to_string(), "The edits".to_string())
    } else {
        (
            format!("Modifica {} («{text}»)", e.index),
            format!("Edit {} («{text}»)", e.index),
        )
    };
    let (it, en) = edit_problem_both(&e.problem);
    pick(lang, format!("{which_it} {it}"), format!("{which_en} {en}"))
}

/// What is wrong with a value typed in one of the calculator's fields (the
/// field says which edit): the sentence of [`edit_error`] without its
/// subject, starting with a capital.
pub fn edit_problem(p: &crate::edits::Problem, lang: Lang) -> String {
    let (it, en) = edit_problem_both(p);
    capitalise(&pick(lang, it, en))
}

fn edit_problem_both(p: &crate::edits::Problem) -> (String, String) {
    use crate::edits::Problem::*;
    match p {
        Version(v) => (
            format!("iniziano con «{}» invece di «v1»: scriva le modifiche come v1~f.ID=80~p.ID=20 (forse l'indirizzo è stato tagliato).", short(v)),
            format!("start with «{}» instead of «v1»: write them as v1~f.ID=80~p.ID=20 (perhaps the address was cut).", short(v)),
        ),
        NoEquals => (
            "manca «=» tra l'elemento e il nuovo valore: scriva ad esempio f.ind1=80.".into(),
            "has no «=» between the item and the new value: write for instance f.ind1=80.".into(),
        ),
        UnknownKey(k) => (
            format!("«{}» non è un tipo di modifica: usi f (valore finale), t (target), pi (peso dell'indicatore), ri (percentuale dichiarata), e (esito dichiarato), ni (neutralizza l'indicatore), p (peso dell'obiettivo), r (risultato pubblicato dell'obiettivo), n (neutralizza l'obiettivo), seguiti da un punto e dall'identificativo.", short(k)),
            format!("«{}» is not a kind of edit: use f (final value), t (target), pi (indicator's weight), ri (stated percentage), e (declared result), ni (neutralise the indicator), p (objective's weight), r (objective's published result), n (neutralise the objective), then a dot and the id.", short(k)),
        ),
        EmptyId => (
            "manca l'identificativo dopo il punto: scriva ad esempio f.ind1=80.".into(),
            "has no id after the dot: write for instance f.ind1=80.".into(),
        ),
        Encoding => (
            "contiene un codice %XX che non è testo UTF-8: ricopi l'indirizzo per intero.".into(),
            "holds a %XX escape that is not UTF-8 text: copy the whole address again.".into(),
        ),
        NotANumber(v) => (
            format!("«{}» non è un numero: scriva ad esempio 80, 80,5, 1.234,5 o 95%.", short(v)),
            format!("«{}» is not a number: write for instance 80, 80,5, 1.234,5 or 95%.", short(v)),
        ),
        Ambiguous(v) => (
            format!("«{}» è ambiguo: il punto separa le migliaia o i decimali? Scriva 1234 per milleduecentotrentaquattro, 1,234 per uno virgola due tre quattro.", short(v)),
            format!("«{}» is ambiguous: is the dot a thousands separator or a decimal point? Write 1234 for one thousand two hundred thirty-four, 1,234 for one point two three four.", short(v)),
        ),
        TooLarge(v) => (
            format!("«{}» ha più cifre di quante se ne possano calcolare esattamente (28): lo scriva con meno cifre.", short(v)),
            format!("«{}» has more digits than can be computed exactly (28): write it with fewer digits.", short(v)),
        ),
        Negative(v) => (
            format!("«{}» è negativo: un peso o una percentuale di raggiungimento non può essere sotto zero.", short(v)),
            format!("«{}» is negative: a weight or an achievement percentage cannot be below zero.", short(v)),
        ),
        RangeInverted(v) => (
            format!("nell'intervallo «{}» il minimo supera il massimo: scriva prima il minimo, ad esempio 10..20.", short(v)),
            format!("in the range «{}» the minimum is above the maximum: write the minimum first, for instance 10..20.", short(v)),
        ),
        NotAnOutcome(v) => (
            format!("«{}» non è un esito: scriva raggiunto, parzialmente_raggiunto o non_raggiunto.", short(v)),
            format!("«{}» is not a result: write raggiunto, parzialmente_raggiunto or non_raggiunto.", short(v)),
        ),
        UnknownObjective => (
            "nomina un obiettivo che il documento non ha: controlli l'identificativo (è quello dell'indirizzo della pagina dell'obiettivo).".into(),
            "names an objective the document does not have: check the id (the one in the address of the objective's page).".into(),
        ),
        UnknownIndicator => (
            "nomina un indicatore che il documento non ha: controlli l'identificativo.".into(),
            "names an indicator the document does not have: check the id.".into(),
        ),
        TargetInWords => (
            "riguarda un indicatore con un target a parole o un traguardo, che non ha un valore numerico: usi e (esito dichiarato) o ri (percentuale dichiarata).".into(),
            "concerns an indicator whose target is in words or a milestone, which has no numeric value: use e (declared result) or ri (stated percentage).".into(),
        ),
        Measurable => (
            "riguarda un indicatore con un target misurabile, il cui risultato si calcola dal valore finale: usi f (valore finale).".into(),
            "concerns an indicator with a measurable target, whose result is computed from its final value: use f (final value).".into(),
        ),
        NoTarget => (
            "riguarda un indicatore senza target: il documento deve prima dire il confronto (almeno, al massimo, uguale, intervallo).".into(),
            "concerns an indicator without a target: the document must first say its comparison (at least, at most, equal, range).".into(),
        ),
        RangeMismatch { range: true } => (
            "riguarda un target a intervallo: scriva minimo e massimo, ad esempio t.ID=10..20.".into(),
            "concerns a range target: write the minimum and the maximum, for instance t.ID=10..20.".into(),
        ),
        RangeMismatch { range: false } => (
            "dà un intervallo a un target che non lo è: scriva un solo valore.".into(),
            "gives a range to a target that is not one: write a single value.".into(),
        ),
        Repeated => (
            "cambia di nuovo lo stesso valore dello stesso elemento: ne tenga una sola.".into(),
            "changes the same value of the same item again: keep only one.".into(),
        ),
        WeightTooLarge(v) => (
            format!("il peso {v} supera 100, ma i pesi di questo piano sono percentuali: scriva un peso tra 0 e 100."),
            format!("the weight {v} is above 100 but this plan's weights are percentages: write a weight between 0 and 100."),
        ),
    }
}

/// Why a Piano cannot be filled in (`crate::simulate::fill_in`).
pub fn fill_error(e: &crate::simulate::FillError, lang: Lang) -> String {
    use crate::simulate::FillError::*;
    match e {
        Edit(e) => edit_error(e, lang),
        Kind(k) => pick(
            lang,
            format!("Un documento compilato con i risultati è una relazione o un monitoraggio, non «{}»: scelga relazione o monitoraggio.", k.as_str()),
            format!("A document filled in with results is a relazione or a monitoraggio, not «{}»: choose relazione or monitoraggio.", k.as_str()),
        ),
        Date(d) => pick(
            lang,
            format!("«{}» non è una data AAAA-MM-GG: scriva ad esempio 2025-04-30.", short(d)),
            format!("«{}» is not a YYYY-MM-DD date: write for instance 2025-04-30.", short(d)),
        ),
    }
}

/// The note a filled-in document carries (in the document's language,
/// Italian).
pub fn fill_note(
    from: crate::format::DocumentKind,
    to: crate::format::DocumentKind,
    date: &str,
    edits: usize,
) -> String {
    format!(
        "Documento di tipo «{}» compilato il {} a partire dal documento di tipo «{}» con il calcolatore di Cruscotto ({edits} modifiche: valori finali, esiti, pesi, neutralizzazioni).",
        to.as_str(),
        it::date(date),
        from.as_str()
    )
}

/// What an edit changes, in words (a label of the calculator's fields and
/// of the list of what changed).
pub fn edit_field(f: crate::edits::Field, lang: Lang) -> &'static str {
    use crate::edits::Field::*;
    let (it, en) = match f {
        Final => ("valore finale dell'indicatore", "indicator's final value"),
        Target => ("target dell'indicatore", "indicator's target"),
        IndicatorWeight => ("peso dell'indicatore", "indicator's weight"),
        IndicatorResult => (
            "percentuale dichiarata dell'indicatore",
            "indicator's stated percentage",
        ),
        Outcome => (
            "esito dichiarato dell'indicatore",
            "indicator's declared result",
        ),
        NeutraliseIndicator => (
            "neutralizzazione dell'indicatore",
            "indicator's neutralisation",
        ),
        ObjectiveWeight => ("peso dell'obiettivo", "objective's weight"),
        ObjectiveResult => (
            "risultato pubblicato dell'obiettivo",
            "objective's published result",
        ),
        NeutraliseObjective => (
            "neutralizzazione dell'obiettivo",
            "objective's neutralisation",
        ),
    };
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}
