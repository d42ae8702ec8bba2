//! The overview: what the document is, a plain sentence for citizens, the
//! overall result, the objectives by status and by result, the results by
//! office and by missione, the budget totals, the main warnings and the
//! scoring method. Every number comes from the core's analysis; this file
//! only counts and arranges.

use std::collections::HashMap;
use std::sync::Arc;

use cruscotto_core::money::percent_of;
use cruscotto_core::score::{BandCounts, Dimension, GroupScore};
use cruscotto_core::{it, Costs, Dec, DocumentKind, Lang, MoneyColumn, Severity, Status};
use leptos::prelude::*;

use crate::components::table_region::DataTable;
use rust_decimal::Decimal;

use crate::components::badge::severity_class;
use crate::components::bar::Bar;
use crate::components::chart::{Chart, ChartRow, Series};
use crate::components::score::Score;
use crate::components::term::Term;
use crate::route::{Route, Wanted};
use crate::state::{Ctx, Doc};
use crate::text::{self, common, sintesi as tx};

/// How many findings the overview lists.
const MAIN_FINDINGS: usize = 5;

/// Sorts the objectives assessed directly (those without sub-objectives)
/// into the plan's achievement bands, or into the default ones.
pub fn band_counts(doc: &Doc) -> BandCounts {
    cruscotto_core::score::band_counts(&doc.analysis.scores, &doc.plan.scoring.bands)
}

/// `n` of `total` in percent, as text.
fn share(n: usize, total: usize) -> Option<Dec> {
    percent_of(Decimal::from(n), Decimal::from(total)).map(Dec)
}

/// One row of a count table: the label, the count and the bar's tone.
struct CountRow {
    label: AnyView,
    count: usize,
    tone: &'static str,
}

/// A table of counts with the share of each row as text and as a bar.
fn count_table(
    lang: Lang,
    caption: &'static str,
    first_col: &'static str,
    rows: Vec<CountRow>,
    total: usize,
    class: &'static str,
) -> AnyView {
    let t = tx::t(lang);
    let body = rows
        .into_iter()
        .map(|r| {
            let pct = share(r.count, total);
            view! {
                <tr>
                    <th scope="row">{r.label}</th>
                    <td class="num">{r.count}</td>
                    <td class="sintesi-share">
                        <span class="sintesi-share__value">{pct.map_or_else(|| text::t(lang).none.to_string(), it::percent)}</span>
                        <Bar value=pct.unwrap_or_default() tone=r.tone />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption=caption region_class=class head=view! {
                <th scope="col">{first_col}</th>
                <th scope="col" class="num">{t.col_count}</th>
                <th scope="col">{t.col_share}</th>
            }.into_any()>
            {body}
        </DataTable>
    }
    .into_any()
}

/// A chart of counts: each row's share of `total` as a bar, the count and
/// the share in its table.
fn count_chart(
    lang: Lang,
    id: &'static str,
    caption: &'static str,
    first_col: &'static str,
    rows: Vec<(String, usize)>,
    total: usize,
) -> AnyView {
    let t = tx::t(lang);
    let rows = rows
        .into_iter()
        .map(|(label, count)| {
            let pct = share(count, total);
            ChartRow {
                label,
                cells: vec![count.to_string()],
                values: vec![pct.map(|p| (p, it::percent(p)))],
                ..ChartRow::default()
            }
        })
        .collect();
    view! {
        <Chart id=id.to_string() caption=caption.to_string() head=first_col.to_string()
            columns=vec![t.col_count.to_string()]
            series=vec![Series { name: t.col_share.to_string() }]
            rows=rows max=Dec(Decimal::ONE_HUNDRED) lang=lang />
    }
    .into_any()
}

/// The upper limits of the bins of the distribution of results (the last
/// bin: 100 % and more), so that "everything at 100 %" shows.
const BINS: [u32; 4] = [50, 70, 90, 100];

/// The distribution of results as a chart.
fn distribution_chart(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let limits = BINS.map(Decimal::from);
    let (bins, none) = cruscotto_core::score::distribution(&doc.analysis.scores, &limits);
    let scored: usize = bins.iter().sum();
    if scored == 0 {
        return None;
    }
    let labels = t.distribution_bins;
    let mut rows: Vec<(String, usize)> = labels
        .iter()
        .zip(bins)
        .map(|(l, c)| (l.to_string(), c))
        .collect();
    if none > 0 {
        rows.push((t.distribution_none.to_string(), none));
    }
    Some(count_chart(
        lang,
        "grafico-distribuzione",
        t.caption_distribution,
        t.col_result,
        rows,
        scored + none,
    ))
}

/// A score with its bar; the published one only when given.
fn score_view(lang: Lang, computed: Option<Dec>, published: Option<Dec>) -> AnyView {
    match published {
        Some(p) => view! { <Score computed=computed published=p lang=lang /> }.into_any(),
        None => view! { <Score computed=computed lang=lang /> }.into_any(),
    }
}

fn facts(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let d = &doc.plan.document;
    let municipality = match &d.municipality.province {
        Some(p) => format!("{} ({p})", d.municipality.name),
        None => d.municipality.name.clone(),
    };
    let kind = common::document_kind(lang, d.kind);
    let kind_key = match d.kind {
        DocumentKind::Piano => Some("piano"),
        DocumentKind::Relazione => Some("relazione"),
        DocumentKind::Piao => Some("piao"),
        DocumentKind::Monitoraggio => None,
    };
    let kind_view = match kind_key {
        Some(key) => view! { <Term key=key>{kind}</Term> }.into_any(),
        None => kind.into_any(),
    };
    let approval = d
        .approval
        .as_ref()
        .map_or_else(|| t.approval_missing.to_string(), |a| act(lang, a));
    let source = d
        .source_url
        .clone()
        .filter(|u| cruscotto_core::richtext::is_safe_url(u))
        .map(|u| {
            view! {
                <div>
                    <dt>{t.fact_source}</dt>
                    <dd><a href=u rel="noopener noreferrer">{t.source_link}</a></dd>
                </div>
            }
        });
    let reference = d
        .reference_year
        .filter(|y| *y != d.period.start || d.period.start != d.period.end)
        .map(|y| {
            view! { <div><dt>{t.fact_reference_year}</dt><dd>{y}</dd></div> }
        });
    let published = d.published_on.as_deref().map(|p| {
        view! { <div><dt>{t.fact_published_on}</dt><dd>{it::date(p)}</dd></div> }
    });
    let inhabitants = d.municipality.inhabitants.map(|n| {
        view! { <div><dt>{t.fact_inhabitants}</dt><dd>{it::number(Decimal::from(n), 0)}</dd></div> }
    });
    let related = (!d.related_acts.is_empty()).then(|| {
        let items = d
            .related_acts
            .iter()
            .map(|a| view! { <li>{act(lang, a)}</li> })
            .collect_view();
        view! {
            <details class="sintesi-related">
                <summary>{tx::related_count(lang, d.related_acts.len())}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    view! {
        <section class="sintesi-section" aria-labelledby="sintesi-documento">
            <h2 id="sintesi-documento">{t.heading_document}</h2>
            <dl class="facts">
                <div><dt>{t.fact_municipality}</dt><dd>{municipality}</dd></div>
                <div><dt>{t.fact_document}</dt><dd>{d.title.clone()}</dd></div>
                <div><dt>{t.fact_kind}</dt><dd>{kind_view}</dd></div>
                <div><dt>{t.fact_period}</dt><dd>{period(doc)}</dd></div>
                {reference}
                <div><dt>{t.fact_approval}</dt><dd>{approval}</dd></div>
                {published}
                {inhabitants}
                {source}
            </dl>
            {related}
        </section>
    }
    .into_any()
}

/// An act with its subject.
fn act(lang: Lang, a: &cruscotto_core::Approval) -> String {
    let s = common::approval(lang, a);
    match &a.subject {
        Some(sub) if !sub.trim().is_empty() => format!("{s}: {sub}"),
        _ => s,
    }
}

fn period(doc: &Doc) -> String {
    let p = &doc.plan.document.period;
    if p.start == p.end {
        p.start.to_string()
    } else {
        format!("{}–{}", p.start, p.end)
    }
}

fn lead(doc: &Doc, lang: Lang, bands: &BandCounts) -> String {
    let d = &doc.plan.document;
    let b = |k: usize| bands.counts.get(k).copied().unwrap_or(0);
    let lead_bands = if doc.plan.scoring.bands.is_empty() {
        tx::LeadBands::Default(b(0), b(1), b(2))
    } else {
        tx::LeadBands::Declared(
            doc.plan
                .scoring
                .bands
                .iter()
                .zip(&bands.counts)
                .map(|(band, c)| (band.label.as_str(), *c))
                .collect(),
            bands.below,
        )
    };
    let p = period(doc);
    tx::lead(
        lang,
        &tx::Lead {
            kind: d.kind,
            municipality: &d.municipality.name,
            year: d.reference_year.unwrap_or(d.period.start),
            period: &p,
            overall: doc.analysis.scores.overall.map(it::percent),
            objectives: doc.len(),
            indicators: doc.analysis.scores.indicators.len(),
            scored: bands.scored(),
            unscored: bands.unscored,
            bands: lead_bands,
        },
    )
}

fn overall(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let scores = &doc.analysis.scores;
    let planned = matches!(
        doc.plan.document.kind,
        DocumentKind::Piano | DocumentKind::Piao
    );
    let body = match scores.overall {
        Some(v) => {
            // A single root states the overall result the document publishes.
            let mut roots = doc.roots();
            let published = match (roots.next(), roots.next()) {
                (Some(r), None) => doc.score(r).published,
                _ => None,
            };
            view! {
                <p class="sintesi-overall__label">
                    {t.overall_label_before}
                    <Term key="grado-raggiungimento">{t.overall_label_term}</Term>
                    {t.overall_label_after}
                </p>
                <div class="sintesi-overall__score">{score_view(lang, Some(v), published)}</div>
                <p class="sintesi-overall__how">{t.overall_how}</p>
            }
            .into_any()
        }
        None => view! {
            <p>{if planned { t.overall_none_plan } else { t.overall_none_report }}</p>
        }
        .into_any(),
    };
    view! {
        <section class="sintesi-section sintesi-overall" aria-labelledby="sintesi-complessivo">
            <h2 id="sintesi-complessivo">{t.heading_overall}</h2>
            {body}
        </section>
    }
    .into_any()
}

fn objectives(doc: &Doc, lang: Lang, bands: &BandCounts) -> AnyView {
    let t = tx::t(lang);
    let n = doc.len();
    // By status.
    let mut by_status = vec![0usize; Status::ALL.len()];
    let mut no_status = 0;
    // By level.
    let level_pos: HashMap<&str, usize> = doc
        .plan
        .levels
        .iter()
        .enumerate()
        .map(|(k, l)| (l.id.as_str(), k))
        .collect();
    let mut by_level = vec![0usize; doc.plan.levels.len()];
    let mut other_levels: Vec<(String, usize)> = Vec::new();
    let mut no_level = 0;
    for i in 0..n {
        let o = doc.node(i);
        match o
            .status
            .and_then(|s| Status::ALL.iter().position(|x| *x == s))
        {
            Some(k) => by_status[k] += 1,
            None => no_status += 1,
        }
        match o.level.as_deref() {
            None => no_level += 1,
            Some(l) => match level_pos.get(l) {
                Some(&k) => by_level[k] += 1,
                None => match other_levels.iter_mut().find(|(id, _)| id == l) {
                    Some(e) => e.1 += 1,
                    None => other_levels.push((l.to_string(), 1)),
                },
            },
        }
    }
    let mut status_rows: Vec<(String, usize)> = Status::ALL
        .iter()
        .zip(&by_status)
        .filter(|(_, c)| **c > 0)
        .map(|(s, c)| (common::status(lang, *s).to_string(), *c))
        .collect();
    if no_status > 0 {
        status_rows.push((t.status_none.to_string(), no_status));
    }
    let status_table = count_chart(
        lang,
        "grafico-stato",
        t.caption_status,
        t.col_status,
        status_rows,
        n,
    );

    let level_table = (doc.plan.levels.len() > 1 || !other_levels.is_empty()).then(|| {
        let mut rows: Vec<CountRow> = doc
            .plan
            .levels
            .iter()
            .zip(&by_level)
            .filter(|(_, c)| **c > 0)
            .map(|(l, c)| CountRow {
                label: l.name.clone().into_any(),
                count: *c,
                tone: "",
            })
            .collect();
        rows.extend(other_levels.into_iter().map(|(id, c)| CountRow {
            label: id.into_any(),
            count: c,
            tone: "",
        }));
        if no_level > 0 {
            rows.push(CountRow {
                label: t.level_none.into_any(),
                count: no_level,
                tone: "",
            });
        }
        count_table(lang, t.caption_levels, t.col_level, rows, n, "")
    });

    let band_table = (bands.scored() > 0).then(|| {
        let declared = !doc.plan.scoring.bands.is_empty();
        let defaults = [
            (t.band_reached, "good"),
            (t.band_partly, "warn"),
            (t.band_not, "bad"),
        ];
        let mut rows: Vec<CountRow> = bands
            .counts
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let (name, tone) = if declared {
                    let band = &doc.plan.scoring.bands[k];
                    (format!("{} (≥ {})", band.label, it::percent(band.min)), "")
                } else {
                    (defaults[k].0.to_string(), defaults[k].1)
                };
                CountRow {
                    label: name.into_any(),
                    count: *c,
                    tone,
                }
            })
            .collect();
        if bands.below > 0 {
            rows.push(CountRow {
                label: t.band_below.into_any(),
                count: bands.below,
                tone: "bad",
            });
        }
        rows.push(CountRow {
            label: t.band_unscored.into_any(),
            count: bands.unscored,
            tone: "",
        });
        view! {
            <div>
                {count_table(lang, t.caption_bands, t.col_band, rows, bands.total, "")}
                <p class="sintesi-note">{t.bands_note}</p>
            </div>
        }
    });

    view! {
        <section class="sintesi-section" aria-labelledby="sintesi-obiettivi">
            <h2 id="sintesi-obiettivi">{t.heading_objectives}</h2>
            <div class="sintesi-grid">
                {band_table}
                {distribution_chart(doc, lang)}
                {status_table}
                {level_table}
            </div>
        </section>
    }
    .into_any()
}

/// One row of a grouping: a unit or a missione, its objectives and score.
struct GroupRow {
    label: String,
    href: Option<String>,
    sub: bool,
    members: usize,
    score: Option<Dec>,
}

/// A grouping as a chart: the score as a bar (or, for a plan without
/// results, the number of objectives), both in its table.
fn group_chart(
    lang: Lang,
    id: &'static str,
    caption: &'static str,
    first_col: &'static str,
    rows: Vec<GroupRow>,
    with_scores: bool,
) -> AnyView {
    let t = tx::t(lang);
    let most = rows.iter().map(|r| r.members).max().unwrap_or(0).max(1);
    let (columns, series, max) = if with_scores {
        // Scores beyond 100 % draw a full bar; the number says the rest.
        (
            vec![t.col_objectives.to_string()],
            t.col_score,
            Dec(Decimal::ONE_HUNDRED),
        )
    } else {
        (Vec::new(), t.col_objectives, Dec(Decimal::from(most)))
    };
    let rows = rows
        .into_iter()
        .map(|r| ChartRow {
            label: r.label,
            href: r.href,
            sub: r.sub,
            cells: if with_scores {
                vec![r.members.to_string()]
            } else {
                Vec::new()
            },
            values: vec![if with_scores {
                r.score.map(|s| (s, it::percent(s)))
            } else {
                Some((Dec(Decimal::from(r.members)), r.members.to_string()))
            }],
        })
        .collect();
    view! {
        <Chart id=id.to_string() caption=caption.to_string() head=first_col.to_string()
            columns=columns series=vec![Series { name: series.to_string() }]
            rows=rows max=max lang=lang />
    }
    .into_any()
}

fn units(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let groups: HashMap<&str, &GroupScore> = doc
        .analysis
        .scores
        .by(Dimension::Unit)
        .map(|g| (g.key.as_str(), g))
        .collect();
    if groups.is_empty() {
        return None;
    }
    // The top-level units; when there is a single one (the whole ente), its
    // direct sub-units too, so the table says something.
    let roots = doc.units.iter().filter(|u| u.depth == 0).count();
    let max_depth = if roots == 1 { 1 } else { 0 };
    let rows: Vec<GroupRow> = doc
        .units
        .iter()
        .filter(|u| u.depth <= max_depth)
        .map(|u| {
            let unit = doc.unit(u.index);
            let g = groups.get(unit.id.as_str());
            GroupRow {
                label: unit.name.clone(),
                href: Some(Route::Ufficio(unit.id.clone()).href()),
                sub: u.depth > 0,
                members: g.map_or(0, |g| g.members.len()),
                score: g.and_then(|g| g.score),
            }
        })
        .collect();
    let with_scores = rows.iter().any(|r| r.score.is_some());
    let caption = if with_scores {
        t.caption_units_scores
    } else {
        t.caption_units_counts
    };
    Some(
        view! {
            <section class="sintesi-section" aria-labelledby="sintesi-uffici">
                <h2 id="sintesi-uffici">{t.heading_units}</h2>
                {group_chart(lang, "grafico-uffici", caption, t.col_unit, rows, with_scores)}
                <p class="sintesi-note">{t.units_note}</p>
            </section>
        }
        .into_any(),
    )
}

fn missions(doc: &Doc, lang: Lang) -> Option<AnyView> {
    let t = tx::t(lang);
    let rows: Vec<GroupRow> = doc
        .analysis
        .scores
        .by(Dimension::Mission)
        .map(|g| GroupRow {
            label: tx::mission(lang, &g.key),
            href: None,
            sub: false,
            members: g.members.len(),
            score: g.score,
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let with_scores = rows.iter().any(|r| r.score.is_some());
    let caption = if with_scores {
        t.caption_missions_scores
    } else {
        t.caption_missions_counts
    };
    Some(
        view! {
            <section class="sintesi-section" aria-labelledby="sintesi-missioni">
                <h2 id="sintesi-missioni">{t.heading_missions}</h2>
                <p>{t.missions_before}<Term key="missione">{t.missions_term}</Term>{t.missions_after}</p>
                {group_chart(lang, "grafico-missioni", caption, t.col_mission, rows, with_scores)}
            </section>
        }
        .into_any(),
    )
}

/// A money column heading with its glossary link.
fn column_head(lang: Lang, c: MoneyColumn) -> AnyView {
    let (name, key) = tx::column(lang, c);
    view! { <th scope="col" class="num"><Term key=key>{name}</Term></th> }.into_any()
}

fn money(doc: &Doc, lang: Lang) -> Option<AnyView> {
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

fn costs(doc: &Doc, lang: Lang) -> Option<AnyView> {
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

fn checks(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let errors = doc.count(Severity::Error);
    let warnings = doc.count(Severity::Warning);
    let all = doc.analysis.diagnostics.len();
    let list = (errors + warnings > 0).then(|| {
        let items = doc
            .analysis
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Info)
            .take(MAIN_FINDINGS)
            .map(|d| {
                let place = match doc.node_of_path(&d.path) {
                    Some(i) => {
                        let href = doc.node_href(i);
                        Some(view! { " (" {t.checks_objective} " " <a href=href>{doc.node_label(i)}</a> ")" }.into_any())
                    }
                    None if d.path.starts_with("$.money") => Some(
                        view! { " (" <a href=Route::Risorse.href()>{t.checks_money}</a> ")" }.into_any(),
                    ),
                    None => None,
                };
                view! {
                    <li>
                        <span class=severity_class(d.severity)>{d.code()}</span>
                        " " {d.message(lang)} {place}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{t.checks_first}</p>
            <ul class="sintesi-findings">{items}</ul>
        }
    });
    let summary = if errors + warnings == 0 {
        t.checks_none.to_string()
    } else {
        tx::checks_found(lang, errors, warnings)
    };
    view! {
        <section class="sintesi-section" aria-labelledby="sintesi-verifiche">
            <h2 id="sintesi-verifiche">{t.heading_checks}</h2>
            <p>{summary}</p>
            {list}
            <p><a href=Route::Verifiche.href()>{tx::checks_all(lang, all)}</a></p>
        </section>
    }
    .into_any()
}

fn method(doc: &Doc, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let declared = match doc.plan.scoring.description.as_deref() {
        Some(d) if !d.trim().is_empty() => d
            .split("\n\n")
            .map(|p| view! { <p>{p.trim().to_string()}</p> })
            .collect_view()
            .into_any(),
        _ => view! { <p>{t.method_none}</p> }.into_any(),
    };
    let applied = tx::method(lang, &doc.plan.scoring)
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    view! {
        <details class="sintesi-method">
            <summary>{t.heading_method}</summary>
            <div class="sintesi-method__body">
                <h3>{t.method_declared}</h3>
                {declared}
                <h3>{t.method_applied}</h3>
                <ul>{applied}</ul>
            </div>
        </details>
    }
    .into_any()
}

/// The overview page.
#[component]
pub fn SintesiPage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let bands = band_counts(&doc);
    move || {
        let lang = ctx.lang.get();
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_sintesi}</h1>
            <p class="lead sintesi-lead">{lead(&doc, lang, &bands)}</p>
            <p class="sintesi-confronta"><a href=Route::Confronta(Wanted::Nothing).href()>{text::confronta::t(lang).link}</a></p>
            {overall(&doc, lang)}
            {facts(&doc, lang)}
            {objectives(&doc, lang, &bands)}
            {units(&doc, lang)}
            {missions(&doc, lang)}
            {money(&doc, lang)}
            {checks(&doc, lang)}
            {method(&doc, lang)}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Source;

    fn doc(bytes: &[u8]) -> Doc {
        let plan = cruscotto_core::parse_plan(bytes).unwrap();
        let analysis = cruscotto_core::analyse(&plan);
        Doc::new(plan, analysis, Source::Demo("test".into()), bytes.len())
    }

    #[test]
    fn lucca_bands_and_sentence() {
        let d = doc(include_bytes!(
            "../../public/plans/lucca-2021-relazione.json"
        ));
        let b = band_counts(&d);
        let counts = b.counts.clone();
        assert_eq!(counts, [127, 5, 0]);
        assert_eq!((b.below, b.unscored, b.total), (0, 0, 132));
        assert_eq!(
            lead(&d, Lang::It, &b),
            "Nel 2021 il Comune di Lucca ha raggiunto in media il 99,32 % dei suoi obiettivi. \
             Su 132 obiettivi con un risultato: 127 raggiunti pienamente e 5 in parte."
        );
    }

    #[test]
    fn plan_sentence() {
        let d = doc(include_bytes!(
            "../../public/plans/monsummano-terme-2024-piao.json"
        ));
        let b = band_counts(&d);
        assert_eq!(b.scored(), 0);
        assert_eq!(
            lead(&d, Lang::It, &b),
            "Per gli anni 2024–2026 il Comune di Monsummano Terme ha fissato 126 obiettivi, \
             da misurare con 64 indicatori. I risultati si conosceranno con la relazione sulla performance."
        );
    }

    #[test]
    fn declared_bands() {
        let mut d = doc(include_bytes!(
            "../../public/plans/lucca-2021-relazione.json"
        ));
        d.plan.scoring.bands = vec![
            cruscotto_core::Band {
                min: Dec::parse("100").unwrap(),
                label: "raggiunto".into(),
            },
            cruscotto_core::Band {
                min: Dec::parse("90").unwrap(),
                label: "quasi".into(),
            },
        ];
        let b = band_counts(&d);
        let counts = b.counts.clone();
        // Three at 95 %; 75 % and 50 % fall below the lowest band.
        assert_eq!(counts, [127, 3]);
        assert_eq!(b.below, 2);
        assert!(lead(&d, Lang::It, &b)
            .ends_with("127 «raggiunto», 3 «quasi» e 2 sotto l'ultima fascia."));
    }
}
