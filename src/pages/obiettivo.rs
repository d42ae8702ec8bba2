//! The page of one objective (`#/obiettivi/<id>`): the breadcrumbs and the
//! objective in full ([`crate::components::objective`]).

use std::sync::Arc;

use cruscotto_core::Lang;
use leptos::prelude::*;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::objective::objective_article;
use crate::route::{Calc, Route};
use crate::state::{Ctx, Doc};
use crate::text::{self, obiettivi as tx};

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
        // The calculator, on this objective.
        let simulate = Calc {
            objective: Some(id.clone()),
            edits: String::new(),
        }
        .route()
        .href();
        view! {
            <Breadcrumbs label=text::t(lang).breadcrumb_label items=crumbs />
            {objective_article(&doc, i, lang, 1)}
            <p class="obiettivo-simula">
                <a href=simulate>{text::calcolatore::t(lang).link}</a>
            </p>
            <crate::history::SincePiano doc=doc.clone() node=i />
            <crate::history::ObjectiveHistory doc=doc.clone() node=i />
        }
        .into_any()
    }
}
