//! The risorse page (to be written).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Ctx, Doc};
use crate::text;

/// The risorse page.
#[component]
pub fn RisorsePage(doc: Arc<Doc>) -> impl IntoView {
    let _ = doc;
    let ctx = Ctx::get();
    view! { <h1 id="titolo-pagina" tabindex="-1">{move || text::t(ctx.lang.get()).nav_risorse}</h1> }
}
