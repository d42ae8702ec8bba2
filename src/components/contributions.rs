//! An objective's other places in the plan: the other higher objectives it
//! contributes to (`also_contributes_to`) and, on those, the objectives that
//! contribute to them; its other missioni and programmi. The tree keeps one
//! parent for navigation; these are links.

use cruscotto_core::{names, Lang};
use leptos::prelude::*;

use crate::state::Doc;
use crate::text::{documento as tx, obiettivi};

/// Links to objectives by index, as a list.
fn links(doc: &Doc, nodes: &[usize]) -> AnyView {
    let items = nodes
        .iter()
        .map(|&j| view! { <li><a href=doc.node_href(j)>{doc.node_label(j)}</a></li> })
        .collect_view();
    view! { <ul class="facts__list">{items}</ul> }.into_any()
}

/// The facts (`<div><dt>…</dt><dd>…</dd></div>`) of node `i`'s other
/// missioni, programmi and higher objectives, both ways.
pub fn facts(doc: &Doc, i: usize, lang: Lang) -> Vec<AnyView> {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut out = Vec::new();
    let fact = |dt: &'static str, dd: AnyView| {
        view! { <div class="facts__wide"><dt>{dt}</dt><dd>{dd}</dd></div> }.into_any()
    };
    if !o.also_missions.is_empty() {
        let list = o
            .also_missions
            .iter()
            .map(|m| view! { <li>{obiettivi::mission_name(m, names::mission(m, lang))}</li> })
            .collect_view();
        out.push(fact(
            t.also_missions,
            view! { <ul class="facts__list">{list}</ul> }.into_any(),
        ));
    }
    if !o.also_programmes.is_empty() {
        out.push(fact(
            t.also_programmes,
            o.also_programmes.join(", ").into_any(),
        ));
    }
    let up: Vec<usize> = o
        .also_contributes_to
        .iter()
        .filter_map(|id| doc.node_by_id(id))
        .collect();
    if !up.is_empty() {
        out.push(fact(t.also_contributes_to, links(doc, &up)));
    }
    let down = doc.contributors_of(i);
    if !down.is_empty() {
        out.push(fact(t.contributed_by, links(doc, down)));
    }
    out
}
