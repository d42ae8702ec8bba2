//! Across years: the documents of one municipality's archive, in order
//! (year, then Piano before Relazione), and how each objective, indicator
//! and budget table went from one to the next.
//!
//! Objectives are matched between each document and the next by the
//! comparison's own rules ([`crate::diff::match_objectives`]: code, then
//! id, then title; a code or id repeated in a document is reported, never
//! used), indicators within matched objectives by id then name, budget
//! tables by id. A chain of matches is one objective's history; one that
//! is missing from a document starts a new history after it (matching only
//! reaches the next document: a gap is never bridged by a guess).
//!
//! Every figure is the core's own: scores from [`crate::score`] (the
//! overall, each objective's and indicator's achievement, the distribution
//! of results), ratios from [`crate::money`]. Nothing is recomputed here.
//! Pure: documents in, data out (`Serialize`: `cruscotto storia --json`).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::decimal::Dec;
use crate::diff::{match_indicators, match_objectives, match_tables, target_text, MatchRule};
use crate::format::{BudgetTable, DocumentKind, MoneyColumn, PlanFile, Side};
use crate::model::flatten_objectives;
use crate::money::RatioKind;
use crate::score::{distribution, Scores};
use crate::Analysis;

/// The upper limits of the bins of the distribution of results (percent):
/// below 50, 50–70, 70–90, 90–100, 100 and more. The overview draws the
/// same bins.
pub const DISTRIBUTION_LIMITS: [u32; 4] = [50, 70, 90, 100];

/// A document of the archive, as the history names it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocFigures {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: DocumentKind,
    /// Reference year, else the first year of the period.
    pub year: i32,
    /// Overall computed score.
    pub overall: Option<Dec>,
    /// The objectives assessed directly, per bin of
    /// [`DISTRIBUTION_LIMITS`] ([`crate::score::distribution`]).
    pub distribution: Vec<usize>,
    /// The objectives assessed directly without a result.
    pub unscored: usize,
}

/// One objective in one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectiveYear {
    /// Its id in that document.
    pub id: String,
    /// Its position in the document's pre-order list.
    pub node: usize,
    /// How it was matched to the previous document's (none for the first
    /// of its history).
    pub rule: Option<MatchRule>,
    /// Weight, as written.
    pub weight: Option<Dec>,
    /// Computed achievement, percent.
    pub score: Option<Dec>,
}

/// One indicator in one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorYear {
    /// Its id in that document.
    pub id: String,
    /// The target in the file's canonical text (`>= 80`).
    pub target: Option<String>,
    /// The final value.
    pub result: Option<Dec>,
    /// Weight, as written.
    pub weight: Option<Dec>,
    /// Achievement, percent.
    pub achievement: Option<Dec>,
}

/// An indicator of an objective across the documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorHistory {
    /// Its name in the last document that has it.
    pub name: String,
    /// Per document (the archive's order): the indicator, or `None`.
    pub years: Vec<Option<IndicatorYear>>,
}

/// An objective across the documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectiveHistory {
    /// Its code in the last document that has it.
    pub code: Option<String>,
    /// Its title in the last document that has it.
    pub title: String,
    /// Per document (the archive's order): the objective, or `None`.
    pub years: Vec<Option<ObjectiveYear>>,
    /// Its indicators.
    pub indicators: Vec<IndicatorHistory>,
}

/// The budget figures of one table in one document: its first total row
/// (the one the Risorse page states in words), else nothing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableYear {
    /// Its id in that document.
    pub id: String,
    /// The total row's label.
    pub row: String,
    /// Assestato.
    pub assestato: Option<Dec>,
    /// Accertato.
    pub accertato: Option<Dec>,
    /// Impegnato.
    pub impegnato: Option<Dec>,
    /// Accertato ÷ assestato × 100 (the core's ratio).
    pub accertato_rate: Option<Dec>,
    /// Impegnato ÷ assestato × 100 (the core's ratio).
    pub impegnato_rate: Option<Dec>,
}

/// A budget table across the documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableHistory {
    /// Its title in the last document that has it.
    pub title: String,
    /// Revenue or spending.
    pub side: Side,
    /// Per document: the figures, or `None`.
    pub years: Vec<Option<TableYear>>,
}

/// A code or id repeated in a document: not used to match.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ambiguous {
    /// The document (position in the archive's order).
    pub document: usize,
    /// Code or id.
    pub by: MatchRule,
    /// The repeated value.
    pub value: String,
    /// Ids of the objectives that share it.
    pub ids: Vec<String>,
}

/// The archive's documents and how their contents went across them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct History {
    /// The documents, in the order given, with their overall figures.
    pub documents: Vec<DocFigures>,
    /// Every objective (its history), in the order they first appear.
    pub objectives: Vec<ObjectiveHistory>,
    /// Every budget table, in the order they first appear.
    pub tables: Vec<TableHistory>,
    /// Codes and ids not used to match because repeated.
    pub ambiguous: Vec<Ambiguous>,
}

impl History {
    /// The history of the objective at position `node` of document `doc`.
    pub fn objective(&self, doc: usize, node: usize) -> Option<&ObjectiveHistory> {
        self.objectives.iter().find(|o| {
            o.years
                .get(doc)
                .and_then(Option::as_ref)
                .is_some_and(|y| y.node == node)
        })
    }
}

fn figures(p: &PlanFile, a: &Analysis) -> DocFigures {
    let limits = DISTRIBUTION_LIMITS.map(Decimal::from);
    let (bins, unscored) = distribution(&a.scores, &limits);
    DocFigures {
        title: p.document.title.clone(),
        kind: p.document.kind,
        year: p.document.reference_year.unwrap_or(p.document.period.start),
        overall: a.scores.overall,
        distribution: bins,
        unscored,
    }
}

fn indicator_years(scores: &Scores, node: usize, obj: &crate::Objective) -> Vec<IndicatorYear> {
    let range = crate::explain::indicators_of(scores, node);
    obj.indicators
        .iter()
        .enumerate()
        .map(|(k, ind)| IndicatorYear {
            id: ind.id.clone(),
            target: ind.target.as_ref().map(target_text),
            result: ind.actual.as_ref().and_then(|a| a.final_value),
            weight: ind.weight,
            achievement: scores.indicators[range.clone()]
                .iter()
                .find(|s| s.index == k)
                .and_then(|s| s.achievement()),
        })
        .collect()
}

fn table_year(t: &BudgetTable, report: Option<&crate::money::TableReport>) -> TableYear {
    let ri = t.rows.iter().position(|r| !r.sum_of.is_empty());
    let row = ri.map(|i| &t.rows[i]);
    let get = |c: MoneyColumn| row.and_then(|r| r.values.get(c));
    let ratio = |k: RatioKind| {
        let rr = report.and_then(|r| r.rows.get(ri?))?;
        rr.ratios.iter().find(|(x, _)| *x == k).map(|(_, v)| *v)
    };
    TableYear {
        id: t.id.clone(),
        row: row.map(|r| r.label.clone()).unwrap_or_default(),
        assestato: get(MoneyColumn::Assestato),
        accertato: get(MoneyColumn::Accertato),
        impegnato: get(MoneyColumn::Impegnato),
        accertato_rate: ratio(RatioKind::Accertamento),
        impegnato_rate: ratio(RatioKind::Impegno),
    }
}

/// Follows matches from one document to the next: `chain[k]` of the
/// previous document's item `k` is the history it belongs to; items of
/// the next document unmatched start a new one (`start`).
fn link(
    prev: &[usize],
    pairs: &[Option<(usize, MatchRule)>],
    next_len: usize,
    mut start: impl FnMut(usize) -> usize,
) -> (Vec<usize>, Vec<Option<MatchRule>>) {
    let mut chain = vec![usize::MAX; next_len];
    let mut rules = vec![None; next_len];
    for (i, p) in pairs.iter().enumerate() {
        if let Some((j, rule)) = p {
            chain[*j] = prev[i];
            rules[*j] = Some(*rule);
        }
    }
    for (j, c) in chain.iter_mut().enumerate() {
        if *c == usize::MAX {
            *c = start(j);
        }
    }
    (chain, rules)
}

/// The history of the documents `docs`, in the order given (the archive's:
/// by year, the Piano before the Relazione).
pub fn history(docs: &[(&PlanFile, &Analysis)]) -> History {
    let n = docs.len();
    let mut out = History {
        documents: docs.iter().map(|(p, a)| figures(p, a)).collect(),
        objectives: Vec::new(),
        tables: Vec::new(),
        ambiguous: Vec::new(),
    };
    let flats: Vec<_> = docs.iter().map(|(p, _)| flatten_objectives(p)).collect();
    let mut prev_obj: Vec<usize> = Vec::new();
    let mut prev_tab: Vec<usize> = Vec::new();
    // The last document with budget tables: a Piano often has none, and
    // the Relazione's tables follow the previous Relazione's.
    let mut prev_budget: Option<usize> = None;
    for (d, (p, a)) in docs.iter().enumerate() {
        let nodes = &flats[d];
        // Objectives.
        let (pairs, ambiguous) = if d == 0 {
            (Vec::new(), match_objectives(&[], nodes).ambiguous)
        } else {
            let m = match_objectives(&flats[d - 1], nodes);
            (m.pairs, m.ambiguous)
        };
        for amb in ambiguous {
            let document = if amb.side == crate::diff::Which::A {
                d - 1
            } else {
                d
            };
            let a = Ambiguous {
                document,
                by: amb.by,
                value: amb.value,
                ids: amb.ids,
            };
            if !out.ambiguous.contains(&a) {
                out.ambiguous.push(a);
            }
        }
        let objectives = &mut out.objectives;
        let (chain, rules) = link(&prev_obj, &pairs, nodes.len(), |_| {
            objectives.push(ObjectiveHistory {
                code: None,
                title: String::new(),
                years: vec![None; n],
                indicators: Vec::new(),
            });
            objectives.len() - 1
        });
        for (j, f) in nodes.iter().enumerate() {
            let h = &mut out.objectives[chain[j]];
            h.code = f.obj.code.clone();
            h.title = f.obj.title.clone();
            // Indicators: matched to those of the objective's previous year.
            let years = indicator_years(&a.scores, j, f.obj);
            let before = (d > 0)
                .then(|| h.years[d - 1].as_ref().map(|y| y.node))
                .flatten();
            let ipairs = match before {
                Some(i) => match_indicators(flats[d - 1][i].obj, f.obj),
                None => Vec::new(),
            };
            let prev_ind: Vec<usize> = match before {
                Some(i) => flats[d - 1][i]
                    .obj
                    .indicators
                    .iter()
                    .map(|ind| {
                        h.indicators
                            .iter()
                            .position(|x| x.years[d - 1].as_ref().is_some_and(|y| y.id == ind.id))
                            .unwrap_or(usize::MAX)
                    })
                    .collect(),
                None => Vec::new(),
            };
            let inds = &mut h.indicators;
            let (ichain, _) = link(&prev_ind, &ipairs, years.len(), |_| {
                inds.push(IndicatorHistory {
                    name: String::new(),
                    years: vec![None; n],
                });
                inds.len() - 1
            });
            for (k, y) in years.into_iter().enumerate() {
                let ih = &mut h.indicators[ichain[k]];
                ih.name = f.obj.indicators[k].name.clone();
                ih.years[d] = Some(y);
            }
            let score = a.scores.nodes.get(j).and_then(|s| s.computed);
            h.years[d] = Some(ObjectiveYear {
                id: f.obj.id.clone(),
                node: j,
                rule: rules[j],
                weight: f.obj.weight,
                score,
            });
        }
        prev_obj = chain;
        // Budget tables.
        let tables = &p.money.budget;
        if tables.is_empty() {
            continue;
        }
        let tpairs = match prev_budget {
            Some(e) => match_tables(&docs[e].0.money.budget, tables),
            None => Vec::new(),
        };
        prev_budget = Some(d);
        let list = &mut out.tables;
        let (tchain, _) = link(&prev_tab, &tpairs, tables.len(), |_| {
            list.push(TableHistory {
                title: String::new(),
                side: Side::Uscite,
                years: vec![None; n],
            });
            list.len() - 1
        });
        for (k, t) in tables.iter().enumerate() {
            let th = &mut out.tables[tchain[k]];
            th.title = t.title.clone();
            th.side = t.side;
            th.years[d] = Some(table_year(t, a.money.tables.get(k)));
        }
        prev_tab = tchain;
    }
    out
}
