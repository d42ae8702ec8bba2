//! # cruscotto-core
//!
//! The pure core of Cruscotto: the `cruscotto/1` data format ([`format`]),
//! parsing with located errors ([`parse`]), the checks ([`validate`],
//! [`check`]), the exact calculator ([`score`], [`money`]), safe rich text
//! ([`richtext`]), Italian formats ([`it`]), search and filters of a plan
//! ([`search`], [`filter`]) and the comparison of two documents ([`diff`]).
//!
//! Invariants: no I/O (callers pass bytes in and get values out), no clock,
//! no web dependency, no floating point for amounts, weights or scores.
//!
//! ```
//! let bytes = br#"{"format":"cruscotto/1","document":{"title":"Piano","kind":"piano",
//!   "municipality":{"name":"Esempio"},"period":{"start":2024,"end":2024}},
//!   "objectives":[{"id":"a","title":"A","published_achievement":"80"},
//!                 {"id":"b","title":"B","published_achievement":"100"}]}"#;
//! let plan = cruscotto_core::parse_plan(bytes).unwrap();
//! let analysis = cruscotto_core::analyse(&plan);
//! assert_eq!(cruscotto_core::it::percent(analysis.scores.overall.unwrap()), "90,00 %");
//! ```

pub mod check;
pub mod decimal;
pub mod diff;
pub mod edits;
pub mod explain;
pub mod filter;
pub mod format;
pub mod history;
pub mod it;
pub mod locate;
pub mod messages;
pub mod model;
pub mod money;
pub mod names;
pub mod parse;
pub mod richtext;
pub mod score;
pub mod search;
pub mod simulate;
pub mod validate;

pub use check::{Check, CodeScope, Diagnostic, Severity};
pub use decimal::Dec;
pub use format::*;
pub use locate::locate;
pub use money::MoneyReport;
pub use parse::{locate_json_error, parse_plan, JsonKind, ParseErrorKind, ParsePlanError};
pub use score::Scores;

/// Language of the messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Italian (default).
    #[default]
    It,
    /// English.
    En,
}

impl Lang {
    /// `it` or `en` → a language.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "it" | "ita" | "italiano" => Some(Lang::It),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
    /// `it` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }
}

impl ParsePlanError {
    /// A complete sentence for the reader, with the JSON path and line:column.
    pub fn message(&self, lang: Lang) -> String {
        messages::parse_error(self, lang)
    }
}

/// Options of the analysis.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The date deadlines are judged at (`YYYY-MM-DD`). Default: for a report
    /// or a monitoring, the date of its approval act, else of its publication;
    /// for a plan, none (its deadlines are in the future by design).
    pub as_of: Option<String>,
}

/// Everything computed from a plan: findings, scores, money.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Every finding, errors first, then in document order.
    pub diagnostics: Vec<Diagnostic>,
    /// The scores.
    pub scores: Scores,
    /// The money figures.
    pub money: MoneyReport,
}

impl Analysis {
    /// Number of findings of a severity.
    pub fn count(&self, s: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == s).count()
    }
    /// True when there is no error.
    pub fn is_valid(&self) -> bool {
        self.count(Severity::Error) == 0
    }
}

/// Checks and scores a parsed plan with the default options.
pub fn analyse(plan: &PlanFile) -> Analysis {
    analyse_with(plan, &Options::default())
}

/// Checks and scores a parsed plan.
pub fn analyse_with(plan: &PlanFile, options: &Options) -> Analysis {
    let nodes = model::flatten_objectives(plan);
    let units = model::flatten_units(plan);
    let mut f = check::Findings::default();
    validate::validate(plan, &nodes, &units, &mut f);
    let scores = score::score(plan, &nodes, &units, &mut f);
    let money = money::money(plan, &nodes, &mut f);
    deadlines(plan, &nodes, &scores, options, &mut f);
    let mut diagnostics = f.0;
    // Errors first; within a severity, the order the checks found them.
    diagnostics.sort_by_key(|d| d.severity);
    Analysis {
        diagnostics,
        scores,
        money,
    }
}

fn deadlines(
    plan: &PlanFile,
    nodes: &[model::FlatNode<'_>],
    scores: &Scores,
    options: &Options,
    f: &mut check::Findings,
) {
    let doc = &plan.document;
    let reported = matches!(
        doc.kind,
        DocumentKind::Relazione | DocumentKind::Monitoraggio
    );
    let as_of = options.as_of.clone().or_else(|| {
        reported
            .then(|| {
                doc.approval
                    .as_ref()
                    .and_then(|a| a.date.clone())
                    .or_else(|| doc.published_on.clone())
            })
            .flatten()
    });
    for (k, ind) in scores.indicators.iter().enumerate() {
        let i = &nodes[ind.node].obj.indicators[ind.index];
        if ind.state != score::IndicatorState::NoValue {
            continue;
        }
        if let (Some(d), Some(a)) = (&i.deadline, &as_of) {
            // ISO dates compare as text.
            if validate::is_iso_date(d) && d < a {
                f.add(
                    scores.indicator_path(k),
                    Check::DeadlinePassedNoValue {
                        deadline: d.clone(),
                        as_of: a.clone(),
                    },
                );
            }
        }
    }
    if reported {
        for (k, n) in scores.nodes.iter().enumerate() {
            let leaf = nodes[k].children.is_empty();
            if leaf && n.basis == score::Basis::None {
                f.add(n.path.clone(), Check::NotScored);
            }
        }
    }
}
