//! The whole document on one page, to print it (or save it as PDF): every
//! objective in the document's order, each drawn as on its own page, one
//! heading level down.
//!
//! A plan can have tens of thousands of objectives, so the view keeps no
//! state per objective: each is drawn as static markup (tables without
//! downloads, [`StaticTables`]) into the page and the Rust side of it is
//! dropped at once (the elements stay; nothing holds a JavaScript reference
//! to them). The objectives are drawn in steps of [`STEP`], one step per
//! task, so the page stays responsive and says how far it has got; the
//! view is marked ready ([`crate::ready`]) after the last step.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use crate::components::narrative;
use crate::components::objective::objective_article;
use crate::components::table_region::StaticTables;
use crate::ready::{Done, Ready};
use crate::state::{Ctx, Doc};
use crate::text::tools as tx;
use cruscotto_core::Lang;

/// Objectives drawn per step.
const STEP: usize = 200;

/// Each drawing of the view (a new language draws it again) has a number;
/// a step of an older drawing stops.
static DRAWING: AtomicU64 = AtomicU64::new(0);

/// One step: objectives `from..` (at most [`STEP`]) into `into`, then the
/// next step in a new task.
#[allow(clippy::too_many_arguments)]
fn step(
    doc: Arc<Doc>,
    into: web_sys::HtmlElement,
    owner: Owner,
    lang: Lang,
    from: usize,
    drawing: u64,
    progress: RwSignal<usize>,
    done: Done,
) {
    if DRAWING.load(Ordering::Relaxed) != drawing || !into.is_connected() {
        return;
    }
    let to = (from + STEP).min(doc.len());
    let part = owner.child();
    part.with(|| {
        for i in from..to {
            let mut state = objective_article(&doc, i, lang, 2).into_view().build();
            state.mount(&into, None);
            // The element stays in the page; its Rust side goes.
            drop(state);
        }
    });
    drop(part);
    progress.set(to);
    if to < doc.len() {
        set_timeout(
            move || step(doc, into, owner, lang, to, drawing, progress, done),
            Duration::ZERO,
        );
    } else {
        done.mark();
    }
}

/// The printable document.
#[component]
pub fn StampaPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    provide_context(StaticTables);
    let owner = Owner::current().expect("a component has an owner");
    let total = doc.len();
    let progress = RwSignal::new(0usize);
    let list = NodeRef::<leptos::html::Div>::new();
    let ready = Ready::get();
    let done = ready.defer();
    let texts = doc.clone();
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let Some(into) = list.get() else { return };
        into.set_text_content(None);
        progress.set(0);
        let drawing = DRAWING.fetch_add(1, Ordering::Relaxed) + 1;
        step(
            doc.clone(),
            into.into(),
            owner.clone(),
            lang,
            0,
            drawing,
            progress,
            done,
        );
    });
    let t = move || tx::t(ctx.lang.get());
    view! {
        <h1 id="titolo-pagina" tabindex="-1">{move || t().whole_heading}</h1>
        <p class="lead">{move || t().whole_intro}</p>
        {move || {
            let lang = ctx.lang.get();
            view! {
                {narrative::narrative(&texts, lang, 2)}
                {narrative::method_note(&texts, lang, 2)}
            }
        }}
        <p class="whole-document__progress" role="status">
            {move || tx::whole_progress(ctx.lang.get(), progress.get(), total)}
        </p>
        <div class="whole-document" node_ref=list></div>
    }
}
