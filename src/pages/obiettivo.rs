//! The page of one objective (to be written).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Ctx, Doc};
use crate::text;

/// One objective.
#[component]
pub fn ObiettivoPage(doc: Arc<Doc>, id: String) -> impl IntoView {
    let ctx = Ctx::get();
    let title = doc.node_by_id(&id).map(|i| doc.node(i).title.clone());
    view! { <h1 id="titolo-pagina" tabindex="-1">{title.unwrap_or_else(|| text::t(ctx.lang.get_untracked()).not_found_objective.to_string())}</h1> }
}
