//! The kit on the demo plans and the template: export → import gives the
//! same plan, in memory and through CSV files.

use std::path::PathBuf;

use cruscotto_core::{parse_plan, PlanFile, Severity};
use cruscotto_kit::{csv, export, import, template, Workbook};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn demos() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("public/plans");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_name().is_some_and(|n| n != "index.json")
        })
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 4);
    out
}

fn errors(imported: &cruscotto_kit::Imported) -> Vec<String> {
    imported
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.message(cruscotto_core::Lang::It))
        .collect()
}

fn through_csv(wb: &Workbook) -> Workbook {
    Workbook {
        sheets: wb
            .sheets
            .iter()
            .map(|s| csv::read(&s.name, &csv::write(s)))
            .collect(),
        date1904: false,
    }
}

#[test]
fn every_demo_plan_round_trips_in_memory_and_through_csv() {
    for (name, bytes) in demos() {
        let plan: PlanFile = parse_plan(&bytes).unwrap();
        let wb = export(&plan).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let back = import::import(&wb);
        assert_eq!(errors(&back), Vec::<String>::new(), "{name}");
        assert!(back.plan.as_ref() == Some(&plan), "{name}: in memory");
        let back = import::import(&through_csv(&wb));
        assert_eq!(errors(&back), Vec::<String>::new(), "{name} (csv)");
        assert!(back.plan.as_ref() == Some(&plan), "{name}: through CSV");
    }
}

#[test]
fn neutralisations_round_trip_in_memory_and_through_csv() {
    // An objective and an indicator neutralised, each with its reason.
    let bytes =
        std::fs::read(root().join("tests/fixtures/calcolatore/neutralizzata.json")).unwrap();
    let plan: PlanFile = parse_plan(&bytes).unwrap();
    let wb = export(&plan).unwrap();
    for (how, wb) in [("memory", wb.clone()), ("csv", through_csv(&wb))] {
        let back = import::import(&wb);
        assert_eq!(errors(&back), Vec::<String>::new(), "{how}");
        assert!(back.plan.as_ref() == Some(&plan), "{how}");
    }
    let objectives = wb.sheets.iter().find(|s| s.name == "Obiettivi").unwrap();
    let col = objectives.rows[0]
        .iter()
        .position(|c| c.text(false) == "Neutralizzato: motivo")
        .expect("the column");
    assert!(objectives
        .rows
        .iter()
        .any(|r| r.get(col).map(|c| c.text(false)).as_deref()
            == Some("Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026")));
}

#[test]
fn the_template_imports_into_a_valid_plan_without_warnings() {
    let wb = template();
    let back = import::import(&wb);
    let all: Vec<String> = back
        .problems
        .iter()
        .map(|p| p.message(cruscotto_core::Lang::It))
        .collect();
    assert_eq!(all, Vec::<String>::new());
    let example = parse_plan(cruscotto_kit::export::EXAMPLE.as_bytes()).unwrap();
    assert_eq!(back.plan, Some(example));
}

// ---- hand-made bad workbooks: every problem at its sheet, row and column ----

use cruscotto_kit::{Cell, Merge, Sheet};

fn t(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
    Sheet {
        name: name.into(),
        rows: rows
            .iter()
            .map(|r| r.iter().map(|c| t(c)).collect())
            .collect(),
        merges: vec![],
        ..Default::default()
    }
}

const DOC_HEAD: &[&str] = &[
    "Titolo",
    "Tipo di documento",
    "Comune",
    "Primo anno",
    "Ultimo anno",
];
const DOC_ROW: &[&str] = &["Piano 2024", "piano", "Esempio", "2024", "2026"];

fn messages(wb: Workbook) -> Vec<String> {
    import::import(&wb)
        .problems
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p.severity.as_str(),
                p.message(cruscotto_core::Lang::It)
            )
        })
        .collect()
}

fn with_objectives(rows: &[&[&str]]) -> Vec<String> {
    messages(Workbook {
        sheets: vec![
            sheet("Documento", &[DOC_HEAD, DOC_ROW]),
            sheet("Obiettivi", rows),
        ],
        date1904: false,
    })
}

/// Objective `a` and these indicator rows (objective, id, name, target).
fn with_indicators(rows: &[&[&str]]) -> Vec<String> {
    let mut all: Vec<&[&str]> = vec![&["Obiettivo", "Id", "Nome", "Valore atteso"]];
    all.extend_from_slice(rows);
    messages(Workbook {
        sheets: vec![
            sheet("Documento", &[DOC_HEAD, DOC_ROW]),
            sheet("Obiettivi", &[&["Id", "Titolo"], &["a", "A"]]),
            sheet("Indicatori", &all),
        ],
        date1904: false,
    })
}

#[test]
fn wrong_types_bad_dates_lists_and_parents() {
    let head: &[&str] = &[
        "Id",
        "Obiettivo superiore",
        "Titolo",
        "Peso",
        "Scadenza",
        "Stato",
        "SDG",
        "Missione",
    ];
    let got = with_objectives(&[
        head,
        &["a", "", "Primo", "venti", "31/02/2024", "finito", "18", "4"],
        &[
            "b",
            "zz",
            "Secondo",
            "10",
            "31.12.2024",
            "in corso",
            "11; 16",
            "04 – Istruzione",
        ],
        &["c", "", "", "5%", "2024-12-31", "", "", "ventuno"],
    ]);
    assert_eq!(got, [
        "error: Foglio «Obiettivi», riga 2, colonna D («Peso»): «venti» non è un numero. Scriva un numero come 1.234,56 (la virgola separa i decimali; sono ammessi € e %), oppure lasci la cella vuota o scriva // se il dato non c'è.",
        "error: Foglio «Obiettivi», riga 2, colonna E («Scadenza»): «31/02/2024» non è una data valida. Scriva la data come 31/12/2024 (oppure 31.12.2024 o 2024-12-31); se la scadenza non è una data, la scriva nella colonna «… come scritta».",
        "error: Foglio «Obiettivi», riga 2, colonna F («Stato»): «finito» non è tra i valori ammessi: «raggiunto», «in corso», «modificato», «ritirato», «nuovo», «non raggiunto». Scelga uno di questi dall'elenco della cella.",
        "error: Foglio «Obiettivi», riga 2, colonna G («SDG»): «18» non è un elenco di obiettivi dell'Agenda 2030. Scriva i numeri da 1 a 17 separati da punto e virgola, ad esempio 11; 16.",
        "error: Foglio «Obiettivi», riga 4, colonna C («Titolo»): la cella è vuota ma è obbligatoria. La compili (l'istruzione della colonna è nel foglio «Istruzioni»).",
        "error: Foglio «Obiettivi», riga 4, colonna H («Missione»): «ventuno» non è il codice di una missione di bilancio. Scriva il codice a due cifre, da 01 a 20, 50, 60 o 99 (ad esempio 04).",
        "error: Foglio «Obiettivi», riga 3, colonna B («Obiettivo superiore»): «zz» non è l'Id di nessuna riga del foglio «Obiettivi». Scriva l'Id esattamente come nella colonna «Id» di quel foglio (maiuscole e minuscole contano).",
    ]);
}

#[test]
fn missing_sheets_unknown_sheets_and_columns() {
    let got = messages(Workbook {
        sheets: vec![
            sheet(
                "Obiettivi",
                &[
                    &["Id", "Titolo", "Responsabile", "Titolo"],
                    &["a", "A", "Ufficio tecnico", "x"],
                ],
            ),
            sheet("Foglio1", &[&["qualcosa"]]),
            sheet("Istruzioni", &[&["ignorato"]]),
        ],
        date1904: false,
    });
    assert_eq!(got, [
        "error: Foglio «Obiettivi», riga 1, colonna C («Responsabile»): questa colonna contiene dati ma la sua intestazione non è tra quelle del modello, quindi i dati andrebbero persi. Corregga l'intestazione come nel modello, oppure sposti i dati nella colonna «Note» o cancelli la colonna.",
        "error: Foglio «Obiettivi», riga 1, colonna D («Titolo»): questa intestazione compare due volte nel foglio. Tenga una sola colonna con questa intestazione.",
        "error: Foglio «Foglio1»: questo foglio non fa parte del modello e contiene dati, che non verrebbero importati. Gli dia il nome di uno dei fogli del modello, oppure sposti i dati nel foglio giusto o lo cancelli.",
        "error: Nel file: manca il foglio «Documento», che descrive il documento. Parta dal modello (cruscotto template) e non rinomini né cancelli quel foglio.",
    ]);
}

#[test]
fn duplicated_codes_and_the_cores_checks_are_placed() {
    let got = with_objectives(&[
        &["Id", "Titolo", "Peso"],
        &["a", "A", "60"],
        &["a", "B", "140"],
    ]);
    assert_eq!(got, [
        "error: Foglio «Obiettivi», riga 3, colonna A («Id»): L'identificativo «a» è già usato in foglio «Obiettivi», riga 2: ogni elemento deve avere un identificativo diverso.",
        "error: Foglio «Obiettivi», riga 3, colonna C («Peso»): Il peso 140 supera 100, ma i pesi di questo piano sono percentuali. Se sono numeri relativi, dichiari «Pesi» = numeri relativi (foglio «Metodo di calcolo») nel metodo di valutazione.",
        "warning: Nel file: I pesi di questi 2 elementi sommano a 200 invece che a 100.",
    ]);
    let got = with_indicators(&[&["a", "i", "I", "80"]]);
    assert_eq!(got, ["error: Foglio «Indicatori», riga 2, colonna «Confronto»: Il target ha un valore ma non il confronto: indichi il confronto (>=, <=, = oppure range, cioè un intervallo) perché si sappia come confrontare il valore con il risultato. Un target solo a parole non ha valore né confronto."]);
    // Every row with the same problem is said in one message.
    let got = with_indicators(&[
        &["a", "i", "I", "80"],
        &["a", "j", "J", "90"],
        &["a", "k", "K", ""],
        &["a", "l", "L", "70"],
    ]);
    assert_eq!(got, ["error: Foglio «Indicatori», 3 righe (2, 3 e 5), colonna «Confronto»: Il target ha un valore ma non il confronto: indichi il confronto (>=, <=, = oppure range, cioè un intervallo) perché si sappia come confrontare il valore con il risultato. Un target solo a parole non ha valore né confronto.", "error: Foglio «Indicatori», riga 4: L'indicatore non ha un target: senza valore atteso non si può calcolare il grado di raggiungimento. Se è solo informativo, indichi «Tipo» = informativo."]);
    // Two objectives at the top, without a unit, with the same code: the
    // earlier one is named by its row; the advice changes nothing.
    let got = with_objectives(&[
        &["Id", "Codice", "Titolo"],
        &["a", "1.1", "A"],
        &["b", "1.1", "B"],
    ]);
    assert_eq!(got, ["warning: Foglio «Obiettivi», riga 3, colonna B («Codice»): Il codice «1.1» è già usato in foglio «Obiettivi», riga 2, un obiettivo dello stesso gruppo (con lo stesso obiettivo superiore): con lo stesso codice i due obiettivi non si distinguono. Controlli di averlo trascritto come nel documento; se è il documento a ripeterlo, lo lasci com'è: l'avviso ne segnala il difetto."]);
}

#[test]
fn merged_cells_fill_down_and_are_reported_across() {
    let mut ind = sheet(
        "Indicatori",
        &[
            &["Obiettivo", "Id", "Nome", "Tipo", "Unità di misura"],
            &["a", "i1", "Uno", "informativo", "%"],
            &["", "i2", "Due", "informativo", ""],
            &["a", "i3", "Tre", "informativo", ""],
        ],
    );
    // A2:A3 (the objective, merged over two indicators) and D4:E4.
    ind.merges = vec![
        Merge {
            r0: 1,
            c0: 0,
            r1: 2,
            c1: 0,
        },
        Merge {
            r0: 3,
            c0: 3,
            r1: 3,
            c1: 4,
        },
    ];
    // A header merged over two rows (A1:A2) above a second header row.
    let mut obj = sheet(
        "Obiettivi",
        &[&["Id", "Dati"], &["", "Titolo"], &["a", "A"]],
    );
    obj.merges = vec![Merge {
        r0: 0,
        c0: 0,
        r1: 1,
        c1: 0,
    }];
    let imp = import::import(&Workbook {
        sheets: vec![sheet("Documento", &[DOC_HEAD, DOC_ROW]), obj, ind],
        date1904: false,
    });
    let got: Vec<String> = imp
        .problems
        .iter()
        .map(|p| p.message(cruscotto_core::Lang::It))
        .collect();
    assert_eq!(got, ["Foglio «Indicatori», riga 4, colonna D: le celle D4:E4 sono unite: è stato letto solo il valore della prima. Separi le celle e scriva ogni valore nella sua colonna."]);
    let plan = imp.plan.unwrap();
    assert_eq!(plan.objectives[0].title, "A");
    let ids: Vec<&str> = plan.objectives[0]
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["i1", "i2", "i3"]);
}

#[test]
fn one_row_sheets_loops_and_english() {
    let wb = Workbook {
        sheets: vec![
            sheet("Documento", &[DOC_HEAD, DOC_ROW, DOC_ROW]),
            sheet(
                "Obiettivi",
                &[
                    &["Id", "Obiettivo superiore", "Titolo"],
                    &["a", "b", "A"],
                    &["b", "a", "B"],
                    &["c", "c", "C"],
                ],
            ),
        ],
        date1904: false,
    };
    let got = messages(wb.clone());
    assert_eq!(got, [
        "error: Foglio «Documento», riga 3: questo foglio deve avere una sola riga di dati sotto le intestazioni; questa riga è di troppo. La cancelli, oppure ne unisca il contenuto alla prima riga.",
        "error: Foglio «Obiettivi», riga 4, colonna B («Obiettivo superiore»): la riga «c» risulta dentro sé stessa: seguendo le righe superiori si torna a lei. Corregga la colonna dell'elemento superiore in modo che l'albero parta da una riga senza superiore.",
        "error: Foglio «Obiettivi», riga 2, colonna B («Obiettivo superiore»): la riga «a» risulta dentro sé stessa: seguendo le righe superiori si torna a lei. Corregga la colonna dell'elemento superiore in modo che l'albero parta da una riga senza superiore.",
    ]);
    let en = import::import(&wb).problems[0].message(cruscotto_core::Lang::En);
    assert_eq!(en, "Sheet «Documento», row 3: this sheet must have one data row under the headers; this row is one too many. Delete it, or merge its content into the first row.");
}

#[test]
fn what_offices_type_is_read() {
    let wb = Workbook {
        sheets: vec![
            sheet(
                "Documento",
                &[
                    &[
                        "Titolo ",
                        "Tipo di documento",
                        "comune",
                        "Primo anno",
                        "Ultimo anno",
                        "Codice ISTAT",
                        "Data dell'atto",
                        "Approvato da",
                    ],
                    &[
                        " Piano 2024 ",
                        "Piano",
                        "Esempio",
                        "2024",
                        "2026",
                        "46017",
                        "31.3.2024",
                        "Giunta",
                    ],
                ],
            ),
            sheet(
                "Obiettivi",
                &[
                    &[
                        "Id",
                        "Titolo",
                        "Peso",
                        "Raggiungimento pubblicato (%)",
                        "2024",
                        "2025",
                        "2026",
                        "Scadenza",
                        "Trasversale",
                    ],
                    &["a", "A", "//", "100,00 %", "X", "", "x", "-", "sì"],
                    &["b", "B", "-", "95%", "", "X", "", "31-12-2025", "no"],
                ],
            ),
            sheet(
                "Costi per obiettivo",
                &[
                    &["Obiettivo", "Impegnato (€)", "Costo del personale (€)"],
                    &["a", "€ 5.046,90", "1.234.567,8"],
                ],
            ),
        ],
        date1904: false,
    };
    let imp = import::import(&wb);
    assert_eq!(errors(&imp), Vec::<String>::new());
    let plan = imp.plan.unwrap();
    assert_eq!(plan.document.title, "Piano 2024");
    assert_eq!(
        plan.document.municipality.istat_code.as_deref(),
        Some("046017")
    );
    assert_eq!(
        plan.document.approval.as_ref().unwrap().date.as_deref(),
        Some("2024-03-31")
    );
    let (a, b) = (&plan.objectives[0], &plan.objectives[1]);
    assert_eq!(
        (a.weight, a.published_achievement.map(|d| d.to_string())),
        (None, Some("100.00".into()))
    );
    assert_eq!(a.years, [2024, 2026]);
    assert_eq!((a.deadline.as_deref(), a.transversal), (None, true));
    assert_eq!(
        (b.years.as_slice(), b.deadline.as_deref(), b.transversal),
        (&[2025][..], Some("2025-12-31"), false)
    );
    assert_eq!(b.published_achievement.unwrap().to_string(), "95");
    let costs = a.costs.as_ref().unwrap();
    assert_eq!(costs.committed.unwrap().to_string(), "5046.90");
    assert_eq!(costs.staff.unwrap().to_string(), "1234567.8");
}

// ---- cells as offices type them: the column decides what a cell means ----

fn n(s: &str) -> Cell {
    Cell::Number(s.into())
}

/// A Documento sheet and an Obiettivi sheet (with these hidden rows).
fn two_sheets(doc: Vec<Vec<Cell>>, objectives: Vec<Vec<Cell>>, hidden: Vec<usize>) -> Workbook {
    Workbook {
        sheets: vec![
            Sheet {
                name: "Documento".into(),
                rows: doc,
                ..Default::default()
            },
            Sheet {
                name: "Obiettivi".into(),
                rows: objectives,
                hidden_rows: hidden,
                ..Default::default()
            },
        ],
        date1904: false,
    }
}

/// Imports a Documento sheet and an Obiettivi sheet of typed cells; returns
/// the plan's JSON (document, objectives) and every message with its code.
fn typed(doc: Vec<Vec<Cell>>, objectives: Vec<Vec<Cell>>) -> (serde_json::Value, Vec<String>) {
    let imp = import::import(&two_sheets(doc, objectives, Vec::new()));
    let msgs = imp
        .problems
        .iter()
        .map(|p| {
            format!(
                "{} {}: {}",
                p.severity.as_str(),
                p.code(),
                p.message(cruscotto_core::Lang::It)
            )
        })
        .collect();
    let json = imp
        .json
        .map(|j| serde_json::from_str(&j).unwrap())
        .unwrap_or_default();
    (json, msgs)
}

fn heads(h: &[&str]) -> Vec<Cell> {
    h.iter().map(|s| t(s)).collect()
}

#[test]
fn numbers_typed_in_text_code_year_sdg_mission_and_flag_columns_mean_what_the_column_says() {
    let doc = vec![
        heads(&[
            "Titolo",
            "Tipo di documento",
            "Comune",
            "Codice ISTAT",
            "Primo anno",
            "Ultimo anno",
            "Approvato da",
            "Numero dell'atto",
            "Data dell'atto",
        ]),
        vec![
            t("Piano 2024"),
            t("piano"),
            t("Esempio"),
            n("46017"),
            n("2024"),
            n("2026"),
            t("giunta"),
            n("45"),
            t("20 febbraio 2024"),
        ],
    ];
    let objectives = vec![
        vec![
            t("Id"),
            t("Titolo"),
            t("Codice"),
            t("Anni"),
            t("SDG"),
            t("Missione"),
            t("Trasversale"),
            t("Peso"),
            n("2024"),
            Cell::Serial("2025".into()),
        ],
        vec![
            t("a"),
            t("Uno"),
            n("1"),
            n("2024"),
            n("16"),
            n("1"),
            n("1"),
            t("(50%)"),
            Cell::Empty,
            t("X"),
        ],
        // A number shown with a date format in a year or missione column
        // is the number typed.
        vec![
            t("b"),
            t("Due"),
            n("2"),
            Cell::Serial("2025".into()),
            Cell::Empty,
            Cell::Serial("4".into()),
            n("0"),
            t("(50%)"),
            t("X"),
            Cell::Empty,
        ],
    ];
    let (json, msgs) = typed(doc, objectives);
    assert_eq!(
        json["document"],
        serde_json::json!({
            "title": "Piano 2024", "kind": "piano",
            "municipality": {"name": "Esempio", "istat_code": "046017"},
            "period": {"start": 2024, "end": 2026},
            "approval": {"body": "giunta", "number": "45", "date": "2024-02-20"}
        })
    );
    assert_eq!(
        json["objectives"],
        serde_json::json!([
            {"id": "a", "title": "Uno", "code": "1", "years": [2024, 2025], "sdgs": [16],
             "mission": "01", "transversal": true, "weight": "50"},
            {"id": "b", "title": "Due", "code": "2", "years": [2024, 2025], "mission": "04",
             "weight": "50"}
        ])
    );
    assert_eq!(
        msgs,
        ["info K27: Foglio «Documento», riga 2, colonna D («Codice ISTAT»): il codice è stato scritto come numero (46017), che perde gli zeri iniziali: è stato letto come «046017». Per evitarlo, formatti la cella come testo (Formato › Celle › Testo) e scriva il codice con gli zeri."]
    );
}

#[test]
fn the_same_problem_in_many_rows_of_a_column_is_one_problem_listing_the_rows() {
    let mut objectives = vec![heads(&["Id", "Titolo", "Peso"])];
    for i in 0..5 {
        objectives.push(vec![t(&format!("o{i}")), Cell::Empty, n("20")]);
    }
    objectives.push(vec![t("o5"), t("Ok"), t("venti")]);
    let doc = vec![heads(DOC_HEAD), DOC_ROW.iter().map(|s| t(s)).collect()];
    let (_, msgs) = typed(doc, objectives);
    assert_eq!(
        msgs,
        [
            "error K12: Foglio «Obiettivi», 5 righe (2, 3, 4, 5 e 6), colonna B («Titolo»): la cella è vuota ma è obbligatoria. La compili (l'istruzione della colonna è nel foglio «Istruzioni»).",
            "error K13: Foglio «Obiettivi», riga 7, colonna C («Peso»): «venti» non è un numero. Scriva un numero come 1.234,56 (la virgola separa i decimali; sono ammessi € e %), oppure lasci la cella vuota o scriva // se il dato non c'è.",
        ]
    );
}

#[test]
fn a_fraction_among_percentages_is_flagged_at_its_cell() {
    let doc = vec![heads(DOC_HEAD), DOC_ROW.iter().map(|s| t(s)).collect()];
    let objectives = vec![
        heads(&["Id", "Titolo", "Raggiungimento pubblicato (%)"]),
        vec![t("a"), t("A"), n("90")],
        vec![t("b"), t("B"), n("0.85")],
        vec![t("c"), t("C"), Cell::Percent("100".into())],
        vec![t("d"), t("D"), t("75%")],
    ];
    let (json, msgs) = typed(doc, objectives);
    let got: Vec<&str> = json["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["published_achievement"].as_str().unwrap())
        .collect();
    assert_eq!(got, ["90", "0.85", "100", "75"]);
    assert_eq!(
        msgs,
        ["warning K28: Foglio «Obiettivi», riga 3, colonna C («Raggiungimento pubblicato (%)»): «0,85» sembra una frazione, mentre gli altri valori della colonna sono percentuali (come 90 o 100): se intendeva 85%, scriva 85. Succede quando si digita 85% in una cella con formato numerico: la colonna vuole la percentuale come si legge (85)."]
    );
}

#[test]
fn hidden_rows_are_imported_and_noted() {
    let doc = vec![heads(DOC_HEAD), DOC_ROW.iter().map(|s| t(s)).collect()];
    let objectives = vec![
        heads(&["Id", "Titolo"]),
        vec![t("a"), t("A")],
        vec![t("b"), t("B")],
        vec![t("c"), t("C")],
    ];
    let imp = import::import(&two_sheets(doc, objectives, vec![1, 3, 40]));
    assert_eq!(imp.plan.unwrap().objectives.len(), 3);
    let msgs: Vec<String> = imp
        .problems
        .iter()
        .map(|p| p.message(cruscotto_core::Lang::En))
        .collect();
    assert_eq!(
        msgs,
        ["Sheet «Obiettivi»: rows hidden in the spreadsheet, imported all the same: 2 and 4. If they were meant to be dropped, delete them; otherwise you may show them again."]
    );
}

#[test]
fn other_parents_and_missioni_are_checked_at_their_cell() {
    let got = with_objectives(&[
        &[
            "Id",
            "Obiettivo superiore",
            "Titolo",
            "Contribuisce anche a",
            "Altre missioni",
        ],
        &["s1", "", "Trasparenza", "", ""],
        &["s2", "", "Accesso civico", "", ""],
        &["o1", "s1", "Flussi della trasparenza", "s2; s9", "01; 33"],
    ]);
    assert_eq!(got, [
        "error: Foglio «Obiettivi», riga 4, colonna E («Altre missioni»): La missione di bilancio «33» non esiste: usi il codice a due cifre (01–20, 50, 60, 99).",
        "error: Foglio «Obiettivi», riga 4, colonna D («Contribuisce anche a»): L'obiettivo «s9» non esiste in questo file: indichi l'Id di un obiettivo del foglio Obiettivi (campo «id»), oppure tolga il riferimento.",
    ]);
}
