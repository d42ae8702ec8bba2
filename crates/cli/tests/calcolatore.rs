//! The calculator on the command line: `cruscotto score --modifica`,
//! `--modifiche`, `--quanto-conta` and `cruscotto compila`, on
//! `tests/fixtures/calcolatore/piano.json` (figures worked out by hand in
//! `crates/core/tests/it/calcolatore.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PLAN: &str = "tests/fixtures/calcolatore/piano.json";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_cruscotto"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run cruscotto");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cruscotto-calcolatore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn json(text: &str) -> serde_json::Value {
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
    let v = json(&out);
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
        json(r#"[{"id":"D","before":"100","after":"0"},{"id":"L2","before":"90","after":"15"}]"#)
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
    let v = json(&out);
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
    let doc = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(doc["document"]["kind"], "relazione");
    assert_eq!(doc["document"]["published_on"], "2026-04-30");
    assert_eq!(
        doc["objectives"][1]["children"][0]["neutralised"]["reason"],
        "Fondi revocati"
    );
    // `cruscotto score` of the written report = the simulation on the plan.
    let (_, filled, _) = run(&["score", out.to_str().unwrap(), "--json"]);
    let (_, simulated, _) = run(&["score", PLAN, "--modifica", edits, "--json"]);
    let (filled, simulated) = (json(&filled), json(&simulated));
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
