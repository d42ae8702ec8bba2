//! The `cruscotto` command as a publisher uses it: exit codes, messages,
//! the figures it prints for the seeds.

use std::path::PathBuf;

mod common;
use common::{repo, run};

#[test]
fn the_four_demo_plans_validate() {
    for plan in [
        "lucca-2021-relazione",
        "monsummano-terme-2024-piao",
        "offanengo-2024-piano",
        "porcari-2017-relazione",
    ] {
        let (code, out, _) = run(&["validate", &format!("public/plans/{plan}.json")]);
        assert_eq!(code, 0, "{plan}: {out}");
        assert!(
            out.lines().next().unwrap().contains(": valido — 0 errori"),
            "{out}"
        );
    }
}

#[test]
fn score_prints_the_lucca_figures() {
    let (code, out, _) = run(&["score", "public/plans/lucca-2021-relazione.json"]);
    assert_eq!(code, 0);
    for expected in [
        "TOTALE ENTRATE",
        "160.017.169,11     148.060.560,42     -11.956.608,69   92,53 %",
        "160.017.169,11     123.395.217,21     -36.621.951,90   77,11 %",
        "Accertato su assestato (TOTALE ENTRATE): 92,53 %",
        "Capacità di impegno (impegnato su assestato) (TOTALE SPESE): 77,11 %",
        "costi del personale              3.813.838,42 € pubblicato       3.813.838,42 € ✓",
        "costi diretti impegnati          2.045.770,16 € pubblicato       2.045.770,16 € ✓",
        "costi diretti liquidati          1.068.897,87 € pubblicato       1.068.897,87 € ✓",
        "costi del personale             10.527.354,24 € pubblicato      10.551.325,94 € ≠",
        "costi diretti impegnati         20.334.076,36 € pubblicato      20.334.076,36 € ✓",
        "costi diretti liquidati          6.687.356,57 € pubblicato       6.687.356,57 € ✓",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
}

#[test]
fn score_json_is_machine_readable_and_exact() {
    let (code, out, _) = run(&["score", "public/plans/lucca-2021-relazione.json", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let entrate = &v["money"]["tables"][0]["rows"];
    let total = entrate
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "totale-entrate")
        .unwrap();
    assert_eq!(total["percent_2dp"], "92.53");
    assert!(v["nodes"].as_array().unwrap().len() >= 130);
    assert_eq!(v["money"]["cost_totals"][0]["sums"]["staff"], "3813838.42");
}

#[test]
fn every_bad_input_exits_1_with_an_italian_message() {
    let dir = repo().join("tests/fixtures/bad");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let (code, out, err) = run(&["validate", path.to_str().unwrap()]);
        assert_eq!(code, 1, "{}: {out}{err}", path.display());
        assert!(
            out.contains("non valido") && out.contains(": errore"),
            "{}: {out}",
            path.display()
        );
        // file:line:column: on every finding line.
        let name = path.to_str().unwrap();
        assert!(
            out.lines()
                .skip(1)
                .all(|l| l.starts_with(&format!("{name}:"))),
            "{out}"
        );
        n += 1;
    }
    assert!(n >= 20);
}

#[test]
fn a_100_mb_file_exits_1() {
    let path = std::env::temp_dir().join(format!("cruscotto-100mb-{}.json", std::process::id()));
    let mut bytes = b"{\"format\":\"cruscotto/1\",\"pad\":\"".to_vec();
    bytes.resize(100 * 1024 * 1024, b'x');
    bytes.extend_from_slice(b"\"}");
    std::fs::write(&path, &bytes).unwrap();
    let (code, out, _) = run(&["validate", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(code, 1);
    assert!(
        out.contains("Il file è troppo grande (100,0 MB): il limite è 50 MB."),
        "{out}"
    );
}

#[test]
fn validate_json_reports_path_line_and_column() {
    let (code, out, _) = run(&[
        "validate",
        "tests/fixtures/bad/unita-sconosciuta.json",
        "--json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], false);
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["path"].as_str(), d["line"].as_u64()),
        (Some("E02"), Some("$.objectives[0].units[0]"), Some(67))
    );
}

#[test]
fn english_messages_on_request() {
    let (code, out, _) = run(&[
        "validate",
        "tests/fixtures/bad/id-duplicato.json",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("invalid — 1 error, 0 warnings, 0 notes.")
            && out.contains("The id «st1» is already used at $.objectives[0]"),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["validate"][..],
        &["boh"][..],
        &["validate", "x.json", "--frobnicate"][..],
        &["validate", "non-esiste.json"][..],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("cruscotto: errore:"), "{err}");
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Uso: cruscotto"));
    // The calculator's options are refused where they would be ignored.
    let plan = repo().join("public/plans/lucca-2021-relazione.json");
    let plan = plan.to_str().unwrap();
    for (args, option) in [
        (
            vec!["validate", plan, "--modifica", "v1~f.x=1"],
            "--modifica",
        ),
        (vec!["export", plan, "--quanto-conta"], "--quanto-conta"),
        (
            vec!["diff", plan, plan, "--modifiche", "m.txt"],
            "--modifiche",
        ),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(&format!(
                "l'opzione {option} vale solo con i comandi score e compila, non con {}",
                args[0]
            )),
            "{err}"
        );
    }
}

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let (code, out, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(repo().join("public/schema/v1.json")).unwrap();
    assert_eq!(
        out.trim_end(),
        committed.trim_end(),
        "public/schema/v1.json is stale: run `cruscotto schema > public/schema/v1.json`"
    );
}

#[test]
fn the_format_documentation_lists_every_field_of_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("public/schema/v1.json")).unwrap(),
    )
    .unwrap();
    let doc = std::fs::read_to_string(repo().join("docs/FORMAT.md")).unwrap();
    let mut objects = vec![&schema];
    objects.extend(schema["$defs"].as_object().unwrap().values());
    for o in objects {
        for field in o["properties"]
            .as_object()
            .into_iter()
            .flat_map(|p| p.keys())
        {
            assert!(
                doc.contains(&format!("| `{field}` |")),
                "docs/FORMAT.md does not document «{field}»"
            );
        }
    }
}

const PAIR: [&str; 2] = [
    "tests/fixtures/diff/a-piano.json",
    "tests/fixtures/diff/b-relazione.json",
];

#[test]
fn diff_prints_what_changed_between_plan_and_report() {
    let (code, out, err) = run(&["diff", PAIR[0], PAIR[1]]);
    assert_eq!(code, 0, "{err}");
    for expected in [
        "Confronto tra due documenti",
        "  A: «Piano della performance di prova 2024» (Comune di Prova, piano 2024; tests/fixtures/diff/a-piano.json): 5 obiettivi, 4 indicatori",
        "Obiettivi: 1 aggiunti, 1 tolti, 1 rinominati, 0 spostati, 1 con peso cambiato, 3 con punteggio cambiato, 1 invariati. Indicatori: 0 aggiunti, 0 tolti, 2 ridefiniti (1 target cambiati). Righe di bilancio cambiate: 2.",
        "Complessivo: Raggiungimento calcolato: da 75,20 % a 76,00 % (+0,80 %).",
        "Obiettivi aggiunti (solo in B):\n  + OP-4 «Nuovo sportello telematico» (op4)",
        "Obiettivi tolti (solo in A):\n  - OP-3 «Sportello unico per l'edilizia» (op3)",
        "  ~ OP-1 «Pagamenti online per la città» (op1) [abbinato per codice]\n      Titolo cambiato: da «Pagamenti online» a «Pagamenti online per la città».\n      Peso cambiato: da 40 a 60.\n      Indicatore «Servizi attivati» (i1): il target passa da «>= 5» a «>= 4».",
        "l'unità di misura passa da «ore» a «ore per dipendente».",
        "  «Uscite 2024» (uscite)\n    ~ «Spese in conto capitale» (b)\n        impegnato            100,00 € →           150,00 € (+50,00 €)",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    let (code, en, _) = run(&["diff", PAIR[0], PAIR[1], "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        en.contains("Objectives: 1 added, 1 removed, 1 renamed"),
        "{en}"
    );
    assert!(en.contains("Weight changed: from 40 to 60."), "{en}");
    // A document against itself.
    let (code, same, _) = run(&["diff", PAIR[0], PAIR[0]]);
    assert_eq!(code, 0);
    assert!(same.contains("Nessuna differenza"), "{same}");
}

#[test]
fn diff_json_is_the_cores_data_with_sentences() {
    let (code, out, _) = run(&["diff", PAIR[0], PAIR[1], "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["counts"]["added"], 1);
    assert_eq!(v["counts"]["removed"], 1);
    assert_eq!(v["counts"]["targets"], 1);
    assert_eq!(v["overall"]["from"], "75.20");
    assert_eq!(v["overall"]["delta"], "0.799999999999999999999999998");
    let op1 = v["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id_b"] == "op1")
        .unwrap();
    assert_eq!(op1["rule"], "code");
    assert_eq!(op1["changes"][1]["what"], "weight");
    assert_eq!(op1["changes"][1]["from"], "40");
    assert_eq!(op1["changes"][1]["to"], "60");
    assert_eq!(op1["changes"][1]["message"], "Peso cambiato: da 40 a 60.");
    let row = &v["tables"][0]["rows"][0];
    assert_eq!(row["id"], "b");
    let imp = row["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "impegnato")
        .unwrap();
    assert_eq!(
        (&imp["a"], &imp["b"], &imp["delta"]),
        (&"100.00".into(), &"150.00".into(), &"50.00".into())
    );
}

#[test]
fn diff_exit_codes() {
    // A file that is not a plan: 1, with the located message.
    let (code, out, _) = run(&["diff", PAIR[0], "tests/fixtures/bad/json-troncato.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("json-troncato.json"), "{out}");
    // A missing file or a wrong command line: 2.
    let (code, _, err) = run(&["diff", PAIR[0], "non-esiste.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("non-esiste.json"), "{err}");
    let (code, _, err) = run(&["diff", PAIR[0]]);
    assert_eq!(code, 2);
    assert!(err.contains("richiede due file"), "{err}");
}

/// `score --spiega ID` prints the core's explanation under the objective's
/// title; an unknown id is a usage error that says what to give.
#[test]
fn score_explains_one_objective() {
    let f = repo().join("tests/fixtures/valid/piccolo.json");
    let f = f.to_str().unwrap();
    let (code, out, _) = run(&["score", f, "--spiega", "st1"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Città più digitale\nCome è calcolato\n\n\
         Media pesata dei 2 sotto-obiettivi:\n\
         (90,00 % × 50 + 100,00 % × 50) ÷ (50 + 50) = 95,00 %\n\
         Pagamenti online | Calcolato dai dati | 90,00 % | 50\n\
         Formazione | Calcolato dai dati | 100,00 % | 50\n\
         I valori sono mostrati con due decimali; il calcolo usa i valori esatti, quindi rifacendolo a mano con i numeri arrotondati l'ultima cifra può differire di poco.\n"
    );
    let (code, out, _) = run(&["score", f, "--explain", "st2", "--json", "--lang", "en"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"], "Scuole sicure");
    assert_eq!(
        v["lines"],
        serde_json::json!([
            "This objective has no indicator with a value and no scored sub-objective: its achievement is the one the document publishes, which cannot be recomputed from the data.",
            "The document publishes 50,00 %."
        ])
    );
    let (code, out, err) = run(&["score", f, "--spiega", "nessuno"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("nessun obiettivo ha l'id «nessuno»"), "{err}");
    let (code, _, err) = run(&["score", f, "--spiega"]);
    assert_eq!(code, 2);
    assert!(err.contains("--spiega richiede un valore"), "{err}");
}

#[test]
fn a_file_that_cannot_be_read_has_the_code_e00_as_in_the_json_form() {
    let (code, text, _) = run(&["validate", "tests/fixtures/bad/radice-non-oggetto.json"]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("radice-non-oggetto.json:1:1: errore E00: Il file contiene un elenco [ … ], non un oggetto JSON"),
        "{text}"
    );
    let (_, json, _) = run(&[
        "validate",
        "--json",
        "tests/fixtures/bad/radice-non-oggetto.json",
    ]);
    assert!(
        json.contains(r#""code": "E00""#) || json.contains(r#""code":"E00""#),
        "{json}"
    );
}

// ---- The calculator: `cruscotto score --modifica`, `--modifiche`,
// `--quanto-conta` and `cruscotto compila`, on
// `tests/fixtures/calcolatore/piano.json` (figures worked out by hand in
// `crates/core/tests/it/calcolatore.rs`).

const PLAN: &str = "tests/fixtures/calcolatore/piano.json";

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cruscotto-calcolatore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn parse_json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn score_with_edits_prints_what_changed_then_the_simulated_scores() {
    let (code, out, err) = run(&[
        "score",
        PLAN,
        "--modifica",
        "f.a1=100",
        "--modifica",
        "n.B=Causa esterna",
    ]);
    assert_eq!(code, 0, "{err}");
    let head: Vec<&str> = out.lines().take(12).collect();
    assert_eq!(
        head,
        [
            "Simulazione: modifiche (v1~f.a1=100~n.B=Causa%20esterna)",
            " 1. valore finale dell'indicatore «Pratiche evase»: 80 → 100",
            "    totale: 85,50 % → 88,50 % (+3,00)",
            "    «Obiettivo A»: 90,00 % → 100,00 % (+10,00)",
            "    «Linea 1»: 82,50 % → 87,50 % (+5,00)",
            " 2. neutralizzazione dell'obiettivo «Obiettivo B»: — → «Causa esterna»",
            "    totale: 88,50 % → 96,00 % (+7,50)",
            "    «Obiettivo B»: 75,00 % → — (—)",
            "    «Linea 1»: 87,50 % → 100,00 % (+12,50)",
            "Totale del documento → simulato: 85,50 % → 96,00 %",
            "I punteggi che seguono sono SIMULATI: non sono quelli del documento.",
            "",
        ]
    );
    assert!(
        out.contains("Punteggio complessivo calcolato: 96,00 %"),
        "{out}"
    );
    assert!(
        out.contains(
            "Obiettivo B                                                        50 neutraliz."
        ),
        "{out}"
    );

    // The same edits as one list, and from a file: the same output.
    let (_, same, _) = run(&[
        "score",
        PLAN,
        "--modifica",
        "v1~f.a1=100~n.B=Causa%20esterna",
    ]);
    assert_eq!(same, out);
    let file = tmp("modifiche.txt");
    std::fs::write(&file, "# simulazione\nf.a1=100\nn.B=Causa esterna\n").unwrap();
    let (_, same, _) = run(&["score", PLAN, "--modifiche", file.to_str().unwrap()]);
    assert_eq!(same, out);
}

#[test]
fn score_json_with_edits_carries_the_simulation() {
    let (code, out, _) = run(&[
        "score",
        PLAN,
        "--modifica",
        "v1~e.d1=non_raggiunto",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v = parse_json(&out);
    // D = 0, L2 = 15, overall = 49,5 + 6 = 55,5.
    assert_eq!(v["overall"], "55.5");
    let s = &v["simulation"];
    assert_eq!(s["edits"], "v1~e.d1=non_raggiunto");
    assert_eq!(s["overall_document"], "85.5");
    let c = &s["changes"][0];
    assert_eq!(
        (c["before"].as_str(), c["after"].as_str()),
        (Some("raggiunto"), Some("non raggiunto"))
    );
    assert_eq!(
        c["ancestors"],
        parse_json(
            r#"[{"id":"D","before":"100","after":"0"},{"id":"L2","before":"90","after":"15"}]"#
        )
    );
}

#[test]
fn quanto_conta_prints_the_sorted_table() {
    let (code, out, _) = run(&["score", PLAN, "--quanto-conta"]);
    assert_eq!(code, 0);
    let rows: Vec<String> = out
        .lines()
        .skip(5)
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        rows,
        [
            "L1 Linea 1 82,50 % 36,00 % 96,00 % 60,00",
            "L2 Linea 2 90,00 % 49,50 % 89,50 % 40,00",
            "A Obiettivo A 90,00 % 58,50 % 88,50 % 30,00",
            "B Obiettivo B 75,00 % 63,00 % 93,00 % 30,00",
            "D Obiettivo D 100,00 % 55,50 % 85,50 % 30,00",
            "C Obiettivo C 60,00 % 79,50 % 89,50 % 10,00",
        ]
    );
    // With an edit, on the simulated plan, as JSON: C at 100 % (r.C=100)
    // gives L2 = 100 and the overall 89,5; C can no longer move it up.
    let (code, out, _) = run(&[
        "score",
        PLAN,
        "--modifica",
        "r.C=100",
        "--quanto-conta",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v = parse_json(&out);
    assert_eq!(
        (v["overall"].as_str(), v["simulated"].as_bool()),
        (Some("89.5"), Some(true))
    );
    let c = v["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "C")
        .unwrap();
    assert_eq!(
        (c["at_zero"].as_str(), c["at_hundred"].as_str()),
        (Some("79.5"), Some("89.5"))
    );
}

#[test]
fn compila_writes_a_valid_report_scored_as_simulated() {
    let out = tmp("relazione.json");
    let edits =
        "v1~f.a1=90~f.a2=10~f.b1=30~e.d1=parzialmente_raggiunto~ri.d1=50~n.C=Fondi%20revocati";
    let (code, said, err) = run(&[
        "compila",
        PLAN,
        "--modifica",
        edits,
        "--tipo",
        "relazione",
        "--data",
        "2026-04-30",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{said}{err}");
    // a1 = 90, A = 95, B = 100, L1 = 97,5; D = 50 (the stated 50 %), C out:
    // L2 = 50; overall = 58,5 + 20 = 78,5.
    assert_eq!(
        said.trim(),
        "Documento «Piano della performance 2025 (esempio del calcolatore)» (relazione 30/04/2026, 6 modifiche): totale 78,50 %"
    );
    let (code, v, _) = run(&["validate", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    let doc = parse_json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(doc["document"]["kind"], "relazione");
    assert_eq!(doc["document"]["published_on"], "2026-04-30");
    assert_eq!(
        doc["objectives"][1]["children"][0]["neutralised"]["reason"],
        "Fondi revocati"
    );
    // `cruscotto score` of the written report = the simulation on the plan.
    let (_, filled, _) = run(&["score", out.to_str().unwrap(), "--json"]);
    let (_, simulated, _) = run(&["score", PLAN, "--modifica", edits, "--json"]);
    let (filled, simulated) = (parse_json(&filled), parse_json(&simulated));
    assert_eq!(filled["overall"], "78.5");
    for key in ["overall", "nodes", "indicators", "groups"] {
        assert_eq!(filled[key], simulated[key], "{key}");
    }
}

#[test]
fn bad_edits_and_missing_options_exit_2_with_a_message() {
    let (code, out, err) = run(&[
        "score",
        PLAN,
        "--modifica",
        "f.a1=80",
        "--modifica",
        "p.A=-3",
    ]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err.trim(),
        "cruscotto: Modifica 2 («p.A=-3») «-3» è negativo: un peso o una percentuale di raggiungimento non può essere sotto zero."
    );
    let (code, _, err) = run(&["score", PLAN, "--modifica", "f.nessuno=1", "--lang", "en"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "cruscotto: Edit 1 («f.nessuno=1») names an indicator the document does not have: check the id."
    );
    let (code, _, err) = run(&["compila", PLAN, "--data", "2026-04-30", "-o", "x.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("il comando compila richiede --tipo relazione|monitoraggio"),
        "{err}"
    );
    let (code, _, err) = run(&["compila", PLAN, "--tipo", "piano"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("tipo «piano» non previsto: usi relazione o monitoraggio"),
        "{err}"
    );
}
