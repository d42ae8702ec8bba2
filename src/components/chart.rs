//! A horizontal bar chart in SVG, readable on a phone (labels are HTML and
//! wrap), with a focusable mark per value (its accessible name says the row,
//! the series and the value) and the same data as a table one click away.
//! Two series at most, told apart by colour (blue and orange, safe for the
//! common colour blindnesses), by the legend and by their order in each row.

use cruscotto_core::{Dec, Lang};
use leptos::prelude::*;

use crate::components::table_region::DataTable;

use crate::components::bar::width;
use crate::text::chart as tx;

/// A series of values (one per row).
#[derive(Clone, Debug)]
pub struct Series {
    /// Its name, in the legend and the table's heading.
    pub name: String,
}

/// One row: a label (linked, if it has a page), and one value per series,
/// with the text that shows it (`92,53 %`, `1.234,56 €`).
#[derive(Clone, Debug, Default)]
pub struct ChartRow {
    /// The row's label.
    pub label: String,
    /// Its page, if it has one.
    pub href: Option<String>,
    /// A part of the row above (a sub-unit): indented.
    pub sub: bool,
    /// Texts of the table's extra columns (see `columns`), before the values.
    pub cells: Vec<String>,
    /// One value per series (`None`: no value).
    pub values: Vec<Option<(Dec, String)>>,
}

/// The chart.
#[component]
pub fn Chart(
    /// Prefix of the ids inside the chart.
    id: String,
    /// The chart's title (its caption, and the table's).
    caption: String,
    /// The heading of the table's first column.
    head: String,
    /// Headings of extra columns of the table (e.g. a count), before the series.
    #[prop(default = Vec::new())]
    columns: Vec<String>,
    /// The series (one or two).
    series: Vec<Series>,
    /// The rows.
    rows: Vec<ChartRow>,
    /// The value a full bar stands for.
    max: Dec,
    /// The language.
    lang: Lang,
) -> impl IntoView {
    let t = tx::t(lang);
    let caption_id = format!("{id}-titolo");
    let legend = (series.len() > 1).then(|| {
        let items = series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                view! {
                    <li>
                        <svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                            <rect class=format!("chart__fill chart__fill--{i}") width="10" height="10"></rect>
                        </svg>
                        " " {s.name.clone()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chart__legend" aria-label=t.legend>{items}</ul> }
    });
    let marks = rows
        .iter()
        .map(|r| {
            let label = match &r.href {
                Some(h) => view! { <a href=h.clone()>{r.label.clone()}</a> }.into_any(),
                None => view! { <span>{r.label.clone()}</span> }.into_any(),
            };
            let bars = r
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let (w, text) = match v {
                        Some((d, text)) => (width(*d, max), text.clone()),
                        None => ("0".to_string(), t.no_value.to_string()),
                    };
                    let name = match series.get(i) {
                        Some(s) if series.len() > 1 => format!("{}, {}: {text}", r.label, s.name),
                        _ => format!("{}: {text}", r.label),
                    };
                    view! {
                        <span class="chart__mark">
                            <svg class="chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                                role="img" tabindex="0" aria-label=name>
                                <rect class="chart__track" x="0" y="0" width="100" height="10"></rect>
                                <rect class=format!("chart__fill chart__fill--{i}") x="0" y="0" width=w height="10"></rect>
                            </svg>
                            <span class="chart__value" aria-hidden="true">{text}</span>
                        </span>
                    }
                })
                .collect_view();
            view! {
                <li class="chart__row" class:chart__row--sub=r.sub>
                    <span class="chart__label">{label}</span>
                    <span class="chart__marks">{bars}</span>
                </li>
            }
        })
        .collect_view();
    let heads = columns
        .iter()
        .chain(series.iter().map(|s| &s.name))
        .map(|h| view! { <th scope="col" class="num">{h.clone()}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            let cells = r
                .cells
                .into_iter()
                .chain(
                    r.values
                        .into_iter()
                        .map(|v| v.map_or_else(|| t.no_value.to_string(), |(_, text)| text)),
                )
                .map(|text| view! { <td class="num">{text}</td> })
                .collect_view();
            let label = match r.href {
                Some(h) => view! { <a href=h>{r.label}</a> }.into_any(),
                None => r.label.into_any(),
            };
            view! { <tr class:chart__row--sub=r.sub><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view();
    let labelled_by = caption_id.clone();
    let region = caption.clone();
    let title = caption.clone();
    view! {
        <figure class="chart" id=id aria-labelledby=labelled_by>
            <figcaption class="chart__title" id=caption_id>{title}</figcaption>
            {legend}
            <ul class="chart__rows">{marks}</ul>
            <details class="chart__data">
                <summary>{t.show_table}</summary>
                <DataTable caption=caption label=region class="chart__table" head=view! {
                        <th scope="col">{head}</th>{heads}
                    }.into_any()>
                    {body}
                </DataTable>
            </details>
        </figure>
    }
}
