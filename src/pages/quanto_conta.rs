//! "Quanto conta" (`#/calcolatore/quanto-conta?m=v1~…`): for each scored
//! objective, the overall score if it reached 0 % and 100 %, everything
//! else as it is ([`cruscotto_core::simulate::sensitivity`], the figures
//! `cruscotto score FILE --quanto-conta` prints), as a sorted bar chart of
//! the spread with its data table. With the calculator's edits in the
//! address it is computed on the simulated plan. A large plan shows the
//! first [`TOP`] rows, then every row on request.

use std::sync::Arc;

use cruscotto_core::simulate::{sensitivity, Calculator, Weight};
use cruscotto_core::{it, Dec, Lang};
use leptos::prelude::*;

use crate::components::chart::{Chart, ChartRow, Series};
use crate::route::{Calc, Route};
use crate::state::{Ctx, Doc};
use crate::text::quanto_conta as tx;

/// How many rows a large plan shows at first.
pub const TOP: usize = 50;

/// The sensitivity of the plan with `text`'s edits applied (up to the
/// first that does not apply: its sentence).
struct Figures {
    rows: Vec<Weight>,
    overall: Option<Dec>,
    edits: usize,
    error: Option<String>,
}

fn figures(doc: &Doc, text: &str, lang: Lang) -> Figures {
    let (calc, error) = Calculator::with_text(doc.plan.clone(), doc.analysis.scores.clone(), text);
    Figures {
        rows: sensitivity(calc.plan(), calc.scores()),
        overall: calc.scores().overall,
        edits: calc.changes().len(),
        error: error.map(|e| e.message(lang)),
    }
}

fn pct(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(|| tx::t(lang).none.to_string(), it::percent)
}

fn points(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(
        || tx::t(lang).none.to_string(),
        |d| tx::points(lang, &it::number(d.get(), 2)),
    )
}

/// The label of objective `i`: its code, then its title.
fn label(doc: &Doc, i: usize) -> String {
    match doc.node(i).code.as_deref() {
        Some(c) if !c.trim().is_empty() => format!("{c} {}", doc.node_title(i)),
        _ => doc.node_title(i).to_string(),
    }
}

/// The "Quanto conta" page.
#[component]
pub fn QuantoContaPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    // The edits of the address (the calculator's text form).
    let edits = Memo::new(move |_| {
        ctx.route.with(|r| match r {
            Route::QuantoConta(q) => Calc::from_query(q).edits,
            _ => String::new(),
        })
    });
    let all = RwSignal::new(false);
    let d = doc.clone();
    let data = Memo::new(move |_| {
        let f = figures(&d, &edits.get(), ctx.lang.get());
        ArcSimulated(Arc::new(f))
    });

    let d = doc.clone();
    let chart = move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let f = data.get().0;
        if f.rows.is_empty() {
            return view! { <p id="quanto-nessuno">{t.nothing}</p> }.into_any();
        }
        let count = f.rows.len();
        let shown = if all.get() { count } else { count.min(TOP) };
        let max = f.rows[0].impact().unwrap_or_default();
        let rows = f.rows[..shown]
            .iter()
            .map(|w| ChartRow {
                label: label(&d, w.node),
                href: Some(d.node_href(w.node)),
                cells: vec![
                    pct(Some(w.score), lang),
                    pct(w.at_zero, lang),
                    pct(w.at_hundred, lang),
                ],
                values: vec![w.impact().map(|v| (v, points(Some(v), lang)))],
                ..ChartRow::default()
            })
            .collect::<Vec<_>>();
        let first = &f.rows[0];
        let summary = tx::summary(
            lang,
            &label(&d, first.node),
            &pct(first.at_zero, lang),
            &pct(first.at_hundred, lang),
            &points(first.impact(), lang),
        );
        view! {
            <p id="quanto-sintesi">{summary}</p>
            <Chart id="quanto-grafico".to_string() caption=t.caption.to_string()
                head=t.col_objective.to_string()
                columns=vec![t.col_score.to_string(), t.col_zero.to_string(), t.col_hundred.to_string()]
                series=vec![Series { name: t.col_spread.to_string() }]
                rows=rows max=if max.get().is_zero() { Dec(100.into()) } else { max } lang=lang />
        }
        .into_any()
    };

    // The button that shows every row (drawn once per plan, so that it
    // keeps the focus when pressed).
    let more = move || {
        let count = data.with(|f| f.0.rows.len());
        (count > TOP).then(|| {
            let note = move || {
                (!all.get()).then(|| {
                    view! { <span id="quanto-mostrati">{tx::shown(ctx.lang.get(), TOP, count)} " "</span> }
                })
            };
            let label = move || {
                let lang = ctx.lang.get();
                if all.get() {
                    format!("{} {TOP}", tx::t(lang).show_fewer)
                } else {
                    tx::show_all(lang, count)
                }
            };
            view! {
                <p class="quanto__altri">
                    {note}
                    <button type="button" class="button" id="quanto-tutti"
                        aria-expanded=move || all.get().to_string()
                        aria-controls="quanto-grafico"
                        on:click=move |_| all.update(|a| *a = !*a)>{label}</button>
                </p>
            }
        })
    };

    let overall = move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let f = data.get().0;
        let is_simulated = f.edits > 0;
        let simulated = is_simulated.then(|| {
            view! { " " <span class="calc__simulato">{t.simulated}</span> }
        });
        view! {
            <div class="calc__totali">
                <p class="calc__totale" class:calc__totale--simulato=is_simulated>
                    <span class="calc__etichetta">{t.overall} {simulated}</span>
                    <span id="quanto-totale" class="calc__cifra">{pct(f.overall, lang)}</span>
                </p>
            </div>
            {(f.edits > 0).then(|| view! { <p id="quanto-simulato">{tx::on_simulation(lang, f.edits)}</p> })}
            {f.error.clone().map(|e| view! {
                <div class="calc__errore-indirizzo" role="alert">
                    <p>{t.address_error}</p>
                    <p id="quanto-errore-indirizzo">{e}</p>
                </div>
            })}
        }
    };

    let back = move || {
        Calc {
            objective: None,
            edits: edits.get(),
        }
        .route()
        .href()
    };
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{tx::heading(lang)}</h1>
            <p class="lead">{t.intro}</p>
            <p><a id="quanto-calcolatore" href=back>{t.back}</a></p>
            {overall}
            {chart.clone()}
            {more}
        }
    }
}

/// The figures, compared by address (a new computation is a new value).
#[derive(Clone)]
struct ArcSimulated(Arc<Figures>);

impl PartialEq for ArcSimulated {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
