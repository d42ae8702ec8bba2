//! What the checks report: a severity, a JSON path and a typed finding whose
//! text, in Italian or English, comes from [`crate::messages`].

use crate::decimal::Dec;
use crate::Lang;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file is invalid: it must be fixed before publishing.
    Error,
    /// Probably wrong, or a defect of the source worth a reader's attention.
    Warning,
    /// Worth knowing (e.g. an objective withdrawn and so not scored).
    Info,
}

impl Severity {
    /// Stable key (`error`, `warning`, `info`), also a CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One finding of the checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// JSON path of the value concerned.
    pub path: String,
    /// What was found.
    pub check: Check,
}

impl Diagnostic {
    /// A complete sentence for the reader, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::messages::check(&self.check, lang)
    }
    /// Why it matters, in `lang` (one short sentence).
    pub fn why(&self, lang: Lang) -> &'static str {
        crate::messages::check_why(&self.check, lang)
    }
    /// Stable code of the check (`E02`, `W01` …).
    pub fn code(&self) -> &'static str {
        self.check.code()
    }
}

/// A money column or cost field named in a finding.
pub type Field = &'static str;

/// Every finding the checks can make. (Kept small: the largest variant
/// holds two texts and a `&str`; longer ones box their texts.)
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Check {
    // ---- errors: the file must be fixed ----
    /// Two items of the same kind share an id.
    DuplicateId { id: String, first: String },
    /// A reference to a unit that does not exist.
    UnknownUnit { id: String },
    /// A reference to a level that does not exist.
    UnknownLevel { id: String },
    /// A date that is not a valid `YYYY-MM-DD`.
    InvalidDate {
        value: String,
        /// A deadline (whose words have a field of their own).
        deadline: bool,
    },
    /// A negative weight.
    NegativeWeight { value: Dec },
    /// A percentage weight above 100.
    WeightTooLarge { value: Dec },
    /// A required text is empty.
    EmptyText { field: &'static str },
    /// An Agenda 2030 goal outside 1–17.
    InvalidSdg { value: u8 },
    /// A missione code that does not exist.
    InvalidMission { value: String },
    /// A programma that is not `MM.PP` or does not belong to the missione.
    InvalidProgramme { value: String },
    /// A period whose start is after its end, or years out of any sense.
    InvalidPeriod { start: i32, end: i32 },
    /// A target whose comparator needs a value it does not have.
    TargetMissingValue { comparator: &'static str },
    /// A range target with min above max.
    TargetRangeInverted { min: Dec, max: Dec },
    /// A scored indicator without a target.
    MissingTarget,
    /// A ratio target of zero: achievement cannot be computed.
    ZeroTarget,
    /// A total row adds up a row that does not exist.
    UnknownRow { id: String },
    /// A total row that (through others) adds up itself.
    CircularTotal,
    /// An amount in a column the table does not declare.
    ValueOutsideColumns { column: Field },
    /// A table row with the wrong number of cells.
    TableRowLength { expected: usize, found: usize },
    /// A table cell that does not fit its column type.
    TableCell {
        column: String,
        value: String,
        expected: &'static str,
    },
    /// An activity value outside 0 … scale.
    ActivityOutOfScale { value: Dec, scale: Dec },
    /// A URL that is not http/https.
    InvalidUrl { value: String },
    /// A negative achievement.
    NegativeAchievement { value: Dec },
    /// A year out of any sense.
    InvalidYear { value: i32 },
    /// A cost total row without amounts, or a band list out of order.
    InvalidBands,
    /// A sum, difference, product or ratio beyond what can be computed
    /// exactly (about ±7.9·10^28): no result is given for it.
    TooLarge,
    /// A reference to an objective that does not exist
    /// (`also_contributes_to`).
    UnknownObjective { id: String },
    /// A target with neither a comparator, nor a date, nor words.
    EmptyTarget,
    /// A target value (or bound) without a comparator: not known how to
    /// compare it.
    ValueWithoutComparator,

    // ---- warnings: probably wrong, or a source defect ----
    /// Sibling percentage weights do not add up to 100 (by more than the
    /// rounding of the printed weights). `count` siblings have a weight, out
    /// of `total`.
    WeightSum {
        sum: Dec,
        count: usize,
        total: usize,
    },
    /// Weighted mean asked but some items have no weight: plain mean used.
    MissingWeights { missing: usize, total: usize },
    /// An item without a weight among siblings that have one (reported at
    /// the item's own path); `weighted` of its `total` siblings have one.
    WeightMissing { weighted: usize, total: usize },
    /// The published achievement differs from the one computed from below.
    PublishedMismatch { published: Dec, computed: Dec },
    /// A total row differs from the sum of its rows.
    TotalMismatch {
        column: Field,
        published: Dec,
        computed: Dec,
    },
    /// The printed scostamento differs from the computed one.
    DifferenceMismatch { published: Dec, computed: Dec },
    /// The printed percentage differs from the computed one.
    PercentMismatch { published: Dec, computed: Dec },
    /// Committed more than the final budget.
    CommittedAboveBudget { committed: Dec, budget: Dec },
    /// Paid (or liquidated) more than committed.
    PaidAboveCommitted { paid: Dec, committed: Dec },
    /// Collected more than assessed.
    CollectedAboveAssessed { collected: Dec, assessed: Dec },
    /// A code used by two objectives of the same scope (siblings, or the
    /// same unit and level) that are not both transversal.
    DuplicateCode {
        code: String,
        first: String,
        scope: Box<CodeScope>,
    },
    /// The deadline has passed and there is no final value.
    DeadlinePassedNoValue { deadline: String, as_of: String },
    /// Rich text held executable or embedding markup (scripts, event
    /// handlers, `javascript:` links, frames); it is never shown.
    MarkupRemoved { removed: Vec<String> },
    /// A plain-text field holds markup; it is shown as text. An error when
    /// the markup is executable (`dangerous` not empty).
    MarkupInPlainText {
        field: &'static str,
        dangerous: Vec<String>,
    },
    /// A published cost total differs from the sum of the costs per node.
    CostTotalMismatch {
        field: Field,
        published: Dec,
        computed: Dec,
    },
    /// The number of nodes a cost total covers differs.
    CostCountMismatch { published: u32, computed: u32 },
    /// A year outside the document's period (`start`–`end`).
    YearOutsidePeriod { year: i32, start: i32, end: i32 },
    /// A deadline after the deadline of the objective above (the nearest
    /// one that has a deadline, at `parent`).
    DeadlineAfterParent {
        deadline: Box<str>,
        parent_deadline: Box<str>,
        parent: String,
    },
    /// A deadline outside the document's period (`start`–`end`).
    DeadlineOutsidePeriod {
        deadline: String,
        start: i32,
        end: i32,
    },
    /// The comparator and the direction disagree.
    DirectionConflict,
    /// An ISTAT code that is not 6 digits.
    InvalidIstat { value: String },
    /// A declared result (or a late milestone) the scoring method gives no
    /// percentage to: no result rather than an invented one.
    NoRuleForResult {
        outcome: Option<crate::format::Outcome>,
    },
    /// `also_contributes_to` names the objective itself or its parent in
    /// the tree.
    RedundantContribution { id: String },

    /// A neutralisation without its reason.
    NeutralisedWithoutReason,
    /// A neutralisation inside a part already left out (a withdrawn or
    /// neutralised objective): it changes nothing.
    NeutralisedTwice,

    // ---- information ----
    /// Withdrawn: not scored.
    Withdrawn,
    /// Neutralised: left out of the scores, with the reason.
    Neutralised { reason: String },
    /// A report whose objective has no value to score.
    NotScored,
    /// Sibling percentage weights miss 100 by no more than the rounding of
    /// the printed weights: `count` weights with `decimals` decimals can be
    /// off by up to `bound` in all.
    WeightRounding {
        sum: Dec,
        count: usize,
        decimals: u32,
        bound: Dec,
    },
}

/// Where two objectives with the same code are told apart, and are not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeScope {
    /// Children of the same objective (or both at the top of the tree).
    Siblings,
    /// The same unit (its name) at the same level of the tree.
    UnitLevel { unit: String },
}

impl Check {
    /// How serious this finding is.
    pub fn severity(&self) -> Severity {
        use Check::*;
        match self {
            DuplicateId { .. }
            | UnknownUnit { .. }
            | UnknownLevel { .. }
            | InvalidDate { .. }
            | NegativeWeight { .. }
            | WeightTooLarge { .. }
            | EmptyText { .. }
            | InvalidSdg { .. }
            | InvalidMission { .. }
            | InvalidProgramme { .. }
            | InvalidPeriod { .. }
            | TargetMissingValue { .. }
            | TargetRangeInverted { .. }
            | MissingTarget
            | ZeroTarget
            | UnknownRow { .. }
            | CircularTotal
            | ValueOutsideColumns { .. }
            | TableRowLength { .. }
            | TableCell { .. }
            | ActivityOutOfScale { .. }
            | InvalidUrl { .. }
            | NegativeAchievement { .. }
            | InvalidYear { .. }
            | InvalidBands
            | TooLarge
            | UnknownObjective { .. }
            | EmptyTarget
            | ValueWithoutComparator
            | NeutralisedWithoutReason
            | MarkupRemoved { .. } => Severity::Error,
            MarkupInPlainText { dangerous, .. } if !dangerous.is_empty() => Severity::Error,
            Withdrawn
            | Neutralised { .. }
            | NotScored
            | YearOutsidePeriod { .. }
            | WeightRounding { .. } => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// Stable code.
    pub fn code(&self) -> &'static str {
        use Check::*;
        match self {
            DuplicateId { .. } => "E01",
            UnknownUnit { .. } => "E02",
            UnknownLevel { .. } => "E03",
            InvalidDate { .. } => "E04",
            NegativeWeight { .. } => "E05",
            WeightTooLarge { .. } => "E06",
            EmptyText { .. } => "E07",
            InvalidSdg { .. } => "E08",
            InvalidMission { .. } => "E09",
            InvalidProgramme { .. } => "E10",
            InvalidPeriod { .. } => "E11",
            TargetMissingValue { .. } => "E12",
            TargetRangeInverted { .. } => "E13",
            MissingTarget => "E14",
            ZeroTarget => "E15",
            UnknownRow { .. } => "E16",
            CircularTotal => "E17",
            ValueOutsideColumns { .. } => "E18",
            TableRowLength { .. } => "E19",
            TableCell { .. } => "E20",
            ActivityOutOfScale { .. } => "E21",
            InvalidUrl { .. } => "E22",
            NegativeAchievement { .. } => "E23",
            InvalidYear { .. } => "E24",
            InvalidBands => "E25",
            TooLarge => "E28",
            UnknownObjective { .. } => "E31",
            EmptyTarget => "E32",
            ValueWithoutComparator => "E33",
            NeutralisedWithoutReason => "E34",
            WeightSum { .. } => "W01",
            MissingWeights { .. } => "W02",
            PublishedMismatch { .. } => "W03",
            TotalMismatch { .. } => "W04",
            DifferenceMismatch { .. } => "W05",
            PercentMismatch { .. } => "W06",
            CommittedAboveBudget { .. } => "W07",
            PaidAboveCommitted { .. } => "W08",
            CollectedAboveAssessed { .. } => "W09",
            DuplicateCode { .. } => "W10",
            DeadlinePassedNoValue { .. } => "W11",
            MarkupRemoved { .. } => "E26",
            MarkupInPlainText { dangerous, .. } if !dangerous.is_empty() => "E27",
            MarkupInPlainText { .. } => "W13",
            CostTotalMismatch { .. } => "W14",
            CostCountMismatch { .. } => "W15",
            YearOutsidePeriod { .. } => "W16",
            DirectionConflict => "W17",
            InvalidIstat { .. } => "W18",
            WeightMissing { .. } => "W30",
            DeadlineAfterParent { .. } => "W31",
            DeadlineOutsidePeriod { .. } => "W32",
            NoRuleForResult { .. } => "W21",
            RedundantContribution { .. } => "W22",
            NeutralisedTwice => "W23",
            Withdrawn => "I01",
            NotScored => "I02",
            Neutralised { .. } => "I03",
            WeightRounding { .. } => "I10",
        }
    }
}

/// Collects findings.
#[derive(Default)]
pub(crate) struct Findings(pub Vec<Diagnostic>);

impl Findings {
    pub fn add(&mut self, path: impl Into<String>, check: Check) {
        self.0.push(Diagnostic {
            severity: check.severity(),
            path: path.into(),
            check,
        });
    }
}
