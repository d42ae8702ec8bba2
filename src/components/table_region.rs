//! A table's scrolling region (focusable, named) with its downloads: what
//! the table shows — sorted and filtered as it is on the page — as CSV for
//! Italian Excel and as JSON (`cruscotto_kit::table`, written in the page
//! by the full build: the first load draws no downloads, only the button
//! that loads the full build).

use cruscotto_kit::table::{self, TableText};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::load;
use crate::state::Ctx;
use crate::text::tools as tx;

/// The text of a node, without what is hidden from everyone
/// (`aria-hidden`: icons, bars), with spaces collapsed.
fn text_of(node: &web_sys::Node) -> String {
    fn walk(node: &web_sys::Node, out: &mut String) {
        if let Some(el) = node.dyn_ref::<web_sys::Element>() {
            if el.get_attribute("aria-hidden").as_deref() == Some("true") {
                return;
            }
        } else if node.node_type() == web_sys::Node::TEXT_NODE {
            out.push_str(&node.text_content().unwrap_or_default());
            return;
        }
        let children = node.child_nodes();
        for i in 0..children.length() {
            if let Some(c) = children.item(i) {
                walk(&c, out);
                out.push(' ');
            }
        }
    }
    let mut out = String::new();
    walk(node, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The cells of the rows `selector` picks in `table`.
fn rows(table: &web_sys::Element, selector: &str) -> Vec<Vec<(String, bool)>> {
    let Ok(list) = table.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|tr| {
            let cells = tr.children();
            (0..cells.length())
                .filter_map(|i| cells.item(i))
                .map(|c| (text_of(&c), c.tag_name().eq_ignore_ascii_case("th")))
                .collect()
        })
        .collect()
}

/// What the table in `region` shows.
fn read(region: &web_sys::Element) -> Option<TableText> {
    let table = region.query_selector("table").ok()??;
    let caption = table
        .query_selector("caption")
        .ok()
        .flatten()
        .map(|c| text_of(&c))
        .unwrap_or_default();
    let head = rows(&table, ":scope > thead > tr")
        .pop()
        .unwrap_or_default()
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    let body = rows(&table, ":scope > tbody > tr, :scope > tfoot > tr");
    Some(TableText {
        caption,
        head,
        rows: body,
    })
}

/// The downloads of a table or list: `read` gives what to save (`None`:
/// nothing to save now), `label` names it for screen readers.
#[component]
pub fn Downloads(
    /// What is downloaded, for the buttons' accessible names.
    #[prop(into)]
    label: String,
    /// The table to save.
    read: Callback<(), Option<TableText>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let save = move |csv: bool| {
        let Some(table) = read.run(()) else { return };
        let (who, year) = ctx.ready().map_or((String::new(), None), |d| {
            let doc = &d.plan.document;
            (
                doc.municipality.name.clone(),
                doc.reference_year.or(Some(doc.period.start)),
            )
        });
        let (ext, mime, bytes) = if csv {
            ("csv", "text/csv;charset=utf-8", table::csv(&table))
        } else {
            ("json", "application/json", table::json(&table).into_bytes())
        };
        load::download(
            &table::file_name(&who, year, &table.caption, ext),
            mime,
            &bytes,
        );
    };
    view! {
        <p class="table-export">
            {move || {
                let t = tx::t(ctx.lang.get());
                let named = label.clone();
                view! {
                    <span aria-hidden="true">{t.download} " "</span>
                    <button type="button" class="link-button" aria-label=format!("{} «{}» {}", t.download, named, "CSV")
                        on:click=move |_| save(true)>"CSV"</button>
                    " · "
                    <button type="button" class="link-button" aria-label=format!("{} «{}» {}", t.download, named, "JSON")
                        on:click=move |_| save(false)>"JSON"</button>
                }
            }}
        </p>
    }
}

/// Provided by a view whose tables are drawn as static markup, without
/// downloads (the whole document: its thousands of tables keep no state).
#[derive(Clone, Copy)]
pub struct StaticTables;

/// The region around a table, and its downloads (what the table shows).
#[component]
pub fn TableRegion(
    /// The region's accessible name (the table's caption, usually).
    #[prop(into)]
    label: String,
    /// Extra classes of the region.
    #[prop(default = "")]
    class: &'static str,
    /// No downloads (a table whose cells span several rows does not read
    /// back as rows of a file).
    #[prop(optional)]
    no_downloads: bool,
    children: Children,
) -> impl IntoView {
    if no_downloads || use_context::<StaticTables>().is_some() {
        return view! {
            <div class=format!("table-responsive {class}") tabindex="0" role="region" aria-label=label>
                {children()}
            </div>
        }
        .into_any();
    }
    let region = NodeRef::<leptos::html::Div>::new();
    let downloads = use_context::<TableDownloads>().map(|d| (d.0)(label.clone(), region));
    view! {
        <div class=format!("table-responsive {class}") tabindex="0" role="region" aria-label=label node_ref=region>
            {children()}
        </div>
        {downloads}
    }
    .into_any()
}

/// How a build draws a table's downloads (the app provides it): the full
/// build's [`table_downloads`]; the first load's [`downloads_later`], the
/// same buttons, which load the full build (the reader then downloads from
/// the same table), so that reading the table back and writing files are
/// not in the first load.
#[derive(Clone, Copy)]
pub struct TableDownloads(pub fn(String, NodeRef<leptos::html::Div>) -> AnyView);

/// The downloads of the table in `region`.
pub fn table_downloads(label: String, region: NodeRef<leptos::html::Div>) -> AnyView {
    let read = Callback::new(move |_| region.get_untracked().and_then(|div| read(&div)));
    view! { <Downloads label=label read=read /> }.into_any()
}

/// The first load's downloads: one button that loads the full build, which
/// draws the page again with the CSV and JSON buttons of
/// [`table_downloads`].
pub fn downloads_later(label: String, _region: NodeRef<leptos::html::Div>) -> AnyView {
    let ctx = Ctx::get();
    let failed = RwSignal::new(false);
    let load = move |_| {
        leptos::task::spawn_local(async move {
            // On success this app is gone: nothing of it may be touched.
            if load::start_full().await.is_err() {
                failed.try_set(true);
            }
        });
    };
    let problem = move || {
        failed.get().then(|| {
            view! { <span class="table-export__error" role="alert">" " {load::LoadError::Full.message(ctx.lang.get())}</span> }
        })
    };
    view! {
        <p class="table-export">
            <button type="button" class="link-button" on:click=load
                aria-label=move || format!("{} «{label}» (CSV, JSON)", tx::t(ctx.lang.get()).download)>
                {move || tx::t(ctx.lang.get()).download_later}
            </button>
            {problem}
        </p>
    }
    .into_any()
}

/// A table of data as every view draws it: in its focusable region (named
/// by the caption unless `label` says otherwise), with its caption, its head
/// row, its body (the children: rows, or row groups), its foot and its
/// downloads.
#[component]
pub fn DataTable(
    /// The caption.
    #[prop(into)]
    caption: String,
    /// The region's accessible name, when it is not the caption.
    #[prop(optional, into)]
    label: Option<String>,
    /// Classes of the table besides `data-table`.
    #[prop(default = "")]
    class: &'static str,
    /// Extra classes of the region.
    #[prop(default = "")]
    region_class: &'static str,
    /// More of the caption, after its text (how the table is sorted).
    #[prop(optional)]
    caption_more: Option<AnyView>,
    /// The table's `data-tabella` (which of the document's tables it shows).
    #[prop(optional, into)]
    data_tabella: Option<String>,
    /// The cells of the head row.
    head: AnyView,
    /// The children are row groups (`<tbody>` elements), not rows.
    #[prop(optional)]
    row_groups: bool,
    /// The rows of the foot (`<tfoot>`), if any.
    #[prop(optional)]
    foot: Option<AnyView>,
    /// No downloads (see [`TableRegion`]).
    #[prop(optional)]
    no_downloads: bool,
    children: Children,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| caption.clone());
    let body = if row_groups {
        children()
    } else {
        view! { <tbody>{children()}</tbody> }.into_any()
    };
    view! {
        <TableRegion label=label class=region_class no_downloads=no_downloads>
            <table class=format!("data-table {class}").trim_end().to_string() data-tabella=data_tabella>
                <caption>{caption}{caption_more}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                {body}
                {foot.map(|f| view! { <tfoot>{f}</tfoot> })}
            </table>
        </TableRegion>
    }
}
