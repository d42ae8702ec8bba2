//! The sintesi page (to be written).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Ctx, Doc};
use crate::text;

/// The sintesi page.
#[component]
pub fn SintesiPage(doc: Arc<Doc>) -> impl IntoView {
    let _ = doc;
    let ctx = Ctx::get();
    view! { <h1 id="titolo-pagina" tabindex="-1">{move || text::t(ctx.lang.get()).nav_sintesi}</h1> }
}
