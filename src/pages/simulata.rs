//! A view with the calculator's edits (`#/sintesi?m=…`,
//! `#/obiettivi/ID?m=…`, `#/uffici/ID?m=…`, [`Route::Simulata`]): a
//! banner (how many edits, back to the calculator, one click to undo), the
//! simulated figures of the view next to the document's — the overall
//! score, the objective and each objective above it, the unit; on the
//! overview every unit and missione whose score changes — each marked
//! "simulato" in words, then the view itself with the document's own
//! figures. The edits are applied by the core ([`edits::apply`]) and scored
//! once ([`scores_only`]): the figures `cruscotto score --modifica` prints.
//! Full build only: the first load does not carry it.

use std::sync::Arc;

use cruscotto_core::edits;
use cruscotto_core::score::{Dimension, Scores};
use cruscotto_core::simulate::scores_only;
use cruscotto_core::{it, Dec, Lang};
use leptos::prelude::*;

use crate::route::{Calc, Route};
use crate::state::{Ctx, Doc};
use crate::text::simulata as tx;

fn pct(d: Option<Dec>) -> String {
    d.map_or_else(|| "—".to_string(), it::percent)
}

/// One figure: the document's and the simulated, side by side (`key`
/// names their ids: `sim-KEY-documento`, `sim-KEY-simulato`).
fn figure(
    label: String,
    key: String,
    document: Option<Dec>,
    simulated: Option<Dec>,
    lang: Lang,
) -> impl IntoView {
    let t = tx::t(lang);
    view! {
        <div class="calc__totali simulazione__cifre" data-cifra=key.clone()>
            <p class="calc__totale">
                <span class="calc__etichetta">{format!("{label} {}", t.document)}</span>
                <span id=format!("sim-{key}-documento") class="calc__cifra">{pct(document)}</span>
            </p>
            <p class="calc__totale calc__totale--simulato">
                <span class="calc__etichetta">{label} " "
                    <span class="calc__simulato">{t.simulated}</span>
                </span>
                <span id=format!("sim-{key}-simulato") class="calc__cifra">{pct(simulated)}</span>
            </p>
        </div>
    }
}

/// A group's score (a unit's, a missione's).
fn group(s: &Scores, d: Dimension, key: &str) -> Option<Dec> {
    s.by(d).find(|g| g.key == key).and_then(|g| g.score)
}

/// The figures of `view`: before (the document's) and after the edits.
fn figures(doc: &Doc, view: &Route, after: &Scores, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let before = &doc.analysis.scores;
    let overall = figure(
        t.overall.into(),
        "totale".into(),
        before.overall,
        after.overall,
        lang,
    )
    .into_any();
    let changed_groups = |d: Dimension, label: &str| {
        before
            .by(d)
            .filter(|g| group(after, d, &g.key) != g.score)
            .map(|g| {
                let name = match d {
                    Dimension::Unit => doc
                        .unit_by_id(&g.key)
                        .map_or_else(|| g.key.clone(), |u| doc.unit(u).name.clone()),
                    _ => g.key.clone(),
                };
                figure(
                    format!("{label} «{name}»"),
                    format!("{}-{}", d.as_str(), g.key),
                    g.score,
                    group(after, d, &g.key),
                    lang,
                )
                .into_any()
            })
            .collect::<Vec<_>>()
    };
    let rest: Vec<AnyView> = match view {
        Route::Obiettivo(id) => doc.node_by_id(id).map_or_else(Vec::new, |i| {
            let mut out = vec![figure(
                t.objective.into(),
                "obiettivo".into(),
                before.nodes[i].computed,
                after.nodes[i].computed,
                lang,
            )
            .into_any()];
            let mut at = before.nodes[i].parent;
            while let Some(p) = at {
                out.push(
                    figure(
                        format!("{} «{}»", t.above, doc.node_title(p)),
                        format!("obiettivo-{}", before.nodes[p].id),
                        before.nodes[p].computed,
                        after.nodes[p].computed,
                        lang,
                    )
                    .into_any(),
                );
                at = before.nodes[p].parent;
            }
            out
        }),
        Route::Ufficio(id) => vec![figure(
            t.unit.into(),
            "ufficio".into(),
            group(before, Dimension::Unit, id),
            group(after, Dimension::Unit, id),
            lang,
        )
        .into_any()],
        _ => {
            let mut out = changed_groups(Dimension::Unit, t.unit);
            out.extend(changed_groups(Dimension::Mission, t.mission));
            out
        }
    };
    view! { {overall} {rest} }.into_any()
}

/// The view `view` with the edits `text` (the core's text form).
#[component]
pub fn SimulataPage(doc: Arc<Doc>, view: Route, edits: String) -> impl IntoView {
    let ctx = Ctx::get();
    // Applied and scored once for the page.
    let applied = edits::parse_edits(&edits).and_then(|list| {
        let plan = edits::apply(&doc.plan, &list)?;
        Ok((list.len(), scores_only(&plan)))
    });
    let objective = match &view {
        Route::Obiettivo(id) => Some(id.clone()),
        _ => None,
    };
    let back = Calc {
        objective,
        edits: edits.clone(),
    }
    .route()
    .href();
    let reset = view.href();
    let page = super::render(view.clone(), doc.clone());
    let panel = move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let (count, body) = match &applied {
            Ok((n, after)) => (*n, figures(&doc, &view, after, lang)),
            Err(e) => (
                0,
                view! {
                    <p class="calc__errore-indirizzo" role="alert" id="sim-errore">
                        {t.error} " " {e.message(lang)}
                    </p>
                }
                .into_any(),
            ),
        };
        view! {
            <aside class="simulazione" aria-labelledby="simulazione-titolo">
                <p id="simulazione-titolo" class="simulazione__titolo">
                    <strong>{tx::banner(lang, count)}</strong>
                    " — "
                    <a id="simulazione-calcolatore" href=back.clone()>{t.back}</a>
                    " / "
                    <a id="simulazione-annulla" href=reset.clone()>{t.reset}</a>
                </p>
                {body}
            </aside>
        }
    };
    view! { {panel} {page} }
}
