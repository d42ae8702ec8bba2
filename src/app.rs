//! The app: state, address handling and the page frame. Which page shows is
//! decided by the route (the address's fragment) and the document state.

use std::sync::Arc;

use cruscotto_core::{analyse, parse_plan, Lang, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::error_panel::ErrorPanel;
use crate::components::page_tools::PageTools;
use crate::embed::{StartConfig, Theme};
use crate::load;
use crate::pages;
use crate::route::{self, Route, Wanted};
use crate::state::{Ctx, Doc, DocState, Source};
use crate::text::{self, common};

/// Parses and analyses bytes into a ready state, or the list of problems.
pub fn read_document(bytes: &[u8], source: Source, lang: Lang) -> DocState {
    match parse_plan(bytes) {
        Ok(plan) => {
            let analysis = analyse(&plan);
            DocState::Ready(Arc::new(Doc::new(plan, analysis, source, bytes.len())))
        }
        Err(e) => DocState::Failed {
            what: source_label(&source),
            problems: vec![e.message(lang)],
        },
    }
}

fn source_label(s: &Source) -> String {
    match s {
        Source::Demo(stem) => load::demo_url(stem),
        Source::Url(u) => u.clone(),
        Source::Local(name) => name.clone(),
    }
}

/// Opens what the address asks for. Only the latest request may update the
/// state: a slow earlier one is dropped.
#[derive(Clone, Copy)]
pub struct Opener {
    ticket: StoredValue<u64>,
    /// What the address asked for when the shown document was opened (a
    /// local file leaves no trace in the address: `Nothing`).
    current: StoredValue<Wanted>,
    /// The reader asked for another page: once it shows, its heading gets
    /// the focus (not on the first load: the reader starts at the top).
    focus_pending: StoredValue<bool>,
    /// The document the host page names (`data-piano`, `data-src`), shown
    /// when the address names none.
    fallback: StoredValue<Wanted>,
    ctx: Ctx,
}

impl Opener {
    /// What the address asks for, or else what the host page configured.
    fn wanted_now(&self) -> Wanted {
        match route::wanted(&load::query_params()) {
            Wanted::Nothing => self.fallback.get_value(),
            w => w,
        }
    }

    fn next(&self) -> u64 {
        let t = self.ticket.get_value() + 1;
        self.ticket.set_value(t);
        t
    }

    /// Loads the document the address asks for.
    pub fn open(&self, wanted: Wanted) {
        let ctx = self.ctx;
        let ticket = self.next();
        self.current.set_value(wanted.clone());
        let (url, source) = match wanted {
            Wanted::Nothing => {
                ctx.doc.set(DocState::Empty);
                return;
            }
            Wanted::Demo(stem) => (load::demo_url(&stem), Source::Demo(stem)),
            Wanted::Url(u) => (u.clone(), Source::Url(u)),
        };
        ctx.doc.set(DocState::Loading(url.clone()));
        let this = *self;
        spawn_local(async move {
            let lang = ctx.lang.get_untracked();
            let state = match load::fetch_bytes(&url).await {
                Ok(bytes) => read_document(&bytes, source, lang),
                Err(e) => DocState::Failed {
                    what: url,
                    problems: vec![e.message(lang)],
                },
            };
            if this.ticket.get_value() == ticket {
                ctx.doc.set(state);
            }
        });
    }

    /// Shows a local file (nothing is uploaded: the bytes are read here).
    pub fn open_local(&self, file: web_sys::File) {
        let ctx = self.ctx;
        let ticket = self.next();
        self.current.set_value(Wanted::Nothing);
        self.focus_pending.set_value(true);
        let name = file.name();
        load::set_query(&[("piano", None), ("src", None)], "#/sintesi");
        ctx.route.set(Route::Sintesi);
        ctx.doc.set(DocState::Loading(name.clone()));
        let this = *self;
        spawn_local(async move {
            let lang = ctx.lang.get_untracked();
            let state = match load::read_local(file).await {
                Ok((name, bytes)) => read_document(&bytes, Source::Local(name), lang),
                Err(e) => DocState::Failed {
                    what: name,
                    problems: vec![e.message(lang)],
                },
            };
            if this.ticket.get_value() == ticket {
                ctx.doc.set(state);
            }
        });
    }

    /// Opens a bundled demo and records it in the address.
    pub fn open_demo(&self, stem: &str) {
        load::set_query(&[("piano", Some(stem)), ("src", None)], "#/sintesi");
        self.ctx.route.set(Route::Sintesi);
        self.focus_pending.set_value(true);
        self.open(Wanted::Demo(stem.to_owned()));
    }
}

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
            (Shown::Page(r, d), Shown::Page(s, e)) => r == s && Arc::ptr_eq(d, e),
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

/// The whole app, started with the host page's settings (all optional).
#[component]
pub fn App(config: StartConfig) -> impl IntoView {
    let params = load::query_params();
    let ctx = Ctx {
        lang: RwSignal::new(initial_lang(&params, &config)),
        route: RwSignal::new(initial_route(&config)),
        doc: RwSignal::new(DocState::Empty),
    };
    provide_context(ctx);
    let fallback = route::wanted(&[
        ("src".to_string(), config.src.clone().unwrap_or_default()),
        (
            "piano".to_string(),
            config.piano.clone().unwrap_or_default(),
        ),
    ]);
    let opener = Opener {
        ticket: StoredValue::new(0),
        current: StoredValue::new(Wanted::Nothing),
        focus_pending: StoredValue::new(false),
        fallback: StoredValue::new(fallback),
        ctx,
    };
    provide_context(opener);
    opener.open(opener.wanted_now());

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
        let wanted = opener.wanted_now();
        if wanted != opener.current.get_value() {
            opener.focus_pending.set_value(true);
            opener.open(wanted);
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_pop.remove();
    });

    // Title, language of the page, and focus on the new page's heading after
    // a navigation (not on the first load: the reader starts at the top). A
    // navigation to a page still loading focuses its heading once it shows.
    let last_route = StoredValue::new(ctx.route.get_untracked());
    let focus_pending = opener.focus_pending;
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let route = ctx.route.get();
        let state = ctx.doc.get();
        let t = text::t(lang);
        let page = match (&route, &state) {
            (Route::Documents, _) | (_, DocState::Empty) => t.docs_heading.to_string(),
            (_, DocState::Loading(_)) => t.loading.to_string(),
            (_, DocState::Failed { .. }) => t.error_heading.to_string(),
            (r, DocState::Ready(doc)) => pages::title(r, doc, lang),
        };
        let municipality = match &state {
            DocState::Ready(d) => format!(" – {}", d.plan.document.municipality.name),
            _ => String::new(),
        };
        load::set_page(&format!("{page}{municipality} – {}", t.app_title), lang);
        if last_route.get_value() != route {
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
        (route, DocState::Ready(doc)) => Shown::Page(route, doc),
    });
    let page = move || {
        let lang = ctx.lang.get();
        let t = text::t(lang);
        match shown.get() {
            Shown::Chooser => view! { <pages::documenti::DocumentsPage /> }.into_any(),
            Shown::Loading(what) => view! {
                <div class="loading" role="status">
                    <span class="loading__spinner" aria-hidden="true"></span>
                    <p>{t.loading} " " <code>{what}</code></p>
                </div>
            }
            .into_any(),
            Shown::Failed(what, problems) => view! {
                <h1 id="titolo-pagina" tabindex="-1">{t.error_heading}</h1>
                <ErrorPanel intro=t.error_intro problems=problems what=what />
                <p><a href="#/documenti">{t.error_again}</a></p>
            }
            .into_any(),
            // The embedding page has its own link to copy: no page tools there.
            Shown::Page(route @ Route::Incorpora(_), doc) => pages::render(route, doc),
            Shown::Page(route, doc) => view! {
                <PageTools doc=doc.clone() />
                {pages::render(route, doc)}
            }
            .into_any(),
        }
    };

    // Inside another page the app is one region of it, named: its header
    // and footer are then not the page's banner and contentinfo, and its
    // main part is not a second `main`.
    let region = embedded.then_some("region");
    let region_label = move || embedded.then(|| text::t(ctx.lang.get()).app_title);
    view! {
        <div class=root_class lang=move || ctx.lang.get().code() role=region aria-label=region_label>
            <a class="skip-link" href="#contenuto" on:click=|ev| {
                ev.prevent_default();
                load::focus("contenuto");
            }>{move || text::t(ctx.lang.get()).skip_link}</a>
            <Header />
            <MainPart embedded=embedded>
                <ErrorsBanner />
                {page}
            </MainPart>
            <Footer />
        </div>
    }
}

/// The main content: `<main>` on the app's own page, a plain element inside
/// another page (which has its own `<main>`).
#[component]
fn MainPart(embedded: bool, children: Children) -> impl IntoView {
    if embedded {
        view! { <div id="contenuto" class="container main" tabindex="-1">{children()}</div> }
            .into_any()
    } else {
        view! { <main id="contenuto" class="container main" tabindex="-1">{children()}</main> }
            .into_any()
    }
}

/// The header: app name, the document's municipality and title, language, navigation.
#[component]
fn Header() -> impl IntoView {
    let ctx = Ctx::get();
    let doc_line = move || {
        ctx.ready().map(|d| {
            let lang = ctx.lang.get();
            let doc = &d.plan.document;
            let period = if doc.period.start == doc.period.end {
                doc.period.start.to_string()
            } else {
                format!("{}–{}", doc.period.start, doc.period.end)
            };
            view! {
                <p class="site-header__doc">
                    <span class="site-header__municipality">{doc.municipality.name.clone()}</span>
                    <span class="site-header__title">{format!("{} · {} · {period}", doc.title, common::document_kind(lang, doc.kind))}</span>
                </p>
            }
        })
    };
    let switch_lang = move |_| {
        let next = if ctx.lang.get_untracked() == Lang::It {
            Lang::En
        } else {
            Lang::It
        };
        load::store_lang(next);
        load::set_query(&[("lang", Some(next.code()))], &load::current_hash());
        ctx.lang.set(next);
    };
    view! {
        <header class="site-header">
            <div class="container site-header__bar">
                <div>
                    <p class="site-header__app">
                        <a href="#/sintesi">{move || text::t(ctx.lang.get()).app_title}</a>
                    </p>
                    {doc_line}
                </div>
                <button type="button" class="lang-switch" on:click=switch_lang
                    lang=move || text::t(ctx.lang.get()).lang_other_code
                    aria-label=move || format!("{}: {}", text::t(ctx.lang.get()).lang_label, text::t(ctx.lang.get()).lang_other)>
                    {move || text::t(ctx.lang.get()).lang_other}
                </button>
            </div>
            <Nav />
        </header>
    }
}

/// The sections of the document; the current one is `aria-current="page"`.
#[component]
fn Nav() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        ctx.ready()?;
        let t = text::t(ctx.lang.get());
        let section = ctx.route.get().section();
        let items = [
            (Route::Sintesi, t.nav_sintesi),
            (Route::Obiettivi, t.nav_obiettivi),
            (Route::Uffici, t.nav_uffici),
            (Route::Risorse, t.nav_risorse),
            (Route::Verifiche, t.nav_verifiche),
            (Route::Glossario(None), t.nav_glossario),
            (Route::Documents, t.nav_documents),
        ];
        let links = items
            .into_iter()
            .map(|(r, label)| {
                let current = (r == section).then_some("page");
                view! { <li><a href=r.href() aria-current=current>{label}</a></li> }
            })
            .collect_view();
        Some(view! {
            <nav class="site-nav" aria-label=t.nav_label>
                <ul class="container site-nav__list">{links}</ul>
            </nav>
        })
    }
}

/// A warning above every page when the file has errors.
#[component]
fn ErrorsBanner() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let d = ctx.ready()?;
        let errors = d.count(Severity::Error);
        (errors > 0 && ctx.route.get() != Route::Verifiche).then(|| {
            let t = text::t(ctx.lang.get());
            view! {
                <div class="errors-banner" role="note">
                    <p>{t.errors_banner} " " <a href=Route::Verifiche.href()>{t.errors_banner_link}</a></p>
                </div>
            }
        })
    }
}

#[component]
fn Footer() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let t = text::t(ctx.lang.get());
        let doc = ctx.ready();
        let source = doc
            .as_ref()
            .and_then(|d| d.plan.document.source_url.clone())
            .filter(|u| cruscotto_core::richtext::is_safe_url(u));
        // Which file is shown, and how big: publishers check they see the right one.
        let file = doc.map(|d| {
            let name = match &d.source {
                Source::Local(n) => format!("{n} ({})", t.local_file),
                other => source_label(other),
            };
            let kb = cruscotto_core::it::number(rust_decimal::Decimal::from(d.bytes as u64) / rust_decimal::Decimal::from(1024), 1);
            view! { <p class="site-footer__file">{t.file_label} ": " <code>{name}</code> {format!(" · {kb} {}", t.bytes_unit)}</p> }
        });
        let embed = ctx.ready().map(|_| {
            let href = ctx.route.get().embed_link().href();
            view! { <li><a href=href>{text::incorpora::t(ctx.lang.get()).footer_link}</a></li> }
        });
        view! {
            <footer class="site-footer">
                <div class="container">
                    {file}
                    <p>{t.footer_privacy}</p>
                    <ul class="site-footer__links">
                        {source.map(|u| view! { <li><a href=u rel="noopener noreferrer">{t.footer_source}</a></li> })}
                        {embed}
                        <li><a href=load::app_file("schema/v1.json")>{t.footer_schema}</a></li>
                    </ul>
                </div>
            </footer>
        }
    }
}
