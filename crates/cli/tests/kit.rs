//! The publishing kit through the `cruscotto` command: template → import,
//! every demo plan JSON → workbook → JSON, the committed filled templates,
//! hand-made bad workbooks (real .xlsx files), publish.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;

mod common;
use common::{repo, run};

/// A fresh folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const DEMOS: [&str; 4] = [
    "lucca-2021-relazione",
    "monsummano-terme-2024-piao",
    "offanengo-2024-piano",
    "porcari-2017-relazione",
];

#[test]
fn template_then_import_gives_a_valid_plan_from_xlsx_and_from_csv() {
    let dir = scratch("template");
    let (xlsx, csv) = (dir.join("modello.xlsx"), dir.join("modello"));
    assert_eq!(run(&["template", "-o", s(&xlsx)]).0, 0);
    assert_eq!(run(&["template", "--csv", "-o", s(&csv)]).0, 0);
    assert!(csv.join("Obiettivi.csv").is_file() && csv.join("Istruzioni.csv").is_file());
    let (a, b) = (dir.join("a.json"), dir.join("b.json"));
    let (code, _, err) = run(&["import", s(&xlsx), "-o", s(&a)]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("importato — 0 errori, 0 avvisi."), "{err}");
    assert_eq!(run(&["import", s(&csv), "-o", s(&b)]).0, 0);
    assert_eq!(json(&a), json(&b));
    let (code, out, _) = run(&["validate", s(&a)]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn every_demo_plan_round_trips_json_workbook_json_unchanged() {
    let dir = scratch("roundtrip");
    for p in DEMOS {
        let src = repo().join(format!("public/plans/{p}.json"));
        let (xlsx, back) = (dir.join(format!("{p}.xlsx")), dir.join(format!("{p}.json")));
        assert_eq!(run(&["export", s(&src), "-o", s(&xlsx)]).0, 0, "{p}");
        let (code, _, err) = run(&["import", s(&xlsx), "-o", s(&back)]);
        assert_eq!(code, 0, "{p}: {err}");
        // Same values, same decimals, same order: the same file once parsed.
        assert_eq!(json(&src), json(&back), "{p}");
        // And through the CSV folder.
        let (folder, back) = (dir.join(p), dir.join(format!("{p}-csv.json")));
        assert_eq!(
            run(&["export", s(&src), "--csv", "-o", s(&folder)]).0,
            0,
            "{p}"
        );
        assert_eq!(run(&["import", s(&folder), "-o", s(&back)]).0, 0, "{p}");
        assert_eq!(json(&src), json(&back), "{p} (csv)");
    }
}

#[test]
fn the_shipped_filled_templates_are_up_to_date() {
    let dir = scratch("modelli");
    for p in DEMOS {
        let xlsx = repo().join(format!("public/plans/modelli/{p}.xlsx"));
        let out = dir.join(format!("{p}.json"));
        let (code, _, err) = run(&["import", s(&xlsx), "-o", s(&out)]);
        assert_eq!(code, 0, "{p}: {err}");
        assert_eq!(
            json(&repo().join(format!("public/plans/{p}.json"))),
            json(&out),
            "public/plans/modelli/{p}.xlsx is out of date: run cruscotto export public/plans/{p}.json -o public/plans/modelli/{p}.xlsx"
        );
    }
    let out = dir.join("modello.json");
    assert_eq!(
        run(&["import", "public/plans/modelli/modello.xlsx", "-o", s(&out)]).0,
        0
    );
    let example: Value = serde_json::from_str(cruscotto_kit::export::EXAMPLE).unwrap();
    let back = json(&out);
    let plan_a = cruscotto_core::parse_plan(example.to_string().as_bytes()).unwrap();
    let plan_b = cruscotto_core::parse_plan(back.to_string().as_bytes()).unwrap();
    assert_eq!(plan_a, plan_b, "public/plans/modelli/modello.xlsx is out of date: run cruscotto template -o public/plans/modelli/modello.xlsx");
}

/// Writes a header row.
fn headers(ws: &mut rust_xlsxwriter::Worksheet, names: &[&str]) {
    for (c, h) in names.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
}

/// A hand-made workbook, written cell by cell as an office would (numbers,
/// percentages and dates as real cells): `Documento`, and `Obiettivi` with
/// two objectives, the first weighing `weight`; `more` adds to `Obiettivi`.
fn hand_made(path: &Path, weight: f64, more: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let doc = wb.add_worksheet().set_name("Documento").unwrap();
    headers(
        doc,
        &[
            "Titolo",
            "Tipo di documento",
            "Comune",
            "Primo anno",
            "Ultimo anno",
            "Data dell'atto",
            "Approvato da",
            "Numero dell'atto",
        ],
    );
    doc.write_string(1, 0, "Piano 2024").unwrap();
    doc.write_string(1, 1, "piano").unwrap();
    doc.write_string(1, 2, "Esempio").unwrap();
    doc.write_number(1, 3, 2024).unwrap();
    doc.write_number(1, 4, 2026).unwrap();
    doc.write_number_with_format(1, 5, 45379, &date).unwrap(); // 28/03/2024
    doc.write_string(1, 6, "giunta").unwrap();
    doc.write_number(1, 7, 45).unwrap();
    let ws = wb.add_worksheet().set_name("Obiettivi").unwrap();
    headers(
        ws,
        &[
            "Id",
            "Titolo",
            "Peso",
            "Raggiungimento pubblicato (%)",
            "Scadenza",
        ],
    );
    let pct = Format::new().set_num_format("0.00%");
    ws.write_string(1, 0, "a").unwrap();
    ws.write_string(1, 1, "Primo").unwrap();
    ws.write_number(1, 2, weight).unwrap();
    ws.write_number_with_format(1, 3, 0.95, &pct).unwrap();
    ws.write_number_with_format(1, 4, 45657, &date).unwrap(); // 31/12/2024
    ws.write_string(2, 0, "b").unwrap();
    ws.write_string(2, 1, "Secondo").unwrap();
    ws.write_string(2, 2, "12,5").unwrap();
    ws.write_string(2, 3, "100,00 %").unwrap();
    ws.write_string(2, 4, "31.12.2025").unwrap();
    more(ws);
    wb.save(path).unwrap();
}

#[test]
fn a_hand_made_workbook_with_real_cells_merges_and_noise_is_read() {
    let dir = scratch("hand-made");
    let path = dir.join("ufficio.xlsx");
    let out = dir.join("piano.json");
    // A text merged across two columns (F3:G3): reported.
    hand_made(&path, 5046.9, |ws| {
        ws.write_string(0, 5, "Unità").unwrap();
        ws.write_string(0, 6, "Descrizione").unwrap();
        ws.merge_range(2, 5, 2, 6, "testo unito", &Format::new())
            .unwrap();
    });
    let (code, _, err) = run(&["import", s(&path), "-o", s(&out)]);
    assert!(err.contains("avviso K25: Foglio «Obiettivi», riga 3, colonna F: le celle F3:G3 sono unite: è stato letto solo il valore della prima."), "{err}");
    // The merged text landed in «Unità», which names no unit: an error.
    assert!(
        err.contains("errore E02: Foglio «Obiettivi», riga 3, colonna F («Unità»)"),
        "{err}"
    );
    assert_eq!(code, 1);
    assert!(!out.exists(), "nothing written when there are errors");
    // Binary noise (16 significant digits) is rounded away.
    hand_made(&path, 87.49999999999999, |_| {});
    let (code, _, err) = run(&["import", s(&path), "-o", s(&out)]);
    assert_eq!(code, 0, "{err}");
    let plan = json(&out);
    let a = &plan["objectives"][0];
    let b = &plan["objectives"][1];
    assert_eq!(
        plan["document"]["approval"],
        serde_json::json!({"body": "giunta", "number": "45", "date": "2024-03-28"})
    );
    assert_eq!(
        (
            a["weight"].as_str(),
            a["published_achievement"].as_str(),
            a["deadline"].as_str()
        ),
        (Some("87.5"), Some("95.00"), Some("2024-12-31"))
    );
    assert_eq!(
        (
            b["weight"].as_str(),
            b["published_achievement"].as_str(),
            b["deadline"].as_str()
        ),
        (Some("12.5"), Some("100.00"), Some("2025-12-31"))
    );
}

#[test]
fn damaged_and_foreign_files_are_refused_in_italian_without_panicking() {
    let dir = scratch("damaged");
    let good =
        std::fs::read(repo().join("public/plans/modelli/porcari-2017-relazione.xlsx")).unwrap();
    // Every truncation and some flipped bytes: a message, never a panic.
    for cut in (0..good.len()).step_by(997) {
        let imp = cruscotto_kit::import_file("x.xlsx", &good[..cut]);
        assert!(!imp.is_valid());
        let mut bad = good.clone();
        bad[cut] ^= 0x5a;
        let _ = cruscotto_kit::import_file("x.xlsx", &bad);
    }
    let path = dir.join("vecchio.xlsx");
    std::fs::write(&path, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel").unwrap();
    let (code, _, err) = run(&["import", s(&path)]);
    assert_eq!(code, 1);
    assert!(err.contains("errore K01: Nel file: il file non è un foglio di calcolo che il cruscotto sa leggere (.xlsx, .xlsm, .xlsb, .xls, .ods)."), "{err}");
    let path = dir.join("piano.txt");
    std::fs::write(&path, b"ciao").unwrap();
    let (code, _, err) = run(&["import", s(&path)]);
    assert_eq!(code, 1);
    assert!(
        err.contains("errore K02: Nel file: il file «piano.txt» non è un foglio di calcolo (.xlsx, .xlsm, .xlsb, .xls, .ods) né un file .csv."),
        "{err}"
    );
}

#[test]
fn publish_makes_the_folder_with_the_plan_and_its_manifest() {
    let dir = scratch("publish");
    // A stand-in for the built app (the browser tests publish the real one).
    let app = dir.join("app");
    std::fs::create_dir_all(app.join("plans")).unwrap();
    std::fs::write(app.join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(app.join("plans/index.json"), "[]").unwrap();
    let out = dir.join("sito");
    let plan = repo().join("public/plans/porcari-2017-relazione.json");
    let (code, _, err) = run(&[
        "publish",
        s(&plan),
        "-o",
        s(&out),
        "--app",
        s(&app),
        "--data",
        "2026-11-24",
    ]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&plan).unwrap();
    let hash = cruscotto_kit::publish::sha256_hex(&bytes);
    assert!(
        err.contains(&format!("impronta SHA-256 del piano: {hash}")),
        "{err}"
    );
    assert!(err.contains("cruscotto: Documento approvato con "), "{err}");
    assert_eq!(
        std::fs::read(out.join("plans/porcari-2017-relazione.json")).unwrap(),
        bytes
    );
    assert!(out.join("index.html").is_file());
    let m =
        cruscotto_kit::publish::parse_manifest(&std::fs::read(out.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(m.plan, "plans/porcari-2017-relazione.json");
    assert_eq!(m.sha256, hash);
    assert_eq!(m.generated_at.as_deref(), Some("2026-11-24"));
    let parsed = cruscotto_core::parse_plan(&bytes).unwrap();
    assert_eq!(m.approval, parsed.document.approval);
    let index = json(&out.join("plans/index.json"));
    assert_eq!(index[0]["file"], "porcari-2017-relazione.json");
    // The plan as a filled template, for the chooser's download.
    let filled = std::fs::read(out.join("plans/modelli/porcari-2017-relazione.xlsx")).unwrap();
    let back = cruscotto_kit::import_file("porcari-2017-relazione.xlsx", &filled);
    assert_eq!(back.plan, Some(parsed.clone()));
    // Not again into the same folder; not without the app.
    let (code, _, err) = run(&["publish", s(&plan), "-o", s(&out), "--app", s(&app)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("c'è già il documento «porcari-2017-relazione.json»: per sostituirlo ripeta il comando con --sostituisci"),
        "{err}"
    );
    // A folder that is not a published one is not written into.
    let other = dir.join("altro-sito");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("pagina.html"), "<p>").unwrap();
    let (code, _, err) = run(&["publish", s(&plan), "-o", s(&other), "--app", s(&app)]);
    assert_eq!(code, 2);
    assert!(err.contains("esiste già e non è vuota"), "{err}");
    let (code, _, err) = run(&[
        "publish",
        s(&plan),
        "-o",
        s(&dir.join("altro")),
        "--app",
        s(&dir.join("manca")),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("l'app compilata non c'è in"), "{err}");
    assert!(err.contains("trunk build --release"), "{err}");
}

/// A plan as real PEGs are (issue 10), written from the text of Offanengo's
/// plan: only textual expected values and milestones, an operational
/// objective serving three strategic objectives and two missioni, an
/// introduction, unit notes, no declared method. The office's filled
/// template (the CSV folder `cruscotto template --csv` makes) imports with
/// nothing moved to notes and nothing invented, validates, scores and goes
/// through the workbook unchanged.
#[test]
fn a_plan_as_it_is_goes_from_the_template_to_the_scores_with_nothing_moved_or_invented() {
    let dir = scratch("testuale");
    let filled = repo().join("tests/fixtures/testuale");
    // The fixture is the template, filled: the same sheets, the same headers.
    let template = dir.join("modello");
    assert_eq!(run(&["template", "--csv", "-o", s(&template)]).0, 0);
    let first_line = |p: &Path| {
        let text = std::fs::read_to_string(p).unwrap();
        text.lines().next().unwrap_or_default().to_string()
    };
    for e in std::fs::read_dir(&filled).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap();
        let (mine, theirs) = (first_line(&p), first_line(&template.join(name)));
        // The cells of other tables: as many «Colonna n» as the widest table.
        assert!(theirs.starts_with(&mine), "{name:?}: {mine} / {theirs}");
    }
    // Import: no error, and the one warning is the result the method does not value.
    let out = dir.join("testuale.json");
    let (code, _, err) = run(&["import", s(&filled), "-o", s(&out)]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("importato — 0 errori, 1 avviso."), "{err}");
    assert!(
        err.contains("avviso W21: Foglio «Indicatori», riga 3: Il metodo di calcolo non dice quanto vale il risultato «parzialmente raggiunto»: l'indicatore resta senza punteggio (nessun valore è inventato)."),
        "{err}"
    );
    let plan = json(&out);
    assert_eq!(plan, json(&repo().join("tests/fixtures/testuale.json")));
    // Nothing invented: no method, no money, no notes but the document's own.
    assert!(
        plan.get("scoring").is_none() && plan.get("money").is_none(),
        "{plan}"
    );
    let mut stack: Vec<&Value> = plan["objectives"].as_array().unwrap().iter().collect();
    let mut targets = Vec::new();
    while let Some(o) = stack.pop() {
        assert!(o.get("notes").is_none(), "{o}");
        for i in o["indicators"].as_array().into_iter().flatten() {
            assert!(
                i.get("notes").is_none() && i["target"].get("comparator").is_none(),
                "{i}"
            );
            targets.push(i["target"]["text"].as_str().unwrap().to_string());
        }
        stack.extend(o["children"].as_array().into_iter().flatten());
    }
    targets.sort();
    assert_eq!(
        targets,
        [
            "Approvazione del regolamento entro il 30/06",
            "Approvazione delle modifiche entro il 30/09",
            "Pubblicazione sul sito",
            "Rispetto dei tempi",
        ]
    );
    // Three strategic objectives (the tree parent and two others), two missioni.
    let op = &plan["objectives"][0]["children"][0];
    assert_eq!(plan["objectives"][0]["id"], "strat-2");
    assert_eq!(
        op["also_contributes_to"],
        serde_json::json!(["strat-4", "strat-5"])
    );
    assert_eq!(
        (&op["mission"], &op["also_missions"]),
        (&serde_json::json!("01"), &serde_json::json!(["05"]))
    );
    // The document's words and the units' notes, apart from the roles.
    assert_eq!(plan["narrative"][0]["title"], "Parte prima: Introduzione");
    assert_eq!(
        plan["units"][0]["role"],
        "Responsabile di Elevata Qualificazione"
    );
    assert_eq!(plan["units"][0]["notes"], serde_json::json!(["ad interim"]));
    // Validate: valid, the same finding at its JSON path.
    let (code, text, _) = run(&["validate", s(&out)]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("valido — 0 errori, 1 avviso, 2 note."),
        "{text}"
    );
    assert!(
        text.contains("avviso W21 [$.objectives[0].children[0].indicators[1]]"),
        "{text}"
    );
    // Score: the rule the figures use is said; each missione counts the objective.
    let (code, text, _) = run(&["score", s(&out)]);
    assert_eq!(code, 0, "{text}");
    for line in [
        "Punteggio complessivo calcolato: 100,00 %",
        "Il documento non dichiara il metodo di calcolo. Le cifre qui mostrate usano la regola più semplice",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    let missions: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("Missione "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        missions,
        ["Missione 01 3 100,00 %", "Missione 05 1 100,00 %"]
    );
    // And through the workbook: the same file.
    let (xlsx, back) = (dir.join("testuale.xlsx"), dir.join("back.json"));
    assert_eq!(run(&["export", s(&out), "-o", s(&xlsx)]).0, 0);
    assert_eq!(run(&["import", s(&xlsx), "-o", s(&back)]).0, 0);
    assert_eq!(json(&back), plan);
}

/// The Piano filled in by the calculator (what the page's "Compila i
/// risultati" downloads): `cruscotto compila` → `export` → `import` gives
/// back the same document, valid, with the same scores.
#[test]
fn a_filled_in_piano_round_trips_through_its_workbook() {
    let dir = scratch("compila");
    let src = repo().join("public/plans/monsummano-terme-2024-piao.json");
    let (filled, xlsx, back) = (
        dir.join("relazione.json"),
        dir.join("relazione.xlsx"),
        dir.join("back.json"),
    );
    let edits = "v1~f.s2-1-1-a-ind-1=4~f.pm-4-ind-1=24~r.s2-2-2=80";
    let (code, out, err) = run(&[
        "compila",
        s(&src),
        "--modifica",
        edits,
        "--tipo",
        "relazione",
        "--data",
        "2025-03-31",
        "-o",
        s(&filled),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(run(&["export", s(&filled), "-o", s(&xlsx)]).0, 0);
    let (code, _, err) = run(&["import", s(&xlsx), "-o", s(&back)]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&filled), json(&back));
    assert_eq!(json(&back)["document"]["kind"], "relazione");
    let score = |p: &Path| json_of(&run(&["score", s(p), "--json"]).1);
    let simulated = json_of(&run(&["score", s(&src), "--json", "--modifica", edits]).1);
    for key in ["overall", "nodes", "indicators"] {
        assert_eq!(score(&back)[key], simulated[key], "{key}");
    }
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}
