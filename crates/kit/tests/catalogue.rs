//! The catalogue of a published folder on the invented series of
//! `tests/fixtures/archivio/` (three years, Piano and Relazione each): built
//! in memory document by document, it is the expected `catalogo.json`, its
//! chooser's list and its manifest, byte for byte; read back it is the
//! same; refusals, replacements and removals as values and sentences.

use std::path::PathBuf;

use cruscotto_core::{parse_plan, Lang, Municipality, PlanFile};
use cruscotto_kit::catalogue::{parse_catalogue, Catalogue, CatalogueError, Entry, Owner, Refusal};
use cruscotto_kit::messages::{catalogue_error, refusal};
use cruscotto_kit::publish::{entry_manifest_json, sha256_hex};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/archivio")
        .join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

fn plan(name: &str) -> (Vec<u8>, PlanFile) {
    let bytes = read(name);
    let plan = parse_plan(&bytes).unwrap();
    (bytes, plan)
}

/// Adds each fixture (file, `--data`) in turn, as `cruscotto publish`
/// does, into `c` (a new catalogue for the first one's municipality).
fn publish_all(c: Option<Catalogue>, files: &[(&str, Option<&str>)]) -> Catalogue {
    let mut c = c;
    for (name, date) in files {
        let (bytes, p) = plan(name);
        let base = name.rsplit('/').next().unwrap();
        let entry = Entry::new(&format!("plans/{base}"), &bytes, &p, *date);
        let cat = c.get_or_insert_with(|| Catalogue::new(&p.document.municipality));
        cat.add(entry, &p, false).unwrap();
    }
    c.unwrap()
}

/// The series published in `order`, against the expected files.
fn check(order: &[(&str, Option<&str>)], expected_dir: &str) {
    let c = publish_all(None, order);
    let want = |f: &str| String::from_utf8(read(&format!("{expected_dir}/{f}"))).unwrap();
    assert_eq!(c.to_json(), want("catalogo.json"));
    assert_eq!(c.index_json(), want("index.json"));
    let latest = c.latest().unwrap();
    assert_eq!(
        entry_manifest_json(latest, &c.municipality.name, Some(c.documents.len())),
        want("manifest.json")
    );
    // Read back: the same catalogue.
    assert_eq!(parse_catalogue(want("catalogo.json").as_bytes()), Ok(c));
}

const P23: &str = "borgo-esempio-2023-piano.json";
const R23: &str = "borgo-esempio-2023-relazione.json";
const P24: &str = "borgo-esempio-2024-piano.json";
const R24: &str = "borgo-esempio-2024-relazione.json";
const P25: &str = "borgo-esempio-2025-piano.json";
const R25: &str = "borgo-esempio-2025-relazione.json";

#[test]
fn the_series_in_any_order_is_the_expected_catalogue() {
    check(
        &[
            (P23, Some("2023-02-01")),
            (R23, None),
            (P24, None),
            (R24, None),
            (P25, None),
            (R25, None),
        ],
        "atteso",
    );
    check(
        &[
            (R25, None),
            (R23, None),
            (P24, None),
            (R24, None),
            (P25, None),
            (P23, Some("2023-02-01")),
        ],
        "atteso",
    );
}

#[test]
fn an_entry_holds_what_the_document_says_and_the_fingerprint_of_its_bytes() {
    let (bytes, p) = plan(R24);
    let e = Entry::new("plans/x.json", &bytes, &p, None);
    assert_eq!(e.sha256, sha256_hex(&bytes));
    assert_eq!(
        e.sha256,
        "047e1b3af5db4ec8a064e43f0ffbeb7c4c422f0f7426bbd7fa03ed74bf55caf0"
    );
    assert_eq!(e.title, "Relazione sulla Performance 2024");
    assert_eq!(
        (e.period.start, e.period.end, e.reference_year),
        (2024, 2024, 2024)
    );
    assert_eq!(e.published_on.as_deref(), Some("2025-06-18"));
    assert_eq!(e.approval, p.document.approval);
    assert_eq!(e.name(), "x.json");
    let e = Entry::new("plans/x.json", &bytes, &p, Some("2025-07-01"));
    assert_eq!(e.published_on.as_deref(), Some("2025-07-01"));
}

#[test]
fn duplicates_and_another_municipality_are_refused_and_replaced_only_when_asked() {
    let mut c = publish_all(None, &[(P23, None), (R23, None), (P24, None)]);
    let before = c.clone();
    let add = |c: &mut Catalogue, name: &str, file: &str, replace: bool| {
        let (bytes, p) = plan(name);
        c.add(Entry::new(file, &bytes, &p, None), &p, replace)
    };
    let folder = "sito";
    let said = |r: &Refusal| (refusal(r, folder, Lang::It), refusal(r, folder, Lang::En));

    let r = add(
        &mut c,
        R23,
        "plans/borgo-esempio-2023-relazione.json",
        false,
    )
    .unwrap_err();
    assert_eq!(r, Refusal::SameFile { file: R23.into() });
    assert_eq!(said(&r), (
        "nella cartella «sito» c'è già il documento «borgo-esempio-2023-relazione.json»: per sostituirlo ripeta il comando con --sostituisci; per pubblicarlo accanto, dia al file un altro nome.".to_string(),
        "the folder «sito» already holds the document «borgo-esempio-2023-relazione.json»: to replace it run the command again with --sostituisci; to publish it alongside, give the file another name.".to_string(),
    ));
    let r = add(
        &mut c,
        "rettifica/borgo-esempio-2024-piano-bis.json",
        "plans/bis.json",
        false,
    )
    .unwrap_err();
    assert_eq!(said(&r), (
        "nella cartella «sito» c'è già un Piano della performance del 2024, «borgo-esempio-2024-piano.json»: per sostituirlo con questo ripeta il comando con --sostituisci («borgo-esempio-2024-piano.json» viene tolto).".to_string(),
        "the folder «sito» already holds a performance plan for 2024, «borgo-esempio-2024-piano.json»: to replace it with this one run the command again with --sostituisci («borgo-esempio-2024-piano.json» is taken out).".to_string(),
    ));
    let r = add(&mut c, "villa-prova-2024-piano.json", "plans/v.json", true).unwrap_err();
    assert_eq!(
        r,
        Refusal::OtherMunicipality {
            folder: "Borgo Esempio".into(),
            plan: "Villa Prova".into()
        }
    );
    assert_eq!(c, before, "refusals change nothing");

    // Replaced when asked: the same file, then the same kind and year.
    let replaced = add(
        &mut c,
        "rettifica/borgo-esempio-2024-piano.json",
        "plans/borgo-esempio-2024-piano.json",
        true,
    )
    .unwrap();
    assert_eq!(replaced, vec![before.documents[2].clone()]);
    assert_eq!(
        c.documents[2].title,
        "Piano della Performance 2024–2026 (rettificato)"
    );
    let replaced = add(
        &mut c,
        "rettifica/borgo-esempio-2024-piano-bis.json",
        "plans/bis.json",
        true,
    )
    .unwrap();
    assert_eq!(replaced[0].file, "plans/borgo-esempio-2024-piano.json");
    let files: Vec<&str> = c.documents.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "plans/borgo-esempio-2023-piano.json",
            "plans/borgo-esempio-2023-relazione.json",
            "plans/bis.json"
        ]
    );
    assert_eq!(c.latest().unwrap().file, "plans/bis.json");

    // Removed: by name or path; then the latest is the one before.
    assert_eq!(c.remove("bis.json").unwrap().file, "plans/bis.json");
    assert_eq!(
        c.latest().unwrap().file,
        "plans/borgo-esempio-2023-relazione.json"
    );
    let r = c.remove("plans/bis.json").unwrap_err();
    assert_eq!(said(&r).1, "the folder «sito» has no document «plans/bis.json»: the published documents are «borgo-esempio-2023-piano.json», «borgo-esempio-2023-relazione.json».");
    c.remove(P23).unwrap();
    c.remove(&format!("plans/{R23}")).unwrap();
    assert_eq!(c.latest(), None);
    assert_eq!(said(&c.remove(P23).unwrap_err()).0, "nella cartella «sito» non c'è il documento «borgo-esempio-2023-piano.json»: la cartella non ha documenti pubblicati.");
    assert_eq!(c.index_json(), "[]\n");
}

#[test]
fn the_same_municipality_by_istat_code_or_else_by_name() {
    let m = |name: &str, istat: Option<&str>| Municipality {
        name: name.into(),
        province: None,
        istat_code: istat.map(String::from),
        inhabitants: None,
    };
    let owner = Owner::of(&m("Borgo Esempio", Some("999001")));
    assert!(owner.is(&m("Comune di Borgo Esempio", Some("999001"))));
    assert!(owner.is(&m("Borgo  esempio", None)));
    assert!(owner.is(&m("Comune di Borgo Esempio", None)));
    assert!(!owner.is(&m("Borgo Esempio", Some("999002"))));
    assert!(!owner.is(&m("Villa Prova", None)));
    let owner = Owner::of(&m("Comune di Borgo Esempio", None));
    assert!(owner.is(&m("BORGO ESEMPIO", Some("999001"))));
    assert!(!owner.is(&m("Borgo", None)));
}

#[test]
fn a_catalogue_that_is_not_one_is_said_with_its_path() {
    let good = String::from_utf8(read("atteso/catalogo.json")).unwrap();
    let cases: [(String, CatalogueError); 6] = [
        (
            good.replace("cruscotto-catalogo/1", "x/2"),
            CatalogueError::Format("x/2".into()),
        ),
        (
            good.replacen(
                "plans/borgo-esempio-2023-piano.json",
                "https://altro.example/p.json",
                1,
            ),
            CatalogueError::BadFile {
                index: 0,
                file: "https://altro.example/p.json".into(),
            },
        ),
        (
            good.replacen("plans/borgo-esempio-2023-piano.json", "plans/index.json", 1),
            CatalogueError::BadFile {
                index: 0,
                file: "plans/index.json".into(),
            },
        ),
        (
            good.replacen(
                "plans/borgo-esempio-2023-piano.json",
                "plans/modello.json",
                1,
            ),
            CatalogueError::BadFile {
                index: 0,
                file: "plans/modello.json".into(),
            },
        ),
        (
            good.replacen("plans/borgo-esempio-2023-piano.json", "plans/a/b.json", 1),
            CatalogueError::BadFile {
                index: 0,
                file: "plans/a/b.json".into(),
            },
        ),
        (
            good.replacen("6897658d", "6897658", 1),
            CatalogueError::BadSha256 { index: 4 },
        ),
    ];
    for (text, want) in cases {
        assert_eq!(parse_catalogue(text.as_bytes()), Err(want));
    }
    let e = parse_catalogue(b"\xff").unwrap_err();
    assert_eq!(
        catalogue_error(&e, "sito/catalogo.json", Lang::En),
        "the catalogue «sito/catalogo.json» cannot be read. The file is not UTF-8 text. Save it as UTF-8 JSON. Restore it from the copy published on the site, or publish into a new folder."
    );
    let e = parse_catalogue(
        good.replacen(
            "\"reference_year\": 2024",
            "\"reference_year\": \"2024\"",
            1,
        )
        .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(
        catalogue_error(&e, "sito/catalogo.json", Lang::It),
        "il catalogo «sito/catalogo.json» non si legge. Tipo di valore sbagliato (in $.documents[2].reference_year, riga 51, colonna 30): trovato il testo \"2024\", atteso un numero intero. Lo ripristini dalla copia pubblicata sul sito, oppure pubblichi in una cartella nuova."
    );
    // Upper-case fingerprints are read as lower-case.
    let upper = good.replacen(
        "e2b696ddaa19d3940c85d1bac2937bbdb7d4c864470240124bbc70caf9efe274",
        "E2B696DDAA19D3940C85D1BAC2937BBDB7D4C864470240124BBC70CAF9EFE274",
        1,
    );
    assert_eq!(
        parse_catalogue(upper.as_bytes()),
        parse_catalogue(good.as_bytes())
    );
}
