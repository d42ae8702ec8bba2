//! Comparing two documents (a plan and its report, two years, two versions):
//! what was added, removed, renamed, moved, re-weighted or redefined, and
//! how scores and money changed. Everything is data ([`PlanDiff`], serde
//! `Serialize` for `cruscotto diff --json`); the sentences are in
//! [`crate::messages`] ([`Change::message`]).
//!
//! **Matching objectives**, in this order, each step only among the
//! objectives the previous steps left unmatched:
//! 1. by **code**, when the code appears exactly once in each document;
//!    a code that appears more than once in either document is
//!    *ambiguous*: it is reported ([`PlanDiff::ambiguous`]) and never used;
//! 2. by **id**, when it appears once in each document;
//! 3. by **title**, normalised ([`crate::search::normalize`]: case, accents,
//!    punctuation ignored), when it appears once among the objectives still
//!    unmatched on each side.
//!
//! Objectives left over are *added* (only in B) or *removed* (only in A).
//! Indicators are compared inside matched objectives, matched by id, then by
//! normalised name; an indicator that moves to another objective is removed
//! from one and added to the other. Budget rows are matched by table id,
//! then by row id, code, normalised label (each unique in its table).
//!
//! Differences are exact (`rust_decimal`): B − A.

use std::collections::HashMap;

use serde::Serialize;

use crate::decimal::Dec;
use crate::format::*;
use crate::model::{flatten_objectives, FlatNode};
use crate::search::normalize;
use crate::{Analysis, Lang};

/// Which of the two documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// The first (older) document.
    A,
    /// The second (newer) document.
    B,
}

/// How two things were matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchRule {
    /// Same code.
    Code,
    /// Same id.
    Id,
    /// Same normalised title, name or label.
    Title,
}

/// Whether an item is in both documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Only in B.
    Added,
    /// Only in A.
    Removed,
    /// In both.
    Matched,
}

/// A document in a few figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocSummary {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: DocumentKind,
    /// Municipality.
    pub municipality: String,
    /// Reference year, else the first year of the period.
    pub year: i32,
    /// Objectives (every level).
    pub objectives: usize,
    /// Indicators.
    pub indicators: usize,
    /// Overall computed score.
    pub overall: Option<Dec>,
}

/// A code (or id) that appears more than once in a document: not used to
/// match.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ambiguity {
    /// The document.
    pub side: Which,
    /// Code or id.
    pub by: MatchRule,
    /// The repeated value.
    pub value: String,
    /// Ids of the objectives that share it.
    pub ids: Vec<String>,
}

/// A cost field of an objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostField {
    /// Costi del personale.
    Staff,
    /// Impegnato.
    Committed,
    /// Liquidato.
    Paid,
    /// Accertato.
    RevenueAssessed,
    /// Riscosso.
    RevenueCollected,
}

/// A field of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorField {
    /// Name.
    Name,
    /// Kind.
    Kind,
    /// Formula.
    Formula,
    /// Unit of measure.
    MeasureUnit,
    /// Target (comparator and values).
    Target,
    /// Direction (higher or lower is better).
    Direction,
    /// Weight.
    Weight,
    /// Neutralisation (its reason).
    Neutralised,
}

impl IndicatorField {
    /// True for the fields that change what the indicator measures (all but
    /// the weight and the neutralisation).
    pub fn redefines(self) -> bool {
        !matches!(self, IndicatorField::Weight | IndicatorField::Neutralised)
    }
}

/// One difference of a matched objective.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Change {
    /// Same code, different title.
    Renamed {
        /// Title in A.
        from: String,
        /// Title in B.
        to: String,
    },
    /// Different code (matched by id or title).
    Recoded {
        /// Code in A.
        from: Option<String>,
        /// Code in B.
        to: Option<String>,
    },
    /// Under a different parent.
    Moved {
        /// Parent in A (code and title), `None` at the top.
        from: Option<String>,
        /// Parent in B.
        to: Option<String>,
    },
    /// Weight changed.
    Weight {
        /// In A.
        from: Option<Dec>,
        /// In B.
        to: Option<Dec>,
    },
    /// Deadline changed.
    Deadline {
        /// In A.
        from: Option<String>,
        /// In B.
        to: Option<String>,
    },
    /// Status changed.
    Status {
        /// In A.
        from: Option<Status>,
        /// In B.
        to: Option<Status>,
    },
    /// Neutralised, no longer neutralised, or for another reason.
    Neutralised {
        /// The reason in A (`None`: not neutralised).
        from: Option<String>,
        /// The reason in B.
        to: Option<String>,
    },
    /// Computed achievement changed.
    Score {
        /// In A, percent.
        from: Option<Dec>,
        /// In B, percent.
        to: Option<Dec>,
        /// B − A, when both are there.
        delta: Option<Dec>,
    },
    /// A cost of the objective changed.
    Cost {
        /// Which cost.
        field: CostField,
        /// In A.
        from: Option<Dec>,
        /// In B.
        to: Option<Dec>,
        /// B − A, when both are there.
        delta: Option<Dec>,
    },
    /// An indicator only in B.
    IndicatorAdded {
        /// Id.
        id: String,
        /// Name.
        name: String,
    },
    /// An indicator only in A.
    IndicatorRemoved {
        /// Id.
        id: String,
        /// Name.
        name: String,
    },
    /// A field of a matched indicator changed. Values are in the file's
    /// canonical text (targets as `>= 5`, `range 1 3`).
    Indicator {
        /// Id (in B).
        id: String,
        /// Name (in B).
        name: String,
        /// The field.
        field: IndicatorField,
        /// In A.
        from: Option<String>,
        /// In B.
        to: Option<String>,
    },
}

impl Change {
    /// A sentence for the reader.
    pub fn message(&self, lang: Lang) -> String {
        crate::messages::diff_change(self, lang)
    }
}

/// An objective that differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectiveDiff {
    /// Added, removed or matched (with changes).
    pub presence: Presence,
    /// How it was matched.
    pub rule: Option<MatchRule>,
    /// Id in A.
    pub id_a: Option<String>,
    /// Id in B.
    pub id_b: Option<String>,
    /// Index in A's pre-order list.
    pub node_a: Option<usize>,
    /// Index in B's pre-order list.
    pub node_b: Option<usize>,
    /// Code (B's, else A's).
    pub code: Option<String>,
    /// Title (B's, else A's).
    pub title: String,
    /// The differences (empty for added and removed).
    pub changes: Vec<Change>,
}

impl ObjectiveDiff {
    /// The objective as both the command and the web app name it:
    /// `code «title» (id)`.
    pub fn label(&self) -> String {
        let id = self.id_b.as_ref().or(self.id_a.as_ref());
        let id = id.map_or("", String::as_str);
        match &self.code {
            Some(c) => format!("{c} «{}» ({id})", self.title),
            None => format!("«{}» ({id})", self.title),
        }
    }
}

/// One amount column of a budget row in A and B.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ColumnDiff {
    /// The column.
    pub column: MoneyColumn,
    /// In A.
    pub a: Option<Dec>,
    /// In B.
    pub b: Option<Dec>,
    /// B − A, when both are there.
    pub delta: Option<Dec>,
}

impl ColumnDiff {
    /// Whether the amounts differ.
    pub fn changed(&self) -> bool {
        self.a != self.b
    }
}

/// A budget row that differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RowDiff {
    /// Added, removed or matched.
    pub presence: Presence,
    /// How it was matched.
    pub rule: Option<MatchRule>,
    /// Row id (B's, else A's).
    pub id: String,
    /// Label (B's, else A's).
    pub label: String,
    /// Every column of either table, in A and B.
    pub columns: Vec<ColumnDiff>,
}

/// A budget table that differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableDiff {
    /// Added, removed or matched (by id).
    pub presence: Presence,
    /// Table id.
    pub id: String,
    /// Title (B's, else A's).
    pub title: String,
    /// The rows that differ.
    pub rows: Vec<RowDiff>,
}

/// How many differences of each kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DiffCounts {
    /// Objectives only in B.
    pub added: usize,
    /// Objectives only in A.
    pub removed: usize,
    /// Matched objectives with a different title.
    pub renamed: usize,
    /// Matched objectives with a different code.
    pub recoded: usize,
    /// Matched objectives under a different parent.
    pub moved: usize,
    /// Objectives whose weight changed.
    pub weights: usize,
    /// Indicators whose target changed.
    pub targets: usize,
    /// Indicators redefined (name, kind, formula, unit, target, direction).
    pub indicators_redefined: usize,
    /// Indicators added.
    pub indicators_added: usize,
    /// Indicators removed.
    pub indicators_removed: usize,
    /// Objectives whose computed score changed.
    pub scores: usize,
    /// Budget rows whose amounts changed, added or removed.
    pub budget_rows: usize,
    /// Matched objectives without any difference.
    pub unchanged: usize,
}

/// Everything that differs between two documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanDiff {
    /// The first document.
    pub a: DocSummary,
    /// The second document.
    pub b: DocSummary,
    /// Codes and ids that appear more than once, not used to match.
    pub ambiguous: Vec<Ambiguity>,
    /// Overall computed score in A, B, and B − A.
    pub overall: Change,
    /// Objectives that differ: matched and added ones in B's order, then
    /// removed ones in A's order.
    pub objectives: Vec<ObjectiveDiff>,
    /// Budget tables that differ, in B's order, then removed ones.
    pub tables: Vec<TableDiff>,
    /// Counts.
    pub counts: DiffCounts,
}

impl PlanDiff {
    /// True when nothing differs (ambiguities aside).
    pub fn is_empty(&self) -> bool {
        self.objectives.is_empty() && self.tables.is_empty()
    }
}

fn summary(p: &PlanFile, a: &Analysis) -> DocSummary {
    DocSummary {
        title: p.document.title.clone(),
        kind: p.document.kind,
        municipality: p.document.municipality.name.clone(),
        year: p.document.reference_year.unwrap_or(p.document.period.start),
        objectives: a.scores.nodes.len(),
        indicators: a.scores.indicators.len(),
        overall: a.scores.overall,
    }
}

fn delta(a: Option<Dec>, b: Option<Dec>) -> Option<Dec> {
    Some(Dec(b?.get().checked_sub(a?.get())?))
}

/// A matching rule and the key it reads from an item.
type Key<'k, T> = (MatchRule, &'k dyn Fn(&T) -> Option<String>);

/// Pairs items of two lists by keys tried in order; each key is used only
/// when unique among the still-unmatched items on both sides.
/// Returns `pair[a] = Some((b, rule))`.
fn pair<T>(
    a: &[T],
    b: &[T],
    keys: &[Key<'_, T>],
    mut preset: Vec<Option<(usize, MatchRule)>>,
) -> Vec<Option<(usize, MatchRule)>> {
    let mut taken_b = vec![false; b.len()];
    for p in preset.iter().flatten() {
        taken_b[p.0] = true;
    }
    for (rule, key) in keys {
        let mut ka: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, x) in a.iter().enumerate() {
            if preset[i].is_none() {
                if let Some(k) = key(x) {
                    ka.entry(k).or_default().push(i);
                }
            }
        }
        let mut kb: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, y) in b.iter().enumerate() {
            if !taken_b[j] {
                if let Some(k) = key(y) {
                    kb.entry(k).or_default().push(j);
                }
            }
        }
        for (k, ia) in &ka {
            if let ([i], Some([j])) = (&ia[..], kb.get(k).map(|v| &v[..])) {
                preset[*i] = Some((*j, *rule));
                taken_b[*j] = true;
            }
        }
    }
    preset
}

/// Values that appear more than once, with the ids that share them.
fn repeated<'a>(
    nodes: &[FlatNode<'a>],
    key: impl Fn(&'a Objective) -> Option<&'a str>,
) -> Vec<(String, Vec<String>)> {
    let mut order: Vec<&str> = Vec::new();
    let mut ids: HashMap<&str, Vec<String>> = HashMap::new();
    for n in nodes {
        if let Some(k) = key(n.obj) {
            let e = ids.entry(k).or_default();
            if e.is_empty() {
                order.push(k);
            }
            e.push(n.obj.id.clone());
        }
    }
    order
        .into_iter()
        .filter(|k| ids[k].len() > 1)
        .map(|k| (k.to_string(), ids[k].clone()))
        .collect()
}

fn label(o: &Objective) -> String {
    match &o.code {
        Some(c) => format!("{c} {}", o.title),
        None => o.title.clone(),
    }
}

/// A target in the file's canonical text: `>= 5`, `range 1 3`; a milestone
/// `entro 2021-06-30 …`, a qualitative target its words.
pub fn target_text(t: &Target) -> String {
    let d = |v: Option<Dec>| v.map_or("?".to_string(), |v| v.to_string());
    let words = t.text.as_deref().unwrap_or_default();
    match t.comparator {
        Some(Comparator::Range) => format!("range {} {}", d(t.min), d(t.max)),
        Some(c) => format!("{} {}", c.as_str(), d(t.value)),
        None => match &t.date {
            Some(date) => format!("entro {date} {words}").trim_end().to_string(),
            None => words.to_string(),
        },
    }
}

fn code_of(o: &Objective) -> Option<String> {
    o.code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
}

/// How the objectives of two documents (their pre-order lists) match:
/// `pairs[i]` is B's objective matched to A's `i` and the rule that matched
/// it — by code, then id, then normalised title, each key used only when
/// unique among the objectives still unmatched on both sides, a code
/// repeated in either document never —; `ambiguous`, the codes and ids
/// repeated in either document. What [`diff`] and the history across
/// years ([`crate::history`]) both use.
pub struct Matching {
    /// For each of A's objectives, B's match and how it was matched.
    pub pairs: Vec<Option<(usize, MatchRule)>>,
    /// Codes and ids that appear more than once (not used to match).
    pub ambiguous: Vec<Ambiguity>,
}

/// Matches the objectives of two documents (see [`Matching`]).
pub fn match_objectives(na: &[FlatNode<'_>], nb: &[FlatNode<'_>]) -> Matching {
    // Ambiguous codes and ids.
    let mut ambiguous = Vec::new();
    let mut bad_codes: std::collections::HashSet<String> = Default::default();
    for (side, nodes) in [(Which::A, na), (Which::B, nb)] {
        for (value, ids) in repeated(nodes, |o| o.code.as_deref().map(str::trim)) {
            bad_codes.insert(value.clone());
            ambiguous.push(Ambiguity {
                side,
                by: MatchRule::Code,
                value,
                ids,
            });
        }
        for (value, ids) in repeated(nodes, |o| Some(o.id.as_str())) {
            ambiguous.push(Ambiguity {
                side,
                by: MatchRule::Id,
                value,
                ids,
            });
        }
    }
    let by_code = |n: &FlatNode<'_>| code_of(n.obj).filter(|c| !bad_codes.contains(c));
    let by_id = |n: &FlatNode<'_>| Some(n.obj.id.clone());
    let by_title = |n: &FlatNode<'_>| Some(normalize(&n.obj.title)).filter(|t| !t.is_empty());
    let pairs = pair(
        na,
        nb,
        &[
            (MatchRule::Code, &by_code),
            (MatchRule::Id, &by_id),
            (MatchRule::Title, &by_title),
        ],
        vec![None; na.len()],
    );
    Matching { pairs, ambiguous }
}

/// Matches the indicators of two objectives: by id, then normalised name
/// (each used only when unique).
pub fn match_indicators(oa: &Objective, ob: &Objective) -> Vec<Option<(usize, MatchRule)>> {
    let by_id = |x: &Indicator| Some(x.id.clone());
    let by_name = |x: &Indicator| Some(normalize(&x.name)).filter(|t| !t.is_empty());
    pair(
        &oa.indicators,
        &ob.indicators,
        &[(MatchRule::Id, &by_id), (MatchRule::Title, &by_name)],
        vec![None; oa.indicators.len()],
    )
}

/// Matches the budget tables of two documents, by id.
pub fn match_tables(ta: &[BudgetTable], tb: &[BudgetTable]) -> Vec<Option<(usize, MatchRule)>> {
    let by_id = |t: &BudgetTable| Some(t.id.clone());
    pair(ta, tb, &[(MatchRule::Id, &by_id)], vec![None; ta.len()])
}

/// Compares two documents and their analyses.
pub fn diff(a: &PlanFile, aa: &Analysis, b: &PlanFile, ab: &Analysis) -> PlanDiff {
    let na = flatten_objectives(a);
    let nb = flatten_objectives(b);
    let Matching { pairs, ambiguous } = match_objectives(&na, &nb);
    let mut back: Vec<Option<usize>> = vec![None; nb.len()];
    for (i, p) in pairs.iter().enumerate() {
        if let Some((j, _)) = p {
            back[*j] = Some(i);
        }
    }

    let mut counts = DiffCounts::default();
    let mut objectives = Vec::new();
    for (j, nbj) in nb.iter().enumerate() {
        let ob = nbj.obj;
        let Some(i) = back[j] else {
            counts.added += 1;
            objectives.push(ObjectiveDiff {
                presence: Presence::Added,
                rule: None,
                id_a: None,
                id_b: Some(ob.id.clone()),
                node_a: None,
                node_b: Some(j),
                code: ob.code.clone(),
                title: ob.title.clone(),
                changes: Vec::new(),
            });
            continue;
        };
        let oa = na[i].obj;
        let rule = pairs[i].map(|p| p.1);
        let mut ch = Vec::new();
        if oa.title != ob.title {
            counts.renamed += 1;
            ch.push(Change::Renamed {
                from: oa.title.clone(),
                to: ob.title.clone(),
            });
        }
        if code_of(oa) != code_of(ob) {
            counts.recoded += 1;
            ch.push(Change::Recoded {
                from: oa.code.clone(),
                to: ob.code.clone(),
            });
        }
        let parent_b = nbj.parent;
        let moved = match (na[i].parent, parent_b) {
            (None, None) => false,
            (Some(p), Some(q)) => pairs[p].map(|x| x.0) != Some(q),
            _ => true,
        };
        if moved {
            counts.moved += 1;
            ch.push(Change::Moved {
                from: na[i].parent.map(|p| label(na[p].obj)),
                to: parent_b.map(|p| label(nb[p].obj)),
            });
        }
        if oa.weight != ob.weight {
            counts.weights += 1;
            ch.push(Change::Weight {
                from: oa.weight,
                to: ob.weight,
            });
        }
        if oa.deadline != ob.deadline {
            ch.push(Change::Deadline {
                from: oa.deadline.clone(),
                to: ob.deadline.clone(),
            });
        }
        if oa.status != ob.status {
            ch.push(Change::Status {
                from: oa.status,
                to: ob.status,
            });
        }
        let reason = |o: &Objective| o.neutralised.as_ref().map(|n| n.reason.clone());
        if reason(oa) != reason(ob) {
            ch.push(Change::Neutralised {
                from: reason(oa),
                to: reason(ob),
            });
        }
        indicators(oa, ob, &mut ch, &mut counts);
        let ca = aa.scores.nodes.get(i).and_then(|n| n.computed);
        let cb = ab.scores.nodes.get(j).and_then(|n| n.computed);
        if ca != cb {
            counts.scores += 1;
            ch.push(Change::Score {
                from: ca,
                to: cb,
                delta: delta(ca, cb),
            });
        }
        let (xa, xb) = (
            oa.costs.clone().unwrap_or_default(),
            ob.costs.clone().unwrap_or_default(),
        );
        for (field, va, vb) in [
            (CostField::Staff, xa.staff, xb.staff),
            (CostField::Committed, xa.committed, xb.committed),
            (CostField::Paid, xa.paid, xb.paid),
            (
                CostField::RevenueAssessed,
                xa.revenue_assessed,
                xb.revenue_assessed,
            ),
            (
                CostField::RevenueCollected,
                xa.revenue_collected,
                xb.revenue_collected,
            ),
        ] {
            if va != vb {
                ch.push(Change::Cost {
                    field,
                    from: va,
                    to: vb,
                    delta: delta(va, vb),
                });
            }
        }
        if ch.is_empty() {
            counts.unchanged += 1;
            continue;
        }
        objectives.push(ObjectiveDiff {
            presence: Presence::Matched,
            rule,
            id_a: Some(oa.id.clone()),
            id_b: Some(ob.id.clone()),
            node_a: Some(i),
            node_b: Some(j),
            code: ob.code.clone().or_else(|| oa.code.clone()),
            title: ob.title.clone(),
            changes: ch,
        });
    }
    for (i, n) in na.iter().enumerate() {
        if pairs[i].is_none() {
            counts.removed += 1;
            objectives.push(ObjectiveDiff {
                presence: Presence::Removed,
                rule: None,
                id_a: Some(n.obj.id.clone()),
                id_b: None,
                node_a: Some(i),
                node_b: None,
                code: n.obj.code.clone(),
                title: n.obj.title.clone(),
                changes: Vec::new(),
            });
        }
    }
    let tables = budget(a, b, &mut counts);
    PlanDiff {
        a: summary(a, aa),
        b: summary(b, ab),
        ambiguous,
        overall: Change::Score {
            from: aa.scores.overall,
            to: ab.scores.overall,
            delta: delta(aa.scores.overall, ab.scores.overall),
        },
        objectives,
        tables,
        counts,
    }
}

fn indicators(oa: &Objective, ob: &Objective, ch: &mut Vec<Change>, counts: &mut DiffCounts) {
    let pairs = match_indicators(oa, ob);
    let mut back = vec![None; ob.indicators.len()];
    for (i, p) in pairs.iter().enumerate() {
        if let Some((j, _)) = p {
            back[*j] = Some(i);
        }
    }
    let s = |v: &Option<String>| v.clone();
    for (j, ib) in ob.indicators.iter().enumerate() {
        let Some(i) = back[j] else {
            counts.indicators_added += 1;
            ch.push(Change::IndicatorAdded {
                id: ib.id.clone(),
                name: ib.name.clone(),
            });
            continue;
        };
        let ia = &oa.indicators[i];
        let fields = [
            (
                IndicatorField::Name,
                Some(ia.name.clone()),
                Some(ib.name.clone()),
            ),
            (
                IndicatorField::Kind,
                ia.kind.map(|k| k.as_str().to_string()),
                ib.kind.map(|k| k.as_str().to_string()),
            ),
            (IndicatorField::Formula, s(&ia.formula), s(&ib.formula)),
            (
                IndicatorField::MeasureUnit,
                s(&ia.measure_unit),
                s(&ib.measure_unit),
            ),
            (
                IndicatorField::Target,
                ia.target.as_ref().map(target_text),
                ib.target.as_ref().map(target_text),
            ),
            (
                IndicatorField::Direction,
                ia.direction.map(|d| d.as_str().to_string()),
                ib.direction.map(|d| d.as_str().to_string()),
            ),
            (
                IndicatorField::Weight,
                ia.weight.map(|w| w.to_string()),
                ib.weight.map(|w| w.to_string()),
            ),
            (
                IndicatorField::Neutralised,
                ia.neutralised.as_ref().map(|n| n.reason.clone()),
                ib.neutralised.as_ref().map(|n| n.reason.clone()),
            ),
        ];
        let mut redefined = false;
        for (field, from, to) in fields {
            if from != to {
                redefined |= field.redefines();
                if field == IndicatorField::Target {
                    counts.targets += 1;
                }
                ch.push(Change::Indicator {
                    id: ib.id.clone(),
                    name: ib.name.clone(),
                    field,
                    from,
                    to,
                });
            }
        }
        if redefined {
            counts.indicators_redefined += 1;
        }
    }
    for (i, ia) in oa.indicators.iter().enumerate() {
        if pairs[i].is_none() {
            counts.indicators_removed += 1;
            ch.push(Change::IndicatorRemoved {
                id: ia.id.clone(),
                name: ia.name.clone(),
            });
        }
    }
}

fn budget(a: &PlanFile, b: &PlanFile, counts: &mut DiffCounts) -> Vec<TableDiff> {
    let ta = &a.money.budget;
    let tb = &b.money.budget;
    let tp = match_tables(ta, tb);
    let mut back = vec![None; tb.len()];
    for (i, p) in tp.iter().enumerate() {
        if let Some((j, _)) = p {
            back[*j] = Some(i);
        }
    }
    let cols = |x: Option<&BudgetTable>, y: Option<&BudgetTable>| -> Vec<MoneyColumn> {
        MoneyColumn::ALL
            .iter()
            .copied()
            .filter(|c| {
                x.is_some_and(|t| t.columns.contains(c)) || y.is_some_and(|t| t.columns.contains(c))
            })
            .collect()
    };
    let row = |presence,
               rule,
               r: &BudgetRow,
               ra: Option<&BudgetRow>,
               rb: Option<&BudgetRow>,
               cs: &[MoneyColumn]| RowDiff {
        presence,
        rule,
        id: r.id.clone(),
        label: r.label.clone(),
        columns: cs
            .iter()
            .map(|&c| {
                let va = ra.and_then(|r| r.values.get(c));
                let vb = rb.and_then(|r| r.values.get(c));
                ColumnDiff {
                    column: c,
                    a: va,
                    b: vb,
                    delta: delta(va, vb),
                }
            })
            .collect(),
    };
    let mut out = Vec::new();
    for (j, t) in tb.iter().enumerate() {
        let Some(i) = back[j] else {
            let cs = cols(None, Some(t));
            counts.budget_rows += t.rows.len();
            out.push(TableDiff {
                presence: Presence::Added,
                id: t.id.clone(),
                title: t.title.clone(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| row(Presence::Added, None, r, None, Some(r), &cs))
                    .collect(),
            });
            continue;
        };
        let t_a = &ta[i];
        let cs = cols(Some(t_a), Some(t));
        let r_id = |r: &BudgetRow| Some(r.id.clone());
        let r_code = |r: &BudgetRow| r.code.clone().filter(|c| !c.trim().is_empty());
        let r_label = |r: &BudgetRow| Some(normalize(&r.label)).filter(|l| !l.is_empty());
        let rp = pair(
            &t_a.rows,
            &t.rows,
            &[
                (MatchRule::Id, &r_id),
                (MatchRule::Code, &r_code),
                (MatchRule::Title, &r_label),
            ],
            vec![None; t_a.rows.len()],
        );
        let mut rback = vec![None; t.rows.len()];
        for (x, p) in rp.iter().enumerate() {
            if let Some((y, _)) = p {
                rback[*y] = Some(x);
            }
        }
        let mut rows = Vec::new();
        for (y, rb) in t.rows.iter().enumerate() {
            match rback[y] {
                None => rows.push(row(Presence::Added, None, rb, None, Some(rb), &cs)),
                Some(x) => {
                    let ra = &t_a.rows[x];
                    let d = row(
                        Presence::Matched,
                        rp[x].map(|p| p.1),
                        rb,
                        Some(ra),
                        Some(rb),
                        &cs,
                    );
                    if d.columns.iter().any(ColumnDiff::changed) {
                        rows.push(d);
                    }
                }
            }
        }
        for (x, ra) in t_a.rows.iter().enumerate() {
            if rp[x].is_none() {
                rows.push(row(Presence::Removed, None, ra, Some(ra), None, &cs));
            }
        }
        if !rows.is_empty() {
            counts.budget_rows += rows.len();
            out.push(TableDiff {
                presence: Presence::Matched,
                id: t.id.clone(),
                title: t.title.clone(),
                rows,
            });
        }
    }
    for (i, t) in ta.iter().enumerate() {
        if tp[i].is_none() {
            let cs = cols(Some(t), None);
            counts.budget_rows += t.rows.len();
            out.push(TableDiff {
                presence: Presence::Removed,
                id: t.id.clone(),
                title: t.title.clone(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| row(Presence::Removed, None, r, Some(r), None, &cs))
                    .collect(),
            });
        }
    }
    out
}
