//! The tools above every page of a document: copy a stable link to the
//! view (to cite or share it) and print it; and, on paper only, where the
//! page comes from and when it was printed.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use crate::state::{Ctx, Doc, Source};
use crate::text::tools as tx;

/// The tools and the print-only source line.
#[component]
pub fn PageTools(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang.get_untracked();
    let t = tx::t(lang);
    let status = RwSignal::new(None::<&'static str>);
    let local = matches!(doc.source, Source::Local(_));
    let copy = move |_| {
        status.set(None);
        spawn_local(async move {
            let ok = load::copy_text(&load::page_url()).await;
            status.set(Some(match (ok, local) {
                (false, _) => t.copy_failed,
                (true, true) => t.local_file,
                (true, false) => t.copied,
            }));
        });
    };
    let source = doc
        .plan
        .document
        .source_url
        .clone()
        .filter(|u| cruscotto_core::richtext::is_safe_url(u));
    view! {
        <div class="page-tools" role="group" aria-label=t.label>
            <button type="button" class="button button--secondary" on:click=copy>{t.copy_link}</button>
            <button type="button" class="button button--secondary" on:click=|_| load::print()>{t.print}</button>
            <a class="page-tools__link" href=crate::route::Route::Stampa.href()>{t.whole_link}</a>
            <p class="page-tools__status" role="status">{move || status.get()}</p>
        </div>
        <p class="print-meta">
            {format!(
                "{} – {}. {} {} – {} {}",
                doc.plan.document.municipality.name,
                doc.plan.document.title,
                t.printed_from,
                load::page_url(),
                t.printed_on,
                load::today(),
            )}
            {source.map(|u| format!(" · {}: {u}", t.source))}
        </p>
    }
}
