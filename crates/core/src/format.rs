//! The wire types of the `cruscotto/1` format: exactly what a plan file holds.
//!
//! These types are what serde reads and writes. They carry no computed value:
//! the calculator ([`crate::score`]) derives scores and money ratios from them,
//! and the checks ([`crate::validate`]) report what is wrong with them.
//! `docs/FORMAT.md` documents every field; `public/schema/v1.json` is the JSON
//! Schema generated from these types (`cruscotto schema`).
//!
//! Conventions: identifiers in English, values (enums) in Italian as the
//! documents use them; every amount, weight, target and value is a [`Dec`]
//! travelling as a JSON string; dates are ISO `YYYY-MM-DD`; any field may be
//! omitted unless marked *required*. Unknown fields are refused, so a typo
//! never drops data silently.

use serde::{Deserialize, Serialize};

use crate::decimal::Dec;

/// The only format version this crate reads and writes.
pub const FORMAT_VERSION: &str = "cruscotto/1";

macro_rules! wire {
    ($(#[$m:meta])* $vis:vis struct $($rest:tt)*) => {
        $(#[$m])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $vis struct $($rest)*
    };
}

macro_rules! wire_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        $vis enum $name { $($(#[$vm])* #[serde(rename = $text)] $variant),+ }
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The text used in the file (also a stable CSS class / URL key).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
    };
}

wire! {
/// A whole plan or report file.
pub struct PlanFile {
    /// *Required.* Always `"cruscotto/1"`.
    pub format: String,
    /// *Required.* What document this is, whose, when, approved by whom.
    pub document: DocumentInfo,
    /// The document's own words: its narrative sections (presentazione,
    /// premessa, metodologia, contesto …), in the document's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narrative: Vec<Section>,
    /// The names the plan gives to the levels of its tree, from the root down
    /// (e.g. linea di mandato → obiettivo strategico → … → fase).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// The organisation: a tree of units.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Unit>,
    /// The scoring method the municipality declares (its SMVP). Absent, or
    /// any part of it absent: the document does not declare it, and the
    /// calculator says which rule it uses instead (never written back as if
    /// declared).
    #[serde(default, skip_serializing_if = "ScoringMethod::is_undeclared")]
    pub scoring: ScoringMethod,
    /// The tree of objectives (roots).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    /// Budget execution tables and published cost totals.
    #[serde(default, skip_serializing_if = "Money::is_empty")]
    pub money: Money,
    /// Other published tables (monitoring summary, ente-level indicators,
    /// context statistics, staff …), typed column by column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
}
}

wire! {
/// The document itself.
pub struct DocumentInfo {
    /// *Required.* Title as printed on the document.
    pub title: String,
    /// *Required.* Kind of document.
    pub kind: DocumentKind,
    /// *Required.* The municipality.
    pub municipality: Municipality,
    /// *Required.* Years covered by the plan (first and last, inclusive).
    pub period: Period,
    /// The year the results refer to (a report) or the first year of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_year: Option<i32>,
    /// The act that approved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Address of the original document (http/https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Date of publication on the website, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<String>,
    /// Other acts the document cites (DUP, SMVP, bilancio …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_acts: Vec<Approval>,
    /// Free notes on the transcription (what was kept as in the source, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}
}

wire! {
/// A narrative section of the document, in its own words.
pub struct Section {
    /// *Required.* Identifier unique among sections (used in links).
    pub id: String,
    /// *Required.* The heading as printed (`Presentazione del Sindaco`).
    pub title: String,
    /// What the section is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SectionKind>,
    /// *Required.* The text as rich text: the same allowed subset of HTML as
    /// descriptions (`p`, `br`, `b`, `strong`, `i`, `em`, `u`, `ul`, `ol`,
    /// `li`, `a href=http(s)`).
    pub text: String,
}
}

wire_enum! {
/// What a narrative section is.
pub enum SectionKind {
    /// Presentazione (of the mayor, of the secretary …).
    Presentazione = "presentazione",
    /// Premessa / introduzione.
    Premessa = "premessa",
    /// Metodologia (how objectives are set and measured).
    Metodologia = "metodologia",
    /// Contesto (the municipality, its territory and organisation).
    Contesto = "contesto",
    /// Conclusioni.
    Conclusioni = "conclusioni",
    /// Any other section.
    Altro = "altro",
}
}

wire_enum! {
/// Kind of performance document.
pub enum DocumentKind {
    /// Piano della Performance / PEG / Piano dettagliato degli obiettivi.
    Piano = "piano",
    /// Relazione sulla Performance.
    Relazione = "relazione",
    /// Monitoraggio intermedio.
    Monitoraggio = "monitoraggio",
    /// PIAO, section 2.2 Performance.
    Piao = "piao",
}
}

wire! {
/// The municipality.
pub struct Municipality {
    /// *Required.* Name, e.g. `Lucca`.
    pub name: String,
    /// Province code (sigla), e.g. `LU`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// ISTAT code of the municipality (6 digits), e.g. `046017`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub istat_code: Option<String>,
    /// Inhabitants, as the document states them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inhabitants: Option<u64>,
}
}

wire! {
/// Years covered, inclusive.
pub struct Period {
    /// *Required.* First year.
    pub start: i32,
    /// *Required.* Last year.
    pub end: i32,
}
}

wire! {
/// An approval act (delibera, decreto …).
pub struct Approval {
    /// *Required.* The body: `giunta`, `consiglio`, `sindaco`, `dirigente`, `altro`.
    pub body: ApprovalBody,
    /// Number of the act as written (`124`, `167/2021`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Date of the act, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What the act is (e.g. `DUP 2024-2026`), when it is not the document itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}
}

wire_enum! {
/// The body that approved an act.
pub enum ApprovalBody {
    /// Giunta comunale.
    Giunta = "giunta",
    /// Consiglio comunale.
    Consiglio = "consiglio",
    /// Sindaco (decreto).
    Sindaco = "sindaco",
    /// A manager's act (determinazione).
    Dirigente = "dirigente",
    /// Nucleo di Valutazione / OIV.
    Nucleo = "nucleo",
    /// Any other body.
    Altro = "altro",
}
}

wire! {
/// A level of the objective tree, named as the plan names it.
pub struct Level {
    /// *Required.* Identifier used by [`Objective::level`], e.g. `operativo`.
    pub id: String,
    /// *Required.* Name shown to readers, e.g. `Obiettivo operativo (DUP SeO)`.
    pub name: String,
}
}

wire! {
/// A unit of the organisation (settore, area, staff, U.O., ufficio …).
pub struct Unit {
    /// *Required.* Identifier, unique among units, used by references.
    pub id: String,
    /// *Required.* Name, e.g. `Settore 1 – Risorse e programmazione`.
    pub name: String,
    /// Kind of unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<UnitKind>,
    /// Code used by the document (`U.O.1.1`, `Staff A`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The responsible **role** (never a person's name), e.g. `Dirigente`,
    /// `Responsabile E.Q.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Notes on the unit, kept apart from the role (`ad interim`, `vacante`,
    /// `condivisa con il Comune di …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Sub-units.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Unit>,
}
}

wire_enum! {
/// Kind of organisational unit.
pub enum UnitKind {
    /// Ente as a whole (for ente-level objectives).
    Ente = "ente",
    /// Settore (or settore dipartimentale).
    Settore = "settore",
    /// Area.
    Area = "area",
    /// Servizio di staff.
    Staff = "staff",
    /// Servizio.
    Servizio = "servizio",
    /// Unità organizzativa (U.O., U.O.C., U.O.A.).
    Unita = "unita",
    /// Ufficio.
    Ufficio = "ufficio",
    /// Anything else.
    Altro = "altro",
}
}

wire! {
/// A node of the objective tree: linea di mandato, obiettivo strategico,
/// operativo, gestionale, processo, fase … (any depth).
pub struct Objective {
    /// *Required.* Identifier unique in the file, stable across versions of
    /// the plan (used in links and comparisons).
    pub id: String,
    /// The code printed by the document (`S1-1_1`, `Tras_1`, `4.1.2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Level id (see [`PlanFile::levels`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// *Required.* Title.
    pub title: String,
    /// Description as rich text: the allowed subset of HTML (`p`, `br`, `b`,
    /// `strong`, `i`, `em`, `u`, `ul`, `ol`, `li`, `a href=http(s)`); anything
    /// else is shown as text, never executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Kind: sviluppo, mantenimento, processo, trasversale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ObjectiveKind>,
    /// Shared by several units (a transversal objective or process).
    #[serde(default, skip_serializing_if = "is_false")]
    pub transversal: bool,
    /// Weight (peso, pesatura): a percentage or a relative number, as the
    /// scoring method declares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Dec>,
    /// Deadline, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// The deadline as printed, when it is not a plain date (`31.12 di ogni anno`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_text: Option<String>,
    /// Years in which the objective runs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<i32>,
    /// Status after monitoring or at the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Tags (`Digitalizzazione e Semplificazione`, `PNRR`, `Azioni Positive`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Budget missione, two digits (`01` … `20`, `50`, `60`, `99`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mission: Option<String>,
    /// Budget programma, `MM.PP` (e.g. `04.01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    /// Other budget missioni the objective contributes to (besides
    /// `mission`): groupings by missione count it in each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_missions: Vec<String>,
    /// Other budget programmi, `MM.PP` (besides `programme`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_programmes: Vec<String>,
    /// Ids of the other higher objectives it contributes to (strategic
    /// objectives, mandate lines) besides its parent in the tree: shown as
    /// links both ways; the scores count it once, under its parent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_contributes_to: Vec<String>,
    /// Agenda 2030 goals (1–17).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<u8>,
    /// The Agenda 2030 link as the document words it (targets like `16.5`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdg_text: Option<String>,
    /// PNRR link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pnrr: Option<Pnrr>,
    /// Ids of the units the objective is assigned to (one or many).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// Achievement as published by the document, in percent (`"95"` = 95 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_achievement: Option<Dec>,
    /// The achievement as printed (`100,00%`), when it differs in form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_achievement_text: Option<String>,
    /// Neutralised (the SMVP's *neutralizzazione* / *sterilizzazione*): left
    /// out of every score with the stated reason; the remaining siblings'
    /// weights are re-proportioned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutralised: Option<Neutralisation>,
    /// Indicators measuring this node.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Costs and revenue of this objective or process (controllo di gestione).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<Costs>,
    /// Notes (source defects kept as they are, explanations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Child nodes (next level down, phases …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Objective>,
}
}

fn is_false(b: &bool) -> bool {
    !*b
}

wire_enum! {
/// Kind of objective.
pub enum ObjectiveKind {
    /// Obiettivo di sviluppo (a change project).
    Sviluppo = "sviluppo",
    /// Obiettivo di mantenimento (keep a service level).
    Mantenimento = "mantenimento",
    /// Processo (a recurring activity of an office, scored like objectives).
    Processo = "processo",
    /// Obiettivo trasversale (shared by several units).
    Trasversale = "trasversale",
}
}

wire_enum! {
/// Status of an objective.
pub enum Status {
    /// Raggiunto.
    Raggiunto = "raggiunto",
    /// In corso / in fase.
    InCorso = "in_corso",
    /// Modificato at monitoring.
    Modificato = "modificato",
    /// Ritirato (withdrawn): not scored.
    Ritirato = "ritirato",
    /// Nuovo (added at monitoring).
    Nuovo = "nuovo",
    /// Non raggiunto.
    NonRaggiunto = "non_raggiunto",
}
}

wire! {
/// PNRR link of an objective.
pub struct Pnrr {
    /// CUP code (15 characters), e.g. `E91F22001750006`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cup: Option<String>,
    /// Mission / component / investment as written
    /// (`M5C2 Investimento 2.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
}
}

wire! {
/// An indicator of an objective.
pub struct Indicator {
    /// *Required.* Identifier unique in the file.
    pub id: String,
    /// *Required.* Name.
    pub name: String,
    /// Kind of indicator: decides how it is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<IndicatorKind>,
    /// Unit of measure (`ore`, `%`, `giorni`, `n.`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure_unit: Option<String>,
    /// Formula or description of how it is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// Baseline value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Dec>,
    /// Target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// Higher or lower is better; if absent it follows the comparator
    /// (`<=` means lower is better, anything else higher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Weight inside the objective (for weighted objective scoring).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Dec>,
    /// Deadline, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Id of the responsible unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The responsible office as printed, when it is not a unit of the tree
    /// (`Ufficio Personale/Ufficio Ragioneria`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_text: Option<String>,
    /// Actual values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Actual>,
    /// Achievement as published, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_achievement: Option<Dec>,
    /// Neutralised: left out of its objective's score with the stated
    /// reason; the other indicators' weights are re-proportioned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutralised: Option<Neutralisation>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}
}

wire! {
/// A neutralisation (*neutralizzazione*, *sterilizzazione*): an objective or
/// indicator left out of the scores for a cause the evaluator accepts
/// (outside the office's control), with the reason.
pub struct Neutralisation {
    /// *Required.* Why, as the evaluator states it, with the act that
    /// decided it (`Finanziamento regionale revocato – verbale NdV n. 3/2025`).
    pub reason: String,
}
}

wire_enum! {
/// Kind of indicator.
pub enum IndicatorKind {
    /// Activity scored 0–5 (5 = done = 100 %).
    Attivita = "attivita",
    /// Efficiency.
    Efficienza = "efficienza",
    /// Effectiveness.
    Efficacia = "efficacia",
    /// Economy.
    Economicita = "economicita",
    /// Other quantitative indicator.
    Quantitativo = "quantitativo",
    /// Informational datum (`Dato di Qualità`): shown, never scored.
    Informativo = "informativo",
}
}

wire! {
/// A target: a comparator and value(s) (a measurable target), a date (a
/// milestone: done by that date) or only words (a qualitative target:
/// `Approvazione del regolamento`).
pub struct Target {
    /// Comparator, for a measurable target; absent for a milestone or a
    /// qualitative target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<Comparator>,
    /// The value (for `>=`, `<=`, `=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Dec>,
    /// Lower bound (for `range`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Dec>,
    /// Upper bound (for `range`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Dec>,
    /// The target as printed (`>= ore 24`, `5 (100%)`); for a qualitative
    /// target, the target itself (`Pubblicazione sul sito`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A milestone's date, `YYYY-MM-DD`: done by this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}
}

wire_enum! {
/// How an actual value is compared with the target.
pub enum Comparator {
    /// At least the value.
    AtLeast = ">=",
    /// At most the value.
    AtMost = "<=",
    /// Exactly the value.
    Equal = "=",
    /// Between min and max.
    Range = "range",
}
}

wire_enum! {
/// Which way is better.
pub enum Direction {
    /// Higher is better.
    Higher = "higher",
    /// Lower is better (e.g. days of payment delay).
    Lower = "lower",
}
}

wire! {
/// Actual values of an indicator.
#[derive(Default)]
pub struct Actual {
    /// Value at the mid-year monitoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid_year: Option<Dec>,
    /// Final value (the one scored). JSON key: `final`.
    #[serde(default, rename = "final", skip_serializing_if = "Option::is_none")]
    pub final_value: Option<Dec>,
    /// The value as printed, or a textual result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The result the evaluator declares for a qualitative or milestone
    /// target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// When a milestone was actually done, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<String>,
}
}

wire_enum! {
/// The result declared for a qualitative or milestone target.
pub enum Outcome {
    /// Raggiunto.
    Raggiunto = "raggiunto",
    /// Parzialmente raggiunto.
    Parzialmente = "parzialmente_raggiunto",
    /// Non raggiunto.
    NonRaggiunto = "non_raggiunto",
}
}

wire! {
/// Costs and revenue of an objective or process.
#[derive(Default)]
pub struct Costs {
    /// Staff cost (costi del personale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<Dec>,
    /// Direct costs committed (impegno).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committed: Option<Dec>,
    /// Direct costs paid out (liquidato).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<Dec>,
    /// Revenue assessed (accertamento).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue_assessed: Option<Dec>,
    /// Revenue collected (riscosso / incasso).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue_collected: Option<Dec>,
    /// Notes attached to the amounts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}
}

wire! {
/// How the municipality turns values into scores (its SMVP).
#[derive(Default)]
pub struct ScoringMethod {
    /// The rules in the document's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cap on an indicator's achievement, in percent (`"100"`); absent = no cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Dec>,
    /// Top of the activity scale (`"5"`: 0–5 means 0–100 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_scale: Option<Dec>,
    /// How an objective combines its indicators; not declared: arithmetic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators: Option<Combine>,
    /// How a node combines its children (and groupings their members); not
    /// declared: arithmetic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Combine>,
    /// `children`: a node's score combines its children's scores;
    /// `indicators`: every aggregate is the mean of all the indicators under
    /// it. Not declared: `children`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollup: Option<Rollup>,
    /// What weights are: percentages that must add up to 100 among
    /// siblings, or relative numbers. Not declared: percentages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights: Option<WeightKind>,
    /// How qualitative and milestone targets are evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualitative: Option<QualitativeRule>,
    /// Achievement bands, from the highest threshold down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
}
}

impl ScoringMethod {
    /// True when the document declares nothing of its method.
    pub fn is_undeclared(&self) -> bool {
        *self == ScoringMethod::default()
    }
    /// How indicators combine (arithmetic when not declared).
    pub fn indicators(&self) -> Combine {
        self.indicators.unwrap_or_default()
    }
    /// How children combine (arithmetic when not declared).
    pub fn children(&self) -> Combine {
        self.children.unwrap_or_default()
    }
    /// The roll-up (`children` when not declared).
    pub fn rollup(&self) -> Rollup {
        self.rollup.unwrap_or_default()
    }
    /// What weights are (percentages when not declared).
    pub fn weights(&self) -> WeightKind {
        self.weights.unwrap_or_default()
    }
}

wire! {
/// How the method evaluates qualitative and milestone targets: the
/// percentage it gives each declared result, and a late milestone.
#[derive(Default)]
pub struct QualitativeRule {
    /// `false`: qualitative and milestone targets are shown but never
    /// scored. Absent or `true`: they are scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scored: Option<bool>,
    /// Percent for `raggiunto` (absent: 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achieved: Option<Dec>,
    /// Percent for `parzialmente_raggiunto` (absent: no result, and a
    /// finding says the method does not give one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partly_achieved: Option<Dec>,
    /// Percent for `non_raggiunto` (absent: 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_achieved: Option<Dec>,
    /// Percent for a milestone done after its date (absent: no result, and
    /// a finding says the method does not give one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub late: Option<Dec>,
}
}

/// Arithmetic or weighted mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Combine {
    /// Plain mean.
    #[default]
    #[serde(rename = "arithmetic")]
    Arithmetic,
    /// Mean weighted by each item's weight.
    #[serde(rename = "weighted")]
    Weighted,
}

/// What a node's score is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Rollup {
    /// Combine the children's scores (and the node's own indicators).
    #[default]
    #[serde(rename = "children")]
    Children,
    /// Mean of all the scored indicators (or scored leaves) below the node.
    #[serde(rename = "indicators")]
    Indicators,
}

/// What weights are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum WeightKind {
    /// Percentages: siblings should add up to 100.
    #[default]
    #[serde(rename = "percent")]
    Percent,
    /// Relative numbers (e.g. Lucca's *pesatura* 15–24).
    #[serde(rename = "relative")]
    Relative,
}

wire! {
/// An achievement band (`raggiunto` from 100 %, `parzialmente` from 60 % …).
pub struct Band {
    /// *Required.* Lowest achievement in the band, in percent.
    pub min: Dec,
    /// *Required.* Label, e.g. `raggiunto`.
    pub label: String,
}
}

wire! {
/// Money: budget execution and published cost totals.
#[derive(Default)]
pub struct Money {
    /// Revenue and spending tables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetTable>,
    /// Published totals of the costs per objective / process.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_totals: Vec<CostTotal>,
}
}

wire! {
/// A revenue or spending table (entrate / uscite di competenza).
pub struct BudgetTable {
    /// *Required.* Identifier unique among tables.
    pub id: String,
    /// *Required.* Title.
    pub title: String,
    /// *Required.* Revenue or spending.
    pub side: Side,
    /// Financial year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// *Required.* The amount columns present, in the order shown.
    pub columns: Vec<MoneyColumn>,
    /// The rows, totals included.
    #[serde(default)]
    pub rows: Vec<BudgetRow>,
    /// Footnotes (`*` = considered assessed / committed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
}
}

wire_enum! {
/// Revenue or spending.
pub enum Side {
    /// Entrate.
    Entrate = "entrate",
    /// Uscite / spese.
    Uscite = "uscite",
}
}

wire_enum! {
/// An amount column of a budget table.
pub enum MoneyColumn {
    /// Previsione definitiva / assestato.
    Assestato = "assestato",
    /// Accertato (revenue assessed).
    Accertato = "accertato",
    /// Riscosso / incassato (revenue collected).
    Riscosso = "riscosso",
    /// Impegnato (spending committed).
    Impegnato = "impegnato",
    /// Liquidato.
    Liquidato = "liquidato",
    /// Pagato.
    Pagato = "pagato",
}
}

wire! {
/// A row of a budget table.
pub struct BudgetRow {
    /// *Required.* Identifier unique in the table (used by `sum_of`).
    pub id: String,
    /// *Required.* Label as printed.
    pub label: String,
    /// Budget code (titolo, missione, programma) if printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Amounts.
    #[serde(default)]
    pub values: MoneyValues,
    /// A total row: the ids of the rows it adds up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sum_of: Vec<String>,
    /// Fondo pluriennale vincolato / amount considered committed or assessed
    /// (the `*` rows).
    #[serde(default, skip_serializing_if = "is_false")]
    pub considered: bool,
    /// Footnote marks attached to the row (`*`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<String>,
    /// The *scostamento* printed by the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_difference: Option<Dec>,
    /// The percentage printed by the document (`92.53`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_percent: Option<Dec>,
}
}

wire! {
/// Amounts of a budget row; only the table's columns are used.
#[derive(Default)]
pub struct MoneyValues {
    /// Assestato.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assestato: Option<Dec>,
    /// Accertato.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accertato: Option<Dec>,
    /// Riscosso.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub riscosso: Option<Dec>,
    /// Impegnato.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impegnato: Option<Dec>,
    /// Liquidato.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liquidato: Option<Dec>,
    /// Pagato.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagato: Option<Dec>,
}
}

impl Money {
    /// True when there is neither a budget table nor a cost total.
    pub fn is_empty(&self) -> bool {
        self.budget.is_empty() && self.cost_totals.is_empty()
    }
}

impl MoneyValues {
    /// The amount in one column.
    pub fn get(&self, c: MoneyColumn) -> Option<Dec> {
        match c {
            MoneyColumn::Assestato => self.assestato,
            MoneyColumn::Accertato => self.accertato,
            MoneyColumn::Riscosso => self.riscosso,
            MoneyColumn::Impegnato => self.impegnato,
            MoneyColumn::Liquidato => self.liquidato,
            MoneyColumn::Pagato => self.pagato,
        }
    }
}

wire! {
/// A footnote of a table.
pub struct Footnote {
    /// *Required.* The mark (`*`).
    pub mark: String,
    /// *Required.* The text.
    pub text: String,
}
}

wire! {
/// A published total of the costs per objective or process.
pub struct CostTotal {
    /// *Required.* Label as printed (`n. 69 obiettivi`).
    pub label: String,
    /// *Required.* Which nodes it adds up: those with costs whose kind is
    /// `processo` (`processi`) or any other (`obiettivi`).
    pub group: CostGroup,
    /// Number of objectives / processes the document says it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// The published amounts.
    #[serde(default)]
    pub amounts: Costs,
}
}

wire_enum! {
/// The group a cost total covers.
pub enum CostGroup {
    /// Objectives (every node with costs whose kind is not `processo`).
    Obiettivi = "obiettivi",
    /// Processes (nodes with costs whose kind is `processo`).
    Processi = "processi",
}
}

wire! {
/// Another published table, typed column by column.
pub struct Table {
    /// *Required.* Identifier unique among tables.
    pub id: String,
    /// *Required.* Title / caption.
    pub title: String,
    /// What the table is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TableKind>,
    /// *Required.* Columns.
    pub columns: Vec<Column>,
    /// Rows: one cell per column; `null` for an empty cell. Cells of
    /// numeric columns are decimals in canonical form.
    #[serde(default)]
    pub rows: Vec<Vec<Option<String>>>,
    /// Notes and sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}
}

wire_enum! {
/// What a generic table holds.
pub enum TableKind {
    /// Monitoring summary (objectives kept, modified, withdrawn, added).
    Monitoraggio = "monitoraggio",
    /// Ente-level indicators.
    IndicatoriEnte = "indicatori_ente",
    /// Context statistics (population, territory, economy).
    Contesto = "contesto",
    /// Staff (personale).
    Personale = "personale",
    /// Other.
    Altro = "altro",
}
}

wire! {
/// A column of a generic table.
pub struct Column {
    /// *Required.* Header as printed.
    pub label: String,
    /// *Required.* Type of the cells.
    #[serde(rename = "type")]
    pub kind: ColumnType,
}
}

wire_enum! {
/// Type of the cells of a column.
pub enum ColumnType {
    /// Free text.
    Text = "text",
    /// Whole number.
    Integer = "integer",
    /// Decimal number.
    Number = "number",
    /// Percentage (`92.53` = 92,53 %).
    Percent = "percent",
    /// Money in euro.
    Money = "money",
    /// Year.
    Year = "year",
    /// Date `YYYY-MM-DD`.
    Date = "date",
}
}
