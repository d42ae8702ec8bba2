//! The tables of an objective: its indicators, its sub-objectives, its
//! costs and revenue.

use cruscotto_core::messages as msg;
use cruscotto_core::score::IndicatorState;
use cruscotto_core::{it, Comparator, Dec, Indicator, Lang};
use leptos::prelude::*;

use crate::components::heading::Heading;
use crate::components::score::Score;
use crate::components::table_region::DataTable;
use crate::components::targets;
use crate::components::term::Term;
use crate::present::weight_text;
use crate::route::Route;
use crate::state::Doc;
use crate::text::{self, common, obiettivi as tx};

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
pub(super) fn indicators_table(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let o = doc.node(i);
    let ks = doc.indicators_of(i);
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
            let measurable = ind.target.is_some() && ind.target_in_words().is_none();
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
                    <span class="ind-table__how">{doc.explain_indicator(k, lang)}</span>
                }
                .into_any(),
                other => view! {
                    <span class="ind-table__state">{msg::indicator_state(lang, other)}</span>
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
        <DataTable caption=t.indicators_caption class="ind-table" head=view! {
                <th scope="col">{t.col_indicator}</th>
                <th scope="col">{t.col_kind}</th>
                {has_baseline.then(|| view! { <th scope="col" class="num">{t.col_baseline}</th> })}
                <th scope="col"><Term key="target">{t.col_target}</Term></th>
                {has_mid.then(|| view! { <th scope="col" class="num">{t.col_mid_year}</th> })}
                <th scope="col" class="num">{t.col_final}</th>
                <th scope="col"><Term key="grado-raggiungimento">{t.col_achievement}</Term></th>
                <th scope="col">{t.col_deadline}</th>
                <th scope="col">{t.col_responsible}</th>
            }.into_any()>
            {rows}
        </DataTable>
    }
}

/// The children table.
pub(super) fn children_table(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
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
        <DataTable caption=t.children_caption head=view! {
                <th scope="col">{t.col_title}</th>
                <th scope="col">{t.level}</th>
                <th scope="col">{t.code}</th>
                <th scope="col" class="num"><Term key="peso">{t.weight}</Term></th>
                <th scope="col" class="num"><Term key="grado-raggiungimento">{t.score}</Term></th>
                <th scope="col">{t.status}</th>
            }.into_any()>
            {rows}
        </DataTable>
    }
}

/// The costs table.
pub(super) fn costs_table(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
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
                <DataTable caption=t.costs_caption class="costs-table" head=view! {
                        <th scope="col">{t.col_item}</th>
                        <th scope="col" class="num">{t.col_amount}</th>
                    }.into_any()>
                    {rows.into_iter().map(|(key, label, v)| view! {
                        <tr>
                            <th scope="row"><Term key=key>{label}</Term></th>
                            <td class="num">{it::euro(v)}</td>
                        </tr>
                    }).collect_view()}
                </DataTable>
            })}
            {(!notes.is_empty()).then(|| view! {
                <h3>{t.cost_notes}</h3>
                <ul class="objective__notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
        </section>
    })
}
