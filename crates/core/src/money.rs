//! Money: scostamento, percentages, capacità di impegno / pagamento /
//! riscossione, totals, and the published cost totals per objective and
//! process — all exact.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::check::{Check, Findings};
use crate::decimal::Dec;
use crate::format::*;
use crate::model::FlatNode;
use crate::score::same_at_scale;

/// A ratio of budget execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatioKind {
    /// Accertato ÷ assestato (revenue).
    Accertamento,
    /// Impegnato ÷ assestato: capacità di impegno.
    Impegno,
    /// Pagato ÷ impegnato: capacità di pagamento.
    Pagamento,
    /// Riscosso ÷ accertato: capacità di riscossione.
    Riscossione,
}

impl RatioKind {
    /// Stable key.
    pub fn as_str(self) -> &'static str {
        match self {
            RatioKind::Accertamento => "accertamento",
            RatioKind::Impegno => "impegno",
            RatioKind::Pagamento => "pagamento",
            RatioKind::Riscossione => "riscossione",
        }
    }
    /// (numerator, denominator) columns.
    pub fn columns(self) -> (MoneyColumn, MoneyColumn) {
        match self {
            RatioKind::Accertamento => (MoneyColumn::Accertato, MoneyColumn::Assestato),
            RatioKind::Impegno => (MoneyColumn::Impegnato, MoneyColumn::Assestato),
            RatioKind::Pagamento => (MoneyColumn::Pagato, MoneyColumn::Impegnato),
            RatioKind::Riscossione => (MoneyColumn::Riscosso, MoneyColumn::Accertato),
        }
    }
}

/// Computed figures of one budget row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowReport {
    /// Row id.
    pub id: String,
    /// Scostamento: executed − assestato (accertato or impegnato).
    pub difference: Option<Dec>,
    /// Executed ÷ assestato × 100.
    pub percent: Option<Dec>,
    /// Every ratio the row's columns allow, in percent.
    pub ratios: Vec<(RatioKind, Dec)>,
    /// For a total row: the sum of the rows it adds up, per column.
    pub sums: Option<MoneyValues>,
}

/// Computed figures of a budget table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableReport {
    /// Table id.
    pub id: String,
    /// The pair (executed, assestato) that scostamento and % compare.
    pub primary: Option<(MoneyColumn, MoneyColumn)>,
    /// Rows, in order.
    pub rows: Vec<RowReport>,
}

/// Sums of the costs per objective or process.
#[derive(Clone, Debug, PartialEq)]
pub struct CostTotalReport {
    /// The group.
    pub group: CostGroup,
    /// Nodes with costs in the group.
    pub count: u32,
    /// Sums of each field over those nodes.
    pub sums: Costs,
    /// Index of the published total of this group, if any.
    pub published: Option<usize>,
}

/// Money figures of a plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MoneyReport {
    /// Budget tables.
    pub tables: Vec<TableReport>,
    /// Cost totals by group (obiettivi, processi).
    pub cost_totals: Vec<CostTotalReport>,
}

const RATIOS: [RatioKind; 4] = [
    RatioKind::Accertamento,
    RatioKind::Impegno,
    RatioKind::Pagamento,
    RatioKind::Riscossione,
];

/// `a ÷ b × 100`, `None` when `b` is zero.
pub fn percent_of(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_div(b)?.checked_mul(Decimal::ONE_HUNDRED)
}

fn primary(t: &BudgetTable) -> Option<(MoneyColumn, MoneyColumn)> {
    let exec = match t.side {
        Side::Entrate => MoneyColumn::Accertato,
        Side::Uscite => MoneyColumn::Impegnato,
    };
    (t.columns.contains(&exec) && t.columns.contains(&MoneyColumn::Assestato))
        .then_some((exec, MoneyColumn::Assestato))
}

/// Why a total row has no computed sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SumError {
    /// It adds up itself, through other totals.
    Cycle,
    /// The sum is beyond what can be computed exactly.
    TooLarge,
}

/// Sum of a total row per column, resolving totals of totals.
fn row_sum(
    t: &BudgetTable,
    idx: &HashMap<&str, usize>,
    r: usize,
    visiting: &mut Vec<usize>,
) -> Result<MoneyValues, SumError> {
    if visiting.contains(&r) {
        return Err(SumError::Cycle);
    }
    visiting.push(r);
    let mut acc: [Option<Decimal>; 6] = [None; 6];
    for s in &t.rows[r].sum_of {
        let Some(&j) = idx.get(s.as_str()) else {
            continue;
        };
        let vals = if t.rows[j].sum_of.is_empty() {
            t.rows[j].values.clone()
        } else {
            row_sum(t, idx, j, visiting)?
        };
        for (k, c) in MoneyColumn::ALL.iter().enumerate() {
            if let Some(v) = vals.get(*c) {
                let sum = acc[k].unwrap_or_default().checked_add(v.get());
                acc[k] = Some(sum.ok_or(SumError::TooLarge)?);
            }
        }
    }
    visiting.pop();
    let g = |k: usize| acc[k].map(Dec);
    Ok(MoneyValues {
        assestato: g(0),
        accertato: g(1),
        riscosso: g(2),
        impegnato: g(3),
        liquidato: g(4),
        pagato: g(5),
    })
}

/// Computes the money figures and adds their checks to `f`.
pub(crate) fn money(plan: &PlanFile, nodes: &[FlatNode<'_>], f: &mut Findings) -> MoneyReport {
    let mut tables = Vec::new();
    for (ti, t) in plan.money.budget.iter().enumerate() {
        let idx: HashMap<&str, usize> = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let prim = primary(t);
        let mut rows = Vec::new();
        for (ri, r) in t.rows.iter().enumerate() {
            let rp = format!("$.money.budget[{ti}].rows[{ri}]");
            let v = &r.values;
            let sums = if r.sum_of.is_empty() {
                None
            } else {
                match row_sum(t, &idx, ri, &mut Vec::new()) {
                    Ok(s) => Some(s),
                    Err(SumError::Cycle) => {
                        f.add(format!("{rp}.sum_of"), Check::CircularTotal);
                        None
                    }
                    Err(SumError::TooLarge) => {
                        f.add(format!("{rp}.sum_of"), Check::TooLarge);
                        None
                    }
                }
            };
            if let Some(s) = &sums {
                for c in &t.columns {
                    if let (Some(p), Some(c_sum)) = (v.get(*c), s.get(*c)) {
                        if p != c_sum {
                            f.add(
                                format!("{rp}.values.{}", c.as_str()),
                                Check::TotalMismatch {
                                    column: c.as_str(),
                                    published: p,
                                    computed: c_sum,
                                },
                            );
                        }
                    }
                }
            }
            let (mut difference, mut percent) = (None, None);
            // A difference or ratio beyond what can be computed exactly.
            let mut too_large = false;
            if let Some((exec, base)) = prim {
                if let (Some(e), Some(b)) = (v.get(exec), v.get(base)) {
                    let d = e.get().checked_sub(b.get());
                    difference = d.map(Dec);
                    percent = percent_of(e.get(), b.get()).map(Dec);
                    if d.is_none() || (percent.is_none() && !b.get().is_zero()) {
                        too_large = true;
                    }
                    if let (Some(pd), Some(d)) = (r.published_difference, d) {
                        if pd.get() != d {
                            f.add(
                                format!("{rp}.published_difference"),
                                Check::DifferenceMismatch {
                                    published: pd,
                                    computed: Dec(d),
                                },
                            );
                        }
                    }
                    match (r.published_percent, percent) {
                        (Some(pp), Some(c)) if !same_at_scale(pp, c.get()) => f.add(
                            format!("{rp}.published_percent"),
                            Check::PercentMismatch {
                                published: pp,
                                computed: c,
                            },
                        ),
                        // 0 ÷ 0 printed as 0,00 %: nothing to compare.
                        _ => {}
                    }
                }
            }
            let ratios = RATIOS
                .iter()
                .filter_map(|k| {
                    let (a, b) = k.columns();
                    let (a, b) = (v.get(a)?.get(), v.get(b)?.get());
                    let r = percent_of(a, b);
                    too_large |= r.is_none() && !b.is_zero();
                    Some((*k, Dec(r?)))
                })
                .collect();
            if too_large {
                f.add(format!("{rp}.values"), Check::TooLarge);
            }
            let above = |a: MoneyColumn, b: MoneyColumn| match (v.get(a), v.get(b)) {
                (Some(x), Some(y)) if x.get() > y.get() => Some((x, y)),
                _ => None,
            };
            if t.side == Side::Uscite {
                if let Some((committed, budget)) =
                    above(MoneyColumn::Impegnato, MoneyColumn::Assestato)
                {
                    f.add(
                        format!("{rp}.values.impegnato"),
                        Check::CommittedAboveBudget { committed, budget },
                    );
                }
                for paid_col in [MoneyColumn::Liquidato, MoneyColumn::Pagato] {
                    if let Some((paid, committed)) = above(paid_col, MoneyColumn::Impegnato) {
                        f.add(
                            format!("{rp}.values.{}", paid_col.as_str()),
                            Check::PaidAboveCommitted { paid, committed },
                        );
                    }
                }
            }
            if let Some((collected, assessed)) =
                above(MoneyColumn::Riscosso, MoneyColumn::Accertato)
            {
                f.add(
                    format!("{rp}.values.riscosso"),
                    Check::CollectedAboveAssessed {
                        collected,
                        assessed,
                    },
                );
            }
            rows.push(RowReport {
                id: r.id.clone(),
                difference,
                percent,
                ratios,
                sums,
            });
        }
        tables.push(TableReport {
            id: t.id.clone(),
            primary: prim,
            rows,
        });
    }
    MoneyReport {
        tables,
        cost_totals: cost_totals(plan, nodes, f),
    }
}

type CostField = (
    &'static str,
    fn(&Costs) -> Option<Dec>,
    fn(&mut Costs, Option<Dec>),
);

/// The amount fields of [`Costs`], with their keys.
pub const COST_FIELDS: [CostField; 5] = [
    ("staff", |c| c.staff, |c, v| c.staff = v),
    ("committed", |c| c.committed, |c, v| c.committed = v),
    ("paid", |c| c.paid, |c, v| c.paid = v),
    (
        "revenue_assessed",
        |c| c.revenue_assessed,
        |c, v| c.revenue_assessed = v,
    ),
    (
        "revenue_collected",
        |c| c.revenue_collected,
        |c, v| c.revenue_collected = v,
    ),
];

fn cost_totals(plan: &PlanFile, nodes: &[FlatNode<'_>], f: &mut Findings) -> Vec<CostTotalReport> {
    let mut out = Vec::new();
    for group in CostGroup::ALL {
        let members: Vec<(&str, &Costs)> = nodes
            .iter()
            .filter(|n| {
                (n.obj.kind == Some(ObjectiveKind::Processo)) == (*group == CostGroup::Processi)
            })
            .filter_map(|n| Some((n.path.as_str(), n.obj.costs.as_ref()?)))
            .collect();
        let published = plan
            .money
            .cost_totals
            .iter()
            .position(|t| t.group == *group);
        if members.is_empty() && published.is_none() {
            continue;
        }
        let mut sums = Costs::default();
        // Fields whose sum is beyond what can be computed exactly.
        let mut too_large: Vec<&str> = Vec::new();
        for (key, get, set) in COST_FIELDS {
            let mut s: Option<Decimal> = None;
            for (path, v) in members.iter().filter_map(|(p, c)| Some((p, get(c)?))) {
                match s.unwrap_or_default().checked_add(v.get()) {
                    Some(x) => s = Some(x),
                    None => {
                        f.add(format!("{path}.costs.{key}"), Check::TooLarge);
                        too_large.push(key);
                        s = None;
                        break;
                    }
                }
            }
            set(&mut sums, s.map(Dec));
        }
        let count = members.len() as u32;
        if let Some(pi) = published {
            let p = &plan.money.cost_totals[pi];
            let pp = format!("$.money.cost_totals[{pi}]");
            for (key, get, _) in COST_FIELDS {
                if too_large.contains(&key) {
                    continue;
                }
                if let Some(pv) = get(&p.amounts) {
                    let cv = get(&sums).unwrap_or_default();
                    if pv != cv {
                        f.add(
                            format!("{pp}.amounts.{key}"),
                            Check::CostTotalMismatch {
                                field: key,
                                published: pv,
                                computed: cv,
                            },
                        );
                    }
                }
            }
            if let Some(pc) = p.count {
                if pc != count {
                    f.add(
                        format!("{pp}.count"),
                        Check::CostCountMismatch {
                            published: pc,
                            computed: count,
                        },
                    );
                }
            }
        }
        out.push(CostTotalReport {
            group: *group,
            count,
            sums,
            published,
        });
    }
    out
}
