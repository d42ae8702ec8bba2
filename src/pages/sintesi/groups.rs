//! Results by office and by missione.

use super::*;

/// One row of a grouping: a unit or a missione, its objectives and score.
pub(super) struct GroupRow {
    label: String,
    href: Option<String>,
    sub: bool,
    members: usize,
    score: Option<Dec>,
}

/// A grouping as a chart: the score as a bar (or, for a plan without
/// results, the number of objectives), both in its table.
pub(super) fn group_chart(
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

pub(super) fn units(doc: &Doc, lang: Lang) -> Option<AnyView> {
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

pub(super) fn missions(doc: &Doc, lang: Lang) -> Option<AnyView> {
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
