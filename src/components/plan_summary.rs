//! The essentials of one document: whose, what, when, approved how, its
//! overall score and how many problems the checks found.

use cruscotto_core::{Analysis, PlanFile, Severity};
use leptos::prelude::*;

use crate::text;

/// What the summary shows, computed once when the document loads.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub municipality: String,
    pub title: String,
    pub kind: &'static str,
    pub period: String,
    pub approval: Option<String>,
    pub score: Option<String>,
    pub errors: usize,
    pub warnings: usize,
    /// Address the document was loaded from.
    pub src: String,
}

impl Summary {
    /// Reads the summary off a parsed document and the core's analysis of it.
    pub fn new(plan: &PlanFile, analysis: &Analysis, src: &str) -> Self {
        let doc = &plan.document;
        let count = |s: Severity| {
            analysis
                .diagnostics
                .iter()
                .filter(|d| d.severity == s)
                .count()
        };
        Summary {
            municipality: doc.municipality.name.clone(),
            title: doc.title.clone(),
            kind: text::document_kind(doc.kind),
            period: period(doc.period.start, doc.period.end),
            approval: doc.approval.as_ref().map(approval),
            score: analysis.scores.overall.map(cruscotto_core::it::percent),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            src: src.to_owned(),
        }
    }
}

/// `2021` or `2021–2023`.
fn period(start: i32, end: i32) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}–{end}")
    }
}

/// `Delibera della Giunta comunale n. 124 del 12/05/2021`.
fn approval(act: &cruscotto_core::Approval) -> String {
    let mut s = text::approval_act(act.body).to_owned();
    if let Some(n) = &act.number {
        s.push_str(" n. ");
        s.push_str(n);
    }
    if let Some(d) = &act.date {
        s.push_str(" del ");
        s.push_str(&cruscotto_core::it::date(d));
    }
    s
}

/// The summary of the document being shown.
#[component]
pub fn PlanSummary(
    /// What to show.
    summary: Summary,
) -> impl IntoView {
    let Summary {
        municipality,
        title,
        kind,
        period,
        approval,
        score,
        errors,
        warnings,
        src,
    } = summary;
    view! {
        <article class="plan-summary" aria-labelledby="plan-summary-title">
            <p class="plan-summary__municipality">
                {text::SUMMARY_MUNICIPALITY_PREFIX} " " {municipality}
            </p>
            <h2 id="plan-summary-title" class="plan-summary__title">{title}</h2>
            <dl class="plan-summary__facts">
                <div class="plan-summary__fact">
                    <dt>{text::SUMMARY_KIND}</dt>
                    <dd>{kind}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{text::SUMMARY_PERIOD}</dt>
                    <dd>{period}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{text::SUMMARY_APPROVAL}</dt>
                    <dd>{approval.unwrap_or_else(|| text::SUMMARY_APPROVAL_NONE.to_owned())}</dd>
                </div>
                <div class="plan-summary__fact plan-summary__fact--score">
                    <dt>{text::SUMMARY_SCORE}</dt>
                    <dd class="plan-summary__score">
                        {score.unwrap_or_else(|| text::SUMMARY_SCORE_NONE.to_owned())}
                    </dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{text::SUMMARY_CHECKS}</dt>
                    <dd class="plan-summary__checks">{text::summary_checks(errors, warnings)}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{text::SUMMARY_SOURCE}</dt>
                    <dd>
                        <code>{src}</code>
                    </dd>
                </div>
            </dl>
        </article>
    }
}
