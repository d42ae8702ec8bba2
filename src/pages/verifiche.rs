//! The checks page: every finding of the core's checks in plain words,
//! grouped by severity, each with what was found, where (the objective,
//! linked, or the place in the file) and why it matters.

use std::collections::HashMap;
use std::sync::Arc;

use cruscotto_core::{Diagnostic, Lang, Severity};
use leptos::prelude::*;

use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, common, verifiche as tx};

const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// JSON path of each objective → its index, to find the objective a finding
/// is about in O(length of the path) rather than scanning every node.
pub struct PathIndex<'a>(HashMap<&'a str, usize>);

impl<'a> PathIndex<'a> {
    /// Indexes the objectives of a document.
    pub fn new(doc: &'a Doc) -> PathIndex<'a> {
        PathIndex(
            doc.analysis
                .scores
                .nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (n.path.as_str(), i))
                .collect(),
        )
    }

    /// The deepest objective whose path is `path` or a prefix of it
    /// (`$.objectives[3].indicators[0].target` → objective 3); the same
    /// answer as [`Doc::node_of_path`].
    pub fn node_of(&self, path: &str) -> Option<usize> {
        let mut p = path;
        loop {
            if let Some(&i) = self.0.get(p) {
                return Some(i);
            }
            let cut = p.rfind(['.', '['])?;
            if cut == 0 {
                return None;
            }
            p = &p[..cut];
        }
    }
}

/// An objective's label in a link: its code (if any) and title.
pub fn node_label(doc: &Doc, i: usize) -> String {
    let o = doc.node(i);
    match &o.code {
        Some(c) if !c.trim().is_empty() => format!("{c} – {}", o.title),
        _ => o.title.clone(),
    }
}

/// The badge class of a severity.
pub fn badge_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "badge badge--error",
        Severity::Warning => "badge badge--warning",
        Severity::Info => "badge",
    }
}

/// Where a finding is: the objective (linked) or the part of the document,
/// and the JSON path.
fn place(doc: &Doc, node: Option<usize>, path: &str, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let code =
        view! { <code class="finding__path" title=t.file_position>{path.to_string()}</code> };
    if let Some(i) = node {
        let href = Route::Obiettivo(doc.node(i).id.clone()).href();
        view! { {t.in_objective} ": " <a href=href>{node_label(doc, i)}</a> <br /> {code} }
            .into_any()
    } else if path.starts_with("$.money") {
        view! { <a href=Route::Risorse.href()>{t.in_money}</a> <br /> {code} }.into_any()
    } else if path.starts_with("$.units") {
        view! { <a href=Route::Uffici.href()>{t.in_units}</a> <br /> {code} }.into_any()
    } else {
        code.into_any()
    }
}

fn finding(doc: &Doc, paths: &PathIndex<'_>, d: &Diagnostic, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let node = paths.node_of(&d.path);
    view! {
        <li class=format!("finding finding--{}", d.severity.as_str())>
            <p class="finding__what">
                <span class=badge_class(d.severity)>
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
        let paths = PathIndex::new(&doc);
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
                    view! { <li><span class=badge_class(s)>{tx::count(lang, s, doc.count(s))}</span></li> }
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
                        .map(|d| finding(&doc, &paths, d, lang))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Source;

    /// The index finds the same objective as the linear scan, for every
    /// finding and every indicator of the demo plans.
    #[test]
    fn path_index_agrees_with_node_of_path() {
        for bytes in [
            &include_bytes!("../../public/plans/lucca-2021-relazione.json")[..],
            &include_bytes!("../../public/plans/monsummano-terme-2024-piao.json")[..],
        ] {
            let plan = cruscotto_core::parse_plan(bytes).unwrap();
            let analysis = cruscotto_core::analyse(&plan);
            let doc = Doc::new(plan, analysis, Source::Demo("t".into()), bytes.len());
            let index = PathIndex::new(&doc);
            let mut paths: Vec<String> = doc
                .analysis
                .diagnostics
                .iter()
                .map(|d| d.path.clone())
                .collect();
            paths.extend(
                doc.analysis
                    .scores
                    .indicators
                    .iter()
                    .map(|i| format!("{}.target.value", i.path)),
            );
            paths.extend([
                "$".into(),
                "$.money.budget[0]".into(),
                "$.objectives".into(),
            ]);
            for p in &paths {
                assert_eq!(index.node_of(p), doc.node_of_path(p), "{p}");
            }
        }
    }
}
