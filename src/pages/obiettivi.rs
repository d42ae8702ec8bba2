//! The tree of objectives (`#/obiettivi`), with the plan's own level names.
//!
//! Every node is a row (level and code, title linked to its page, weight,
//! status, deadline, units, score) and, when it has children, a disclosure
//! button (`aria-expanded`, Enter/Space, and ArrowRight/ArrowLeft to open and
//! close). Children are rendered only when opened, so a plan with thousands
//! of nodes costs only what is shown.
//!
//! What is open by default: the tree is opened level by level while no more
//! than [`DEFAULT_BUDGET`] rows would show (the PIAO's 8 lines of mandate open
//! on their 13 strategic objectives; its 4th level stays closed). Roots that
//! belong to different levels (Lucca's 71 objectives and 61 processes, all
//! roots) are grouped under their level's name, each group a disclosure too,
//! opened within the same budget. A search box finds any node by title or
//! code. What the reader opened is remembered while the same document stays
//! loaded (back from an objective's page, or after switching language).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use cruscotto_core::filter::Filter;
use cruscotto_core::score::Dimension;
use cruscotto_core::search::normalize;
use cruscotto_core::{it, Lang};
use leptos::prelude::*;

use crate::components::score::Score;
use crate::present::{deadline_text, kicker, weight_text};
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, common, obiettivi as tx};

/// Rows shown by default, at most (the roots always show).
pub const DEFAULT_BUDGET: usize = 40;

/// Unit names shown in a row before "e altri N".
const UNITS_IN_ROW: usize = 3;

// ---------------------------------------------------------------------------
// What the reader opened, kept while the same document is loaded.

#[derive(Clone, Default)]
struct Saved {
    key: usize,
    open: Vec<bool>,
    groups: Vec<bool>,
    query: String,
}

thread_local! {
    static MEMORY: RefCell<Option<Saved>> = const { RefCell::new(None) };
}

fn doc_key(doc: &Arc<Doc>) -> usize {
    Arc::as_ptr(doc) as usize
}

fn recall(doc: &Arc<Doc>, groups: usize) -> Option<Saved> {
    let key = doc_key(doc);
    MEMORY.with(|m| {
        m.borrow()
            .as_ref()
            .filter(|s| s.key == key && s.open.len() == doc.len() && s.groups.len() == groups)
            .cloned()
    })
}

// ---------------------------------------------------------------------------
// Grouping and default opening.

/// Roots of one level.
struct Group {
    /// Level id (`None`: roots without a level).
    level: Option<String>,
    /// The roots, in document order.
    members: Vec<usize>,
}

/// Roots grouped by level, in the order of the plan's levels, when the roots
/// belong to more than one level; empty otherwise.
fn root_groups(doc: &Doc) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut at: HashMap<Option<String>, usize> = HashMap::new();
    for r in doc.roots() {
        let level = doc.node(r).level.clone();
        let k = *at.entry(level.clone()).or_insert_with(|| {
            groups.push(Group {
                level,
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[k].members.push(r);
    }
    if groups.len() < 2 {
        return Vec::new();
    }
    let rank = |l: &Option<String>| {
        l.as_ref()
            .and_then(|id| doc.plan.levels.iter().position(|x| &x.id == id))
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(|g| rank(&g.level));
    groups
}

/// What is open by default: groups, then depth by depth, within the budget.
fn default_open(doc: &Doc, groups: &[Group]) -> (Vec<bool>, Vec<bool>) {
    let mut open = vec![false; doc.len()];
    let mut gopen = vec![false; groups.len()];
    let roots: Vec<usize> = if groups.is_empty() {
        doc.roots().collect()
    } else {
        let mut shown = groups.len();
        let mut visible = Vec::new();
        for (k, g) in groups.iter().enumerate() {
            if shown + g.members.len() <= DEFAULT_BUDGET {
                shown += g.members.len();
                gopen[k] = true;
                visible.extend(g.members.iter().copied());
            }
        }
        visible
    };
    let mut shown = roots.len() + groups.len();
    let mut frontier = roots;
    loop {
        let next: Vec<usize> = frontier
            .iter()
            .flat_map(|&i| doc.children(i).iter().copied())
            .collect();
        if next.is_empty() || shown + next.len() > DEFAULT_BUDGET {
            break;
        }
        for &i in &frontier {
            open[i] = !doc.children(i).is_empty();
        }
        shown += next.len();
        frontier = next;
    }
    (open, gopen)
}

// ---------------------------------------------------------------------------
// State of the page.

/// The open/closed state of every node and group, and the search.
#[derive(Clone)]
struct Tree {
    doc: Arc<Doc>,
    open: Arc<Vec<RwSignal<bool>>>,
    groups: Arc<Vec<RwSignal<bool>>>,
    query: RwSignal<String>,
    /// No node has children: rows need no room for a disclosure button.
    flat: bool,
}

impl Tree {
    fn save(&self) {
        let saved = Saved {
            key: doc_key(&self.doc),
            open: self.open.iter().map(|s| s.get_untracked()).collect(),
            groups: self.groups.iter().map(|s| s.get_untracked()).collect(),
            query: self.query.get_untracked(),
        };
        MEMORY.with(|m| *m.borrow_mut() = Some(saved));
    }

    fn set(&self, s: RwSignal<bool>, v: bool) {
        if s.get_untracked() != v {
            s.set(v);
            self.save();
        }
    }

    fn set_all(&self, v: bool) {
        for (i, s) in self.open.iter().enumerate() {
            if !self.doc.children(i).is_empty() {
                s.set(v);
            }
        }
        for g in self.groups.iter() {
            g.set(v);
        }
        self.save();
    }
}

/// Handler for a disclosure button: ArrowRight opens, ArrowLeft closes
/// (Enter and Space are the button's own).
fn arrow_keys(tree: Tree, s: RwSignal<bool>) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    move |ev| match ev.key().as_str() {
        "ArrowRight" => {
            ev.prevent_default();
            tree.set(s, true);
        }
        "ArrowLeft" => {
            ev.prevent_default();
            tree.set(s, false);
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Views.

/// The facts of a node's row: weight, status, deadline, units.
fn row_facts(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut facts: Vec<(&'static str, String)> = Vec::new();
    if let Some(w) = weight_text(doc, o) {
        facts.push((t.weight, w));
    }
    if let Some(s) = o.status {
        facts.push((t.status, common::status(lang, s).to_string()));
    }
    if let Some(d) = deadline_text(o) {
        facts.push((t.deadline, d));
    }
    if !o.units.is_empty() {
        let mut names: Vec<String> = o
            .units
            .iter()
            .take(UNITS_IN_ROW)
            .map(|u| doc.unit_name(u).to_string())
            .collect();
        if o.units.len() > UNITS_IN_ROW {
            names.push(tx::more_units(lang, o.units.len() - UNITS_IN_ROW));
        }
        let label = if o.units.len() == 1 { t.unit } else { t.units };
        facts.push((label, names.join("; ")));
    }
    (!facts.is_empty()).then(|| {
        view! {
            <dl class="tree__facts">
                {facts.into_iter().map(|(k, v)| view! {
                    <div class="tree__fact"><dt>{k}</dt><dd>{v}</dd></div>
                }).collect_view()}
            </dl>
        }
    })
}

/// The row of a node (without its children).
fn row(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let s = doc.score(i);
    let kick = kicker(doc, o);
    let scored = s.computed.is_some() || s.published.is_some();
    view! {
        <div class="tree__body">
            {(!kick.is_empty()).then(|| view! { <span class="tree__kicker">{kick}</span> })}
            <a class="tree__title" href=doc.node_href(i)>{doc.node_title(i).to_string()}</a>
            {row_facts(doc, i, lang)}
        </div>
        {scored.then(|| view! {
            <div class="tree__score">
                <span class="tree__score-label">{t.score}</span>
                <Score computed=s.computed nostrip:published=s.published lang=lang />
            </div>
        })}
    }
}

/// A node with its disclosure button and (lazily) its children.
fn node(tree: Tree, i: usize, lang: Lang) -> AnyView {
    let doc = tree.doc.clone();
    let kids = doc.children(i).to_vec();
    if kids.is_empty() {
        let spacer =
            (!tree.flat).then(|| view! { <span class="tree__spacer" aria-hidden="true"></span> });
        return view! {
            <li class="tree__node">
                <div class="tree__row">
                    {spacer}
                    {row(&doc, i, lang)}
                </div>
            </li>
        }
        .into_any();
    }
    let s = tree.open[i];
    let id = format!("ramo-{i}");
    let rest = tx::toggle_rest(lang, kids.len(), doc.node_title(i));
    let t2 = tree.clone();
    let on_click = move |_| t2.set(s, !s.get_untracked());
    let on_key = arrow_keys(tree.clone(), s);
    let children = branch(tree.clone(), s, kids, lang);
    view! {
        <li class="tree__node">
            <div class="tree__row">
                <button type="button" class="tree__toggle"
                    aria-expanded=move || if s.get() { "true" } else { "false" }
                    aria-controls=id.clone()
                    on:click=on_click on:keydown=on_key>
                    <span class="tree__chevron" aria-hidden="true"></span>
                    <span class="tree__count">{doc.children(i).len()}</span>
                    <span class="visually-hidden">{rest}</span>
                </button>
                {row(&doc, i, lang)}
            </div>
            <ul class="tree tree__children" id=id hidden=move || !s.get()>{children}</ul>
        </li>
    }
    .into_any()
}

/// The nodes under an open branch, drawn only once the reader opens it (so a
/// large plan stays cheap).
fn branch(
    tree: Tree,
    open: RwSignal<bool>,
    ids: Vec<usize>,
    lang: Lang,
) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    move || {
        open.get().then(|| {
            ids.iter()
                .map(|&c| node(tree.clone(), c, lang))
                .collect_view()
                .into_any()
        })
    }
}

/// The roots of one level, under a disclosure heading.
fn group(tree: Tree, k: usize, g: &Group, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let doc = tree.doc.clone();
    let name = g
        .level
        .as_deref()
        .map_or(t.no_level, |l| doc.level_name(l))
        .to_string();
    let score = g.level.as_ref().and_then(|l| {
        doc.analysis
            .scores
            .by(Dimension::Level)
            .find(|x| &x.key == l)
            .and_then(|x| x.score)
    });
    let s = tree.groups[k];
    let id = format!("gruppo-{k}");
    let members = g.members.clone();
    let n = members.len();
    let t2 = tree.clone();
    let on_click = move |_| t2.set(s, !s.get_untracked());
    let on_key = arrow_keys(tree.clone(), s);
    let children = branch(tree.clone(), s, members, lang);
    view! {
        <section class="tree-group">
            <h2 class="tree-group__heading">
                <button type="button" class="tree-group__toggle"
                    aria-expanded=move || if s.get() { "true" } else { "false" }
                    aria-controls=id.clone()
                    on:click=on_click on:keydown=on_key>
                    <span class="tree__chevron" aria-hidden="true"></span>
                    <span class="tree-group__name">{name}</span>
                    <span class="tree-group__count">{tx::items(lang, n)}</span>
                </button>
            </h2>
            {score.map(|v| view! {
                <p class="tree-group__score">{format!("{}: {}", t.group_score, it::percent(v))}</p>
            })}
            <ul class="tree" id=id hidden=move || !s.get()>{children}</ul>
        </section>
    }
}

/// The search: every node whose title, code or id contains each word typed,
/// both normalised as the search page does (`citta` finds «Città»; a code
/// `4.1.2` is the one phrase `4 1 2`).
fn search(hay: &[String], query: &str) -> Option<Vec<usize>> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(normalize)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(
        hay.iter()
            .enumerate()
            .filter(|(_, h)| words.iter().all(|w| h.contains(w.as_str())))
            .map(|(i, _)| i)
            .collect(),
    )
}

/// A search result: the row, with where it sits in the tree.
fn result(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let path: Vec<String> = doc
        .ancestors(i)
        .into_iter()
        .map(|a| {
            let o = doc.node(a);
            o.code
                .clone()
                .unwrap_or_else(|| doc.node_title(a).to_string())
        })
        .collect();
    view! {
        <li class="tree__node">
            <div class="tree__row">
                {row(doc, i, lang)}
            </div>
            {(!path.is_empty()).then(|| view! {
                <p class="tree__path">{format!("{} {}", t.search_in, path.join(" › "))}</p>
            })}
        </li>
    }
}

/// The obiettivi page.
#[component]
pub fn ObiettiviPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let groups = Arc::new(root_groups(&doc));
    let saved = recall(&doc, groups.len()).unwrap_or_else(|| {
        let (open, g) = default_open(&doc, &groups);
        Saved {
            key: doc_key(&doc),
            open,
            groups: g,
            query: String::new(),
        }
    });
    let flat = (0..doc.len()).all(|i| doc.children(i).is_empty());
    let tree = Tree {
        flat,
        doc: doc.clone(),
        open: Arc::new(saved.open.into_iter().map(RwSignal::new).collect()),
        groups: Arc::new(saved.groups.into_iter().map(RwSignal::new).collect()),
        query: RwSignal::new(saved.query),
    };
    let hay: Arc<Vec<String>> = Arc::new(
        (0..doc.len())
            .map(|i| {
                let o = doc.node(i);
                normalize(&format!(
                    "{} {} {}",
                    o.code.as_deref().unwrap_or(""),
                    o.title,
                    o.id
                ))
            })
            .collect(),
    );
    let results = Memo::new({
        let hay = hay.clone();
        let q = tree.query;
        move |_| q.with(|q| search(&hay, q))
    });
    let collapsible = !groups.is_empty() || !flat;
    let max_depth = doc.analysis.scores.nodes.iter().map(|n| n.depth).max();

    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let levels: Vec<String> = doc.plan.levels.iter().map(|l| l.name.clone()).collect();
        let sep = if max_depth.unwrap_or(0) > 0 {
            " › "
        } else {
            ", "
        };
        let body = if doc.len() == 0 {
            view! { <p>{t.tree_empty}</p> }.into_any()
        } else {
            let tree_view = {
                let tree = tree.clone();
                let groups = groups.clone();
                move || {
                    if results.with(Option::is_some) {
                        return None;
                    }
                    Some(if groups.is_empty() {
                        let roots: Vec<usize> = tree.doc.roots().collect();
                        view! {
                            <ul class="tree" aria-label=t.tree_label>
                                {roots.into_iter().map(|r| node(tree.clone(), r, lang)).collect_view()}
                            </ul>
                        }
                        .into_any()
                    } else {
                        groups
                            .iter()
                            .enumerate()
                            .map(|(k, g)| group(tree.clone(), k, g, lang))
                            .collect_view()
                            .into_any()
                    })
                }
            };
            let results_view = {
                let doc = doc.clone();
                move || {
                    results.with(|r| {
                        r.as_ref().map(|found| {
                            view! {
                                <ul class="tree tree--results" aria-label=t.search_results_label>
                                    {found.iter().map(|&i| result(&doc, i, lang)).collect_view()}
                                </ul>
                            }
                        })
                    })
                }
            };
            let status = move || {
                results.with(|r| {
                    r.as_ref()
                        .map(|f| tx::search_found(lang, f.len()))
                        .unwrap_or_default()
                })
            };
            let tq = tree.clone();
            let on_input = move |ev| {
                tq.query.set(event_target_value(&ev));
                tq.save();
            };
            let (te, tc) = (tree.clone(), tree.clone());
            view! {
                <div class="tree-tools">
                    <div class="tree-search">
                        <label for="cerca-obiettivo">{t.search_label}</label>
                        <input id="cerca-obiettivo" type="search" class="tree-search__input"
                            aria-describedby="cerca-obiettivo-aiuto"
                            value=tree.query.get_untracked() on:input=on_input />
                        <p id="cerca-obiettivo-aiuto" class="tree-search__hint">{t.search_hint}</p>
                        <p class="cerca-search-link">
                            <a id="vai-a-cerca" href=move || {
                                let f = Filter { q: tree.query.get(), ..Filter::default() };
                                Route::Cerca(f.to_query()).href()
                            }>{text::cerca::t(lang).search_link}</a>
                        </p>
                    </div>
                    {collapsible.then(|| view! {
                        <div class="tree-tools__buttons" role="group" aria-label=t.tools_label>
                            <button type="button" class="button button--outline" on:click=move |_| te.set_all(true)
                                disabled=move || results.with(Option::is_some)>{t.expand_all}</button>
                            <button type="button" class="button button--outline" on:click=move |_| tc.set_all(false)
                                disabled=move || results.with(Option::is_some)>{t.collapse_all}</button>
                        </div>
                    })}
                </div>
                <p class="tree-search__status" role="status">{status}</p>
                {results_view}
                {tree_view}
            }
            .into_any()
        };
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_obiettivi}</h1>
            <p class="lead">{t.tree_intro}</p>
            <p class="tree-summary">
                <strong>{tx::items(lang, doc.len())}</strong>
                {(!levels.is_empty()).then(|| format!(". {} {}.", t.tree_levels, levels.join(sep)))}
            </p>
            {body}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word typed, normalised, is in the normalised title, code or id.
    #[test]
    fn the_filter_ignores_case_accents_and_punctuation() {
        let hay: Vec<String> = [
            "4.1.2 Città più accessibile obj-1",
            "4.1.20 Dematerializzazione dell'attività obj-2",
            "4.1 L'Università obj-3",
        ]
        .iter()
        .map(|s| normalize(s))
        .collect();
        for (query, found) in [
            ("citta", vec![0]),
            ("CITTÀ   piu", vec![0]),
            ("4.1.2", vec![0, 1]),
            ("4.1.2 citta", vec![0]),
            ("dell’attivita", vec![1]),
            ("l'universita", vec![2]),
            ("accessibile zzz", vec![]),
        ] {
            assert_eq!(search(&hay, query), Some(found), "{query}");
        }
        assert_eq!(search(&hay, "  "), None);
        assert_eq!(search(&hay, "··"), None);
    }
}
