//! The calculator: rules by example, then properties.

use std::str::FromStr;

use cruscotto_core::score::{combine, score_indicator, IndicatorState, Part, PartKind, Rule};
use cruscotto_core::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Dec {
    Dec(Decimal::from_str(s).unwrap())
}

fn indicator(kind: IndicatorKind, cmp: Comparator, target: &str, actual: &str) -> Indicator {
    let t = match target.split_once("..") {
        Some((lo, hi)) => Target {
            comparator: Some(cmp),
            value: None,
            min: Some(d(lo)),
            max: Some(d(hi)),
            text: None,
            date: None,
        },
        None => Target {
            comparator: Some(cmp),
            value: Some(d(target)),
            min: None,
            max: None,
            text: None,
            date: None,
        },
    };
    Indicator {
        id: "i".into(),
        name: "i".into(),
        kind: Some(kind),
        measure_unit: None,
        formula: None,
        baseline: None,
        target: Some(t),
        direction: None,
        weight: None,
        deadline: None,
        unit: None,
        unit_text: None,
        neutralised: None,
        actual: Some(Actual {
            mid_year: None,
            final_value: Some(d(actual)),
            text: None,
            outcome: None,
            completed_on: None,
        }),
        published_achievement: None,
        notes: vec![],
    }
}

fn capped() -> ScoringMethod {
    ScoringMethod {
        cap: Some(d("100")),
        ..ScoringMethod::default()
    }
}

fn check(
    kind: IndicatorKind,
    cmp: Comparator,
    target: &str,
    actual: &str,
    method: &ScoringMethod,
) -> (String, Option<Rule>) {
    match score_indicator(&indicator(kind, cmp, target, actual), method) {
        IndicatorState::Scored {
            achievement, rule, ..
        } => (
            it::round(achievement.get(), 4).normalize().to_string(),
            Some(rule),
        ),
        other => (format!("{other:?}"), None),
    }
}

#[test]
fn indicator_rules() {
    use Comparator::*;
    use IndicatorKind::*;
    let m = capped();
    // Activity 0–5: 4 of 5 is 80 %.
    assert_eq!(
        check(Attivita, AtLeast, "5", "4", &m),
        ("80".into(), Some(Rule::Ratio))
    );
    assert_eq!(
        check(Attivita, AtLeast, "5", "0", &m),
        ("0".into(), Some(Rule::Ratio))
    );
    // Above target: capped at 100 by the plan's cap, 125 without a cap.
    assert_eq!(check(Efficienza, AtLeast, "24", "30", &m).0, "100");
    assert_eq!(
        check(Efficienza, AtLeast, "24", "30", &ScoringMethod::default()).0,
        "125"
    );
    // Lower is better: payment timeliness, target -1 day.
    assert_eq!(
        check(Efficienza, AtMost, "-1", "-3", &m),
        ("100".into(), Some(Rule::Threshold))
    );
    assert_eq!(
        check(Efficienza, AtMost, "-1", "4", &m),
        ("0".into(), Some(Rule::Threshold))
    );
    assert_eq!(
        check(Efficienza, AtMost, "2", "5", &m),
        ("40".into(), Some(Rule::InverseRatio))
    );
    // Exactly / range.
    assert_eq!(check(Quantitativo, Equal, "10", "10", &m).0, "100");
    assert_eq!(check(Quantitativo, Equal, "10", "8", &m).0, "80");
    assert_eq!(check(Quantitativo, Range, "10..20", "15", &m).0, "100");
    assert_eq!(check(Quantitativo, Range, "10..20", "5", &m).0, "50");
    assert_eq!(check(Quantitativo, Range, "10..20", "40", &m).0, "50");
    // Never below zero.
    assert_eq!(check(Quantitativo, AtLeast, "10", "-5", &m).0, "0");
    // Informational data are never scored; missing values are not zero.
    assert_eq!(
        check(Informativo, AtLeast, "10", "5", &m).0,
        "Informational"
    );
    let mut no_value = indicator(Efficienza, AtLeast, "10", "5");
    no_value.actual = None;
    assert_eq!(score_indicator(&no_value, &m), IndicatorState::NoValue);
    // A repeating decimal stays exact to 28 digits, rounded only for display.
    assert_eq!(
        check(Efficienza, AtLeast, "3", "1", &ScoringMethod::default()).0,
        "33.3333"
    );
}

#[test]
fn the_small_fixture_scores_by_hand() {
    // op1 = mean(80, 100) = 90; op2 = 125 capped to 100 (the informational
    // indicator is left out); st1 = (90·50 + 100·50) / 100 = 95;
    // st2 = its published 50; overall = (95·60 + 50·40) / 100 = 77.
    let (plan, a) = crate::load(&crate::fixture("valid/piccolo.json"));
    assert!(a.is_valid(), "{:?}", a.diagnostics);
    let s = |id: &str| {
        a.scores.nodes[a.scores.node_index(id).unwrap()]
            .computed
            .unwrap()
            .get()
            .normalize()
            .to_string()
    };
    assert_eq!(
        (s("op1"), s("op2"), s("st1"), s("st2")),
        ("90".into(), "100".into(), "95".into(), "50".into())
    );
    assert_eq!(a.scores.overall, Some(d("77")));
    // Groups: unit s1 holds st1 (its U.O. uo11 holds op1 and op2).
    let unit = |k: &str| {
        a.scores
            .by(score::Dimension::Unit)
            .find(|g| g.key == k)
            .unwrap()
            .score
            .unwrap()
            .get()
            .normalize()
            .to_string()
    };
    assert_eq!(
        (unit("s1"), unit("uo11"), unit("s2")),
        ("95".into(), "95".into(), "50".into())
    );
    // Money: scostamento, %, capacità di pagamento; the published total agrees.
    let total = &a.money.tables[0].rows[2];
    assert_eq!(total.difference, Some(d("-600.00")));
    assert_eq!(it::percent(total.percent.unwrap()), "60,00 %");
    let pay = total
        .ratios
        .iter()
        .find(|(k, _)| *k == money::RatioKind::Pagamento)
        .unwrap()
        .1;
    assert_eq!(it::percent(pay), "72,22 %");
    assert_eq!(plan.money.budget[0].rows.len(), 3);
}

#[test]
fn published_numbers_that_do_not_add_up_are_reported_with_both_values() {
    let text = String::from_utf8(crate::fixture("valid/piccolo.json")).unwrap();
    let text = text
        .replace(r#""assestato": "1500.00""#, r#""assestato": "1500.01""#)
        .replace(r#""published_achievement": "50.00" }"#, r#""published_achievement": "50.00", "children": [{"id": "x", "title": "X", "published_achievement": "40"}] }"#);
    let (_, a) = crate::load(text.as_bytes());
    let warnings: Vec<String> = a
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.message(Lang::It))
        .collect();
    assert!(warnings.contains(&"Il totale «assestato» pubblicato (1.500,01 €) è diverso dalla somma delle righe (1.500,00 €): differenza 0,01 €.".to_string()), "{warnings:?}");
    assert!(warnings.contains(&"Il grado di raggiungimento pubblicato (50,00 %) è diverso da quello calcolato dagli elementi sottostanti (40,00 %).".to_string()), "{warnings:?}");
}

fn parts(values: &[(i64, i64)]) -> Vec<Part> {
    values
        .iter()
        .enumerate()
        .map(|(i, (v, w))| Part {
            kind: PartKind::Child(i),
            value: Dec(Decimal::new(*v, 2)),
            weight: Some(Dec(Decimal::new(*w, 2))),
        })
        .collect()
}

proptest! {
    #[test]
    fn equal_children_give_the_parent_their_value(v in 0i64..20_000, ws in prop::collection::vec(1i64..10_000, 1..12)) {
        let p = parts(&ws.iter().map(|w| (v, *w)).collect::<Vec<_>>());
        for how in [Combine::Arithmetic, Combine::Weighted] {
            let (got, used, fell) = combine(&p, how);
            prop_assert_eq!(got.unwrap().get(), Decimal::new(v, 2));
            prop_assert_eq!(used, how);
            prop_assert!(!fell);
        }
    }

    #[test]
    fn scaling_all_weights_changes_nothing(vals in prop::collection::vec((0i64..20_000, 1i64..10_000), 1..12), k in 1i64..1000) {
        let p = parts(&vals);
        let scaled = parts(&vals.iter().map(|(v, w)| (*v, w * k)).collect::<Vec<_>>());
        let a = combine(&p, Combine::Weighted).0.unwrap().get();
        let b = combine(&scaled, Combine::Weighted).0.unwrap().get();
        prop_assert_eq!(it::round(a, 20), it::round(b, 20));
    }

    #[test]
    fn a_mean_lies_between_its_parts(vals in prop::collection::vec((0i64..20_000, 0i64..10_000), 1..12)) {
        let p = parts(&vals);
        let lo = p.iter().map(|x| x.value.get()).min().unwrap();
        let hi = p.iter().map(|x| x.value.get()).max().unwrap();
        for how in [Combine::Arithmetic, Combine::Weighted] {
            let v = combine(&p, how).0.unwrap().get();
            prop_assert!(v >= lo && v <= hi, "{} not in [{}, {}]", v, lo, hi);
        }
    }

    #[test]
    fn order_does_not_matter(mut vals in prop::collection::vec((0i64..20_000, 1i64..10_000), 1..12)) {
        let a = combine(&parts(&vals), Combine::Weighted).0.unwrap().get();
        vals.reverse();
        let b = combine(&parts(&vals), Combine::Weighted).0.unwrap().get();
        prop_assert_eq!(it::round(a, 20), it::round(b, 20));
    }

    #[test]
    fn indicator_achievement_is_within_zero_and_the_cap(t in 1i64..100_000, a in -100_000i64..100_000, lower in any::<bool>()) {
        let cmp = if lower { Comparator::AtMost } else { Comparator::AtLeast };
        let ind = indicator(IndicatorKind::Quantitativo, cmp, &Decimal::new(t, 2).to_string(), &Decimal::new(a, 2).to_string());
        match score_indicator(&ind, &capped()) {
            IndicatorState::Scored { achievement, .. } => {
                prop_assert!(achievement.get() >= Decimal::ZERO && achievement.get() <= Decimal::ONE_HUNDRED);
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }
}

#[test]
fn a_weighted_mean_with_missing_weights_says_it_fell_back() {
    let mut p = parts(&[(8000, 100), (10000, 300)]);
    p[1].weight = None;
    let (v, used, fell) = combine(&p, Combine::Weighted);
    assert_eq!((v, used, fell), (Some(d("90")), Combine::Arithmetic, true));
}

#[test]
fn objectives_are_counted_by_band() {
    let (plan, a) = crate::load(&crate::fixture("valid/piccolo.json"));
    // Leaves: op1 90, op2 100, st2 50 (st1 has children).
    let b = score::band_counts(&a.scores, &plan.scoring.bands);
    assert_eq!(
        (b.counts.clone(), b.below, b.unscored, b.total, b.scored()),
        (vec![1, 2, 0], 0, 0, 3, 3)
    );
    let declared = [
        Band {
            min: d("100"),
            label: "raggiunto".into(),
        },
        Band {
            min: d("60"),
            label: "parziale".into(),
        },
    ];
    let b = score::band_counts(&a.scores, &declared);
    assert_eq!((b.counts, b.below), (vec![1, 1], 1));
    assert_eq!(score::band_index(Decimal::ZERO, &[]), Some(2));
}

#[test]
fn the_distribution_counts_the_same_objectives_as_the_bands() {
    let (_, a) = crate::load(&crate::fixture("valid/piccolo.json"));
    // Leaves: op1 90, op2 100, st2 50; limits 50 / 100: [0, 2, 1].
    let (bins, none) = score::distribution(&a.scores, &[Decimal::from(50), Decimal::ONE_HUNDRED]);
    assert_eq!((bins, none), (vec![0, 2, 1], 0));
}

/// An achievement as text (or the state) and the rule applied.
type Scored = (String, Option<Rule>);

/// A target in words (`date`: a milestone) with a declared result, a
/// completion date and a stated percentage, scored under `rule`.
fn qualitative(
    date: Option<&str>,
    outcome: Option<Outcome>,
    completed_on: Option<&str>,
    stated: Option<&str>,
    rule: Option<QualitativeRule>,
) -> Scored {
    let mut ind = indicator(IndicatorKind::Efficacia, Comparator::AtLeast, "1", "1");
    ind.target = Some(Target {
        comparator: None,
        value: None,
        min: None,
        max: None,
        text: Some("Approvazione del regolamento entro il 30/06".into()),
        date: date.map(String::from),
    });
    ind.actual = Some(Actual {
        mid_year: None,
        final_value: None,
        text: None,
        outcome,
        completed_on: completed_on.map(String::from),
    });
    ind.published_achievement = stated.map(d);
    let method = ScoringMethod {
        qualitative: rule,
        ..capped()
    };
    match score_indicator(&ind, &method) {
        IndicatorState::Scored {
            achievement, rule, ..
        } => (achievement.to_string(), Some(rule)),
        other => (format!("{other:?}"), None),
    }
}

#[test]
fn qualitative_and_milestone_targets_follow_the_declared_method() {
    use Outcome::*;
    let rule = || {
        Some(QualitativeRule {
            achieved: Some(d("100")),
            partly_achieved: Some(d("50")),
            not_achieved: Some(d("0")),
            late: Some(d("70")),
            scored: None,
        })
    };
    let day = Some("2024-06-30");
    #[rustfmt::skip]
    let cases: Vec<(Scored, (&str, Option<Rule>))> = vec![
        // The evaluator's declared result, valued as the method says.
        (qualitative(None, Some(Raggiunto), None, None, rule()), ("100", Some(Rule::Declared(Raggiunto)))),
        (qualitative(None, Some(Parzialmente), None, None, rule()), ("50", Some(Rule::Declared(Parzialmente)))),
        (qualitative(None, Some(NonRaggiunto), None, None, rule()), ("0", Some(Rule::Declared(NonRaggiunto)))),
        // No method: the words raggiunto / non raggiunto are 100 and 0 …
        (qualitative(None, Some(Raggiunto), None, None, None), ("100", Some(Rule::Declared(Raggiunto)))),
        (qualitative(None, Some(NonRaggiunto), None, None, None), ("0", Some(Rule::Declared(NonRaggiunto)))),
        // … but "partly" has no figure: no result, never an invented one.
        (qualitative(None, Some(Parzialmente), None, None, None), ("NoRule(Some(Parzialmente))", None)),
        // A stated percentage wins over the words (and the cap applies).
        (qualitative(None, Some(Raggiunto), None, Some("80"), rule()), ("80", Some(Rule::Stated))),
        (qualitative(None, None, None, Some("120"), rule()), ("100", Some(Rule::Stated))),
        // Milestones: by the date 100 %, late the method's figure.
        (qualitative(day, None, Some("2024-06-30"), None, None), ("100", Some(Rule::OnTime))),
        (qualitative(day, None, Some("2024-07-15"), None, rule()), ("70", Some(Rule::Late))),
        (qualitative(day, None, Some("2024-07-15"), None, None), ("NoRule(None)", None)),
        // Not done yet, or nothing declared: no value (not zero).
        (qualitative(day, None, None, None, rule()), ("NoValue", None)),
        (qualitative(None, None, None, None, rule()), ("NoValue", None)),
        // The method says targets in words are not scored.
        (
            qualitative(None, Some(Raggiunto), None, None, Some(QualitativeRule { scored: Some(false), ..QualitativeRule::default() })),
            ("NotScoredByMethod", None),
        ),
    ];
    for (i, (got, (value, rule))) in cases.into_iter().enumerate() {
        assert_eq!(got, (value.to_string(), rule), "case {i}");
    }
}

#[test]
fn a_plan_as_it_is_counts_each_objective_once_and_in_each_missione() {
    let (plan, a) = crate::load(&crate::fixture("testuale.json"));
    let s = &a.scores;
    let id = |i: usize| s.nodes[i].id.as_str();
    // The overall score combines the three roots: the objective serving three
    // strategic objectives counts once, under its tree parent.
    let roots: Vec<&str> = s
        .overall_parts
        .iter()
        .map(|p| match p.kind {
            PartKind::Child(i) => id(i),
            _ => panic!("{p:?}"),
        })
        .collect();
    assert_eq!(roots, ["strat-2", "strat-5"]);
    assert_eq!(s.overall.map(|d| d.to_string()).as_deref(), Some("100"));
    // By missione: in each of its missioni, once.
    let missions: Vec<(String, Vec<&str>)> = s
        .by(cruscotto_core::score::Dimension::Mission)
        .map(|g| (g.key.clone(), g.members.iter().map(|&i| id(i)).collect()))
        .collect();
    assert_eq!(
        missions,
        [
            ("01".to_string(), vec!["op-f2-05", "op-a1-16", "op-a1-17"]),
            ("05".to_string(), vec!["op-f2-05"]),
        ]
    );
    // Only words as targets; the declared results as the rules say.
    let states: Vec<String> = s
        .indicators
        .iter()
        .map(|i| match &i.state {
            IndicatorState::Scored {
                achievement, rule, ..
            } => format!("{} {achievement} {rule:?}", i.id),
            other => format!("{} {other:?}", i.id),
        })
        .collect();
    assert_eq!(
        states,
        [
            "ind-f2-05-1 100 Declared(Raggiunto)",
            "ind-f2-05-2 NoRule(Some(Parzialmente))",
            "ind-a1-16-1 100 OnTime",
            "ind-a1-17-1 NoValue",
        ]
    );
    assert!(plan.scoring.is_undeclared());
    let found: Vec<String> = a
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code(), d.path))
        .collect();
    assert_eq!(
        found,
        [
            "W21 $.objectives[0].children[0].indicators[1]",
            "I02 $.objectives[1]",
            "I02 $.objectives[2].children[1]",
        ]
    );
    // Naming the tree parent again among the other parents is a warning.
    let (_, bad) = crate::load(&crate::fixture("bad/contributo-sconosciuto.json"));
    let w22: Vec<&str> = bad
        .diagnostics
        .iter()
        .filter(|d| d.code() == "W22")
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(w22, ["$.objectives[0].children[0].also_contributes_to[2]"]);
    let note = cruscotto_core::messages::method_note(&plan.scoring, Lang::It).unwrap();
    assert!(
        note.starts_with("Il documento non dichiara il metodo di calcolo."),
        "{note}"
    );
}
