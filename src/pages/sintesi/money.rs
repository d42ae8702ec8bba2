//! The budget totals and the costs of the objectives.

use super::*;

/// A money column heading with its glossary link.
pub(super) fn column_head(lang: Lang, c: MoneyColumn) -> AnyView {
    let (name, key) = tx::column(lang, c);
    view! { <th scope="col" class="num"><Term key=key>{name}</Term></th> }.into_any()
}

pub(super) fn money(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let budget = &doc.plan.money.budget;
    let reports = &doc.analysis.money.tables;
    let tables = budget
        .iter()
        .zip(reports)
        .filter(|(b, _)| b.rows.iter().any(|r| !r.sum_of.is_empty()))
        .map(|(b, rep)| {
            // Budget against executed when the table has both; else its columns.
            let cols: Vec<MoneyColumn> = match rep.primary {
                Some((exec, base)) => vec![base, exec],
                None => b.columns.clone(),
            };
            let with_pct = rep.primary.is_some();
            let head = cols.iter().map(|c| column_head(lang, *c)).collect_view();
            let rows = b
                .rows
                .iter()
                .zip(&rep.rows)
                .filter(|(r, _)| !r.sum_of.is_empty())
                .map(|(r, rr)| {
                    let cells = cols
                        .iter()
                        .map(|c| {
                            view! { <td class="num">{r.values.get(*c).map_or_else(|| none.to_string(), it::euro)}</td> }
                        })
                        .collect_view();
                    let pct = with_pct.then(|| {
                        view! {
                            <td class="sintesi-share">
                                <span class="sintesi-share__value">{rr.percent.map_or_else(|| none.to_string(), it::percent)}</span>
                                <Bar value=rr.percent.unwrap_or_default() />
                            </td>
                        }
                    });
                    view! {
                        <tr>
                            <th scope="row">{r.label.clone()}</th>
                            {cells}
                            {pct}
                        </tr>
                    }
                })
                .collect_view();
            let pct_head = with_pct.then(|| view! { <th scope="col">{t.col_percent}</th> });
            let caption = format!("{}{}", b.title, t.caption_totals_suffix);
            view! {
                <DataTable caption=caption class="sintesi-money" head=view! {
                        <th scope="col">{t.col_item}</th>
                        {head}
                        {pct_head}
                    }.into_any()>
                    {rows}
                </DataTable>
            }
        })
        .collect::<Vec<_>>();
    let costs = costs(doc, lang);
    if tables.is_empty() && costs.is_none() {
        return None;
    }
    let [w_base, w_acc, w_imp] = tx::money_words(lang);
    let intro = (!tables.is_empty()).then(|| {
        view! {
            <p>
                {t.money_1}<Term key="assestato">{w_base}</Term>{t.money_2}
                <Term key="accertato">{w_acc}</Term>{t.money_3}
                <Term key="impegnato">{w_imp}</Term>{t.money_4}
            </p>
        }
    });
    Some(
        view! {
            <section class="sintesi-section" aria-labelledby="sintesi-soldi">
                <h2 id="sintesi-soldi">{t.heading_money}</h2>
                {intro}
                {tables}
                {costs}
                <p><a href=Route::Risorse.href()>{t.money_link}</a></p>
            </section>
        }
        .into_any(),
    )
}

type CostGet = fn(&Costs) -> Option<Dec>;

pub(super) fn costs(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let reports = &doc.analysis.money.cost_totals;
    if reports.is_empty() {
        return None;
    }
    let fields: [(&'static str, &'static str, CostGet); 5] = [
        (t.cost_staff, "costi-personale", |c| c.staff),
        (t.cost_committed, "impegnato", |c| c.committed),
        (t.cost_paid, "liquidato", |c| c.paid),
        (t.cost_revenue_assessed, "accertato", |c| c.revenue_assessed),
        (t.cost_revenue_collected, "riscosso", |c| {
            c.revenue_collected
        }),
    ];
    let published = |k: Option<usize>| k.and_then(|k| doc.plan.money.cost_totals.get(k));
    // Only the columns with an amount somewhere.
    let used: Vec<(&'static str, &'static str, CostGet)> = fields
        .into_iter()
        .filter(|(_, _, get)| {
            reports.iter().any(|r| {
                get(&r.sums).is_some()
                    || published(r.published).is_some_and(|p| get(&p.amounts).is_some())
            })
        })
        .collect();
    if used.is_empty() {
        return None;
    }
    let head = used
        .iter()
        .map(|&(name, key, _)| view! { <th scope="col" class="num"><Term key=key>{name}</Term></th> })
        .collect_view();
    let none = text::t(lang).none;
    let rows = reports
        .iter()
        .map(|r| {
            let p = published(r.published);
            let cells = used
                .iter()
                .map(|(_, _, get)| {
                    let computed = get(&r.sums);
                    let differs = p
                        .and_then(|p| get(&p.amounts))
                        .filter(|pv| computed != Some(*pv));
                    view! {
                        <td class="num">
                            {computed.map_or_else(|| none.to_string(), it::euro)}
                            {differs.map(|pv| view! {
                                <span class="sintesi-published">{format!("({} {})", t.published_was, it::euro(pv))}</span>
                            })}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{tx::cost_group(lang, r.group, r.count)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    Some(
        view! {
            <DataTable caption=t.caption_costs class="sintesi-costs" head=view! {
                    <th scope="col">{t.col_group}</th>
                    {head}
                }.into_any()>
                {rows}
            </DataTable>
        }
        .into_any(),
    )
}
