//! The organisation: every unit with its score and objectives, and the page
//! of one unit. Scores come from the core's grouping by unit
//! (`scores.by(Dimension::Unit)`: a settore includes its sub-units).

use std::collections::HashMap;
use std::sync::Arc;

use cruscotto_core::score::{Dimension, GroupScore, IndicatorState};
use cruscotto_core::{it, Dec, Lang};
use leptos::prelude::*;

use crate::components::table_region::DataTable;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::score::Score;
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, common, uffici};

/// Deepest indentation drawn (deeper units are drawn at this depth).
const MAX_DEPTH: usize = 5;

impl Doc {
    /// For each unit (pre-order index), the objective nodes assigned to it or
    /// to one of its sub-units, in pre-order, each once.
    fn unit_objectives(&self) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); self.units.len()];
        for i in 0..self.len() {
            for id in &self.node(i).units {
                let mut u = self.unit_by_id(id);
                while let Some(k) = u {
                    if out[k].last() != Some(&i) {
                        out[k].push(i);
                    }
                    u = self.units[k].parent;
                }
            }
        }
        out
    }

    /// True when unit `v` is `u` or one of its sub-units.
    fn unit_within(&self, v: usize, u: usize) -> bool {
        let mut p = Some(v);
        while let Some(k) = p {
            if k == u {
                return true;
            }
            p = self.units[k].parent;
        }
        false
    }

    /// The unit groups of the scores, by unit id.
    fn unit_groups(&self) -> HashMap<&str, &GroupScore> {
        self.analysis
            .scores
            .by(Dimension::Unit)
            .map(|g| (g.key.as_str(), g))
            .collect()
    }
}

/// The kind of a unit, or a dash.
fn kind_name(lang: Lang, doc: &Doc, u: usize) -> &'static str {
    doc.unit(u)
        .kind
        .map_or(text::t(lang).none, |k| common::unit_kind(lang, k))
}

/// A score (computed, and published when given).
fn score_view(computed: Option<Dec>, published: Option<Dec>, lang: Lang) -> AnyView {
    match published {
        Some(p) => view! { <Score computed=computed published=p lang=lang /> }.into_any(),
        None => view! { <Score computed=computed lang=lang /> }.into_any(),
    }
}

/// The organisation.
#[component]
pub fn UfficiPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let lang = ctx.lang.get();
        let t = uffici::t(lang);
        let heading =
            view! { <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_uffici}</h1> };
        if doc.units.is_empty() {
            return view! { {heading} <p class="uffici__empty">{t.empty}</p> }.into_any();
        }
        let groups = doc.unit_groups();
        let objectives = doc.unit_objectives();
        let any_missing = doc.units.iter().any(|r| {
            groups
                .get(doc.unit(r.index).id.as_str())
                .and_then(|g| g.score)
                .is_none()
        });
        let rows = doc
            .units
            .iter()
            .map(|row| {
                let u = row.index;
                let unit = doc.unit(u);
                let href = Route::Ufficio(unit.id.clone()).href();
                let depth = row.depth.min(MAX_DEPTH);
                let parent = row.parent.map(|p| doc.unit(p).name.clone());
                let score = groups.get(unit.id.as_str()).and_then(|g| g.score);
                view! {
                    <tr class=format!("uffici__row uffici__row--d{depth}")>
                        <th scope="row" class="uffici__unit">
                            <a href=href>{unit.name.clone()}</a>
                            {parent.map(|p| view! {
                                <span class="visually-hidden">{format!(" ({} {p})", t.part_of)}</span>
                            })}
                        </th>
                        <td>{kind_name(lang, &doc, u)}</td>
                        <td>
                            {unit.role.clone().unwrap_or_else(|| text::t(lang).none.to_string())}
                            {(!unit.notes.is_empty()).then(|| view! {
                                <span class="uffici__unit-notes">{format!(" ({})", unit.notes.join("; "))}</span>
                            })}
                        </td>
                        <td class="num uffici__score">{score_view(score, None, lang)}</td>
                        <td class="num">{objectives[u].len()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            {heading}
            <p class="lead">{t.intro}</p>
            <p>{t.settore_note}</p>
            <DataTable caption=t.caption class="uffici__table" head=view! {
                    <th scope="col">{t.col_unit}</th>
                    <th scope="col">{t.col_kind}</th>
                    <th scope="col">{t.col_role}</th>
                    <th scope="col" class="num">{t.col_score}</th>
                    <th scope="col" class="num">{t.col_objectives}</th>
                }.into_any()>
                {rows}
            </DataTable>
            {any_missing.then(|| view! { <p class="uffici__note">{t.no_score_note}</p> })}
        }
        .into_any()
    }
}

/// One unit.
#[component]
pub fn UfficioPage(doc: Arc<Doc>, id: String) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let lang = ctx.lang.get();
        match doc.unit_by_id(&id) {
            Some(u) => unit_page(&doc, u, lang),
            None => not_found(&id, lang),
        }
    }
}

fn not_found(id: &str, lang: Lang) -> AnyView {
    let t = uffici::t(lang);
    view! {
        <h1 id="titolo-pagina" tabindex="-1">{t.not_found_heading}</h1>
        <p>{uffici::not_found(lang, id)}</p>
        <p><a href=Route::Uffici.href()>{t.back}</a></p>
    }
    .into_any()
}

fn unit_link(doc: &Doc, u: usize) -> impl IntoView {
    let unit = doc.unit(u);
    view! { <a href=Route::Ufficio(unit.id.clone()).href()>{unit.name.clone()}</a> }
}

fn unit_page(doc: &Doc, u: usize, lang: Lang) -> AnyView {
    let t = uffici::t(lang);
    let common_t = text::t(lang);
    let unit = doc.unit(u);

    // Breadcrumbs: Uffici › ancestors › this unit.
    let mut chain = Vec::new();
    let mut p = Some(u);
    while let Some(k) = p {
        chain.push(k);
        p = doc.units[k].parent;
    }
    chain.reverse();
    let mut crumbs = vec![(common_t.nav_uffici.to_string(), Route::Uffici.href())];
    crumbs.extend(chain.iter().map(|&k| {
        let x = doc.unit(k);
        (x.name.clone(), Route::Ufficio(x.id.clone()).href())
    }));

    let parent = doc.units[u].parent;
    let children: Vec<usize> = doc
        .units
        .iter()
        .filter(|r| r.parent == Some(u))
        .map(|r| r.index)
        .collect();

    let facts = view! {
        <dl class="facts">
            <div>
                <dt>{t.fact_kind}</dt>
                <dd>{kind_name(lang, doc, u)}</dd>
            </div>
            {unit.code.clone().map(|c| view! {
                <div><dt>{t.fact_code}</dt><dd>{c}</dd></div>
            })}
            <div>
                <dt>{t.fact_role}</dt>
                <dd>{unit.role.clone().unwrap_or_else(|| t.role_missing.to_string())}</dd>
            </div>
            {(!unit.notes.is_empty()).then(|| view! {
                <div class="ufficio__notes">
                    <dt>{crate::text::documento::t(lang).unit_notes}</dt>
                    <dd>{unit.notes.join("; ")}</dd>
                </div>
            })}
            <div>
                <dt>{t.fact_parent}</dt>
                <dd>{match parent {
                    Some(p) => unit_link(doc, p).into_any(),
                    None => t.fact_top.into_any(),
                }}</dd>
            </div>
            <div class="ufficio__children-fact">
                <dt>{t.fact_children}</dt>
                <dd>{if children.is_empty() {
                    t.fact_no_children.into_any()
                } else {
                    view! {
                        <ul class="ufficio__children">
                            {children.iter().map(|&c| view! { <li>{unit_link(doc, c)}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}</dd>
            </div>
        </dl>
    };

    // The score of the unit, from the core's grouping.
    let groups = doc.unit_groups();
    let group = groups.get(unit.id.as_str()).copied();
    let score = group.and_then(|g| g.score);
    let score_block = match (group, score) {
        (Some(g), Some(s)) => {
            let scored = g
                .members
                .iter()
                .filter(|&&m| doc.score(m).computed.is_some())
                .count();
            view! {
                <p class="ufficio__score">{score_view(Some(s), None, lang)}</p>
                <p>{uffici::score_explain(lang, scored, g.combine, doc.plan.scoring.rollup())}</p>
            }
            .into_any()
        }
        _ => view! { <p>{t.score_none}</p> }.into_any(),
    };

    // Objectives assigned to the unit or its sub-units, in tree order.
    let assigned: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            doc.node(i)
                .units
                .iter()
                .filter_map(|id| doc.unit_by_id(id))
                .any(|v| doc.unit_within(v, u))
        })
        .collect();
    let objectives_block = objectives_table(doc, u, &assigned, !children.is_empty(), lang);
    let indicators_block = indicators_table(doc, &unit.id, lang);

    view! {
        <Breadcrumbs label=common_t.breadcrumb_label items=crumbs />
        <h1 id="titolo-pagina" tabindex="-1">{unit.name.clone()}</h1>
        {facts}
        <h2>{t.score_heading}</h2>
        {score_block}
        <h2>{t.objectives_heading}</h2>
        {objectives_block}
        {indicators_block}
    }
    .into_any()
}

fn objectives_table(
    doc: &Doc,
    u: usize,
    assigned: &[usize],
    show_units: bool,
    lang: Lang,
) -> AnyView {
    let t = uffici::t(lang);
    let none = text::t(lang).none;
    if assigned.is_empty() {
        return view! { <p>{t.objectives_none}</p> }.into_any();
    }
    // How many listed ancestors each row has (its indentation).
    let listed: std::collections::HashSet<usize> = assigned.iter().copied().collect();
    let mut any_nested = false;
    let rows = assigned
        .iter()
        .map(|&i| {
            let node = doc.node(i);
            let s = doc.score(i);
            let nesting = doc
                .ancestors(i)
                .into_iter()
                .filter(|a| listed.contains(a))
                .count()
                .min(MAX_DEPTH);
            any_nested |= nesting > 0;
            let units = show_units.then(|| {
                let names: Vec<AnyView> = node
                    .units
                    .iter()
                    .filter_map(|id| doc.unit_by_id(id))
                    .filter(|&v| doc.unit_within(v, u))
                    .map(|v| {
                        if v == u {
                            view! { <li>{t.this_unit}</li> }.into_any()
                        } else {
                            view! { <li>{unit_link(doc, v)}</li> }.into_any()
                        }
                    })
                    .collect();
                view! { <td><ul class="ufficio__assigned">{names}</ul></td> }
            });
            view! {
                <tr class=format!("ufficio__obj ufficio__obj--n{nesting}")>
                    <th scope="row" class="ufficio__obj-title">
                        <a href=Route::Obiettivo(node.id.clone()).href()>{node.title.clone()}</a>
                        {node.level.as_ref().map(|l| view! {
                            <span class="ufficio__level">{doc.level_name(l).to_string()}</span>
                        })}
                    </th>
                    <td class="ufficio__code">{node.code.clone().unwrap_or_else(|| none.to_string())}</td>
                    <td class="num">{score_view(s.computed, s.published, lang)}</td>
                    <td class="num">{node.weight.map_or_else(|| none.to_string(), it::plain)}</td>
                    <td>{node.status.map_or(none, |st| common::status(lang, st))}</td>
                    {units}
                </tr>
            }
        })
        .collect_view();
    let caption = format!("{} ({})", t.objectives_caption, assigned.len());
    view! {
        <DataTable caption=caption class="ufficio__objectives" head=view! {
                <th scope="col">{t.col_title}</th>
                <th scope="col">{t.col_code}</th>
                <th scope="col" class="num">{t.col_score}</th>
                <th scope="col" class="num">{t.col_weight}</th>
                <th scope="col">{t.col_status}</th>
                {show_units.then(|| view! { <th scope="col">{t.col_assigned}</th> })}
            }.into_any()>
            {rows}
        </DataTable>
        {any_nested.then(|| view! { <p class="uffici__note">{t.nested_note}</p> })}
    }
    .into_any()
}

fn indicators_table(doc: &Doc, unit_id: &str, lang: Lang) -> Option<AnyView> {
    let t = uffici::t(lang);
    let none = text::t(lang).none;
    let mine: Vec<_> = doc
        .analysis
        .scores
        .indicators
        .iter()
        .filter(|s| doc.node(s.node).indicators[s.index].unit.as_deref() == Some(unit_id))
        .collect();
    if mine.is_empty() {
        return None;
    }
    let rows = mine
        .into_iter()
        .map(|s| {
            let node = doc.node(s.node);
            let ind = &node.indicators[s.index];
            let state = match &s.state {
                IndicatorState::Scored { achievement, .. } => it::percent(*achievement),
                IndicatorState::Informational => t.ind_informational.to_string(),
                IndicatorState::NoValue => t.ind_no_value.to_string(),
                IndicatorState::NoTarget => t.ind_no_target.to_string(),
                IndicatorState::Withdrawn => t.ind_withdrawn.to_string(),
                other => cruscotto_core::messages::indicator_state(lang, other).to_string(),
            };
            view! {
                <tr>
                    <th scope="row">{ind.name.clone()}</th>
                    <td><a href=Route::Obiettivo(node.id.clone()).href()>{node.title.clone()}</a></td>
                    <td>{ind.kind.map_or(none, |k| common::indicator_kind(lang, k))}</td>
                    <td class="num">{state}</td>
                </tr>
            }
        })
        .collect_view();
    Some(
        view! {
            <h2>{t.indicators_heading}</h2>
            <DataTable caption=t.indicators_caption class="ufficio__indicators" head=view! {
                    <th scope="col">{t.col_indicator}</th>
                    <th scope="col">{t.col_objective}</th>
                    <th scope="col">{t.col_indicator_kind}</th>
                    <th scope="col" class="num">{t.col_achievement}</th>
                }.into_any()>
                {rows}
            </DataTable>
        }
        .into_any(),
    )
}
