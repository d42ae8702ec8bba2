//! `cruscotto publish` year after year into one folder (the archive), on
//! the invented series of `tests/fixtures/archivio/` (three years, Piano and
//! Relazione each): add, add more, refuse a duplicate and another
//! municipality, replace with `--sostituisci`, remove with `--rimuovi`; the
//! catalogue, the chooser's list and the manifest compared byte for byte
//! with `tests/fixtures/archivio/atteso/`, every fingerprint with the
//! system's `sha256sum` of the file written.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;
use common::repo;

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/archivio").join(name)
}

/// Runs the command: exit code and standard error.
fn run(args: &[&str]) -> (i32, String) {
    let (code, _, err) = common::run(args);
    (code, err)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A stand-in for the built app (the browser tests publish the real one),
/// and the folder to publish into, both fresh.
fn setup(name: &str) -> (PathBuf, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let app = dir.join("app");
    std::fs::create_dir_all(app.join("plans")).unwrap();
    std::fs::write(app.join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(app.join("plans/index.json"), "[]").unwrap();
    std::fs::write(app.join("manifest.json"), "{}").unwrap();
    (app, dir.join("sito"))
}

/// Publishes `plan` (a fixture) into `out`, with more options.
fn publish(app: &Path, out: &Path, plan: &str, more: &[&str]) -> (i32, String) {
    let plan = fixture(plan);
    let mut args = vec!["publish", s(&plan), "-o", s(out), "--app", s(app)];
    args.extend(more);
    run(&args)
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

/// The documents the catalogue lists (`file`, `sha256`), and the same from
/// the folder itself: every file under `plans/` but `index.json`, with the
/// system's `sha256sum`.
fn check_folder(out: &Path, expected: &[&str]) {
    let catalogue = read_json(&out.join("catalogo.json"));
    let listed: Vec<(String, String)> = catalogue["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["sha256"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let names: Vec<&str> = listed.iter().map(|(f, _)| f.as_str()).collect();
    let want: Vec<String> = expected.iter().map(|n| format!("plans/{n}")).collect();
    assert_eq!(names, want);
    let mut on_disk: Vec<String> = std::fs::read_dir(out.join("plans"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "index.json")
        .map(|n| format!("plans/{n}"))
        .collect();
    on_disk.sort();
    let mut sorted = want.clone();
    sorted.sort();
    assert_eq!(on_disk, sorted, "files in plans/");
    for (file, sha) in &listed {
        let sum = Command::new("sha256sum")
            .arg(out.join(file))
            .output()
            .expect("sha256sum");
        let sum = String::from_utf8_lossy(&sum.stdout);
        assert_eq!(sum.split_whitespace().next(), Some(sha.as_str()), "{file}");
        let stem = file
            .strip_prefix("plans/")
            .unwrap()
            .strip_suffix(".json")
            .unwrap();
        assert!(
            out.join(format!("plans/modelli/{stem}.xlsx")).is_file(),
            "{stem}.xlsx"
        );
    }
    // The chooser lists the same documents, in the same order.
    let index = read_json(&out.join("plans/index.json"));
    let chooser: Vec<String> = index
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("plans/{}", d["file"].as_str().unwrap()))
        .collect();
    assert_eq!(chooser, want);
    // The manifest names the latest, with its fingerprint.
    let m =
        cruscotto_kit::publish::parse_manifest(&std::fs::read(out.join("manifest.json")).unwrap())
            .unwrap();
    let (file, sha) = listed.last().unwrap();
    assert_eq!((&m.plan, &m.sha256), (file, sha));
}

const SERIES: [&str; 6] = [
    "borgo-esempio-2023-piano.json",
    "borgo-esempio-2023-relazione.json",
    "borgo-esempio-2024-piano.json",
    "borgo-esempio-2024-relazione.json",
    "borgo-esempio-2025-piano.json",
    "borgo-esempio-2025-relazione.json",
];

#[test]
fn three_years_published_one_by_one_make_the_expected_catalogue() {
    let (app, out) = setup("archivio-serie");
    // In any order: the catalogue is sorted by year, then kind.
    for (i, plan) in [5, 1, 2, 4, 3].into_iter().enumerate() {
        let (code, err) = publish(&app, &out, SERIES[plan], &[]);
        assert_eq!(code, 0, "{err}");
        let n = i + 1;
        let said = if n == 1 {
            "la cartella pubblica 1 documento; il manifesto indica «borgo-esempio-2025-relazione.json»".to_string()
        } else {
            format!("la cartella pubblica {n} documenti; il manifesto indica il più recente, «borgo-esempio-2025-relazione.json»")
        };
        assert!(err.contains(&said), "{err}");
    }
    let (code, err) = publish(&app, &out, SERIES[0], &["--data", "2023-02-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("cruscotto: impronta SHA-256 del piano: e2b696ddaa19d3940c85d1bac2937bbdb7d4c864470240124bbc70caf9efe274"),
        "{err}"
    );
    check_folder(&out, &SERIES);
    let expected = fixture("atteso");
    for (written, want) in [
        ("catalogo.json", "catalogo.json"),
        ("manifest.json", "manifest.json"),
        ("plans/index.json", "index.json"),
    ] {
        assert_eq!(
            std::fs::read_to_string(out.join(written)).unwrap(),
            std::fs::read_to_string(expected.join(want)).unwrap(),
            "{written}"
        );
    }
    // Every document as published, byte for byte.
    for plan in SERIES {
        assert_eq!(
            std::fs::read(out.join("plans").join(plan)).unwrap(),
            std::fs::read(fixture(plan)).unwrap()
        );
    }
}

#[test]
fn duplicates_and_another_municipality_are_refused_replacing_and_removing_when_asked() {
    let (app, out) = setup("archivio-modifiche");
    for plan in &SERIES[..3] {
        assert_eq!(publish(&app, &out, plan, &[]).0, 0);
    }
    let before = std::fs::read(out.join("catalogo.json")).unwrap();
    let folder = s(&out).to_string();

    // The same file again.
    let (code, err) = publish(&app, &out, SERIES[1], &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: nella cartella «{folder}» c'è già il documento «borgo-esempio-2023-relazione.json»: per sostituirlo ripeta il comando con --sostituisci; per pubblicarlo accanto, dia al file un altro nome.\n")
    );
    // Another Piano 2024 under another name.
    let (code, err) = publish(
        &app,
        &out,
        "rettifica/borgo-esempio-2024-piano-bis.json",
        &[],
    );
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: nella cartella «{folder}» c'è già un Piano della performance del 2024, «borgo-esempio-2024-piano.json»: per sostituirlo con questo ripeta il comando con --sostituisci («borgo-esempio-2024-piano.json» viene tolto).\n")
    );
    // Another municipality, in both languages.
    let (code, err) = publish(&app, &out, "villa-prova-2024-piano.json", &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: la cartella «{folder}» pubblica i documenti del comune «Borgo Esempio», il piano è del comune «Villa Prova»: una cartella pubblica i documenti di un solo comune. Indichi con -o la cartella di «Villa Prova», o una nuova.\n")
    );
    let (code, err) = publish(&app, &out, "villa-prova-2024-piano.json", &["--lang", "en"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: the folder «{folder}» publishes the documents of the municipality «Borgo Esempio», the plan is of the municipality «Villa Prova»: a folder publishes one municipality's documents. Name with -o the folder of «Villa Prova», or a new one.\n")
    );
    // Names that would clobber the chooser's list or the empty template.
    let dir = out.with_file_name("nomi");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["index.json", "modello.json", "piano.txt"] {
        let copy = dir.join(name);
        std::fs::copy(fixture(SERIES[3]), &copy).unwrap();
        let (code, err) = run(&["publish", s(&copy), "-o", &folder, "--app", s(&app)]);
        assert_eq!(code, 2, "{name}");
        assert_eq!(
            err,
            format!("cruscotto: il nome del file «{name}» non va bene per un documento pubblicato: usi un nome che finisce in .json, senza «:» né «\\», diverso da index.json e da modello.json (per esempio «comune-2025-piano.json»).\n")
        );
    }
    // Nothing refused touched the folder.
    assert_eq!(std::fs::read(out.join("catalogo.json")).unwrap(), before);
    check_folder(&out, &SERIES[..3]);

    // The corrected Piano 2024, same file name: replaced when asked.
    let (code, err) = publish(
        &app,
        &out,
        "rettifica/borgo-esempio-2024-piano.json",
        &["--sostituisci"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("cruscotto: sostituito il documento «borgo-esempio-2024-piano.json» (file e voce del catalogo)"),
        "{err}"
    );
    check_folder(&out, &SERIES[..3]);
    let c = read_json(&out.join("catalogo.json"));
    let doc = &c["documents"][2];
    assert_eq!(
        doc["title"],
        "Piano della Performance 2024–2026 (rettificato)"
    );
    assert_eq!(doc["approval"]["number"], "40");
    assert_eq!(doc["published_on"], "2024-03-12");
    assert_eq!(
        doc["sha256"],
        cruscotto_kit::publish::sha256_hex(
            &std::fs::read(fixture("rettifica/borgo-esempio-2024-piano.json")).unwrap()
        )
    );

    // Another name, same kind and year: the old file goes.
    let (code, err) = publish(
        &app,
        &out,
        "rettifica/borgo-esempio-2024-piano-bis.json",
        &["--replace", "--data", "2024-04-10"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("sostituito il documento «borgo-esempio-2024-piano.json»"),
        "{err}"
    );
    let now = [SERIES[0], SERIES[1], "borgo-esempio-2024-piano-bis.json"];
    check_folder(&out, &now);
    assert!(!out
        .join("plans/modelli/borgo-esempio-2024-piano.xlsx")
        .exists());
    let c = read_json(&out.join("catalogo.json"));
    assert_eq!(c["documents"][2]["published_on"], "2024-04-10");

    // A file changed or deleted by hand after publishing: said, not refused.
    let plans = out.join("plans");
    std::fs::write(plans.join(SERIES[0]), "{}").unwrap();
    std::fs::remove_file(plans.join(SERIES[1])).unwrap();
    let (code, err) = publish(&app, &out, SERIES[3], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("cruscotto: attenzione: «borgo-esempio-2023-piano.json» non è più il file pubblicato (la sua impronta SHA-256 non è quella del catalogo): se la modifica è voluta lo ripubblichi con --sostituisci, altrimenti lo ripristini.\n"), "{err}");
    assert!(err.contains("cruscotto: attenzione: manca il file «borgo-esempio-2023-relazione.json» elencato nel catalogo: lo ripubblichi, o lo tolga con --rimuovi.\n"), "{err}");
    for (plan, more) in [
        (SERIES[0], &["--sostituisci"][..]),
        (SERIES[1], &["--sostituisci"][..]),
    ] {
        let (code, err) = publish(&app, &out, plan, more);
        assert_eq!(code, 0, "{err}");
    }
    let (code, err) = run(&["publish", "--rimuovi", SERIES[3], "-o", &folder]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("attenzione"), "{err}");

    // Removing: a name not there, then the latest (the manifest names the
    // one before), then in English, then the last one.
    let (code, err) = run(&["publish", "--rimuovi", "nessuno.json", "-o", &folder]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: nella cartella «{folder}» non c'è il documento «nessuno.json»: i documenti pubblicati sono «borgo-esempio-2023-piano.json», «borgo-esempio-2023-relazione.json», «borgo-esempio-2024-piano-bis.json».\n")
    );
    let (code, err) = run(&[
        "publish",
        "--rimuovi",
        "borgo-esempio-2024-piano-bis.json",
        "-o",
        &folder,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("cruscotto: tolto il documento «borgo-esempio-2024-piano-bis.json» (file, modello compilato e voce del catalogo)"), "{err}");
    assert!(err.contains("cruscotto: la cartella pubblica 2 documenti; il manifesto indica il più recente, «borgo-esempio-2023-relazione.json»"), "{err}");
    check_folder(&out, &SERIES[..2]);
    assert!(!out
        .join("plans/modelli/borgo-esempio-2024-piano-bis.xlsx")
        .exists());
    let (code, err) = run(&[
        "publish",
        "--remove",
        "plans/borgo-esempio-2023-relazione.json",
        "-o",
        &folder,
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("cruscotto: took out the document «borgo-esempio-2023-relazione.json» (file, filled template and catalogue entry)"), "{err}");
    assert!(err.contains("cruscotto: the folder publishes 1 document; the manifest names «borgo-esempio-2023-piano.json»"), "{err}");
    check_folder(&out, &SERIES[..1]);
    let (code, err) = run(&["publish", "--rimuovi", SERIES[0], "-o", &folder]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("la cartella non pubblica più alcun documento: la pagina mostra la scelta del documento"), "{err}");
    assert_eq!(
        read_json(&out.join("catalogo.json"))["documents"],
        serde_json::json!([])
    );
    assert_eq!(
        read_json(&out.join("plans/index.json")),
        serde_json::json!([])
    );
    assert_eq!(read_json(&out.join("manifest.json"))["plan"], Value::Null);
    // The empty folder still belongs to Borgo Esempio.
    assert_eq!(publish(&app, &out, "villa-prova-2024-piano.json", &[]).0, 2);
    assert_eq!(publish(&app, &out, SERIES[4], &[]).0, 0);
    check_folder(&out, &SERIES[4..5]);
}

#[test]
fn a_folder_published_before_catalogues_is_added_to_and_a_broken_catalogue_is_said() {
    let (app, out) = setup("archivio-prima");
    // A folder as the previous version made it: the app, one plan, its
    // manifest, no catalogue.
    assert_eq!(
        publish(&app, &out, SERIES[0], &["--data", "2023-02-01"]).0,
        0
    );
    std::fs::remove_file(out.join("catalogo.json")).unwrap();
    let (code, err) = publish(&app, &out, SERIES[1], &[]);
    assert_eq!(code, 0, "{err}");
    check_folder(&out, &SERIES[..2]);
    let c = read_json(&out.join("catalogo.json"));
    assert_eq!(c["documents"][0]["published_on"], "2023-02-01");

    // Removing from a folder that was never published.
    let empty = out.with_file_name("vuota");
    let (code, err) = run(&["publish", "--rimuovi", SERIES[0], "-o", s(&empty)]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!("cruscotto: la cartella «{}» non è una cartella pubblicata (manca catalogo.json): indichi con -o la cartella preparata da cruscotto publish.\n", s(&empty))
    );

    // A catalogue edited by hand and broken: what and where.
    let path = out.join("catalogo.json");
    let good = std::fs::read_to_string(&path).unwrap();
    let name = s(&path).to_string();
    for (bad, said) in [
        (
            good.replacen("\"kind\": \"piano\"", "\"kind\": \"bilancio\"", 1),
            "Valore «bilancio» non ammesso (in $.documents[0].kind, riga 12, colonna 24). I valori ammessi sono: «piano», «relazione», «monitoraggio», «piao».",
        ),
        (
            good.replacen("\"title\"", "\"titolo\"", 1),
            "Campo sconosciuto «titolo» (in $.documents[0].titolo, riga 11, colonna 14). Controlli che il nome sia scritto correttamente; i campi ammessi qui sono: «file», «title», «kind», «period», «reference_year», «approval», «published_on», «sha256».",
        ),
        (
            good.replacen("}\n  ]", "}\n  ", 1),
            "Il file non è JSON valido (in $.documents, riga 44, colonna 1): manca una virgola tra due elementi, oppure una parentesi di chiusura } o ].",
        ),
        (
            good.replace("cruscotto-catalogo/1", "cruscotto-catalogo/9"),
            "Il campo $.format è «cruscotto-catalogo/9», non «cruscotto-catalogo/1»: questa versione di Cruscotto legge solo «cruscotto-catalogo/1».",
        ),
        (
            good.replacen("plans/borgo-esempio-2023-relazione.json", "../fuori.json", 1),
            "Il campo $.documents[1].file, «../fuori.json», non è un file .json della cartella plans/.",
        ),
        (
            good.replacen("\"sha256\": \"", "\"sha256\": \"zz", 1),
            "Il campo $.documents[0].sha256 non è un'impronta SHA-256 (64 cifre esadecimali).",
        ),
        (
            good.replacen(
                "plans/borgo-esempio-2023-relazione.json",
                "plans/borgo-esempio-2023-piano.json",
                1,
            ),
            "Il campo $.documents[1].file, «plans/borgo-esempio-2023-piano.json», ripete un documento già elencato.",
        ),
    ] {
        std::fs::write(&path, &bad).unwrap();
        let (code, err) = publish(&app, &out, SERIES[2], &[]);
        assert_eq!(code, 2, "{said}");
        assert_eq!(
            err,
            format!("cruscotto: il catalogo «{name}» non si legge. {said} Lo ripristini dalla copia pubblicata sul sito, oppure pubblichi in una cartella nuova.\n")
        );
        assert!(!out.join("plans").join(SERIES[2]).exists());
    }
}

/// `cruscotto storia` over a published folder reads its documents in the
/// catalogue's order, whatever the order they were published in, and
/// gives the same history as the files listed in that order; the core's
/// figures (worked out by hand in `crates/core/tests/it/history.rs`)
/// come through the JSON.
#[test]
fn storia_over_a_folder_follows_its_catalogue() {
    let (app, out) = setup("storia");
    let series = [
        "borgo-esempio-2025-relazione.json",
        "borgo-esempio-2023-piano.json",
        "borgo-esempio-2024-relazione.json",
        "borgo-esempio-2025-piano.json",
        "borgo-esempio-2023-relazione.json",
        "borgo-esempio-2024-piano.json",
    ];
    for f in series {
        assert_eq!(publish(&app, &out, f, &[]).0, 0, "{f}");
    }
    let (code, folder, err) = common::run(&["storia", s(&out), "--json"]);
    assert_eq!(code, 0, "{err}");
    let folder: Value = serde_json::from_str(&folder).unwrap();
    let mut ordered: Vec<&str> = series.to_vec();
    ordered.sort();
    let files: Vec<PathBuf> = ordered.iter().map(|f| fixture(f)).collect();
    let mut args = vec!["storia"];
    args.extend(files.iter().map(|f| s(f)));
    args.push("--json");
    let (code, listed, _) = common::run(&args);
    assert_eq!(code, 0);
    let mut listed: Value = serde_json::from_str(&listed).unwrap();
    // The same history; only the names of the files read differ.
    let names: Vec<String> = ordered
        .iter()
        .map(|f| s(&out.join("plans").join(f)).to_string())
        .collect();
    assert_eq!(folder["files"], serde_json::json!(names));
    listed["files"] = folder["files"].clone();
    assert_eq!(folder, listed);
    let overall: Vec<&Value> = folder["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["overall"])
        .collect();
    assert_eq!(
        overall,
        [
            &Value::Null,
            &"87.33333333333333333333333333".into(),
            &Value::Null,
            &"96.00".into(),
            &Value::Null,
            &"100".into()
        ]
    );
    let library = &folder["objectives"][2];
    assert_eq!(library["title"], "Biblioteca aperta");
    assert_eq!(library["years"][3]["score"], "80.00");
    assert_eq!(library["years"][4]["rule"], "code");
    assert_eq!(library["years"][5], Value::Null);
}

/// Without a folder or files, `storia` is a usage error; a folder with no
/// catalogue and no manifest is said.
#[test]
fn storia_needs_a_folder_or_files() {
    let (code, _, err) = common::run(&["storia"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("il comando storia richiede una cartella pubblicata o dei file"),
        "{err}"
    );
    let (_, out) = setup("storia-vuota");
    std::fs::create_dir_all(&out).unwrap();
    let (code, _, err) = common::run(&["storia", s(&out)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("catalogo.json"), "{err}");
}
