//! The whole document on one page, to print it (or save it as PDF): every
//! objective in the document's order, each drawn as on its own page, one
//! heading level down.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::objective::objective_article;
use crate::state::{Ctx, Doc};
use crate::text::tools as tx;

/// The printable document.
#[component]
pub fn StampaPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let objectives = (0..doc.len())
            .map(|i| objective_article(&doc, i, lang, 2))
            .collect_view();
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{t.whole_heading}</h1>
            <p class="lead">{t.whole_intro}</p>
            <div class="whole-document">{objectives}</div>
        }
    }
}
