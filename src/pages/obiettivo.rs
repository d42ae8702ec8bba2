//! The page of one objective (`#/obiettivi/<id>`): where it sits, what it is,
//! its description (rich text rendered safely), its facts, its indicators,
//! its children, its costs, its score published and computed with a
//! breakdown a reader can redo by hand, its notes and the checks about it.
//!
//! Every number comes from the core (`doc.score(i)`, `analysis.scores`);
//! this file only words it. The breakdown prints the terms of the mean the
//! core used ([`cruscotto_core::score::Part`]) and the result it computed.

use std::sync::Arc;

use cruscotto_core::score::{combine, Basis, IndicatorState, Part, PartKind, Rule};
use cruscotto_core::{
    it, names, Combine, Comparator, Dec, Indicator, Lang, ObjectiveKind, Rollup, Status,
};
use leptos::prelude::*;

use crate::components::table_region::TableRegion;
use crate::components::{contributions, targets};

use crate::components::badge::severity_class;

use super::obiettivi::{deadline_text, kicker, weight_text};
use crate::components::bar::Bar;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::heading::Heading;
use crate::components::rich_text::RichText;
use crate::components::score::{tone, Score};
use crate::components::term::Term;
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, common, obiettivi as tx};

/// Breadcrumb labels longer than this are shortened.
const CRUMB_CHARS: usize = 60;

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A value with its unit of measure: `24 giorni`, `90 %`.
fn with_unit(d: Dec, unit: Option<&str>) -> String {
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => format!("{} {u}", it::plain(d)),
        None => it::plain(d),
    }
}

/// The target in words: `almeno 5`, `al massimo -1 giorni`, `tra 10 e 20`.
fn target_words(lang: Lang, ind: &Indicator) -> Option<String> {
    let t = ind.target.as_ref()?;
    let unit = ind.measure_unit.as_deref();
    let Some(comparator) = t.comparator else {
        return targets::target_words(lang, ind);
    };
    match comparator {
        Comparator::Range => match (t.min, t.max) {
            (Some(a), Some(b)) => Some(tx::between(lang, &it::plain(a), &with_unit(b, unit))),
            _ => None,
        },
        c => t
            .value
            .map(|v| format!("{} {}", common::comparator(lang, c), with_unit(v, unit))),
    }
}

/// How a scored indicator's achievement was obtained, in words.
fn explain(doc: &Doc, k: usize, lang: Lang) -> String {
    let is = &doc.analysis.scores.indicators[k];
    let ind = &doc.node(is.node).indicators[is.index];
    let (achievement, uncapped, rule) = match is.state {
        IndicatorState::Scored {
            achievement,
            uncapped,
            rule,
        } => (achievement, uncapped, rule),
        ref other => return state_words(lang, other).to_string(),
    };
    if let Some(words) = targets::explain(lang, ind, &is.state, &doc.plan.scoring) {
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
    use tx::{Cmp, Explain as E};
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
        (Comparator::Equal, Rule::Threshold) if met => E::Met {
            actual: a,
            target: v,
            how: Cmp::Equal,
        },
        (Comparator::Equal, Rule::Threshold) => E::Missed {
            actual: a,
            target: v,
            how: Cmp::Equal,
        },
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
        (_, _) => return it::percent(achievement),
    };
    let ordered = matches!(comparator, Comparator::AtLeast | Comparator::AtMost);
    let mut s = tx::explain(lang, &e, lower && ordered, &it::percent(raw));
    if uncapped.is_some() {
        s.push_str(&tx::capped(lang, &it::percent(achievement)));
    }
    s
}

/// Why an indicator is not scored.
fn state_words(lang: Lang, s: &IndicatorState) -> &'static str {
    let t = tx::t(lang);
    match s {
        IndicatorState::Scored { .. } => "",
        IndicatorState::Informational => t.state_informational,
        IndicatorState::NoValue => t.state_no_value,
        IndicatorState::NoTarget => t.state_no_target,
        IndicatorState::Withdrawn => t.state_withdrawn,
        other => targets::state_words(lang, other).unwrap_or_default(),
    }
}

/// "(90,00 % × 50 + 100,00 % × 50) ÷ (50 + 50) = 95,00 %".
fn formula(parts: &[Part], how: Combine, result: Option<Dec>) -> String {
    let result = result.map(it::percent).unwrap_or_default();
    if how == Combine::Weighted {
        let terms: Vec<String> = parts
            .iter()
            .map(|p| {
                format!(
                    "{} × {}",
                    it::percent(p.value),
                    p.weight.map(it::plain).unwrap_or_default()
                )
            })
            .collect();
        let weights: Vec<String> = parts
            .iter()
            .map(|p| p.weight.map(it::plain).unwrap_or_default())
            .collect();
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

/// Indices (into `analysis.scores.indicators`) of node `i`'s indicators.
fn own_indicators(doc: &Doc, i: usize) -> Vec<usize> {
    doc.analysis
        .scores
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, s)| s.node == i)
        .map(|(k, _)| k)
        .collect()
}

/// The responsible unit of an indicator: a link, or the text printed.
fn responsible(doc: &Doc, ind: &Indicator, lang: Lang) -> AnyView {
    match (&ind.unit, &ind.unit_text) {
        (Some(u), _) if doc.unit_by_id(u).is_some() => {
            let href = Route::Ufficio(u.clone()).href();
            view! { <a href=href>{doc.unit_name(u).to_string()}</a> }.into_any()
        }
        (Some(u), None) => u.clone().into_any(),
        (_, Some(text)) => text.clone().into_any(),
        (None, None) => text::t(lang).none.into_any(),
    }
}

/// The indicators table.
fn indicators_table(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let o = doc.node(i);
    let ks = own_indicators(doc, i);
    let has_baseline = o.indicators.iter().any(|x| x.baseline.is_some());
    let has_mid = o
        .indicators
        .iter()
        .any(|x| x.actual.as_ref().is_some_and(|a| a.mid_year.is_some()));
    let rows = ks
        .into_iter()
        .map(|k| {
            let is = &doc.analysis.scores.indicators[k];
            let ind = &o.indicators[is.index];
            let unit = ind.measure_unit.as_deref();
            let lower = ind.lower_is_better();
            let measurable = ind.target.as_ref().is_some_and(|tg| tg.comparator.is_some());
            let printed = ind.target.as_ref().and_then(|tg| tg.text.clone()).filter(|p| {
                let plain = ind.target.as_ref().and_then(|tg| tg.value).map(it::plain);
                measurable && plain.as_deref() != Some(p.trim())
            });
            let words = target_words(lang, ind);
            let final_value = ind.actual.as_ref().and_then(|a| a.final_value);
            let actual_text = ind.actual.as_ref().and_then(|a| a.text.clone());
            let result_words = targets::result_words(lang, ind);
            let mid = ind.actual.as_ref().and_then(|a| a.mid_year);
            let achievement = match &is.state {
                IndicatorState::Scored { achievement, .. } => view! {
                    <Score computed=Some(*achievement) nostrip:published=ind.published_achievement lang=lang bar=false />
                    <span class="ind-table__how">{explain(doc, k, lang)}</span>
                }
                .into_any(),
                other => view! {
                    <span class="ind-table__state">{state_words(lang, other)}</span>
                    {ind.published_achievement.map(|p| view! {
                        <span class="ind-table__how">{format!("{} {}", t.published_short, it::percent(p))}</span>
                    })}
                }
                .into_any(),
            };
            view! {
                <tr>
                    <th scope="row">
                        <span class="ind-table__name">{ind.name.clone()}</span>
                        {ind.formula.clone().map(|f| view! {
                            <span class="ind-table__formula">{format!("{} {f}", t.formula)}</span>
                        })}
                    </th>
                    <td>{ind.kind.map_or(none, |k| common::indicator_kind(lang, k))}</td>
                    {has_baseline.then(|| view! {
                        <td class="num">{ind.baseline.map_or_else(|| none.to_string(), |b| with_unit(b, unit))}</td>
                    })}
                    <td>
                        <span class="ind-table__target">{words.unwrap_or_else(|| none.to_string())}</span>
                        {printed.map(|p| view! {
                            <span class="ind-table__printed">{format!("{} {p}", t.printed)}</span>
                        })}
                        {lower.then(|| view! {
                            <span class="ind-table__direction">{t.lower_is_better}</span>
                        })}
                    </td>
                    {has_mid.then(|| view! {
                        <td class="num">{mid.map_or_else(|| none.to_string(), |m| with_unit(m, unit))}</td>
                    })}
                    <td class="num">
                        {match (final_value, actual_text.is_some() || result_words.is_some()) {
                            (Some(f), _) => with_unit(f, unit),
                            (None, true) => String::new(),
                            (None, false) => none.to_string(),
                        }}
                        {actual_text.map(|a| view! { <span class="ind-table__printed">{format!("{} {a}", t.printed)}</span> })}
                        {result_words.map(|r| view! { <span class="ind-table__result">{r}</span> })}
                    </td>
                    <td class="ind-table__achievement">{achievement}</td>
                    <td>{ind.deadline.as_deref().map_or_else(|| none.to_string(), it::date)}</td>
                    <td>{responsible(doc, ind, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion label=t.indicators_caption>
            <table class="data-table ind-table">
                <caption>{t.indicators_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_indicator}</th>
                        <th scope="col">{t.col_kind}</th>
                        {has_baseline.then(|| view! { <th scope="col" class="num">{t.col_baseline}</th> })}
                        <th scope="col"><Term key="target">{t.col_target}</Term></th>
                        {has_mid.then(|| view! { <th scope="col" class="num">{t.col_mid_year}</th> })}
                        <th scope="col" class="num">{t.col_final}</th>
                        <th scope="col"><Term key="grado-raggiungimento">{t.col_achievement}</Term></th>
                        <th scope="col">{t.col_deadline}</th>
                        <th scope="col">{t.col_responsible}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableRegion>
    }
}

/// The children table.
fn children_table(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let rows = doc
        .children(i)
        .iter()
        .map(|&c| {
            let o = doc.node(c);
            let s = doc.score(c);
            view! {
                <tr>
                    <th scope="row"><a href=doc.node_href(c)>{doc.node_title(c).to_string()}</a></th>
                    <td>{o.level.as_deref().map_or(none, |l| doc.level_name(l)).to_string()}</td>
                    <td>{o.code.clone().unwrap_or_else(|| none.to_string())}</td>
                    <td class="num">{weight_text(doc, o).unwrap_or_else(|| none.to_string())}</td>
                    <td class="num"><Score computed=s.computed nostrip:published=s.published lang=lang /></td>
                    <td>{o.status.map_or(none, |st| common::status(lang, st))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion label=t.children_caption>
            <table class="data-table">
                <caption>{t.children_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_title}</th>
                        <th scope="col">{t.level}</th>
                        <th scope="col">{t.code}</th>
                        <th scope="col" class="num"><Term key="peso">{t.weight}</Term></th>
                        <th scope="col" class="num"><Term key="grado-raggiungimento">{t.score}</Term></th>
                        <th scope="col">{t.status}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableRegion>
    }
}

/// The costs table.
fn costs_table(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let c = doc.node(i).costs.as_ref()?;
    let rows: Vec<(&'static str, &'static str, Dec)> = [
        ("costi-personale", t.cost_staff, c.staff),
        ("impegnato", t.cost_committed, c.committed),
        ("liquidato", t.cost_paid, c.paid),
        ("accertato", t.cost_assessed, c.revenue_assessed),
        ("riscosso", t.cost_collected, c.revenue_collected),
    ]
    .into_iter()
    .filter_map(|(k, l, v)| v.map(|v| (k, l, v)))
    .collect();
    if rows.is_empty() && c.notes.is_empty() {
        return None;
    }
    let notes = c.notes.clone();
    Some(view! {
        <section class="objective__section">
            <Heading level=sub>{t.costs}</Heading>
            {(!rows.is_empty()).then(|| view! {
                <TableRegion label=t.costs_caption>
                    <table class="data-table costs-table">
                        <caption>{t.costs_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_item}</th>
                                <th scope="col" class="num">{t.col_amount}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(key, label, v)| view! {
                                <tr>
                                    <th scope="row"><Term key=key>{label}</Term></th>
                                    <td class="num">{it::euro(v)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableRegion>
            })}
            {(!notes.is_empty()).then(|| view! {
                <h3>{t.cost_notes}</h3>
                <ul class="objective__notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
        </section>
    })
}

/// What kind of terms a mean has.
fn terms_of(parts: &[Part]) -> tx::Terms {
    if parts
        .iter()
        .all(|p| matches!(p.kind, PartKind::Indicator(_)))
    {
        tx::Terms::Indicators
    } else if parts.iter().all(|p| matches!(p.kind, PartKind::Child(_))) {
        tx::Terms::Children
    } else {
        tx::Terms::Mixed
    }
}

/// One row of the breakdown table.
fn part_row(doc: &Doc, i: usize, p: &Part, weighted: bool, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let (label, how): (AnyView, String) = match p.kind {
        PartKind::Indicator(k) => {
            let is = &doc.analysis.scores.indicators[k];
            let name = doc.node(is.node).indicators[is.index].name.clone();
            let label = if is.node == i {
                view! { <span>{name}</span> }.into_any()
            } else {
                let href = doc.node_href(is.node);
                let title = doc.node_title(is.node).to_string();
                view! { <span>{name}</span> " (" <a href=href>{title}</a> ")" }.into_any()
            };
            (label, explain(doc, k, lang))
        }
        PartKind::Child(c) | PartKind::Leaf(c) => {
            let href = doc.node_href(c);
            let title = doc.node_title(c).to_string();
            let how = match doc.score(c).basis {
                Basis::Published => t.score_published.to_string(),
                _ => t.score_computed.to_string(),
            };
            (view! { <a href=href>{title}</a> }.into_any(), how)
        }
        PartKind::OwnIndicators => {
            let own = own_indicator_parts(doc, i);
            let how = match own.as_slice() {
                [Part {
                    kind: PartKind::Indicator(k),
                    ..
                }] => {
                    let is = &doc.analysis.scores.indicators[*k];
                    let name = &doc.node(i).indicators[is.index].name;
                    format!("«{name}»: {}", explain(doc, *k, lang))
                }
                _ => {
                    let (v, used, _) = combine(&own, doc.plan.scoring.indicators());
                    formula(&own, used, v)
                }
            };
            (view! { <span>{t.own_indicators}</span> }.into_any(), how)
        }
    };
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td>{how}</td>
            <td class="num">{it::percent(p.value)}</td>
            {weighted.then(|| view! { <td class="num">{p.weight.map_or_else(|| none.to_string(), it::plain)}</td> })}
        </tr>
    }
}

/// The node's own scored indicators as terms of a mean (for the
/// `OwnIndicators` term: the core combined them the same way).
fn own_indicator_parts(doc: &Doc, i: usize) -> Vec<Part> {
    let o = doc.node(i);
    own_indicators(doc, i)
        .into_iter()
        .filter_map(|k| {
            let is = &doc.analysis.scores.indicators[k];
            Some(Part {
                kind: PartKind::Indicator(k),
                value: is.achievement()?,
                weight: o.indicators[is.index].weight,
            })
        })
        .collect()
}

/// "Come è calcolato".
fn how_section(doc: &Doc, i: usize, lang: Lang, sub: u8) -> impl IntoView {
    let t = tx::t(lang);
    let s = doc.score(i);
    let body = match s.basis {
        Basis::Withdrawn => view! { <p>{t.basis_withdrawn}</p> }.into_any(),
        Basis::None => view! { <p>{t.basis_none}</p> }.into_any(),
        Basis::Published => view! {
            <p>{t.basis_published}</p>
            {s.published.map(|p| view! { <p>{tx::score_is_published(lang, &it::percent(p))}</p> })}
        }
        .into_any(),
        Basis::Computed => {
            let parts = &s.parts;
            let m = &doc.plan.scoring;
            let intended = if m.rollup() == Rollup::Indicators
                || parts
                    .iter()
                    .all(|p| matches!(p.kind, PartKind::Indicator(_)))
            {
                m.indicators()
            } else {
                m.children()
            };
            let fell = intended == Combine::Weighted && s.combine == Combine::Arithmetic;
            let weighted = s.combine == Combine::Weighted;
            let what = terms_of(parts);
            let lead = if parts.len() == 1 {
                view! { <p>{tx::single_term(lang, what, &s.computed.map(it::percent).unwrap_or_default())}</p> }.into_any()
            } else {
                view! {
                    <p>{tx::mean_intro(lang, weighted, parts.len(), what)}</p>
                    <p class="how__formula">{formula(parts, s.combine, s.computed)}</p>
                }
                .into_any()
            };
            let not_counted: Vec<(String, &'static str)> = own_indicators(doc, i)
                .into_iter()
                .filter_map(|k| {
                    let is = &doc.analysis.scores.indicators[k];
                    (is.achievement().is_none()).then(|| {
                        (
                            doc.node(i).indicators[is.index].name.clone(),
                            state_words(lang, &is.state),
                        )
                    })
                })
                .collect();
            let rows = parts
                .iter()
                .map(|p| part_row(doc, i, p, weighted, lang))
                .collect_view();
            view! {
                {(m.rollup() == Rollup::Indicators).then(|| view! { <p>{t.rollup_indicators}</p> })}
                {lead}
                {fell.then(|| view! { <p>{t.fallback}</p> })}
                <TableRegion label=t.how_parts_caption>
                    <table class="data-table how__table">
                        <caption>{t.how_parts_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_part}</th>
                                <th scope="col">{t.col_how}</th>
                                <th scope="col" class="num">{t.col_value}</th>
                                {weighted.then(|| view! { <th scope="col" class="num"><Term key="peso">{t.col_weight}</Term></th> })}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableRegion>
                {(!not_counted.is_empty()).then(|| view! {
                    <ul class="how__excluded">
                        {not_counted.into_iter().map(|(n, why)| view! {
                            <li>{format!("«{n}»: {} ({why})", t.not_counted)}</li>
                        }).collect_view()}
                    </ul>
                })}
                <p class="how__note">{t.rounding}</p>
            }
            .into_any()
        }
    };
    let verdict = match (s.basis, s.computed, s.published) {
        (Basis::Computed, Some(c), Some(p)) => {
            let same = cruscotto_core::score::same_at_scale(p, c.get());
            let (c, p) = (it::percent(c), it::percent(p));
            Some(if same {
                view! { <p class="how__verdict">{tx::score_same(lang, &p)}</p> }.into_any()
            } else {
                view! { <p class="how__verdict how__verdict--differs">{tx::score_differs(lang, &c, &p)}</p> }.into_any()
            })
        }
        _ => None,
    };
    view! {
        <section class="objective__section how">
            <Heading level=sub>{t.how}</Heading>
            {body}
            {verdict}
        </section>
    }
}

/// The score at the top of the page: computed and published.
fn score_box(doc: &Doc, i: usize, lang: Lang) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let s = doc.score(i);
    if s.computed.is_none() && s.published.is_none() {
        return None;
    }
    let computed = (s.basis == Basis::Computed).then_some(s.computed).flatten();
    let differs = matches!((computed, s.published), (Some(c), Some(p)) if !cruscotto_core::score::same_at_scale(p, c.get()));
    let figure = |label: &'static str, v: Dec, class: &'static str| {
        view! {
            <div class=format!("objective-score__figure {class}")>
                <span class="objective-score__label">{label}</span>
                <span class="objective-score__value">{it::percent(v)}</span>
                <Bar value=v tone=tone(v) />
            </div>
        }
    };
    Some(view! {
        <div class="objective-score" class:objective-score--differs=differs>
            <p class="objective-score__title"><Term key="grado-raggiungimento">{t.score_heading}</Term></p>
            <div class="objective-score__figures">
                {computed.map(|c| figure(t.score_computed, c, "objective-score__figure--computed"))}
                {s.published.map(|p| figure(t.score_published, p, "objective-score__figure--published"))}
            </div>
            {differs.then(|| view! {
                <p class="objective-score__warning">{tx::score_differs(lang, &computed.map(it::percent).unwrap_or_default(), &s.published.map(it::percent).unwrap_or_default())}</p>
            })}
        </div>
    })
}

/// The facts list.
fn facts(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut items: Vec<AnyView> = Vec::new();
    let fact =
        |dt: AnyView, dd: AnyView| view! { <div><dt>{dt}</dt><dd>{dd}</dd></div> }.into_any();
    let wide = |dt: AnyView, dd: AnyView| {
        view! { <div class="facts__wide"><dt>{dt}</dt><dd>{dd}</dd></div> }.into_any()
    };
    if let Some(l) = &o.level {
        items.push(fact(
            t.level.into_any(),
            doc.level_name(l).to_string().into_any(),
        ));
    }
    if let Some(c) = &o.code {
        items.push(fact(t.code.into_any(), c.clone().into_any()));
    }
    if let Some(k) = o.kind {
        let name = common::objective_kind(lang, k);
        let dd = match k {
            ObjectiveKind::Processo => view! { <Term key="processo">{name}</Term> }.into_any(),
            ObjectiveKind::Trasversale => {
                view! { <Term key="trasversale">{name}</Term> }.into_any()
            }
            _ => name.into_any(),
        };
        items.push(fact(t.kind.into_any(), dd));
    }
    if o.transversal && o.kind != Some(ObjectiveKind::Trasversale) {
        items.push(fact(
            view! { <Term key="trasversale">{t.transversal}</Term> }.into_any(),
            t.transversal_yes.into_any(),
        ));
    }
    if let Some(s) = o.status {
        items.push(fact(
            t.status.into_any(),
            common::status(lang, s).into_any(),
        ));
    }
    if let Some(d) = deadline_text(o) {
        let extra = o
            .deadline
            .as_ref()
            .and(o.deadline_text.clone())
            .map(|x| format!(" ({x})"));
        items.push(fact(
            t.deadline.into_any(),
            format!("{d}{}", extra.unwrap_or_default()).into_any(),
        ));
    }
    if let Some(w) = weight_text(doc, o) {
        items.push(fact(
            view! { <Term key="peso">{t.weight}</Term> }.into_any(),
            w.into_any(),
        ));
    }
    if !o.years.is_empty() {
        let y: Vec<String> = o.years.iter().map(i32::to_string).collect();
        items.push(fact(t.years.into_any(), y.join(", ").into_any()));
    }
    if !o.units.is_empty() {
        let single = o.units.len() == 1;
        let links = o
            .units
            .iter()
            .map(|u| {
                let name = doc.unit_name(u).to_string();
                if doc.unit_by_id(u).is_some() {
                    let href = Route::Ufficio(u.clone()).href();
                    let a = view! { <a href=href>{name}</a> };
                    if single {
                        a.into_any()
                    } else {
                        view! { <li>{a}</li> }.into_any()
                    }
                } else if single {
                    name.into_any()
                } else {
                    view! { <li>{name}</li> }.into_any()
                }
            })
            .collect_view();
        if o.units.len() == 1 {
            items.push(fact(t.unit.into_any(), links.into_any()));
        } else {
            items.push(fact(
                t.units.into_any(),
                view! { <ul class="facts__list">{links}</ul> }.into_any(),
            ));
        }
    }
    if let Some(m) = &o.mission {
        items.push(fact(
            view! { <Term key="missione">{t.mission}</Term> }.into_any(),
            tx::mission_name(m, names::mission(m, lang)).into_any(),
        ));
    }
    if let Some(p) = &o.programme {
        items.push(fact(
            view! { <Term key="programma">{t.programme}</Term> }.into_any(),
            p.clone().into_any(),
        ));
    }
    items.extend(contributions::facts(doc, i, lang));
    if !o.sdgs.is_empty() {
        let list = o
            .sdgs
            .iter()
            .map(|&g| view! { <li>{tx::sdg_name(g, names::sdg(g, lang))}</li> })
            .collect_view();
        items.push(fact(
            view! { <Term key="sdg">{t.sdgs}</Term> }.into_any(),
            view! { <ul class="facts__list">{list}</ul> }.into_any(),
        ));
    }
    if let Some(st) = &o.sdg_text {
        items.push(wide(t.sdg_text.into_any(), st.clone().into_any()));
    }
    if let Some(p) = &o.pnrr {
        if let Some(m) = &p.measure {
            items.push(fact(
                view! { <Term key="pnrr">{t.pnrr_measure}</Term> }.into_any(),
                m.clone().into_any(),
            ));
        }
        if let Some(c) = &p.cup {
            items.push(fact(
                t.cup.into_any(),
                view! { <code>{c.clone()}</code> }.into_any(),
            ));
        }
    }
    if !o.tags.is_empty() {
        items.push(wide(t.tags.into_any(), o.tags.join("; ").into_any()));
    }
    view! { <dl class="facts objective__facts">{items}</dl> }
}

/// Badges under the title: kind, transversal, status.
fn badges(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut out: Vec<(String, &'static str)> = Vec::new();
    if let Some(k) = o.kind {
        out.push((common::objective_kind(lang, k).to_string(), ""));
    }
    if o.transversal && o.kind != Some(ObjectiveKind::Trasversale) {
        out.push((t.transversal.to_lowercase(), ""));
    }
    if let Some(s) = o.status {
        let tone = match s {
            Status::Raggiunto => "badge--good",
            Status::NonRaggiunto => "badge--error",
            Status::Modificato | Status::Nuovo => "badge--warning",
            _ => "",
        };
        out.push((common::status(lang, s).to_string(), tone));
    }
    (!out.is_empty()).then(|| {
        view! {
            <ul class="objective__badges">
                {out.into_iter().map(|(label, tone)| view! {
                    <li class=format!("badge {tone}")>{label}</li>
                }).collect_view()}
            </ul>
        }
    })
}

/// Notes of the node and of its indicators.
fn notes(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut all: Vec<String> = o.notes.clone();
    for ind in &o.indicators {
        for n in &ind.notes {
            all.push(tx::indicator_note(&ind.name, n));
        }
    }
    (!all.is_empty()).then(|| {
        view! {
            <section class="objective__section">
                <Heading level=sub>{t.notes}</Heading>
                <ul class="objective__notes">{all.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

/// Findings of the checks about this node (not its children).
fn checks(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let path = &doc.score(i).path;
    let children = format!("{path}.children[");
    let found: Vec<_> = doc
        .analysis
        .diagnostics
        .iter()
        .filter(|d| {
            let p = d.path.as_str();
            (p == path
                || p.strip_prefix(path.as_str())
                    .is_some_and(|r| r.starts_with('.') || r.starts_with('[')))
                && !p.starts_with(&children)
        })
        .collect();
    (!found.is_empty()).then(|| {
        view! {
            <section class="objective__section">
                <Heading level=sub>{t.checks}</Heading>
                <ul class="objective__checks">
                    {found.into_iter().map(|d| {
                        let class = severity_class(d.severity);
                        view! {
                            <li>
                                <span class=class>{common::severity(lang, d.severity)}</span>
                                " " {d.message(lang)} " "
                                <span class="objective__why">{d.why(lang)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p><a href=Route::Verifiche.href()>{t.checks_link}</a></p>
            </section>
        }
    })
}

/// The page of an id that is not in the document.
fn not_found(id: &str, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    view! {
        <h1 id="titolo-pagina" tabindex="-1">{t.not_found_heading}</h1>
        <p>{text::t(lang).not_found_objective}</p>
        <p>{t.not_found_id} " " <code>{id.to_string()}</code></p>
        <p><a href=Route::Obiettivi.href()>{t.back_to_tree}</a></p>
    }
    .into_any()
}

/// An objective in full: heading, badges, score, description, facts,
/// indicators, sub-objectives, how it is computed, costs, notes, checks. On
/// its page the title is the `h1` (`top` 1); inside the whole document, an
/// `h2` (`top` 2), its sections one level below.
pub fn objective_article(doc: &Doc, i: usize, lang: Lang, top: u8) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let sub = top + 1;
    let kick = kicker(doc, o);
    let description = o.description.clone().filter(|d| !d.trim().is_empty());
    let page_heading = (top == 1).then_some("titolo-pagina");
    let title = doc.node_title(i).to_string();
    let children_heading = format!("{} ({})", t.children, doc.children(i).len());
    view! {
        <article class="objective">
            <header class="objective__header">
                {(!kick.is_empty()).then(|| view! { <p class="objective__kicker">{kick}</p> })}
                <Heading level=top id=page_heading>{title}</Heading>
                {badges(doc, i, lang)}
            </header>
            {score_box(doc, i, lang)}
            {description.map(|d| view! {
                <section class="objective__section">
                    <Heading level=sub>{t.description}</Heading>
                    <RichText text=d />
                </section>
            })}
            <section class="objective__section">
                <Heading level=sub>{t.facts}</Heading>
                {facts(doc, i, lang)}
            </section>
            {(!o.indicators.is_empty()).then(|| view! {
                <section class="objective__section">
                    <Heading level=sub>{t.indicators}</Heading>
                    <p>{t.indicators_intro}</p>
                    {indicators_table(doc, i, lang)}
                </section>
            })}
            {(!doc.children(i).is_empty()).then(|| view! {
                <section class="objective__section">
                    <Heading level=sub>{children_heading}</Heading>
                    {children_table(doc, i, lang)}
                </section>
            })}
            {how_section(doc, i, lang, sub)}
            {costs_table(doc, i, lang, sub)}
            {notes(doc, i, lang, sub)}
            {checks(doc, i, lang, sub)}
        </article>
    }
}

/// One objective.
#[component]
pub fn ObiettivoPage(doc: Arc<Doc>, id: String) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let lang = ctx.lang.get();
        let Some(i) = doc.node_by_id(&id) else {
            return not_found(&id, lang);
        };
        let mut crumbs = vec![(
            text::t(lang).nav_obiettivi.to_string(),
            Route::Obiettivi.href(),
        )];
        for a in doc.ancestors(i) {
            crumbs.push((shorten(doc.node_title(a), CRUMB_CHARS), doc.node_href(a)));
        }
        crumbs.push((shorten(doc.node_title(i), CRUMB_CHARS), doc.node_href(i)));
        view! {
            <Breadcrumbs label=text::t(lang).breadcrumb_label items=crumbs />
            {objective_article(&doc, i, lang, 1)}
        }
        .into_any()
    }
}
