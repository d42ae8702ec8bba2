//! An objective in full, as its page shows it and as the whole document
//! prints it: heading, badges, score, description, facts, indicators,
//! sub-objectives, how it is computed, costs, notes, checks.
//!
//! Every number comes from the core (`doc.score(i)`, `analysis.scores`) and
//! the explanation of a score is the core's (`cruscotto_core::explain`, the
//! same `cruscotto score --spiega` prints); these files only draw it.

mod facts;
mod how;
mod tables;

use cruscotto_core::messages as msg;
use cruscotto_core::score::Basis;
use cruscotto_core::{it, Dec, Lang, ObjectiveKind, Status};
use leptos::prelude::*;

use crate::components::badge::severity_class;
use crate::components::bar::Bar;
use crate::components::heading::Heading;
use crate::components::rich_text::RichText;
use crate::components::score::tone;
use crate::components::term::Term;
use crate::present::kicker;
use crate::route::Route;
use crate::state::Doc;
use crate::text::{common, obiettivi as tx};

/// The score at the top of the page: computed and published.
fn score_box(doc: &Doc, i: usize, lang: Lang) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let s = doc.score(i);
    // Left out of the scores (itself or an objective above it), and why.
    let neutralised =
        cruscotto_core::explain::neutralised_by(&doc.analysis.scores, &|k| doc.node(k), i)
            .filter(|_| s.basis == Basis::Neutralised);
    if s.computed.is_none() && s.published.is_none() && neutralised.is_none() {
        return None;
    }
    let computed = (s.basis == Basis::Computed).then_some(s.computed).flatten();
    let differs = matches!((computed, s.published), (Some(c), Some(p)) if !cruscotto_core::score::same_at_scale(p, c.get()));
    let figure = |label: &'static str, v: Dec, class: &'static str| {
        view! {
            <div class=format!("objective-score__figure {class}")>
                <span class="objective-score__label">{label}</span>
                <span class="objective-score__value">{it::percent(v)}</span>
                <Bar value=v tone=tone(v) />
            </div>
        }
    };
    Some(view! {
        <div class="objective-score" class:objective-score--differs=differs>
            <p class="objective-score__title"><Term key="grado-raggiungimento">{t.score_heading}</Term></p>
            <div class="objective-score__figures">
                {computed.map(|c| figure(msg::score_basis(lang, true), c, "objective-score__figure--computed"))}
                {s.published.map(|p| figure(msg::score_basis(lang, false), p, "objective-score__figure--published"))}
            </div>
            {neutralised.map(|r| view! {
                <p class="objective-score__neutralised"><strong>{t.neutralised}</strong>" " {r.to_string()}</p>
            })}
            {differs.then(|| view! {
                <p class="objective-score__warning">{msg::score_differs(lang, &computed.map(it::percent).unwrap_or_default(), &s.published.map(it::percent).unwrap_or_default())}</p>
            })}
        </div>
    })
}

/// Badges under the title: kind, transversal, status.
fn badges(doc: &Doc, i: usize, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut out: Vec<(String, &'static str)> = Vec::new();
    if let Some(k) = o.kind {
        out.push((common::objective_kind(lang, k).to_string(), ""));
    }
    if o.transversal && o.kind != Some(ObjectiveKind::Trasversale) {
        out.push((t.transversal.to_lowercase(), ""));
    }
    if let Some(s) = o.status {
        let tone = match s {
            Status::Raggiunto => "badge--good",
            Status::NonRaggiunto => "badge--error",
            Status::Modificato | Status::Nuovo => "badge--warning",
            _ => "",
        };
        out.push((common::status(lang, s).to_string(), tone));
    }
    (!out.is_empty()).then(|| {
        view! {
            <ul class="objective__badges">
                {out.into_iter().map(|(label, tone)| view! {
                    <li class=format!("badge {tone}")>{label}</li>
                }).collect_view()}
            </ul>
        }
    })
}

/// Notes of the node and of its indicators.
fn notes(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let o = doc.node(i);
    let mut all: Vec<String> = o.notes.clone();
    for ind in &o.indicators {
        for n in &ind.notes {
            all.push(tx::indicator_note(&ind.name, n));
        }
    }
    (!all.is_empty()).then(|| {
        view! {
            <section class="objective__section">
                <Heading level=sub>{t.notes}</Heading>
                <ul class="objective__notes">{all.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

/// Findings of the checks about this node (not its children).
fn checks(doc: &Doc, i: usize, lang: Lang, sub: u8) -> Option<impl IntoView> {
    let t = tx::t(lang);
    let found: Vec<_> = doc
        .findings_of(i)
        .iter()
        .map(|&k| &doc.analysis.diagnostics[k])
        .collect();
    (!found.is_empty()).then(|| {
        view! {
            <section class="objective__section">
                <Heading level=sub>{t.checks}</Heading>
                <ul class="objective__checks">
                    {found.into_iter().map(|d| {
                        let class = severity_class(d.severity);
                        view! {
                            <li>
                                <span class=class>{common::severity(lang, d.severity)}</span>
                                " " {d.message(lang)} " "
                                <span class="objective__why">{d.why(lang)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p><a href=Route::Verifiche.href()>{t.checks_link}</a></p>
            </section>
        }
    })
}

/// An objective in full: heading, badges, score, description, facts,
/// indicators, sub-objectives, how it is computed, costs, notes, checks. On
/// its page the title is the `h1` (`top` 1); inside the whole document, an
/// `h2` (`top` 2), its sections one level below.
pub fn objective_article(doc: &Doc, i: usize, lang: Lang, top: u8) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let sub = top + 1;
    let kick = kicker(doc, o);
    let description = o.description.clone().filter(|d| !d.trim().is_empty());
    let page_heading = (top == 1).then_some("titolo-pagina");
    let title = doc.node_title(i).to_string();
    let children_heading = format!("{} ({})", t.children, doc.children(i).len());
    view! {
        <article class="objective">
            <header class="objective__header">
                {(!kick.is_empty()).then(|| view! { <p class="objective__kicker">{kick}</p> })}
                <Heading level=top id=page_heading>{title}</Heading>
                {badges(doc, i, lang)}
            </header>
            {score_box(doc, i, lang)}
            {description.map(|d| view! {
                <section class="objective__section">
                    <Heading level=sub>{t.description}</Heading>
                    <RichText text=d />
                </section>
            })}
            <section class="objective__section">
                <Heading level=sub>{t.facts}</Heading>
                {facts::facts(doc, i, lang)}
            </section>
            {(!o.indicators.is_empty()).then(|| view! {
                <section class="objective__section">
                    <Heading level=sub>{t.indicators}</Heading>
                    <p>{t.indicators_intro}</p>
                    {tables::indicators_table(doc, i, lang)}
                </section>
            })}
            {(!doc.children(i).is_empty()).then(|| view! {
                <section class="objective__section">
                    <Heading level=sub>{children_heading}</Heading>
                    {tables::children_table(doc, i, lang)}
                </section>
            })}
            {how::how_section(doc, i, lang, sub)}
            {tables::costs_table(doc, i, lang, sub)}
            {notes(doc, i, lang, sub)}
            {checks(doc, i, lang, sub)}
        </article>
    }
}
