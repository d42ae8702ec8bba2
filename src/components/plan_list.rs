//! The list of bundled demo documents, one button each.

use cruscotto_core::DocumentKind;
use leptos::prelude::*;

use crate::load::PlanEntry;
use crate::text;

/// Buttons that open a demo document; the open one is `aria-pressed="true"`.
#[component]
pub fn PlanList(
    /// The documents listed in `plans/index.json`.
    entries: Vec<PlanEntry>,
    /// Address of the document being shown, if any.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// Called with the document's address when the reader picks it.
    on_choose: Callback<String>,
) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p class="plan-list__empty">{text::LIST_EMPTY}</p> }.into_any();
    }
    let items = entries
        .into_iter()
        .map(|entry| {
            let url = entry.url();
            let pressed = {
                let url = url.clone();
                move || (selected.get().as_deref() == Some(url.as_str())).to_string()
            };
            let kind = DocumentKind::ALL
                .iter()
                .find(|k| k.as_str() == entry.kind)
                .map_or(entry.kind.clone(), |k| text::document_kind(*k).to_owned());
            view! {
                <li class="plan-list__item">
                    <button
                        type="button"
                        class="plan-list__button"
                        aria-pressed=pressed
                        on:click=move |_| on_choose.run(url.clone())
                    >
                        <span class="plan-list__municipality">{entry.municipality}</span>
                        <span class="plan-list__title">{entry.title}</span>
                        <span class="plan-list__meta">{format!("{kind} · {}", entry.year)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plan-list">{items}</ul> }.into_any()
}
