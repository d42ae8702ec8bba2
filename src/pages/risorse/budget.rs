//! The revenue and spending tables, with their charts and ratios.

use super::*;

/// The ratio the `%` column shows, from the table's primary pair.
pub(super) fn primary_kind(primary: Option<(MoneyColumn, MoneyColumn)>) -> Option<RatioKind> {
    primary.map(|(exec, _)| {
        if exec == MoneyColumn::Accertato {
            RatioKind::Accertamento
        } else {
            RatioKind::Impegno
        }
    })
}

/// An amount, or a dash.
pub(super) fn euro_or(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(|| text::t(lang).none.to_string(), it::euro)
}

/// A computed figure and, when the document prints a different one, that
/// one too.
pub(super) fn with_published(
    shown: String,
    published: Option<String>,
    lang: Lang,
) -> impl IntoView {
    let t = risorse::t(lang);
    view! {
        <span class="risorse__value">{shown}</span>
        {published.map(|p| view! {
            <span class="risorse__published">{format!("({} {p})", t.in_document)}</span>
        })}
    }
}

pub(super) fn budget_table(doc: &Doc, ti: usize, lang: Lang) -> impl IntoView {
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
pub(super) fn budget_chart(
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

pub(super) fn budget_row(
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
