//! Benchmark (a report, not a test): parse + validate + score a generated
//! plan; then build its search index, run a few queries, apply filters,
//! compare it with an edited copy (`diff`), and recompute after one edit of
//! the calculator (apply + analyse, apply + scores only, "Quanto conta").
//!
//! `cargo run --release -p cruscotto-core --example bench [-- RUNS [PATH]
//! [--linee N] [--solo-scrivi]]`; `-- RUNS --piano FILE`: the calculator on
//! a real plan.
//!
//! The plan has N top-level lines (default 20), each with 20 operational
//! and 480 management objectives and about 4 indicators per management
//! objective: 501 objectives and 3,9 MB a line (20 lines: 10 020 objectives,
//! 40 000 indicators, 7,9 MB; 40 lines: 20 040 objectives; 50 lines: 25 050
//! objectives, 20 MB). With PATH, the generated plan is also written there,
//! e.g. to try it in the web app with `?src=`; `--solo-scrivi` only writes
//! it.

use std::time::Instant;

use cruscotto_core::*;

fn generated(lines: usize) -> String {
    let mut objectives = Vec::new();
    let mut ind = 0usize;
    let mut leaf = 0usize;
    for a in 0..lines {
        let mut strategic = Vec::new();
        for b in 0..20 {
            let mut operational = Vec::new();
            for c in 0..24 {
                let n = if leaf < 1600 { 5 } else { 4 };
                leaf += 1;
                let indicators: Vec<String> = (0..n)
                    .map(|k| {
                        ind += 1;
                        let (kind, cmp, target, actual) = match k % 4 {
                            0 => ("attivita", ">=", "5", format!("{}", ind % 6)),
                            1 => ("efficienza", ">=", "24", format!("{}.5", 10 + ind % 30)),
                            2 => ("efficienza", "<=", "-1", format!("{}", (ind % 7) as i64 - 4)),
                            _ => ("efficacia", ">=", "100", format!("{}.25", 50 + ind % 60)),
                        };
                        format!(
                            r#"{{"id":"i{ind}","name":"Indicatore {ind}","kind":"{kind}","target":{{"comparator":"{cmp}","value":"{target}"}},"deadline":"2024-12-31","actual":{{"final":"{actual}"}}}}"#
                        )
                    })
                    .collect();
                operational.push(format!(
                    r#"{{"id":"o{a}-{b}-{c}","code":"S{a}-{b}_{c}","level":"gestionale","title":"Obiettivo gestionale {a}.{b}.{c} per la città","weight":"{w}","units":["u{u}"],"mission":"{m:02}","sdgs":[{s}],"indicators":[{}]}}"#,
                    indicators.join(","),
                    w = if c < 20 { "4" } else { "5" },
                    u = (a * 20 + b) % 100,
                    m = 1 + (b % 20),
                    s = 1 + (c % 17),
                ));
            }
            strategic.push(format!(
                r#"{{"id":"s{a}-{b}","level":"operativo","title":"Obiettivo operativo {a}.{b}","weight":"5","children":[{}]}}"#,
                operational.join(",")
            ));
        }
        objectives.push(format!(
            r#"{{"id":"l{a}","level":"linea","title":"Linea {a}","weight":"5","children":[{}]}}"#,
            strategic.join(",")
        ));
    }
    let units: Vec<String> = (0..100)
        .map(|u| format!(r#"{{"id":"u{u}","name":"Ufficio {u}","kind":"ufficio"}}"#))
        .collect();
    let rows: Vec<String> = (0..500)
        .map(|r| format!(r#"{{"id":"r{r}","label":"Voce {r}","values":{{"assestato":"{r}000.00","impegnato":"{r}00.50","pagato":"{r}0.25"}}}}"#))
        .collect();
    let ids: Vec<String> = (0..500).map(|r| format!("\"r{r}\"")).collect();
    format!(
        r#"{{"format":"cruscotto/1","document":{{"title":"Piano generato","kind":"relazione","municipality":{{"name":"Grande"}},"period":{{"start":2024,"end":2024}}}},
"levels":[{{"id":"linea","name":"Linea"}},{{"id":"operativo","name":"Operativo"}},{{"id":"gestionale","name":"Gestionale"}}],
"units":[{}],"scoring":{{"cap":"100","children":"weighted"}},"objectives":[{}],
"money":{{"budget":[{{"id":"u","title":"Uscite","side":"uscite","columns":["assestato","impegnato","pagato"],"rows":[{},{{"id":"tot","label":"Totale","sum_of":[{}]}}]}}]}}}}"#,
        units.join(","),
        objectives.join(","),
        rows.join(","),
        ids.join(",")
    )
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    (best, last.unwrap())
}

fn main() {
    let mut positional = Vec::new();
    let mut lines = 20usize;
    let mut write_only = false;
    let mut real: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--linee" | "--lines" => {
                lines = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .filter(|&n| n > 0)
                    .expect("--linee N: a positive whole number of top-level lines");
            }
            "--solo-scrivi" | "--write-only" => write_only = true,
            "--piano" | "--plan" => real = Some(args.next().expect("--piano FILE")),
            _ => positional.push(a),
        }
    }
    let runs: usize = positional
        .first()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5);
    if let Some(path) = real {
        // A real plan (e.g. public/plans/lucca-2021-relazione.json): the
        // calculator only.
        let bytes = std::fs::read(&path).expect("read the plan");
        let (parse_ms, plan) = time(runs, || parse_plan(&bytes).expect("the plan parses"));
        let (analyse_ms, a) = time(runs, || analyse(&plan));
        println!(
            "{path}: {} objectives, {} indicators; parse {parse_ms:.1} ms, analyse {analyse_ms:.1} ms",
            a.scores.nodes.len(),
            a.scores.indicators.len()
        );
        calculator(runs, &plan, &a);
        return;
    }
    let text = generated(lines);
    if let Some(path) = positional.get(1) {
        std::fs::write(path, &text).expect("write the generated plan");
    }
    if write_only {
        return;
    }
    let bytes = text.as_bytes();
    let (parse_ms, plan) = time(runs, || parse_plan(bytes).expect("generated plan parses"));
    let nodes = model::flatten_objectives(&plan).len();
    let (analyse_ms, a) = time(runs, || analyse(&plan));
    let broken = &bytes[..bytes.len() - 10];
    let (error_ms, e) = time(runs, || parse_plan(broken).unwrap_err());
    println!(
        "plan: {} bytes, {} objectives, {} indicators",
        bytes.len(),
        nodes,
        a.scores.indicators.len()
    );
    println!("parse (parse_plan):                    {parse_ms:8.1} ms (best of {runs})");
    println!("validate + score + money (analyse):    {analyse_ms:8.1} ms");
    println!(
        "total:                                 {:8.1} ms",
        parse_ms + analyse_ms
    );
    println!(
        "locate a parse error (second pass):    {error_ms:8.1} ms  [{}]",
        e.message(Lang::It)
    );
    println!(
        "overall {} — {} findings",
        a.scores.overall.map(it::percent).unwrap_or_default(),
        a.diagnostics.len()
    );

    let (index_ms, index) = time(runs, || search::SearchIndex::new(&plan));
    println!(
        "search index (build):                  {index_ms:8.1} ms  [{} items, {} words]",
        index.len(),
        index.vocabulary_len()
    );
    for q in [
        "citta",
        "indicatore 12",
        "s3-1_2",
        "obiettivo gestionale 7",
        "zzz",
    ] {
        let (ms, r) = time(runs, || index.search(q, 20));
        println!(
            "search {:<28}    {ms:8.2} ms  [{} results]",
            format!("«{q}»:"),
            r.total
        );
    }
    let (facets_ms, facets) = time(runs, || filter::Facets::new(&plan, &a));
    println!("filter options (Facets::new):          {facets_ms:8.1} ms");
    for q in [
        "",
        "sdg=11&missione=04",
        "q=citta&sdg=11&missione=04&esito=parziali",
    ] {
        let f = filter::Filter::from_query(q);
        let (ms, r) = time(runs, || facets.apply(&index, &f));
        println!(
            "filter {:<42} {ms:8.1} ms  [{} of {}]",
            format!("«{q}»:"),
            r.matches.len(),
            r.total
        );
    }
    let mut edited = plan.clone();
    edited.objectives.remove(3);
    edited.objectives[0].children[0].title = "Rinominato".into();
    edited.objectives[1].children[1].children[2].indicators[0].target = None;
    let b = analyse(&edited);
    let (diff_ms, d) = time(runs, || diff::diff(&plan, &a, &edited, &b));
    println!(
        "diff with an edited copy:              {diff_ms:8.1} ms  [{} objectives differ]",
        d.objectives.len()
    );

    calculator(runs, &plan, &a);
}

/// The calculator on `plan`: one edit (the last measurable indicator's final
/// value, plus one), recomputed the ways a page or the command can.
fn calculator(runs: usize, plan: &PlanFile, a: &Analysis) {
    let nodes = model::flatten_objectives(plan);
    let measurable = |i: &score::IndicatorScore| {
        let ind = &nodes[i.node].obj.indicators[i.index];
        (ind.target_in_words().is_none() && ind.target.is_some()).then_some(ind)
    };
    // The last measurable indicator with a value (its value + 1), else the
    // last objective scored by its published result (at 0), else the last
    // measurable indicator without a value (at 1).
    let edit = a
        .scores
        .indicators
        .iter()
        .rev()
        .filter(|i| i.achievement().is_some())
        .find_map(measurable)
        .map(|ind| edits::Edit {
            field: edits::Field::Final,
            id: ind.id.clone(),
            value: edits::Value::Number(Dec(ind
                .actual
                .as_ref()
                .and_then(|x| x.final_value)
                .unwrap_or_default()
                .get()
                + rust_decimal::Decimal::ONE)),
        })
        .or_else(|| {
            a.scores
                .nodes
                .iter()
                .rev()
                .find(|n| n.basis == score::Basis::Published)
                .map(|n| edits::Edit {
                    field: edits::Field::ObjectiveResult,
                    id: n.id.clone(),
                    value: edits::Value::Number(Dec::ZERO),
                })
        })
        .or_else(|| {
            a.scores
                .indicators
                .iter()
                .rev()
                .find_map(measurable)
                .map(|ind| edits::Edit {
                    field: edits::Field::Final,
                    id: ind.id.clone(),
                    value: edits::Value::Number(Dec(rust_decimal::Decimal::ONE)),
                })
        })
        .expect("something to edit");
    let one = [edit.clone()];
    println!("calculator, one edit ({edit}):");
    let (apply_ms, _) = time(runs, || edits::apply(plan, &one).expect("applies"));
    let (full_ms, full) = time(runs, || analyse(&edits::apply(plan, &one).unwrap()));
    let (scores_ms, s) = time(runs, || {
        simulate::scores_only(&edits::apply(plan, &one).unwrap())
    });
    assert_eq!(full.scores, s);
    let mut calc = simulate::Calculator::new(plan.clone(), a.scores.clone());
    let (edit_ms, _) = time(runs, || {
        calc.edit(&edit).map(|c| c.ancestors.len()).unwrap()
    });
    let (sim_ms, _) = time(runs, || {
        simulate::simulate(plan, &one, &Options::default()).unwrap()
    });
    let (flat_ms, _) = time(runs, || {
        (
            model::flatten_objectives(plan).len(),
            model::flatten_units(plan).len(),
        )
    });
    let (sens_ms, w) = time(runs, || simulate::sensitivity(plan, &a.scores));
    println!("  apply to a copy (clone):            {apply_ms:8.1} ms");
    println!(
        "  apply + analyse (checks too):       {full_ms:8.1} ms  [overall {} → {}]",
        a.scores.overall.map(it::percent).unwrap_or_default(),
        full.scores.overall.map(it::percent).unwrap_or_default()
    );
    println!("  apply + scores only (no checks):    {scores_ms:8.1} ms");
    println!("  Calculator::edit (in place, scores only, what changed): {edit_ms:8.1} ms");
    println!("    of which the flat views (model::flatten_*): {flat_ms:8.1} ms");
    println!("  simulate (the command: + analyse):  {sim_ms:8.1} ms");
    println!(
        "  quanto conta (every objective):     {sens_ms:8.1} ms  [{} objectives]",
        w.len()
    );
}
