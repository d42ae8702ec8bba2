//! Search and filters (`#/cerca?q=citta&sdg=11`).
//!
//! One box finds objectives (phases included), indicators, units and budget
//! rows ([`cruscotto_core::search`]); the filters ([`cruscotto_core::filter`])
//! narrow the objectives and their indicators, combined with the search and
//! with each other, each option showing how many objectives it leaves.
//!
//! The state is the address: every change writes [`Filter::to_query`] into
//! the fragment (typing replaces the history entry, a filter adds one), and
//! the route is read back into the state (reload, back and forward, a pasted
//! link). The search index and the options are built once per document
//! ([`Doc::finder`]); each keystroke runs one query and one count of the
//! filters.
//!
//! Keyboard: ArrowDown from the box moves to the first result, ArrowUp and
//! ArrowDown move between results, Escape returns to the box (and in the box
//! clears it). A live region says how many results there are.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use cruscotto_core::filter::{Facet, Filter, Filtered};
use cruscotto_core::search::{excerpt, segments, FieldHit, FieldKind, Hit, ItemKind, ItemRef};
use cruscotto_core::{names, Lang, ObjectiveKind, Status};
use leptos::prelude::*;

use crate::components::table_region::Downloads;
use cruscotto_kit::table::TableText;

use crate::components::score::Score;
use crate::load;
use crate::present::kicker;
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{cerca as tx, common};

/// Results shown per group (the count says how many there are).
pub const LIMIT: usize = 30;

/// Hits asked of the index per group when filters may drop some of them.
const FILTERED_LIMIT: usize = 600;

/// Characters of a description shown around its first match.
const EXCERPT: usize = 160;

/// The id of the `n`-th result link (display order).
fn hit_id(n: usize) -> String {
    format!("risultato-{n}")
}

/// A facet and its options (value, the plan's name), as the plan has them.
type FacetOptions = (Facet, Vec<(String, Option<String>)>);

/// One shown result.
#[derive(Clone, PartialEq)]
struct Shown {
    item: ItemRef,
    fields: Vec<FieldHit>,
}

/// A group of shown results.
#[derive(Clone, PartialEq)]
struct Group {
    kind: ItemKind,
    count: usize,
    shown: Vec<Shown>,
}

/// What the page shows for a state.
#[derive(Clone, Default, PartialEq)]
struct View {
    groups: Vec<Group>,
    total: usize,
    /// Something was asked (a word or a filter).
    asked: bool,
}

fn node_of(item: ItemRef) -> Option<usize> {
    match item {
        ItemRef::Objective { node } | ItemRef::Indicator { node, .. } => Some(node),
        _ => None,
    }
}

/// The search's groups, with objectives and indicators restricted to the
/// objectives the filters leave (when a filter is chosen); without a word,
/// the filtered objectives in document order.
fn compute(doc: &Doc, filter: &Filter, filtered: &Filtered) -> View {
    let finder = doc.finder();
    let filtering =
        filtered.ignored.len() < filter.selected.values().map(BTreeSet::len).sum::<usize>();
    let asked = !filter.q.trim().is_empty();
    if !asked {
        if !filtering {
            return View::default();
        }
        let shown = filtered
            .matches
            .iter()
            .take(LIMIT)
            .map(|&node| Shown {
                item: ItemRef::Objective { node },
                fields: vec![FieldHit {
                    field: FieldKind::Title,
                    text: doc.node_title(node).to_string(),
                    spans: Vec::new(),
                }],
            })
            .collect();
        let count = filtered.matches.len();
        return View {
            groups: (count > 0)
                .then_some(Group {
                    kind: ItemKind::Objective,
                    count,
                    shown,
                })
                .into_iter()
                .collect(),
            total: count,
            asked: true,
        };
    }
    if !filtering {
        let r = finder.index.search(&filter.q, LIMIT);
        let groups = r
            .groups
            .into_iter()
            .map(|g| Group {
                kind: g.kind,
                count: g.total,
                shown: g.hits.into_iter().map(shown).collect(),
            })
            .collect();
        return View {
            groups,
            total: r.total,
            asked: true,
        };
    }
    let keep: Vec<bool> = {
        let mut k = vec![false; doc.len()];
        for &m in &filtered.matches {
            k[m] = true;
        }
        k
    };
    let passes = |item: ItemRef| node_of(item).is_none_or(|n| keep.get(n) == Some(&true));
    let mut counts: HashMap<ItemKind, usize> = HashMap::new();
    for (item, _) in finder.index.matches(&filter.q) {
        if passes(item) {
            *counts.entry(item.kind()).or_default() += 1;
        }
    }
    let r = finder.index.search(&filter.q, FILTERED_LIMIT);
    let groups: Vec<Group> = r
        .groups
        .into_iter()
        .filter_map(|g| {
            let count = counts.get(&g.kind).copied().unwrap_or(0);
            (count > 0).then(|| Group {
                kind: g.kind,
                count,
                shown: g
                    .hits
                    .into_iter()
                    .filter(|h| passes(h.item))
                    .take(LIMIT)
                    .map(shown)
                    .collect(),
            })
        })
        .collect();
    View {
        total: groups.iter().map(|g| g.count).sum(),
        groups,
        asked: true,
    }
}

fn shown(h: Hit) -> Shown {
    Shown {
        item: h.item,
        fields: h.fields,
    }
}

/// A text with its matched parts in `<mark>`.
fn marked(text: &str, spans: &[cruscotto_core::search::Span]) -> impl IntoView {
    segments(text, spans)
        .into_iter()
        .map(|(s, hit)| {
            if hit {
                view! { <mark>{s.to_string()}</mark> }.into_any()
            } else {
                s.to_string().into_any()
            }
        })
        .collect_view()
}

/// Where a result leads.
fn href(doc: &Doc, item: ItemRef) -> String {
    match item {
        ItemRef::Objective { node } | ItemRef::Indicator { node, .. } => doc.node_href(node),
        ItemRef::Unit { unit } => Route::Ufficio(doc.unit(unit).id.clone()).href(),
        ItemRef::BudgetRow { .. } => Route::Risorse.href(),
    }
}

/// The line above a result's title: level and code, the indicator's
/// objective, the unit's code, the budget table.
fn context(doc: &Doc, item: ItemRef, lang: Lang) -> String {
    let t = tx::t(lang);
    match item {
        ItemRef::Objective { node } => kicker(doc, doc.node(node)),
        ItemRef::Indicator { node, .. } => format!("{} {}", t.indicator_of, doc.node_label(node)),
        ItemRef::Unit { unit } => doc.unit(unit).code.clone().unwrap_or_default(),
        ItemRef::BudgetRow { table, .. } => doc
            .plan
            .money
            .budget
            .get(table)
            .map(|b| b.title.clone())
            .unwrap_or_default(),
    }
}

fn result(doc: &Doc, s: &Shown, n: usize, last: usize, lang: Lang, input: &'static str) -> AnyView {
    let t = tx::t(lang);
    let title = &s.fields[0];
    let ctx_line = context(doc, s.item, lang);
    let others = s.fields[1..]
        .iter()
        .map(|f| {
            let (label, text, spans) = match f.field {
                FieldKind::Description => {
                    let (text, spans) = excerpt(&f.text, &f.spans, EXCERPT);
                    (t.description, text, spans)
                }
                FieldKind::Code => (t.code, f.text.clone(), f.spans.clone()),
                _ => (t.tags, f.text.clone(), f.spans.clone()),
            };
            view! {
                <p class="cerca-hit__field">
                    <span class="cerca-hit__label">{label} ": "</span>
                    {marked(&text, &spans)}
                </p>
            }
        })
        .collect_view();
    let score = match s.item {
        ItemRef::Objective { node } => {
            let sc = doc.score(node);
            Some(
                view! { <span class="cerca-hit__score"><Score computed=sc.computed lang=lang bar=false /></span> },
            )
        }
        _ => None,
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let to = match ev.key().as_str() {
            "ArrowDown" if n < last => hit_id(n + 1),
            "ArrowUp" if n > 0 => hit_id(n - 1),
            "ArrowUp" | "Escape" => input.to_string(),
            "ArrowDown" => return ev.prevent_default(),
            _ => return,
        };
        ev.prevent_default();
        load::focus(&to);
    };
    view! {
        <li class="cerca-hit">
            {(!ctx_line.is_empty()).then(|| view! { <p class="cerca-hit__context">{ctx_line}</p> })}
            <p class="cerca-hit__title">
                <a id=hit_id(n) class="cerca-hit__link" href=href(doc, s.item) on:keydown=on_key>
                    {marked(&title.text, &title.spans)}
                </a>
                {score}
            </p>
            {others}
        </li>
    }
    .into_any()
}

/// The name of an option.
fn option_label(doc: &Doc, f: Facet, value: &str, label: Option<&str>, lang: Lang) -> String {
    let t = tx::t(lang);
    let named = match f {
        Facet::Missione => names::mission(value, lang).map(|n| format!("{value} – {n}")),
        Facet::Sdg => value
            .parse()
            .ok()
            .and_then(|g| names::sdg(g, lang))
            .map(|n| format!("{value} – {n}")),
        Facet::Pnrr => Some(if value == "si" { t.yes } else { t.no }.to_string()),
        Facet::Stato => Status::ALL
            .iter()
            .find(|s| s.as_str() == value)
            .map(|s| common::status(lang, *s).to_string()),
        Facet::Tipo => ObjectiveKind::ALL
            .iter()
            .find(|k| k.as_str() == value)
            .map(|k| common::objective_kind(lang, *k).to_string()),
        Facet::Esito if doc.plan.scoring.bands.is_empty() || label.is_none() => {
            tx::band(lang, value).map(str::to_string)
        }
        _ => None,
    };
    named
        .or_else(|| label.map(str::to_string))
        .unwrap_or_else(|| value.to_string())
}

/// The objectives a search and its filters leave, as a table to download:
/// code, title, level, offices, achievement, status.
fn matches_table(doc: &Doc, matches: &[usize], lang: Lang) -> TableText {
    let t = tx::t(lang);
    let none = crate::text::t(lang).none;
    let rows = matches
        .iter()
        .map(|&i| {
            let o = doc.node(i);
            let units: Vec<&str> = o.units.iter().map(|u| doc.unit_name(u)).collect();
            let cell = |s: String| (s, false);
            vec![
                (o.code.clone().unwrap_or_default(), true),
                (doc.node_title(i).to_string(), true),
                cell(
                    o.level
                        .as_deref()
                        .map_or("", |l| doc.level_name(l))
                        .to_string(),
                ),
                cell(units.join("; ")),
                cell(
                    doc.score(i)
                        .computed
                        .map_or_else(|| none.to_string(), cruscotto_core::it::percent),
                ),
                cell(
                    o.status
                        .map_or(none, |s| crate::text::common::status(lang, s))
                        .to_string(),
                ),
            ]
        })
        .collect();
    TableText {
        caption: t.list_caption.to_string(),
        head: vec![
            t.code.to_string(),
            t.col_objective.to_string(),
            t.col_level.to_string(),
            t.col_units.to_string(),
            t.col_score.to_string(),
            t.col_status.to_string(),
        ],
        rows,
    }
}

/// The search page.
#[component]
pub fn CercaPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let from_route = |r: &Route| match r {
        Route::Cerca(q) => Some(Filter::from_query(q)),
        _ => None,
    };
    let filter = RwSignal::new(ctx.route.with_untracked(from_route).unwrap_or_default());
    // The address moved (back, forward, a link): its state is the page's.
    Effect::new(move |_| {
        if let Some(f) = ctx.route.with(from_route) {
            if filter.with_untracked(|cur| *cur != f) {
                filter.set(f);
            }
        }
    });
    // The page's state moved: into the address.
    let commit = move |push: bool| {
        let route = Route::Cerca(filter.with_untracked(Filter::to_query));
        if ctx.route.with_untracked(|r| *r != route) {
            load::set_hash(&route.href(), push);
            ctx.route.set(route);
        }
    };

    let finder_doc = doc.clone();
    let filtered = Memo::new(move |_| {
        let f = finder_doc.finder();
        filter.with(|flt| f.facets.apply(&f.index, flt))
    });
    let view_doc = doc.clone();
    let shown = Memo::new(move |_| {
        filter.with(|f| filtered.with(|fd| Arc::new(compute(&view_doc, f, fd))))
    });
    // Option → (count, chosen), for the checkboxes (each looks itself up).
    let counts = Memo::new(move |_| {
        filtered.with(|fd| {
            fd.facets
                .iter()
                .flat_map(|c| {
                    c.options
                        .iter()
                        .map(move |o| ((c.facet, o.value.clone()), (o.count, o.selected)))
                })
                .collect::<HashMap<(Facet, String), (usize, bool)>>()
        })
    });
    // The facets this plan has, with their options (fixed per document).
    let facets: Arc<Vec<FacetOptions>> = Arc::new({
        let f = doc.finder();
        f.facets
            .apply(&f.index, &Filter::default())
            .facets
            .into_iter()
            .filter(|c| !c.options.is_empty())
            .map(|c| {
                (
                    c.facet,
                    c.options.into_iter().map(|o| (o.value, o.label)).collect(),
                )
            })
            .collect()
    });

    const INPUT: &str = "cerca-q";
    let on_input = move |ev| {
        let v = event_target_value(&ev);
        filter.update(|f| f.q = v);
        commit(false);
    };
    let on_input_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            load::focus(&hit_id(0));
        }
        "Escape" => {
            ev.prevent_default();
            if filter.with_untracked(|f| !f.q.is_empty()) {
                filter.update(|f| f.q.clear());
                commit(false);
            }
        }
        _ => {}
    };
    let clear_filters = move |_| {
        filter.update(|f| f.selected.clear());
        commit(true);
    };
    let clear_all = move |_| {
        filter.set(Filter::default());
        commit(true);
        load::focus(INPUT);
    };

    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let results_doc = doc.clone();
        let results = move || {
            let v = shown.get();
            if !v.asked {
                return view! { <p class="cerca__start">{t.start}</p> }.into_any();
            }
            if v.total == 0 {
                return view! { <p class="cerca__empty">{t.empty_hint}</p> }.into_any();
            }
            let last = v
                .groups
                .iter()
                .map(|g| g.shown.len())
                .sum::<usize>()
                .saturating_sub(1);
            let mut n = 0;
            v.groups
                .iter()
                .map(|g| {
                    let items = g
                        .shown
                        .iter()
                        .map(|s| {
                            n += 1;
                            result(&results_doc, s, n - 1, last, lang, INPUT)
                        })
                        .collect_view();
                    let more = (g.shown.len() < g.count)
                        .then(|| view! { <p class="cerca-group__more">{tx::shown_of(lang, g.shown.len(), g.count)}</p> });
                    let id = format!("gruppo-{}", g.kind.as_str());
                    view! {
                        <section class="cerca-group" aria-labelledby=id.clone()>
                            <h2 id=id.clone() class="cerca-group__heading">
                                {tx::kind(lang, g.kind)} " "
                                <span class="cerca-group__count">{format!("({})", g.count)}</span>
                            </h2>
                            <ol class="cerca-group__list">{items}</ol>
                            {more}
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        };
        let status = move || {
            let v = shown.get();
            if v.asked {
                filter.with(|f| tx::status(lang, v.total, &f.q))
            } else {
                String::new()
            }
        };
        let left =
            move || filtered.with(|fd| tx::objectives_left(lang, fd.matches.len(), fd.total));
        // The filtered list, as a table to download.
        let list_doc = doc.clone();
        let list_read = Callback::new(move |_| {
            Some(filtered.with_untracked(|fd| matches_table(&list_doc, &fd.matches, lang)))
        });
        let ignored = move || {
            filtered.with(|fd| {
                (!fd.ignored.is_empty()).then(|| {
                    let list = fd
                        .ignored
                        .iter()
                        .map(|(f, v)| format!("{}={v}", f.key()))
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! { <p class="cerca__ignored">{t.ignored} " " <code>{list}</code></p> }
                })
            })
        };
        let fieldsets = facets
            .iter()
            .map(|(facet, options)| {
                let facet = *facet;
                let legend = tx::facet(lang, facet);
                let rows = options
                    .iter()
                    .enumerate()
                    .map(|(k, (value, label))| {
                        let name = option_label(&doc, facet, value, label.as_deref(), lang);
                        let id = format!("filtro-{}-{k}", facet.key());
                        let key = (facet, value.clone());
                        let state =
                            Memo::new(move |_| counts.with(|c| c.get(&key).copied().unwrap_or((0, false))));
                        let v = value.clone();
                        let on_change = move |_| {
                            filter.update(|f| f.toggle(facet, &v));
                            commit(true);
                        };
                        view! {
                            <li class="cerca-option" hidden=move || { let (c, s) = state.get(); c == 0 && !s }>
                                <input type="checkbox" id=id.clone() class="cerca-option__box"
                                    data-valore=value.clone()
                                    prop:checked=move || state.get().1 on:change=on_change />
                                <label for=id>
                                    {name} " "
                                    <span class="cerca-option__count">{move || format!("({})", state.get().0)}</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="cerca-facet" data-filtro=facet.key()>
                        <legend class="cerca-facet__legend">{legend}</legend>
                        <ul class="cerca-facet__options">{rows}</ul>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{t.heading}</h1>
            <p class="lead">{t.intro}</p>
            <div class="cerca" role="search">
                <label for=INPUT class="cerca__label">{t.label}</label>
                <input id=INPUT type="search" class="cerca__input" autocomplete="off" spellcheck="false"
                    aria-describedby="cerca-aiuto" aria-controls="cerca-risultati"
                    prop:value=move || filter.with(|f| f.q.clone())
                    on:input=on_input on:keydown=on_input_key />
                <p id="cerca-aiuto" class="cerca__hint">{t.hint}</p>
            </div>
            <p id="cerca-stato" class="cerca__status" role="status">{status}</p>
            <div class="cerca-layout">
                <section class="cerca-filters" aria-labelledby="cerca-filtri">
                    <h2 id="cerca-filtri">{t.filters_heading}</h2>
                    <p class="cerca-filters__intro">{t.filters_intro}</p>
                    <p id="cerca-restano" class="cerca-filters__left">{left}</p>
                    <Downloads label=t.list_caption read=list_read />
                    {ignored}
                    <form class="cerca-filters__form" on:submit=|ev| ev.prevent_default()>
                        {fieldsets}
                    </form>
                    <p class="cerca-filters__buttons">
                        <button type="button" id="azzera-filtri" class="button button--outline"
                            disabled=move || filter.with(|f| f.selected.is_empty()) on:click=clear_filters>{t.clear_filters}</button>
                        <button type="button" id="azzera-tutto" class="button button--outline"
                            disabled=move || filter.with(Filter::is_empty) on:click=clear_all>{t.clear_all}</button>
                    </p>
                </section>
                <section id="cerca-risultati" class="cerca-results" aria-label=t.results_label>
                    {results}
                </section>
            </div>
        }
    }
}
