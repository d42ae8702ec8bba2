//! The archive across years (full build only): the other documents of the
//! published folder loaded **on demand** (a button, then «Caricamento 2 di
//! 5 documenti…»), the core's [`cruscotto_core::history::history`] of them,
//! and what the pages draw of it — the objective's history (a chart and
//! tables: weight and score, each indicator's target and result per
//! document), the overall score and distribution of results per document
//! (Sintesi), budget totals and rates per document (Risorse). The
//! Relazione's objective page also shows what changed since the Piano of
//! the same year (the core's comparison, [`cruscotto_core::diff`]).
//!
//! Loaded once per page: every view then draws from the same history.

use std::sync::Arc;

use cruscotto_core::diff::{self, Presence};
use cruscotto_core::history::{history, History};
use cruscotto_core::{it, Dec, DocumentKind, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_decimal::Decimal;

use crate::archive;
use crate::components::chart::{Chart, ChartRow, Series};
use crate::components::error_panel::ErrorPanel;
use crate::components::table_region::DataTable;
use crate::open;
use crate::state::{Ctx, Doc, DocState, Source};
use crate::text::archivio as tx;

/// The archive's documents, as far as loaded.
#[derive(Clone)]
enum State {
    /// Not asked for.
    Idle,
    /// `done` of `of` documents read.
    Loading { done: usize, of: usize },
    /// A document could not be read: which, and why.
    Failed(String, Vec<String>),
    /// Every document, in the catalogue's order, and their history.
    Ready(Arc<Vec<Arc<Doc>>>, Arc<History>),
}

thread_local! {
    static STATE: ArcRwSignal<State> = ArcRwSignal::new(State::Idle);
}

fn state() -> ArcRwSignal<State> {
    STATE.with(Clone::clone)
}

/// Loads every document of the archive but `shown` (already open), one
/// after the other, then computes their history.
fn load_all(shown: Arc<Doc>, lang: Lang) {
    let Some(c) = archive::catalogue() else {
        return;
    };
    let st = state();
    if !matches!(st.get_untracked(), State::Idle | State::Failed(..)) {
        return;
    }
    let of = c.documents.len().saturating_sub(1);
    st.set(State::Loading { done: 0, of });
    spawn_local(async move {
        let mut docs = Vec::with_capacity(c.documents.len());
        let mut done = 0;
        for e in &c.documents {
            let url = archive::address(e);
            if Source::Url(url.clone()) == shown.source
                || Source::Url(e.file.clone()) == shown.source
            {
                docs.push(shown.clone());
                continue;
            }
            match open::fetch_document(url.clone(), Source::Url(url), lang, None).await {
                DocState::Ready(d) => docs.push(d),
                DocState::Failed { what, problems } => {
                    st.set(State::Failed(what, problems));
                    return;
                }
                _ => return,
            }
            done += 1;
            st.set(State::Loading { done, of });
        }
        let pairs: Vec<_> = docs.iter().map(|d| (&d.plan, &d.analysis)).collect();
        let h = history(&pairs);
        st.set(State::Ready(Arc::new(docs), Arc::new(h)));
    });
}

/// A history section: its heading, and (with its introduction) the button
/// that loads the archive (`words`: heading, introduction, button),
/// the progress, the problem, or what `draw` makes of the history (given
/// the documents, the history and the shown document's position).
fn section<F>(
    doc: Arc<Doc>,
    id: &'static str,
    words: fn(&tx::Texts) -> [&'static str; 3],
    draw: F,
) -> impl IntoView
where
    F: Fn(&[Arc<Doc>], &History, usize, Lang) -> AnyView + Send + Sync + 'static,
{
    let ctx = Ctx::get();
    let st = state();
    move || {
        let (c, here) = archive::shown(&doc)?;
        if c.documents.len() < 2 {
            return None;
        }
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let heading_id = format!("{id}-titolo");
        let [heading, intro, button] = words(t);
        let shown = doc.clone();
        let ask = move || {
            view! {
                <p><button type="button" class="button" id=format!("{id}-carica")
                    on:click=move |_| load_all(shown.clone(), ctx.lang.get_untracked())>
                    {button}
                </button></p>
            }
        };
        let body = match st.get() {
            State::Idle => view! { <p>{intro}</p> {ask()} }.into_any(),
            State::Loading { done, of } => {
                view! { <p role="status" class="storia__caricamento">{tx::loading(lang, (done + 1).min(of), of)}</p> }.into_any()
            }
            // Said, and asked again (the reader may retry).
            State::Failed(what, problems) => view! {
                <ErrorPanel intro=t.history_failed problems=problems what=what />
                {ask()}
            }
            .into_any(),
            State::Ready(docs, h) => draw(&docs, &h, here, lang),
        };
        Some(view! {
            <section class="storia" id=id aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{heading}</h2>
                {body}
            </section>
        })
    }
}

fn pct(d: Option<Dec>) -> String {
    d.map_or_else(|| "—".into(), it::percent)
}

fn num(d: Option<Dec>) -> String {
    d.map_or_else(|| "—".into(), |d| it::number(d.get(), d.get().scale()))
}

fn euro(d: Option<Dec>) -> String {
    d.map_or_else(|| "—".into(), it::euro)
}

/// `Relazione 2024` for a document of the history.
fn doc_label(h: &History, k: usize, lang: Lang) -> String {
    let d = &h.documents[k];
    tx::short(lang, d.kind, d.year)
}

/// A bar chart of percentages, one bar per document that has one.
fn percent_chart(
    id: String,
    caption: String,
    h: &History,
    values: Vec<Option<Dec>>,
    lang: Lang,
) -> Option<AnyView> {
    let rows: Vec<ChartRow> = values
        .iter()
        .enumerate()
        .filter_map(|(k, v)| {
            let v = (*v)?;
            Some(ChartRow {
                label: doc_label(h, k, lang),
                values: vec![Some((v, it::percent(v)))],
                ..ChartRow::default()
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let hundred = Dec(Decimal::ONE_HUNDRED);
    let max = rows
        .iter()
        .filter_map(|r| r.values[0].as_ref().map(|(v, _)| *v))
        .fold(hundred, |m, v| if v.get() > m.get() { v } else { m });
    let t = tx::t(lang);
    Some(
        view! {
            <Chart id=id caption=caption.clone() head=t.col_document.to_string()
                series=vec![Series { name: caption }] rows=rows max=max lang=lang />
        }
        .into_any(),
    )
}

/// A cell: its text, and whether it is a number (aligned right).
type Cell = (String, bool);

/// A table with one row per document that has the item (`years[k]`): the
/// document, then `cells` of it; `head`: the other columns' headings
/// (text, numeric).
fn years_table<Y>(
    caption: String,
    name: String,
    head: &[(&'static str, bool)],
    years: &[Option<Y>],
    h: &History,
    lang: Lang,
    cells: impl Fn(&Y) -> Vec<Cell>,
) -> AnyView {
    let t = tx::t(lang);
    let class = |numeric: bool| numeric.then_some("num");
    let head = head
        .iter()
        .map(|(text, numeric)| view! { <th scope="col" class=class(*numeric)>{*text}</th> })
        .collect_view();
    let rows = years
        .iter()
        .enumerate()
        .filter_map(|(k, y)| {
            let cells = cells(y.as_ref()?)
                .into_iter()
                .map(|(text, numeric)| view! { <td class=class(numeric)>{text}</td> })
                .collect_view();
            Some(view! {
                <tr data-documento=k>
                    <th scope="row">{doc_label(h, k, lang)}</th>
                    {cells}
                </tr>
            })
        })
        .collect_view();
    view! {
        <DataTable caption=caption class="storia__tabella" data_tabella=name
            head=view! { <th scope="col">{t.col_document}</th> {head} }.into_any()>
            {rows}
        </DataTable>
    }
    .into_any()
}

/// The objective's history: its score per document (chart), weight and
/// score per document, each indicator's target, result and achievement.
#[component]
pub fn ObjectiveHistory(doc: Arc<Doc>, node: usize) -> impl IntoView {
    section(
        doc,
        "storia-obiettivo",
        |t| [t.history_heading, t.history_intro, t.history_button],
        move |_, h, here, lang| {
            let t = tx::t(lang);
            let Some(o) = h
                .objective(here, node)
                .filter(|o| o.years.iter().flatten().count() > 1)
            else {
                return view! { <p>{t.history_none}</p> }.into_any();
            };
            let scores = o
                .years
                .iter()
                .map(|y| y.as_ref().and_then(|y| y.score))
                .collect();
            let chart = percent_chart(
                "grafico-storia-obiettivo".into(),
                format!("{} – {}", t.col_score, o.title),
                h,
                scores,
                lang,
            );
            let table = years_table(
                format!("{} – {}", t.history_heading, o.title),
                "storia-obiettivo".into(),
                &[(t.col_weight, true), (t.col_score, true)],
                &o.years,
                h,
                lang,
                |y| vec![(num(y.weight), true), (pct(y.score), true)],
            );
            let indicators = o
                .indicators
                .iter()
                .enumerate()
                .map(|(n, ind)| {
                    years_table(
                        format!("{} – {}", t.history_heading, ind.name),
                        format!("storia-indicatore-{n}"),
                        &[
                            (t.col_target, false),
                            (t.col_result, true),
                            (t.col_score, true),
                        ],
                        &ind.years,
                        h,
                        lang,
                        |y| {
                            vec![
                                (y.target.clone().unwrap_or_else(|| "—".into()), false),
                                (num(y.result), true),
                                (pct(y.achievement), true),
                            ]
                        },
                    )
                })
                .collect_view();
            view! { {chart} {table} {indicators} }.into_any()
        },
    )
}

/// Sintesi: the overall score (chart) and the distribution of results per
/// document; the codes not used to match because repeated.
#[component]
pub fn SintesiHistory(doc: Arc<Doc>) -> impl IntoView {
    section(
        doc,
        "storia-sintesi",
        |t| [t.history_heading, t.history_intro, t.history_button],
        move |docs, h, here, lang| {
            let t = tx::t(lang);
            let s = crate::text::sintesi::t(lang);
            let overall = h.documents.iter().map(|d| d.overall).collect();
            let chart = percent_chart(
                "grafico-storia-sintesi".into(),
                t.col_overall.to_string(),
                h,
                overall,
                lang,
            );
            let ambiguous = (!h.ambiguous.is_empty()).then(|| {
                let items = h
                    .ambiguous
                    .iter()
                    .map(|a| view! { <li>{format!("{}: «{}» ({})", doc_label(h, a.document, lang), a.value, a.ids.join(", "))}</li> })
                    .collect_view();
                view! { <div class="notice" role="note"><p>{t.ambiguous}</p><ul>{items}</ul></div> }
            });
            let mut head = vec![(t.col_overall, true)];
            head.extend(s.distribution_bins.iter().map(|b| (*b, true)));
            head.push((s.distribution_none, true));
            let documents: Vec<Option<_>> = h.documents.iter().map(Some).collect();
            let table = years_table(
                format!("{} – {}", t.history_heading, t.col_objectives),
                "storia-sintesi".into(),
                &head,
                &documents,
                h,
                lang,
                |d| {
                    let mut cells = vec![(pct(d.overall), true)];
                    cells.extend(d.distribution.iter().map(|n| (n.to_string(), true)));
                    cells.push((d.unscored.to_string(), true));
                    cells
                },
            );
            // A Relazione: the Piano's objectives it no longer has.
            let removed = since_piano(docs, h, here).and_then(|(p, d)| {
                let items = d
                    .objectives
                    .iter()
                    .filter(|o| o.presence == Presence::Removed)
                    .map(|o| view! { <li>{o.label()}</li> })
                    .collect::<Vec<_>>();
                (!items.is_empty()).then(|| view! {
                    <p>{format!("{} → {}. {}", doc_label(h, p, lang), doc_label(h, here, lang), t.since_piano_removed)}</p>
                    <ul class="dal-piano-tolti">{items}</ul>
                })
            });
            view! { {ambiguous} {removed} {chart} {table} }.into_any()
        },
    )
}

/// Risorse: each budget table's total and rates per document.
#[component]
pub fn RisorseHistory(doc: Arc<Doc>) -> impl IntoView {
    section(
        doc,
        "storia-risorse",
        |t| [t.history_heading, t.history_intro, t.history_button],
        move |_, h, _, lang| {
            let t = tx::t(lang);
            if h.tables.is_empty() {
                return view! { <p>{crate::text::risorse::t(lang).empty}</p> }.into_any();
            }
            let head = [
                (t.col_assestato, true),
                (t.col_accertato, true),
                (t.col_rate_accertato, true),
                (t.col_impegnato, true),
                (t.col_rate_impegnato, true),
            ];
            h.tables
                .iter()
                .enumerate()
                .map(|(n, tb)| {
                    years_table(
                        format!("{} – {}", t.history_heading, tb.title),
                        format!("storia-bilancio-{n}"),
                        &head,
                        &tb.years,
                        h,
                        lang,
                        |y| {
                            vec![
                                (euro(y.assestato), true),
                                (euro(y.accertato), true),
                                (pct(y.accertato_rate), true),
                                (euro(y.impegnato), true),
                                (pct(y.impegnato_rate), true),
                            ]
                        },
                    )
                })
                .collect_view()
                .into_any()
        },
    )
}

/// A Relazione (at `k` in the history) compared with the Piano of the same
/// year: the Piano's position and the core's comparison, Piano → Relazione.
fn since_piano(docs: &[Arc<Doc>], h: &History, k: usize) -> Option<(usize, diff::PlanDiff)> {
    let d = &h.documents[k];
    if d.kind != DocumentKind::Relazione {
        return None;
    }
    let p = h
        .documents
        .iter()
        .position(|x| x.year == d.year && x.kind == DocumentKind::Piano)?;
    let (a, b) = (&docs[p], &docs[k]);
    Some((p, diff::diff(&a.plan, &a.analysis, &b.plan, &b.analysis)))
}

/// On a Relazione's objective page: what changed for this objective since
/// the Piano of the same year, as the comparison says it (the Piano is
/// loaded on demand, like the history, with the whole archive).
#[component]
pub fn SincePiano(doc: Arc<Doc>, node: usize) -> impl IntoView {
    let is_report = doc.plan.document.kind == DocumentKind::Relazione;
    let inner = section(
        doc,
        "dal-piano",
        |t| {
            [
                t.since_piano_heading,
                t.since_piano_intro,
                t.since_piano_button,
            ]
        },
        move |docs, h, k, lang| {
            let t = tx::t(lang);
            let Some((p, d)) = since_piano(docs, h, k) else {
                return view! { <p>{t.since_piano_absent}</p> }.into_any();
            };
            let a = &docs[p];
            let Some(o) = d.objectives.iter().find(|o| o.node_b == Some(node)) else {
                return view! { <p id="dal-piano-nessuna">{t.since_piano_none}</p> }.into_any();
            };
            let items = match o.presence {
                Presence::Added => {
                    view! { <li class="dal-piano__cambio">{t.since_piano_added}</li> }.into_any()
                }
                _ => o
                    .changes
                    .iter()
                    .map(|c| view! { <li class="dal-piano__cambio">{c.message(lang)}</li> })
                    .collect_view()
                    .into_any(),
            };
            let compare =
                crate::route::Route::Confronta(crate::route::Wanted::Url(match &a.source {
                    Source::Url(u) => u.clone(),
                    other => open::source_label(other),
                }))
                .href();
            view! {
                <p>{doc_label(h, p, lang)} " → " {doc_label(h, k, lang)}</p>
                <ul class="dal-piano">{items}</ul>
                <p><a href=compare>{t.since_piano_compare}</a></p>
            }
            .into_any()
        },
    );
    is_report.then_some(inner)
}
