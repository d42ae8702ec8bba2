//! The overview: what the document is, a plain sentence for citizens, the
//! overall result, the objectives by status and by result, the results by
//! office and by missione, the budget totals, the main warnings and the
//! scoring method. Every number comes from the core's analysis; this file
//! only counts and arranges.

use std::collections::HashMap;
use std::sync::Arc;

use cruscotto_core::money::percent_of;
use cruscotto_core::score::{BandCounts, Dimension, GroupScore};
use cruscotto_core::{it, Costs, Dec, DocumentKind, Lang, MoneyColumn, Severity, Status};
use leptos::prelude::*;

use crate::components::table_region::DataTable;
use rust_decimal::Decimal;

use crate::components::badge::severity_class;
use crate::components::bar::Bar;
use crate::components::chart::{Chart, ChartRow, Series};
use crate::components::narrative;
use crate::components::score::Score;
use crate::components::term::Term;
use crate::route::{Route, Wanted};
use crate::state::{Ctx, Doc};
use crate::text::{self, common, sintesi as tx};

mod groups;
mod money;
mod objectives;

use groups::*;
use money::*;
use objectives::*;

/// How many findings the overview lists.
const MAIN_FINDINGS: usize = 5;

/// A score with its bar; the published one only when given.
fn score_view(lang: Lang, computed: Option<Dec>, published: Option<Dec>) -> AnyView {
    match published {
        Some(p) => view! { <Score computed=computed published=p lang=lang /> }.into_any(),
        None => view! { <Score computed=computed lang=lang /> }.into_any(),
    }
}

fn facts(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let d = &doc.plan.document;
    let municipality = match &d.municipality.province {
        Some(p) => format!("{} ({p})", d.municipality.name),
        None => d.municipality.name.clone(),
    };
    let kind = common::document_kind(lang, d.kind);
    let kind_key = match d.kind {
        DocumentKind::Piano => Some("piano"),
        DocumentKind::Relazione => Some("relazione"),
        DocumentKind::Piao => Some("piao"),
        DocumentKind::Monitoraggio => None,
    };
    let kind_view = match kind_key {
        Some(key) => view! { <Term key=key>{kind}</Term> }.into_any(),
        None => kind.into_any(),
    };
    let approval = d
        .approval
        .as_ref()
        .map_or_else(|| t.approval_missing.to_string(), |a| act(lang, a));
    let source = d
        .source_url
        .clone()
        .filter(|u| cruscotto_core::richtext::is_safe_url(u))
        .map(|u| {
            view! {
                <div>
                    <dt>{t.fact_source}</dt>
                    <dd><a href=u rel="noopener noreferrer">{t.source_link}</a></dd>
                </div>
            }
        });
    let reference = d
        .reference_year
        .filter(|y| *y != d.period.start || d.period.start != d.period.end)
        .map(|y| {
            view! { <div><dt>{t.fact_reference_year}</dt><dd>{y}</dd></div> }
        });
    let published = d.published_on.as_deref().map(|p| {
        view! { <div><dt>{t.fact_published_on}</dt><dd>{it::date(p)}</dd></div> }
    });
    let inhabitants = d.municipality.inhabitants.map(|n| {
        view! { <div><dt>{t.fact_inhabitants}</dt><dd>{it::number(Decimal::from(n), 0)}</dd></div> }
    });
    let related = (!d.related_acts.is_empty()).then(|| {
        let items = d
            .related_acts
            .iter()
            .map(|a| view! { <li>{act(lang, a)}</li> })
            .collect_view();
        view! {
            <details class="sintesi-related">
                <summary>{tx::related_count(lang, d.related_acts.len())}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    view! {
        <section class="sintesi-section" aria-labelledby="sintesi-documento">
            <h2 id="sintesi-documento">{t.heading_document}</h2>
            <dl class="facts">
                <div><dt>{t.fact_municipality}</dt><dd>{municipality}</dd></div>
                <div><dt>{t.fact_document}</dt><dd>{d.title.clone()}</dd></div>
                <div><dt>{t.fact_kind}</dt><dd>{kind_view}</dd></div>
                <div><dt>{t.fact_period}</dt><dd>{period(doc)}</dd></div>
                {reference}
                <div><dt>{t.fact_approval}</dt><dd>{approval}</dd></div>
                {published}
                {inhabitants}
                {source}
            </dl>
            {related}
        </section>
    }
    .into_any()
}

/// An act with its subject.
fn act(lang: Lang, a: &cruscotto_core::Approval) -> String {
    let s = common::approval(lang, a);
    match &a.subject {
        Some(sub) if !sub.trim().is_empty() => format!("{s}: {sub}"),
        _ => s,
    }
}

fn period(doc: &Doc) -> String {
    let p = &doc.plan.document.period;
    if p.start == p.end {
        p.start.to_string()
    } else {
        format!("{}–{}", p.start, p.end)
    }
}

fn lead(doc: &Doc, lang: Lang, bands: &BandCounts) -> String {
    let d = &doc.plan.document;
    let b = |k: usize| bands.counts.get(k).copied().unwrap_or(0);
    let lead_bands = if doc.plan.scoring.bands.is_empty() {
        tx::LeadBands::Default(b(0), b(1), b(2))
    } else {
        tx::LeadBands::Declared(
            doc.plan
                .scoring
                .bands
                .iter()
                .zip(&bands.counts)
                .map(|(band, c)| (band.label.as_str(), *c))
                .collect(),
            bands.below,
        )
    };
    let p = period(doc);
    tx::lead(
        lang,
        &tx::Lead {
            kind: d.kind,
            municipality: &d.municipality.name,
            year: d.reference_year.unwrap_or(d.period.start),
            period: &p,
            overall: doc.analysis.scores.overall.map(it::percent),
            objectives: doc.len(),
            indicators: doc.analysis.scores.indicators.len(),
            scored: bands.scored(),
            unscored: bands.unscored,
            bands: lead_bands,
        },
    )
}

fn overall(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let scores = &doc.analysis.scores;
    let planned = matches!(
        doc.plan.document.kind,
        DocumentKind::Piano | DocumentKind::Piao
    );
    let body = match scores.overall {
        Some(v) => {
            // A single root states the overall result the document publishes.
            let mut roots = doc.roots();
            let published = match (roots.next(), roots.next()) {
                (Some(r), None) => doc.score(r).published,
                _ => None,
            };
            view! {
                <p class="sintesi-overall__label">
                    {t.overall_label_before}
                    <Term key="grado-raggiungimento">{t.overall_label_term}</Term>
                    {t.overall_label_after}
                </p>
                <div class="sintesi-overall__score">{score_view(lang, Some(v), published)}</div>
                <p class="sintesi-overall__how">{t.overall_how}</p>
            }
            .into_any()
        }
        None => view! {
            <p>{if planned { t.overall_none_plan } else { t.overall_none_report }}</p>
        }
        .into_any(),
    };
    view! {
        <section class="sintesi-section sintesi-overall" aria-labelledby="sintesi-complessivo">
            <h2 id="sintesi-complessivo">{t.heading_overall}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// The first findings of the checks, with their sentences: drawn by the
/// full build only, so that the checks' sentences stay out of the first load
/// (there the overview says how many there are and links to Verifiche).
pub fn findings(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let items = doc
        .analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .take(MAIN_FINDINGS)
        .map(|d| {
            let place = match doc.node_of_path(&d.path) {
                Some(i) => {
                    let href = doc.node_href(i);
                    Some(view! { " (" {t.checks_objective} " " <a href=href>{doc.node_label(i)}</a> ")" }.into_any())
                }
                None if d.path.starts_with("$.money") => Some(
                    view! { " (" <a href=Route::Risorse.href()>{t.checks_money}</a> ")" }.into_any(),
                ),
                None => None,
            };
            view! {
                <li>
                    <span class=severity_class(d.severity)>{d.code()}</span>
                    " " {d.message(lang)} {place}
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <p>{t.checks_first}</p>
            <ul class="sintesi-findings">{items}</ul>
        }
        .into_any(),
    )
}

fn checks(doc: &Doc, lang: Lang, findings: Findings) -> AnyView {
    let t = tx::t(lang);
    let errors = doc.count(Severity::Error);
    let warnings = doc.count(Severity::Warning);
    let all = doc.analysis.diagnostics.len();
    let list = (errors + warnings > 0)
        .then(|| findings(doc, lang))
        .flatten();
    let summary = if errors + warnings == 0 {
        t.checks_none.to_string()
    } else {
        tx::checks_found(lang, errors, warnings)
    };
    view! {
        <section class="sintesi-section" aria-labelledby="sintesi-verifiche">
            <h2 id="sintesi-verifiche">{t.heading_checks}</h2>
            <p>{summary}</p>
            {list}
            <p><a href=Route::Verifiche.href()>{tx::checks_all(lang, all)}</a></p>
        </section>
    }
    .into_any()
}

/// What the overview draws of the checks' findings: [`findings`], or
/// nothing (the first load).
pub type Findings = fn(&Doc, Lang) -> Option<AnyView>;

fn method(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let declared = match doc.plan.scoring.description.as_deref() {
        Some(d) if !d.trim().is_empty() => d
            .split("\n\n")
            .map(|p| view! { <p>{p.trim().to_string()}</p> })
            .collect_view()
            .into_any(),
        _ => view! { <p>{t.method_none}</p> }.into_any(),
    };
    let mut applied = tx::method(lang, &doc.plan.scoring);
    let in_words = (0..doc.len()).any(|i| {
        doc.node(i)
            .indicators
            .iter()
            .any(|ind| ind.target_in_words().is_some())
    });
    if in_words {
        applied.push(tx::qualitative(lang, &doc.plan.scoring));
    }
    let applied = applied
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    view! {
        <details class="sintesi-method">
            <summary>{t.heading_method}</summary>
            <div class="sintesi-method__body">
                <h3>{t.method_declared}</h3>
                {declared}
                <h3>{t.method_applied}</h3>
                <ul>{applied}</ul>
            </div>
        </details>
    }
    .into_any()
}

/// The overview page.
#[component]
pub fn SintesiPage(
    doc: Arc<Doc>,
    /// The first findings with their sentences ([`findings`]), or none.
    findings: Findings,
) -> impl IntoView {
    let ctx = Ctx::get();
    let bands = band_counts(&doc);
    move || {
        let lang = ctx.lang.get();
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_sintesi}</h1>
            <p class="lead sintesi-lead">{lead(&doc, lang, &bands)}</p>
            <p class="sintesi-confronta"><a href=Route::Confronta(Wanted::Nothing).href()>{text::confronta::t(lang).link}</a></p>
            {narrative::narrative(&doc, lang, 2)}
            {overall(&doc, lang)}
            {narrative::method_note(&doc, lang, 2)}
            {facts(&doc, lang)}
            {objectives(&doc, lang, &bands)}
            {units(&doc, lang)}
            {missions(&doc, lang)}
            {money(&doc, lang)}
            {checks(&doc, lang, findings)}
            {method(&doc, lang)}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Source;

    fn doc(bytes: &[u8]) -> Doc {
        let plan = cruscotto_core::parse_plan(bytes).unwrap();
        let analysis = cruscotto_core::analyse(&plan);
        Doc::new(plan, analysis, Source::Demo("test".into()), bytes.len())
    }

    #[test]
    fn lucca_bands_and_sentence() {
        let d = doc(include_bytes!(
            "../../../public/plans/lucca-2021-relazione.json"
        ));
        let b = band_counts(&d);
        let counts = b.counts.clone();
        assert_eq!(counts, [127, 5, 0]);
        assert_eq!((b.below, b.unscored, b.total), (0, 0, 132));
        assert_eq!(
            lead(&d, Lang::It, &b),
            "Nel 2021 il Comune di Lucca ha raggiunto in media il 99,32 % dei suoi obiettivi. \
             Su 132 obiettivi con un risultato: 127 raggiunti pienamente e 5 in parte."
        );
    }

    #[test]
    fn plan_sentence() {
        let d = doc(include_bytes!(
            "../../../public/plans/monsummano-terme-2024-piao.json"
        ));
        let b = band_counts(&d);
        assert_eq!(b.scored(), 0);
        assert_eq!(
            lead(&d, Lang::It, &b),
            "Per gli anni 2024–2026 il Comune di Monsummano Terme ha fissato 126 obiettivi, \
             da misurare con 64 indicatori. I risultati si conosceranno con la relazione sulla performance."
        );
    }

    #[test]
    fn declared_bands() {
        let mut d = doc(include_bytes!(
            "../../../public/plans/lucca-2021-relazione.json"
        ));
        d.plan.scoring.bands = vec![
            cruscotto_core::Band {
                min: Dec::parse("100").unwrap(),
                label: "raggiunto".into(),
            },
            cruscotto_core::Band {
                min: Dec::parse("90").unwrap(),
                label: "quasi".into(),
            },
        ];
        let b = band_counts(&d);
        let counts = b.counts.clone();
        // Three at 95 %; 75 % and 50 % fall below the lowest band.
        assert_eq!(counts, [127, 3]);
        assert_eq!(b.below, 2);
        assert!(lead(&d, Lang::It, &b)
            .ends_with("127 «raggiunto», 3 «quasi» e 2 sotto l'ultima fascia."));
    }
}
