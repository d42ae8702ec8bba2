//! The obiettivi page (to be written).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Ctx, Doc};
use crate::text;

/// The obiettivi page.
#[component]
pub fn ObiettiviPage(doc: Arc<Doc>) -> impl IntoView {
    let _ = doc;
    let ctx = Ctx::get();
    view! { <h1 id="titolo-pagina" tabindex="-1">{move || text::t(ctx.lang.get()).nav_obiettivi}</h1> }
}
