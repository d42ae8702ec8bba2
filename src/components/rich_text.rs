//! Rich text from the data file, rendered safely: the core parses the allowed
//! subset of HTML into nodes ([`cruscotto_core::richtext`]) and this turns the
//! nodes into elements. Never `inner_html`: nothing in the file can execute.

use cruscotto_core::richtext::{parse_rich_text, Node, Tag};
use leptos::prelude::*;

fn nodes(list: Vec<Node>) -> AnyView {
    list.into_iter().map(node).collect_view().into_any()
}

fn node(n: Node) -> AnyView {
    match n {
        Node::Text(t) => t.into_any(),
        Node::Break => view! { <br /> }.into_any(),
        Node::Link(href, children) => {
            view! { <a href=href rel="noopener noreferrer nofollow">{nodes(children)}</a> }
                .into_any()
        }
        Node::Element(tag, children) => {
            let c = nodes(children);
            match tag {
                Tag::P => view! { <p>{c}</p> }.into_any(),
                Tag::B => view! { <strong>{c}</strong> }.into_any(),
                Tag::I => view! { <em>{c}</em> }.into_any(),
                Tag::U => view! { <u>{c}</u> }.into_any(),
                Tag::Ul => view! { <ul>{c}</ul> }.into_any(),
                Tag::Ol => view! { <ol>{c}</ol> }.into_any(),
                Tag::Li => view! { <li>{c}</li> }.into_any(),
            }
        }
    }
}

/// A description from the data file.
#[component]
pub fn RichText(
    /// The source text (allowed HTML subset).
    text: String,
) -> impl IntoView {
    view! { <div class="rich-text">{nodes(parse_rich_text(&text).nodes)}</div> }
}
