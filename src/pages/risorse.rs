//! The money: revenue and spending tables (`plan.money.budget` with the
//! core's `analysis.money.tables`), and the costs and revenue of each
//! objective and process (nodes with `costs`, totals from
//! `analysis.money.cost_totals`), sortable and filterable. Every figure is
//! the core's; this page only chooses how to show it.

use std::cmp::Ordering;
use std::sync::Arc;

use cruscotto_core::money::{RatioKind, RowReport, COST_FIELDS};
use cruscotto_core::score::same_at_scale;
use cruscotto_core::{
    it, BudgetRow, BudgetTable, CostGroup, Dec, Lang, MoneyColumn, ObjectiveKind, Side,
};
use leptos::prelude::*;

use crate::components::table_region::{DataTable, TableRegion};

use crate::components::bar::Bar;
use crate::components::chart::{Chart, ChartRow, Series};
use crate::components::term::Term;
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, risorse};

/// The page.
#[component]
pub fn RisorsePage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let sort = RwSignal::new(Sort::DOCUMENT);
    let filter = RwSignal::new(Filter::All);
    move || {
        let lang = ctx.lang.get();
        let t = risorse::t(lang);
        let heading =
            view! { <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_risorse}</h1> };
        let has_budget = !doc.plan.money.budget.is_empty();
        let has_costs = !doc.analysis.money.cost_totals.is_empty();
        if !has_budget && !has_costs {
            return view! { {heading} <p class="risorse__empty">{t.empty}</p> }.into_any();
        }
        let budget = has_budget.then(|| {
            let tables = (0..doc.plan.money.budget.len())
                .map(|ti| budget_table(&doc, ti, lang))
                .collect_view();
            view! {
                <section class="risorse__budget" aria-labelledby="risorse-bilancio">
                    <h2 id="risorse-bilancio">{t.budget_heading}</h2>
                    <p>{t.budget_intro}</p>
                    {tables}
                </section>
            }
        });
        let costs = has_costs.then(|| costs_section(doc.clone(), lang, sort, filter));
        view! {
            {heading}
            <p class="lead">{t.intro}</p>
            {budget}
            {costs}
        }
        .into_any()
    }
}

// ---------------------------------------------------------------- budget

/// The ratio the `%` column shows, from the table's primary pair.
fn primary_kind(primary: Option<(MoneyColumn, MoneyColumn)>) -> Option<RatioKind> {
    primary.map(|(exec, _)| {
        if exec == MoneyColumn::Accertato {
            RatioKind::Accertamento
        } else {
            RatioKind::Impegno
        }
    })
}

/// An amount, or a dash.
fn euro_or(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(|| text::t(lang).none.to_string(), it::euro)
}

/// A computed figure and, when the document prints a different one, that
/// one too.
fn with_published(shown: String, published: Option<String>, lang: Lang) -> impl IntoView {
    let t = risorse::t(lang);
    view! {
        <span class="risorse__value">{shown}</span>
        {published.map(|p| view! {
            <span class="risorse__published">{format!("({} {p})", t.in_document)}</span>
        })}
    }
}

fn budget_table(doc: &Doc, ti: usize, lang: Lang) -> impl IntoView {
    let t = risorse::t(lang);
    let table: &BudgetTable = &doc.plan.money.budget[ti];
    let report = doc.analysis.money.tables.get(ti);
    let primary = report.and_then(|r| r.primary);
    let pkind = primary_kind(primary);
    let extra: Vec<RatioKind> = [
        RatioKind::Accertamento,
        RatioKind::Impegno,
        RatioKind::Pagamento,
        RatioKind::Riscossione,
    ]
    .into_iter()
    .filter(|k| Some(*k) != pkind)
    .filter(|k| {
        let (a, b) = k.columns();
        table.columns.contains(&a) && table.columns.contains(&b)
    })
    .collect();
    let row_report = |ri: usize| report.and_then(|r| r.rows.get(ri));

    // The sentence: the first total row's figures, in plain words.
    let headline = primary.and_then(|(exec, base)| {
        let ri = table.rows.iter().position(|r| !r.sum_of.is_empty())?;
        let row = &table.rows[ri];
        let pct = row_report(ri)?.percent?;
        let mut s = risorse::headline(
            lang,
            exec,
            &it::euro(row.values.get(base)?),
            &it::euro(row.values.get(exec)?),
            &it::percent(pct),
        );
        for k in &extra {
            let (a, _) = k.columns();
            if let (Some(v), Some((_, p))) = (
                row.values.get(a),
                row_report(ri)?.ratios.iter().find(|(x, _)| x == k),
            ) {
                if let Some(more) =
                    risorse::ratio_sentence(lang, *k, &it::euro(v), &it::percent(*p))
                {
                    s.push(' ');
                    s.push_str(&more);
                }
            }
        }
        Some(view! {
            <p class="risorse__headline">{s}</p>
            <p class="risorse__headline-source">{risorse::headline_source(lang, &row.label)}</p>
        })
    });
    let side_text = match table.side {
        Side::Entrate => t.side_entrate,
        Side::Uscite => t.side_uscite,
    };
    let considered = table.rows.iter().any(|r| r.considered).then(|| {
        let after = match table.side {
            Side::Entrate => t.considered_after_entrate,
            Side::Uscite => t.considered_after_uscite,
        };
        view! {
            <p class="risorse__considered">
                {t.considered_before}<Term key="fpv">{t.considered_term}</Term>{after}
            </p>
        }
    });

    let head_cols = table
        .columns
        .iter()
        .copied()
        .map(|c| {
            view! {
                <th scope="col" class="num">
                    <Term key=c.as_str()>{risorse::column(lang, c)}</Term>
                </th>
            }
        })
        .collect_view();
    let head_primary = pkind.map(|k| {
        let label = risorse::ratio_column(lang, k, table.side);
        let pct = if k == RatioKind::Impegno {
            view! { <Term key="capacita-impegno">{label}</Term> }.into_any()
        } else {
            label.into_any()
        };
        view! {
            <th scope="col" class="num"><Term key="scostamento">{t.col_difference}</Term></th>
            <th scope="col" class="num risorse__pct-head">{pct}</th>
        }
    });
    let head_extra = extra
        .iter()
        .map(|k| {
            let label = risorse::ratio_column(lang, *k, table.side);
            let inner = if *k == RatioKind::Riscossione {
                view! { <Term key="capacita-riscossione">{label}</Term> }.into_any()
            } else {
                label.into_any()
            };
            view! { <th scope="col" class="num">{inner}</th> }
        })
        .collect_view();

    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(ri, row)| budget_row(table, row, row_report(ri), pkind.is_some(), &extra, lang))
        .collect_view();

    let footnotes = (!table.footnotes.is_empty()).then(|| {
        view! {
            <ul class="risorse__footnotes">
                {table.footnotes.iter().map(|f| view! {
                    <li><span class="risorse__mark">{f.mark.clone()}</span> " " {f.text.clone()}</li>
                }).collect_view()}
            </ul>
        }
    });
    let chart = primary.and_then(|pair| budget_chart(table, ti, pair, lang));
    let caption = match table.year {
        Some(y) if !table.title.contains(&y.to_string()) => {
            format!("{} {y} ({})", table.title, t.caption_suffix)
        }
        _ => format!("{} ({})", table.title, t.caption_suffix),
    };
    let region_label = caption.clone();

    view! {
        <div class="risorse__table-block">
            <h3>{table.title.clone()}</h3>
            <p>{side_text}</p>
            {headline}
            {considered}
            {chart}
            <DataTable caption=caption label=region_label class="risorse__table" head=view! {
                    <th scope="col">{t.col_item}</th>
                    {head_cols}
                    {head_primary}
                    {head_extra}
                }.into_any()>
                {rows}
            </DataTable>
            {footnotes}
        </div>
    }
}

/// The table's items (not its totals) as a chart: the base amount (assestato)
/// and what was done with it (accertato, impegnato), side by side.
fn budget_chart(
    table: &BudgetTable,
    ti: usize,
    (exec, base): (MoneyColumn, MoneyColumn),
    lang: Lang,
) -> Option<AnyView> {
    let items: Vec<&BudgetRow> = table.rows.iter().filter(|r| r.sum_of.is_empty()).collect();
    if items.len() < 2 {
        return None;
    }
    let amounts = |r: &BudgetRow| [r.values.get(base), r.values.get(exec)];
    let max = items
        .iter()
        .flat_map(|r| amounts(r))
        .flatten()
        .map(|d| d.get())
        .max()
        .filter(|m| *m > rust_decimal::Decimal::ZERO)?;
    let rows = items
        .iter()
        .map(|r| ChartRow {
            label: r.label.clone(),
            values: amounts(r)
                .into_iter()
                .map(|v| v.map(|d| (d, it::euro(d))))
                .collect(),
            ..ChartRow::default()
        })
        .collect();
    let (base_name, exec_name) = (risorse::column(lang, base), risorse::column(lang, exec));
    Some(
        view! {
            <Chart id=format!("grafico-bilancio-{ti}")
                caption=risorse::chart_caption(lang, &table.title, base_name, exec_name)
                head=risorse::t(lang).col_item.to_string()
                series=vec![Series { name: base_name.to_string() }, Series { name: exec_name.to_string() }]
                rows=rows max=Dec(max) lang=lang />
        }
        .into_any(),
    )
}

fn budget_row(
    table: &BudgetTable,
    row: &BudgetRow,
    report: Option<&RowReport>,
    has_primary: bool,
    extra: &[RatioKind],
    lang: Lang,
) -> impl IntoView {
    let t = risorse::t(lang);
    let none = text::t(lang).none;
    let total = !row.sum_of.is_empty();
    let sums = report.and_then(|r| r.sums.as_ref());

    let amounts = table
        .columns
        .iter()
        .map(|c| {
            let v = row.values.get(*c);
            let s = sums.and_then(|s| s.get(*c)).filter(|s| Some(*s) != v);
            view! {
                <td class="num">
                    <span class="risorse__value">{euro_or(v, lang)}</span>
                    {s.map(|s| view! {
                        <span class="risorse__published">{format!("({}: {})", t.sum_of_rows, it::euro(s))}</span>
                    })}
                </td>
            }
        })
        .collect_view();

    let primary_cells = has_primary.then(|| {
        let diff = report.and_then(|r| r.difference);
        let pd = row
            .published_difference
            .filter(|p| Some(*p) != diff)
            .map(it::euro);
        let pct = report.and_then(|r| r.percent);
        let pp = row
            .published_percent
            .filter(|p| pct.is_none_or(|c| !same_at_scale(*p, c.get())))
            .map(it::percent);
        let bar = pct.map(|p| view! { <Bar value=p tone="money" /> });
        view! {
            <td class="num">{with_published(euro_or(diff, lang), pd, lang)}</td>
            <td class="num risorse__pct">
                {with_published(pct.map_or_else(|| none.to_string(), it::percent), pp, lang)}
                {bar}
            </td>
        }
    });

    let extra_cells = extra
        .iter()
        .map(|k| {
            let v = report.and_then(|r| r.ratios.iter().find(|(x, _)| x == k).map(|(_, v)| *v));
            view! { <td class="num">{v.map_or_else(|| none.to_string(), it::percent)}</td> }
        })
        .collect_view();

    let marks = row
        .marks
        .iter()
        .map(|m| view! { <sup class="risorse__mark">{m.clone()}</sup> })
        .collect_view();
    view! {
        <tr class:total=total>
            <th scope="row">
                {row.code.clone().map(|c| view! { <span class="risorse__code">{c}</span> " " })}
                {row.label.clone()}
                {marks}
            </th>
            {amounts}
            {primary_cells}
            {extra_cells}
        </tr>
    }
}

// ---------------------------------------------------------------- costs

/// Which rows the cost table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    All,
    Objectives,
    Processes,
}

impl Filter {
    fn accepts(self, process: bool) -> bool {
        match self {
            Filter::All => true,
            Filter::Objectives => !process,
            Filter::Processes => process,
        }
    }
    fn accepts_group(self, g: CostGroup) -> bool {
        self.accepts(g == CostGroup::Processi)
    }
}

/// What the cost table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortKey {
    /// The document's order.
    Document,
    /// The title.
    Title,
    /// One of the amounts ([`COST_FIELDS`] index).
    Field(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sort {
    key: SortKey,
    desc: bool,
}

impl Sort {
    const DOCUMENT: Sort = Sort {
        key: SortKey::Document,
        desc: false,
    };

    /// Pressing a column's button: the same column flips the order; another
    /// starts A→Z for the title and highest first for an amount.
    fn pressed(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                desc: !self.desc,
            }
        } else {
            Sort {
                key,
                desc: matches!(key, SortKey::Field(_)),
            }
        }
    }

    fn aria(self, key: SortKey) -> Option<&'static str> {
        (self.key == key).then_some(if self.desc { "descending" } else { "ascending" })
    }

    fn icon(self, key: SortKey) -> &'static str {
        match self.aria(key) {
            Some("descending") => "▼",
            Some(_) => "▲",
            None => "↕",
        }
    }
}

/// A row of the cost table: a node with costs.
struct CostRow {
    node: usize,
    process: bool,
    title: String,
}

/// Compares two optional amounts; missing ones always go last.
fn cmp_amounts(a: Option<Dec>, b: Option<Dec>, desc: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            if desc {
                y.cmp(&x)
            } else {
                x.cmp(&y)
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn group_name(lang: Lang, g: CostGroup) -> &'static str {
    let t = risorse::t(lang);
    match g {
        CostGroup::Obiettivi => t.group_objectives,
        CostGroup::Processi => t.group_processes,
    }
}

fn field_term(k: usize) -> &'static str {
    [
        "costi-personale",
        "impegnato",
        "liquidato",
        "accertato",
        "riscosso",
    ][k]
}

fn costs_section(
    doc: Arc<Doc>,
    lang: Lang,
    sort: RwSignal<Sort>,
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let t = risorse::t(lang);
    let rows: Arc<Vec<CostRow>> = Arc::new(
        (0..doc.len())
            .filter_map(|i| {
                let n = doc.node(i);
                n.costs.as_ref()?;
                Some(CostRow {
                    node: i,
                    process: n.kind == Some(ObjectiveKind::Processo),
                    title: n.title.to_lowercase(),
                })
            })
            .collect(),
    );
    let has_objectives = rows.iter().any(|r| !r.process);
    let has_processes = rows.iter().any(|r| r.process);

    // Header buttons: a real <button> in each sortable <th>.
    let sortable = move |key: SortKey, label: &'static str, class: &'static str| {
        view! {
            <th scope="col" class=class aria-sort=move || sort.get().aria(key)>
                <button type="button" class="sort-button" on:click=move |_| sort.update(|s| *s = s.pressed(key))>
                    <span>{label}</span>
                    <span class="sort-button__icon" aria-hidden="true">{move || sort.get().icon(key)}</span>
                </button>
            </th>
        }
    };
    let field_heads = (0..COST_FIELDS.len())
        .map(|k| sortable(SortKey::Field(k), t.cost_fields[k], "num"))
        .collect_view();

    let sorted_text = move || {
        let s = sort.get();
        match s.key {
            SortKey::Document => t.sorted_document.to_string(),
            SortKey::Title => format!(
                "{} {}, {}",
                t.sorted_by,
                t.col_title.to_lowercase(),
                if s.desc {
                    t.descending_text
                } else {
                    t.ascending_text
                }
            ),
            SortKey::Field(k) => format!(
                "{} {}, {}",
                t.sorted_by,
                t.cost_fields[k].to_lowercase(),
                if s.desc {
                    t.descending_num
                } else {
                    t.ascending_num
                }
            ),
        }
    };

    let body_doc = doc.clone();
    let body_rows = rows.clone();
    let body = move || {
        let doc = &body_doc;
        let rows = &body_rows;
        let s = sort.get();
        let f = filter.get();
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&r| f.accepts(rows[r].process))
            .collect();
        let amount = |r: usize, k: usize| {
            doc.node(rows[r].node)
                .costs
                .as_ref()
                .and_then(|c| (COST_FIELDS[k].1)(c))
        };
        match s.key {
            SortKey::Document => {}
            SortKey::Title => order.sort_by(|&a, &b| {
                let o = rows[a].title.cmp(&rows[b].title);
                (if s.desc { o.reverse() } else { o }).then(a.cmp(&b))
            }),
            SortKey::Field(k) => order
                .sort_by(|&a, &b| cmp_amounts(amount(a, k), amount(b, k), s.desc).then(a.cmp(&b))),
        }
        order
            .into_iter()
            .map(|r| {
                let row = &rows[r];
                let node = doc.node(row.node);
                let cells = (0..COST_FIELDS.len())
                    .map(|k| view! { <td class="num">{euro_or(amount(r, k), lang)}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">
                            {node.code.clone().map(|c| view! { <span class="risorse__code risorse__code--block">{c}</span> })}
                            <a href=Route::Obiettivo(node.id.clone()).href()>{node.title.clone()}</a>
                        </th>
                        <td>{if row.process { t.kind_process } else { t.kind_objective }}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };

    // Totals: the sum of the rows (the core's) and the published one.
    let foot_doc = doc.clone();
    let foot = move || {
        let doc = &foot_doc;
        let f = filter.get();
        doc.analysis
            .money
            .cost_totals
            .iter()
            .filter(|r| f.accepts_group(r.group))
            .map(|r| {
                let sums = (0..COST_FIELDS.len())
                    .map(|k| view! { <td class="num">{euro_or((COST_FIELDS[k].1)(&r.sums), lang)}</td> })
                    .collect_view();
                let published = r.published.and_then(|pi| doc.plan.money.cost_totals.get(pi)).map(|p| {
                    let cells = (0..COST_FIELDS.len())
                        .map(|k| {
                            let pv = (COST_FIELDS[k].1)(&p.amounts);
                            let cv = (COST_FIELDS[k].1)(&r.sums);
                            let differs = pv.is_some() && pv != cv.or(Some(Dec::ZERO));
                            view! {
                                <td class="num" class:risorse__differs=differs>
                                    <span class="risorse__value">{euro_or(pv, lang)}</span>
                                    {differs.then(|| view! { <span class="risorse__flag">{t.differs}</span> })}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr class="total risorse__published-total">
                            <th scope="row">{format!("{}: {}", t.published_total, p.label)}</th>
                            <td></td>
                            {cells}
                        </tr>
                    }
                });
                view! {
                    <tr class="total">
                        <th scope="row">{risorse::sum_label(lang, r.count, group_name(lang, r.group))}</th>
                        <td></td>
                        {sums}
                    </tr>
                    {published}
                }
            })
            .collect_view()
    };

    // Where a published total differs from the sum of the rows: say so.
    let mut notes: Vec<String> = Vec::new();
    let mut any_published = false;
    for r in &doc.analysis.money.cost_totals {
        let Some(p) = r
            .published
            .and_then(|pi| doc.plan.money.cost_totals.get(pi))
        else {
            continue;
        };
        any_published = true;
        let g = group_name(lang, r.group);
        for (k, (_, get, _)) in COST_FIELDS.iter().enumerate() {
            if let Some(pv) = get(&p.amounts) {
                let cv = get(&r.sums).unwrap_or_default();
                if pv != cv {
                    notes.push(risorse::cost_mismatch(
                        lang,
                        g,
                        t.cost_fields[k],
                        &it::euro(pv),
                        &it::euro(cv),
                        r.count,
                        &it::euro(Dec((pv.get() - cv.get()).abs())),
                    ));
                }
            }
        }
        if let Some(pc) = p.count.filter(|&c| c != r.count) {
            notes.push(risorse::count_mismatch(lang, g, pc, r.count));
        }
    }
    let notes_view = if notes.is_empty() {
        any_published
            .then(|| view! { <p class="risorse__notes">{t.costs_all_match}</p> }.into_any())
    } else {
        Some(
            view! {
                <ul class="risorse__notes">
                    {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        )
    };

    let filter_view = (has_objectives && has_processes).then(|| {
        let radio = move |value: Filter, label: &'static str| {
            view! {
                <label class="risorse__filter-option">
                    <input type="radio" name="risorse-costi-filtro"
                        prop:checked=move || filter.get() == value
                        on:change=move |_| filter.set(value) />
                    " " {label}
                </label>
            }
        };
        view! {
            <fieldset class="risorse__filter">
                <legend>{t.filter_legend}</legend>
                {radio(Filter::All, t.filter_all)}
                {radio(Filter::Objectives, t.filter_objectives)}
                {radio(Filter::Processes, t.filter_processes)}
            </fieldset>
        }
    });

    view! {
        <section class="risorse__costs" aria-labelledby="risorse-costi">
            <h2 id="risorse-costi">{t.costs_heading}</h2>
            <p>{t.costs_intro}</p>
            <ul class="risorse__legend">
                <li><Term key=field_term(0)>{t.legend_staff}</Term>{t.legend_staff_text}</li>
                <li>
                    <Term key=field_term(1)>{t.legend_committed}</Term>{t.legend_and}
                    <Term key=field_term(2)>{t.legend_paid}</Term>{t.legend_direct_text}
                </li>
                <li>
                    <Term key=field_term(3)>{t.legend_assessed}</Term>{t.legend_and}
                    <Term key=field_term(4)>{t.legend_collected}</Term>{t.legend_revenue_text}
                </li>
            </ul>
            {filter_view}
            <p class="risorse__sort-hint">{t.costs_sort_hint}</p>
            <TableRegion label=t.costs_caption>
                <table class="data-table risorse__costs-table">
                    <caption>
                        {t.costs_caption}
                        <span class="risorse__sorted">{sorted_text}</span>
                    </caption>
                    <thead>
                        <tr>
                            {sortable(SortKey::Title, t.col_title, "risorse__title-head")}
                            <th scope="col">{t.col_kind}</th>
                            {field_heads}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                    <tfoot>{foot}</tfoot>
                </table>
            </TableRegion>
            {notes_view}
        </section>
    }
}
