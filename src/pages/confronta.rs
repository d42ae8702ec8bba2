//! The comparison of two documents: the loaded one (A) and a second one (B)
//! chosen here (a demo, a published file by address, or a local file). B is
//! loaded by the app's loading module (`open.rs`) and compared by the core
//! ([`cruscotto_core::diff::diff`]); every difference is the core's sentence,
//! the one `cruscotto diff` prints, so the page and the command agree.

use std::sync::Arc;

use cruscotto_core::diff::{self, ColumnDiff, ObjectiveDiff, PlanDiff, Presence, TableDiff};
use cruscotto_core::{it, messages, Dec, Lang, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::error_panel::ErrorPanel;
use crate::components::table_region::DataTable;
use crate::frame;
use crate::load;
use crate::open::{self, Latest};
use crate::route::{Route, Wanted};
use crate::state::{Ctx, Doc, DocState};
use crate::text::{self, confronta as tx};

/// Document B and its comparison with A.
#[derive(Clone)]
enum Other {
    /// Not chosen yet.
    None,
    /// Being fetched or read.
    Loading(String),
    /// Could not be read: the located problems.
    Failed(String, Vec<String>),
    /// Read and compared.
    Ready(Arc<Doc>, Arc<PlanDiff>),
}

/// B's state once loaded: compared with A.
fn compared(a: &Doc, state: DocState) -> Other {
    match state {
        DocState::Ready(b) => {
            let d = diff::diff(&a.plan, &a.analysis, &b.plan, &b.analysis);
            Other::Ready(b, Arc::new(d))
        }
        DocState::Failed { what, problems } => Other::Failed(what, problems),
        DocState::Loading(what) => Other::Loading(what),
        DocState::Empty => Other::None,
    }
}

/// The comparison page.
#[component]
pub fn ConfrontaPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let other = RwSignal::new(Other::None);
    // Only the latest request may show: a slow earlier one is dropped.
    let ticket = Latest::new();
    // What the address asked for last (a local file: `Nothing`).
    let asked = StoredValue::new(Wanted::Nothing);
    let index = LocalResource::new(load::load_index);
    let url_input = NodeRef::<leptos::html::Input>::new();

    // B as the address names it (also after Back and Forward).
    let a = doc.clone();
    Effect::new(move |_| {
        let Route::Confronta(wanted) = ctx.route.get() else {
            return;
        };
        if wanted == asked.get_value() {
            return;
        }
        asked.set_value(wanted.clone());
        let Some((url, source)) = open::where_from(wanted) else {
            return;
        };
        let t = ticket.next();
        other.set(Other::Loading(url.clone()));
        let a = a.clone();
        spawn_local(async move {
            let state = open::fetch_document(url, source, ctx.lang.get_untracked(), None).await;
            if ticket.is_current(t) {
                other.try_set(compared(&a, state));
            }
        });
    });

    // A local file: read here, never uploaded; the address keeps no trace.
    let a = doc.clone();
    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|l| l.get(0))
        else {
            return;
        };
        if let Some(i) = input {
            i.set_value("");
        }
        asked.set_value(Wanted::Nothing);
        let route = Route::Confronta(Wanted::Nothing);
        load::set_query(&[], &route.href());
        ctx.route.set(route);
        let t = ticket.next();
        other.set(Other::Loading(file.name()));
        let a = a.clone();
        spawn_local(async move {
            let state = open::read_local_document(file, ctx.lang.get_untracked()).await;
            if ticket.is_current(t) {
                other.try_set(compared(&a, state));
            }
        });
    };
    // A published file by its address: recorded in the address, to share.
    let on_url = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(url) = url_input.get().map(|i| i.value().trim().to_string()) else {
            return;
        };
        if url.is_empty() {
            return;
        }
        let route = Route::Confronta(Wanted::Url(url));
        load::set_query(&[], &route.href());
        ctx.route.set(route);
    };

    let demos = move || {
        let lang = ctx.lang.get();
        match index.get() {
            None => view! { <p role="status">{text::documenti::t(lang).docs_loading_list}</p> }.into_any(),
            Some(Err(e)) => view! { <ErrorPanel intro=text::documenti::t(lang).error_index_heading problems=vec![e.message(lang)] what=load::index_url() /> }.into_any(),
            Some(Ok(entries)) => {
                let links = entries
                    .into_iter()
                    .map(|e| {
                        let href = Route::Confronta(Wanted::Demo(e.stem().to_string())).href();
                        view! { <li><a href=href>{format!("{} – {}", e.municipality, e.title)}</a></li> }
                    })
                    .collect_view();
                view! { <ul class="confronta__demos">{links}</ul> }.into_any()
            }
        }
    };

    let a = doc.clone();
    let result = move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        match other.get() {
            Other::None => view! { <p class="confronta__none">{t.nothing_chosen}</p> }.into_any(),
            Other::Loading(what) => frame::loading(t.loading, Some(what)).into_any(),
            Other::Failed(what, problems) => {
                view! { <ErrorPanel intro=t.error_intro problems=problems what=what /> }.into_any()
            }
            Other::Ready(b, d) => report(&a, &b, &d, lang).into_any(),
        }
    };

    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let a_line = tx::summary(lang, &doc_summary(&doc));
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{t.heading}</h1>
            <p class="lead">{t.intro}</p>
            <p class="confronta__a"><strong>{t.a_label}</strong> ": " {a_line}</p>
            <section class="confronta__scelta" aria-labelledby="confronta-b">
                <h2 id="confronta-b">{t.choose_heading}</h2>
                <div class="confronta__modi">
                    <div>
                        <h3>{t.choose_demos}</h3>
                        {demos}
                    </div>
                    <div>
                        <h3>{t.choose_local}</h3>
                        <label class="button" for="confronta-file">{t.local_button}</label>
                        <input id="confronta-file" class="visually-hidden-focusable" type="file"
                            accept=".json,application/json" on:change=on_pick.clone() />
                        <p class="confronta__hint">{t.local_hint}</p>
                    </div>
                    <form class="confronta__url" on:submit=on_url>
                        <h3>{t.choose_url}</h3>
                        <label for="confronta-url">{t.url_label}</label>
                        <input id="confronta-url" type="text" inputmode="url" autocomplete="url"
                            spellcheck="false" node_ref=url_input />
                        <button type="submit" class="button">{t.url_button}</button>
                    </form>
                </div>
            </section>
            <section class="confronta__esito" aria-labelledby="confronta-esito">
                <h2 id="confronta-esito">{t.result_heading}</h2>
                {result.clone()}
            </section>
        }
    }
}

/// A's figures, as the comparison states them.
fn doc_summary(doc: &Doc) -> diff::DocSummary {
    let d = &doc.plan.document;
    diff::DocSummary {
        title: d.title.clone(),
        kind: d.kind,
        municipality: d.municipality.name.clone(),
        year: d.reference_year.unwrap_or(d.period.start),
        objectives: doc.analysis.scores.nodes.len(),
        indicators: doc.analysis.scores.indicators.len(),
        overall: doc.analysis.scores.overall,
    }
}

/// The differences, in the command's order: added, removed, changed, budget.
fn report(a: &Doc, b: &Doc, d: &PlanDiff, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let warnings = [("A", a), ("B", b)]
        .into_iter()
        .filter(|(_, x)| x.count(Severity::Error) > 0)
        .map(|(w, x)| view! { <p class="confronta__avviso">{tx::errors_warning(lang, w, x.count(Severity::Error))}</p> })
        .collect_view();
    let overall = (!matches!(
        d.overall,
        diff::Change::Score {
            from: None,
            to: None,
            ..
        }
    ))
    .then(|| view! { <p id="confronta-complessivo">{t.overall} " " {d.overall.message(lang)}</p> });
    let ambiguous = (!d.ambiguous.is_empty()).then(|| {
        let items = d
            .ambiguous
            .iter()
            .map(|x| view! { <li>{messages::diff_ambiguity(x, lang)}</li> })
            .collect_view();
        view! {
            <div class="confronta__nota" role="note">
                <h3>{t.ambiguous_heading}</h3>
                <ul>{items}</ul>
            </div>
        }
    });
    let body = if d.is_empty() {
        view! { <p id="confronta-vuoto" class="confronta__vuoto">{t.no_differences}</p> }.into_any()
    } else {
        let sections = [
            (Presence::Added, "confronta-aggiunti", t.added_heading),
            (Presence::Removed, "confronta-tolti", t.removed_heading),
            (Presence::Matched, "confronta-cambiati", t.changed_heading),
        ]
        .into_iter()
        .filter_map(|(presence, id, heading)| {
            let items: Vec<_> = d.objectives.iter().filter(|o| o.presence == presence).collect();
            if items.is_empty() {
                return None;
            }
            let list = items.into_iter().map(|o| objective(a, o, lang)).collect_view();
            Some(view! {
                <section aria-labelledby=id>
                    <h3 id=id>{heading}</h3>
                    <ul class=format!("confronta__obiettivi confronta__obiettivi--{}", presence_name(presence))>{list}</ul>
                </section>
            })
        })
        .collect_view();
        let budget = (!d.tables.is_empty()).then(|| {
            let tables = d.tables.iter().map(|tb| table(tb, lang)).collect_view();
            view! {
                <section aria-labelledby="confronta-bilancio">
                    <h3 id="confronta-bilancio">{t.budget_heading}</h3>
                    {tables}
                </section>
            }
        });
        view! { {sections} {budget} }.into_any()
    };
    view! {
        <p class="confronta__doc"><strong>"A"</strong> ": " {tx::summary(lang, &d.a)}</p>
        <p class="confronta__doc"><strong>"B"</strong> ": " {tx::summary(lang, &d.b)}</p>
        {warnings}
        <p id="confronta-conteggi" class="confronta__conteggi">{messages::diff_counts(&d.counts, lang)}</p>
        {overall}
        {ambiguous}
        <p class="confronta__regola">{t.rule}</p>
        {body}
    }
}

fn presence_name(p: Presence) -> &'static str {
    match p {
        Presence::Added => "aggiunti",
        Presence::Removed => "tolti",
        Presence::Matched => "cambiati",
    }
}

/// One objective: its label (a link to its page in A, when it is in A), how
/// it was matched, and each difference as the core's sentence.
fn objective(a: &Doc, o: &ObjectiveDiff, lang: Lang) -> impl IntoView {
    let text = o.label();
    let title = match o
        .node_a
        .filter(|&i| i < a.len() && Some(&a.node(i).id) == o.id_a.as_ref())
    {
        Some(i) => view! { <a href=a.node_href(i)>{text}</a> }.into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    };
    let rule = o
        .rule
        .map(|r| view! { <span class="confronta__abbinato">{format!(" ({})", messages::diff_rule(r, lang))}</span> });
    let changes = (!o.changes.is_empty()).then(|| {
        let items = o
            .changes
            .iter()
            .map(|c| view! { <li class="confronta__cambio">{c.message(lang)}</li> })
            .collect_view();
        view! { <ul class="confronta__cambi">{items}</ul> }
    });
    let id = o
        .id_b
        .clone()
        .or_else(|| o.id_a.clone())
        .unwrap_or_default();
    view! {
        <li class="confronta__obiettivo" data-id=id>
            <p class="confronta__titolo">{title}{rule}</p>
            {changes}
        </li>
    }
}

/// An amount, or a dash.
fn euro(v: Option<Dec>, t: &tx::Texts) -> String {
    v.map_or_else(|| t.none.to_string(), it::euro)
}

/// B − A with its sign (`+1.000,00 €`), as the command prints it.
fn signed(v: Option<Dec>, t: &tx::Texts) -> String {
    match v {
        Some(x) if x.get().is_sign_positive() && !x.get().is_zero() => format!("+{}", it::euro(x)),
        other => euro(other, t),
    }
}

/// A budget table that differs: one group of lines per row, one line per
/// amount that changed (every amount of an added or removed row).
fn table(tb: &TableDiff, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let caption = match tb.presence {
        Presence::Added => format!("{} ({}, {})", tb.title, tb.id, t.table_added),
        Presence::Removed => format!("{} ({}, {})", tb.title, tb.id, t.table_removed),
        Presence::Matched => format!("{} ({})", tb.title, tb.id),
    };
    let groups = tb
        .rows
        .iter()
        .map(|r| {
            let cols: Vec<&ColumnDiff> = r
                .columns
                .iter()
                .filter(|c| c.changed() || r.presence != Presence::Matched)
                .collect();
            let head = match r.presence {
                Presence::Added => format!("{} ({})", r.label, t.row_added),
                Presence::Removed => format!("{} ({})", r.label, t.row_removed),
                Presence::Matched => r.label.clone(),
            };
            let span = cols.len().max(1);
            let lines = cols
                .into_iter()
                .enumerate()
                .map(|(k, c)| {
                    let first = (k == 0)
                        .then(|| view! { <th scope="rowgroup" rowspan=span>{head.clone()}</th> });
                    view! {
                        <tr data-colonna=c.column.as_str()>
                            {first}
                            <th scope="row">{text::risorse::column(lang, c.column)}</th>
                            <td class="num">{euro(c.a, t)}</td>
                            <td class="num">{euro(c.b, t)}</td>
                            <td class="num">{signed(c.delta, t)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! { <tbody data-voce=r.id.clone()>{lines}</tbody> }
        })
        .collect_view();
    // Cells span the rows of a group: no downloads.
    view! {
        <DataTable caption=caption class="confronta__tabella" data_tabella=tb.id.clone()
            row_groups=true no_downloads=true head=view! {
                <th scope="col">{t.col_item}</th>
                <th scope="col">{t.col_column}</th>
                <th scope="col" class="num">"A"</th>
                <th scope="col" class="num">"B"</th>
                <th scope="col" class="num">{t.col_difference}</th>
            }.into_any()>
            {groups}
        </DataTable>
    }
}
