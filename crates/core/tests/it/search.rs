//! Search and filters: Italian-aware matching, ranking, spans, faceted
//! counts and the address round trip, on the small plan and the demo plans.

use cruscotto_core::filter::{apply, Facet, Filter};
use cruscotto_core::model::flatten_objectives;
use cruscotto_core::search::{segments, FieldKind, ItemKind, ItemRef, SearchIndex};
use cruscotto_core::*;
use proptest::prelude::*;

fn small() -> (PlanFile, Analysis) {
    crate::load(&crate::fixture("diff/a-piano.json"))
}

fn ids(plan: &PlanFile, index: &SearchIndex, q: &str) -> Vec<String> {
    let _ = plan;
    index.search(q, 100).hits().map(|h| h.id.clone()).collect()
}

#[test]
fn citta_finds_the_citta() {
    let (plan, _) = small();
    let index = SearchIndex::new(&plan);
    // «Città più digitale» by its title, and by its description.
    let r = index.search("citta", 10);
    assert_eq!(r.words, ["citta"]);
    let hits: Vec<_> = r.hits().collect();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, "st1");
    assert_eq!(hits[0].kind(), ItemKind::Objective);
    let title = hits[0].title();
    assert_eq!(title.text, "Città più digitale");
    assert_eq!(
        &title.text[title.spans[0].start..title.spans[0].end],
        "Città"
    );
    // The description matched too, as plain text.
    let desc = hits[0]
        .fields
        .iter()
        .find(|f| f.field == FieldKind::Description)
        .unwrap();
    assert_eq!(
        desc.text,
        "Rendere la città più digitale: servizi online e formazione."
    );
    assert_eq!(
        segments(&desc.text, &desc.spans)
            .iter()
            .filter(|s| s.1)
            .map(|s| s.0)
            .collect::<Vec<_>>(),
        ["città"]
    );
    // Accents and case in the query are folded too.
    assert_eq!(ids(&plan, &index, "CITTÀ"), ["st1"]);
    assert_eq!(ids(&plan, &index, "Citta\u{300}"), ["st1"]);
}

#[test]
fn prefixes_and_all_words() {
    let (plan, _) = small();
    let index = SearchIndex::new(&plan);
    // A prefix, highlighted only as far as typed, in the original text.
    let r = index.search("citt", 10);
    let t = r.hits().next().unwrap().title();
    assert_eq!(&t.text[t.spans[0].start..t.spans[0].end], "Citt");
    // Every word must match (AND).
    assert_eq!(ids(&plan, &index, "citt dig"), ["st1"]);
    assert!(ids(&plan, &index, "citta scuole").is_empty());
    // «l'edilizia»: the apostrophe separates the article.
    assert_eq!(ids(&plan, &index, "edil"), ["op3"]);
    assert_eq!(ids(&plan, &index, "l'edilizia"), ["op3"]);
    // No match at all; an empty query searches nothing.
    let none = index.search("zzz", 10);
    assert_eq!(none.total, 0);
    assert!(none.groups.is_empty());
    assert_eq!(index.search("  ' , ", 10), Default::default());
    // Units, indicators and budget rows are found too, grouped by kind.
    let r = index.search("s", 10);
    let kinds: Vec<ItemKind> = r.groups.iter().map(|g| g.kind).collect();
    assert_eq!(
        kinds,
        [
            ItemKind::Objective,
            ItemKind::Indicator,
            ItemKind::Unit,
            ItemKind::BudgetRow
        ]
    );
    assert_eq!(ids(&plan, &index, "settore 1"), ["s1"]);
    assert_eq!(ids(&plan, &index, "conto capitale"), ["b"]);
    assert_eq!(ids(&plan, &index, "tempestivita"), ["i2"]);
}

#[test]
fn perche_finds_perche() {
    let mut plan = small().0;
    plan.objectives[1].title = "Perché le scuole siano sicure".into();
    let index = SearchIndex::new(&plan);
    let r = index.search("perche", 10);
    let h = r.hits().next().unwrap();
    assert_eq!(h.id, "st2");
    let t = h.title();
    assert_eq!(&t.text[t.spans[0].start..t.spans[0].end], "Perché");
}

#[test]
fn ranking_exact_code_then_title_then_prefix_then_description() {
    let mut plan = small().0;
    // st2 has «formazione» in its title, op2 is titled «Formazione», st1
    // has it in the description; op3 gets the code «FORMAZIONE».
    plan.objectives[1].title = "Scuole e formazione".into();
    plan.objectives[0].children[2].code = Some("FORMAZIONE".into());
    plan.objectives[0].children[0].title = "Pagamenti e formazioneweb".into();
    let index = SearchIndex::new(&plan);
    let hits: Vec<(String, u32)> = index
        .search("formazione", 10)
        .hits()
        .filter(|h| h.kind() == ItemKind::Objective)
        .map(|h| (h.id.clone(), h.rank))
        .collect();
    assert_eq!(
        hits,
        [
            ("op3".to_string(), 0), // the code is the whole query
            ("op2".to_string(), 1), // a title word, document order…
            ("st2".to_string(), 1), // …among equals
            ("op1".to_string(), 3), // a title word starts with it
            ("st1".to_string(), 5), // only the description
        ]
    );
    // The limit keeps the best; the total counts all.
    let r = index.search("formazione", 2);
    assert_eq!(r.groups[0].total, 5);
    assert_eq!(r.groups[0].hits.len(), 2);
    // A code typed with other punctuation is still the code.
    assert_eq!(index.search("op 1", 10).hits().next().unwrap().rank, 0);
}

#[test]
fn spans_with_accents_in_every_position() {
    let mut plan = small().0;
    plan.objectives[1].title = "Università, città e perché: l’identità".into();
    let index = SearchIndex::new(&plan);
    let r = index.search("universita citta perche identit", 10);
    let t = r.hits().next().unwrap().title();
    let marked: Vec<&str> = segments(&t.text, &t.spans)
        .into_iter()
        .filter(|s| s.1)
        .map(|s| s.0)
        .collect();
    assert_eq!(marked, ["Università", "città", "perché", "identit"]);
}

#[test]
fn indicator_and_budget_refs_point_into_the_plan() {
    let (plan, _) = small();
    let index = SearchIndex::new(&plan);
    let nodes = flatten_objectives(&plan);
    let r = index.search("ore formazione", 10);
    let h = r.hits().find(|h| h.kind() == ItemKind::Indicator).unwrap();
    let ItemRef::Indicator { node, index: k } = h.item else {
        panic!()
    };
    assert_eq!(nodes[node].obj.indicators[k].id, "i3");
    let r = index.search("totale", 10);
    assert_eq!(
        r.hits().next().unwrap().item,
        ItemRef::BudgetRow { table: 0, row: 2 }
    );
}

fn option_counts(f: &cruscotto_core::filter::Filtered, facet: Facet) -> Vec<(String, usize)> {
    f.facet(facet)
        .iter()
        .map(|o| (o.value.clone(), o.count))
        .collect()
}

fn matched_ids(plan: &PlanFile, f: &cruscotto_core::filter::Filtered) -> Vec<String> {
    let nodes = flatten_objectives(plan);
    f.matches.iter().map(|&i| nodes[i].obj.id.clone()).collect()
}

#[test]
fn filters_and_faceted_counts_on_the_small_plan() {
    // Objectives: st1 (s1, 01, SDG 11 16) > op1 (uo11, sviluppo), op2
    // (uo11), op3 (uo11, tag Digitalizzazione); st2 (s2, 04).
    let (plan, a) = small();
    let index = SearchIndex::new(&plan);
    let all = apply(&plan, &a, &index, &Filter::default());
    assert_eq!(all.total, 5);
    assert_eq!(
        matched_ids(&plan, &all),
        ["st1", "op1", "op2", "op3", "st2"]
    );
    // Units include sub-units: s1 covers uo11.
    assert_eq!(
        option_counts(&all, Facet::Ufficio),
        [("s1".into(), 4), ("uo11".into(), 3), ("s2".into(), 1)]
    );
    assert_eq!(
        all.facet(Facet::Ufficio)[0].label.as_deref(),
        Some("Settore 1")
    );
    // Missione and SDG are inherited by the children.
    assert_eq!(
        option_counts(&all, Facet::Missione),
        [("01".into(), 4), ("04".into(), 1)]
    );
    assert_eq!(
        option_counts(&all, Facet::Sdg),
        [("11".into(), 4), ("16".into(), 4)]
    );
    assert_eq!(
        option_counts(&all, Facet::Linea),
        [("st1".into(), 4), ("st2".into(), 1)]
    );
    assert_eq!(option_counts(&all, Facet::Tipo), [("sviluppo".into(), 1)]);
    assert_eq!(
        option_counts(&all, Facet::Tag),
        [("Digitalizzazione".into(), 1)]
    );
    // Computed: st1 92, op1 90, op2 100, op3 80 (published), st2 50.
    assert_eq!(
        option_counts(&all, Facet::Esito),
        [
            ("raggiunti".into(), 1),
            ("parziali".into(), 4),
            ("non-raggiunti".into(), 0),
            ("senza-esito".into(), 0)
        ]
    );

    // Search + unit: «digitale» finds st1 (title) and nothing else.
    let f = Filter::from_query("q=digital&ufficio=uo11");
    let r = apply(&plan, &a, &index, &f);
    // op3 has the tag Digitalizzazione; st1 is not in uo11.
    assert_eq!(matched_ids(&plan, &r), ["op3"]);
    // Faceted: the unit counts ignore the unit filter itself…
    assert_eq!(
        option_counts(&r, Facet::Ufficio),
        [("s1".into(), 2), ("uo11".into(), 1), ("s2".into(), 0)]
    );
    // …the other facets count within the matches.
    assert_eq!(
        option_counts(&r, Facet::Linea),
        [("st1".into(), 1), ("st2".into(), 0)]
    );
    assert!(r.facet(Facet::Ufficio)[1].selected);

    // Options of one facet: OR; of different facets: AND.
    let f = Filter::from_query("esito=raggiunti&esito=parziali&missione=04");
    let r = apply(&plan, &a, &index, &f);
    assert_eq!(matched_ids(&plan, &r), ["st2"]);
    assert_eq!(
        option_counts(&r, Facet::Missione),
        [("01".into(), 4), ("04".into(), 1)]
    );
    // The search also looks at the indicators of an objective.
    let r = apply(&plan, &a, &index, &Filter::from_query("q=tempestivita"));
    assert_eq!(matched_ids(&plan, &r), ["op1"]);
    // Options the plan does not have are ignored, not applied.
    let r = apply(
        &plan,
        &a,
        &index,
        &Filter::from_query("ufficio=nessuno&sdg=3"),
    );
    assert_eq!(r.matches.len(), 5);
    assert_eq!(
        r.ignored,
        [
            (Facet::Ufficio, "nessuno".to_string()),
            (Facet::Sdg, "3".to_string())
        ]
    );
    // For a tree: the matches and their ancestors.
    let r = apply(&plan, &a, &index, &Filter::from_query("q=edilizia"));
    let parents: Vec<Option<usize>> = flatten_objectives(&plan).iter().map(|n| n.parent).collect();
    assert_eq!(
        r.with_ancestors(&parents),
        [true, false, false, true, false]
    );
}

#[test]
fn pnrr_status_years_and_declared_bands() {
    let (mut plan, _) = small();
    plan.objectives[0].children[2].pnrr = Some(Pnrr {
        cup: Some("E91F22001750006".into()),
        measure: None,
    });
    plan.objectives[0].children[2].years = vec![2024, 2025];
    plan.objectives[1].status = Some(Status::NonRaggiunto);
    plan.scoring.bands = vec![
        Band {
            min: Dec::parse("100").unwrap(),
            label: "Raggiunto".into(),
        },
        Band {
            min: Dec::parse("60").unwrap(),
            label: "Parzialmente raggiunto".into(),
        },
    ];
    let a = analyse(&plan);
    let index = SearchIndex::new(&plan);
    let all = apply(&plan, &a, &index, &Filter::default());
    assert_eq!(
        option_counts(&all, Facet::Pnrr),
        [("si".into(), 1), ("no".into(), 4)]
    );
    assert_eq!(
        option_counts(&all, Facet::Anno),
        [("2024".into(), 1), ("2025".into(), 1)]
    );
    assert_eq!(
        option_counts(&all, Facet::Stato),
        [("non_raggiunto".into(), 1)]
    );
    assert_eq!(
        option_counts(&all, Facet::Esito),
        [
            ("raggiunto".into(), 1),
            ("parzialmente-raggiunto".into(), 3),
            ("sotto-soglia".into(), 1),
            ("senza-esito".into(), 0)
        ]
    );
    let r = apply(&plan, &a, &index, &Filter::from_query("esito=sotto-soglia"));
    assert_eq!(matched_ids(&plan, &r), ["st2"]);
}

#[test]
fn citta_on_the_demo_plans() {
    let bytes =
        std::fs::read(crate::repo().join("public/plans/monsummano-terme-2024-piao.json")).unwrap();
    let (plan, a) = crate::load(&bytes);
    let index = SearchIndex::new(&plan);
    let r = index.search("citta", 5);
    assert!(r.total > 0);
    for h in r.hits() {
        let f = h.fields.iter().find(|f| !f.spans.is_empty()).unwrap();
        let s = &f.text[f.spans[0].start..f.spans[0].end];
        assert!(
            cruscotto_core::search::normalize(s).starts_with("citta"),
            "{s}"
        );
    }
    let with_tag = apply(&plan, &a, &index, &Filter::from_query("q=citta&tag=PNRR"));
    let without = apply(&plan, &a, &index, &Filter::from_query("q=citta"));
    assert!(!without.matches.is_empty());
    assert!(with_tag.matches.len() <= without.matches.len());
    assert!(with_tag.matches.iter().all(|m| without.matches.contains(m)));
}

fn facet_value() -> impl Strategy<Value = (Facet, String)> {
    prop_oneof![
        (0usize..4, "\\PC{1,12}").prop_map(|(k, s)| {
            (
                [Facet::Ufficio, Facet::Linea, Facet::Tag, Facet::Esito][k],
                s,
            )
        }),
        (1u8..=17).prop_map(|g| (Facet::Sdg, g.to_string())),
        prop::sample::select(vec!["01", "04", "12", "99"])
            .prop_map(|m| (Facet::Missione, m.to_string())),
        prop::sample::select(vec!["si", "no"]).prop_map(|v| (Facet::Pnrr, v.to_string())),
        prop::sample::select(Status::ALL.to_vec())
            .prop_map(|s| (Facet::Stato, s.as_str().to_string())),
        prop::sample::select(ObjectiveKind::ALL.to_vec())
            .prop_map(|s| (Facet::Tipo, s.as_str().to_string())),
        (1990i32..2100).prop_map(|y| (Facet::Anno, y.to_string())),
    ]
}

proptest! {
    /// Any state survives the address: decode(encode(f)) == f.
    #[test]
    fn filter_address_round_trip(
        q in "\\PC{0,20}",
        values in prop::collection::vec(facet_value(), 0..8),
    ) {
        let mut f = Filter { q, ..Filter::default() };
        for (facet, v) in &values {
            f.select(*facet, v);
        }
        let query = f.to_query();
        prop_assert_eq!(Filter::from_query(&query), f.clone());
        prop_assert_eq!(Filter::from_query(&format!("?{query}")), f);
    }

    /// Any text decodes to a state that is stable from then on.
    #[test]
    fn decoding_anything_is_stable(s in "\\PC{0,60}") {
        let f = Filter::from_query(&s);
        prop_assert_eq!(Filter::from_query(&f.to_query()), f);
    }
}

#[test]
fn an_objective_of_two_missioni_is_found_under_each() {
    let (plan, a) = crate::load(&crate::fixture("testuale.json"));
    let index = SearchIndex::new(&plan);
    for (query, expected) in [
        ("missione=01", vec!["op-f2-05", "op-a1-16", "op-a1-17"]),
        ("missione=05", vec!["op-f2-05"]),
    ] {
        let r = apply(&plan, &a, &index, &Filter::from_query(query));
        assert_eq!(matched_ids(&plan, &r), expected, "{query}");
    }
    let all = apply(&plan, &a, &index, &Filter::default());
    assert_eq!(
        option_counts(&all, Facet::Missione),
        [("01".into(), 3), ("05".into(), 1)]
    );
}
