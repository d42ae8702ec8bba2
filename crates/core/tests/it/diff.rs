//! Comparing two documents: the committed pair under `tests/fixtures/diff`
//! and pairs built from the demo plans by editing the parsed plan.

use cruscotto_core::diff::*;
use cruscotto_core::*;

fn demo(name: &str) -> (PlanFile, Analysis) {
    let bytes = std::fs::read(crate::repo().join(format!("public/plans/{name}.json"))).unwrap();
    crate::load(&bytes)
}

fn run(a: &PlanFile, b: &PlanFile) -> PlanDiff {
    diff(a, &analyse(a), b, &analyse(b))
}

/// Every change as `id: sentence`, in order.
fn lines(d: &PlanDiff, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for o in &d.objectives {
        let id = o.id_b.as_ref().or(o.id_a.as_ref()).unwrap();
        match o.presence {
            Presence::Added => out.push(format!("+ {id}")),
            Presence::Removed => out.push(format!("- {id}")),
            Presence::Matched => {
                for c in &o.changes {
                    out.push(format!("{id}: {}", c.message(lang)));
                }
            }
        }
    }
    for t in &d.tables {
        for r in &t.rows {
            for c in r.columns.iter().filter(|c| c.changed()) {
                out.push(format!(
                    "{}/{} {}: {:?} -> {:?} = {:?}",
                    t.id,
                    r.id,
                    c.column.as_str(),
                    c.a.map(|x| x.to_string()),
                    c.b.map(|x| x.to_string()),
                    c.delta.map(|x| x.to_string())
                ));
            }
        }
    }
    out
}

#[test]
fn the_fixture_pair() {
    let (a, aa) = crate::load(&crate::fixture("diff/a-piano.json"));
    let (b, ab) = crate::load(&crate::fixture("diff/b-relazione.json"));
    let d = diff(&a, &aa, &b, &ab);
    assert!(d.ambiguous.is_empty());
    assert_eq!(
        lines(&d, Lang::It),
        [
            "st1: Raggiungimento calcolato: da 92,00 % a 93,33 % (+1,33 %).",
            "op1: Titolo cambiato: da «Pagamenti online» a «Pagamenti online per la città».",
            "op1: Peso cambiato: da 40 a 60.",
            "op1: Indicatore «Servizi attivati» (i1): il target passa da «>= 5» a «>= 4».",
            "op1: Raggiungimento calcolato: da 90,00 % a 100,00 % (+10,00 %).",
            "op2: Indicatore «Ore di formazione» (i3): la formula passa da (non indicato) a «Ore di formazione erogate / dipendenti».",
            "op2: Indicatore «Ore di formazione» (i3): l'unità di misura passa da «ore» a «ore per dipendente».",
            "op2: Raggiungimento calcolato: da 100,00 % a 83,33 % (-16,67 %).",
            "+ op4",
            "- op3",
            "uscite/b impegnato: Some(\"100.00\") -> Some(\"150.00\") = Some(\"50.00\")",
            "uscite/tot impegnato: Some(\"900.00\") -> Some(\"950.00\") = Some(\"50.00\")",
        ]
    );
    let c = &d.counts;
    assert_eq!(
        (c.added, c.removed, c.renamed, c.moved, c.weights, c.targets),
        (1, 1, 1, 0, 1, 1)
    );
    assert_eq!(
        (c.indicators_redefined, c.scores, c.budget_rows, c.unchanged),
        (2, 3, 2, 1)
    );
    assert_eq!(d.objectives[1].rule, Some(MatchRule::Code));
    assert_eq!(d.objectives[0].rule, Some(MatchRule::Id));
    // The overall score: exact difference.
    assert_eq!(
        d.overall.message(Lang::En),
        "Computed achievement: from 75,20 % to 76,00 % (+0,80 %)."
    );
    insta::assert_snapshot!("diff_fixture_pair_en", lines(&d, Lang::En).join("\n"));
    // And back: B → A mirrors it.
    let back = diff(&b, &ab, &a, &aa);
    assert_eq!((back.counts.added, back.counts.removed), (1, 1));
    assert_eq!(back.counts.renamed, 1);
}

#[test]
fn a_plan_against_itself_has_no_difference() {
    for name in [
        "lucca-2021-relazione",
        "monsummano-terme-2024-piao",
        "offanengo-2024-piano",
        "porcari-2017-relazione",
    ] {
        let (p, _) = demo(name);
        let d = run(&p, &p);
        assert!(d.is_empty(), "{name}: {:?}", lines(&d, Lang::It));
        assert_eq!(d.counts.unchanged, d.a.objectives, "{name}");
    }
}

#[test]
fn lucca_edited() {
    let (a, _) = demo("lucca-2021-relazione");
    let mut b = a.clone();
    // obj-2 removed, obj-3 renamed, obj-4 re-weighted, obj-5's published
    // result changed (a leaf: its computed score follows), one amount changed.
    b.objectives.remove(1);
    b.objectives[1].title = "Gara aperta per la manutenzione".into();
    b.objectives[2].weight = Some(Dec::parse("30").unwrap());
    b.objectives[3].published_achievement = Some(Dec::parse("50").unwrap());
    let row = &mut b.money.budget[0].rows[0];
    row.values.accertato = Some(Dec::parse("3665000.07").unwrap());
    let d = run(&a, &b);
    // Lucca repeats some codes: reported, never used to match.
    assert!(!d.ambiguous.is_empty());
    assert!(d.ambiguous.iter().all(|x| x.by == MatchRule::Code));
    let l = lines(&d, Lang::It);
    assert_eq!(
        l,
        [
            "obj-3: Titolo cambiato: da «Espletamento procedura di gara aperta per affidamento del servizio di trasporto scolastico per la durata di tre anni più eventuale rinnovo di ulteriori anni due» a «Gara aperta per la manutenzione».",
            "obj-4: Peso cambiato: da 21 a 30.",
            "obj-5: Raggiungimento calcolato: da 95,00 % a 50,00 % (-45,00 %).",
            "- obj-2",
            "entrate-2021/fpv-correnti accertato: Some(\"3665193.07\") -> Some(\"3665000.07\") = Some(\"-193.00\")",
        ],
        "{l:#?}"
    );
    // The overall score moved by the exact amount the changes imply.
    let (aa, ab) = (analyse(&a), analyse(&b));
    let Change::Score { delta, .. } = d.overall else {
        panic!()
    };
    assert_eq!(
        delta.unwrap().get(),
        ab.scores.overall.unwrap().get() - aa.scores.overall.unwrap().get()
    );
}

#[test]
fn monsummano_edited_indicators_and_a_move() {
    let (a, _) = demo("monsummano-terme-2024-piao");
    let mut b = a.clone();
    {
        let parent = &mut b.objectives[0].children[0].children[0];
        let ind = &mut parent.children[0].indicators[0];
        ind.target = Some(Target {
            comparator: Some(Comparator::AtLeast),
            value: Some(Dec::parse("4").unwrap()),
            min: None,
            max: None,
            text: Some("4 (80%)".into()),
            date: None,
        });
        ind.measure_unit = Some("punti".into());
        ind.actual = Some(Actual {
            mid_year: None,
            final_value: Some(Dec::parse("4").unwrap()),
            text: None,
            outcome: None,
            completed_on: None,
        });
        let mut extra = parent.children[0].indicators[0].clone();
        extra.id = "nuovo-ind".into();
        extra.name = "Indicatore nuovo".into();
        parent.children[0].indicators.push(extra);
        // s2-1-1-b moves one level up.
        let moved = parent.children.remove(1);
        b.objectives[0].children[0].children.push(moved);
    }
    let d = run(&a, &b);
    // S2-1_1 is the code of both s2-1-1-a and s2-1-1-b: ambiguous.
    assert!(d
        .ambiguous
        .iter()
        .any(|x| x.value == "S2-1_1" && x.ids == ["s2-1-1-a", "s2-1-1-b"] && x.side == Which::A));
    let a_diff = d
        .objectives
        .iter()
        .find(|o| o.id_b.as_deref() == Some("s2-1-1-a"))
        .unwrap();
    assert_eq!(a_diff.rule, Some(MatchRule::Id));
    let msgs: Vec<String> = a_diff.changes.iter().map(|c| c.message(Lang::En)).collect();
    assert_eq!(
        msgs[..3],
        [
            "Indicator «Affidamento della concessione» (s2-1-1-a-ind-1): the unit of measure changed from (none) to «punti».",
            "Indicator «Affidamento della concessione» (s2-1-1-a-ind-1): the target changed from «>= 5» to «>= 4».",
            "Indicator added: «Indicatore nuovo» (nuovo-ind).",
        ]
    );
    assert!(matches!(
        a_diff.changes.last(),
        Some(Change::Score {
            from: None,
            to: Some(_),
            delta: None
        })
    ));
    let b_diff = d
        .objectives
        .iter()
        .find(|o| o.id_b.as_deref() == Some("s2-1-1-b"))
        .unwrap();
    assert!(matches!(
        &b_diff.changes[0],
        Change::Moved {
            from: Some(_),
            to: Some(_)
        }
    ));
    assert_eq!(d.counts.moved, 1);
    assert_eq!(d.counts.targets, 1);
    assert_eq!(d.counts.indicators_redefined, 1);
    assert_eq!(d.counts.indicators_added, 1);
    assert_eq!((d.counts.added, d.counts.removed), (0, 0));
}

#[test]
fn matching_falls_back_from_code_to_id_to_title() {
    let (a, _) = crate::load(&crate::fixture("diff/a-piano.json"));
    let mut b = a.clone();
    // op1: new id, same code → by code; op2: new code, same id → by id
    // (recoded); op3: new id and no code, same title → by title.
    b.objectives[0].children[0].id = "op1-nuovo".into();
    b.objectives[0].children[1].code = Some("OP-2bis".into());
    b.objectives[0].children[2].id = "op3-nuovo".into();
    b.objectives[0].children[2].code = None;
    b.objectives[0].children[2].title = "Sportello unico per l’edilizia".into();
    let d = run(&a, &b);
    let rules: Vec<(String, Option<MatchRule>)> = d
        .objectives
        .iter()
        .map(|o| (o.id_b.clone().unwrap(), o.rule))
        .collect();
    assert_eq!(
        rules,
        [
            ("op2".to_string(), Some(MatchRule::Id)),
            ("op3-nuovo".to_string(), Some(MatchRule::Title)),
        ]
    );
    assert_eq!(
        lines(&d, Lang::It),
        [
            "op2: Codice cambiato: da «OP-2» a «OP-2bis».",
            "op3-nuovo: Titolo cambiato: da «Sportello unico per l'edilizia» a «Sportello unico per l’edilizia».",
            "op3-nuovo: Codice cambiato: da «OP-3» a (non indicato).",
        ]
    );
}

#[test]
fn neutralisations_both_ways() {
    let read = |f: &str| {
        let bytes =
            std::fs::read(crate::repo().join(format!("tests/fixtures/calcolatore/{f}"))).unwrap();
        crate::load(&bytes).0
    };
    let (plain, neutralised) = (read("piano.json"), read("neutralizzata.json"));
    let there = lines(&run(&plain, &neutralised), Lang::It);
    let sentences = |id: &str, l: &[String]| {
        l.iter()
            .filter(|s| s.starts_with(&format!("{id}: ")) && s.contains("eutrali"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sentences("B", &there),
        ["B: Neutralizzato: «Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026»."]
    );
    assert_eq!(
        there
            .iter()
            .filter(|s| s.contains(
                "la neutralizzazione passa da (non indicato) a «Sportello chiuso per lavori»"
            ))
            .count(),
        1,
        "{there:#?}"
    );
    let back = lines(&run(&neutralised, &plain), Lang::En);
    assert_eq!(
        sentences("B", &back),
        ["B: No longer neutralised (was: «Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026»)."]
    );
    // A new reason is a change of reason; the same one is no change.
    let mut other = neutralised.clone();
    let b = other
        .objectives
        .iter_mut()
        .flat_map(|o| o.children.iter_mut())
        .find(|o| o.id == "B");
    b.unwrap().neutralised.as_mut().unwrap().reason = "Altro motivo".into();
    assert_eq!(
        sentences("B", &lines(&run(&neutralised, &other), Lang::It)),
        ["B: Motivo della neutralizzazione cambiato: da «Cantiere sospeso dalla Soprintendenza – verbale NdV n. 3/2026» a «Altro motivo»."]
    );
    assert!(sentences("B", &lines(&run(&neutralised, &neutralised), Lang::It)).is_empty());
}
