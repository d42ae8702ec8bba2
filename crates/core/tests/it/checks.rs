//! The checks that point at the real problem: each finding at its own JSON
//! path, with its severity and its whole sentence in Italian and English.
//! Inputs are the plans in `tests/fixtures/checks/`; messages never echo more
//! than a short excerpt of the input.

use cruscotto_core::messages::{short, short_path};
use cruscotto_core::{analyse, parse_plan, Lang};

/// (severity, code, path, Italian, English)
type Finding<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

/// Every finding of `tests/fixtures/checks/<file>`, in order, is `expected`.
fn check(file: &str, expected: &[Finding<'_>]) {
    let (_, a) = crate::load(&crate::fixture(&format!("checks/{file}")));
    let got: Vec<String> = a
        .diagnostics
        .iter()
        .map(|d| {
            let f = (
                d.severity.as_str(),
                d.code(),
                d.path.as_str(),
                d.message(Lang::It),
                d.message(Lang::En),
            );
            format!("{f:?}")
        })
        .collect();
    let want: Vec<String> = expected.iter().map(|f| format!("{f:?}")).collect();
    assert_eq!(got, want, "{file}");
}

#[test]
fn every_sibling_without_a_weight_is_named_and_rounding_is_a_note() {
    // A plan with no values yet: the weights are checked all the same.
    // Phases without a weight among weighted phases, an objective without
    // one among weighted objectives (the process and the withdrawn
    // objective beside them need none), indicators with one weight missing
    // (the informative one needs none); 17 × 5,88 and 3 × 33 are rounding.
    check(
        "pesi.json",
        &[
        ("warning", "W30", "$.objectives[2].weight", "Manca il peso, mentre gli altri 2 elementi dello stesso gruppo ne hanno uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while the other 2 items of the same group have one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W30", "$.objectives[0].children[2].weight", "Manca il peso, mentre gli altri 2 elementi dello stesso gruppo ne hanno uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while the other 2 items of the same group have one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W01", "$.objectives[0].children[0].indicators", "I pesi di questi 2 elementi sommano a 110 invece che a 100.", "The weights of these 2 items add up to 110 instead of 100."),
        ("warning", "W30", "$.objectives[0].children[1].indicators[1].weight", "Manca il peso, mentre l'altro elemento dello stesso gruppo ne ha uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while the other item of the same group has one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W01", "$.objectives[0].children[1].indicators", "Su 2 elementi di questo gruppo, solo uno ha un peso, che vale 50 invece di 100; quelli senza peso sono segnalati ciascuno al suo posto.", "Of the 2 items of this group, only one has a weight, which is 50 instead of 100; those without one are reported each at its own place."),
        ("warning", "W30", "$.objectives[2].indicators[2].weight", "Manca il peso, mentre gli altri 2 elementi dello stesso gruppo ne hanno uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while the other 2 items of the same group have one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W01", "$.objectives[2].indicators", "Su 3 elementi di questo gruppo, 2 hanno un peso, e i loro pesi sommano a 91,63 invece che a 100; quelli senza peso sono segnalati ciascuno al suo posto.", "Of the 3 items of this group, 2 have a weight, adding up to 91,63 instead of 100; those without one are reported each at its own place."),
        ("info", "I01", "$.objectives[4]", "Obiettivo ritirato: non entra nel calcolo dei punteggi.", "Withdrawn objective: not scored."),
        ("info", "I10", "$.objectives[0].children[2].indicators", "I pesi di questi 3 elementi sommano a 99 invece che a 100: la differenza (1) sta nell'arrotondamento dei pesi, stampati senza decimali (fino a 1,5 in tutto per 3 pesi). Non c'è niente da correggere.", "The weights of these 3 items add up to 99 instead of 100: the difference (1) is within the rounding of the weights, printed without decimals (up to 1,5 in all for 3 weights). Nothing to fix."),
        ("info", "I10", "$.objectives[1].children", "I pesi di questi 17 elementi sommano a 99,96 invece che a 100: la differenza (0,04) sta nell'arrotondamento dei pesi, stampati con 2 decimali (fino a 0,085 in tutto per 17 pesi). Non c'è niente da correggere.", "The weights of these 17 items add up to 99,96 instead of 100: the difference (0,04) is within the rounding of the weights, printed with 2 decimals (up to 0,085 in all for 17 weights). Nothing to fix."),
        ],
    );
}

#[test]
fn a_weighted_mean_with_missing_weights_says_how_many_in_good_grammar() {
    check(
        "pesi-con-valori.json",
        &[
        ("warning", "W30", "$.objectives[0].indicators[2].weight", "Manca il peso, mentre gli altri 2 elementi dello stesso gruppo ne hanno uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while the other 2 items of the same group have one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W30", "$.objectives[1].indicators[1].weight", "Manca il peso, mentre 1 degli altri 2 elementi dello stesso gruppo ne ha uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while 1 of the other 2 items of the same group has one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W30", "$.objectives[1].indicators[2].weight", "Manca il peso, mentre 1 degli altri 2 elementi dello stesso gruppo ne ha uno. Se il documento lo stampa, lo trascriva; se non lo stampa, lasci il campo vuoto (è un difetto del documento): con pesi incompleti non si può fare una media pesata.", "The weight is missing, while 1 of the other 2 items of the same group has one. If the document prints it, copy it; if not, leave it empty (a defect of the document): with incomplete weights no weighted mean can be made."),
        ("warning", "W02", "$.objectives[1].indicators", "Il metodo prevede una media pesata, ma 2 elementi su 3 non hanno un peso: è stata usata la media semplice.", "A weighted mean is declared but 2 of 3 items have no weight: the plain mean was used."),
        ("warning", "W02", "$.objectives[0].indicators", "Il metodo prevede una media pesata, ma 1 elemento su 3 non ha un peso: è stata usata la media semplice.", "A weighted mean is declared but 1 of 3 items has no weight: the plain mean was used."),
        ],
    );
}

#[test]
fn duplicate_codes_only_within_their_scope() {
    // Numbered 1, 2, 3 … inside each unit under the same parent: no
    // warning. The same code in the same unit at the same level, or between
    // siblings without a unit, or between top-level objectives: a warning.
    // Two transversal objectives may share it.
    check(
        "codici.json",
        &[
        ("warning", "W10", "$.objectives[1].children[0].code", "Il codice «1» è già usato in $.objectives[0].children[1], un obiettivo della stessa unità («Settore Due») allo stesso livello: con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto.", "The code «1» is already used at $.objectives[0].children[1], an objective of the same unit («Settore Due») at the same level: with the same code the two cannot be told apart. Check it was copied as in the document; if the document repeats it, leave it as it is: the warning points out the document's defect."),
        ("warning", "W10", "$.objectives[1].children[2].code", "Il codice «3» è già usato in $.objectives[1].children[1], un obiettivo dello stesso gruppo (con lo stesso obiettivo superiore): con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto.", "The code «3» is already used at $.objectives[1].children[1], an objective of the same group (with the same parent): with the same code the two cannot be told apart. Check it was copied as in the document; if the document repeats it, leave it as it is: the warning points out the document's defect."),
        ("warning", "W10", "$.objectives[1].children[3].code", "Il codice «2» è già usato in $.objectives[0].children[2], un obiettivo della stessa unità («Settore Uno») allo stesso livello: con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto.", "The code «2» is already used at $.objectives[0].children[2], an objective of the same unit («Settore Uno») at the same level: with the same code the two cannot be told apart. Check it was copied as in the document; if the document repeats it, leave it as it is: the warning points out the document's defect."),
        ("warning", "W10", "$.objectives[2].code", "Il codice «1» è già usato in $.objectives[0], un obiettivo dello stesso gruppo (con lo stesso obiettivo superiore): con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto.", "The code «1» is already used at $.objectives[0], an objective of the same group (with the same parent): with the same code the two cannot be told apart. Check it was copied as in the document; if the document repeats it, leave it as it is: the warning points out the document's defect."),
        ],
    );
}

#[test]
fn deadlines_after_the_parents_or_outside_the_period() {
    // A phase, a sub-phase (whose parent has no deadline: its grandparent's
    // counts) and an indicator due after their objective; a deadline and a
    // year outside 2024–2025; a date that does not exist is only an error.
    check(
        "scadenze.json",
        &[
        ("error", "E04", "$.objectives[2].deadline", "La data «2024-02-30» non è valida: scriva le date nella forma AAAA-MM-GG (ad esempio 2024-12-31); una scadenza a parole va in «deadline_text».", "The date «2024-02-30» is invalid: write dates as YYYY-MM-DD; a deadline in words goes in «deadline_text»."),
        ("warning", "W31", "$.objectives[0].indicators[0].deadline", "La scadenza 31/07/2024 viene dopo quella dell'obiettivo di cui fa parte (30/06/2024, in $.objectives[0]). Controlli le due date nel documento; se sono stampate così, le lasci: l'avviso ne segnala l'incoerenza.", "The deadline 2024-07-31 falls after that of the objective it belongs to (2024-06-30, at $.objectives[0]). Check both dates in the document; if it prints them so, leave them: the warning points out the inconsistency."),
        ("warning", "W31", "$.objectives[0].children[0].deadline", "La scadenza 30/09/2024 viene dopo quella dell'obiettivo di cui fa parte (30/06/2024, in $.objectives[0]). Controlli le due date nel documento; se sono stampate così, le lasci: l'avviso ne segnala l'incoerenza.", "The deadline 2024-09-30 falls after that of the objective it belongs to (2024-06-30, at $.objectives[0]). Check both dates in the document; if it prints them so, leave them: the warning points out the inconsistency."),
        ("warning", "W31", "$.objectives[0].children[2].children[0].deadline", "La scadenza 31/12/2024 viene dopo quella dell'obiettivo di cui fa parte (30/06/2024, in $.objectives[0]). Controlli le due date nel documento; se sono stampate così, le lasci: l'avviso ne segnala l'incoerenza.", "The deadline 2024-12-31 falls after that of the objective it belongs to (2024-06-30, at $.objectives[0]). Check both dates in the document; if it prints them so, leave them: the warning points out the inconsistency."),
        ("warning", "W32", "$.objectives[1].deadline", "La scadenza 31/03/2026 è fuori dal periodo del documento (2024–2025). Controlli l'anno nel documento; se è stampato così, lo lasci: l'avviso ne segnala l'incoerenza.", "The deadline 2026-03-31 is outside the document's period (2024–2025). Check the year in the document; if it prints it so, leave it: the warning points out the inconsistency."),
        ("warning", "W32", "$.objectives[1].indicators[0].deadline", "La scadenza 31/12/2023 è fuori dal periodo del documento (2024–2025). Controlli l'anno nel documento; se è stampato così, lo lasci: l'avviso ne segnala l'incoerenza.", "The deadline 2023-12-31 is outside the document's period (2024–2025). Check the year in the document; if it prints it so, leave it: the warning points out the inconsistency."),
        ("info", "W16", "$.objectives[1].years[0]", "L'anno 2023 è fuori dal periodo del documento (2024–2025).", "The year 2023 is outside the document's period (2024–2025)."),
        ],
    );
}

/// The parse error of `bytes`: path, Italian and English message.
fn parse_check(bytes: &[u8], path: &str, it: &str, en: &str) {
    let e = parse_plan(bytes).unwrap_err();
    assert_eq!(
        (
            e.path.as_str(),
            e.message(Lang::It).as_str(),
            e.message(Lang::En).as_str()
        ),
        (path, it, en)
    );
}

#[test]
fn a_root_that_is_not_an_object_is_said_plainly_and_briefly() {
    let tail_it = ", non un oggetto JSON: un file di Cruscotto è un oggetto tra parentesi graffe che inizia con { \"format\": \"cruscotto/1\", … }. Controlli di aver scelto il file giusto.";
    let tail_en = ", not a JSON object: a Cruscotto file is an object in braces starting with { \"format\": \"cruscotto/1\", … }. Check that you chose the right file.";
    // 100 000 nested lists: the message once echoed all 200 000 brackets.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for (bytes, it, en) in [
        (deep.as_str(), "un elenco [ … ]", "a list [ … ]"),
        (" \"piano\"", "un testo tra virgolette", "a quoted text"),
        ("-12.5", "un numero", "a number"),
        (
            "true",
            "un valore logico (true o false)",
            "a boolean (true or false)",
        ),
        ("null", "null", "null"),
    ] {
        parse_check(
            bytes.as_bytes(),
            "$",
            &format!("Il file contiene {it}{tail_it}"),
            &format!("The file holds {en}{tail_en}"),
        );
    }
}

#[test]
fn a_field_written_twice_is_said_in_italian() {
    parse_check(
        br#"{"format": "cruscotto/1", "format": "cruscotto/1"}"#,
        "$.format",
        "Il campo «format» compare due volte nello stesso oggetto (in $.format, riga 1, colonna 34): ne tenga uno solo, con il valore giusto.",
        "The field «format» appears twice in the same object (at $.format, line 1, column 34): keep only one, with the right value.",
    );
}

fn nested(depth: usize) -> String {
    let mut s = String::from(
        r#"{"format":"cruscotto/1","document":{"title":"T","kind":"piano","municipality":{"name":"M"},"period":{"start":2024,"end":2024}},"objectives":["#,
    );
    for i in 0..depth {
        s.push_str(&format!(r#"{{"id":"n{i}","title":"L{i}","children":["#));
    }
    s.push_str(&"]}".repeat(depth));
    s.push_str("]}");
    s
}

#[test]
fn a_3000_level_tree_gets_its_path_abbreviated() {
    let e = parse_plan(nested(3000).as_bytes()).unwrap_err();
    // The whole path is kept for programs; the sentence shows its ends.
    assert_eq!(e.path.matches(".children").count(), 63);
    assert_eq!(
        e.message(Lang::It),
        "Il file è annidato troppo in profondità (in $.objectives[0].children[0].children[0]….children[0].children[0].children[0].children, riga 1, colonna 2515): il lettore accetta al massimo 128 livelli di parentesi, cioè un albero degli obiettivi di circa 60 livelli. Riduca la profondità dell'albero."
    );
    assert_eq!(
        e.message(Lang::En),
        "The file is nested too deeply (at $.objectives[0].children[0].children[0]….children[0].children[0].children[0].children, line 1, column 2515): at most 128 levels of brackets are read (a tree of about 60 levels)."
    );
}

#[test]
fn values_from_the_input_are_echoed_as_short_excerpts() {
    let long = "x".repeat(5000);
    let excerpt = format!("{}…", "x".repeat(50));
    parse_check(
        format!(r#"{{"format": "{long}"}}"#).as_bytes(),
        "$.format",
        &format!("Versione del formato non riconosciuta: «{excerpt}» (in $.format, riga 1, colonna 12). Questa versione di Cruscotto legge solo «cruscotto/1»."),
        &format!("Unknown format version «{excerpt}» (at $.format, line 1, column 12). This version of Cruscotto reads only «cruscotto/1»."),
    );
    let doc = |start: &str| {
        format!(
            r#"{{"format":"cruscotto/1","document":{{"title":"T","kind":"piano","municipality":{{"name":"M"}},"period":{{"start":{start},"end":2024}}}},"objectives":[]}}"#
        )
    };
    parse_check(
        doc(&format!("\"{long}\"")).as_bytes(),
        "$.document.period.start",
        &format!("Tipo di valore sbagliato (in $.document.period.start, riga 1, colonna 5111): trovato il testo \"{excerpt}\", atteso un numero intero."),
        &format!("Wrong type of value (at $.document.period.start, line 1, column 5111): found string \"{excerpt}\", expected a whole number."),
    );
    // A duplicated id of 5 000 characters: its excerpt, in both messages.
    let plan = format!(
        r#"{{"format":"cruscotto/1","document":{{"title":"T","kind":"piano","municipality":{{"name":"M"}},"period":{{"start":2024,"end":2024}}}},"objectives":[{{"id":"{long}","title":"A"}},{{"id":"{long}","title":"B"}}]}}"#
    );
    let a = analyse(&parse_plan(plan.as_bytes()).unwrap());
    let d = &a.diagnostics[0];
    assert_eq!(
        (d.code(), d.path.as_str(), d.message(Lang::It), d.message(Lang::En)),
        (
            "E01",
            "$.objectives[1].id",
            format!("L'identificativo «{excerpt}» è già usato in $.objectives[0]: ogni elemento deve avere un identificativo diverso."),
            format!("The id «{excerpt}» is already used at $.objectives[0]: ids must be unique."),
        )
    );
}

#[test]
fn wrong_types_are_said_in_words_not_in_rust_types() {
    let plan = |document: &str, objective: &str| {
        format!(
            r#"{{"format":"cruscotto/1","document":{document},"objectives":[{{"id":"a","title":"A"{objective}}}]}}"#
        )
    };
    let doc = r#"{"title":"T","kind":"piano","municipality":{"name":"M"},"period":{"start":2024,"end":2024}}"#;
    parse_check(
        plan("[]", "").as_bytes(),
        "$.document",
        "Tipo di valore sbagliato (in $.document, riga 1, colonna 37): trovato un elenco [ … ], atteso un oggetto { … }.",
        "Wrong type of value (at $.document, line 1, column 37): found a list [ … ], expected an object { … }.",
    );
    parse_check(
        plan(doc, r#","sdgs":[300]"#).as_bytes(),
        "$.objectives[0].sdgs[0]",
        "Valore non valido (in $.objectives[0].sdgs[0], riga 1, colonna 174): il numero 300, atteso un numero intero da 0 a 255.",
        "Invalid value (at $.objectives[0].sdgs[0], line 1, column 174): integer `300`, expected a whole number from 0 to 255.",
    );
    parse_check(
        plan(doc, r#","units":{"a":1}"#).as_bytes(),
        "$.objectives[0].units",
        "Tipo di valore sbagliato (in $.objectives[0].units, riga 1, colonna 171): trovato un oggetto { … }, atteso un elenco [ … ].",
        "Wrong type of value (at $.objectives[0].units, line 1, column 171): found an object { … }, expected a list [ … ].",
    );
}

#[test]
fn short_keeps_short_texts_and_cuts_long_ones_at_a_character() {
    assert_eq!(short("cruscotto/2"), "cruscotto/2");
    let sixty = "è".repeat(60);
    assert_eq!(short(&sixty), sixty);
    assert_eq!(short(&"è".repeat(61)), format!("{}…", "è".repeat(50)));
}

#[test]
fn short_path_keeps_the_first_and_last_steps() {
    let p = "$.objectives[3].children[0].indicators[2].weight";
    assert_eq!(short_path(p), p);
    let deep = format!(
        "$.objectives[12]{}.indicators[4].target.value",
        ".children[10]".repeat(40)
    );
    assert_eq!(
        short_path(&deep),
        "$.objectives[12].children[10].children[10]….children[10].indicators[4].target.value"
    );
    // A path made of one long key is cut like a text.
    let key = format!("$.{}", "k".repeat(300));
    assert_eq!(short_path(&key), format!("$.{}…", "k".repeat(48)));
}

#[test]
fn every_code_is_unique_and_listed_in_the_format() {
    let src = include_str!("../../src/check.rs");
    let start = src.find("pub fn code(&self)").unwrap();
    let end = start + src[start..].find("/// Collects findings.").unwrap();
    let codes: Vec<&str> = src[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|c| c.len() == 3 && c.starts_with(['E', 'W', 'I']))
        .collect();
    assert!(codes.len() >= 50, "{codes:?}");
    let mut seen = std::collections::HashSet::new();
    for c in &codes {
        assert!(seen.insert(c), "the code {c} is given to two checks");
    }
    let doc = std::fs::read_to_string(crate::repo().join("docs/FORMAT.md")).unwrap();
    for c in codes.iter().chain(&["E00"]) {
        assert!(
            doc.contains(&format!("| {c} |")),
            "docs/FORMAT.md does not list {c}"
        );
    }
}

#[test]
fn a_neutralisation_states_its_reason_and_changes_something() {
    // `a`: no reason (an error, and it is left out all the same); `b1`
    // inside the neutralised `b` (nothing to change); `c2` noted with its
    // reason. The overall score is `c` alone = c1 = 50 %.
    check(
        "neutralizzazioni.json",
        &[
            ("error", "E34", "$.objectives[0].neutralised.reason", "Neutralizzazione senza motivo: scriva in «reason» perché l'elemento è escluso dal calcolo (ad esempio la causa non imputabile all'ufficio e il verbale del Nucleo che l'ha accolta), oppure tolga «neutralised».", "Neutralisation without a reason: write in «reason» why the item is left out of the scores (for instance the cause outside the office's control and the evaluator's minute that accepted it), or remove «neutralised»."),
            ("warning", "W23", "$.objectives[1].children[0].neutralised", "Neutralizzazione che non cambia nulla: l'elemento sta già dentro un obiettivo ritirato o neutralizzato, che è escluso dal calcolo con tutto ciò che contiene. La tolga, o neutralizzi solo questo elemento.", "A neutralisation that changes nothing: the item is already inside a withdrawn or neutralised objective, left out with everything it holds. Remove it, or neutralise only this item."),
            ("info", "I03", "$.objectives[1]", "Neutralizzato: non entra nel calcolo dei punteggi e i pesi degli altri elementi dello stesso gruppo si riproporzionano. Motivo: «Causa esterna».", "Neutralised: not scored, and the weights of the other items of its group are re-proportioned. Reason: «Causa esterna»."),
            ("info", "I03", "$.objectives[2].indicators[1]", "Neutralizzato: non entra nel calcolo dei punteggi e i pesi degli altri elementi dello stesso gruppo si riproporzionano. Motivo: «Dato non disponibile per lo sciopero».", "Neutralised: not scored, and the weights of the other items of its group are re-proportioned. Reason: «Dato non disponibile per lo sciopero»."),
        ],
    );
    let (_, a) = crate::load(&crate::fixture("checks/neutralizzazioni.json"));
    assert_eq!(
        a.scores.overall.map(cruscotto_core::it::percent).as_deref(),
        Some("50,00 %")
    );
}
