//! Breadcrumbs: where a page sits (the last item is the page itself).

use leptos::prelude::*;

/// A breadcrumb trail: `(label, href)`; the last one is the current page.
#[component]
pub fn Breadcrumbs(
    /// Accessible name of the trail.
    label: &'static str,
    /// Items from the top down; the last is the current page.
    items: Vec<(String, String)>,
) -> impl IntoView {
    let last = items.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label=label>
            <ol>
                {items.into_iter().enumerate().map(|(i, (text, href))| {
                    if i == last {
                        view! { <li><a href=href aria-current="page">{text}</a></li> }.into_any()
                    } else {
                        view! { <li><a href=href>{text}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
