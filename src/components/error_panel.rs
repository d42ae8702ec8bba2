//! A panel that says, in Italian, why something could not be shown.

use leptos::prelude::*;

use crate::text;

/// An error message announced to assistive technology (`role="alert"`).
#[component]
pub fn ErrorPanel(
    /// The panel's heading: what could not be done.
    heading: &'static str,
    /// The full sentence: what is wrong, where, and how to fix it.
    message: String,
    /// The file concerned, shown under the message when known.
    #[prop(optional)]
    src: Option<String>,
) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <h2 class="error-panel__heading">{heading}</h2>
            <p class="error-panel__message">{message}</p>
            {src
                .map(|src| {
                    view! {
                        <p class="error-panel__file">
                            {text::ERROR_FILE} ": " <code>{src}</code>
                        </p>
                    }
                })}
        </div>
    }
}
