//! The checks page: every finding of the core's checks in plain words,
//! grouped by severity, each with what was found, where (the objective,
//! linked, or the place in the file) and why it matters.

use std::sync::Arc;

use cruscotto_core::{Diagnostic, Lang, Severity};
use leptos::prelude::*;

use crate::components::badge::severity_class;

use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, common, verifiche as tx};

const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// Where a finding is: the objective (linked) or the part of the document,
/// and the JSON path.
fn place(doc: &Doc, node: Option<usize>, path: &str, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let shown = cruscotto_core::messages::short_path(path).into_owned();
    let code = view! { <code class="finding__path" title=t.file_position>{shown}</code> };
    if let Some(i) = node {
        let href = doc.node_href(i);
        view! { {t.in_objective} ": " <a href=href>{doc.node_label(i)}</a> <br /> {code} }
            .into_any()
    } else if path.starts_with("$.money") {
        view! { <a href=Route::Risorse.href()>{t.in_money}</a> <br /> {code} }.into_any()
    } else if path.starts_with("$.units") {
        view! { <a href=Route::Uffici.href()>{t.in_units}</a> <br /> {code} }.into_any()
    } else {
        code.into_any()
    }
}

fn finding(doc: &Doc, d: &Diagnostic, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let node = doc.node_of_path(&d.path);
    view! {
        <li class=format!("finding finding--{}", d.severity.as_str())>
            <p class="finding__what">
                <span class=severity_class(d.severity)>
                    <span class="visually-hidden">
                        {format!("{}, {} ", common::severity(lang, d.severity), t.code)}
                    </span>
                    {d.code()}
                </span>
                " " {d.message(lang)}
            </p>
            <dl class="finding__details">
                <div>
                    <dt>{t.where_}</dt>
                    <dd>{place(doc, node, &d.path, lang)}</dd>
                </div>
                <div>
                    <dt>{t.why}</dt>
                    <dd>{d.why(lang)}</dd>
                </div>
            </dl>
        </li>
    }
}

/// The checks page.
#[component]
pub fn VerifichePage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let diags = &doc.analysis.diagnostics;
        let body = if diags.is_empty() {
            view! {
                <div class="verifiche-empty" role="status">
                    <p class="verifiche-empty__title">{t.empty}</p>
                    <p>{t.empty_detail}</p>
                </div>
            }
            .into_any()
        } else {
            let summary = SEVERITIES
                .iter()
                .map(|&s| {
                    view! { <li><span class=severity_class(s)>{tx::count(lang, s, doc.count(s))}</span></li> }
                })
                .collect_view();
            let groups = SEVERITIES
                .iter()
                .filter(|&&s| doc.count(s) > 0)
                .map(|&s| {
                    let id = format!("verifiche-{}", s.as_str());
                    let labelled_by = id.clone();
                    let items = diags
                        .iter()
                        .filter(|d| d.severity == s)
                        .map(|d| finding(&doc, d, lang))
                        .collect_view();
                    view! {
                        <section class="verifiche-group" aria-labelledby=labelled_by>
                            <h2 id=id>{format!("{} ({})", tx::group(lang, s), doc.count(s))}</h2>
                            <ol class="findings">{items}</ol>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <ul class="verifiche-summary" aria-label=t.summary_label>{summary}</ul>
                {groups}
            }
            .into_any()
        };
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_verifiche}</h1>
            <p class="lead">{t.intro}</p>
            <p>{t.severities_intro}</p>
            <ul class="verifiche-kinds">
                <li><strong>{tx::group(lang, Severity::Error)}</strong> ": " {t.error_means}</li>
                <li><strong>{tx::group(lang, Severity::Warning)}</strong> ": " {t.warning_means}</li>
                <li><strong>{tx::group(lang, Severity::Info)}</strong> ": " {t.info_means}</li>
            </ul>
            {body}
        }
    }
}
