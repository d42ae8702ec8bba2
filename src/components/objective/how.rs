//! "Come è calcolato": the core's explanation of a score
//! ([`cruscotto_core::explain::Explanation`]) drawn as paragraphs, the
//! formula and the table of terms, each term linked to its objective.

use cruscotto_core::explain::TermLabel;
use cruscotto_core::{it, Lang};
use leptos::prelude::*;

use crate::components::heading::Heading;
use crate::components::table_region::DataTable;
use crate::components::term::Term;
use crate::state::Doc;
use crate::text::{self, obiettivi as tx};

/// What a term is: a name, or a link to its objective.
fn label(doc: &Doc, l: &TermLabel) -> AnyView {
    match l {
        TermLabel::Indicator { name, of: None } => view! { <span>{name.clone()}</span> }.into_any(),
        TermLabel::Indicator {
            name,
            of: Some((n, title)),
        } => view! {
            <span>{name.clone()}</span> " (" <a href=doc.node_href(*n)>{title.clone()}</a> ")"
        }
        .into_any(),
        TermLabel::Objective(n, title) => {
            view! { <a href=doc.node_href(*n)>{title.clone()}</a> }.into_any()
        }
        TermLabel::OwnIndicators(s) => view! { <span>{*s}</span> }.into_any(),
    }
}

/// "Come è calcolato".
pub(super) fn how_section(doc: &Doc, i: usize, lang: Lang, sub: u8) -> impl IntoView {
    let t = tx::t(lang);
    let none = text::t(lang).none;
    let e = doc.explain(i, lang);
    let weighted = e.weighted;
    let table = (!e.terms.is_empty()).then(|| {
        let rows = e
            .terms
            .iter()
            .map(|term| {
                view! {
                    <tr>
                        <th scope="row">{label(doc, &term.label)}</th>
                        <td>{term.how.clone()}</td>
                        <td class="num">{it::percent(term.value)}</td>
                        {weighted.then(|| view! { <td class="num">{term.weight.map_or_else(|| none.to_string(), it::plain)}</td> })}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable caption=t.how_parts_caption class="how__table" head=view! {
                    <th scope="col">{t.col_part}</th>
                    <th scope="col">{t.col_how}</th>
                    <th scope="col" class="num">{t.col_value}</th>
                    {weighted.then(|| view! { <th scope="col" class="num"><Term key="peso">{t.col_weight}</Term></th> })}
                }.into_any()>
                {rows}
            </DataTable>
        }
    });
    let not_counted = (!e.not_counted.is_empty()).then(|| {
        view! {
            <ul class="how__excluded">
                {e.not_counted.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <section class="objective__section how">
            <Heading level=sub>{t.how}</Heading>
            {e.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            {e.formula.clone().map(|f| view! { <p class="how__formula">{f}</p> })}
            {e.fallback.clone().map(|f| view! { <p>{f}</p> })}
            {table}
            {not_counted}
            {e.rounding.map(|r| view! { <p class="how__note">{r}</p> })}
            {e.verdict.clone().map(|(v, differs)| view! {
                <p class="how__verdict" class:how__verdict--differs=differs>{v}</p>
            })}
        </section>
    }
}
