//! The glossary (to be written).

use leptos::prelude::*;

use crate::state::Ctx;
use crate::text;

/// The glossary, optionally at one term.
#[component]
pub fn GlossarioPage(term: Option<String>) -> impl IntoView {
    let _ = term;
    let ctx = Ctx::get();
    view! { <h1 id="titolo-pagina" tabindex="-1">{move || text::t(ctx.lang.get()).nav_glossario}</h1> }
}
