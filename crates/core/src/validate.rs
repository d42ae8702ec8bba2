//! Structural and semantic checks of a parsed plan: ids, references, dates,
//! codes, weights, targets, tables, rich text. The checks that need computed
//! numbers (published vs computed, totals) live with the calculator
//! ([`crate::score`], [`crate::money`]).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;
use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use crate::check::{Check, CodeScope, Findings};
use crate::decimal::Dec;
use crate::format::*;
use crate::model::{FlatNode, FlatUnit};
use crate::richtext;

/// Valid missione codes of the budget (D.Lgs. 118/2011).
pub const MISSIONS: &[&str] = &[
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "20", "50", "60", "99",
];

/// True for a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    // Digits read directly (this runs for every deadline of a large plan).
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2200).contains(&y) && (1..=days).contains(&d)
}

fn plausible_year(y: i32) -> bool {
    (1900..=2200).contains(&y)
}

/// The ids seen so far, each with the place of its first owner: `P` is
/// whatever names that place cheaply (its path is written out only for a
/// finding).
struct Ids<'a, P> {
    seen: HashMap<&'a str, P>,
}

impl<'a, P> Ids<'a, P> {
    fn new() -> Self {
        Ids {
            seen: HashMap::default(),
        }
    }
    fn check(&mut self, f: &mut Findings, id: &'a str, place: P, path: &dyn Fn(&P) -> String) {
        if id.trim().is_empty() {
            f.add(
                format!("{}.id", path(&place)),
                Check::EmptyText { field: "id" },
            );
        } else if let Some(first) = self.seen.get(id) {
            f.add(
                format!("{}.id", path(&place)),
                Check::DuplicateId {
                    id: id.to_string(),
                    first: path(first),
                },
            );
        } else {
            self.seen.insert(id, place);
        }
    }
}

/// The path of an objective's indicator.
fn indicator_path(objective: &str, i: usize) -> String {
    format!("{objective}.indicators[{i}]")
}

/// A place named by its path (the places of `Ids<String>`).
#[allow(clippy::ptr_arg)]
fn written(p: &String) -> String {
    p.to_owned()
}

// The checks below take the path of what they check as a closure: it is
// written out only when they report something (most values are fine, and a
// large plan has hundreds of thousands of them).

fn check_date(f: &mut Findings, path: &dyn Fn() -> String, value: &Option<String>) {
    if let Some(v) = value {
        if !is_iso_date(v) {
            let path = path();
            let deadline = path.ends_with(".deadline");
            f.add(
                path,
                Check::InvalidDate {
                    value: v.clone(),
                    deadline,
                },
            );
        }
    }
}

fn check_plain(f: &mut Findings, path: &dyn Fn() -> String, field: &'static str, value: &str) {
    if richtext::looks_like_markup(value) {
        let dangerous = richtext::parse_rich_text(value).removed;
        f.add(path(), Check::MarkupInPlainText { field, dangerous });
    }
}

fn check_text(f: &mut Findings, path: &dyn Fn() -> String, field: &'static str, value: &str) {
    if value.trim().is_empty() {
        f.add(path(), Check::EmptyText { field });
    } else {
        check_plain(f, path, field, value);
    }
}

/// Runs the structural checks.
pub(crate) fn validate(
    plan: &PlanFile,
    nodes: &[FlatNode<'_>],
    units: &[FlatUnit<'_>],
    f: &mut Findings,
) {
    let doc = &plan.document;
    check_text(f, &|| "$.document.title".into(), "title", &doc.title);
    check_text(
        f,
        &|| "$.document.municipality.name".into(),
        "name",
        &doc.municipality.name,
    );
    if let Some(code) = &doc.municipality.istat_code {
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            f.add(
                "$.document.municipality.istat_code",
                Check::InvalidIstat {
                    value: code.clone(),
                },
            );
        }
    }
    let (start, end) = (doc.period.start, doc.period.end);
    if start > end || !plausible_year(start) || !plausible_year(end) {
        f.add("$.document.period", Check::InvalidPeriod { start, end });
    }
    if let Some(y) = doc.reference_year {
        if !plausible_year(y) {
            f.add("$.document.reference_year", Check::InvalidYear { value: y });
        }
    }
    if let Some(a) = &doc.approval {
        check_date(f, &|| "$.document.approval.date".into(), &a.date);
    }
    for (i, a) in doc.related_acts.iter().enumerate() {
        check_date(f, &|| format!("$.document.related_acts[{i}].date"), &a.date);
    }
    check_date(f, &|| "$.document.published_on".into(), &doc.published_on);
    if let Some(u) = &doc.source_url {
        if !richtext::is_safe_url(u) {
            f.add(
                "$.document.source_url",
                Check::InvalidUrl { value: u.clone() },
            );
        }
    }

    let mut level_ids = Ids::new();
    for (i, l) in plan.levels.iter().enumerate() {
        let p = format!("$.levels[{i}]");
        level_ids.check(f, &l.id, p.clone(), &written);
        check_text(f, &|| format!("{p}.name"), "name", &l.name);
    }

    let mut unit_ids = Ids::new();
    for u in units {
        unit_ids.check(f, &u.unit.id, u.path.as_str(), &|p| p.to_string());
        check_text(f, &|| format!("{}.name", u.path), "name", &u.unit.name);
    }
    let known_units: HashSet<&str> = units.iter().map(|u| u.unit.id.as_str()).collect();
    let known_levels: HashSet<&str> = plan.levels.iter().map(|l| l.id.as_str()).collect();

    let mut obj_ids = Ids::new();
    let mut ind_ids = Ids::new();
    let mut codes = Codes::default();
    let percent_weights = plan.scoring.weights() == WeightKind::Percent;
    let known_objectives: HashSet<&str> = nodes.iter().map(|n| n.obj.id.as_str()).collect();
    let scale = plan
        .scoring
        .activity_scale
        .map_or(Decimal::from(5), Dec::get);

    for (ni, n) in nodes.iter().enumerate() {
        let o = n.obj;
        let p = &n.path;
        obj_ids.check(f, &o.id, p.as_str(), &|p| p.to_string());
        check_text(f, &|| format!("{p}.title"), "title", &o.title);
        if let Some(code) = &o.code {
            check_plain(f, &|| format!("{p}.code"), "code", code);
            if let Some((first, scope)) = codes.check(nodes, units, ni, code) {
                f.add(
                    format!("{p}.code"),
                    Check::DuplicateCode {
                        code: code.clone(),
                        first: nodes[first].path.clone(),
                        scope: Box::new(scope),
                    },
                );
            }
        }
        if let Some(desc) = &o.description {
            let removed = richtext::parse_rich_text(desc).removed;
            if !removed.is_empty() {
                f.add(format!("{p}.description"), Check::MarkupRemoved { removed });
            }
        }
        if let Some(level) = &o.level {
            if !known_levels.contains(level.as_str()) {
                f.add(
                    format!("{p}.level"),
                    Check::UnknownLevel { id: level.clone() },
                );
            }
        }
        check_weight(f, &|| format!("{p}.weight"), o.weight, percent_weights);
        check_date(f, &|| format!("{p}.deadline"), &o.deadline);
        for (i, y) in o.years.iter().enumerate() {
            if !plausible_year(*y) {
                f.add(format!("{p}.years[{i}]"), Check::InvalidYear { value: *y });
            } else if *y < start || *y > end {
                f.add(
                    format!("{p}.years[{i}]"),
                    Check::YearOutsidePeriod {
                        year: *y,
                        start,
                        end,
                    },
                );
            }
        }
        for (i, g) in o.sdgs.iter().enumerate() {
            if !(1..=17).contains(g) {
                f.add(format!("{p}.sdgs[{i}]"), Check::InvalidSdg { value: *g });
            }
        }
        if let Some(m) = &o.mission {
            if !MISSIONS.contains(&m.as_str()) {
                f.add(
                    format!("{p}.mission"),
                    Check::InvalidMission { value: m.clone() },
                );
            }
        }
        if let Some(pr) = &o.programme {
            let ok = is_programme(pr) && o.mission.as_deref().is_none_or(|m| m == &pr[..2]);
            if !ok {
                f.add(
                    format!("{p}.programme"),
                    Check::InvalidProgramme { value: pr.clone() },
                );
            }
        }
        check_contributions(f, n, nodes, &known_objectives);
        for (i, u) in o.units.iter().enumerate() {
            if !known_units.contains(u.as_str()) {
                f.add(
                    format!("{p}.units[{i}]"),
                    Check::UnknownUnit { id: u.clone() },
                );
            }
        }
        if let Some(a) = o.published_achievement {
            if a.get().is_sign_negative() && !a.get().is_zero() {
                f.add(
                    format!("{p}.published_achievement"),
                    Check::NegativeAchievement { value: a },
                );
            }
        }
        if let Some(c) = &o.costs {
            check_costs(f, &format!("{p}.costs"), c);
        }
        if o.status == Some(Status::Ritirato) {
            f.add(p.clone(), Check::Withdrawn);
        }
        for (ii, ind) in o.indicators.iter().enumerate() {
            let ip = || indicator_path(p, ii);
            ind_ids.check(f, &ind.id, (p.as_str(), ii), &|&(p, ii)| {
                indicator_path(p, ii)
            });
            check_text(f, &|| format!("{}.name", ip()), "name", &ind.name);
            check_weight(
                f,
                &|| format!("{}.weight", ip()),
                ind.weight,
                percent_weights,
            );
            check_date(f, &|| format!("{}.deadline", ip()), &ind.deadline);
            if let Some(u) = &ind.unit {
                if !known_units.contains(u.as_str()) {
                    f.add(
                        format!("{}.unit", ip()),
                        Check::UnknownUnit { id: u.clone() },
                    );
                }
            }
            check_indicator(f, &ip, ind, scale);
        }
    }

    check_sibling_weights(plan, nodes, percent_weights, f);
    check_neutralisations(nodes, f);
    check_deadlines(nodes, start..=end, f);

    let mut prev: Option<Decimal> = None;
    for b in &plan.scoring.bands {
        if prev.is_some_and(|p| b.min.get() >= p) {
            f.add("$.scoring.bands", Check::InvalidBands);
            break;
        }
        prev = Some(b.min.get());
    }

    validate_tables(plan, f);
    validate_narrative(plan, f);
    validate_qualitative_rule(plan, f);
}

/// True for a budget programma `MM.PP` of an existing missione.
fn is_programme(pr: &str) -> bool {
    pr.len() == 5
        && pr.is_char_boundary(2)
        && pr.as_bytes()[2] == b'.'
        && MISSIONS.contains(&&pr[..2])
        && pr[3..].bytes().all(|b| b.is_ascii_digit())
        && &pr[3..] != "00"
}

/// The other missioni, programmi and higher objectives an objective
/// contributes to: existing, and not repeating its own place in the tree.
fn check_contributions(
    f: &mut Findings,
    n: &FlatNode<'_>,
    nodes: &[FlatNode<'_>],
    known: &HashSet<&str>,
) {
    let (o, p) = (n.obj, &n.path);
    for (i, m) in o.also_missions.iter().enumerate() {
        if !MISSIONS.contains(&m.as_str()) {
            f.add(
                format!("{p}.also_missions[{i}]"),
                Check::InvalidMission { value: m.clone() },
            );
        }
    }
    for (i, pr) in o.also_programmes.iter().enumerate() {
        if !is_programme(pr) {
            f.add(
                format!("{p}.also_programmes[{i}]"),
                Check::InvalidProgramme { value: pr.clone() },
            );
        }
    }
    let parent = n.parent.map(|j| nodes[j].obj.id.as_str());
    for (i, id) in o.also_contributes_to.iter().enumerate() {
        let at = format!("{p}.also_contributes_to[{i}]");
        if !known.contains(id.as_str()) {
            f.add(at, Check::UnknownObjective { id: id.clone() });
        } else if *id == o.id || Some(id.as_str()) == parent {
            f.add(at, Check::RedundantContribution { id: id.clone() });
        }
    }
}

/// The narrative sections: unique ids, a title and a text, safe rich text.
fn validate_narrative(plan: &PlanFile, f: &mut Findings) {
    let mut ids = Ids::new();
    for (i, s) in plan.narrative.iter().enumerate() {
        let p = format!("$.narrative[{i}]");
        ids.check(f, &s.id, p.clone(), &written);
        check_text(f, &|| format!("{p}.title"), "title", &s.title);
        if s.text.trim().is_empty() {
            f.add(format!("{p}.text"), Check::EmptyText { field: "text" });
        }
        let removed = richtext::parse_rich_text(&s.text).removed;
        if !removed.is_empty() {
            f.add(format!("{p}.text"), Check::MarkupRemoved { removed });
        }
    }
}

/// The percentages the method gives qualitative results are not negative.
fn validate_qualitative_rule(plan: &PlanFile, f: &mut Findings) {
    let Some(q) = &plan.scoring.qualitative else {
        return;
    };
    for (key, v) in [
        ("achieved", q.achieved),
        ("partly_achieved", q.partly_achieved),
        ("not_achieved", q.not_achieved),
        ("late", q.late),
    ] {
        if let Some(v) = v.filter(|v| v.get() < Decimal::ZERO) {
            f.add(
                format!("$.scoring.qualitative.{key}"),
                Check::NegativeAchievement { value: v },
            );
        }
    }
}

/// The codes seen so far, by scope: two objectives may share a code unless
/// they are siblings (and one of them names no unit: siblings of different
/// units are numbered per structure), or belong to the same unit at the same
/// level. Objectives that are both transversal may share it anywhere.
#[derive(Default)]
struct Codes<'a> {
    /// (parent, code) → the first siblings with it.
    siblings: HashMap<(Option<usize>, &'a str), FirstSiblings>,
    /// (unit, level, code) → the first objective with it. The level is its
    /// id, or the depth when the objective names none.
    by_unit: HashMap<(&'a str, Option<&'a str>, usize, &'a str), usize>,
}

/// The first sibling with a code, and the first of them naming no unit.
#[derive(Clone, Copy)]
struct FirstSiblings {
    any: usize,
    bare: Option<usize>,
}

impl<'a> Codes<'a> {
    /// Records node `ni`'s code; the earlier objective of the same scope with
    /// that code, if there is one.
    fn check(
        &mut self,
        nodes: &[FlatNode<'a>],
        units: &[FlatUnit<'_>],
        ni: usize,
        code: &'a str,
    ) -> Option<(usize, CodeScope)> {
        let shared = |i: usize| {
            let o = nodes[i].obj;
            o.transversal || o.kind == Some(ObjectiveKind::Trasversale)
        };
        let clash = |other: usize| other != ni && !(shared(other) && shared(ni));
        let o = nodes[ni].obj;
        let bare = o.units.is_empty();
        let mut found = None;
        match self.siblings.entry((nodes[ni].parent, code)) {
            Entry::Occupied(mut e) => {
                let first = *e.get();
                if let Some(other) = if bare { Some(first.any) } else { first.bare } {
                    if clash(other) {
                        found = Some((other, CodeScope::Siblings));
                    }
                }
                if bare && first.bare.is_none() {
                    e.get_mut().bare = Some(ni);
                }
            }
            Entry::Vacant(e) => {
                e.insert(FirstSiblings {
                    any: ni,
                    bare: bare.then_some(ni),
                });
            }
        }
        let (level, depth) = match &o.level {
            Some(l) => (Some(l.as_str()), 0),
            None => (None, nodes[ni].depth),
        };
        for u in &o.units {
            match self.by_unit.entry((u.as_str(), level, depth, code)) {
                Entry::Occupied(e) => {
                    if found.is_none() && clash(*e.get()) {
                        let unit = units
                            .iter()
                            .find(|x| x.unit.id == *u)
                            .map_or(u, |x| &x.unit.name);
                        found = Some((*e.get(), CodeScope::UnitLevel { unit: unit.clone() }));
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(ni);
                }
            }
        }
        found
    }
}

/// One group of sibling weights: (index among the siblings, weight, class).
/// A sibling without a weight is reported when others of its class have
/// one: processes, often not weighted, are not held to the objectives'
/// weights (nor these to theirs); `None` never needs one (an informative
/// indicator).
type WeightGroup = Vec<(usize, Option<Dec>, Option<bool>)>;

/// Siblings with a weight: each sibling without one is named at its own path;
/// percentages should add up to 100, short of the rounding of the printed
/// weights.
fn check_sibling_weights(plan: &PlanFile, nodes: &[FlatNode<'_>], percent: bool, f: &mut Findings) {
    let objectives = |list: &[Objective]| -> WeightGroup {
        list.iter()
            .enumerate()
            .filter(|(_, o)| o.status != Some(Status::Ritirato))
            .map(|(i, o)| (i, o.weight, Some(o.kind == Some(ObjectiveKind::Processo))))
            .collect()
    };
    weight_group(
        f,
        &|| "$.objectives".into(),
        &objectives(&plan.objectives),
        percent,
    );
    for n in nodes {
        // Most groups have no weight at all: nothing to build for them.
        if n.obj.children.iter().any(|o| o.weight.is_some()) {
            let children = objectives(&n.obj.children);
            weight_group(f, &|| format!("{}.children", n.path), &children, percent);
        }
        if n.obj.indicators.iter().any(|i| i.weight.is_some()) {
            let indicators: WeightGroup = n
                .obj
                .indicators
                .iter()
                .enumerate()
                .map(|(i, ind)| {
                    let needs = ind.kind != Some(IndicatorKind::Informativo);
                    (i, ind.weight, needs.then_some(false))
                })
                .collect();
            weight_group(
                f,
                &|| format!("{}.indicators", n.path),
                &indicators,
                percent,
            );
        }
    }
}

fn weight_group(f: &mut Findings, path: &dyn Fn() -> String, items: &WeightGroup, percent: bool) {
    let given: Vec<Decimal> = items.iter().filter_map(|w| w.1).map(Dec::get).collect();
    if given.is_empty() {
        return;
    }
    // Siblings that have a weight, or should: those of a class with weights.
    let mut total = 0;
    for class in [Some(false), Some(true)] {
        let of_class = || items.iter().filter(move |w| w.2 == class);
        let weighted = of_class().filter(|w| w.1.is_some()).count();
        if weighted == 0 {
            continue;
        }
        let in_class = of_class().count();
        total += in_class;
        for (i, _, _) in of_class().filter(|w| w.1.is_none()) {
            f.add(
                format!("{}[{i}].weight", path()),
                Check::WeightMissing {
                    weighted,
                    total: in_class,
                },
            );
        }
    }
    total += items
        .iter()
        .filter(|w| w.2.is_none() && w.1.is_some())
        .count();
    if !percent {
        return;
    }
    let Some(sum) = crate::score::checked_sum(given.iter().copied()) else {
        f.add(path(), Check::TooLarge);
        return;
    };
    if sum == Decimal::ONE_HUNDRED {
        return;
    }
    // Each weight printed with `decimals` decimals may be off by half a unit
    // of its last decimal.
    let decimals = given.iter().map(Decimal::scale).max().unwrap_or(0);
    let bound = Decimal::try_new(5, decimals + 1)
        .ok()
        .and_then(|half| half.checked_mul(Decimal::from(given.len())));
    let off = sum.checked_sub(Decimal::ONE_HUNDRED).map(|d| d.abs());
    match (bound, off) {
        (Some(bound), Some(off)) if off <= bound => f.add(
            path(),
            Check::WeightRounding {
                sum: Dec(sum),
                count: given.len(),
                decimals,
                bound: Dec(bound),
            },
        ),
        _ => f.add(
            path(),
            Check::WeightSum {
                sum: Dec(sum),
                count: given.len(),
                total,
            },
        ),
    }
}

/// A deadline that is a real `YYYY-MM-DD` date (others are error E04).
fn valid_date(d: &Option<String>) -> Option<&str> {
    d.as_deref().filter(|d| is_iso_date(d))
}

/// Deadlines after the deadline of the objective above (the nearest one
/// that has one) or outside the document's period.
fn check_deadlines(nodes: &[FlatNode<'_>], period: RangeInclusive<i32>, f: &mut Findings) {
    // The nearest deadline at or above each node, with the path of its owner.
    let mut above: Vec<Option<(&str, &str)>> = Vec::with_capacity(nodes.len());
    for n in nodes {
        let inherited = n.parent.and_then(|p| above[p]);
        let own = valid_date(&n.obj.deadline);
        if let Some(d) = own {
            check_deadline(f, &|| n.path.clone(), d, inherited, &period);
        }
        let mine = own.map(|d| (d, n.path.as_str())).or(inherited);
        for (ii, ind) in n.obj.indicators.iter().enumerate() {
            if let Some(d) = valid_date(&ind.deadline) {
                check_deadline(f, &|| indicator_path(&n.path, ii), d, mine, &period);
            }
        }
        above.push(mine);
    }
}

fn check_deadline(
    f: &mut Findings,
    path: &dyn Fn() -> String,
    deadline: &str,
    above: Option<(&str, &str)>,
    period: &RangeInclusive<i32>,
) {
    let year = deadline[..4].parse::<i32>().unwrap_or_default();
    if !period.is_empty() && !period.contains(&year) {
        f.add(
            format!("{}.deadline", path()),
            Check::DeadlineOutsidePeriod {
                deadline: deadline.to_string(),
                start: *period.start(),
                end: *period.end(),
            },
        );
    }
    if let Some((parent_deadline, parent)) = above {
        if deadline > parent_deadline {
            f.add(
                format!("{}.deadline", path()),
                Check::DeadlineAfterParent {
                    deadline: deadline.into(),
                    parent_deadline: parent_deadline.into(),
                    parent: parent.to_string(),
                },
            );
        }
    }
}

fn check_weight(f: &mut Findings, path: &dyn Fn() -> String, w: Option<Dec>, percent: bool) {
    if let Some(w) = w {
        if w.get().is_sign_negative() && !w.get().is_zero() {
            f.add(path(), Check::NegativeWeight { value: w });
        } else if crate::edits::weight_too_large(w, percent) {
            f.add(path(), Check::WeightTooLarge { value: w });
        }
    }
}

fn check_costs(f: &mut Findings, path: &str, c: &Costs) {
    if let (Some(paid), Some(committed)) = (c.paid, c.committed) {
        if paid.get() > committed.get() {
            f.add(
                format!("{path}.paid"),
                Check::PaidAboveCommitted { paid, committed },
            );
        }
    }
    if let (Some(collected), Some(assessed)) = (c.revenue_collected, c.revenue_assessed) {
        if collected.get() > assessed.get() {
            f.add(
                format!("{path}.revenue_collected"),
                Check::CollectedAboveAssessed {
                    collected,
                    assessed,
                },
            );
        }
    }
}

fn check_indicator(f: &mut Findings, ip: &dyn Fn() -> String, ind: &Indicator, scale: Decimal) {
    let informative = ind.kind == Some(IndicatorKind::Informativo);
    match &ind.target {
        None if !informative => f.add(ip(), Check::MissingTarget),
        None => {}
        Some(t) => {
            let tp = || format!("{}.target", ip());
            check_date(f, &|| format!("{}.date", tp()), &t.date);
            let has_value = t.value.is_some() || t.min.is_some() || t.max.is_some();
            let has_words = t.text.as_deref().is_some_and(|w| !w.trim().is_empty());
            match t.comparator {
                None if has_value => f.add(
                    format!("{}.comparator", tp()),
                    Check::ValueWithoutComparator,
                ),
                None if !has_words && t.date.is_none() => f.add(tp(), Check::EmptyTarget),
                None => {}
                Some(Comparator::Range) => match (t.min, t.max) {
                    (Some(lo), Some(hi)) if lo.get() > hi.get() => {
                        f.add(tp(), Check::TargetRangeInverted { min: lo, max: hi })
                    }
                    (Some(_), Some(_)) => {}
                    _ => f.add(
                        tp(),
                        Check::TargetMissingValue {
                            comparator: "range",
                        },
                    ),
                },
                Some(c) => match t.value {
                    None => f.add(
                        tp(),
                        Check::TargetMissingValue {
                            comparator: c.as_str(),
                        },
                    ),
                    Some(v) if c == Comparator::AtLeast && v.get().is_zero() && !informative => {
                        f.add(format!("{}.value", tp()), Check::ZeroTarget)
                    }
                    Some(_) => {}
                },
            }
            let lower = ind.direction == Some(Direction::Lower);
            let higher = ind.direction == Some(Direction::Higher);
            if (lower && t.comparator == Some(Comparator::AtLeast))
                || (higher && t.comparator == Some(Comparator::AtMost))
            {
                f.add(format!("{}.direction", ip()), Check::DirectionConflict);
            }
        }
    }
    if let Some(a) = &ind.actual {
        check_date(
            f,
            &|| format!("{}.actual.completed_on", ip()),
            &a.completed_on,
        );
    }
    if ind.kind == Some(IndicatorKind::Attivita) {
        if let Some(a) = &ind.actual {
            for (key, v) in [("mid_year", a.mid_year), ("final", a.final_value)] {
                if let Some(v) = v {
                    if v.get() < Decimal::ZERO || v.get() > scale {
                        f.add(
                            format!("{}.actual.{key}", ip()),
                            Check::ActivityOutOfScale {
                                value: v,
                                scale: Dec(scale),
                            },
                        );
                    }
                }
            }
        }
    }
}

fn validate_tables(plan: &PlanFile, f: &mut Findings) {
    let mut table_ids = Ids::new();
    for (ti, t) in plan.money.budget.iter().enumerate() {
        let tp = format!("$.money.budget[{ti}]");
        table_ids.check(f, &t.id, tp.clone(), &written);
        let mut row_ids = Ids::new();
        for (ri, r) in t.rows.iter().enumerate() {
            let rp = format!("{tp}.rows[{ri}]");
            row_ids.check(f, &r.id, rp.clone(), &written);
            check_text(f, &|| format!("{rp}.label"), "label", &r.label);
            for c in MoneyColumn::ALL {
                if r.values.get(*c).is_some() && !t.columns.contains(c) {
                    f.add(
                        format!("{rp}.values.{}", c.as_str()),
                        Check::ValueOutsideColumns { column: c.as_str() },
                    );
                }
            }
        }
        let ids: HashSet<&str> = t.rows.iter().map(|r| r.id.as_str()).collect();
        for (ri, r) in t.rows.iter().enumerate() {
            for (si, s) in r.sum_of.iter().enumerate() {
                if !ids.contains(s.as_str()) {
                    f.add(
                        format!("{tp}.rows[{ri}].sum_of[{si}]"),
                        Check::UnknownRow { id: s.clone() },
                    );
                }
            }
        }
    }
    for (ti, t) in plan.tables.iter().enumerate() {
        let tp = format!("$.tables[{ti}]");
        table_ids.check(f, &t.id, tp.clone(), &written);
        for (ri, row) in t.rows.iter().enumerate() {
            if row.len() != t.columns.len() {
                f.add(
                    format!("{tp}.rows[{ri}]"),
                    Check::TableRowLength {
                        expected: t.columns.len(),
                        found: row.len(),
                    },
                );
                continue;
            }
            for (ci, (cell, col)) in row.iter().zip(&t.columns).enumerate() {
                let Some(v) = cell else { continue };
                let ok = match col.kind {
                    ColumnType::Text => true,
                    ColumnType::Integer | ColumnType::Year => {
                        v.strip_prefix('-')
                            .unwrap_or(v)
                            .bytes()
                            .all(|b| b.is_ascii_digit())
                            && !v.is_empty()
                    }
                    ColumnType::Number | ColumnType::Percent | ColumnType::Money => {
                        Dec::parse(v).is_ok()
                    }
                    ColumnType::Date => is_iso_date(v),
                };
                if !ok {
                    f.add(
                        format!("{tp}.rows[{ri}][{ci}]"),
                        Check::TableCell {
                            column: col.label.clone(),
                            value: v.clone(),
                            expected: col.kind.as_str(),
                        },
                    );
                }
            }
        }
    }
}

/// Neutralisations: each states its reason (E34), none sits inside a part
/// already left out (W23), and each is noted with its reason (I03).
fn check_neutralisations(nodes: &[FlatNode<'_>], f: &mut Findings) {
    let mut one = |path: String, n: &Neutralisation, inside_excluded: bool| {
        if n.reason.trim().is_empty() {
            f.add(
                format!("{path}.neutralised.reason"),
                Check::NeutralisedWithoutReason,
            );
        } else if inside_excluded {
            f.add(format!("{path}.neutralised"), Check::NeutralisedTwice);
        } else {
            f.add(
                path,
                Check::Neutralised {
                    reason: n.reason.clone(),
                },
            );
        }
    };
    // Whether each node is left out, itself or by an ancestor (pre-order:
    // a parent comes before its children).
    let mut excluded = vec![false; nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        let above = n.parent.is_some_and(|p| excluded[p]);
        excluded[i] =
            above || n.obj.status == Some(Status::Ritirato) || n.obj.neutralised.is_some();
        if let Some(x) = &n.obj.neutralised {
            one(n.path.clone(), x, above);
        }
        for (k, ind) in n.obj.indicators.iter().enumerate() {
            if let Some(x) = &ind.neutralised {
                one(format!("{}.indicators[{k}]", n.path), x, excluded[i]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_iso_date;

    #[test]
    fn dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2024-13-01"));
        assert!(!is_iso_date("31/12/2024"));
        assert!(!is_iso_date("2024-1-01"));
        assert!(!is_iso_date("+024-01-01"));
    }
}
