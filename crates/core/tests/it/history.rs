//! The history across years on the archive fixture series
//! (`tests/fixtures/archivio/`: Borgo Esempio, Piano and Relazione for
//! 2023, 2024, 2025), every figure worked out by hand from the files.

use cruscotto_core::history::{history, History};
use cruscotto_core::{it, Dec};

use super::{fixture, load};

/// The series in the archive's order.
const SERIES: [&str; 6] = [
    "archivio/borgo-esempio-2023-piano.json",
    "archivio/borgo-esempio-2023-relazione.json",
    "archivio/borgo-esempio-2024-piano.json",
    "archivio/borgo-esempio-2024-relazione.json",
    "archivio/borgo-esempio-2025-piano.json",
    "archivio/borgo-esempio-2025-relazione.json",
];

fn pct(d: Option<Dec>) -> String {
    d.map_or("-".into(), it::percent)
}

fn dec(d: Option<Dec>) -> String {
    d.map_or("-".into(), |d| d.to_string())
}

/// The history as lines: each document (year, kind, overall, distribution
/// and unscored), each objective document by document (weight, score,
/// rule), its indicators (target, result, achievement), each budget table
/// (assestato, executed, rate), the ambiguities.
fn render(h: &History) -> String {
    let mut out = Vec::new();
    for d in &h.documents {
        out.push(format!(
            "{} {}: {} {:?} {}",
            d.year,
            d.kind.as_str(),
            pct(d.overall),
            d.distribution,
            d.unscored
        ));
    }
    let cell = |y: Option<String>| y.unwrap_or_else(|| "·".into());
    for o in &h.objectives {
        let years: Vec<String> = o
            .years
            .iter()
            .map(|y| {
                cell(y.as_ref().map(|y| {
                    let rule = y.rule.map_or(String::new(), |r| format!(" {r:?}"));
                    format!("{} {} {}{rule}", y.id, dec(y.weight), pct(y.score))
                }))
            })
            .collect();
        out.push(format!(
            "{} {}: {}",
            o.code.as_deref().unwrap_or("-"),
            o.title,
            years.join(" | ")
        ));
        for i in &o.indicators {
            let years: Vec<String> = i
                .years
                .iter()
                .map(|y| {
                    cell(y.as_ref().map(|y| {
                        format!(
                            "{} {} {}",
                            y.target.as_deref().unwrap_or("-"),
                            dec(y.result),
                            pct(y.achievement)
                        )
                    }))
                })
                .collect();
            out.push(format!("  {}: {}", i.name, years.join(" | ")));
        }
    }
    for t in &h.tables {
        let years: Vec<String> = t
            .years
            .iter()
            .map(|y| {
                cell(y.as_ref().map(|y| {
                    format!(
                        "{} {} {} {} {}",
                        dec(y.assestato),
                        dec(y.accertato),
                        pct(y.accertato_rate),
                        dec(y.impegnato),
                        pct(y.impegnato_rate)
                    )
                }))
            })
            .collect();
        out.push(format!(
            "{} ({}): {}",
            t.title,
            t.side.as_str(),
            years.join(" | ")
        ));
    }
    for a in &h.ambiguous {
        out.push(format!(
            "ambiguous in {}: {:?} {} {:?}",
            a.document, a.by, a.value, a.ids
        ));
    }
    out.join("\n")
}

/// The history of the series, rendered, with `edit` applied to each
/// file's text first (by its position).
fn rendered(edit: impl Fn(usize, String) -> String) -> String {
    let loaded: Vec<_> = SERIES
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let text = String::from_utf8(fixture(f)).unwrap();
            load(edit(k, text).as_bytes())
        })
        .collect();
    let docs: Vec<_> = loaded.iter().map(|(p, a)| (p, a)).collect();
    render(&history(&docs))
}

fn check(edit: impl Fn(usize, String) -> String, expected: &str) {
    assert_eq!(rendered(edit), expected);
}

/// 2023: 72 of ≥ 80 is 90 %, 10 of ≥ 12 is 83,33 %; 60 × 90 % + 40 ×
/// 83,33 % = 87,33 %. 2024: the Relazione re-weights (50, 30), lowers the
/// roads' target to 11 and adds the library (24 of ≥ 30: 80 %): 100, 100,
/// 80 → 96 %. 2025: the library is in the Piano, not in the Relazione;
/// 85 and 13 are capped at 100 %. The distribution's bins: < 50, 50–70,
/// 70–90, 90–100, 100 and more. Budget: only the Relazioni have tables,
/// matched across the Piani in between; rates are the core's ratios
/// (1 090 000 / 1 100 000 = 99,09 %; 950 000 / 1 100 000 = 86,36 %).
#[test]
fn the_series_year_by_year() {
    check(
        |_, t| t,
        "\
2023 piano: - [0, 0, 0, 0, 0] 2
2023 relazione: 87,33 % [0, 0, 1, 1, 0] 0
2024 piano: - [0, 0, 0, 0, 0] 2
2024 relazione: 96,00 % [0, 0, 1, 0, 2] 0
2025 piano: - [0, 0, 0, 0, 0] 3
2025 relazione: 100,00 % [0, 0, 0, 0, 2] 0
1 Sportello digitale: o1 60 - | o1 60 90,00 % Code | o1 60 - Code | o1 50 100,00 % Code | o1 50 - Code | o1 70 100,00 % Code
  Pratiche presentate online: >= 80 - - | >= 80 72 90,00 % | >= 80 - - | >= 80 81 100,00 % | >= 80 - - | >= 80 85 100,00 %
2 Manutenzione delle strade: o2 40 - | o2 40 83,33 % Code | o2 40 - Code | o2 30 100,00 % Code | o2 30 - Code | o2 30 100,00 % Code
  Chilometri di strade rifatte: >= 12 - - | >= 12 10 83,33 % | >= 12 - - | >= 11 12 100,00 % | >= 12 - - | >= 12 13 100,00 %
3 Biblioteca aperta: · | · | · | o3 20 80,00 % | o3 20 - Code | ·
  Ore di apertura settimanali: · | · | · | >= 30 24 80,00 % | >= 30 - - | ·
Entrate 2025 (entrate): · | 1000000.00 950000.00 95,00 % - - | · | 1050000.00 1029000.00 98,00 % - - | · | 1100000.00 1090000.00 99,09 % - -
Uscite 2025 (uscite): · | 1000000.00 - - 840000.00 84,00 % | · | 1100000.00 - - 950000.00 86,36 % | · | 1100000.00 - - 1043000.00 94,82 %",
    );
}

/// A code repeated in a document is reported and not used: the two
/// objectives that share it in the 2025 Relazione are matched by id.
#[test]
fn a_repeated_code_is_reported_never_used() {
    let lines = rendered(|k, t| {
        if k == 5 {
            t.replacen("\"code\": \"2\"", "\"code\": \"1\"", 1)
        } else {
            t
        }
    });
    assert!(lines.contains("| o1 70 100,00 % Id\n"), "{lines}");
    assert!(lines.contains("| o2 30 100,00 % Id\n"), "{lines}");
    assert!(
        lines.ends_with("ambiguous in 5: Code 1 [\"o1\", \"o2\"]"),
        "{lines}"
    );
}
