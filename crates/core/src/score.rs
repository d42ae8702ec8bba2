//! The calculator: indicator achievement, objective scores, roll-ups over the
//! tree and over groupings, exactly, with `rust_decimal`, following the
//! scoring method the plan declares ([`ScoringMethod`]).
//!
//! Every score is a percentage kept at full precision; rounding happens only
//! when a number is shown ([`crate::it`]) or compared with a published one
//! (at the published number's own decimals).
//!
//! Rules, in the order they apply:
//! - an indicator of kind `informativo`, or without a final value or a target,
//!   is not scored;
//! - `>=` (higher is better): actual ÷ target × 100 when the target is
//!   positive, else 100 if actual ≥ target, else 0;
//! - `<=` (lower is better, e.g. days of payment delay): 100 if actual ≤
//!   target; otherwise target ÷ actual × 100 when both are positive, else 0;
//! - `=`: 100 if equal; otherwise smaller ÷ larger × 100 when both are
//!   positive, else 0;
//! - `range`: 100 inside; below: actual ÷ min × 100; above: max ÷ actual × 100
//!   (when positive, else 0);
//! - the result is never below 0 and never above the plan's `cap`, if any;
//! - a node scores its indicators (arithmetic or weighted, per
//!   `scoring.indicators`), then combines that with its children's scores
//!   (per `scoring.children`); a leaf without scored indicators takes the
//!   achievement the document publishes for it; a withdrawn node is left out;
//! - a neutralised node (with everything beneath it) or indicator is left out
//!   like a withdrawn one: a weighted mean then divides by the weights that
//!   remain, which re-proportions them;
//! - with `rollup: indicators`, every node and group is instead the mean of
//!   all the scored indicators (or leaf values) beneath it;
//! - a weighted mean with any weight missing falls back to the plain mean,
//!   and says so (check W02);
//! - a qualitative or milestone target (no comparator) is scored as the
//!   method declares (`scoring.qualitative`): not at all when it says
//!   `scored: false`; else the percentage the evaluator states
//!   (`published_achievement`), else the declared result (`raggiunto` 100 %
//!   or the method's figure, `parzialmente_raggiunto` the method's figure,
//!   `non_raggiunto` 0 % or the method's figure), else for a milestone the
//!   on-time rule (done by its date: 100 %; late: the method's figure). A
//!   result the method gives no figure for is no result, and says so (W21);
//! - the method not declared: the means are arithmetic and a node combines
//!   its children (what [`ScoringMethod::indicators`] and its siblings
//!   return); the app and the CLI say the document does not declare it.

use rustc_hash::FxHashMap as HashMap;

use rust_decimal::Decimal;

use crate::check::{Check, Findings};
use crate::decimal::Dec;
use crate::format::*;
use crate::model::{FlatNode, FlatUnit};

/// How an indicator's achievement was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// actual ÷ target.
    Ratio,
    /// target ÷ actual (lower is better, target missed).
    InverseRatio,
    /// Met or not (100 or 0).
    Threshold,
    /// The percentage the evaluator states for a qualitative or milestone
    /// target.
    Stated,
    /// The result the evaluator declares, valued as the method says.
    Declared(Outcome),
    /// A milestone done by its date.
    OnTime,
    /// A milestone done after its date, valued as the method says.
    Late,
}

/// The state of an indicator for scoring.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorState {
    /// Scored.
    Scored {
        /// Percent, after floor and cap.
        achievement: Dec,
        /// Before the cap, when the cap changed it.
        uncapped: Option<Dec>,
        /// Rule applied.
        rule: Rule,
    },
    /// Informational: never scored.
    Informational,
    /// No final value yet.
    NoValue,
    /// No usable target.
    NoTarget,
    /// Belongs to a withdrawn objective.
    Withdrawn,
    /// Neutralised, or belongs to a neutralised objective: left out.
    Neutralised,
    /// A qualitative or milestone target the method does not score.
    NotScoredByMethod,
    /// A result the method gives no percentage to (check W21): the declared
    /// outcome, or `None` for a milestone done late.
    NoRule(Option<Outcome>),
}

/// An indicator's score.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorScore {
    /// Indicator id.
    pub id: String,
    /// Index of its objective in [`Scores::nodes`] (its JSON path is
    /// [`Scores::indicator_path`]: written only when asked for).
    pub node: usize,
    /// Its index among the objective's indicators.
    pub index: usize,
    /// The outcome.
    pub state: IndicatorState,
}

/// An indicator's JSON path (`$.objectives[0].indicators[2]`).
fn indicator_path(nodes: &[NodeScore], ind: &IndicatorScore) -> String {
    format!("{}.indicators[{}]", nodes[ind.node].path, ind.index)
}

impl Scores {
    /// The JSON path of indicator `k` (a position in [`Scores::indicators`]).
    pub fn indicator_path(&self, k: usize) -> String {
        indicator_path(&self.nodes, &self.indicators[k])
    }
}

impl IndicatorScore {
    /// The achievement, if scored.
    pub fn achievement(&self) -> Option<Dec> {
        match self.state {
            IndicatorState::Scored { achievement, .. } => Some(achievement),
            _ => None,
        }
    }
}

/// Where a node's computed score comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// From its indicators and/or children.
    Computed,
    /// A leaf with no indicators: the achievement the document publishes.
    Published,
    /// Withdrawn: not scored.
    Withdrawn,
    /// Neutralised (itself or an ancestor): left out of every score.
    Neutralised,
    /// Nothing to score.
    None,
}

impl Basis {
    /// Withdrawn or neutralised: left out of every mean and grouping.
    pub fn is_excluded(self) -> bool {
        matches!(self, Basis::Withdrawn | Basis::Neutralised)
    }
}

/// What a part of a score is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// An indicator (index into [`Scores::indicators`]).
    Indicator(usize),
    /// A child objective (index into [`Scores::nodes`]).
    Child(usize),
    /// The mean of the node's own indicators, combined with its children.
    OwnIndicators,
    /// A leaf's published achievement (index into [`Scores::nodes`]), under
    /// `rollup: indicators`.
    Leaf(usize),
}

/// One term of a mean: the "come è calcolato" breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// What it is.
    pub kind: PartKind,
    /// Its value, in percent.
    pub value: Dec,
    /// Its weight, if any.
    pub weight: Option<Dec>,
}

/// A node's score.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeScore {
    /// Objective id.
    pub id: String,
    /// JSON path.
    pub path: String,
    /// Parent index.
    pub parent: Option<usize>,
    /// Depth (0 = root).
    pub depth: usize,
    /// Computed achievement, percent.
    pub computed: Option<Dec>,
    /// Published achievement, percent.
    pub published: Option<Dec>,
    /// Where `computed` comes from.
    pub basis: Basis,
    /// The terms of the mean.
    pub parts: Vec<Part>,
    /// How the terms were combined (after any fallback).
    pub combine: Combine,
}

/// A grouping dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Organisational unit (with its sub-units).
    Unit,
    /// Budget missione.
    Mission,
    /// Agenda 2030 goal.
    Sdg,
    /// Kind (sviluppo, mantenimento, processo, trasversale).
    Kind,
    /// Tree level.
    Level,
}

impl Dimension {
    /// Stable key, for URLs and CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Unit => "unit",
            Dimension::Mission => "mission",
            Dimension::Sdg => "sdg",
            Dimension::Kind => "kind",
            Dimension::Level => "level",
        }
    }
}

/// A group's score.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupScore {
    /// The dimension.
    pub dimension: Dimension,
    /// The key: unit id, missione code, SDG number, kind, level id.
    pub key: String,
    /// Score, percent.
    pub score: Option<Dec>,
    /// The nodes it combines (topmost nodes of the group that have a score).
    pub members: Vec<usize>,
    /// How they were combined.
    pub combine: Combine,
}

/// Every score of a plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scores {
    /// Overall score (the roots combined).
    pub overall: Option<Dec>,
    /// How the roots were combined.
    pub overall_parts: Vec<Part>,
    /// Nodes, in pre-order (same order as [`crate::model::flatten_objectives`]).
    pub nodes: Vec<NodeScore>,
    /// Indicators, in document order.
    pub indicators: Vec<IndicatorScore>,
    /// Scores by unit, missione, SDG, kind, level.
    pub groups: Vec<GroupScore>,
}

impl Scores {
    /// Index of the node with this id.
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }
    /// The groups of one dimension.
    pub fn by(&self, d: Dimension) -> impl Iterator<Item = &GroupScore> {
        self.groups.iter().filter(move |g| g.dimension == d)
    }
}

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Whether lower values are better: the declared direction, else a `<=`
/// target (e.g. days of payment delay).
pub fn lower_is_better(direction: Option<Direction>, comparator: Option<Comparator>) -> bool {
    match direction {
        Some(d) => d == Direction::Lower,
        None => comparator == Some(Comparator::AtMost),
    }
}

impl Indicator {
    /// Its target when that is in words or a milestone (no comparator):
    /// valued by the method's rule for results, not by a ratio.
    pub fn target_in_words(&self) -> Option<&Target> {
        self.target.as_ref().filter(|t| t.comparator.is_none())
    }

    /// Whether lower values are better for this indicator.
    pub fn lower_is_better(&self) -> bool {
        lower_is_better(
            self.direction,
            self.target.as_ref().and_then(|t| t.comparator),
        )
    }
}

/// An indicator's achievement from its target and final value (percent,
/// before floor and cap), and the rule applied.
pub fn raw_achievement(
    target: &Target,
    actual: Decimal,
    direction: Option<Direction>,
) -> Option<(Decimal, Rule)> {
    let pos = |d: Decimal| d > Decimal::ZERO;
    let ratio = |a: Decimal, b: Decimal| a.checked_div(b).and_then(|r| r.checked_mul(HUNDRED));
    let comparator = target.comparator?;
    let lower = lower_is_better(direction, Some(comparator));
    match comparator {
        Comparator::Range => {
            let (lo, hi) = (target.min?.get(), target.max?.get());
            if actual >= lo && actual <= hi {
                Some((HUNDRED, Rule::Threshold))
            } else if actual < lo && pos(lo) && pos(actual) {
                Some((ratio(actual, lo)?, Rule::Ratio))
            } else if actual > hi && pos(hi) && pos(actual) {
                Some((ratio(hi, actual)?, Rule::InverseRatio))
            } else {
                Some((Decimal::ZERO, Rule::Threshold))
            }
        }
        Comparator::Equal => {
            let t = target.value?.get();
            if actual == t {
                Some((HUNDRED, Rule::Threshold))
            } else if pos(actual) && pos(t) {
                let (a, b) = if actual < t { (actual, t) } else { (t, actual) };
                Some((
                    ratio(a, b)?,
                    if actual < t {
                        Rule::Ratio
                    } else {
                        Rule::InverseRatio
                    },
                ))
            } else {
                Some((Decimal::ZERO, Rule::Threshold))
            }
        }
        Comparator::AtLeast | Comparator::AtMost if lower => {
            let t = target.value?.get();
            if actual <= t {
                Some((HUNDRED, Rule::Threshold))
            } else if pos(t) && pos(actual) {
                Some((ratio(t, actual)?, Rule::InverseRatio))
            } else {
                Some((Decimal::ZERO, Rule::Threshold))
            }
        }
        Comparator::AtLeast | Comparator::AtMost => {
            let t = target.value?.get();
            if pos(t) {
                Some((ratio(actual, t)?, Rule::Ratio))
            } else if actual >= t {
                Some((HUNDRED, Rule::Threshold))
            } else {
                Some((Decimal::ZERO, Rule::Threshold))
            }
        }
    }
}

/// The achievement of a qualitative or milestone target under a method
/// (before floor and cap), or why there is none.
fn qualitative_achievement(
    ind: &Indicator,
    target: &Target,
    method: &ScoringMethod,
) -> Result<(Decimal, Rule), IndicatorState> {
    let rule = method.qualitative.clone().unwrap_or_default();
    if rule.scored == Some(false) {
        return Err(IndicatorState::NotScoredByMethod);
    }
    if let Some(p) = ind.published_achievement {
        return Ok((p.get(), Rule::Stated));
    }
    let actual = ind.actual.as_ref();
    if let Some(o) = actual.and_then(|a| a.outcome) {
        let given = match o {
            Outcome::Raggiunto => Some(rule.achieved.map_or(HUNDRED, Dec::get)),
            Outcome::Parzialmente => rule.partly_achieved.map(Dec::get),
            Outcome::NonRaggiunto => Some(rule.not_achieved.map_or(Decimal::ZERO, Dec::get)),
        };
        return given
            .map(|v| (v, Rule::Declared(o)))
            .ok_or(IndicatorState::NoRule(Some(o)));
    }
    match (&target.date, actual.and_then(|a| a.completed_on.as_ref())) {
        (Some(due), Some(done))
            if crate::validate::is_iso_date(due) && crate::validate::is_iso_date(done) =>
        {
            // ISO dates compare as text.
            if done <= due {
                Ok((HUNDRED, Rule::OnTime))
            } else {
                rule.late
                    .map(|v| (v.get(), Rule::Late))
                    .ok_or(IndicatorState::NoRule(None))
            }
        }
        _ => Err(IndicatorState::NoValue),
    }
}

/// Scores one indicator under a method.
pub fn score_indicator(ind: &Indicator, method: &ScoringMethod) -> IndicatorState {
    if ind.kind == Some(IndicatorKind::Informativo) {
        return IndicatorState::Informational;
    }
    if let Some(t) = ind.target_in_words() {
        return match qualitative_achievement(ind, t, method) {
            Ok((raw, rule)) => capped(raw, rule, method),
            Err(state) => state,
        };
    }
    let Some(actual) = ind.actual.as_ref().and_then(|a| a.final_value) else {
        return IndicatorState::NoValue;
    };
    let Some(target) = &ind.target else {
        return IndicatorState::NoTarget;
    };
    let Some((raw, rule)) = raw_achievement(target, actual.get(), ind.direction) else {
        return IndicatorState::NoTarget;
    };
    capped(raw, rule, method)
}

/// An achievement after floor (0) and the method's cap.
fn capped(raw: Decimal, rule: Rule, method: &ScoringMethod) -> IndicatorState {
    let floored = raw.max(Decimal::ZERO);
    let capped = match method.cap {
        Some(cap) => floored.min(cap.get()),
        None => floored,
    };
    IndicatorState::Scored {
        achievement: Dec(capped),
        uncapped: (capped != floored).then_some(Dec(floored)),
        rule,
    }
}

/// Combines parts by a plain or weighted mean. A weighted mean with a
/// missing or all-zero weight falls back to the plain mean; the returned
/// flag says it did. The value is `None` when there is nothing to combine,
/// or when the numbers are too large to combine exactly ([`overflows`]).
///
/// The mean is computed as the smallest value plus the mean of the
/// distances from it: the same number in exact arithmetic, but the mean of
/// equal values is then exactly that value (a sum of 28-digit values would
/// lose its last digits), and with weights that are not negative the mean
/// never leaves the range of its parts.
pub fn combine(parts: &[Part], how: Combine) -> (Option<Dec>, Combine, bool) {
    if parts.is_empty() {
        return (None, how, false);
    }
    if how == Combine::Weighted {
        let all = parts.iter().all(|p| p.weight.is_some());
        let total = checked_sum(parts.iter().filter_map(|p| p.weight).map(Dec::get));
        match total {
            None => return (None, Combine::Weighted, false),
            Some(total) if all && total > Decimal::ZERO => {
                let weight = |p: &Part| p.weight.map_or(Decimal::ZERO, Dec::get);
                let mean = mean_from_min(parts, total, weight);
                let bounded = parts.iter().all(|p| weight(p) >= Decimal::ZERO);
                let mean = mean.map(|m| if bounded { within(parts, m) } else { m });
                return (mean.map(Dec), Combine::Weighted, false);
            }
            Some(_) => {}
        }
        let (v, _, _) = combine(parts, Combine::Arithmetic);
        return (v, Combine::Arithmetic, true);
    }
    let n = Decimal::from(parts.len());
    let mean = mean_from_min(parts, n, |_| Decimal::ONE).map(|m| within(parts, m));
    (mean.map(Dec), Combine::Arithmetic, false)
}

/// min + Σ (value − min) · weight ÷ total; `None` on overflow.
fn mean_from_min(
    parts: &[Part],
    total: Decimal,
    weight: impl Fn(&Part) -> Decimal,
) -> Option<Decimal> {
    let min = parts.iter().map(|p| p.value.get()).min()?;
    let spread = checked_sum_of(
        parts
            .iter()
            .map(|p| p.value.get().checked_sub(min)?.checked_mul(weight(p))),
    )?;
    min.checked_add(spread.checked_div(total)?)
}

/// `m` kept within the smallest and largest value (a rounding in the last
/// of 28 digits must not put a mean outside its parts).
fn within(parts: &[Part], m: Decimal) -> Decimal {
    let lo = parts.iter().map(|p| p.value.get()).min().unwrap_or(m);
    let hi = parts.iter().map(|p| p.value.get()).max().unwrap_or(m);
    m.clamp(lo, hi)
}

/// True when [`combine`] has parts but no value: the numbers are beyond
/// what can be computed exactly (check E28).
pub fn overflows(parts: &[Part], how: Combine) -> bool {
    !parts.is_empty() && combine(parts, how).0.is_none()
}

/// Σ, or `None` on overflow.
pub fn checked_sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    checked_sum_of(values.into_iter().map(Some))
}

fn checked_sum_of(values: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    values
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v?))
}

/// Computes every score. Adds the checks that need computed numbers
/// (published vs computed, missing weights) to `f`.
pub(crate) fn score(
    plan: &PlanFile,
    nodes: &[FlatNode<'_>],
    units: &[FlatUnit<'_>],
    f: &mut Findings,
) -> Scores {
    let m = &plan.scoring;
    let mut indicators = Vec::new();
    let mut out: Vec<NodeScore> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let withdrawn = n.obj.status == Some(Status::Ritirato) || is_under_withdrawn(nodes, i);
            let neutralised = !withdrawn && is_neutralised(nodes, i);
            for (ii, ind) in n.obj.indicators.iter().enumerate() {
                let state = if withdrawn {
                    IndicatorState::Withdrawn
                } else if neutralised || ind.neutralised.is_some() {
                    IndicatorState::Neutralised
                } else {
                    score_indicator(ind, m)
                };
                indicators.push(IndicatorScore {
                    id: ind.id.clone(),
                    node: i,
                    index: ii,
                    state,
                });
            }
            NodeScore {
                id: n.obj.id.clone(),
                path: n.path.clone(),
                parent: n.parent,
                depth: n.depth,
                computed: None,
                published: n.obj.published_achievement,
                basis: if withdrawn {
                    Basis::Withdrawn
                } else if neutralised {
                    Basis::Neutralised
                } else {
                    Basis::None
                },
                parts: Vec::new(),
                combine: m.children(),
            }
        })
        .collect();
    // Indicator indices per node.
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (k, s) in indicators.iter().enumerate() {
        own[s.node].push(k);
    }
    let mut missing_weights: Vec<(String, usize, usize)> = Vec::new();
    let mut note_fallback = |path: &str, parts: &[Part], fell: bool| {
        if fell {
            let missing = parts.iter().filter(|p| p.weight.is_none()).count();
            missing_weights.push((path.to_string(), missing, parts.len()));
        }
    };

    // Where a mean was too large to compute (check E28).
    let mut too_large: Vec<String> = Vec::new();
    // Children before parents.
    for i in (0..nodes.len()).rev() {
        if out[i].basis.is_excluded() {
            continue;
        }
        let n = &nodes[i];
        let (parts, how) = match m.rollup() {
            Rollup::Indicators => (
                leaf_inputs(i, nodes, &out, &indicators, &own),
                m.indicators(),
            ),
            Rollup::Children => {
                let ind_parts: Vec<Part> = own[i]
                    .iter()
                    .filter_map(|&k| {
                        let a = indicators[k].achievement()?;
                        Some(Part {
                            kind: PartKind::Indicator(k),
                            value: a,
                            weight: n.obj.indicators[indicators[k].index].weight,
                        })
                    })
                    .collect();
                let child_parts: Vec<Part> = n
                    .children
                    .iter()
                    .filter_map(|&c| {
                        let v = out[c].computed?;
                        Some(Part {
                            kind: PartKind::Child(c),
                            value: v,
                            weight: nodes[c].obj.weight,
                        })
                    })
                    .collect();
                if child_parts.is_empty() {
                    (ind_parts, m.indicators())
                } else if ind_parts.is_empty() {
                    (child_parts, m.children())
                } else {
                    let (v, _, fell) = combine(&ind_parts, m.indicators());
                    if fell {
                        note_fallback(&format!("{}.indicators", n.path), &ind_parts, fell);
                    }
                    let Some(v) = v else {
                        // Too large to combine: no score rather than a wrong one.
                        too_large.push(format!("{}.indicators", n.path));
                        continue;
                    };
                    let mut parts = vec![Part {
                        kind: PartKind::OwnIndicators,
                        value: v,
                        weight: None,
                    }];
                    parts.extend(child_parts);
                    (parts, m.children())
                }
            }
        };
        if parts.is_empty() {
            if n.children.is_empty() && own[i].is_empty() {
                if let Some(p) = n.obj.published_achievement {
                    out[i].computed = Some(p);
                    out[i].basis = Basis::Published;
                }
            }
            continue;
        }
        let (v, used, fell) = combine(&parts, how);
        if fell || v.is_none() {
            let at = if matches!(parts[0].kind, PartKind::Indicator(_)) {
                format!("{}.indicators", n.path)
            } else {
                format!("{}.children", n.path)
            };
            note_fallback(&at, &parts, fell);
            if v.is_none() {
                too_large.push(at);
                continue;
            }
        }
        out[i].computed = v;
        out[i].combine = used;
        out[i].basis = Basis::Computed;
        out[i].parts = parts;
        if let (Some(p), Some(c)) = (out[i].published, v) {
            if !same_at_scale(p, c.get()) {
                f.add(
                    format!("{}.published_achievement", n.path),
                    Check::PublishedMismatch {
                        published: p,
                        computed: c,
                    },
                );
            }
        }
    }

    // Overall: the roots combined.
    let roots: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].parent.is_none())
        .collect();
    let (overall, overall_parts) = group_score(
        &roots,
        nodes,
        &out,
        &indicators,
        &own,
        m,
        &mut note_fallback,
        "$.objectives",
    );
    if overall.0.is_none() && overflows(&overall_parts, overall.1) {
        too_large.push("$.objectives".into());
    }
    let (groups, group_too_large) = groupings(plan, nodes, units, &out, &indicators, &own, m);
    if group_too_large && !too_large.iter().any(|p| p == "$.objectives") {
        // A group of objectives whose mean is too large (no path of its own).
        too_large.push("$.objectives".into());
    }
    for (path, missing, total) in missing_weights {
        f.add(path, Check::MissingWeights { missing, total });
    }
    for ind in &indicators {
        if ind.state == IndicatorState::NoTarget && target_complete(nodes, ind) {
            // The ratio itself is too large (e.g. a target of 0.0…01).
            f.add(indicator_path(&out, ind), Check::TooLarge);
        }
    }
    for ind in &indicators {
        if let IndicatorState::NoRule(outcome) = ind.state {
            f.add(
                indicator_path(&out, ind),
                Check::NoRuleForResult { outcome },
            );
        }
    }
    for path in too_large {
        f.add(path, Check::TooLarge);
    }
    Scores {
        overall: overall.0,
        overall_parts,
        nodes: out,
        indicators,
        groups,
    }
}

/// Whether an indicator left unscored for want of a target has in fact a
/// complete one and a final value: then its ratio overflowed.
fn target_complete(nodes: &[FlatNode<'_>], ind: &IndicatorScore) -> bool {
    let i = &nodes[ind.node].obj.indicators[ind.index];
    let has_value = i.actual.as_ref().and_then(|a| a.final_value).is_some();
    has_value
        && i.target.as_ref().is_some_and(|t| match t.comparator {
            Some(Comparator::Range) => t.min.is_some() && t.max.is_some(),
            Some(_) => t.value.is_some(),
            None => false,
        })
}

/// Whether node `i` or one of its ancestors is neutralised.
fn is_neutralised(nodes: &[FlatNode<'_>], i: usize) -> bool {
    let mut p = Some(i);
    while let Some(j) = p {
        if nodes[j].obj.neutralised.is_some() {
            return true;
        }
        p = nodes[j].parent;
    }
    false
}

fn is_under_withdrawn(nodes: &[FlatNode<'_>], i: usize) -> bool {
    let mut p = nodes[i].parent;
    while let Some(j) = p {
        if nodes[j].obj.status == Some(Status::Ritirato) {
            return true;
        }
        p = nodes[j].parent;
    }
    false
}

/// Every scored input beneath node `i` (itself included): its indicators'
/// achievements, and the published values of indicator-less leaves.
fn leaf_inputs(
    i: usize,
    nodes: &[FlatNode<'_>],
    out: &[NodeScore],
    inds: &[IndicatorScore],
    own: &[Vec<usize>],
) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut stack = vec![i];
    while let Some(j) = stack.pop() {
        if out[j].basis.is_excluded() {
            continue;
        }
        for &k in &own[j] {
            if let Some(a) = inds[k].achievement() {
                let w = nodes[j].obj.indicators[inds[k].index].weight;
                parts.push(Part {
                    kind: PartKind::Indicator(k),
                    value: a,
                    weight: w,
                });
            }
        }
        if nodes[j].children.is_empty() && own[j].is_empty() {
            if let Some(p) = nodes[j].obj.published_achievement {
                parts.push(Part {
                    kind: PartKind::Leaf(j),
                    value: p,
                    weight: nodes[j].obj.weight,
                });
            }
        }
        stack.extend(nodes[j].children.iter().rev());
    }
    parts
}

#[allow(clippy::too_many_arguments)]
fn group_score(
    members: &[usize],
    nodes: &[FlatNode<'_>],
    out: &[NodeScore],
    inds: &[IndicatorScore],
    own: &[Vec<usize>],
    m: &ScoringMethod,
    note: &mut impl FnMut(&str, &[Part], bool),
    path: &str,
) -> ((Option<Dec>, Combine), Vec<Part>) {
    let (parts, how) = match m.rollup() {
        Rollup::Indicators => (
            members
                .iter()
                .flat_map(|&i| leaf_inputs(i, nodes, out, inds, own))
                .collect(),
            m.indicators(),
        ),
        Rollup::Children => (
            members
                .iter()
                .filter_map(|&i| {
                    Some(Part {
                        kind: PartKind::Child(i),
                        value: out[i].computed?,
                        weight: nodes[i].obj.weight,
                    })
                })
                .collect::<Vec<_>>(),
            m.children(),
        ),
    };
    let (v, used, fell) = combine(&parts, how);
    note(path, &parts, fell);
    ((v, used), parts)
}

fn groupings<'a>(
    plan: &PlanFile,
    nodes: &[FlatNode<'a>],
    units: &[FlatUnit<'a>],
    out: &[NodeScore],
    inds: &[IndicatorScore],
    own: &[Vec<usize>],
    m: &ScoringMethod,
) -> (Vec<GroupScore>, bool) {
    // Unit id → itself and its ancestors (a settore includes its U.O.).
    let unit_chain = crate::model::unit_chains(units);
    // An SDG's key: its number as text (1–17; others are reported by the
    // checks and grouped by their own number).
    let sdg_keys: Vec<String> = (0..=u8::MAX).map(|g| g.to_string()).collect();
    let keys = |d: Dimension, o: &'a Objective| -> Vec<&str> {
        match d {
            Dimension::Unit => crate::model::units_and_ancestors(&unit_chain, &o.units),
            Dimension::Mission => missions_of(o),
            Dimension::Sdg => o
                .sdgs
                .iter()
                .map(|&g| sdg_keys[usize::from(g)].as_str())
                .collect(),
            Dimension::Kind => {
                let mut k: Vec<&str> = o.kind.iter().map(|k| k.as_str()).collect();
                if o.transversal && o.kind != Some(ObjectiveKind::Trasversale) {
                    k.push(ObjectiveKind::Trasversale.as_str());
                }
                k
            }
            Dimension::Level => o.level.iter().map(String::as_str).collect(),
        }
    };
    let mut groups = Vec::new();
    let mut too_large = false;
    let mut noop = |_: &str, _: &[Part], _: bool| {};
    for d in [
        Dimension::Unit,
        Dimension::Mission,
        Dimension::Sdg,
        Dimension::Kind,
        Dimension::Level,
    ] {
        // Each key once, numbered in order of first appearance, with its
        // members: the topmost nodes that have it (a node under a member
        // of the same group is counted through it).
        let mut number: HashMap<&str, usize> = HashMap::default();
        let mut order: Vec<&str> = Vec::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        // The groups each node is a member of, by key number.
        let mut member_of: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (i, n) in nodes.iter().enumerate() {
            if out[i].basis.is_excluded() {
                continue;
            }
            for k in keys(d, n.obj) {
                let g = *number.entry(k).or_insert_with(|| {
                    order.push(k);
                    members.push(Vec::new());
                    order.len() - 1
                });
                let mut p = n.parent;
                let mut covered = false;
                while let Some(j) = p {
                    if member_of[j].contains(&g) {
                        covered = true;
                        break;
                    }
                    p = nodes[j].parent;
                }
                if !covered {
                    member_of[i].push(g);
                    members[g].push(i);
                }
            }
        }
        let mut order: Vec<(&str, Vec<usize>)> = order.into_iter().zip(members).collect();
        // Units in the organisation's order, others in order of appearance.
        if d == Dimension::Unit {
            order.sort_by_key(|(k, _)| {
                units
                    .iter()
                    .position(|u| &u.unit.id == k)
                    .unwrap_or(usize::MAX)
            });
        } else if d == Dimension::Level {
            order.sort_by_key(|(k, _)| {
                plan.levels
                    .iter()
                    .position(|l| &l.id == k)
                    .unwrap_or(usize::MAX)
            });
        } else if d == Dimension::Sdg || d == Dimension::Mission {
            order.sort_by_key(|(k, _)| k.parse::<u32>().unwrap_or(u32::MAX));
        }
        for (k, mem) in order {
            let ((score, combine), parts) =
                group_score(&mem, nodes, out, inds, own, m, &mut noop, "");
            too_large |= score.is_none() && overflows(&parts, combine);
            groups.push(GroupScore {
                dimension: d,
                key: k.to_string(),
                score,
                members: mem,
                combine,
            });
        }
    }
    (groups, too_large)
}

/// Every missione an objective contributes to: `mission`, then
/// `also_missions`, each once.
pub fn missions_of(o: &Objective) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for m in o.mission.iter().chain(&o.also_missions) {
        if !out.contains(&m.as_str()) {
            out.push(m);
        }
    }
    out
}

/// True when `computed`, rounded half away from zero to the published
/// number's decimals, equals `published`.
pub fn same_at_scale(published: Dec, computed: Decimal) -> bool {
    let scale = published.get().scale();
    computed.round_dp_with_strategy(scale, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        == published.get()
}

/// The objectives assessed directly (nodes without sub-objectives) counted
/// by achievement band.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BandCounts {
    /// One count per band: the plan's declared bands, in order, or the three
    /// default ones: fully (100 % or more), partly (above 0), not (0).
    pub counts: Vec<usize>,
    /// Scored but below the lowest declared band.
    pub below: usize,
    /// Without a result, or withdrawn.
    pub unscored: usize,
    /// Objectives counted.
    pub total: usize,
}

impl BandCounts {
    /// Objectives with a result.
    pub fn scored(&self) -> usize {
        self.total - self.unscored
    }
}

/// The band an achievement falls in: the first declared band whose minimum
/// it reaches (bands go from the highest down), or one of the three default
/// bands when the plan declares none.
pub fn band_index(value: Decimal, bands: &[Band]) -> Option<usize> {
    if bands.is_empty() {
        Some(if value >= HUNDRED {
            0
        } else if value > Decimal::ZERO {
            1
        } else {
            2
        })
    } else {
        bands.iter().position(|b| value >= b.min.get())
    }
}

/// The results of the objectives assessed directly (those without
/// sub-objectives), in document order: `None` for one with no result or
/// withdrawn. What the band counts and the distribution of results count.
pub fn direct_results(scores: &Scores) -> impl Iterator<Item = Option<Dec>> + '_ {
    let mut has_children = vec![false; scores.nodes.len()];
    for n in &scores.nodes {
        if let Some(p) = n.parent {
            has_children[p] = true;
        }
    }
    scores
        .nodes
        .iter()
        .zip(has_children)
        .filter(|(_, c)| !*c)
        .map(|(n, _)| n.computed.filter(|_| !n.basis.is_excluded()))
}

/// Counts the objectives without sub-objectives by band.
pub fn band_counts(scores: &Scores, bands: &[Band]) -> BandCounts {
    let mut out = BandCounts {
        counts: vec![0; if bands.is_empty() { 3 } else { bands.len() }],
        ..BandCounts::default()
    };
    for result in direct_results(scores) {
        out.total += 1;
        match result {
            None => out.unscored += 1,
            Some(v) => match band_index(v.get(), bands) {
                Some(k) => out.counts[k] += 1,
                None => out.below += 1,
            },
        }
    }
    out
}

/// The distribution of the direct results (see [`direct_results`]) over
/// bins that start at 0 and end at each of `limits` (the last bin: from the
/// last limit up): counts per bin, and how many have no result.
pub fn distribution(scores: &Scores, limits: &[Decimal]) -> (Vec<usize>, usize) {
    let mut bins = vec![0usize; limits.len() + 1];
    let mut none = 0;
    for result in direct_results(scores) {
        match result {
            None => none += 1,
            Some(v) => {
                let k = limits
                    .iter()
                    .position(|b| v.get() < *b)
                    .unwrap_or(limits.len());
                bins[k] += 1;
            }
        }
    }
    (bins, none)
}
