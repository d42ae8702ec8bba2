//! "Compila i risultati", a panel of the calculator on a Piano (or PIAO):
//! the values typed in the calculator (final values, declared results,
//! neutralisations …) written into the document, made a Relazione or a
//! Monitoraggio with its date ([`cruscotto_core::simulate::fill_in`]), and
//! downloaded as the `cruscotto/1` file — the same bytes `cruscotto
//! compila` writes ([`simulate::document_text`]) — or as the filled
//! template, `cruscotto export`'s sheets written as `.xlsx` in the import
//! worker ([`load::workbook_in_worker`]). A document that does not fill in
//! or does not pass the checks is not downloaded: the panel says why.

use std::sync::Arc;

use cruscotto_core::simulate;
use cruscotto_core::{edits, DocumentKind, Lang, Options, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use crate::state::{Ctx, Doc};
use crate::text::compila as tx;

/// Whether `doc` is a plan the panel fills in (no results yet).
pub fn fills(doc: &Doc) -> bool {
    matches!(
        doc.plan.document.kind,
        DocumentKind::Piano | DocumentKind::Piao
    )
}

/// The filled-in document: its file name (without extension) and its
/// text, or why there is none (a sentence).
fn filled(
    doc: &Doc,
    text: &str,
    kind: DocumentKind,
    date: &str,
    lang: Lang,
) -> Result<(String, String), String> {
    let list = edits::parse_edits(text).map_err(|e| e.message(lang))?;
    let out = simulate::fill_in(&doc.plan, &list, kind, date).map_err(|e| e.message(lang))?;
    let analysis = cruscotto_core::analyse_with(&out, &Options::default());
    if let Some(d) = analysis
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Error)
    {
        return Err(format!(
            "{} {} ({})",
            tx::t(lang).not_valid,
            d.message(lang),
            d.path
        ));
    }
    let d = &out.document;
    let name = cruscotto_kit::table::file_name(
        &d.municipality.name,
        d.reference_year.or(Some(d.period.start)),
        kind.as_str(),
        "json",
    );
    let stem = name.trim_end_matches(".json").to_string();
    Ok((stem, simulate::document_text(&out)))
}

/// The panel; `edits` are the calculator's (its text form).
#[component]
pub fn CompilaPanel(doc: Arc<Doc>, #[prop(into)] edits: Signal<String>) -> impl IntoView {
    let ctx = Ctx::get();
    let kind = RwSignal::new(DocumentKind::Relazione);
    let date = RwSignal::new(load::today_iso());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let busy = RwSignal::new(false);

    let d = doc.clone();
    let save = move |workbook: bool| {
        let lang = ctx.lang.get_untracked();
        let result = filled(
            &d,
            &edits.get_untracked(),
            kind.get_untracked(),
            &date.get_untracked(),
            lang,
        );
        let (stem, text) = match result {
            Ok(x) => x,
            Err(e) => {
                status.set(String::new());
                error.set(Some(e));
                return;
            }
        };
        error.set(None);
        if !workbook {
            let name = format!("{stem}.json");
            load::download(&name, "application/json", text.as_bytes());
            status.set(tx::saved(lang, &name));
            return;
        }
        busy.set(true);
        status.set(tx::t(lang).working.to_string());
        spawn_local(async move {
            let name = format!("{stem}.xlsx");
            let said = match load::workbook_in_worker(&text).await {
                Ok(Ok(bytes)) => {
                    load::download(
                        &name,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        &bytes,
                    );
                    Ok(tx::saved(lang, &name))
                }
                Ok(Err(path)) if !path.is_empty() => Err(tx::no_column(lang, &path)),
                Ok(Err(_)) => Err(tx::t(lang).no_workbook.to_string()),
                Err(e) => Err(e.message(lang)),
            };
            busy.try_set(false);
            match said {
                Ok(s) => {
                    status.try_set(s);
                }
                Err(e) => {
                    status.try_set(String::new());
                    error.try_set(Some(e));
                }
            }
        });
    };
    let save_json = save.clone();

    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let radio = move |value: DocumentKind, id: &'static str, label: &'static str| {
            view! {
                <div class="compila__scelta">
                    <input type="radio" name="compila-tipo" id=id value=value.as_str()
                        prop:checked=move || kind.get() == value
                        on:change=move |_| kind.set(value) />
                    <label for=id>{label}</label>
                </div>
            }
        };
        let save_json = save_json.clone();
        let save = save.clone();
        view! {
            <section class="compila" aria-labelledby="compila-titolo">
                <h2 id="compila-titolo">{t.heading}</h2>
                <p>{t.intro}</p>
                <fieldset class="compila__tipo">
                    <legend>{t.kind_legend}</legend>
                    {radio(DocumentKind::Relazione, "compila-relazione", t.relazione)}
                    {radio(DocumentKind::Monitoraggio, "compila-monitoraggio", t.monitoraggio)}
                </fieldset>
                <div class="compila__data">
                    <label for="compila-data">{t.date_label}</label>
                    <input type="date" id="compila-data" aria-describedby="compila-data-aiuto"
                        prop:value=move || date.get()
                        on:change=move |ev| date.set(event_target_value(&ev)) />
                    <p class="calc__aiuto" id="compila-data-aiuto">{t.date_hint}</p>
                </div>
                <p id="compila-modifiche">
                    {move || tx::edits(lang, edits.with(|e| edits::parse_edits(e).map_or(0, |l| l.len())))}
                </p>
                <div class="compila__azioni">
                    <button type="button" class="button" id="compila-json"
                        on:click=move |_| save_json(false)>{t.json}</button>
                    <button type="button" class="button" id="compila-xlsx" prop:disabled=move || busy.get()
                        on:click=move |_| save(true)>{t.xlsx}</button>
                </div>
                <p class="visually-hidden" role="status" aria-live="polite" id="compila-stato">
                    {move || status.get()}
                </p>
                <div role="alert" id="compila-errore-regione">
                    {move || error.get().map(|e| view! { <p class="compila__errore" id="compila-errore">{e}</p> })}
                </div>
                <p class="compila__comando">{t.cli}</p>
            </section>
        }
    }
}
