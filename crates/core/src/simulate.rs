//! The calculator over a plan: edits ([`crate::edits`]) applied and every
//! score computed again by the core's own rules ([`crate::analyse_with`]),
//! what each edit changed, how much each objective counts ("Quanto conta"),
//! and a Piano filled in as a Relazione or a Monitoraggio. Pure functions:
//! the web page and `cruscotto score --modifica` print the same data.

use rust_decimal::Decimal;

use crate::decimal::Dec;
use crate::edits::{
    apply_in_place, percent_weights, restore, write, Edit, EditError, Field, Saved, Value,
};
use crate::format::{Approval, DocumentKind, PlanFile, Rollup};
use crate::score::{combine, Basis, Part, PartKind, Scores};
use crate::{Analysis, Options};

/// Every score of a plan without the checks: what the calculator needs to
/// recompute after an edit (the checks' findings are left out; use
/// [`crate::analyse_with`] for them).
pub fn scores_only(plan: &PlanFile) -> Scores {
    let nodes = crate::model::flatten_objectives(plan);
    let units = crate::model::flatten_units(plan);
    let mut ignored = crate::check::Findings::default();
    crate::score::score(plan, &nodes, &units, &mut ignored)
}

/// A score before and after an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effect {
    /// Index of the objective in [`Scores::nodes`].
    pub node: usize,
    /// Its id.
    pub id: String,
    /// Its score before the edit.
    pub before: Option<Dec>,
    /// Its score after.
    pub after: Option<Dec>,
}

/// What one edit changed, the edits before it already applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The edit.
    pub edit: Edit,
    /// The value it replaced.
    pub before: Value,
    /// The overall score before and after it.
    pub overall: (Option<Dec>, Option<Dec>),
    /// The edited objective (or the indicator's objective) and each objective
    /// above it, nearest first.
    pub ancestors: Vec<Effect>,
}

/// A plan with edits applied, scored again.
#[derive(Clone, Debug)]
pub struct Simulation {
    /// The edited plan.
    pub plan: PlanFile,
    /// Its analysis (checks and scores), as [`crate::analyse_with`] gives it.
    pub analysis: Analysis,
    /// The scores of the plan before any edit.
    pub base: Scores,
    /// What each edit changed, in order (each after the ones before it: the
    /// overall changes add up to the whole difference).
    pub changes: Vec<Change>,
}

/// The objective an edit concerns: the objective itself, or the
/// indicator's objective (its index in [`Scores::nodes`]).
pub fn node_of(scores: &Scores, edit: &Edit) -> Option<usize> {
    if edit.field.on_objective() {
        scores.node_index(&edit.id)
    } else {
        scores
            .indicators
            .iter()
            .find(|i| i.id == edit.id)
            .map(|i| i.node)
    }
}

/// The calculator over one plan, edit after edit: the plan as edited so
/// far, its scores, and what each edit changed. Each edit changes the plan
/// in place and scores it again without the checks ([`scores_only`]): what
/// a page does on every keystroke.
///
/// [`Calculator::set`] and [`Calculator::remove`] keep one edit per field
/// and item, as a page's form does, one scoring pass each: the edit is
/// taken back (what it overwrote was kept) and the new value written, the
/// others untouched. The plan and the scores are always exactly those of
/// [`Calculator::edits`] replayed from the document. What each edit
/// changed depends on the edits before it: after changing an edit that is
/// not the last, the changes from it on are worked out again only by
/// [`Calculator::refresh`] (one pass each); until then
/// [`Calculator::changes`] gives the ones before it, which are exact.
#[derive(Clone, Debug)]
pub struct Calculator {
    plan: PlanFile,
    scores: Scores,
    base_overall: Option<Dec>,
    changes: Vec<Change>,
    /// What each change overwrote, to take it back.
    saved: Vec<Saved>,
    /// How many of the first changes are exact (the others wait for
    /// [`Calculator::refresh`]).
    fresh: usize,
    percent: bool,
}

impl Calculator {
    /// A calculator over `plan`, whose scores are `scores` (those of its
    /// analysis: nothing is computed again).
    pub fn new(plan: PlanFile, scores: Scores) -> Calculator {
        Calculator {
            base_overall: scores.overall,
            percent: percent_weights(&plan),
            plan,
            scores,
            changes: Vec::new(),
            saved: Vec::new(),
            fresh: 0,
        }
    }

    /// A calculator over `plan` (scored `scores`) with the edits of `text`
    /// (the text form, `v1~f.i12=80~…`) applied, up to the first that does
    /// not read or apply: that one is returned, the ones before it stay.
    /// What a page does with the edits of its address.
    pub fn with_text(
        plan: PlanFile,
        scores: Scores,
        text: &str,
    ) -> (Calculator, Option<EditError>) {
        let mut calc = Calculator::new(plan, scores);
        let error = match crate::edits::parse_edits(text) {
            Err(e) => Some(e),
            Ok(list) => list.iter().find_map(|e| calc.edit(e).err()),
        };
        (calc, error)
    }

    /// Applies one more edit and scores the plan again; returns what it
    /// changed. A bad edit changes nothing.
    pub fn edit(&mut self, edit: &Edit) -> Result<&Change, EditError> {
        let index = self.changes.len() + 1;
        let (before, saved) = self.write(edit, index)?;
        let prior = std::mem::take(&mut self.scores);
        self.record(edit, before, saved, prior.overall, |i| {
            prior.nodes[i].computed
        });
        Ok(&self.changes[index - 1])
    }

    /// Writes one edit into the plan (nothing else): the value it replaced
    /// and what it overwrote; a bad edit (numbered `index`) changes nothing.
    fn write(&mut self, edit: &Edit, index: usize) -> Result<(Value, Saved), EditError> {
        write(&mut self.plan.objectives, edit, self.percent).map_err(|problem| EditError {
            index,
            text: edit.to_string(),
            problem,
        })
    }

    /// Scores the plan (an edit just written) and records the change: the
    /// overall score and each objective's score before it are given.
    fn record(
        &mut self,
        edit: &Edit,
        before: Value,
        saved: Saved,
        overall_before: Option<Dec>,
        node_before: impl Fn(usize) -> Option<Dec>,
    ) {
        let after = scores_only(&self.plan);
        let mut ancestors = Vec::new();
        let mut at = node_of(&after, edit);
        while let Some(i) = at {
            let n = &after.nodes[i];
            ancestors.push(Effect {
                node: i,
                id: n.id.clone(),
                before: node_before(i),
                after: n.computed,
            });
            at = n.parent;
        }
        if self.fresh == self.changes.len() {
            self.fresh += 1;
        }
        self.changes.push(Change {
            edit: edit.clone(),
            before,
            overall: (overall_before, after.overall),
            ancestors,
        });
        self.saved.push(saved);
        self.scores = after;
    }

    /// The position of the edit of `field` on item `id`, if any.
    fn position(&self, field: Field, id: &str) -> Option<usize> {
        self.changes
            .iter()
            .position(|c| c.edit.field == field && c.edit.id == id)
    }

    /// Sets one field of one item to the edit's value, as a form does: the
    /// edit of the same field and item is replaced (in its place in the
    /// list) or added at the end; a value equal to the document's takes
    /// the edit away ([`Calculator::remove`]); the same value again changes
    /// nothing. One scoring pass, which is also the check: a bad edit
    /// changes nothing (and costs no pass).
    pub fn set(&mut self, edit: &Edit) -> Result<(), EditError> {
        let Some(k) = self.position(edit.field, &edit.id) else {
            let index = self.changes.len() + 1;
            let (before, saved) = self.write(edit, index)?;
            if before == edit.value {
                // The document's value: no edit.
                restore(&mut self.plan.objectives, &edit.id, saved);
                return Ok(());
            }
            let prior = std::mem::take(&mut self.scores);
            self.record(edit, before, saved, prior.overall, |i| {
                prior.nodes[i].computed
            });
            return Ok(());
        };
        if self.changes[k].edit.value == edit.value {
            return Ok(());
        }
        if self.changes[k].before == edit.value {
            self.remove(edit.field, &edit.id);
            return Ok(());
        }
        restore(&mut self.plan.objectives, &edit.id, self.saved[k].clone());
        let saved = match self.write(edit, k + 1) {
            Ok((_, saved)) => saved,
            Err(e) => {
                // Put the edit back as it was.
                let old = self.changes[k].edit.clone();
                let _ = self.write(&old, k + 1);
                return Err(e);
            }
        };
        if k + 1 == self.fresh && k + 1 == self.changes.len() {
            // The last edit, typed again: the scores before it are those its
            // change recorded (the same objective, the same ones above it).
            let (c, _) = (self.changes.remove(k), self.saved.remove(k));
            self.fresh = k;
            self.record(edit, c.before, saved, c.overall.0, |i| {
                c.ancestors
                    .iter()
                    .find(|a| a.node == i)
                    .and_then(|a| a.before)
            });
        } else {
            self.changes[k].edit = edit.clone();
            self.saved[k] = saved;
            self.fresh = self.fresh.min(k);
            self.scores = scores_only(&self.plan);
        }
        Ok(())
    }

    /// Takes away the edit of `field` on item `id` (nothing if there is
    /// none): one scoring pass.
    pub fn remove(&mut self, field: Field, id: &str) {
        let Some(k) = self.position(field, id) else {
            return;
        };
        let (c, saved) = (self.changes.remove(k), self.saved.remove(k));
        restore(&mut self.plan.objectives, &c.edit.id, saved);
        // The changes after it counted it: they wait for `refresh` (none
        // when it was the last).
        self.fresh = self.fresh.min(k);
        self.scores = scores_only(&self.plan);
    }

    /// Whether every change is worked out ([`Calculator::changes`] gives
    /// one per edit).
    pub fn is_fresh(&self) -> bool {
        self.fresh == self.changes.len()
    }

    /// Works out again what each edit changed from the first one changed
    /// since (after [`Calculator::set`] or [`Calculator::remove`] of an
    /// edit that was not the last): one scoring pass, then one per edit
    /// from there. The plan and the scores stay as they are (they were
    /// exact already).
    pub fn refresh(&mut self) {
        if self.is_fresh() {
            return;
        }
        let rest: Vec<Edit> = self.changes[self.fresh..]
            .iter()
            .map(|c| c.edit.clone())
            .collect();
        while self.changes.len() > self.fresh {
            if let (Some(c), Some(saved)) = (self.changes.pop(), self.saved.pop()) {
                restore(&mut self.plan.objectives, &c.edit.id, saved);
            }
        }
        self.scores = scores_only(&self.plan);
        for e in &rest {
            // Each applied before: they apply again.
            let _ = self.edit(e);
        }
    }

    /// The plan as edited.
    pub fn plan(&self) -> &PlanFile {
        &self.plan
    }
    /// Its scores.
    pub fn scores(&self) -> &Scores {
        &self.scores
    }
    /// The overall score before any edit.
    pub fn base_overall(&self) -> Option<Dec> {
        self.base_overall
    }
    /// What each edit changed, in order: every edit's when
    /// [`Calculator::is_fresh`], else those before the first one changed
    /// since (the others wait for [`Calculator::refresh`]).
    pub fn changes(&self) -> &[Change] {
        &self.changes[..self.fresh]
    }
    /// The edits, in order.
    pub fn edits(&self) -> Vec<Edit> {
        self.changes.iter().map(|c| c.edit.clone()).collect()
    }
    /// The value of `field` on item `id` as edited, if an edit sets it.
    pub fn edited(&self, field: Field, id: &str) -> Option<&Value> {
        self.position(field, id)
            .map(|k| &self.changes[k].edit.value)
    }
}

/// Applies the edits in order and scores the plan again after each, then
/// analyses the result (checks included): what `cruscotto score --modifica`
/// prints.
pub fn simulate(
    plan: &PlanFile,
    edits: &[Edit],
    options: &Options,
) -> Result<Simulation, EditError> {
    let base = scores_only(plan);
    let mut calc = Calculator::new(plan.clone(), base.clone());
    for edit in edits {
        calc.edit(edit)?;
    }
    let analysis = crate::analyse_with(&calc.plan, options);
    Ok(Simulation {
        plan: calc.plan,
        analysis,
        base,
        changes: calc.changes,
    })
}

/// How much one objective counts: the overall score if it reached 0 % and
/// if it reached 100 %, everything else as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weight {
    /// Index in [`Scores::nodes`].
    pub node: usize,
    /// Its id.
    pub id: String,
    /// Its score now.
    pub score: Dec,
    /// The overall score with this objective at 0 %.
    pub at_zero: Option<Dec>,
    /// The overall score with this objective at 100 %.
    pub at_hundred: Option<Dec>,
}

impl Weight {
    /// How far the overall score moves between 0 % and 100 %: the
    /// objective's share of it.
    pub fn impact(&self) -> Option<Dec> {
        Some(Dec(self
            .at_hundred?
            .get()
            .checked_sub(self.at_zero?.get())?))
    }
}

/// "Quanto conta": for each scored objective (not withdrawn, not
/// neutralised), the overall score if it reached 0 % and 100 %, by the
/// plan's declared method; sorted by impact, largest first (then in the
/// tree's order).
///
/// Under `rollup: children` the objective's score is replaced by the
/// figure and each objective above it combines its parts again; under
/// `rollup: indicators` every scored input beneath it (indicators,
/// results of leaves) takes the figure.
pub fn sensitivity(plan: &PlanFile, scores: &Scores) -> Vec<Weight> {
    let m = &plan.scoring;
    let n = scores.nodes.len();
    // End of each node's subtree (pre-order: the nodes after it while
    // deeper).
    let mut end = vec![n; n];
    let mut open: Vec<usize> = Vec::new();
    for (i, s) in scores.nodes.iter().enumerate() {
        while open
            .last()
            .is_some_and(|&j| scores.nodes[j].depth >= s.depth)
        {
            end[open.pop().unwrap_or_default()] = i;
        }
        open.push(i);
    }
    let mut out: Vec<Weight> = scores
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.basis.is_excluded() && s.basis != Basis::None)
        .filter_map(|(i, s)| {
            let score = s.computed?;
            let at = |x: Decimal| match m.rollup() {
                Rollup::Children => forced_children(plan, scores, i, x),
                Rollup::Indicators => {
                    let inside = |p: &Part| match p.kind {
                        PartKind::Indicator(k) => (i..end[i]).contains(&scores.indicators[k].node),
                        PartKind::Leaf(j) | PartKind::Child(j) => (i..end[i]).contains(&j),
                        PartKind::OwnIndicators => false,
                    };
                    let parts = replaced(&scores.overall_parts, inside, x);
                    combine(&parts, m.indicators()).0
                }
            };
            Some(Weight {
                node: i,
                id: s.id.clone(),
                score,
                at_zero: at(Decimal::ZERO),
                at_hundred: at(Decimal::ONE_HUNDRED),
            })
        })
        .collect();
    out.sort_by(|a, b| b.impact().cmp(&a.impact()).then(a.node.cmp(&b.node)));
    out
}

fn replaced(parts: &[Part], hit: impl Fn(&Part) -> bool, x: Decimal) -> Vec<Part> {
    parts
        .iter()
        .map(|p| Part {
            value: if hit(p) { Dec(x) } else { p.value },
            ..p.clone()
        })
        .collect()
}

/// The overall score with node `i` at `x`, each objective above it
/// combining its children again (`rollup: children`).
fn forced_children(plan: &PlanFile, scores: &Scores, i: usize, x: Decimal) -> Option<Dec> {
    let how = plan.scoring.children();
    let mut value = x;
    let mut child = i;
    while let Some(p) = scores.nodes[child].parent {
        let parts = replaced(
            &scores.nodes[p].parts,
            |q| q.kind == PartKind::Child(child),
            value,
        );
        value = combine(&parts, how).0?.get();
        child = p;
    }
    let parts = replaced(
        &scores.overall_parts,
        |q| q.kind == PartKind::Child(child),
        value,
    );
    combine(&parts, how).0
}

/// Why a Piano cannot be filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FillError {
    /// A bad edit.
    Edit(EditError),
    /// The kind asked for is not `relazione` or `monitoraggio`.
    Kind(DocumentKind),
    /// The date is not a valid `YYYY-MM-DD`.
    Date(String),
}

impl FillError {
    /// A complete sentence, Italian or English.
    pub fn message(&self, lang: crate::Lang) -> String {
        crate::messages::fill_error(self, lang)
    }
}

/// A plan filled in with results: the edits applied (final values, declared
/// results, neutralisations …) and the document made a Relazione or a
/// Monitoraggio dated `date` (`YYYY-MM-DD`: its `published_on`, the date its
/// deadlines are judged at). The plan's approval act, which does not approve
/// this document, moves to `related_acts`; a note says how it was made.
pub fn fill_in(
    plan: &PlanFile,
    edits: &[Edit],
    kind: DocumentKind,
    date: &str,
) -> Result<PlanFile, FillError> {
    if !matches!(kind, DocumentKind::Relazione | DocumentKind::Monitoraggio) {
        return Err(FillError::Kind(kind));
    }
    if !crate::validate::is_iso_date(date) {
        return Err(FillError::Date(date.to_string()));
    }
    let mut out = plan.clone();
    apply_in_place(&mut out, edits).map_err(FillError::Edit)?;
    let d = &mut out.document;
    let from = d.kind;
    d.kind = kind;
    d.published_on = Some(date.to_string());
    if let Some(a) = d.approval.take() {
        d.related_acts.insert(
            0,
            Approval {
                subject: a.subject.clone().or_else(|| Some(d.title.clone())),
                ..a
            },
        );
    }
    if d.reference_year.is_none() {
        d.reference_year = date.get(..4).and_then(|y| y.parse().ok());
    }
    d.notes
        .push(crate::messages::fill_note(from, kind, date, edits.len()));
    Ok(out)
}

/// A document's text as `cruscotto compila` writes it and the calculator's
/// page downloads it: the JSON indented, ending with a newline (the same
/// bytes for the same document).
pub fn document_text(plan: &PlanFile) -> String {
    serde_json::to_string_pretty(plan).unwrap_or_default() + "\n"
}

/// The edits that fill in `plan`'s final values from another document with
/// the same indicators (its `actual.final`, declared results and stated
/// percentages): for a Relazione made from last year's monitoring, or a test.
pub fn edits_of_results(plan: &PlanFile) -> Vec<Edit> {
    let mut out = Vec::new();
    for n in crate::model::flatten_objectives(plan) {
        for i in &n.obj.indicators {
            let a = i.actual.as_ref();
            if i.target_in_words().is_some() {
                if let Some(o) = a.and_then(|a| a.outcome) {
                    out.push(Edit {
                        field: Field::Outcome,
                        id: i.id.clone(),
                        value: Value::Outcome(o),
                    });
                }
            } else if let Some(v) = a.and_then(|a| a.final_value) {
                out.push(Edit {
                    field: Field::Final,
                    id: i.id.clone(),
                    value: Value::Number(v),
                });
            }
        }
    }
    out
}
