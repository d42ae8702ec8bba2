//! The app's state: the language, the route, and the loaded document with the
//! indexes the pages need. Built once per document; every number comes from
//! [`cruscotto_core::analyse`].

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use cruscotto_core::explain::{self, Explanation};
use cruscotto_core::filter::Facets;
use cruscotto_core::score::NodeScore;
use cruscotto_core::search::SearchIndex;
use cruscotto_core::{Analysis, Lang, Objective, PlanFile, Severity, Unit};
use leptos::prelude::*;

use crate::route::Route;

/// Where the loaded document came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A bundled demo (`plans/<stem>.json`).
    Demo(String),
    /// A published file.
    Url(String),
    /// A local file opened for preview (its name); nothing is uploaded.
    Local(String),
}

/// A unit of the organisation, flattened.
#[derive(Clone, Debug)]
pub struct UnitRow {
    /// Index in the pre-order list.
    pub index: usize,
    /// Parent index.
    pub parent: Option<usize>,
    /// Depth (0 = top level).
    pub depth: usize,
    /// Path of child positions from the roots.
    chain: Vec<usize>,
}

/// What the publication manifest says of the loaded file.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    /// The SHA-256 the manifest declares.
    pub expected: String,
    /// The act that approved the document, as the manifest states it.
    pub approval: Option<cruscotto_core::Approval>,
    /// How many documents the published folder's catalogue lists, as the
    /// manifest states it (a folder without catalogue: `None`).
    pub documents: Option<u32>,
}

/// A document converted from a spreadsheet in the browser (the JSON it
/// produced is the document's bytes, what `cruscotto import` writes).
#[derive(Clone, Debug)]
pub struct Imported {
    /// The problems found, each placed at sheet, row and column.
    pub problems: Vec<cruscotto_kit::reply::ReplyProblem>,
    /// A `blob:` address to download [`Imported::json`].
    pub download: Option<String>,
    /// The name to save it under (`piano.json`).
    pub file_name: String,
}

/// The SHA-256 of a document's bytes (hexadecimal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fingerprint {
    /// Being computed.
    Pending,
    /// Computed.
    Known(String),
    /// The browser cannot compute it (a page not served over `https`).
    Unavailable,
}

/// A loaded document and everything computed from it.
pub struct Doc {
    /// SHA-256 of the bytes loaded, computed by the browser while the
    /// document is read (not on the way to the first view).
    pub fingerprint: ArcRwSignal<Fingerprint>,
    /// The publication manifest's statement, when the file is the published one.
    pub published: Option<Published>,
    /// Set when the document was converted from a spreadsheet.
    pub imported: Option<Imported>,
    /// The document.
    pub plan: PlanFile,
    /// Findings, scores, money.
    pub analysis: Analysis,
    /// Where it came from.
    pub source: Source,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// For each node (pre-order, aligned with `analysis.scores.nodes`): the
    /// positions of the children to follow from the roots.
    chains: Vec<Vec<usize>>,
    /// Children of each node.
    children: Vec<Vec<usize>>,
    /// Node id → index (the first, if an id is repeated).
    by_id: HashMap<String, usize>,
    /// Node JSON path → index.
    by_path: HashMap<String, usize>,
    /// For each node, the positions in `analysis.diagnostics` of the
    /// findings about it (not about its children): built once, so an
    /// objective's checks are not a scan of every finding.
    findings: Vec<Vec<usize>>,
    /// Referenced id → the objectives that also contribute to it (indexed
    /// once: the whole document asks for every objective).
    contributors: HashMap<String, Vec<usize>>,
    /// Units in pre-order.
    pub units: Vec<UnitRow>,
    /// Unit id → index.
    unit_by_id: HashMap<String, usize>,
    /// The search index and the filters' options, built the first time the
    /// search page is opened (not on each keystroke, not for other pages).
    finder: OnceLock<Finder>,
}

/// What the search page queries: built once per document.
pub struct Finder {
    /// Every objective, indicator, unit and budget row, indexed.
    pub index: SearchIndex,
    /// Every objective's filter options.
    pub facets: Facets,
}

impl Doc {
    /// Indexes a parsed and analysed document.
    pub fn new(plan: PlanFile, analysis: Analysis, source: Source, bytes: usize) -> Doc {
        let nodes = &analysis.scores.nodes;
        let mut chains: Vec<Vec<usize>> = Vec::with_capacity(nodes.len());
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        let mut roots = 0usize;
        for (i, n) in nodes.iter().enumerate() {
            let chain = match n.parent {
                None => {
                    roots += 1;
                    vec![roots - 1]
                }
                Some(p) => {
                    let mut c = chains[p].clone();
                    c.push(children[p].len());
                    children[p].push(i);
                    c
                }
            };
            chains.push(chain);
        }
        let mut by_id = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            by_id.entry(n.id.clone()).or_insert(i);
        }
        let by_path = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.path.clone(), i))
            .collect();
        let flat = cruscotto_core::model::flatten_units(&plan);
        let mut units: Vec<UnitRow> = Vec::with_capacity(flat.len());
        let mut unit_kids: Vec<usize> = vec![0; flat.len()];
        let mut unit_roots = 0usize;
        for (i, u) in flat.iter().enumerate() {
            let chain = match u.parent {
                None => {
                    unit_roots += 1;
                    vec![unit_roots - 1]
                }
                Some(p) => {
                    let mut c = units[p].chain.clone();
                    c.push(unit_kids[p]);
                    unit_kids[p] += 1;
                    c
                }
            };
            units.push(UnitRow {
                index: i,
                parent: u.parent,
                depth: u.depth,
                chain,
            });
        }
        let unit_by_id = flat
            .iter()
            .enumerate()
            .map(|(i, u)| (u.unit.id.clone(), i))
            .collect();
        let mut doc = Doc {
            fingerprint: ArcRwSignal::new(Fingerprint::Pending),
            published: None,
            imported: None,
            plan,
            analysis,
            source,
            bytes,
            chains,
            children,
            by_id,
            by_path,
            findings: Vec::new(),
            contributors: HashMap::new(),
            units,
            unit_by_id,
            finder: OnceLock::new(),
        };
        let mut findings = vec![Vec::new(); doc.len()];
        for (k, d) in doc.analysis.diagnostics.iter().enumerate() {
            if let Some(i) = doc.node_of_path(&d.path) {
                findings[i].push(k);
            }
        }
        doc.findings = findings;
        let mut contributors: HashMap<String, Vec<usize>> = HashMap::new();
        for j in 0..doc.len() {
            for id in &doc.node(j).also_contributes_to {
                let list = contributors.entry(id.clone()).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
        }
        doc.contributors = contributors;
        doc
    }

    /// The objectives that name node `i`'s id among those they also
    /// contribute to (`also_contributes_to`), in the document's order.
    pub fn contributors_of(&self, i: usize) -> &[usize] {
        self.contributors
            .get(self.node(i).id.as_str())
            .map_or(&[], Vec::as_slice)
    }

    /// Positions in `analysis.diagnostics` of the findings about node `i`
    /// (its own fields and indicators, not its children's).
    pub fn findings_of(&self, i: usize) -> &[usize] {
        &self.findings[i]
    }

    /// Positions in `analysis.scores.indicators` of node `i`'s own
    /// indicators.
    pub fn indicators_of(&self, i: usize) -> std::ops::Range<usize> {
        cruscotto_core::explain::indicators_of(&self.analysis.scores, i)
    }

    /// How node `i`'s score was obtained (the core's explanation, the one
    /// `cruscotto score --spiega` prints).
    pub fn explain(&self, i: usize, lang: Lang) -> Explanation {
        explain::explain(&self.plan, &self.analysis.scores, |k| self.node(k), i, lang)
    }

    /// How indicator `k` (a position in `analysis.scores.indicators`) reached
    /// its achievement, in words.
    pub fn explain_indicator(&self, k: usize, lang: Lang) -> String {
        explain::indicator(
            &self.analysis.scores,
            &self.plan.scoring,
            |n| self.node(n),
            k,
            lang,
        )
    }

    /// The search index and the filters' options (built on first use).
    pub fn finder(&self) -> &Finder {
        self.finder.get_or_init(|| Finder {
            index: SearchIndex::new(&self.plan),
            facets: Facets::new(&self.plan, &self.analysis),
        })
    }

    /// Number of objective nodes.
    pub fn len(&self) -> usize {
        self.chains.len()
    }

    /// The objective at pre-order index `i`.
    pub fn node(&self, i: usize) -> &Objective {
        let chain = &self.chains[i];
        let mut o = &self.plan.objectives[chain[0]];
        for &c in &chain[1..] {
            o = &o.children[c];
        }
        o
    }

    /// Its score.
    pub fn score(&self, i: usize) -> &NodeScore {
        &self.analysis.scores.nodes[i]
    }

    /// Indices of its children.
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Indices of the roots.
    pub fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&i| self.score(i).parent.is_none())
    }

    /// Ancestors of `i`, from the root down (without `i`).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut p = self.score(i).parent;
        while let Some(j) = p {
            out.push(j);
            p = self.score(j).parent;
        }
        out.reverse();
        out
    }

    /// A node's title, or its id when the title is empty.
    pub fn node_title(&self, i: usize) -> &str {
        let o = self.node(i);
        if o.title.trim().is_empty() {
            &o.id
        } else {
            &o.title
        }
    }

    /// The address of a node's page.
    pub fn node_href(&self, i: usize) -> String {
        Route::Obiettivo(self.node(i).id.clone()).href()
    }

    /// An objective's label in a link: its code (if any) and title.
    pub fn node_label(&self, i: usize) -> String {
        let o = self.node(i);
        match &o.code {
            Some(c) if !c.trim().is_empty() => format!("{c} – {}", o.title),
            _ => o.title.clone(),
        }
    }

    /// Index of the node with this id.
    pub fn node_by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The node a JSON path points into (`$.objectives[0].children[1].weight`
    /// → that node), for linking a finding to its objective.
    pub fn node_of_path(&self, path: &str) -> Option<usize> {
        // The longest prefix of the path that is an objective's own path.
        let mut p = path;
        loop {
            if let Some(&i) = self.by_path.get(p) {
                return Some(i);
            }
            let cut = p.rfind(['.', '['])?;
            if cut == 0 {
                return None;
            }
            p = &p[..cut];
        }
    }

    /// The unit at pre-order index `i`.
    pub fn unit(&self, i: usize) -> &Unit {
        let chain = &self.units[i].chain;
        let mut u = &self.plan.units[chain[0]];
        for &c in &chain[1..] {
            u = &u.children[c];
        }
        u
    }

    /// Index of the unit with this id.
    pub fn unit_by_id(&self, id: &str) -> Option<usize> {
        self.unit_by_id.get(id).copied()
    }

    /// A unit's name, or its id when it is not in the organisation.
    pub fn unit_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.unit_by_id(id)
            .map_or(id, |i| self.unit(i).name.as_str())
    }

    /// The plan's name for a level id.
    pub fn level_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.plan
            .levels
            .iter()
            .find(|l| l.id == id)
            .map_or(id, |l| l.name.as_str())
    }

    /// Number of findings of a severity.
    pub fn count(&self, s: Severity) -> usize {
        self.analysis.count(s)
    }
}

/// What the main area shows about the document.
#[derive(Clone)]
pub enum DocState {
    /// No document asked for: the chooser.
    Empty,
    /// Fetching or reading.
    Loading(String),
    /// Ready.
    Ready(Arc<Doc>),
    /// Could not be read: a sentence per problem.
    Failed {
        /// What was asked for.
        what: String,
        /// The problems.
        problems: Vec<String>,
    },
}

/// Shared state, provided as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Language of the interface.
    pub lang: RwSignal<Lang>,
    /// Current view.
    pub route: RwSignal<Route>,
    /// The document.
    pub doc: RwSignal<DocState>,
}

impl Ctx {
    /// The context (panics only if called outside the app, a programming error).
    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// The loaded document, if any.
    pub fn ready(&self) -> Option<Arc<Doc>> {
        match self.doc.get() {
            DocState::Ready(d) => Some(d),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: the deepest objective whose path is `path` or a
    /// prefix of it that ends where a segment ends (a scan of every node).
    fn scan(doc: &Doc, path: &str) -> Option<usize> {
        doc.analysis
            .scores
            .nodes
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, n)| {
                let p = n.path.as_str();
                let inside = path == p
                    || path
                        .strip_prefix(p)
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['));
                inside.then_some(i)
            })
    }

    /// Each node's findings, indexed once, are those the objective's page
    /// used to find by scanning every finding: its path or below, not in a
    /// child.
    #[test]
    fn findings_of_agrees_with_the_scan() {
        let bytes = include_bytes!("../tests/fixtures/valid/spiega.json");
        let plan = cruscotto_core::parse_plan(bytes).unwrap();
        let analysis = cruscotto_core::analyse(&plan);
        let doc = Doc::new(plan, analysis, Source::Demo("t".into()), bytes.len());
        let mut seen = 0;
        for i in 0..doc.len() {
            let path = &doc.score(i).path;
            let children = format!("{path}.children[");
            let scan: Vec<usize> = (0..doc.analysis.diagnostics.len())
                .filter(|&k| {
                    let p = doc.analysis.diagnostics[k].path.as_str();
                    (p == path
                        || p.strip_prefix(path.as_str())
                            .is_some_and(|r| r.starts_with('.') || r.starts_with('[')))
                        && !p.starts_with(&children)
                })
                .collect();
            seen += scan.len();
            assert_eq!(doc.findings_of(i), scan.as_slice(), "{path}");
        }
        assert!(seen > 3, "the fixture has findings on objectives");
    }

    /// The path index finds the same objective as the scan, for every
    /// finding and every indicator of the demo plans.
    #[test]
    fn node_of_path_agrees_with_the_scan() {
        for bytes in [
            &include_bytes!("../public/plans/lucca-2021-relazione.json")[..],
            &include_bytes!("../public/plans/monsummano-terme-2024-piao.json")[..],
        ] {
            let plan = cruscotto_core::parse_plan(bytes).unwrap();
            let analysis = cruscotto_core::analyse(&plan);
            let doc = Doc::new(plan, analysis, Source::Demo("t".into()), bytes.len());
            let mut paths: Vec<String> = doc
                .analysis
                .diagnostics
                .iter()
                .map(|d| d.path.clone())
                .collect();
            paths.extend(
                (0..doc.analysis.scores.indicators.len())
                    .map(|k| format!("{}.target.value", doc.analysis.scores.indicator_path(k))),
            );
            paths.extend([
                "$".into(),
                "$.money.budget[0]".into(),
                "$.objectives".into(),
            ]);
            for p in &paths {
                assert_eq!(doc.node_of_path(p), scan(&doc, p), "{p}");
            }
        }
    }
}
