//! Bad input never panics and never yields a silently wrong number: every
//! case gets a clear Italian message saying what and where.

use cruscotto_core::{analyse, parse_plan, Lang, ParseErrorKind, Severity};

/// Every file in tests/fixtures/bad: the messages the publisher would read.
#[test]
fn every_bad_fixture_gets_located_italian_messages() {
    let dir = crate::repo().join("tests/fixtures/bad");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 20, "fixtures missing: {names:?}");
    for name in names {
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let report = match parse_plan(&bytes) {
            Err(e) => {
                assert!(e.path.starts_with('$'), "{name}: {e:?}");
                format!("[lettura] {}", e.message(Lang::It))
            }
            Ok(plan) => {
                let a = analyse(&plan);
                let errors: Vec<String> = a
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .map(|d| format!("[{}] {}: {}", d.code(), d.path, d.message(Lang::It)))
                    .collect();
                assert!(!errors.is_empty(), "{name}: no error found");
                errors.join("\n")
            }
        };
        insta::assert_snapshot!(name.trim_end_matches(".json").to_string(), report);
    }
}

fn nested(depth: usize) -> String {
    let mut s = String::from(
        r#"{"format":"cruscotto/1","document":{"title":"T","kind":"piano","municipality":{"name":"M"},"period":{"start":2024,"end":2024}},"objectives":["#,
    );
    for i in 0..depth {
        s.push_str(&format!(
            r#"{{"id":"n{i}","title":"Livello {i}","children":["#
        ));
    }
    s.push_str(&"]}".repeat(depth));
    s.push_str("]}");
    s
}

#[test]
fn a_tree_deeper_than_the_parser_allows_gets_a_message_not_a_crash() {
    let e = parse_plan(nested(200).as_bytes()).unwrap_err();
    assert_eq!(e.kind, ParseErrorKind::TooDeep);
    assert!(
        e.message(Lang::It).contains("troppo in profondità"),
        "{}",
        e.message(Lang::It)
    );
    assert!(e.line >= 1 && e.column > 1);
    // A deep but legal tree is read and scored.
    let plan = parse_plan(nested(60).as_bytes()).unwrap();
    assert_eq!(cruscotto_core::model::flatten_objectives(&plan).len(), 60);
}

#[test]
fn a_100_mb_file_is_refused_with_its_size() {
    let mut big = nested(1).into_bytes();
    big.resize(100 * 1024 * 1024, b' ');
    let e = parse_plan(&big).unwrap_err();
    assert!(matches!(e.kind, ParseErrorKind::TooLarge { .. }));
    assert_eq!(e.message(Lang::It), "Il file è troppo grande (100,0 MB): il limite è 50 MB. Controlli di aver scelto il file giusto.");
}

#[test]
fn every_truncation_of_a_real_plan_is_an_error_never_a_panic() {
    let bytes =
        std::fs::read(crate::repo().join("public/plans/lucca-2021-relazione.json")).unwrap();
    let mut cut = 0;
    while cut < bytes.len() - 1 {
        let e = parse_plan(&bytes[..cut]).unwrap_err();
        assert!(!e.message(Lang::It).is_empty());
        cut += 4099;
    }
}

#[test]
fn messages_exist_in_english_too() {
    let e = parse_plan(&crate::fixture("bad/versione-sconosciuta.json")).unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "Unknown format version «cruscotto/2» (at $.format, line 2, column 13). This version of Cruscotto reads only «cruscotto/1»."
    );
}
