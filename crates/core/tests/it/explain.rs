//! "Come è calcolato" as data: the explanation of every objective of
//! `tests/fixtures/valid/spiega.json`, each worked out by hand (the numbers
//! in the comments), line by line as `cruscotto score --spiega` prints it.

use cruscotto_core::explain::{explain, indicators_of, TermLabel};
use cruscotto_core::{model, Lang};

use super::{fixture, load};

const ROUNDING: &str = "I valori sono mostrati con due decimali; il calcolo usa i valori esatti, quindi rifacendolo a mano con i numeri arrotondati l'ultima cifra può differire di poco.";

/// The explanation of objective `id` in `lang` is exactly `expected`.
fn check(id: &str, lang: Lang, expected: &[&str]) {
    let (plan, analysis) = load(&fixture("valid/spiega.json"));
    let nodes = model::flatten_objectives(&plan);
    let i = analysis.scores.node_index(id).unwrap();
    let e = explain(&plan, &analysis.scores, |k| nodes[k].obj, i, lang);
    assert_eq!(e.lines(), expected, "{id}");
}

#[test]
fn own_indicators_and_children_fall_back_to_the_plain_mean() {
    // Own indicators: 8 ÷ 10 = 80 %; a1: 5 ÷ 10 = 50 %; a2 published 100 %;
    // a3 withdrawn. The own term has no weight: (80 + 50 + 100) ÷ 3 = 76,67.
    check(
        "a",
        Lang::It,
        &[
            "Media aritmetica dei 3 elementi:",
            "(80,00 % + 50,00 % + 100,00 %) ÷ 3 = 76,67 %",
            "Il metodo del documento prevede una media pesata, ma almeno un elemento non ha un peso: si usa quindi la media semplice.",
            "Media degli indicatori propri di questo obiettivo | «Sportelli aperti»: valore 8 su target 10 = 80,00 % | 80,00 %",
            "Pagamenti rapidi | Calcolato dai dati | 50,00 %",
            "Sportello unico | Pubblicato dal documento | 100,00 %",
            "«Visitatori»: non entra nel calcolo (dato informativo: non valutato)",
            ROUNDING,
            "Attenzione: il documento pubblica 70,00 %, ma dai dati risulta 76,67 %. I due valori non coincidono.",
        ],
    );
}

#[test]
fn a_single_indicator_lower_is_better() {
    check(
        "a1",
        Lang::It,
        &[
            "Il valore è quello del suo unico indicatore valutato: 50,00 %.",
            "Giorni di attesa | più basso è meglio: valore 10 oltre il target 5: target 5 su valore 10 = 50,00 % | 50,00 %",
            ROUNDING,
        ],
    );
}

#[test]
fn published_withdrawn_and_nothing_to_score() {
    check(
        "a2",
        Lang::It,
        &[
            "Questo obiettivo non ha indicatori con un valore né sotto-obiettivi valutati: il grado di raggiungimento è quello pubblicato dal documento, non ricalcolabile dai dati.",
            "Il documento pubblica 100,00 %.",
        ],
    );
    check(
        "a3",
        Lang::It,
        &["L'obiettivo è stato ritirato: non è valutato e non entra nelle medie."],
    );
    check(
        "c",
        Lang::En,
        &["The achievement cannot be computed yet: no indicator has a final value and the document publishes no result."],
    );
}

#[test]
fn range_threshold_cap_and_missing_value() {
    // 20 ÷ 25 = 80 %; -3 ≤ -1 met = 100 %; 3 ÷ 2 = 150 % capped at 100 %;
    // (80 + 100 + 100) ÷ 3 = 93,33 %, against 90 published.
    check(
        "b",
        Lang::It,
        &[
            "Media aritmetica dei 3 indicatori:",
            "(80,00 % + 100,00 % + 100,00 %) ÷ 3 = 93,33 %",
            "Aule rinnovate | valore 25 sopra il massimo: massimo 20 su valore 25 = 80,00 % | 80,00 %",
            "Ritardo medio | più basso è meglio: valore -3 non superiore al target -1: raggiunto = 100,00 % | 100,00 %",
            "Mense | valore 3 su target 2 = 150,00 %; il metodo del documento non conta più di 100,00 % per indicatore, quindi vale 100,00 % | 100,00 %",
            "«Iscritti»: non entra nel calcolo (in attesa del valore finale)",
            ROUNDING,
            "Attenzione: il documento pubblica 90,00 %, ma dai dati risulta 93,33 %. I due valori non coincidono.",
        ],
    );
}

#[test]
fn weighted_mean_of_children_agrees_with_the_published_value() {
    // (2 ÷ 4 = 50 %) × 2 + (7 = 7: 100 %) × 1, over 3 = 66,67 %.
    check(
        "d",
        Lang::En,
        &[
            "Weighted mean of the 2 sub-objectives:",
            "(50,00 % × 2 + 100,00 % × 1) ÷ (2 + 1) = 66,67 %",
            "Alberi | Computed from the data | 50,00 % | 2",
            "Parchi | Computed from the data | 100,00 % | 1",
            "Values are shown with two decimals; the calculation uses the exact values, so redoing it by hand with the rounded numbers may differ slightly in the last digit.",
            "The value computed from the data matches the one the document publishes (66,67 %).",
        ],
    );
    check(
        "d2",
        Lang::En,
        &[
            "The value is that of its only scored indicator: 100,00 %.",
            "Parchi aperti | value 7 equal to the target 7: met = 100,00 % | 100,00 %",
            "Values are shown with two decimals; the calculation uses the exact values, so redoing it by hand with the rounded numbers may differ slightly in the last digit.",
        ],
    );
}

/// The terms link where the page links: children by their index.
#[test]
fn terms_name_their_objectives() {
    let (plan, analysis) = load(&fixture("valid/spiega.json"));
    let nodes = model::flatten_objectives(&plan);
    let d = analysis.scores.node_index("d").unwrap();
    let e = explain(&plan, &analysis.scores, |k| nodes[k].obj, d, Lang::It);
    let labels: Vec<&TermLabel> = e.terms.iter().map(|t| &t.label).collect();
    let d1 = analysis.scores.node_index("d1").unwrap();
    let d2 = analysis.scores.node_index("d2").unwrap();
    assert_eq!(
        labels,
        [
            &TermLabel::Objective(d1, "Alberi".into()),
            &TermLabel::Objective(d2, "Parchi".into())
        ]
    );
}

/// The range of a node's own indicators is the scan's, for every node of
/// the fixtures and demo plans.
#[test]
fn indicators_of_agrees_with_the_scan() {
    for bytes in [
        fixture("valid/spiega.json"),
        fixture("valid/piccolo.json"),
        std::fs::read(super::repo().join("public/plans/lucca-2021-relazione.json")).unwrap(),
    ] {
        let (_, a) = load(&bytes);
        for i in 0..a.scores.nodes.len() {
            let scan: Vec<usize> = (0..a.scores.indicators.len())
                .filter(|&k| a.scores.indicators[k].node == i)
                .collect();
            assert_eq!(indicators_of(&a.scores, i).collect::<Vec<_>>(), scan);
        }
    }
}

/// How each indicator of `tests/fixtures/testuale.json` (targets in words
/// and milestones, no declared method) is explained, in `lang`.
fn indicator_words(lang: Lang) -> Vec<String> {
    let (plan, analysis) = load(&fixture("testuale.json"));
    let nodes = model::flatten_objectives(&plan);
    (0..analysis.scores.indicators.len())
        .map(|k| {
            cruscotto_core::explain::indicator(
                &analysis.scores,
                &plan.scoring,
                |n| nodes[n].obj,
                k,
                lang,
            )
        })
        .collect()
}

#[test]
fn targets_in_words_and_milestones_are_explained_by_the_rule_that_valued_them() {
    // No method declared: «raggiunto» is 100 % by its own words, a
    // «parzialmente raggiunto» has no figure (nothing invented), a milestone
    // done before its date is 100 %, one without a result waits for it.
    assert_eq!(
        indicator_words(Lang::It),
        [
            "esito dichiarato «raggiunto»: 100,00 % (il metodo di calcolo non assegna un valore diverso)",
            "non valutato: il metodo di calcolo non dice quanto vale questo esito",
            "fatto il 20/06/2024, entro il 30/06/2024: 100,00 %",
            "in attesa del valore finale",
        ]
    );
    assert_eq!(
        indicator_words(Lang::En)[2],
        "done on 20/06/2024, by 30/06/2024: 100.00 %"
    );
}
