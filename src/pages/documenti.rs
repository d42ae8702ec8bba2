//! The chooser: bundled demo documents, a local file (picker or drag and
//! drop) for publishers, and how to open a published file.

use cruscotto_core::{DocumentKind, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::error_panel::ErrorPanel;
use crate::load;
use crate::open::Opener;
use crate::state::Ctx;
use crate::text::{self, common};

/// The empty template, shipped with the app.
const TEMPLATE_FILE: &str = "plans/modelli/modello.xlsx";

/// Every file of a picker or a drop.
fn all_files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The chooser of documents.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let ctx = Ctx::get();
    let opener = expect_context::<Opener>();
    let index = LocalResource::new(load::load_index);
    let dragging = RwSignal::new(false);

    let list = move || {
        let lang = ctx.lang.get();
        let dt = text::documenti::t(lang);
        match index.get() {
            None => view! { <p role="status">{dt.docs_loading_list}</p> }.into_any(),
            Some(Err(e)) => view! { <ErrorPanel intro=dt.error_index_heading problems=vec![e.message(lang)] what=load::index_url() /> }.into_any(),
            Some(Ok(entries)) if entries.is_empty() => view! { <p>{dt.docs_empty}</p> }.into_any(),
            Some(Ok(entries)) => entries
                .into_iter()
                .map(|e| {
                    let kind = DocumentKind::ALL.iter().find(|k| k.as_str() == e.kind).map_or(e.kind.clone(), |k| common::document_kind(lang, *k).to_string());
                    let stem = e.stem().to_string();
                    let href = format!("?piano={stem}#/sintesi");
                    view! {
                        <li class="doc-card">
                            <a class="doc-card__link" href=href on:click=move |ev| {
                                ev.prevent_default();
                                opener.open_demo(&stem);
                            }>
                                <span class="doc-card__municipality">{e.municipality}</span>
                                <span class="doc-card__title">{e.title}</span>
                                <span class="doc-card__meta">{format!("{kind} · {}", e.year)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
                .into_any(),
        }
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let files = all_files(input.as_ref().and_then(|i| i.files()));
        if !files.is_empty() {
            opener.open_local(files);
        }
        if let Some(i) = input {
            i.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = all_files(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            opener.open_local(files);
        }
    };

    // The demo plans as filled templates (`plans/modelli/<stem>.xlsx`).
    let examples = move || {
        let dt = text::documenti::t(ctx.lang.get());
        let Some(Ok(entries)) = index.get() else {
            return None;
        };
        let links = entries
            .into_iter()
            .map(|e| {
                let href = load::app_file(&format!("plans/modelli/{}.xlsx", e.stem()));
                let file = format!("{}.xlsx", e.stem());
                view! { <a href=href download=file.clone()>{e.municipality}</a> " " }
            })
            .collect_view();
        Some(view! { <li>{dt.docs_examples_label} ": " {links}</li> })
    };

    move || {
        let lang = ctx.lang.get();
        let t = text::t(lang);
        let dt = text::documenti::t(lang);
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{t.docs_heading}</h1>
            <p class="lead">{dt.docs_intro}</p>
            <crate::archive::ArchiveList />
            {move || crate::archive::catalogue().is_none().then(|| view! {
                <section aria-labelledby="esempi">
                    <h2 id="esempi">{text::documenti::t(ctx.lang.get()).docs_demos}</h2>
                    <ul class="doc-list">{list}</ul>
                </section>
            })}
            <section aria-labelledby="locale">
                <h2 id="locale">{dt.docs_local_heading}</h2>
                <p>{dt.docs_local_intro}</p>
                <div class="drop-zone" class:drop-zone--active=move || dragging.get()
                    on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop>
                    <label class="button" for="file-input">{dt.docs_local_button}</label>
                    <input id="file-input" class="visually-hidden-focusable" type="file" multiple accept=".json,application/json,.xlsx,.xlsm,.xlsb,.xls,.ods,.csv,text/csv" on:change=on_pick />
                    <span class="drop-zone__hint">{dt.docs_drop_here}</span>
                </div>
                <p>{dt.docs_sheet_intro}</p>
                <ul class="template-links">
                    <li><a href=load::app_file(TEMPLATE_FILE) download="modello.xlsx">{dt.docs_template_link}</a></li>
                    {examples}
                </ul>
            </section>
            <section aria-labelledby="pubblicato">
                <h2 id="pubblicato">{dt.docs_url_heading}</h2>
                <p>{dt.docs_url_intro}</p>
                <p><code>{if lang == Lang::It { "?src=https://www.comune.esempio.it/performance/piano.json" } else { "?src=https://www.example.org/plan.json" }}</code></p>
            </section>
        }
    }
}
