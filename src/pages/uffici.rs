//! The offices pages (to be written).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Ctx, Doc};
use crate::text;

/// The organisation.
#[component]
pub fn UfficiPage(doc: Arc<Doc>) -> impl IntoView {
    let _ = doc;
    let ctx = Ctx::get();
    view! { <h1 id="titolo-pagina" tabindex="-1">{move || text::t(ctx.lang.get()).nav_uffici}</h1> }
}

/// One unit.
#[component]
pub fn UfficioPage(doc: Arc<Doc>, id: String) -> impl IntoView {
    let ctx = Ctx::get();
    let name = doc.unit_by_id(&id).map(|i| doc.unit(i).name.clone());
    view! { <h1 id="titolo-pagina" tabindex="-1">{name.unwrap_or_else(|| text::t(ctx.lang.get_untracked()).not_found_unit.to_string())}</h1> }
}
