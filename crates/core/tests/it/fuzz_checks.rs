//! The checking logic of the fuzz targets, in one copy.
//!
//! Each `pub fn` takes the raw bytes a fuzzer produces and asserts the
//! properties the core promises (a failed assertion is a bug, like a panic).
//! It is compiled twice: by the `cargo fuzz` targets in `fuzz/fuzz_targets/`
//! (with `#[path]`) and by the integration tests (`fuzz_regressions.rs`),
//! which replay the committed regression inputs and the seed files under
//! plain `cargo test`. It may use only `cruscotto_core`, `rust_decimal`,
//! `serde_json`, `arbitrary` and `std`.

#![allow(dead_code)]

use std::collections::HashMap;

use arbitrary::{Arbitrary, Unstructured};
use cruscotto_core::money::RatioKind;
use cruscotto_core::richtext::{self, Node};
use cruscotto_core::score::{self, Basis, IndicatorState, Part, PartKind};
use cruscotto_core::*;
use rust_decimal::Decimal;

// ---------------------------------------------------------------- parse_analyse

/// Arbitrary bytes → `parse_plan` → (if a plan) `analyse`, with every message
/// rendered and every position checked against the bytes.
pub fn parse_analyse(data: &[u8]) {
    match parse_plan(data) {
        Err(e) => check_parse_error(data, &e),
        Ok(plan) => {
            // What was read is written back and read again identically.
            let again = serde_json::to_vec(&plan).expect("a parsed plan serialises");
            assert_eq!(
                parse_plan(&again).as_ref(),
                Ok(&plan),
                "write + read changed the plan"
            );
            let a = analyse(&plan);
            check_analysis(data, &plan, &a);
            let dated = analyse_with(
                &plan,
                &Options {
                    as_of: Some("2024-06-30".into()),
                },
            );
            check_analysis(data, &plan, &dated);
        }
    }
}

/// Line `l` (1-based) of `bytes`, without its newline.
fn line_of(bytes: &[u8], l: usize) -> Option<&[u8]> {
    bytes.split(|&b| b == b'\n').nth(l.checked_sub(1)?)
}

/// A 1-based line:column lies within `bytes` (the column may be one past
/// the end of the line: a missing value or bracket is reported there).
fn assert_position_in(bytes: &[u8], line: usize, column: usize, what: &str) {
    let text = line_of(bytes, line)
        .unwrap_or_else(|| panic!("{what}: line {line} is past the end of the input"));
    let chars = String::from_utf8_lossy(text).chars().count();
    assert!(
        column >= 1 && column <= chars + 1,
        "{what}: column {column} outside line {line} ({chars} characters)"
    );
}

/// Whether some JSON string of the input holds `.`, `[` or `]`: a key like
/// that makes a path ambiguous to read back (the path is for people).
fn has_path_like_key(bytes: &[u8]) -> bool {
    let (mut in_str, mut esc) = (false, false);
    for &b in bytes {
        if in_str {
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            } else if matches!(b, b'.' | b'[' | b']') {
                return true;
            }
        } else if b == b'"' {
            in_str = true;
        }
    }
    false
}

/// `$`, then `.key` or `[index]` steps.
fn is_path(path: &str) -> bool {
    let Some(mut rest) = path.strip_prefix('$') else {
        return false;
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return false;
            };
            if end == 0 || !r[..end].bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            rest = &r[end + 1..];
        } else {
            return false;
        }
    }
    true
}

/// The path without its last step (`None` for `$`).
fn parent_path(path: &str) -> Option<&str> {
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

fn check_parse_error(data: &[u8], e: &ParsePlanError) {
    for lang in [Lang::It, Lang::En] {
        let m = e.message(lang);
        assert!(!m.trim().is_empty(), "empty parse message for {e:?}");
    }
    assert!(e.path.starts_with('$'), "path {:?} of {e:?}", e.path);
    if !has_path_like_key(data) {
        assert!(is_path(&e.path), "malformed path {:?} of {e:?}", e.path);
    }
    if e.line == 0 {
        assert_eq!(e.column, 0, "a column without a line: {e:?}");
    } else {
        let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        assert_position_in(body, e.line, e.column, &format!("{e:?}"));
    }
    // Unknown positions are only for errors about the whole file.
    if matches!(
        e.kind,
        ParseErrorKind::Syntax { .. } | ParseErrorKind::Truncated | ParseErrorKind::TooDeep
    ) {
        assert!(e.line >= 1, "a syntax error without a position: {e:?}");
    }
}

/// Properties of an analysis that hold for every plan.
pub fn check_analysis(data: &[u8], plan: &PlanFile, a: &Analysis) {
    // Findings: errors first, each with two sentences and a path that is
    // in the file (or names a missing field of an object that is).
    assert!(
        a.diagnostics
            .windows(2)
            .all(|w| w[0].severity <= w[1].severity),
        "findings not sorted by severity"
    );
    assert_eq!(a.is_valid(), a.count(Severity::Error) == 0);
    for d in &a.diagnostics {
        assert_eq!(d.severity, d.check.severity());
        for lang in [Lang::It, Lang::En] {
            assert!(!d.message(lang).trim().is_empty(), "{d:?}");
            assert!(!d.why(lang).is_empty(), "{d:?}");
        }
        assert!(!d.code().is_empty());
        assert!(d.path.starts_with('$'), "{d:?}");
        let here = locate(data, &d.path).or_else(|| locate(data, parent_path(&d.path)?));
        match here {
            Some((l, c)) => assert_position_in(
                data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data),
                l,
                c,
                &format!("{d:?}"),
            ),
            None => panic!("finding {} at {} not found in the file", d.code(), d.path),
        }
    }
    check_scores(plan, a);
    check_money(plan, a);
}

fn check_scores(plan: &PlanFile, a: &Analysis) {
    let m = &plan.scoring;
    let s = &a.scores;
    let nodes = model::flatten_objectives(plan);
    assert_eq!(s.nodes.len(), nodes.len());
    // Indicators: what score_indicator says, floored at 0, capped at the cap.
    for ind in &s.indicators {
        let i = &nodes[ind.node].obj.indicators[ind.index];
        if !matches!(
            ind.state,
            IndicatorState::Withdrawn | IndicatorState::Neutralised
        ) {
            assert_eq!(ind.state, score::score_indicator(i, m));
        }
        if let IndicatorState::Scored {
            achievement,
            uncapped,
            ..
        } = ind.state
        {
            check_capped(achievement, uncapped, m);
        }
    }
    // Nodes: the combination of their parts, as declared.
    for n in &s.nodes {
        if n.basis != Basis::Computed {
            continue;
        }
        let (v, used, _) = score::combine(&n.parts, n.combine);
        assert_eq!(used, n.combine);
        assert_eq!(v, n.computed, "node {} is not its parts combined", n.id);
        check_mean(&n.parts, n.combine, n.computed);
    }
    let bands = score::band_counts(s, &m.bands);
    assert_eq!(
        bands.counts.iter().sum::<usize>() + bands.below + bands.unscored,
        bands.total
    );
}

/// An indicator's achievement: never below 0, never above the plan's cap.
fn check_capped(achievement: Dec, uncapped: Option<Dec>, m: &ScoringMethod) {
    let v = achievement.get();
    match m.cap {
        Some(cap) => {
            let cap = cap.get();
            assert!(
                v <= cap.max(Decimal::ZERO) || v == cap,
                "{v} above cap {cap}"
            );
            if cap >= Decimal::ZERO {
                assert!(v >= Decimal::ZERO, "{v} below 0");
            }
            if let Some(u) = uncapped {
                assert_eq!(v, cap, "capped to something else than the cap");
                assert!(u.get() > cap, "uncapped {u} not above cap {cap}");
            }
        }
        None => {
            assert!(v >= Decimal::ZERO, "{v} below 0");
            assert!(uncapped.is_none());
        }
    }
}

/// A mean of equal values is that value; a mean with non-negative weights
/// lies between its smallest and largest part.
fn check_mean(parts: &[Part], how: Combine, got: Option<Dec>) {
    let Some(first) = parts.first() else {
        return;
    };
    let Some(got) = got else {
        return;
    };
    let weighted = how == Combine::Weighted;
    if weighted
        && parts
            .iter()
            .any(|p| p.weight.is_some_and(|w| w.get() < Decimal::ZERO))
    {
        return;
    }
    if parts.iter().all(|p| p.value == first.value) {
        assert_eq!(got, first.value, "the mean of equal values is that value");
    }
    let lo = parts.iter().map(|p| p.value).min().unwrap_or(first.value);
    let hi = parts.iter().map(|p| p.value).max().unwrap_or(first.value);
    assert!(got >= lo && got <= hi, "mean {got} outside [{lo}, {hi}]");
}

/// Exact sum of a total row per column, resolving totals of totals, the
/// straightforward way; `Err` on overflow, `None` on a cycle.
fn exact_row_sum(
    t: &BudgetTable,
    r: usize,
    visiting: &mut Vec<usize>,
) -> Option<Result<HashMap<MoneyColumn, Decimal>, ()>> {
    if visiting.contains(&r) {
        return None;
    }
    visiting.push(r);
    let mut acc: HashMap<MoneyColumn, Decimal> = HashMap::new();
    for id in &t.rows[r].sum_of {
        // The first row with that id, as the core's index keeps the last:
        // ids are unique in a valid table; skip tables where they are not.
        let Some(j) = t.rows.iter().position(|x| &x.id == id) else {
            continue;
        };
        let vals: HashMap<MoneyColumn, Decimal> = if t.rows[j].sum_of.is_empty() {
            MoneyColumn::ALL
                .iter()
                .filter_map(|c| Some((*c, t.rows[j].values.get(*c)?.get())))
                .collect()
        } else {
            match exact_row_sum(t, j, visiting)? {
                Ok(v) => v,
                Err(()) => return Some(Err(())),
            }
        };
        for (c, v) in vals {
            let prev = acc.get(&c).copied().unwrap_or_default();
            match prev.checked_add(v) {
                Some(s) => {
                    acc.insert(c, s);
                }
                None => return Some(Err(())),
            }
        }
    }
    visiting.pop();
    Some(Ok(acc))
}

fn has_overflow_finding(a: &Analysis, path: &str) -> bool {
    a.diagnostics
        .iter()
        .any(|d| d.path.starts_with(path) && matches!(d.check, Check::TooLarge))
}

fn check_money(plan: &PlanFile, a: &Analysis) {
    assert_eq!(a.money.tables.len(), plan.money.budget.len());
    for (ti, (t, rep)) in plan.money.budget.iter().zip(&a.money.tables).enumerate() {
        assert_eq!(rep.rows.len(), t.rows.len());
        let unique = t
            .rows
            .iter()
            .enumerate()
            .all(|(i, r)| t.rows[..i].iter().all(|x| x.id != r.id));
        for (ri, (r, rr)) in t.rows.iter().zip(&rep.rows).enumerate() {
            let rp = format!("$.money.budget[{ti}].rows[{ri}]");
            // Totals equal the sums of their rows, exactly.
            if unique && !r.sum_of.is_empty() {
                match exact_row_sum(t, ri, &mut Vec::new()) {
                    None => assert!(rr.sums.is_none(), "{rp}: a cycle summed"),
                    Some(Err(())) => {
                        assert!(rr.sums.is_none(), "{rp}: an overflowing sum given");
                        assert!(has_overflow_finding(a, &rp), "{rp}: overflow not reported");
                    }
                    Some(Ok(sum)) => {
                        let s = rr.sums.as_ref().expect("a total row has sums");
                        for c in MoneyColumn::ALL {
                            assert_eq!(
                                s.get(*c).map(Dec::get),
                                sum.get(c).copied(),
                                "{rp}: sum of {c:?}"
                            );
                        }
                    }
                }
            }
            // Scostamento and percentages: exact, or an overflow reported.
            if let Some((exec, base)) = rep.primary {
                if let (Some(e), Some(b)) = (r.values.get(exec), r.values.get(base)) {
                    match e.get().checked_sub(b.get()) {
                        Some(d) => assert_eq!(rr.difference, Some(Dec(d)), "{rp}"),
                        None => {
                            assert_eq!(rr.difference, None, "{rp}");
                            assert!(has_overflow_finding(a, &rp), "{rp}: overflow not reported");
                        }
                    }
                }
            }
            for (k, v) in &rr.ratios {
                let (x, y) = k.columns();
                let (x, y) = (r.values.get(x), r.values.get(y));
                let (x, y) = (x.expect("ratio numerator"), y.expect("ratio denominator"));
                assert_eq!(Some(v.get()), money::percent_of(x.get(), y.get()));
                let _ = RatioKind::as_str(*k);
            }
        }
    }
    // Cost totals: the sums of the costs of the objectives or processes.
    let nodes = model::flatten_objectives(plan);
    for c in &a.money.cost_totals {
        let members: Vec<&Costs> = nodes
            .iter()
            .filter(|n| {
                (n.obj.kind == Some(ObjectiveKind::Processo)) == (c.group == CostGroup::Processi)
            })
            .filter_map(|n| n.obj.costs.as_ref())
            .collect();
        assert_eq!(c.count as usize, members.len());
        for (key, get, _) in money::COST_FIELDS {
            let mut sum: Option<Result<Decimal, ()>> = None;
            for v in members.iter().filter_map(|m| get(m)) {
                sum = Some(match sum {
                    None => Ok(v.get()),
                    Some(Ok(s)) => s.checked_add(v.get()).ok_or(()),
                    Some(Err(())) => Err(()),
                });
            }
            match sum {
                Some(Err(())) => {
                    assert_eq!(
                        get(&c.sums),
                        None,
                        "cost total {key}: overflow given a value"
                    );
                    assert!(
                        a.diagnostics
                            .iter()
                            .any(|d| matches!(d.check, Check::TooLarge)),
                        "cost total {key}: overflow not reported"
                    );
                }
                other => assert_eq!(
                    get(&c.sums).map(Dec::get),
                    other.map(|r| r.unwrap_or_default()),
                    "cost total {key}"
                ),
            }
        }
    }
}

// ------------------------------------------------------------------ calculator

/// A decimal, biased towards the values that break calculators: zero, tiny,
/// huge (up to the 28 significant digits the format allows), negative.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Num {
    Small(i16, u8),
    Int(i64),
    Wide(u128, bool, u8),
    Max(bool),
    Tiny(bool),
    Zero,
    Hundred,
}

impl Num {
    pub fn dec(self) -> Decimal {
        const LIMIT: u128 = 10_000_000_000_000_000_000_000_000_000; // 10^28
        match self {
            Num::Small(m, s) => Decimal::new(m.into(), u32::from(s % 5)),
            Num::Int(i) => Decimal::from(i),
            Num::Wide(m, neg, s) => {
                let m = (m % LIMIT) as i128;
                Decimal::from_i128_with_scale(if neg { -m } else { m }, u32::from(s % 29))
            }
            Num::Max(neg) => {
                let m = (LIMIT - 1) as i128;
                Decimal::from_i128_with_scale(if neg { -m } else { m }, 0)
            }
            Num::Tiny(neg) => Decimal::new(if neg { -1 } else { 1 }, 28),
            Num::Zero => Decimal::ZERO,
            Num::Hundred => Decimal::ONE_HUNDRED,
        }
    }
    fn json(self) -> serde_json::Value {
        serde_json::Value::String(self.dec().to_string())
    }
}

#[derive(Arbitrary, Debug)]
pub struct IndicatorIn {
    informativo: bool,
    comparator: u8,
    value: Option<Num>,
    min: Option<Num>,
    max: Option<Num>,
    direction: Option<bool>,
    weight: Option<Num>,
    actual: Option<Num>,
}

#[derive(Arbitrary, Debug)]
pub struct NodeIn {
    /// Index of the parent among the earlier nodes (modulo), or a root.
    parent: Option<u8>,
    weight: Option<Num>,
    published: Option<Num>,
    withdrawn: bool,
    processo: bool,
    indicators: Vec<IndicatorIn>,
    costs: Option<[Option<Num>; 5]>,
}

#[derive(Arbitrary, Debug)]
pub struct RowIn {
    values: [Option<Num>; 6],
    /// Indices of the rows it adds up (modulo the number of rows).
    sum_of: Vec<u8>,
    published_difference: Option<Num>,
    published_percent: Option<Num>,
}

#[derive(Arbitrary, Debug)]
pub struct TableIn {
    uscite: bool,
    columns: u8,
    rows: Vec<RowIn>,
}

/// A plan's numbers, built by the fuzzer.
#[derive(Arbitrary, Debug)]
pub struct CalcInput {
    cap: Option<Num>,
    weighted_indicators: bool,
    weighted_children: bool,
    rollup_indicators: bool,
    relative_weights: bool,
    bands: Vec<Num>,
    nodes: Vec<NodeIn>,
    tables: Vec<TableIn>,
    cost_totals: Vec<(bool, Option<u8>, [Option<Num>; 5])>,
    /// Direct checks of the combination: a value and weights.
    equal: (Num, Vec<Option<Num>>),
}

fn costs_json(c: &[Option<Num>; 5]) -> serde_json::Value {
    let mut o = serde_json::Map::new();
    for ((k, _, _), v) in money::COST_FIELDS.iter().zip(c) {
        if let Some(v) = v {
            o.insert((*k).into(), v.json());
        }
    }
    serde_json::Value::Object(o)
}

fn opt(o: &mut serde_json::Map<String, serde_json::Value>, key: &str, v: Option<Num>) {
    if let Some(v) = v {
        o.insert(key.into(), v.json());
    }
}

impl CalcInput {
    /// The plan file, as JSON text.
    pub fn to_json(&self) -> Vec<u8> {
        use serde_json::{json, Map, Value};
        let mut objs: Vec<Map<String, Value>> = Vec::new();
        let mut parents: Vec<Option<usize>> = Vec::new();
        for (i, n) in self.nodes.iter().enumerate().take(40) {
            let mut o = Map::new();
            o.insert("id".into(), json!(format!("o{i}")));
            o.insert("title".into(), json!(format!("Obiettivo {i}")));
            opt(&mut o, "weight", n.weight);
            opt(&mut o, "published_achievement", n.published);
            if n.withdrawn {
                o.insert("status".into(), json!("ritirato"));
            }
            if n.processo {
                o.insert("kind".into(), json!("processo"));
            }
            if let Some(c) = &n.costs {
                o.insert("costs".into(), costs_json(c));
            }
            let inds: Vec<Value> = n
                .indicators
                .iter()
                .take(8)
                .enumerate()
                .map(|(k, ind)| {
                    let mut io = Map::new();
                    io.insert("id".into(), json!(format!("i{i}_{k}")));
                    io.insert("name".into(), json!("Indicatore"));
                    if ind.informativo {
                        io.insert("kind".into(), json!("informativo"));
                    }
                    let cmp = [">=", "<=", "=", "range"][usize::from(ind.comparator % 4)];
                    let mut t = Map::new();
                    t.insert("comparator".into(), json!(cmp));
                    opt(&mut t, "value", ind.value);
                    opt(&mut t, "min", ind.min);
                    opt(&mut t, "max", ind.max);
                    io.insert("target".into(), Value::Object(t));
                    if let Some(d) = ind.direction {
                        io.insert(
                            "direction".into(),
                            json!(if d { "lower" } else { "higher" }),
                        );
                    }
                    opt(&mut io, "weight", ind.weight);
                    if let Some(a) = ind.actual {
                        io.insert("actual".into(), json!({ "final": a.json() }));
                    }
                    Value::Object(io)
                })
                .collect();
            if !inds.is_empty() {
                o.insert("indicators".into(), Value::Array(inds));
            }
            objs.push(o);
            parents.push(n.parent.filter(|_| i > 0).map(|p| usize::from(p) % i));
        }
        // Children after parents in the input: build the tree bottom-up.
        let mut kids: Vec<Vec<Value>> = vec![Vec::new(); objs.len()];
        let mut roots = Vec::new();
        for i in (0..objs.len()).rev() {
            let mut o = std::mem::take(&mut objs[i]);
            let mut ch = std::mem::take(&mut kids[i]);
            if !ch.is_empty() {
                ch.reverse();
                o.insert("children".into(), Value::Array(ch));
            }
            match parents[i] {
                Some(p) => kids[p].push(Value::Object(o)),
                None => roots.push(Value::Object(o)),
            }
        }
        roots.reverse();
        let cols: Vec<&str> = MoneyColumn::ALL.iter().map(|c| c.as_str()).collect();
        let tables: Vec<Value> = self
            .tables
            .iter()
            .take(4)
            .enumerate()
            .map(|(ti, t)| {
                let mut columns: Vec<&str> = (0..6)
                    .filter(|k| t.columns & (1 << k) != 0)
                    .map(|k| cols[k])
                    .collect();
                if columns.is_empty() {
                    columns.push("assestato");
                }
                let n = t.rows.len().min(12);
                let rows: Vec<Value> = t
                    .rows
                    .iter()
                    .take(n)
                    .enumerate()
                    .map(|(ri, r)| {
                        let mut v = Map::new();
                        for (k, x) in r.values.iter().enumerate() {
                            if let (Some(x), true) = (x, columns.contains(&cols[k])) {
                                v.insert(cols[k].into(), x.json());
                            }
                        }
                        let mut ro = Map::new();
                        ro.insert("id".into(), json!(format!("r{ri}")));
                        ro.insert("label".into(), json!("Riga"));
                        ro.insert("values".into(), Value::Object(v));
                        let sum: Vec<Value> = r
                            .sum_of
                            .iter()
                            .take(6)
                            .map(|s| json!(format!("r{}", usize::from(*s) % n)))
                            .collect();
                        if !sum.is_empty() {
                            ro.insert("sum_of".into(), Value::Array(sum));
                        }
                        opt(&mut ro, "published_difference", r.published_difference);
                        opt(&mut ro, "published_percent", r.published_percent);
                        Value::Object(ro)
                    })
                    .collect();
                json!({
                    "id": format!("t{ti}"),
                    "title": "Tabella",
                    "side": if t.uscite { "uscite" } else { "entrate" },
                    "columns": columns,
                    "rows": rows,
                })
            })
            .collect();
        let cost_totals: Vec<Value> = self
            .cost_totals
            .iter()
            .take(2)
            .map(|(processi, count, amounts)| {
                let mut o = Map::new();
                o.insert("label".into(), json!("Totale"));
                o.insert(
                    "group".into(),
                    json!(if *processi { "processi" } else { "obiettivi" }),
                );
                if let Some(c) = count {
                    o.insert("count".into(), json!(c));
                }
                o.insert("amounts".into(), costs_json(amounts));
                Value::Object(o)
            })
            .collect();
        let mut scoring = Map::new();
        opt(&mut scoring, "cap", self.cap);
        let w = |b: bool| json!(if b { "weighted" } else { "arithmetic" });
        scoring.insert("indicators".into(), w(self.weighted_indicators));
        scoring.insert("children".into(), w(self.weighted_children));
        scoring.insert(
            "rollup".into(),
            json!(if self.rollup_indicators {
                "indicators"
            } else {
                "children"
            }),
        );
        scoring.insert(
            "weights".into(),
            json!(if self.relative_weights {
                "relative"
            } else {
                "percent"
            }),
        );
        let bands: Vec<Value> = self
            .bands
            .iter()
            .take(4)
            .map(|b| json!({"min": b.json(), "label": "fascia"}))
            .collect();
        if !bands.is_empty() {
            scoring.insert("bands".into(), Value::Array(bands));
        }
        let plan = json!({
            "format": "cruscotto/1",
            "document": {
                "title": "Piano",
                "kind": "relazione",
                "municipality": {"name": "Comune"},
                "period": {"start": 2024, "end": 2024},
                "published_on": "2025-06-30",
            },
            "scoring": scoring,
            "objectives": roots,
            "money": {"budget": tables, "cost_totals": cost_totals},
        });
        serde_json::to_vec_pretty(&plan).expect("JSON")
    }
}

/// Structured numbers → a plan → the calculator: scores capped as the plan
/// says, means of equal values equal to that value, totals equal to their
/// sums exactly, and overflow an error, never a panic or a wrong number.
pub fn calculator(data: &[u8]) {
    let Ok(input) = CalcInput::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let bytes = input.to_json();
    let plan = match parse_plan(&bytes) {
        Ok(p) => p,
        Err(e) => panic!("a well-formed plan refused: {}", e.message(Lang::En)),
    };
    let a = analyse(&plan);
    check_analysis(&bytes, &plan, &a);

    // The combination rule on its own: equal values, any weights.
    let (v, weights) = &input.equal;
    let v = Dec(v.dec());
    let parts: Vec<Part> = weights
        .iter()
        .take(16)
        .enumerate()
        .map(|(i, w)| Part {
            kind: PartKind::Child(i),
            value: v,
            weight: w.map(|w| Dec(w.dec().abs())),
        })
        .collect();
    for how in [Combine::Arithmetic, Combine::Weighted] {
        let (got, used, fell) = score::combine(&parts, how);
        if parts.is_empty() {
            assert_eq!(got, None);
            continue;
        }
        // Either that value, or (only when the weights themselves overflow)
        // no value at all — never another number.
        if let Some(g) = got {
            assert_eq!(g, v, "mean of equal values ({how:?}, used {used:?})");
        } else {
            assert_eq!(
                used,
                Combine::Weighted,
                "a plain mean of equal values failed"
            );
        }
        assert_eq!(
            fell,
            how == Combine::Weighted && used == Combine::Arithmetic
        );
    }
}

// -------------------------------------------------------------------- richtext

/// Arbitrary text → the allowlist parser: no executable element, attribute
/// or URL can come out; plain-text extraction never fails.
pub fn richtext(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let r = richtext::parse_rich_text(&text);
    check_nodes(&r.nodes, 0, false);
    for w in &r.removed {
        assert!(!w.is_empty());
    }
    let plain = richtext::plain_text(&text);
    assert_eq!(plain.trim(), plain, "plain text not trimmed");
    assert!(!plain.contains("  "), "plain text with double spaces");
    let _ = richtext::looks_like_markup(&text);
    let _ = richtext::decode_entities(&text);
}

/// Whether a browser would follow `href` to an `http:` or `https:` address:
/// the URL standard strips leading and trailing C0 controls and spaces and
/// removes tabs and newlines anywhere, then reads the scheme.
pub fn browser_scheme_is_http(href: &str) -> bool {
    let s: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn check_nodes(nodes: &[Node], depth: usize, in_link: bool) {
    assert!(depth <= 66, "nesting deeper than the parser allows");
    for n in nodes {
        match n {
            Node::Text(t) => assert!(!t.is_empty(), "empty text node"),
            Node::Break => {}
            Node::Element(_, c) => check_nodes(c, depth + 1, in_link),
            Node::Link(href, c) => {
                assert!(!in_link, "a link inside a link");
                assert!(
                    browser_scheme_is_http(href),
                    "link whose scheme is not http/https: {href:?}"
                );
                assert!(
                    !href.chars().any(char::is_control),
                    "link with control characters: {href:?}"
                );
                check_nodes(c, depth + 1, true);
            }
        }
    }
}

// ------------------------------------------------------------------ decimal_it

/// Decimal text → `Dec` → Italian formats, and back.
pub fn decimal_it(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.lines().next().unwrap_or("");
    let plain_syntax = |t: &str| {
        let body = t.strip_prefix('-').unwrap_or(t);
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(int) && frac.is_none_or(digits)
    };
    match Dec::parse(text) {
        Ok(d) => {
            assert!(plain_syntax(text), "{text:?} accepted");
            // Exact: the text and the value agree.
            assert_eq!(Decimal::from_str_exact(text).ok(), Some(d.get()));
            let back = Dec::parse(&d.to_string()).expect("a decimal's own text");
            assert_eq!(back, d);
            assert_eq!(back.get().scale(), d.get().scale());
            check_italian(d);
        }
        Err(decimal::ParseDecError::OutOfRange(_)) => {
            assert!(plain_syntax(text), "{text:?} out of range but not plain");
        }
        Err(decimal::ParseDecError::Exponent(_)) => {
            assert!(text.contains(['e', 'E']));
        }
        Err(decimal::ParseDecError::Empty) => assert!(text.is_empty()),
        Err(decimal::ParseDecError::Syntax(_)) => {
            assert!(!plain_syntax(text), "{text:?} refused but plain");
        }
    }
    // Any decimal the calculator can make, formatted and read back.
    if let Ok(n) = Num::arbitrary_take_rest(Unstructured::new(data)) {
        check_italian(Dec(n.dec()));
    }
    let _ = it::date(text);
}

/// Reads an Italian number back: `-1.234,5` → -1234.5.
fn from_italian(s: &str) -> Decimal {
    let t = s.replace('.', "");
    // Padding zeros beyond what a decimal holds are only padding.
    let t = match t.split_once(',') {
        Some((i, f)) if !f.trim_end_matches('0').is_empty() => {
            format!("{i}.{}", f.trim_end_matches('0'))
        }
        Some((i, _)) => i.to_string(),
        None => t,
    };
    Decimal::from_str_exact(&t).unwrap_or_else(|e| panic!("{s:?} is not a number: {e}"))
}

fn check_italian(d: Dec) {
    for dp in [0, 1, 2, 4, 28] {
        let s = it::number(d.get(), dp);
        let r = it::round(d.get(), dp);
        assert_eq!(from_italian(&s), r, "{d} at {dp} decimals: {s}");
        let want_frac = if dp == 0 { 0 } else { dp as usize };
        let frac = s.split_once(',').map_or(0, |(_, f)| f.len());
        assert_eq!(frac, want_frac, "{s}");
        // Groups of three digits.
        let int = s.trim_start_matches('-').split(',').next().unwrap_or("");
        let groups: Vec<&str> = int.split('.').collect();
        assert!(groups[0].len() <= 3 && !groups[0].is_empty(), "{s}");
        assert!(groups[1..].iter().all(|g| g.len() == 3), "{s}");
    }
    assert_eq!(from_italian(&it::plain(d)), d.get());
    assert!(it::percent(d).ends_with(" %"));
    assert!(it::euro(d).ends_with(" €"));
}
