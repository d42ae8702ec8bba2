//! The app's root: its context (language, route, document), the start-up
//! settings (address, host page), the colours, the address followed, title
//! and focus after a navigation, and which page the main part shows — for
//! the views this build carries ([`Views`]). Opening documents is
//! `open.rs`'s; the frame around the pages is `frame.rs`'s.

use std::sync::Arc;

use cruscotto_core::Lang;
use leptos::prelude::*;

use crate::components::error_panel::ErrorPanel;
use crate::components::page_tools::PageTools;
use crate::components::table_region::{self, TableDownloads};
use crate::embed::{StartConfig, Theme};
use crate::frame::{loading, ErrorsBanner, Footer, FullLoader, Header, ImportBanner, MainPart};
use crate::load;
use crate::open::Opener;
use crate::pages;
use crate::ready::Ready;
use crate::route::{self, Route};
use crate::state::{Ctx, Doc, DocState};
use crate::text;

/// What the main area shows. It is drawn again only when this changes: the
/// chooser stays the same (its file input, its drop zone) while a document
/// loads or replaces another behind it.
#[derive(Clone)]
enum Shown {
    Chooser,
    Loading(String),
    Failed(String, Vec<String>),
    Page(Route, Arc<Doc>),
}

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Shown::Chooser, Shown::Chooser) => true,
            (Shown::Loading(a), Shown::Loading(b)) => a == b,
            (Shown::Failed(a, p), Shown::Failed(b, q)) => a == b && p == q,
            // The comparison stays the same page when its second document
            // changes: it loads the new one itself.
            (Shown::Page(r, d), Shown::Page(s, e)) => {
                (r == s || matches!((r, s), (Route::Confronta(_), Route::Confronta(_))))
                    && Arc::ptr_eq(d, e)
            }
            _ => false,
        }
    }
}

fn param<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The address first, then the host page's setting, then the stored
/// preference, then Italian.
fn initial_lang(params: &[(String, String)], config: &StartConfig) -> Lang {
    param(params, "lang")
        .and_then(Lang::from_code)
        .or_else(|| config.lingua.as_deref().and_then(Lang::from_code))
        .or_else(load::stored_lang)
        .unwrap_or(Lang::It)
}

/// The view the address names, else the host page's `data-vista`.
fn initial_route(config: &StartConfig) -> Route {
    let hash = load::current_hash();
    match &config.vista {
        Some(v) if !hash.starts_with("#/") => Route::parse(&format!("#/{v}")),
        _ => Route::parse(&hash),
    }
}

/// The views a build carries: the page of a route, or `None` for a view
/// only the full build has (the first build then hands over to it).
#[derive(Clone, Copy)]
pub struct Views {
    /// Whether this build draws the page of a route.
    carries: fn(&Route) -> bool,
    render: fn(Route, Arc<Doc>) -> Option<AnyView>,
    /// The document chooser (no document, or `#/documenti`).
    chooser: fn() -> Option<AnyView>,
    /// How tables draw their downloads.
    downloads: TableDownloads,
    /// How a plan is fetched and shown (the full build's checks it
    /// against the folder's catalogue: the archive).
    open_url: crate::open::OpenUrl,
    /// Above the page of a plan converted from a spreadsheet, its download
    /// and problems (only the full build opens spreadsheets: the chooser is
    /// its own).
    import_banner: fn() -> Option<AnyView>,
}

impl Views {
    /// The first load: the overview.
    pub const FIRST: Views = Views {
        carries: pages::first_carries,
        render: pages::render_first,
        chooser: || None,
        downloads: TableDownloads(table_region::downloads_later),
        open_url: Opener::open_url,
        import_banner: || None,
    };
    /// Every view.
    pub const ALL: Views = Views {
        carries: |_| true,
        render: pages::render_all,
        chooser: pages::chooser,
        downloads: TableDownloads(table_region::table_downloads),
        open_url: crate::archive::open_url,
        import_banner: || Some(view! { <ImportBanner /> }.into_any()),
    };
}

/// The whole app, started with the host page's settings (all optional).
/// `taken_over`: the full build, started by the first one.
#[component]
pub fn App(config: StartConfig, taken_over: bool, views: Views) -> impl IntoView {
    let params = load::query_params();
    let ctx = Ctx {
        lang: RwSignal::new(initial_lang(&params, &config)),
        route: RwSignal::new(initial_route(&config)),
        doc: RwSignal::new(DocState::Empty),
    };
    provide_context(ctx);
    let ready = Ready::new();
    provide_context(ready);
    provide_context(views.downloads);
    let fallback = route::wanted(&[
        ("src".to_string(), config.src.clone().unwrap_or_default()),
        (
            "piano".to_string(),
            config.piano.clone().unwrap_or_default(),
        ),
    ]);
    let opener = Opener::new(ctx, fallback, views.open_url);
    provide_context(opener);
    opener.open_first(taken_over);

    // Colours: the address, else the host page, else the reader's system.
    let theme = param(&params, "tema")
        .and_then(Theme::from_code)
        .or_else(|| config.tema.as_deref().and_then(Theme::from_code))
        .unwrap_or_default();
    let system_dark = RwSignal::new(load::prefers_dark());
    if theme == Theme::Auto {
        load::on_prefers_dark_change(move |dark| system_dark.set(dark));
    }
    let root_class = move || {
        if theme.is_dark(system_dark.get()) {
            "cruscotto scuro"
        } else {
            "cruscotto"
        }
    };
    let embedded = load::embedded();

    // A click on a `#/…` link fires both `popstate` and `hashchange`: the
    // route is set only when it changes, so the page is not drawn twice (the
    // second drawing replaced the heading that had just been given the focus).
    let follow_address = move || {
        let hash = load::current_hash();
        if !Route::is_app_fragment(&hash) {
            return;
        }
        let route = Route::parse(&hash);
        if ctx.route.with_untracked(|r| *r != route) {
            ctx.route.set(route);
        }
    };
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow_address());
    // Back and forward: Chromium also fires `popstate` for every click on a
    // `#/…` link, so the document is opened again only when the address asks
    // for another one (otherwise every navigation would fetch and parse it
    // again, and a local file being previewed would be closed).
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        follow_address();
        opener.follow_address();
    });
    on_cleanup(move || {
        on_hash.remove();
        on_pop.remove();
    });

    // Title, language of the page, and focus on the new page's heading after
    // a navigation (not on the first load: the reader starts at the top). A
    // navigation to a page still loading focuses its heading once it shows.
    let last_route = StoredValue::new(ctx.route.get_untracked());
    let focus_pending = opener.focus_pending();
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let route = ctx.route.get();
        let state = ctx.doc.get();
        let t = text::t(lang);
        let page = match (&route, &state) {
            (Route::Documents, _) | (_, DocState::Empty) => t.docs_heading.to_string(),
            (_, DocState::Loading(_)) => t.loading.to_string(),
            // Until the full build has taken over and drawn it.
            (r, DocState::Ready(_)) if !(views.carries)(r) => t.loading.to_string(),
            (_, DocState::Failed { .. }) => t.error_heading.to_string(),
            (r, DocState::Ready(doc)) => pages::title(r, doc, lang),
        };
        let municipality = match &state {
            DocState::Ready(d) => format!(" – {}", d.plan.document.municipality.name),
            _ => String::new(),
        };
        load::set_page(&format!("{page}{municipality} – {}", t.app_title), lang);
        if last_route.get_value().page() != route.page() {
            last_route.set_value(route);
            focus_pending.set_value(true);
        }
        if focus_pending.get_value() && !matches!(state, DocState::Loading(_)) {
            focus_pending.set_value(false);
            request_animation_frame(|| load::focus("titolo-pagina"));
        }
    });

    let shown = Memo::new(move |_| match (ctx.route.get(), ctx.doc.get()) {
        (Route::Documents, _) | (_, DocState::Empty) => Shown::Chooser,
        (_, DocState::Loading(what)) => Shown::Loading(what),
        (_, DocState::Failed { what, problems }) => Shown::Failed(what, problems),
        (route, DocState::Ready(doc)) => Shown::Page(route.page(), doc),
    });
    let page = move || {
        let lang = ctx.lang.get();
        let t = text::t(lang);
        let shown = shown.get();
        ready.begin(match &shown {
            Shown::Chooser => crate::ready::key(&Route::Documents),
            Shown::Loading(_) => String::new(),
            Shown::Failed(..) => "errore".into(),
            Shown::Page(route, _) => crate::ready::key(route),
        });
        // Not a view yet (the document is loading, or the full build will
        // draw it): no mark until it is there.
        let full_loader = move || {
            ready.defer();
            view! { <FullLoader /> }.into_any()
        };
        match shown {
            Shown::Chooser => (views.chooser)().unwrap_or_else(full_loader),
            Shown::Loading(what) => {
                ready.defer();
                loading(t.loading, Some(what)).into_any()
            }
            Shown::Failed(what, problems) => view! {
                <h1 id="titolo-pagina" tabindex="-1">{t.error_heading}</h1>
                <ErrorPanel intro=t.error_intro problems=problems what=what />
                <p><a href="#/documenti">{t.error_again}</a></p>
            }
            .into_any(),
            Shown::Page(route, doc) => {
                let tools = route
                    .has_page_tools()
                    .then(|| view! { <PageTools doc=doc.clone() /> });
                match (views.render)(route, doc) {
                    Some(page) => view! { {tools} {page} }.into_any(),
                    None => full_loader(),
                }
            }
        }
    };

    // Inside another page the app is one region of it, named: its header
    // and footer are then not the page's banner and contentinfo, and its
    // main part is not a second `main`.
    let region = embedded.then_some("region");
    let region_label = move || embedded.then(|| text::t(ctx.lang.get()).app_title);
    view! {
        <div class=root_class lang=move || ctx.lang.get().code() role=region aria-label=region_label
            data-pronto=move || ready.value()>
            <a class="skip-link" href="#contenuto" on:click=|ev| {
                ev.prevent_default();
                load::focus("contenuto");
            }>{move || text::t(ctx.lang.get()).skip_link}</a>
            <Header />
            <MainPart embedded=embedded>
                {(views.import_banner)()}
                <ErrorsBanner />
                {page}
            </MainPart>
            <Footer />
        </div>
    }
}
