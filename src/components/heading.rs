//! A heading whose level depends on where its section is drawn: an
//! objective's page starts at `h1`, the same objective inside the whole
//! document (the print view of the plan) at `h2`.

use leptos::prelude::*;

/// `h1`, `h2` or `h3` (deeper levels are `h3`). An `id` makes it the page's
/// heading that receives the focus (`tabindex="-1"`).
#[component]
pub fn Heading(
    /// 1, 2 or 3.
    level: u8,
    /// The id of the page's heading, if it is one.
    #[prop(default = None)]
    id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let focusable = id.map(|_| "-1");
    match level {
        1 => view! { <h1 id=id tabindex=focusable>{children()}</h1> }.into_any(),
        2 => view! { <h2 id=id tabindex=focusable>{children()}</h2> }.into_any(),
        _ => view! { <h3 id=id tabindex=focusable>{children()}</h3> }.into_any(),
    }
}
