//! The facts of an objective: level, code, kind, status, deadline, weight,
//! years, offices, mission, programme, goals, PNRR, tags.

use cruscotto_core::{names, Lang, ObjectiveKind};
use leptos::prelude::*;

use crate::components::term::Term;
use crate::present::{deadline_text, weight_text};
use crate::route::Route;
use crate::state::Doc;
use crate::text::{common, obiettivi as tx};

/// The facts list.
pub(super) fn facts(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
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
    items.extend(crate::components::contributions::facts(doc, i, lang));
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
