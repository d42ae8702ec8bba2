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
use crate::state::{Ctx, Doc, DocState, Imported, Published, Source};
use crate::text::{self, common};
use cruscotto_kit::publish::Manifest;

/// Parses and analyses bytes into a ready state, or the list of problems.
pub fn read_document(bytes: &[u8], source: Source, lang: Lang) -> DocState {
    open_bytes(bytes, source, lang, None, None)
}

/// [`read_document`], with the publication manifest (checked when it names
/// this file) and what the spreadsheet import found.
fn open_bytes(
    bytes: &[u8],
    source: Source,
    lang: Lang,
    manifest: Option<&Manifest>,
    imported: Option<Imported>,
) -> DocState {
    match parse_plan(bytes) {
        Ok(plan) => {
            let analysis = analyse(&plan);
            let mut doc = Doc::new(plan, analysis, source.clone(), bytes.len());
            doc.fingerprint = cruscotto_kit::publish::sha256_hex(bytes);
            doc.published = manifest
                .filter(|m| {
                    Source::Demo(
                        m.plan
                            .trim_start_matches("plans/")
                            .trim_end_matches(".json")
                            .to_string(),
                    ) == source
                        || Source::Url(m.plan.clone()) == source
                })
                .map(|m| Published {
                    expected: m.sha256.clone(),
                    approval: m.approval.clone(),
                });
            doc.imported = imported;
            DocState::Ready(Arc::new(doc))
        }
        Err(e) => DocState::Failed {
            what: source_label(&source),
            problems: vec![e.message(lang)],
        },
    }
}

/// A spreadsheet (one `.xlsx`, or the `.csv` files of the template) →
/// the plan it holds, converted in the import worker by the same function
/// as `cruscotto import` (the worker's `reply`).
fn open_sheets(
    files: &[(String, Vec<u8>)],
    reply: &str,
    lang: Lang,
    previous_url: Option<String>,
) -> (DocState, Option<String>) {
    if let Some(u) = previous_url {
        load::revoke_download_url(&u);
    }
    let names = files
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let Some(result) = cruscotto_kit::reply::from_reply(reply) else {
        return (
            DocState::Failed {
                what: names,
                problems: vec![load::LoadError::Worker.message(lang)],
            },
            None,
        );
    };
    match result.json {
        Some(json) => {
            let url = load::json_download_url(&json);
            let imported = Imported {
                problems: result.problems,
                download: url.clone(),
                file_name: json_name(files),
            };
            (
                open_bytes(
                    json.as_bytes(),
                    Source::Local(names),
                    lang,
                    None,
                    Some(imported),
                ),
                url,
            )
        }
        None => (
            DocState::Failed {
                what: names,
                problems: result
                    .problems
                    .iter()
                    .map(|p| p.message(lang).to_string())
                    .collect(),
            },
            None,
        ),
    }
}

/// `piano.xlsx` → `piano.json`; CSV files → `piano.json`.
fn json_name(files: &[(String, Vec<u8>)]) -> String {
    match files {
        [(name, _)] if name.to_ascii_lowercase().ends_with(".xlsx") => {
            format!("{}.json", &name[..name.len() - 5])
        }
        _ => "piano.json".to_string(),
    }
}

fn source_label(s: &Source) -> String {
    match s {
        Source::Demo(stem) => load::demo_url(stem),
        Source::Url(u) => u.clone(),
        Source::Local(name) => name.clone(),
    }
}

/// Where a demo or a published file is fetched from, and what it is.
pub fn where_from(wanted: Wanted) -> Option<(String, Source)> {
    match wanted {
        Wanted::Demo(stem) => Some((load::demo_url(&stem), Source::Demo(stem))),
        Wanted::Url(u) => Some((u.clone(), Source::Url(u))),
        Wanted::Nothing => None,
    }
}

/// Fetches, parses and analyses a document (checked against the manifest
/// when it names it), or says why it could not.
pub async fn fetch_document(
    url: String,
    source: Source,
    lang: Lang,
    manifest: Option<&Manifest>,
) -> DocState {
    match load::fetch_bytes(&url).await {
        Ok(bytes) => open_bytes(&bytes, source, lang, manifest, None),
        Err(e) => DocState::Failed {
            what: url,
            problems: vec![e.message(lang)],
        },
    }
}

/// Reads a local plan file (nothing is uploaded), parses and analyses it.
pub async fn read_local_document(file: web_sys::File, lang: Lang) -> DocState {
    let name = file.name();
    match load::read_local(file).await {
        Ok((name, bytes)) => read_document(&bytes, Source::Local(name), lang),
        Err(e) => DocState::Failed {
            what: name,
            problems: vec![e.message(lang)],
        },
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
    /// The publication manifest next to the app: `None` until fetched.
    manifest: StoredValue<Option<Option<Manifest>>>,
    /// The download address of the last converted spreadsheet (freed on the next).
    download: StoredValue<Option<String>>,
    /// The local files the shown document was read from (and the import
    /// worker's reply): what the full build is handed when it takes over.
    local: StoredValue<Option<load::Handoff>>,
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

    /// The publication manifest (fetched once).
    async fn manifest(&self) -> Option<Manifest> {
        if let Some(m) = self.manifest.get_value() {
            return m;
        }
        let m = load::load_manifest().await;
        self.manifest.set_value(Some(m.clone()));
        m
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
        self.local.set_value(None);
        let (url, source) = match wanted {
            Wanted::Nothing => {
                // A published folder opens the plan its manifest names.
                if let Some(None) = self.manifest.get_value() {
                    ctx.doc.set(DocState::Empty);
                    return;
                }
                ctx.doc.set(DocState::Loading(load::manifest_url()));
                let this = *self;
                spawn_local(async move {
                    let manifest = this.manifest().await;
                    if this.ticket.get_value() != ticket {
                        return;
                    }
                    match manifest {
                        Some(m) => this.open_url(m.plan.clone(), Source::Url(m.plan), ticket),
                        None => ctx.doc.set(DocState::Empty),
                    }
                });
                return;
            }
            w => match where_from(w) {
                Some(found) => found,
                None => return,
            },
        };
        self.open_url(url, source, ticket);
    }

    /// Fetches and shows a plan, checked against the manifest when it names it.
    fn open_url(&self, url: String, source: Source, ticket: u64) {
        let ctx = self.ctx;
        ctx.doc.set(DocState::Loading(url.clone()));
        let this = *self;
        spawn_local(async move {
            let lang = ctx.lang.get_untracked();
            let manifest = this.manifest().await;
            let state = fetch_document(url, source, lang, manifest.as_ref()).await;
            if this.ticket.get_value() == ticket {
                ctx.doc.set(state);
            }
        });
    }

    /// Shows local files (nothing is uploaded: the bytes are read here): a
    /// plan file, or a spreadsheet converted in the browser.
    pub fn open_local(&self, files: Vec<web_sys::File>) {
        let ctx = self.ctx;
        let ticket = self.next();
        self.current.set_value(Wanted::Nothing);
        self.focus_pending.set_value(true);
        let name = files
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ");
        load::set_query(&[("piano", None), ("src", None)], "#/sintesi");
        ctx.route.set(Route::Sintesi);
        ctx.doc.set(DocState::Loading(name.clone()));
        let this = *self;
        spawn_local(async move {
            match load::read_local_files(files).await {
                Ok(read) => {
                    this.open_read(
                        load::Handoff {
                            files: read,
                            reply: None,
                        },
                        ticket,
                    )
                    .await
                }
                Err(e) => {
                    if this.ticket.get_value() == ticket {
                        let problems = vec![e.message(ctx.lang.get_untracked())];
                        ctx.doc.set(DocState::Failed {
                            what: name,
                            problems,
                        });
                    }
                }
            }
        });
    }

    /// Local files already read: a plan file, or a spreadsheet converted in
    /// the import worker (unless the reply is there already: the first
    /// build's, handed over).
    async fn open_read(&self, mut read: load::Handoff, ticket: u64) {
        let ctx = self.ctx;
        let lang = ctx.lang.get_untracked();
        let sheets = read.files.len() > 1
            || read
                .files
                .iter()
                .any(|(name, _)| cruscotto_kit::is_sheet_file(name));
        let state = if sheets {
            if read.reply.is_none() {
                match load::import_in_worker(read.files.clone()).await {
                    Ok(reply) => read.reply = Some(reply),
                    Err(e) => {
                        let what = read
                            .files
                            .iter()
                            .map(|(n, _)| n.as_str())
                            .collect::<Vec<_>>()
                            .join(", ");
                        read.files.clear();
                        if self.ticket.get_value() == ticket {
                            ctx.doc.set(DocState::Failed {
                                what,
                                problems: vec![e.message(lang)],
                            });
                        }
                        return;
                    }
                }
            }
            let reply = read.reply.as_deref().unwrap_or_default();
            let (state, url) = open_sheets(&read.files, reply, lang, self.download.get_value());
            self.download.set_value(url);
            state
        } else {
            let (name, bytes) = read.files.first().cloned().unwrap_or_default();
            read_document(&bytes, Source::Local(name), lang)
        };
        if self.ticket.get_value() == ticket {
            self.local.set_value(Some(read));
            ctx.doc.set(state);
        }
    }

    /// What the full build is handed when it takes over from this one.
    pub fn handoff(&self) -> load::Handoff {
        self.local.get_value().unwrap_or_default()
    }

    /// The full build, started by the first one: opens the same document
    /// (its local files, or what the address names) and, once shown, puts
    /// the focus on the new page's heading (the reader asked for it).
    fn take_over(&self, handoff: load::Handoff) {
        self.focus_pending.set_value(true);
        if handoff.files.is_empty() {
            self.open(self.wanted_now());
            return;
        }
        let ticket = self.next();
        self.current.set_value(Wanted::Nothing);
        self.ctx.doc.set(DocState::Loading(
            handoff
                .files
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ));
        let this = *self;
        spawn_local(async move { this.open_read(handoff, ticket).await });
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

/// What is being loaded, announced politely.
pub fn loading(label: &'static str, what: String) -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <span class="loading__spinner" aria-hidden="true"></span>
            <p>{label} " " <code>{what}</code></p>
        </div>
    }
}

/// The views a build carries: the page of a route, or `None` for a view
/// only the full build has (the first build then hands over to it).
#[derive(Clone, Copy)]
pub struct Views {
    render: fn(Route, Arc<Doc>) -> Option<AnyView>,
}

impl Views {
    /// The first load: the chooser and the overview.
    pub const FIRST: Views = Views {
        render: pages::render_first,
    };
    /// Every view.
    pub const ALL: Views = Views {
        render: pages::render_all,
    };
}

/// A view the first build does not carry: the full build is loaded and
/// takes over (the reader sees that it is loading, or why it failed).
#[component]
fn FullLoader() -> impl IntoView {
    let ctx = Ctx::get();
    let opener = expect_context::<Opener>();
    let failed = RwSignal::new(false);
    let handoff = opener.handoff();
    spawn_local(async move {
        // On success this app is gone: nothing of it may be touched.
        if load::start_full(&handoff).await.is_err() {
            failed.try_set(true);
        }
    });
    move || {
        let lang = ctx.lang.get();
        if failed.get() {
            let t = text::t(lang);
            view! {
                <h1 id="titolo-pagina" tabindex="-1">{t.error_heading}</h1>
                <p class="full-failed" role="alert">{load::LoadError::Full.message(lang)}</p>
                <p><a href=Route::Sintesi.href()>{t.nav_sintesi}</a></p>
            }
            .into_any()
        } else {
            view! {
                <div class="loading" role="status">
                    <span class="loading__spinner" aria-hidden="true"></span>
                    <p>{common::loading_full(lang)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// The whole app, started with the host page's settings (all optional).
/// `handoff`: set when the full build takes over from the first one.
#[component]
pub fn App(config: StartConfig, handoff: Option<load::Handoff>, views: Views) -> impl IntoView {
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
        manifest: StoredValue::new(None),
        download: StoredValue::new(None),
        local: StoredValue::new(None),
        ctx,
    };
    provide_context(opener);
    match handoff {
        Some(h) => opener.take_over(h),
        None => opener.open(opener.wanted_now()),
    }

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
        match shown.get() {
            Shown::Chooser => view! { <pages::documenti::DocumentsPage /> }.into_any(),
            Shown::Loading(what) => loading(t.loading, what).into_any(),
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
                    None => view! { <FullLoader /> }.into_any(),
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
        <div class=root_class lang=move || ctx.lang.get().code() role=region aria-label=region_label>
            <a class="skip-link" href="#contenuto" on:click=|ev| {
                ev.prevent_default();
                load::focus("contenuto");
            }>{move || text::t(ctx.lang.get()).skip_link}</a>
            <Header />
            <MainPart embedded=embedded>
                <ImportBanner />
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
            (Route::Cerca(String::new()), t.nav_cerca),
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

/// Above every page of a plan converted from a spreadsheet: the download
/// of the JSON and every problem found, at its sheet, row and column.
#[component]
fn ImportBanner() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let d = ctx.ready()?;
        let imp = d.imported.clone()?;
        let lang = ctx.lang.get();
        let t = text::t(lang);
        let problems = if imp.problems.is_empty() {
            view! { <p>{t.import_none}</p> }.into_any()
        } else {
            let items = imp
                .problems
                .iter()
                .map(|p| view! { <li class=format!("import-banner__problem import-banner__problem--{}", p.severity.as_str())>{p.message(lang).to_string()}</li> })
                .collect_view();
            view! { <p>{t.import_problems}</p> <ul class="import-banner__list">{items}</ul> }
                .into_any()
        };
        let download = imp.download.clone().map(|href| {
            view! { <p><a class="button" id="scarica-json" href=href download=imp.file_name.clone()>{t.import_download}</a></p> }
        });
        Some(view! {
            <section class="import-banner" aria-labelledby="import-titolo">
                <h2 id="import-titolo" class="import-banner__title">{t.import_heading}</h2>
                <p>{t.import_intro}</p>
                {download}
                {problems}
            </section>
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
        // The approval act and the fingerprint of the bytes loaded, checked
        // against the publication manifest when it names this file.
        let fingerprint = ctx.ready().map(|d| {
            let lang = ctx.lang.get();
            let approval = d
                .published
                .as_ref()
                .and_then(|p| p.approval.clone())
                .or_else(|| d.plan.document.approval.clone())
                .map(|a| view! { <p id="atto-approvazione">{format!("{}.", cruscotto_kit::messages::approved(&a, lang))}</p> });
            let check = d.published.as_ref().map(|p| {
                if p.expected == d.fingerprint {
                    view! { <p id="verifica-impronta" class="site-footer__check site-footer__check--ok">{t.manifest_ok}</p> }.into_any()
                } else {
                    view! { <p id="verifica-impronta" class="site-footer__check site-footer__check--bad">{t.manifest_mismatch} " " <code class="site-footer__hash">{p.expected.clone()}</code></p> }.into_any()
                }
            });
            view! {
                {approval}
                <p>{t.fingerprint_label} ": " <code id="impronta" class="site-footer__hash">{d.fingerprint.clone()}</code></p>
                {check}
            }
        });
        view! {
            <footer class="site-footer">
                <div class="container">
                    {file}
                    {fingerprint}
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
