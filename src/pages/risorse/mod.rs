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

use crate::components::table_region::DataTable;

use crate::components::bar::Bar;
use crate::components::chart::{Chart, ChartRow, Series};
use crate::components::term::Term;
use crate::route::Route;
use crate::state::{Ctx, Doc};
use crate::text::{self, risorse};

mod budget;
mod costs;

use budget::*;
use costs::*;

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
