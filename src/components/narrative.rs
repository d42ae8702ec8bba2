//! The document's own words: its narrative sections (presentazione,
//! premessa, metodologia, contesto …) in its order, each under its own
//! heading (so they are in the page's outline), and the note a reader needs
//! when the document does not declare its scoring method.

use cruscotto_core::{messages, Lang};
use leptos::prelude::*;

use crate::components::heading::Heading;
use crate::components::rich_text::RichText;
use crate::state::Doc;
use crate::text::documento as tx;

/// The narrative sections, headings at `level`; `None` when the document
/// has none.
pub fn narrative(doc: &Doc, lang: Lang, level: u8) -> Option<AnyView> {
    if doc.plan.narrative.is_empty() {
        return None;
    }
    let sections = doc
        .plan
        .narrative
        .iter()
        .map(|s| {
            let kind = s.kind.map(|k| k.as_str()).unwrap_or("altro");
            let title = s.title.clone();
            let text = s.text.clone();
            view! {
                <section class=format!("narrative__section narrative__section--{kind}")>
                    <Heading level=level>{title}</Heading>
                    <RichText text=text />
                </section>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="narrative" role="region" aria-label=tx::t(lang).narrative_label>
                {sections}
            </div>
        }
        .into_any(),
    )
}

/// What the figures use when the document does not declare (all or part
/// of) its scoring method; `None` when it declares it.
pub fn method_note(doc: &Doc, lang: Lang, level: u8) -> Option<AnyView> {
    let note = messages::method_note(&doc.plan.scoring, lang)?;
    Some(
        view! {
            <section class="method-note">
                <Heading level=level>{tx::t(lang).method_heading}</Heading>
                <p>{note}</p>
            </section>
        }
        .into_any(),
    )
}
