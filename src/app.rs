//! The page: a header, the list of demo documents, and the summary of the
//! chosen one (or `?src=URL`). State lives here; loading is [`crate::load`],
//! the numbers come from [`cruscotto_core`].

use cruscotto_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::error_panel::ErrorPanel;
use crate::components::plan_list::PlanList;
use crate::components::plan_summary::{PlanSummary, Summary};
use crate::load;
use crate::text;

/// The language of every message (English will be a choice later).
const LANG: Lang = Lang::It;

/// What the main panel shows.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    /// Nothing chosen yet.
    Nothing,
    /// Fetching and reading the document at `src`.
    Loading { src: String },
    /// The document's summary.
    Ready(Summary),
    /// The document at `src` could not be shown.
    Failed { src: String, message: String },
}

impl Shown {
    fn src(&self) -> Option<String> {
        match self {
            Shown::Nothing => None,
            Shown::Loading { src } | Shown::Failed { src, .. } => Some(src.clone()),
            Shown::Ready(summary) => Some(summary.src.clone()),
        }
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let index = LocalResource::new(|| load::load_index(load::INDEX_URL));
    let shown = RwSignal::new(Shown::Nothing);
    // Only the latest request may update the panel: a slow earlier one is dropped.
    let latest = StoredValue::new(0_u64);

    let open = Callback::new(move |src: String| {
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        shown.set(Shown::Loading { src: src.clone() });
        spawn_local(async move {
            let outcome = match load::load_plan(&src).await {
                Ok(plan) => {
                    let analysis = cruscotto_core::analyse(&plan);
                    Shown::Ready(Summary::new(&plan, &analysis, &src))
                }
                Err(e) => Shown::Failed {
                    message: e.message(LANG),
                    src,
                },
            };
            if latest.get_value() == ticket {
                shown.set(outcome);
            }
        });
    });
    if let Some(src) = load::src_param() {
        open.run(src);
    }
    let selected = Signal::derive(move || shown.with(Shown::src));

    let list = move || match index.get() {
        None => view! { <p class="status" role="status">{text::LIST_LOADING}</p> }.into_any(),
        Some(Ok(entries)) => {
            view! { <PlanList entries=entries selected=selected on_choose=open /> }.into_any()
        }
        Some(Err(e)) => {
            view! { <ErrorPanel heading=text::ERROR_INDEX_HEADING message=e.message(LANG) /> }
                .into_any()
        }
    };
    let panel = move || match shown.get() {
        Shown::Nothing => view! { <p class="hint">{text::SUMMARY_HINT}</p> }.into_any(),
        Shown::Loading { .. } => view! { <p class="status">{text::SUMMARY_LOADING}</p> }.into_any(),
        Shown::Ready(summary) => view! { <PlanSummary summary=summary /> }.into_any(),
        Shown::Failed { src, message } => {
            view! { <ErrorPanel heading=text::ERROR_HEADING message=message src=src /> }.into_any()
        }
    };

    view! {
        <a class="skip-link" href="#contenuto">{text::APP_SKIP_LINK}</a>
        <header class="site-header">
            <div class="container">
                <h1 class="site-header__title">{text::APP_TITLE}</h1>
                <p class="site-header__tagline">{text::APP_TAGLINE}</p>
            </div>
        </header>
        <main id="contenuto" class="container layout" tabindex="-1">
            <section class="layout__list" aria-labelledby="elenco-titolo">
                <h2 id="elenco-titolo" class="section-title">{text::LIST_HEADING}</h2>
                {list}
            </section>
            <section class="layout__panel" aria-live="polite">
                {panel}
            </section>
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{text::APP_FOOTER_NOTE}</p>
                <p>
                    <a href="schema/v1.json">{text::APP_FOOTER_SCHEMA}</a>
                </p>
            </div>
        </footer>
    }
}
