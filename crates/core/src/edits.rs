//! Edits of a plan as data: what the calculator ("Calcolatore") and
//! `cruscotto score --modifica` change before scoring again, and their
//! stable, compact, versioned text form (a URL fragment, a command-line
//! argument, a line of an edits file).
//!
//! The text form is `v1~f.i12=80~p.o3=20~n.o4=Causa%20esterna`: the version,
//! then edits separated by `~`, each `KEY.ID=VALUE`:
//!
//! | key | what | value |
//! |---|---|---|
//! | `f` | an indicator's final value | a number |
//! | `t` | an indicator's target value | a number (`min..max` for a range) |
//! | `pi` | an indicator's weight | a number, not negative (at most 100 where weights are percentages) |
//! | `ri` | the result stated for an indicator in words or a milestone | a percentage, not negative |
//! | `e` | the result declared for an indicator in words or a milestone | `raggiunto`, `parzialmente_raggiunto`, `non_raggiunto` |
//! | `ni` | neutralise an indicator | the reason |
//! | `p` | an objective's weight | a number, not negative (at most 100 where weights are percentages) |
//! | `r` | an objective's published result | a percentage, not negative |
//! | `n` | neutralise an objective | the reason |
//!
//! An empty value takes the value away (`f.i12=` : no final value; `n.o4=` :
//! the document's neutralisation undone). Ids and reasons are
//! percent-encoded (UTF-8); numbers are read the Italian way (`1.234,5`,
//! `95%`, `95 %`, `-1`) and printed in one canonical form (`1234,5`).
//! Every value is exact ([`Dec`]), never a float.

use rust_decimal::Decimal;

use crate::decimal::Dec;
use crate::format::{
    Actual, Indicator, Neutralisation, Objective, Outcome, PlanFile, Target, WeightKind,
};
use crate::Lang;

/// The version of the text form this module writes (and the only one it
/// reads).
pub const VERSION: &str = "v1";

/// What an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// An indicator's final value (`actual.final`).
    Final,
    /// An indicator's target value (`target.value`, or `min`/`max`).
    Target,
    /// An indicator's weight.
    IndicatorWeight,
    /// The percentage stated for an indicator in words or a milestone
    /// (its `published_achievement`).
    IndicatorResult,
    /// The result declared for an indicator in words or a milestone
    /// (`actual.outcome`).
    Outcome,
    /// Neutralise an indicator.
    NeutraliseIndicator,
    /// An objective's weight.
    ObjectiveWeight,
    /// An objective's published result (`published_achievement`).
    ObjectiveResult,
    /// Neutralise an objective.
    NeutraliseObjective,
}

impl Field {
    /// Every field, in the order of the table above.
    pub const ALL: [Field; 9] = [
        Field::Final,
        Field::Target,
        Field::IndicatorWeight,
        Field::IndicatorResult,
        Field::Outcome,
        Field::NeutraliseIndicator,
        Field::ObjectiveWeight,
        Field::ObjectiveResult,
        Field::NeutraliseObjective,
    ];

    /// The key of the text form.
    pub fn key(self) -> &'static str {
        match self {
            Field::Final => "f",
            Field::Target => "t",
            Field::IndicatorWeight => "pi",
            Field::IndicatorResult => "ri",
            Field::Outcome => "e",
            Field::NeutraliseIndicator => "ni",
            Field::ObjectiveWeight => "p",
            Field::ObjectiveResult => "r",
            Field::NeutraliseObjective => "n",
        }
    }

    /// The field of a key.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether it names an objective (else an indicator).
    pub fn on_objective(self) -> bool {
        matches!(
            self,
            Field::ObjectiveWeight | Field::ObjectiveResult | Field::NeutraliseObjective
        )
    }
}

/// The new value of an edit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// No value (the field is taken away).
    Clear,
    /// A number.
    Number(Dec),
    /// A range target, `min..max`.
    Range(Dec, Dec),
    /// A declared result.
    Outcome(Outcome),
    /// The reason of a neutralisation.
    Reason(String),
}

/// One edit: a field of an objective or indicator (by id) and its new value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edit {
    /// What it changes.
    pub field: Field,
    /// The objective's or indicator's id.
    pub id: String,
    /// The new value.
    pub value: Value,
}

/// What is wrong with an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text does not start with a version this program reads.
    Version(String),
    /// No `=` between the id and the value.
    NoEquals,
    /// No `.` between the key and the id, or an unknown key.
    UnknownKey(String),
    /// No id after the key.
    EmptyId,
    /// A `%` escape that is not UTF-8 text.
    Encoding,
    /// Not a number.
    NotANumber(String),
    /// `1.234`: a thousands separator or a decimal point?
    Ambiguous(String),
    /// A number with more digits than can be computed exactly.
    TooLarge(String),
    /// A weight or a percentage below zero.
    Negative(String),
    /// A range whose minimum is above its maximum.
    RangeInverted(String),
    /// Not one of the declared results.
    NotAnOutcome(String),
    /// No objective with this id.
    UnknownObjective,
    /// No indicator with this id.
    UnknownIndicator,
    /// `f`/`t` on an indicator whose target is in words or a milestone.
    TargetInWords,
    /// `e`/`ri` on an indicator with a measurable target.
    Measurable,
    /// `t` on an indicator without a target.
    NoTarget,
    /// `t` with one value on a range target, or a range on another target.
    RangeMismatch {
        /// Whether the indicator's target is a range.
        range: bool,
    },
    /// The same field of the same item edited twice.
    Repeated,
    /// A weight above 100 where the plan's weights are percentages (the
    /// check E06 of [`crate::validate`], the same rule).
    WeightTooLarge(String),
}

/// A bad edit: which one (1-based, in the list), its text and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    /// Position of the edit in the list (1 = first); 0 for the version.
    pub index: usize,
    /// The edit as written (or as printed, when it came as data).
    pub text: String,
    /// What is wrong.
    pub problem: Problem,
}

impl EditError {
    /// A complete sentence: which edit, what is wrong, how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        crate::messages::edit_error(self, lang)
    }
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::It))
    }
}

impl std::error::Error for EditError {}

// ---- text form ----

/// Percent-encodes an id or a reason (UTF-8 bytes): every byte but ASCII
/// letters, digits, `-`, `_` and `.` (`~` separates edits).
pub fn encode(text: &str) -> String {
    crate::filter::percent_encode(text, b"-_.")
}

/// Decodes `%XX` (`+` stays: `+3`); a `%` not followed by two hex digits
/// stays (`95%`).
fn decode(text: &str) -> Result<String, Problem> {
    String::from_utf8(crate::filter::percent_decode(text, false)).map_err(|_| Problem::Encoding)
}

/// A number as people type it: `80`, `80,5`, `1.234,5`, `1234.5`, `95%`,
/// `95 %`, `-1`, `+3`. A dot followed by exactly three digits and no comma
/// (`1.234`) is refused as ambiguous.
pub fn parse_number(text: &str) -> Result<Dec, Problem> {
    let not_a_number = || Problem::NotANumber(text.to_string());
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let t = t.strip_suffix('%').unwrap_or(&t);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(not_a_number());
    }
    let canonical = if let Some((int, frac)) = body.split_once(',') {
        // Italian: the comma is the decimal mark, dots group thousands.
        if frac.contains([',', '.']) || frac.is_empty() {
            return Err(not_a_number());
        }
        let groups: Vec<&str> = int.split('.').collect();
        let grouped_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        if !grouped_ok || int.is_empty() {
            return Err(not_a_number());
        }
        format!("{}.{frac}", groups.concat())
    } else if body.contains('.') {
        let groups: Vec<&str> = body.split('.').collect();
        if groups.iter().any(|g| g.is_empty()) {
            return Err(not_a_number());
        }
        if groups.len() > 2 {
            // 1.234.567: thousands.
            if groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
                return Err(not_a_number());
            }
            groups.concat()
        } else if groups[1].len() == 3 {
            return Err(Problem::Ambiguous(text.to_string()));
        } else {
            body.to_string()
        }
    } else {
        body.to_string()
    };
    let d = Dec::parse(&canonical).map_err(|e| match e {
        crate::decimal::ParseDecError::OutOfRange(_) => Problem::TooLarge(text.to_string()),
        _ => not_a_number(),
    })?;
    Ok(if neg { Dec(-d.get()) } else { d })
}

/// A number in the canonical text form: no thousands separator, a decimal
/// comma, no trailing zeros (`1234,5`, `-1`, `80`).
pub fn print_number(d: Dec) -> String {
    let n = d.get().normalize();
    let s = if n.is_zero() {
        "0".to_string()
    } else {
        n.to_string()
    };
    s.replace('.', ",")
}

fn parse_outcome(text: &str) -> Result<Outcome, Problem> {
    let t = text.trim().to_lowercase().replace([' ', '-'], "_");
    match t.as_str() {
        "raggiunto" => Ok(Outcome::Raggiunto),
        "parzialmente" | "parzialmente_raggiunto" => Ok(Outcome::Parzialmente),
        "non_raggiunto" => Ok(Outcome::NonRaggiunto),
        _ => Err(Problem::NotAnOutcome(text.to_string())),
    }
}

fn parse_value(field: Field, raw: &str) -> Result<Value, Problem> {
    parse_input(field, &decode(raw)?)
}

/// The value of `field` as a person typed it in a form (not
/// percent-encoded): the same rules as the text form (`1.234,5`, `95 %`;
/// empty: no value).
pub fn parse_input(field: Field, text: &str) -> Result<Value, Problem> {
    let text = text.to_string();
    if text.trim().is_empty() {
        return Ok(Value::Clear);
    }
    let not_negative = |d: Dec| {
        if d.get() < Decimal::ZERO {
            Err(Problem::Negative(text.clone()))
        } else {
            Ok(Value::Number(d))
        }
    };
    match field {
        Field::Final => parse_number(&text).map(Value::Number),
        Field::Target => match text.split_once("..") {
            Some((lo, hi)) => {
                let (lo, hi) = (parse_number(lo)?, parse_number(hi)?);
                if lo > hi {
                    return Err(Problem::RangeInverted(text.clone()));
                }
                Ok(Value::Range(lo, hi))
            }
            None => parse_number(&text).map(Value::Number),
        },
        Field::IndicatorWeight
        | Field::IndicatorResult
        | Field::ObjectiveWeight
        | Field::ObjectiveResult => not_negative(parse_number(&text)?),
        Field::Outcome => parse_outcome(&text).map(Value::Outcome),
        Field::NeutraliseIndicator | Field::NeutraliseObjective => {
            Ok(Value::Reason(text.trim().to_string()))
        }
    }
}

/// Reads one edit, `KEY.ID=VALUE` (`index` numbers it in messages).
pub fn parse_edit(text: &str, index: usize) -> Result<Edit, EditError> {
    let err = |problem| EditError {
        index,
        text: text.to_string(),
        problem,
    };
    let t = text.trim();
    let (head, raw) = t.split_once('=').ok_or_else(|| err(Problem::NoEquals))?;
    let (key, id) = head
        .split_once('.')
        .ok_or_else(|| err(Problem::UnknownKey(head.to_string())))?;
    let field =
        Field::from_key(key.trim()).ok_or_else(|| err(Problem::UnknownKey(key.to_string())))?;
    let id = decode(id.trim()).map_err(err)?;
    if id.is_empty() {
        return Err(err(Problem::EmptyId));
    }
    let value = parse_value(field, raw).map_err(err)?;
    Ok(Edit { field, id, value })
}

/// Reads the text form `v1~EDIT~EDIT…` (an empty text, or `v1` alone: no
/// edit). Refuses the same field of the same item edited twice.
pub fn parse_edits(text: &str) -> Result<Vec<Edit>, EditError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(Vec::new());
    }
    let mut parts = t.split('~');
    let version = parts.next().unwrap_or_default();
    if version != VERSION {
        return Err(EditError {
            index: 0,
            text: version.to_string(),
            problem: Problem::Version(version.to_string()),
        });
    }
    let edits = parts
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(i, p)| parse_edit(p, i + 1))
        .collect::<Result<Vec<_>, _>>()?;
    check_repeats(&edits)?;
    Ok(edits)
}

/// Reads edits one per line (an edits file): blank lines and lines
/// starting with `#` are skipped, and so is a first line `v1`.
pub fn parse_lines(text: &str) -> Result<Vec<Edit>, EditError> {
    let mut edits = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') || (edits.is_empty() && l == VERSION) {
            continue;
        }
        edits.push(parse_edit(l, edits.len() + 1)?);
    }
    check_repeats(&edits)?;
    Ok(edits)
}

fn check_repeats(edits: &[Edit]) -> Result<(), EditError> {
    for (i, e) in edits.iter().enumerate() {
        if edits[..i]
            .iter()
            .any(|x| x.field == e.field && x.id == e.id)
        {
            return Err(EditError {
                index: i + 1,
                text: e.to_string(),
                problem: Problem::Repeated,
            });
        }
    }
    Ok(())
}

impl Value {
    /// The value in the canonical text form (not yet percent-encoded).
    fn text(&self) -> String {
        match self {
            Value::Clear => String::new(),
            Value::Number(d) => print_number(*d),
            Value::Range(a, b) => format!("{}..{}", print_number(*a), print_number(*b)),
            Value::Outcome(o) => o.as_str().to_string(),
            Value::Reason(r) => r.clone(),
        }
    }

    /// The value for a person (Italian numbers, `—` for none).
    pub fn display(&self) -> String {
        match self {
            Value::Clear => "—".to_string(),
            Value::Number(d) => shown(*d),
            Value::Range(a, b) => format!("{}–{}", shown(*a), shown(*b)),
            Value::Outcome(o) => o.as_str().replace('_', " "),
            Value::Reason(r) => format!("«{r}»"),
        }
    }
}

/// A number for a person: Italian, without trailing zeros (`1.234,5`).
fn shown(d: Dec) -> String {
    crate::it::plain(Dec(d.get().normalize()))
}

impl std::fmt::Display for Edit {
    /// The canonical text of one edit, `KEY.ID=VALUE`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = match &self.value {
            Value::Reason(r) => encode(r),
            v => v.text(),
        };
        write!(f, "{}.{}={value}", self.field.key(), encode(&self.id))
    }
}

/// The canonical text form of a list of edits: `v1~EDIT~EDIT…`.
pub fn print_edits(edits: &[Edit]) -> String {
    let mut out = VERSION.to_string();
    for e in edits {
        out.push('~');
        out.push_str(&e.to_string());
    }
    out
}

// ---- applying ----

fn find_objective<'a>(list: &'a mut [Objective], id: &str) -> Option<&'a mut Objective> {
    for o in list {
        if o.id == id {
            return Some(o);
        }
        if let Some(found) = find_objective(&mut o.children, id) {
            return Some(found);
        }
    }
    None
}

fn find_indicator<'a>(list: &'a mut [Objective], id: &str) -> Option<&'a mut Indicator> {
    for o in list {
        if let Some(i) = o.indicators.iter_mut().find(|i| i.id == id) {
            return Some(i);
        }
        if let Some(found) = find_indicator(&mut o.children, id) {
            return Some(found);
        }
    }
    None
}

fn actual(i: &mut Indicator) -> &mut crate::format::Actual {
    i.actual.get_or_insert_with(Default::default)
}

fn number(v: &Value) -> Option<Dec> {
    match v {
        Value::Number(d) => Some(*d),
        _ => None,
    }
}

/// What an edit overwrote, exactly (printed forms included): enough to
/// take it back ([`restore`]) without replaying the others. Each kind of
/// edit has its own part of the item, so taking one back leaves the
/// others' edits of the same item as they are (a final value and a
/// declared result, which share `actual`, never apply to the same
/// indicator).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Saved {
    /// An objective's weight.
    ObjectiveWeight(Option<Dec>),
    /// An objective's published result and its printed form.
    ObjectiveResult(Option<Dec>, Option<String>),
    /// An objective's neutralisation.
    NeutraliseObjective(Option<Neutralisation>),
    /// An indicator's actual values (final value, declared result).
    Actual(Option<Actual>),
    /// An indicator's target.
    Target(Option<Target>),
    /// An indicator's weight.
    IndicatorWeight(Option<Dec>),
    /// An indicator's stated percentage.
    IndicatorResult(Option<Dec>),
    /// An indicator's neutralisation.
    NeutraliseIndicator(Option<Neutralisation>),
}

/// Puts back what an edit of item `id` overwrote ([`write`]'s [`Saved`]).
pub(crate) fn restore(objectives: &mut [Objective], id: &str, saved: Saved) {
    match saved {
        Saved::ObjectiveWeight(w) => {
            if let Some(o) = find_objective(objectives, id) {
                o.weight = w;
            }
        }
        Saved::ObjectiveResult(r, text) => {
            if let Some(o) = find_objective(objectives, id) {
                (o.published_achievement, o.published_achievement_text) = (r, text);
            }
        }
        Saved::NeutraliseObjective(n) => {
            if let Some(o) = find_objective(objectives, id) {
                o.neutralised = n;
            }
        }
        saved => {
            let Some(i) = find_indicator(objectives, id) else {
                return;
            };
            match saved {
                Saved::Actual(a) => i.actual = a,
                Saved::Target(t) => i.target = t,
                Saved::IndicatorWeight(w) => i.weight = w,
                Saved::IndicatorResult(r) => i.published_achievement = r,
                Saved::NeutraliseIndicator(n) => i.neutralised = n,
                _ => {}
            }
        }
    }
}

fn opt(d: Option<Dec>) -> Value {
    d.map_or(Value::Clear, Value::Number)
}

fn reason(n: &Option<Neutralisation>) -> Value {
    n.as_ref()
        .map_or(Value::Clear, |n| Value::Reason(n.reason.clone()))
}

/// The value of an objective's field (`field` one of the objective's).
pub fn objective_value(o: &Objective, field: Field) -> Value {
    match field {
        Field::ObjectiveWeight => opt(o.weight),
        Field::ObjectiveResult => opt(o.published_achievement),
        _ => reason(&o.neutralised),
    }
}

/// The value of an indicator's field (`field` one of the indicator's), or
/// why the field does not apply to it (a final value for a target in
/// words, a declared result for a measurable target, a target where there
/// is none …): what a form shows, and which fields it offers.
pub fn indicator_value(i: &Indicator, field: Field) -> Result<Value, Problem> {
    let in_words = i.target_in_words().is_some();
    Ok(match field {
        Field::Final => {
            if in_words {
                return Err(Problem::TargetInWords);
            }
            opt(i.actual.as_ref().and_then(|a| a.final_value))
        }
        Field::Target => target_value(i.target.as_ref())?,
        Field::IndicatorWeight => opt(i.weight),
        Field::IndicatorResult => {
            if !in_words {
                return Err(Problem::Measurable);
            }
            opt(i.published_achievement)
        }
        Field::Outcome => {
            if !in_words {
                return Err(Problem::Measurable);
            }
            i.actual
                .as_ref()
                .and_then(|a| a.outcome)
                .map_or(Value::Clear, Value::Outcome)
        }
        _ => reason(&i.neutralised),
    })
}

/// Whether a weight is too large: above 100 where weights are percentages.
/// The one rule of the check E06 ([`crate::validate`]) and of the edits.
pub fn weight_too_large(w: Dec, percent: bool) -> bool {
    percent && w.get() > Decimal::ONE_HUNDRED
}

/// Applies one edit in place (`percent`: the plan's weights are
/// percentages); returns the value it replaces and what it overwrote.
pub(crate) fn write(
    objectives: &mut [Objective],
    edit: &Edit,
    percent: bool,
) -> Result<(Value, Saved), Problem> {
    if let (Field::IndicatorWeight | Field::ObjectiveWeight, Value::Number(w)) =
        (edit.field, &edit.value)
    {
        if weight_too_large(*w, percent) {
            return Err(Problem::WeightTooLarge(print_number(*w)));
        }
    }
    let new_reason = || match &edit.value {
        Value::Reason(r) => Some(Neutralisation { reason: r.clone() }),
        _ => None,
    };
    if edit.field.on_objective() {
        let o = find_objective(objectives, &edit.id).ok_or(Problem::UnknownObjective)?;
        let before = objective_value(o, edit.field);
        let saved = match edit.field {
            Field::ObjectiveWeight => Saved::ObjectiveWeight(o.weight),
            Field::ObjectiveResult => Saved::ObjectiveResult(
                o.published_achievement,
                o.published_achievement_text.clone(),
            ),
            _ => Saved::NeutraliseObjective(o.neutralised.clone()),
        };
        match edit.field {
            Field::ObjectiveWeight => o.weight = number(&edit.value),
            Field::ObjectiveResult => {
                o.published_achievement = number(&edit.value);
                // The printed form would no longer be this number.
                o.published_achievement_text = None;
            }
            _ => o.neutralised = new_reason(),
        }
        return Ok((before, saved));
    }
    let i = find_indicator(objectives, &edit.id).ok_or(Problem::UnknownIndicator)?;
    let before = indicator_value(i, edit.field)?;
    if let (Field::Target, Some(t)) = (edit.field, &i.target) {
        let range = t.comparator == Some(crate::format::Comparator::Range);
        match (&edit.value, range) {
            (Value::Number(_), true) | (Value::Range(..), false) => {
                return Err(Problem::RangeMismatch { range })
            }
            _ => {}
        }
    }
    let saved = match edit.field {
        Field::Final | Field::Outcome => Saved::Actual(i.actual.clone()),
        Field::Target => Saved::Target(i.target.clone()),
        Field::IndicatorWeight => Saved::IndicatorWeight(i.weight),
        Field::IndicatorResult => Saved::IndicatorResult(i.published_achievement),
        _ => Saved::NeutraliseIndicator(i.neutralised.clone()),
    };
    match edit.field {
        Field::Final => actual(i).final_value = number(&edit.value),
        Field::Target => {
            let t = i.target.as_mut().ok_or(Problem::NoTarget)?;
            match edit.value {
                Value::Range(lo, hi) => (t.min, t.max) = (Some(lo), Some(hi)),
                Value::Clear if t.comparator == Some(crate::format::Comparator::Range) => {
                    (t.min, t.max) = (None, None)
                }
                _ => t.value = number(&edit.value),
            }
            // The printed form would no longer be this target.
            t.text = None;
        }
        Field::IndicatorWeight => i.weight = number(&edit.value),
        Field::IndicatorResult => i.published_achievement = number(&edit.value),
        Field::Outcome => {
            actual(i).outcome = match edit.value {
                Value::Outcome(o) => Some(o),
                _ => None,
            }
        }
        _ => i.neutralised = new_reason(),
    }
    Ok((before, saved))
}

fn target_value(t: Option<&Target>) -> Result<Value, Problem> {
    let t = t.ok_or(Problem::NoTarget)?;
    match t.comparator {
        None => Err(Problem::TargetInWords),
        Some(crate::format::Comparator::Range) => Ok(match (t.min, t.max) {
            (Some(a), Some(b)) => Value::Range(a, b),
            _ => Value::Clear,
        }),
        Some(_) => Ok(t.value.map_or(Value::Clear, Value::Number)),
    }
}

/// Applies edits in order to a copy of the plan. Any edit that does not fit
/// the plan (an unknown id, a final value for a target in words …) is an
/// error naming it; nothing is applied silently in part.
pub fn apply(plan: &PlanFile, edits: &[Edit]) -> Result<PlanFile, EditError> {
    let mut out = plan.clone();
    apply_in_place(&mut out, edits)?;
    Ok(out)
}

/// [`apply`] on the plan itself; returns each edit's value before it. On an
/// error the edits before the bad one stay applied (a bad edit itself
/// changes nothing).
pub fn apply_in_place(plan: &mut PlanFile, edits: &[Edit]) -> Result<Vec<Value>, EditError> {
    let percent = percent_weights(plan);
    edits
        .iter()
        .enumerate()
        .map(|(k, e)| {
            write(&mut plan.objectives, e, percent)
                .map(|(before, _)| before)
                .map_err(|problem| EditError {
                    index: k + 1,
                    text: e.to_string(),
                    problem,
                })
        })
        .collect()
}

/// Whether `plan`'s weights are percentages.
pub(crate) fn percent_weights(plan: &PlanFile) -> bool {
    plan.scoring.weights() == WeightKind::Percent
}
