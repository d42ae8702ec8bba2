//! A word with a glossary entry: a link to its definition.

use leptos::prelude::*;

use crate::route::Route;

/// A term linked to the glossary (`#/glossario/<key>`).
#[component]
pub fn Term(
    /// Glossary key (`impegnato`, `peso` …).
    key: &'static str,
    /// The word as shown.
    children: Children,
) -> impl IntoView {
    view! { <a class="term" href=Route::Glossario(Some(key.to_string())).href()>{children()}</a> }
}
