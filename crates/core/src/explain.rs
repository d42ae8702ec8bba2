//! How a score was obtained, as data: the explanation the objective's page
//! shows under "Come è calcolato" and `cruscotto score FILE --spiega ID`
//! prints. Every number is the calculator's ([`crate::score`]); this module
//! only puts its terms into words (Italian or English), so the page and the
//! command cannot tell two stories.

use std::ops::Range;

use crate::decimal::Dec;
use crate::format::{
    Combine, Comparator, Indicator, Objective, Outcome, PlanFile, Rollup, ScoringMethod,
};
use crate::messages::{self as msg, Cmp, HowText, QualitativeWords, RuleWords, Terms};
use crate::score::{combine, same_at_scale, Basis, IndicatorState, Part, PartKind, Rule, Scores};
use crate::{it, Lang};

/// What a term of the mean is, for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermLabel {
    /// An indicator; `of` is the objective it belongs to (index and title)
    /// when that is not the objective explained.
    Indicator {
        /// The indicator's name.
        name: String,
        /// Its objective, when another one (`rollup: indicators`).
        of: Option<(usize, String)>,
    },
    /// A child objective or a leaf's published value: index and title.
    Objective(usize, String),
    /// The mean of the objective's own indicators.
    OwnIndicators(&'static str),
}

impl TermLabel {
    /// The label as plain text: "Indicatore (Obiettivo)".
    pub fn text(&self) -> String {
        match self {
            TermLabel::Indicator { name, of: None } => name.clone(),
            TermLabel::Indicator {
                name,
                of: Some((_, title)),
            } => format!("{name} ({title})"),
            TermLabel::Objective(_, title) => title.clone(),
            TermLabel::OwnIndicators(s) => (*s).to_string(),
        }
    }
}

/// One row of the table of terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// What it is.
    pub label: TermLabel,
    /// How its value was obtained, in words.
    pub how: String,
    /// Its value, in percent.
    pub value: Dec,
    /// Its weight, if any.
    pub weight: Option<Dec>,
}

/// The explanation of one objective's score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The paragraphs before the formula: the method's roll-up, the basis or
    /// the lead sentence of the mean.
    pub intro: Vec<String>,
    /// "(90,00 % × 50 + 100,00 % × 50) ÷ (50 + 50) = 95,00 %", for a mean of
    /// more than one term.
    pub formula: Option<String>,
    /// The paragraph after the formula (the weighted mean fell back).
    pub fallback: Option<String>,
    /// The terms (empty when the score is not computed).
    pub terms: Vec<Term>,
    /// Whether the table has a weight column.
    pub weighted: bool,
    /// The objective's own indicators left out, with why.
    pub not_counted: Vec<String>,
    /// The note on rounding (when there are terms).
    pub rounding: Option<&'static str>,
    /// The computed value compared with the published one: the sentence and
    /// whether they differ.
    pub verdict: Option<(String, bool)>,
}

impl Explanation {
    /// The explanation as lines of plain text, what `cruscotto score
    /// --spiega` prints: the paragraphs, then one line per term (label, how,
    /// value and weight separated by ` | `), the left-out indicators, the
    /// rounding note and the verdict.
    pub fn lines(&self) -> Vec<String> {
        let mut out = self.intro.clone();
        out.extend(self.formula.clone());
        out.extend(self.fallback.clone());
        for t in &self.terms {
            let mut cells = vec![t.label.text(), t.how.clone(), it::percent(t.value)];
            if self.weighted {
                cells.push(t.weight.map(it::plain).unwrap_or_else(|| "—".into()));
            }
            out.push(cells.join(" | "));
        }
        out.extend(self.not_counted.iter().cloned());
        out.extend(self.rounding.map(str::to_string));
        out.extend(self.verdict.as_ref().map(|(s, _)| s.clone()));
        out
    }
}

/// The reason of the neutralisation that leaves objective `i` out: its own,
/// else the nearest neutralised objective above it.
pub fn neutralised_by<'a>(
    scores: &Scores,
    node: &impl Fn(usize) -> &'a Objective,
    i: usize,
) -> Option<&'a str> {
    let mut at = Some(i);
    while let Some(j) = at {
        if let Some(n) = &node(j).neutralised {
            return Some(n.reason.as_str());
        }
        at = scores.nodes[j].parent;
    }
    None
}

/// The positions in [`Scores::indicators`] of node `i`'s own indicators (the
/// calculator lists them node by node, in the tree's order).
pub fn indicators_of(scores: &Scores, i: usize) -> Range<usize> {
    let v = &scores.indicators;
    let start = v.partition_point(|s| s.node < i);
    let end = start + v[start..].partition_point(|s| s.node == i);
    start..end
}

/// An objective's title, or its id when the title is empty.
pub fn title(o: &Objective) -> &str {
    if o.title.trim().is_empty() {
        &o.id
    } else {
        &o.title
    }
}

/// How indicator `k` (a position in [`Scores::indicators`]) reached its
/// achievement, in words: "valore 4 su target 5 = 80,00 %"; for an
/// indicator not scored, why.
pub fn indicator<'a>(
    scores: &Scores,
    method: &ScoringMethod,
    node: impl Fn(usize) -> &'a Objective,
    k: usize,
    lang: Lang,
) -> String {
    let is = &scores.indicators[k];
    let ind = &node(is.node).indicators[is.index];
    let (achievement, uncapped, rule) = match is.state {
        IndicatorState::Scored {
            achievement,
            uncapped,
            rule,
        } => (achievement, uncapped, rule),
        ref other => return msg::indicator_state(lang, other).to_string(),
    };
    if let Some(words) = qualitative(lang, ind, rule, uncapped.unwrap_or(achievement), method) {
        return words;
    }
    let (Some(target), Some(actual)) = (
        ind.target.as_ref(),
        ind.actual.as_ref().and_then(|a| a.final_value),
    ) else {
        return it::percent(achievement);
    };
    let raw = uncapped.unwrap_or(achievement);
    let met = raw.get() > rust_decimal::Decimal::ZERO;
    let a = it::plain(actual);
    let v = target.value.map(it::plain).unwrap_or_default();
    let min = target.min.map(it::plain).unwrap_or_default();
    let max = target.max.map(it::plain).unwrap_or_default();
    let lower = ind.lower_is_better();
    use RuleWords as E;
    let Some(comparator) = target.comparator else {
        return it::percent(achievement);
    };
    let e = match (comparator, rule) {
        (Comparator::Range, Rule::Threshold) if met => E::InRange {
            actual: a,
            min,
            max,
        },
        (Comparator::Range, Rule::Threshold) => E::OutOfRange {
            actual: a,
            min,
            max,
        },
        (Comparator::Range, Rule::Ratio) => E::BelowMin { actual: a, min },
        (Comparator::Range, Rule::InverseRatio) => E::AboveMax { actual: a, max },
        (Comparator::Equal, Rule::Threshold) => {
            let target = v;
            if met {
                E::Met {
                    actual: a,
                    target,
                    how: Cmp::Equal,
                }
            } else {
                E::Missed {
                    actual: a,
                    target,
                    how: Cmp::Equal,
                }
            }
        }
        (_, Rule::Threshold) => {
            let how = if lower { Cmp::AtMost } else { Cmp::AtLeast };
            if met {
                E::Met {
                    actual: a,
                    target: v,
                    how,
                }
            } else {
                E::Missed {
                    actual: a,
                    target: v,
                    how,
                }
            }
        }
        (_, Rule::Ratio) => E::Ratio {
            actual: a,
            target: v,
        },
        (_, Rule::InverseRatio) => E::Inverse {
            actual: a,
            target: v,
        },
        (_, Rule::Stated | Rule::Declared(_) | Rule::OnTime | Rule::Late) => {
            return it::percent(achievement)
        }
    };
    let ordered = matches!(comparator, Comparator::AtLeast | Comparator::AtMost);
    let mut s = msg::rule_words(lang, &e, lower && ordered, &it::percent(raw));
    if uncapped.is_some() {
        s.push_str(&msg::capped(lang, &it::percent(achievement)));
    }
    s
}

/// How a target in words or a milestone was valued (`raw`: before any
/// cap); `None` for the rules of measurable targets.
fn qualitative(
    lang: Lang,
    ind: &Indicator,
    rule: Rule,
    raw: Dec,
    method: &ScoringMethod,
) -> Option<String> {
    let date = |d: Option<&String>| d.map(|d| it::date(d)).unwrap_or_default();
    let due = date(ind.target.as_ref().and_then(|t| t.date.as_ref()));
    let done = date(ind.actual.as_ref().and_then(|a| a.completed_on.as_ref()));
    let q = method.qualitative.clone().unwrap_or_default();
    let pct = it::percent(raw);
    Some(match rule {
        Rule::Stated => msg::qualitative_words(lang, QualitativeWords::Stated { pct }),
        Rule::Declared(o) => {
            let from_method = match o {
                Outcome::Raggiunto => q.achieved.is_some(),
                Outcome::Parzialmente => q.partly_achieved.is_some(),
                Outcome::NonRaggiunto => q.not_achieved.is_some(),
            };
            msg::qualitative_words(
                lang,
                QualitativeWords::Declared {
                    outcome: o,
                    pct,
                    from_method,
                },
            )
        }
        Rule::OnTime => msg::qualitative_words(lang, QualitativeWords::OnTime { due, done }),
        Rule::Late => msg::qualitative_words(lang, QualitativeWords::Late { due, done, pct }),
        Rule::Ratio | Rule::InverseRatio | Rule::Threshold => return None,
    })
}

/// "(90,00 % × 50 + 100,00 % × 50) ÷ (50 + 50) = 95,00 %".
pub fn formula(parts: &[Part], how: Combine, result: Option<Dec>) -> String {
    let result = result.map(it::percent).unwrap_or_default();
    if how == Combine::Weighted {
        let weight = |p: &Part| p.weight.map(it::plain).unwrap_or_default();
        let terms: Vec<String> = parts
            .iter()
            .map(|p| format!("{} × {}", it::percent(p.value), weight(p)))
            .collect();
        let weights: Vec<String> = parts.iter().map(weight).collect();
        format!(
            "({}) ÷ ({}) = {result}",
            terms.join(" + "),
            weights.join(" + ")
        )
    } else {
        let terms: Vec<String> = parts.iter().map(|p| it::percent(p.value)).collect();
        format!("({}) ÷ {} = {result}", terms.join(" + "), parts.len())
    }
}

/// What kind of terms a mean has.
fn terms_of(parts: &[Part]) -> Terms {
    if parts
        .iter()
        .all(|p| matches!(p.kind, PartKind::Indicator(_)))
    {
        Terms::Indicators
    } else if parts.iter().all(|p| matches!(p.kind, PartKind::Child(_))) {
        Terms::Children
    } else {
        Terms::Mixed
    }
}

/// The node's own scored indicators as terms of a mean (for the
/// `OwnIndicators` term: the calculator combined them the same way).
fn own_parts(scores: &Scores, o: &Objective, i: usize) -> Vec<Part> {
    indicators_of(scores, i)
        .filter_map(|k| {
            let is = &scores.indicators[k];
            Some(Part {
                kind: PartKind::Indicator(k),
                value: is.achievement()?,
                weight: o.indicators[is.index].weight,
            })
        })
        .collect()
}

/// One term of the mean, in words.
fn term<'a>(
    plan: &PlanFile,
    scores: &Scores,
    node: &impl Fn(usize) -> &'a Objective,
    i: usize,
    p: &Part,
    lang: Lang,
) -> Term {
    let (label, how) = match p.kind {
        PartKind::Indicator(k) => {
            let is = &scores.indicators[k];
            let name = node(is.node).indicators[is.index].name.clone();
            let of = (is.node != i).then(|| (is.node, title(node(is.node)).to_string()));
            (
                TermLabel::Indicator { name, of },
                indicator(scores, &plan.scoring, node, k, lang),
            )
        }
        PartKind::Child(c) | PartKind::Leaf(c) => {
            let how = match scores.nodes[c].basis {
                Basis::Published => msg::score_basis(lang, false),
                _ => msg::score_basis(lang, true),
            };
            (
                TermLabel::Objective(c, title(node(c)).to_string()),
                how.to_string(),
            )
        }
        PartKind::OwnIndicators => {
            let o = node(i);
            let own = own_parts(scores, o, i);
            let how = match own.as_slice() {
                [Part {
                    kind: PartKind::Indicator(k),
                    ..
                }] => {
                    let name = &o.indicators[scores.indicators[*k].index].name;
                    format!(
                        "«{name}»: {}",
                        indicator(scores, &plan.scoring, node, *k, lang)
                    )
                }
                _ => {
                    let (v, used, _) = combine(&own, plan.scoring.indicators());
                    formula(&own, used, v)
                }
            };
            (
                TermLabel::OwnIndicators(msg::how_text(lang, HowText::OwnIndicators)),
                how,
            )
        }
    };
    Term {
        label,
        how,
        value: p.value,
        weight: p.weight,
    }
}

/// How objective `i`'s score was obtained. `node` gives the objective at a
/// position of [`Scores::nodes`] (the tree in pre-order).
pub fn explain<'a>(
    plan: &PlanFile,
    scores: &Scores,
    node: impl Fn(usize) -> &'a Objective,
    i: usize,
    lang: Lang,
) -> Explanation {
    let s = &scores.nodes[i];
    let mut e = Explanation {
        intro: Vec::new(),
        formula: None,
        fallback: None,
        terms: Vec::new(),
        weighted: false,
        not_counted: Vec::new(),
        rounding: None,
        verdict: None,
    };
    match s.basis {
        Basis::Withdrawn => e
            .intro
            .push(msg::how_text(lang, HowText::BasisWithdrawn).into()),
        Basis::Neutralised => {
            e.intro
                .push(msg::how_text(lang, HowText::BasisNeutralised).into());
            e.intro.extend(neutralised_by(scores, &node, i).map(|r| {
                format!(
                    "{}: «{r}».",
                    msg::how_text(lang, HowText::NeutralisedReason)
                )
            }));
        }
        Basis::None => e.intro.push(msg::how_text(lang, HowText::BasisNone).into()),
        Basis::Published => {
            e.intro
                .push(msg::how_text(lang, HowText::BasisPublished).into());
            e.intro.extend(
                s.published
                    .map(|p| msg::score_is_published(lang, &it::percent(p))),
            );
        }
        Basis::Computed => {
            let parts = &s.parts;
            let m = &plan.scoring;
            let all_indicators = parts
                .iter()
                .all(|p| matches!(p.kind, PartKind::Indicator(_)));
            let intended = if m.rollup() == Rollup::Indicators || all_indicators {
                m.indicators()
            } else {
                m.children()
            };
            if m.rollup() == Rollup::Indicators {
                e.intro
                    .push(msg::how_text(lang, HowText::RollupIndicators).into());
            }
            e.weighted = s.combine == Combine::Weighted;
            let what = terms_of(parts);
            if parts.len() == 1 {
                let value = s.computed.map(it::percent).unwrap_or_default();
                e.intro.push(msg::single_term(lang, what, &value));
            } else {
                e.intro
                    .push(msg::mean_intro(lang, e.weighted, parts.len(), what));
                e.formula = Some(formula(parts, s.combine, s.computed));
            }
            if intended == Combine::Weighted && s.combine == Combine::Arithmetic {
                e.fallback = Some(msg::how_text(lang, HowText::Fallback).into());
            }
            e.terms = parts
                .iter()
                .map(|p| term(plan, scores, &node, i, p, lang))
                .collect();
            let o = node(i);
            // Its own indicators without a result, and its sub-objectives
            // neutralised, each with why.
            let left_out = |name: &str, state: &IndicatorState, reason: Option<&str>| {
                let reason = reason
                    .map(|r| {
                        format!(
                            "; {}: «{r}»",
                            msg::how_text(lang, HowText::NeutralisedReason).to_lowercase()
                        )
                    })
                    .unwrap_or_default();
                format!(
                    "«{name}»: {} ({}{reason})",
                    msg::how_text(lang, HowText::NotCounted),
                    msg::indicator_state(lang, state)
                )
            };
            e.not_counted = indicators_of(scores, i)
                .filter_map(|k| {
                    let is = &scores.indicators[k];
                    is.achievement().is_none().then(|| {
                        let ind = &o.indicators[is.index];
                        let reason = ind.neutralised.as_ref().map(|n| n.reason.as_str());
                        left_out(&ind.name, &is.state, reason)
                    })
                })
                .collect();
            // (Pre-order: the sub-tree follows the node, deeper.)
            for (j, c) in scores.nodes.iter().enumerate().skip(i + 1) {
                if c.depth <= s.depth {
                    break;
                }
                if let (true, Some(n)) = (c.depth == s.depth + 1, &node(j).neutralised) {
                    e.not_counted.push(left_out(
                        title(node(j)),
                        &IndicatorState::Neutralised,
                        Some(&n.reason),
                    ));
                }
            }
            e.rounding = Some(msg::how_text(lang, HowText::Rounding));
            if let (Some(c), Some(p)) = (s.computed, s.published) {
                e.verdict = Some(if same_at_scale(p, c.get()) {
                    (msg::score_same(lang, &it::percent(p)), false)
                } else {
                    let (c, p) = (it::percent(c), it::percent(p));
                    (msg::score_differs(lang, &c, &p), true)
                });
            }
        }
    }
    e
}
