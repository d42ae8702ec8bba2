//! The objectives of the overview: by status, by result (the bands and the
//! distribution of results), as tables and charts of counts.

use super::*;

/// Sorts the objectives assessed directly (those without sub-objectives)
/// into the plan's achievement bands, or into the default ones.
pub fn band_counts(doc: &Doc) -> BandCounts {
    cruscotto_core::score::band_counts(&doc.analysis.scores, &doc.plan.scoring.bands)
}

/// `n` of `total` in percent, as text.
pub(super) fn share(n: usize, total: usize) -> Option<Dec> {
    percent_of(Decimal::from(n), Decimal::from(total)).map(Dec)
}

/// One row of a count table: the label, the count and the bar's tone.
pub(super) struct CountRow {
    label: AnyView,
    count: usize,
    tone: &'static str,
}

/// A table of counts with the share of each row as text and as a bar.
pub(super) fn count_table(
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
pub(super) fn count_chart(
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
pub(super) const BINS: [u32; 4] = cruscotto_core::history::DISTRIBUTION_LIMITS;

/// The distribution of results as a chart.
pub(super) fn distribution_chart(doc: &Doc, lang: Lang) -> Option<AnyView> {
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

pub(super) fn objectives(doc: &Doc, lang: Lang, bands: &BandCounts) -> AnyView {
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
