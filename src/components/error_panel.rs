//! A panel that says why something could not be shown: one sentence per
//! problem, each with where it is.

use leptos::prelude::*;

/// An error panel announced to assistive technology (`role="alert"`).
#[component]
pub fn ErrorPanel(
    /// What the list is about.
    intro: &'static str,
    /// The problems, one full sentence each.
    problems: Vec<String>,
    /// The file or address concerned.
    what: String,
) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <p class="error-panel__intro">{intro} " " <code>{what}</code></p>
            <ul class="error-panel__list">
                {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        </div>
    }
}
