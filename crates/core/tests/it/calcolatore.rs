//! The calculator: edits as text and data, applied and scored again, what
//! changed, "Quanto conta", neutralisation, a Piano filled in. Every figure
//! is worked out by hand on `tests/fixtures/calcolatore/piano.json`:
//!
//! - method: weighted means of indicators and children, percentages, cap 100;
//! - A = (80 × 50 + 100 × 50) ÷ 100 = 90 (a1: 80 of 100; a2: 10 of 10);
//! - B = 75 (b1: at most 30 days, 40: 30 ÷ 40);
//! - L1 = (90 × 50 + 75 × 50) ÷ 100 = 82,5;
//! - C = 60 (published, no indicator); D = 100 (d1 declared `raggiunto`);
//! - L2 = (60 × 25 + 100 × 75) ÷ 100 = 90;
//! - overall = (82,5 × 60 + 90 × 40) ÷ 100 = 85,5.

use cruscotto_core::edits::{self, Edit, Field, Problem, Value};
use cruscotto_core::simulate::{self, fill_in, sensitivity, simulate, FillError};
use cruscotto_core::{analyse, it, DocumentKind, Lang, Options, PlanFile};
use proptest::prelude::*;

fn plan() -> PlanFile {
    crate::load(&crate::fixture("calcolatore/piano.json")).0
}

fn pct(d: Option<cruscotto_core::Dec>) -> String {
    d.map(it::percent).unwrap_or_else(|| "—".into())
}

/// The edits in text form applied to the fixture: the overall score and the
/// scores of L1, A, B, L2, C, D (two decimals, Italian).
fn check(text: &str, expected: [&str; 7]) {
    let plan = plan();
    let list = edits::parse_edits(text).unwrap_or_else(|e| panic!("{}", e.message(Lang::It)));
    let sim = simulate(&plan, &list, &Options::default())
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::It)));
    let s = &sim.analysis.scores;
    let mut got = vec![pct(s.overall)];
    for id in ["L1", "A", "B", "L2", "C", "D"] {
        got.push(pct(s.nodes[s.node_index(id).unwrap()].computed));
    }
    assert_eq!(got, expected, "{text}");
    // The last change ends at the simulated overall score.
    if let Some(c) = sim.changes.last() {
        assert_eq!(c.overall.1, s.overall, "{text}");
    }
}

#[test]
fn the_fixture_as_it_is() {
    check(
        "",
        [
            "85,50 %", "82,50 %", "90,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
}

#[test]
fn each_kind_of_edit_recomputes_every_score() {
    // a1 at 100: A = 100, L1 = 87,5, overall = 52,5 + 36 = 88,5.
    check(
        "v1~f.a1=100",
        [
            "88,50 %", "87,50 %", "100,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // b1's target 40 days: met, B = 100, L1 = 95, overall = 57 + 36 = 93.
    check(
        "v1~t.b1=40",
        [
            "93,00 %", "95,00 %", "90,00 %", "100,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // a1 weighs 75: A = (80 × 75 + 100 × 50) ÷ 125 = 88, L1 = 81,5, overall = 48,9 + 36 = 84,9.
    check(
        "v1~pi.a1=75",
        [
            "84,90 %", "81,50 %", "88,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // A weighs 75: L1 = (90 × 75 + 75 × 50) ÷ 125 = 84, overall = 50,4 + 36 = 86,4.
    check(
        "v1~p.A=75",
        [
            "86,40 %", "84,00 %", "90,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // C's published result 100: L2 = 100, overall = 49,5 + 40 = 89,5.
    check(
        "v1~r.C=100",
        [
            "89,50 %", "82,50 %", "90,00 %", "75,00 %", "100,00 %", "100,00 %", "100,00 %",
        ],
    );
    // d1 not achieved: D = 0, L2 = 15, overall = 49,5 + 6 = 55,5.
    check(
        "v1~e.d1=non_raggiunto",
        [
            "55,50 %", "82,50 %", "90,00 %", "75,00 %", "15,00 %", "60,00 %", "0,00 %",
        ],
    );
    // d1's stated percentage 50: D = 50, L2 = (60 × 25 + 50 × 75) ÷ 100 = 52,5,
    // overall = 49,5 + 21 = 70,5.
    check(
        "v1~ri.d1=50%25",
        [
            "70,50 %", "82,50 %", "90,00 %", "75,00 %", "52,50 %", "60,00 %", "50,00 %",
        ],
    );
    // a1 without a final value: A = a2 alone = 100 (its weight re-proportioned),
    // L1 = 87,5, overall = 88,5.
    check(
        "v1~f.a1=",
        [
            "88,50 %", "87,50 %", "100,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
}

#[test]
fn neutralising_leaves_out_and_re_proportions_the_weights() {
    // B neutralised: L1 = A alone = 90 × 50 ÷ 50 = 90, overall = 54 + 36 = 90.
    check(
        "v1~n.B=Finanziamento%20revocato",
        [
            "90,00 %", "90,00 %", "90,00 %", "—", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // a2 neutralised: A = a1 alone = 80, L1 = (80 × 50 + 75 × 50) ÷ 100 = 77,5,
    // overall = 46,5 + 36 = 82,5.
    check(
        "v1~ni.a2=Sportello%20chiuso%20per%20lavori",
        [
            "82,50 %", "77,50 %", "80,00 %", "75,00 %", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
    // L2 neutralised, with everything under it: overall = L1 = 82,5.
    check(
        "v1~n.L2=Motivo",
        ["82,50 %", "82,50 %", "90,00 %", "75,00 %", "—", "—", "—"],
    );
    // Several edits in a row: a1 at 100 and B neutralised: L1 = A = 100,
    // overall = 60 + 36 = 96.
    check(
        "v1~f.a1=100~n.B=x",
        [
            "96,00 %", "100,00 %", "100,00 %", "—", "90,00 %", "60,00 %", "100,00 %",
        ],
    );
}

#[test]
fn what_changed_gives_each_edit_before_and_after_and_its_ancestors() {
    let plan = plan();
    let list = edits::parse_edits("v1~f.a1=1.000,00~n.B=Causa%20esterna").unwrap();
    let sim = simulate(&plan, &list, &Options::default()).unwrap();
    let lines: Vec<String> = sim
        .changes
        .iter()
        .map(|c| {
            let chain: Vec<String> = c
                .ancestors
                .iter()
                .map(|e| format!("{} {} → {}", e.id, pct(e.before), pct(e.after)))
                .collect();
            format!(
                "{}: {} → {}; totale {} → {}; {}",
                c.edit,
                c.before.display(),
                c.edit.value.display(),
                pct(c.overall.0),
                pct(c.overall.1),
                chain.join(", ")
            )
        })
        .collect();
    // a1 = 1000 of 100, capped at 100: A = 100, L1 = 87,5, overall 88,5;
    // then B out: L1 = 100, overall = 96.
    assert_eq!(
        lines,
        [
            "f.a1=1000: 80 → 1.000; totale 85,50 % → 88,50 %; A 90,00 % → 100,00 %, L1 82,50 % → 87,50 %",
            "n.B=Causa%20esterna: — → «Causa esterna»; totale 88,50 % → 96,00 %; B 75,00 % → —, L1 87,50 % → 100,00 %",
        ]
    );
    // The base scores are the plan's own.
    assert_eq!(sim.base, analyse(&plan).scores);
}

#[test]
fn quanto_conta_sorted_by_impact() {
    // Hand-computed (see the module's comment): with X at 0 % and 100 %.
    // L1: 0 → 36; 100 → 96. L2: 0 → 49,5; 100 → 89,5.
    // A: L1 = 37,5 → 58,5; L1 = 87,5 → 88,5. B: 45 → 63; 95 → 93.
    // C: L2 = 75 → 79,5; L2 = 100 → 89,5. D: L2 = 15 → 55,5; L2 = 90 → 85,5.
    let plan = plan();
    let a = analyse(&plan);
    let got: Vec<String> = sensitivity(&plan, &a.scores)
        .iter()
        .map(|w| {
            format!(
                "{} {} {} {} {}",
                w.id,
                pct(Some(w.score)),
                pct(w.at_zero),
                pct(w.at_hundred),
                pct(w.impact())
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "L1 82,50 % 36,00 % 96,00 % 60,00 %",
            "L2 90,00 % 49,50 % 89,50 % 40,00 %",
            "A 90,00 % 58,50 % 88,50 % 30,00 %",
            "B 75,00 % 63,00 % 93,00 % 30,00 %",
            "D 100,00 % 55,50 % 85,50 % 30,00 %",
            "C 60,00 % 79,50 % 89,50 % 10,00 %",
        ]
    );
}

#[test]
fn quanto_conta_agrees_with_the_calculator_and_follows_rollup_indicators() {
    // C has no indicators: its result edited to 0 and 100 gives the same
    // overall scores as the sensitivity table.
    let plan = plan();
    let w = sensitivity(&plan, &analyse(&plan).scores);
    let c = w.iter().find(|w| w.id == "C").unwrap();
    for (text, want) in [("v1~r.C=0", c.at_zero), ("v1~r.C=100", c.at_hundred)] {
        let e = edits::parse_edits(text).unwrap();
        let s = simulate(&plan, &e, &Options::default()).unwrap();
        assert_eq!(s.analysis.scores.overall, want, "{text}");
    }
    // Under `rollup: indicators`, arithmetic: the overall is the mean of
    // a1 80, a2 100, b1 75, C 60, d1 100 = 83; A at 0 (a1, a2 at 0):
    // (75 + 60 + 100) ÷ 5 = 47; at 100: (200 + 235) ÷ 5 = 87.
    let mut flat = plan.clone();
    flat.scoring.rollup = Some(cruscotto_core::Rollup::Indicators);
    flat.scoring.indicators = None;
    let a = analyse(&flat);
    assert_eq!(pct(a.scores.overall), "83,00 %");
    let w = sensitivity(&flat, &a.scores);
    let a_row = w.iter().find(|w| w.id == "A").unwrap();
    assert_eq!(
        (pct(a_row.at_zero), pct(a_row.at_hundred)),
        ("47,00 %".to_string(), "87,00 %".to_string())
    );
}

#[test]
fn text_form_reads_italian_numbers_and_prints_one_canonical_form() {
    let one = |t: &str| edits::parse_edit(t, 1).map(|e| e.to_string());
    for (input, canonical) in [
        ("f.a1=1.234,5", "f.a1=1234,5"),
        ("f.a1=1234.5", "f.a1=1234,5"),
        ("f.a1=1.234.567", "f.a1=1234567"),
        ("f.a1=95%", "f.a1=95"),
        ("f.a1=95 %", "f.a1=95"),
        ("f.a1=95%20%25", "f.a1=95"),
        ("f.a1=-1", "f.a1=-1"),
        ("f.a1=80,50", "f.a1=80,5"),
        ("f.a1=0,0", "f.a1=0"),
        ("t.b1=10..20", "t.b1=10..20"),
        ("e.d1=Parzialmente raggiunto", "e.d1=parzialmente_raggiunto"),
        (
            "n.obiettivo 1=Causa esterna: sisma",
            "n.obiettivo%201=Causa%20esterna%3A%20sisma",
        ),
        (
            "n.città=Perché sì~no",
            "n.citt%C3%A0=Perch%C3%A9%20s%C3%AC%7Eno",
        ),
        ("p.o.1=", "p.o.1="),
    ] {
        assert_eq!(one(input).as_deref(), Ok(canonical), "{input}");
    }
}

#[test]
fn bad_edits_say_which_and_what_in_both_languages() {
    let plan = plan();
    let cases: &[(&str, &str, &str)] = &[
        (
            "v2~f.a1=1",
            "Le modifiche iniziano con «v2» invece di «v1»: scriva le modifiche come v1~f.ID=80~p.ID=20 (forse l'indirizzo è stato tagliato).",
            "The edits start with «v2» instead of «v1»: write them as v1~f.ID=80~p.ID=20 (perhaps the address was cut).",
        ),
        (
            "v1~f.a1=80~f.a2=ottanta",
            "Modifica 2 («f.a2=ottanta») «ottanta» non è un numero: scriva ad esempio 80, 80,5, 1.234,5 o 95%.",
            "Edit 2 («f.a2=ottanta») «ottanta» is not a number: write for instance 80, 80,5, 1.234,5 or 95%.",
        ),
        (
            "v1~p.A=-5",
            "Modifica 1 («p.A=-5») «-5» è negativo: un peso o una percentuale di raggiungimento non può essere sotto zero.",
            "Edit 1 («p.A=-5») «-5» is negative: a weight or an achievement percentage cannot be below zero.",
        ),
        (
            "v1~f.a1=1.234",
            "Modifica 1 («f.a1=1.234») «1.234» è ambiguo: il punto separa le migliaia o i decimali? Scriva 1234 per milleduecentotrentaquattro, 1,234 per uno virgola due tre quattro.",
            "Edit 1 («f.a1=1.234») «1.234» is ambiguous: is the dot a thousands separator or a decimal point? Write 1234 for one thousand two hundred thirty-four, 1,234 for one point two three four.",
        ),
        (
            "v1~x.a1=3",
            "Modifica 1 («x.a1=3») «x» non è un tipo di modifica: usi f (valore finale), t (target), pi (peso dell'indicatore), ri (percentuale dichiarata), e (esito dichiarato), ni (neutralizza l'indicatore), p (peso dell'obiettivo), r (risultato pubblicato dell'obiettivo), n (neutralizza l'obiettivo), seguiti da un punto e dall'identificativo.",
            "Edit 1 («x.a1=3») «x» is not a kind of edit: use f (final value), t (target), pi (indicator's weight), ri (stated percentage), e (declared result), ni (neutralise the indicator), p (objective's weight), r (objective's published result), n (neutralise the objective), then a dot and the id.",
        ),
        (
            "v1~f.a1",
            "Modifica 1 («f.a1») manca «=» tra l'elemento e il nuovo valore: scriva ad esempio f.ind1=80.",
            "Edit 1 («f.a1») has no «=» between the item and the new value: write for instance f.ind1=80.",
        ),
        (
            "v1~e.d1=forse",
            "Modifica 1 («e.d1=forse») «forse» non è un esito: scriva raggiunto, parzialmente_raggiunto o non_raggiunto.",
            "Edit 1 («e.d1=forse») «forse» is not a result: write raggiunto, parzialmente_raggiunto or non_raggiunto.",
        ),
        (
            "v1~t.b1=20..10",
            "Modifica 1 («t.b1=20..10») nell'intervallo «20..10» il minimo supera il massimo: scriva prima il minimo, ad esempio 10..20.",
            "Edit 1 («t.b1=20..10») in the range «20..10» the minimum is above the maximum: write the minimum first, for instance 10..20.",
        ),
        (
            "v1~f.a1=1~f.a1=2",
            "Modifica 2 («f.a1=2») cambia di nuovo lo stesso valore dello stesso elemento: ne tenga una sola.",
            "Edit 2 («f.a1=2») changes the same value of the same item again: keep only one.",
        ),
        // Against the plan.
        (
            "v1~f.a1=1~p.Z=3",
            "Modifica 2 («p.Z=3») nomina un obiettivo che il documento non ha: controlli l'identificativo (è quello dell'indirizzo della pagina dell'obiettivo).",
            "Edit 2 («p.Z=3») names an objective the document does not have: check the id (the one in the address of the objective's page).",
        ),
        (
            "v1~f.A=3",
            "Modifica 1 («f.A=3») nomina un indicatore che il documento non ha: controlli l'identificativo.",
            "Edit 1 («f.A=3») names an indicator the document does not have: check the id.",
        ),
        (
            "v1~f.d1=3",
            "Modifica 1 («f.d1=3») riguarda un indicatore con un target a parole o un traguardo, che non ha un valore numerico: usi e (esito dichiarato) o ri (percentuale dichiarata).",
            "Edit 1 («f.d1=3») concerns an indicator whose target is in words or a milestone, which has no numeric value: use e (declared result) or ri (stated percentage).",
        ),
        (
            "v1~e.a1=raggiunto",
            "Modifica 1 («e.a1=raggiunto») riguarda un indicatore con un target misurabile, il cui risultato si calcola dal valore finale: usi f (valore finale).",
            "Edit 1 («e.a1=raggiunto») concerns an indicator with a measurable target, whose result is computed from its final value: use f (final value).",
        ),
        (
            "v1~t.a1=1..2",
            "Modifica 1 («t.a1=1..2») dà un intervallo a un target che non lo è: scriva un solo valore.",
            "Edit 1 («t.a1=1..2») gives a range to a target that is not one: write a single value.",
        ),
    ];
    for (text, it, en) in cases {
        let err = edits::parse_edits(text)
            .and_then(|e| simulate(&plan, &e, &Options::default()).map(|_| ()))
            .expect_err(text);
        assert_eq!(
            (
                err.message(Lang::It).as_str(),
                err.message(Lang::En).as_str()
            ),
            (*it, *en)
        );
    }
}

#[test]
fn a_piano_filled_in_validates_and_scores_as_simulated() {
    // The fixture without any result is a Piano to fill in; its results as
    // edits give back the same scores.
    let full = plan();
    let mut empty = full.clone();
    let mut stack: Vec<&mut cruscotto_core::Objective> = empty.objectives.iter_mut().collect();
    while let Some(o) = stack.pop() {
        o.published_achievement = None;
        for i in &mut o.indicators {
            i.actual = None;
        }
        stack.extend(o.children.iter_mut());
    }
    assert_eq!(analyse(&empty).scores.overall, None);
    let mut fill = simulate::edits_of_results(&full);
    fill.push(Edit {
        field: Field::ObjectiveResult,
        id: "C".into(),
        value: Value::Number(cruscotto_core::Dec(60.into())),
    });
    fill.push(edits::parse_edit("n.B=Lavori non finanziati", 0).unwrap());
    let text = edits::print_edits(&fill);
    assert_eq!(
        text,
        "v1~f.a1=80~f.a2=10~f.b1=40~e.d1=raggiunto~r.C=60~n.B=Lavori%20non%20finanziati"
    );
    let simulated = simulate(&empty, &fill, &Options::default()).unwrap();
    let doc = fill_in(&empty, &fill, DocumentKind::Relazione, "2026-04-30").unwrap();
    // Written and read back: a valid cruscotto/1 report whose scores are the
    // simulated ones.
    let json = serde_json::to_vec_pretty(&doc).unwrap();
    let (back, a) = crate::load(&json);
    assert!(a.is_valid(), "{:?}", a.diagnostics);
    assert_eq!(back.document.kind, DocumentKind::Relazione);
    assert_eq!(back.document.published_on.as_deref(), Some("2026-04-30"));
    assert_eq!(back.document.reference_year, Some(2026));
    assert_eq!(back.document.approval, None);
    assert_eq!(back.document.related_acts[0].number.as_deref(), Some("12"));
    assert_eq!(a.scores, simulated.analysis.scores);
    // B out: L1 = 90, overall = 54 + 36 = 90.
    assert_eq!(pct(a.scores.overall), "90,00 %");
    assert_eq!(
        fill_in(&empty, &fill, DocumentKind::Piano, "2026-04-30")
            .unwrap_err()
            .message(Lang::It),
        "Un documento compilato con i risultati è una relazione o un monitoraggio, non «piano»: scelga relazione o monitoraggio."
    );
    assert!(matches!(
        fill_in(&empty, &fill, DocumentKind::Monitoraggio, "30/04/2026"),
        Err(FillError::Date(_))
    ));
}

#[test]
fn neutralised_in_the_document_is_explained_and_noted() {
    let (plan, a) = crate::load(&crate::fixture("calcolatore/neutralizzata.json"));
    // B and a2 neutralised in the file: A = a1 alone = 80; L1 = A alone =
    // 80; overall = (80 × 60 + 90 × 40) ÷ 100 = 84, as the same edits give.
    assert_eq!(pct(a.scores.overall), "84,00 %");
    let codes: Vec<(&str, &str)> = a
        .diagnostics
        .iter()
        .map(|d| (d.code(), d.path.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("I03", "$.objectives[0].children[0].indicators[1]"),
            ("I03", "$.objectives[0].children[1]"),
        ]
    );
    let same = edits::parse_edits("v1~ni.a2=x~n.B=y").unwrap();
    let sim = simulate(&self::plan(), &same, &Options::default()).unwrap();
    assert_eq!(sim.analysis.scores.overall, a.scores.overall);
    let b = a.scores.node_index("B").unwrap();
    let nodes = cruscotto_core::model::flatten_objectives(&plan);
    let e = cruscotto_core::explain::explain(&plan, &a.scores, |i| nodes[i].obj, b, Lang::It);
    assert_eq!(
        e.lines(),
        [
            "L'obiettivo è neutralizzato (lui o un obiettivo che lo contiene): non è valutato e non entra nelle medie; i pesi degli altri elementi dello stesso gruppo si riproporzionano.",
            "Motivo della neutralizzazione: «Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026».",
        ]
    );
    let a_node = a.scores.node_index("A").unwrap();
    let e = cruscotto_core::explain::explain(&plan, &a.scores, |i| nodes[i].obj, a_node, Lang::En);
    assert!(
        e.lines().contains(&"«Sportelli aperti»: not counted (neutralised: left out of the scores; reason for the neutralisation: «Sportello chiuso per lavori»)".to_string()),
        "{:?}",
        e.lines()
    );
    assert_eq!(pct(a.scores.nodes[a_node].computed), "80,00 %");
    // L1: B is named among the parts left out, with its reason.
    let l1 = a.scores.node_index("L1").unwrap();
    let e = cruscotto_core::explain::explain(&plan, &a.scores, |i| nodes[i].obj, l1, Lang::It);
    assert_eq!(
        e.not_counted,
        ["«Obiettivo B»: non entra nel calcolo (neutralizzato: escluso dal calcolo; motivo della neutralizzazione: «Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026»)"]
    );
}

proptest! {
    /// Any list of edits printed and read back is the same list, and
    /// printing it again gives the same text.
    #[test]
    fn text_form_round_trips(list in prop::collection::vec(edit(), 0..6)) {
        let mut seen = std::collections::HashSet::new();
        let list: Vec<Edit> = list.into_iter().filter(|e| seen.insert((e.field, e.id.clone()))).collect();
        let text = edits::print_edits(&list);
        let back = edits::parse_edits(&text).unwrap();
        prop_assert_eq!(&back, &list);
        prop_assert_eq!(edits::print_edits(&back), text);
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let field = prop::sample::select(Field::ALL.to_vec());
    let id = "[a-zA-Z0-9 ._~=%àé-]{1,12}";
    let number = (any::<i64>(), 0u32..8)
        .prop_map(|(n, s)| cruscotto_core::Dec(rust_decimal::Decimal::new(n, s)));
    let reason = "[a-zA-Z0-9 ,.:;~=%&#/àèé-]{1,30}"
        .prop_filter("not blank", |s| !s.trim().is_empty() && s.trim() == s);
    (field, id, number.clone(), number, reason, 0usize..4).prop_map(
        |(field, id, a, b, reason, pick)| {
            let not_negative = |d: cruscotto_core::Dec| cruscotto_core::Dec(d.get().abs());
            let value = if pick == 0 {
                Value::Clear
            } else {
                match field {
                    Field::Final => Value::Number(a),
                    Field::Target if pick == 1 => Value::Range(a.min(b), a.max(b)),
                    Field::Target => Value::Number(a),
                    Field::IndicatorWeight
                    | Field::IndicatorResult
                    | Field::ObjectiveWeight
                    | Field::ObjectiveResult => Value::Number(not_negative(a)),
                    Field::Outcome => Value::Outcome(cruscotto_core::Outcome::ALL[pick % 3]),
                    Field::NeutraliseIndicator | Field::NeutraliseObjective => {
                        Value::Reason(reason)
                    }
                }
            };
            Edit { field, id, value }
        },
    )
}

#[test]
fn problems_are_typed() {
    // The page reads the problem to mark the right field.
    assert_eq!(
        edits::parse_edit("f.a1=abc", 3).unwrap_err().problem,
        Problem::NotANumber("abc".into())
    );
}

#[test]
fn the_calculator_edits_in_place_and_a_bad_edit_changes_nothing() {
    let plan = plan();
    let a = analyse(&plan);
    let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
    let c = calc
        .edit(&edits::parse_edit("f.a1=100", 1).unwrap())
        .unwrap();
    assert_eq!(
        (pct(c.overall.0), pct(c.overall.1)),
        ("85,50 %".into(), "88,50 %".into())
    );
    let before = (calc.plan().clone(), calc.scores().clone());
    // A final value for a target in words: refused, nothing changes.
    let err = calc
        .edit(&edits::parse_edit("f.d1=3", 1).unwrap())
        .unwrap_err();
    assert_eq!((err.index, err.problem), (2, Problem::TargetInWords));
    assert_eq!((calc.plan(), calc.scores()), (&before.0, &before.1));
    calc.edit(&edits::parse_edit("n.B=x", 2).unwrap()).unwrap();
    // The same as the whole list simulated, and as the edited plan analysed.
    let list = calc.edits();
    assert_eq!(edits::print_edits(&list), "v1~f.a1=100~n.B=x");
    let sim = simulate(&plan, &list, &Options::default()).unwrap();
    assert_eq!(calc.scores(), &sim.analysis.scores);
    assert_eq!(calc.changes(), &sim.changes[..]);
    assert_eq!(calc.base_overall(), a.scores.overall);
    assert_eq!(pct(calc.scores().overall), "96,00 %");
    assert_eq!(
        &analyse(&edits::apply(&plan, &list).unwrap()).scores,
        calc.scores()
    );
}

#[test]
fn quanto_conta_on_lucca_each_of_the_132_roots_counts_one_132nd() {
    // Lucca's method: arithmetic means, roots combined: each root moves the
    // overall score by 100 ÷ 132 between 0 % and 100 %; the 132 add up to 100.
    let bytes =
        std::fs::read(crate::repo().join("public/plans/lucca-2021-relazione.json")).unwrap();
    let (plan, a) = crate::load(&bytes);
    let w = sensitivity(&plan, &a.scores);
    let roots: Vec<_> = w
        .iter()
        .filter(|w| a.scores.nodes[w.node].parent.is_none())
        .collect();
    assert_eq!(roots.len(), 132);
    let share = rust_decimal::Decimal::ONE_HUNDRED / rust_decimal::Decimal::from(132);
    let mut total = rust_decimal::Decimal::ZERO;
    for r in &roots {
        let impact = r.impact().unwrap().get();
        assert_eq!(impact.round_dp(20), share.round_dp(20), "{}", r.id);
        total += impact;
    }
    assert_eq!(total.round_dp(20), rust_decimal::Decimal::ONE_HUNDRED);
    // An objective at its own score leaves the overall as it is.
    let r = roots
        .iter()
        .find(|r| r.score.get() == rust_decimal::Decimal::ONE_HUNDRED)
        .unwrap();
    assert_eq!(r.at_hundred, a.scores.overall);
}

/// What a person types in one of the page's fields: the value as the text
/// form reads it, or the field's own sentence (no edit number), both
/// languages.
#[test]
fn a_typed_value_is_read_like_the_text_form_or_said_wrong_on_its_field() {
    let check = |field: Field, typed: &str, expected: Result<Value, [&str; 2]>| {
        let got = edits::parse_input(field, typed).map_err(|p| {
            [
                cruscotto_core::messages::edit_problem(&p, Lang::It),
                cruscotto_core::messages::edit_problem(&p, Lang::En),
            ]
        });
        let expected = expected.map_err(|m| m.map(String::from));
        assert_eq!(got, expected, "{typed}");
    };
    let n = |s: &str| Value::Number(cruscotto_core::Dec::parse(s).unwrap());
    check(Field::Final, "1.234,5", Ok(n("1234.5")));
    check(Field::Final, "95%", Ok(n("95")));
    check(Field::Final, "95 %", Ok(n("95")));
    check(Field::Final, " ", Ok(Value::Clear));
    // Percent signs and escapes are text here, never decoded.
    check(
        Field::NeutraliseObjective,
        " Causa%20esterna ",
        Ok(Value::Reason("Causa%20esterna".into())),
    );
    check(
        Field::Final,
        "abc",
        Err([
            "«abc» non è un numero: scriva ad esempio 80, 80,5, 1.234,5 o 95%.",
            "«abc» is not a number: write for instance 80, 80,5, 1.234,5 or 95%.",
        ]),
    );
    check(
        Field::ObjectiveWeight,
        "-5",
        Err([
            "«-5» è negativo: un peso o una percentuale di raggiungimento non può essere sotto zero.",
            "«-5» is negative: a weight or an achievement percentage cannot be below zero.",
        ]),
    );
    check(
        Field::Final,
        "1.234",
        Err([
            "«1.234» è ambiguo: il punto separa le migliaia o i decimali? Scriva 1234 per milleduecentotrentaquattro, 1,234 per uno virgola due tre quattro.",
            "«1.234» is ambiguous: is the dot a thousands separator or a decimal point? Write 1234 for one thousand two hundred thirty-four, 1,234 for one point two three four.",
        ]),
    );
}

#[test]
fn with_text_applies_the_address_edits_up_to_the_first_bad_one() {
    // What a page does with its address: a1 at 100 applies (overall 88,5,
    // worked out above), the unknown indicator stops there and is said.
    let plan = plan();
    let scores = analyse(&plan).scores;
    let (calc, error) =
        simulate::Calculator::with_text(plan.clone(), scores.clone(), "v1~f.a1=100~f.zz=3~p.A=1");
    assert_eq!(calc.changes().len(), 1);
    assert_eq!(pct(calc.scores().overall), "88,50 %");
    assert_eq!(
        error.unwrap().message(Lang::It),
        "Modifica 2 («f.zz=3») nomina un indicatore che il documento non ha: controlli l'identificativo."
    );
    // A text that does not read: nothing applied.
    let (calc, error) = simulate::Calculator::with_text(plan.clone(), scores.clone(), "v9~f.a1=1");
    assert_eq!(calc.changes().len(), 0);
    assert!(error.is_some());
    // No edits: the document's scores.
    let (calc, error) = simulate::Calculator::with_text(plan, scores, "");
    assert_eq!((calc.changes().len(), error), (0, None));
    assert_eq!(pct(calc.scores().overall), "85,50 %");
}

/// One operation of a person on the calculator's form: set a field (an
/// edit, good or bad), or take an edit away.
#[derive(Clone, Debug)]
enum Op {
    Set(Edit),
    Remove(Field, String),
}

/// Edits that fit the fixture (and a few that do not: a final value for a
/// target in words, a weight above 100 where weights are percentages, a
/// single target for … every field of `Field::ALL`).
fn fixture_op() -> impl Strategy<Value = Op> {
    let number = (0i64..=12000, 0u32..3).prop_map(|(n, s)| rust_decimal::Decimal::new(n, s));
    let ids = (
        prop::sample::select(vec!["a1", "a2", "b1", "d1"]),
        prop::sample::select(vec!["L1", "A", "B", "L2", "C", "D"]),
    );
    let field = prop::sample::select(Field::ALL.to_vec());
    (field, ids, number.clone(), number, 0usize..5, any::<bool>()).prop_map(
        |(field, (ind, obj), a, b, pick, remove)| {
            let id = if field.on_objective() { obj } else { ind }.to_string();
            if remove {
                return Op::Remove(field, id);
            }
            let d = cruscotto_core::Dec;
            let value = match (field, pick) {
                (_, 0) => Value::Clear,
                (Field::Target, 1) => Value::Range(d(a.min(b)), d(a.max(b))),
                (Field::Outcome, p) => Value::Outcome(cruscotto_core::Outcome::ALL[p % 3]),
                (Field::NeutraliseIndicator | Field::NeutraliseObjective, p) => {
                    Value::Reason(format!("Causa {p}"))
                }
                _ => Value::Number(d(a)),
            };
            Op::Set(Edit { field, id, value })
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Setting and taking away edits in place (one scoring pass for a new
    /// edit or the last one) gives exactly the plan, the scores and the
    /// changes of its edits replayed from the document; a bad edit changes
    /// nothing.
    #[test]
    fn setting_in_place_is_replaying_from_scratch(
        ops in prop::collection::vec((fixture_op(), any::<bool>()), 1..14)
    ) {
        let plan = plan();
        let a = analyse(&plan);
        let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
        for (op, refresh) in &ops {
            let before = (calc.plan().clone(), calc.scores().clone(), calc.changes().to_vec());
            match op {
                Op::Set(e) => {
                    if calc.set(e).is_err() {
                        prop_assert_eq!(calc.plan(), &before.0);
                        prop_assert_eq!(calc.scores(), &before.1);
                        prop_assert_eq!(calc.changes(), &before.2[..]);
                    } else {
                        // The field now has the value (or the document's).
                        let now = calc.edited(e.field, &e.id).cloned();
                        prop_assert!(now.is_none() || now.as_ref() == Some(&e.value));
                    }
                }
                Op::Remove(f, id) => {
                    calc.remove(*f, id);
                    prop_assert!(calc.edited(*f, id).is_none());
                }
            }
            let list = calc.edits();
            let mut fresh = simulate::Calculator::new(plan.clone(), a.scores.clone());
            for e in &list {
                fresh.edit(e).unwrap();
            }
            prop_assert_eq!(calc.plan(), fresh.plan());
            prop_assert_eq!(calc.scores(), fresh.scores());
            // The changes worked out so far are exact; the rest after `refresh`.
            let known = calc.changes().len();
            prop_assert_eq!(calc.changes(), &fresh.changes()[..known]);
            prop_assert_eq!(calc.is_fresh(), known == list.len());
            if *refresh {
                calc.refresh();
                prop_assert!(calc.is_fresh());
                prop_assert_eq!(calc.plan(), fresh.plan());
                prop_assert_eq!(calc.scores(), fresh.scores());
                prop_assert_eq!(calc.changes(), fresh.changes());
            }
            // One edit per field and item; none gives back the document's value.
            prop_assert!(edits::parse_edits(&edits::print_edits(&list)).is_ok());
            prop_assert!(calc.changes().iter().all(|c| c.before != c.edit.value));
        }
        calc.refresh();
        let list = calc.edits();
        let sim = simulate(&plan, &list, &Options::default()).unwrap();
        prop_assert_eq!(calc.scores(), &sim.analysis.scores);
    }
}

#[test]
fn typing_again_in_the_last_field_keeps_its_change_before_the_edits() {
    let plan = plan();
    let a = analyse(&plan);
    let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
    let set = |calc: &mut simulate::Calculator, text: &str| {
        calc.set(&edits::parse_edit(text, 1).unwrap())
    };
    set(&mut calc, "n.B=x").unwrap();
    set(&mut calc, "f.a1=90").unwrap();
    set(&mut calc, "f.a1=100").unwrap();
    assert_eq!(edits::print_edits(&calc.edits()), "v1~n.B=x~f.a1=100");
    // B neutralised: L1 = A = 90, overall = (90 × 60 + 90 × 40) ÷ 100 = 90;
    // a1 at 100: A = L1 = 100, overall = 96.
    let c = &calc.changes()[1];
    assert_eq!(
        (pct(c.overall.0), pct(c.overall.1), c.before.display()),
        ("90,00 %".into(), "96,00 %".into(), "80".into())
    );
    // The document's value again: the edit goes.
    set(&mut calc, "f.a1=80").unwrap();
    assert_eq!(edits::print_edits(&calc.edits()), "v1~n.B=x");
    // The first edit changed again: the one after it counts from it.
    assert!(calc.is_fresh());
    set(&mut calc, "f.a1=100").unwrap();
    set(&mut calc, "n.B=y").unwrap();
    assert_eq!(edits::print_edits(&calc.edits()), "v1~n.B=y~f.a1=100");
    // The scores at once; what the edit after it changed, after `refresh`.
    assert_eq!(pct(calc.scores().overall), "96,00 %");
    assert_eq!(calc.changes().len(), 0);
    assert!(!calc.is_fresh());
    calc.refresh();
    assert_eq!(calc.changes().len(), 2);
    set(&mut calc, "n.B=").unwrap();
    assert_eq!(edits::print_edits(&calc.edits()), "v1~f.a1=100");
    assert_eq!(pct(calc.scores().overall), "88,50 %");
    assert_eq!(calc.changes().len(), 0);
    calc.refresh();
    let c = &calc.changes()[0];
    assert_eq!(
        (pct(c.overall.0), pct(c.overall.1)),
        ("85,50 %".into(), "88,50 %".into())
    );
}

#[test]
fn a_weight_above_100_is_refused_where_weights_are_percentages() {
    // The check E06 of the document and the edit: one rule.
    let plan = plan();
    let a = analyse(&plan);
    let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
    for text in ["pi.a1=150", "p.A=100,5"] {
        let e = edits::parse_edit(text, 1).unwrap();
        let err = calc.set(&e).unwrap_err();
        assert!(matches!(err.problem, Problem::WeightTooLarge(_)), "{text}");
        let err = simulate(&plan, &[e], &Options::default()).unwrap_err();
        assert!(matches!(err.problem, Problem::WeightTooLarge(_)), "{text}");
    }
    assert_eq!(
        edits::parse_edit("pi.a1=150", 1).and_then(|e| simulate(&plan, &[e], &Options::default()).map(|_| ())).unwrap_err().message(Lang::It),
        "Modifica 1 («pi.a1=150») il peso 150 supera 100, ma i pesi di questo piano sono percentuali: scriva un peso tra 0 e 100."
    );
    assert_eq!(
        messages_en(&Problem::WeightTooLarge("150".into())),
        "The weight 150 is above 100 but this plan's weights are percentages: write a weight between 0 and 100."
    );
    // 100 is a percentage still.
    calc.set(&edits::parse_edit("pi.a1=100", 1).unwrap())
        .unwrap();
}

fn messages_en(p: &Problem) -> String {
    cruscotto_core::messages::edit_problem(p, Lang::En)
}

#[test]
fn setting_in_place_on_a_demo_piano_is_replaying_from_scratch() {
    // Monsummano's PIAO (percent weights, units): results filled in, changed
    // further up the list, taken away; after each, the plan, the scores and
    // (after `refresh`) the changes are those of the edits replayed.
    let bytes =
        std::fs::read(crate::repo().join("public/plans/monsummano-terme-2024-piao.json")).unwrap();
    let plan: PlanFile = serde_json::from_slice(&bytes).unwrap();
    let a = analyse(&plan);
    let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
    let steps = [
        "f.s2-1-6-ind-1=4",
        "t.s2-1-6-ind-2=90",
        "f.s2-1-6-ind-2=80",
        "pi.s2-1-6-ind-1=70",
        "f.s2-1-6-ind-1=3",
        "ni.s2-1-6-ind-2=Causa esterna",
        "t.s2-1-6-ind-2=",
        "p.s2-1-6=50",
        "f.s2-1-6-ind-1=",
        "pi.s2-1-6-ind-1=150",
    ];
    for (k, step) in steps.iter().enumerate() {
        let e = edits::parse_edit(step, 1).unwrap();
        let refused = calc.set(&e).is_err();
        assert_eq!(refused, k == steps.len() - 1, "{step}");
        calc.refresh();
        let list = calc.edits();
        let sim = simulate(&plan, &list, &Options::default()).unwrap();
        assert_eq!(calc.scores(), &sim.analysis.scores, "{step}");
        assert_eq!(calc.changes(), &sim.changes[..], "{step}");
        assert_eq!(calc.plan(), &sim.plan, "{step}");
    }
    assert_eq!(
        edits::print_edits(&calc.edits()),
        "v1~t.s2-1-6-ind-2=~f.s2-1-6-ind-2=80~pi.s2-1-6-ind-1=70~ni.s2-1-6-ind-2=Causa%20esterna~p.s2-1-6=50"
    );
    // ind-1 without a final value (the document's: the edit went), ind-2
    // neutralised: s2-1-6 has no score to give.
    let i = calc.scores().node_index("s2-1-6").unwrap();
    assert_eq!(calc.scores().nodes[i].computed, None);
}
