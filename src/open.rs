//! Opening documents: a bundled demo, an address (`?src=`), the plan a
//! published folder's manifest names, the host page's `data-piano` /
//! `data-src`, a local file, a spreadsheet converted in the import worker
//! (the last two in the full build only: the chooser is not in the first
//! load, so the full build reopens any document from the address). Every
//! opening goes through a [`Latest`] ticket: only the latest request may
//! update what is shown (the app's document and the comparison's second
//! one alike). The I/O itself is `load`'s.

use std::sync::Arc;
use std::time::Duration;

use cruscotto_core::{analyse, parse_plan, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use crate::route::{self, Route, Wanted};
use crate::state::{Ctx, Doc, DocState, Fingerprint, Imported, Published, Source};
use cruscotto_kit::publish::Manifest;

/// How a build fetches and shows a plan the address (or the manifest)
/// names: [`Opener::open_url`], or in the full build `archive::open_url`,
/// which also checks it against the folder's catalogue (the first load
/// carries nothing of the archive).
pub type OpenUrl = fn(&Opener, String, Source, u64);

/// "Latest request wins": each request takes a ticket; a reply is used only
/// if no later request was made meanwhile (a slow earlier one is dropped).
#[derive(Clone, Copy)]
pub struct Latest(StoredValue<u64>);

impl Latest {
    pub fn new() -> Latest {
        Latest(StoredValue::new(0))
    }

    /// A new request: every earlier one is now stale.
    pub fn next(&self) -> u64 {
        let t = self.0.get_value() + 1;
        self.0.set_value(t);
        t
    }

    /// Whether `ticket` is still the latest request (false too once the
    /// component that asked is gone).
    pub fn is_current(&self, ticket: u64) -> bool {
        self.0.try_get_value() == Some(ticket)
    }
}

/// Parses and analyses bytes into a ready state, or the list of problems.
pub fn read_document(bytes: Vec<u8>, source: Source, lang: Lang) -> DocState {
    open_bytes(bytes, source, lang, None, None)
}

/// [`read_document`], with the publication manifest (checked when it names
/// this file) and what the spreadsheet import found.
fn open_bytes(
    bytes: Vec<u8>,
    source: Source,
    lang: Lang,
    manifest: Option<&Manifest>,
    imported: Option<Imported>,
) -> DocState {
    // The steps, marked for the performance panel (`load::mark`): the bytes
    // are in memory, read, checked and scored, indexed; the view's ready
    // mark (`ready.rs`) follows once it is drawn.
    load::mark("cruscotto:ricevuto");
    match parse_plan(&bytes) {
        Ok(plan) => {
            load::mark("cruscotto:letto");
            let analysis = analyse(&plan);
            load::mark("cruscotto:verificato");
            let mut doc = Doc::new(plan, analysis, source.clone(), bytes.len());
            load::mark("cruscotto:indicizzato");
            fingerprint_later(bytes, doc.fingerprint.clone());
            doc.published = manifest
                .filter(|m| {
                    Source::Demo(
                        m.plan
                            .trim_start_matches("plans/")
                            .trim_end_matches(".json")
                            .to_string(),
                    ) == source
                        || Source::Url(load::app_file(&m.plan)) == source
                })
                .map(|m| Published {
                    expected: m.sha256.clone(),
                    approval: m.approval.clone(),
                    documents: m.documents,
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

/// The fingerprint of the bytes read, computed by the browser once the
/// first view is on the screen: asking for it copies the bytes (some 35 ms
/// for a 20 MB plan), which would otherwise delay that view by as much.
/// After the next paint: a timeout queued by the frame's callback runs
/// after that frame is painted.
fn fingerprint_later(bytes: Vec<u8>, fingerprint: ArcRwSignal<Fingerprint>) {
    let ask = move || {
        let digest = load::sha256_hex(&bytes);
        drop(bytes);
        spawn_local(async move {
            fingerprint.set(match digest.await {
                Some(hex) => Fingerprint::Known(hex),
                None => Fingerprint::Unavailable,
            });
        });
    };
    request_animation_frame(move || set_timeout(ask, Duration::ZERO));
}

/// A spreadsheet (one `.xlsx`, `.ods` …, or the `.csv` files of the template) →
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
                problems: vec![load::LoadError::worker().message(lang)],
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
                    json.into_bytes(),
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

/// `piano.xlsx` (or `.ods` …) → `piano.json`; CSV files → `piano.json`.
fn json_name(files: &[(String, Vec<u8>)]) -> String {
    match files {
        [(name, _)] if cruscotto_kit::is_sheet_file(name) && !name.ends_with(".csv") => {
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
            format!("{stem}.json")
        }
        _ => "piano.json".to_string(),
    }
}

/// Where a document came from, as the reader knows it.
pub fn source_label(s: &Source) -> String {
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
        Ok(bytes) => open_bytes(bytes, source, lang, manifest, None),
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
        Ok((name, bytes)) => read_document(bytes, Source::Local(name), lang),
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
    ticket: Latest,
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
    /// How this build fetches and shows a plan.
    open_url: OpenUrl,
    /// The download address of the last converted spreadsheet (freed on the next).
    download: StoredValue<Option<String>>,
    ctx: Ctx,
}

impl Opener {
    /// The opener of the app's document; `fallback`: what the host page
    /// names, shown when the address names nothing.
    pub fn new(ctx: Ctx, fallback: Wanted, open_url: OpenUrl) -> Opener {
        Opener {
            ticket: Latest::new(),
            current: StoredValue::new(Wanted::Nothing),
            focus_pending: StoredValue::new(false),
            fallback: StoredValue::new(fallback),
            manifest: StoredValue::new(None),
            open_url,
            download: StoredValue::new(None),
            ctx,
        }
    }

    /// The reader asked for another page (or document): once it shows, its
    /// heading gets the focus.
    pub fn focus_pending(&self) -> StoredValue<bool> {
        self.focus_pending
    }

    /// Back or forward: opens the document the address now names, if it is
    /// another one than the one shown.
    pub fn follow_address(&self) {
        let wanted = self.wanted_now();
        if wanted != self.current.get_value() {
            self.focus_pending.set_value(true);
            self.open(wanted);
        }
    }

    /// At start: what the address (or the host page) names. `taken_over`:
    /// the full build, started because the reader opened a view the first
    /// build does not carry; once it shows, its heading gets the focus.
    pub fn open_first(&self, taken_over: bool) {
        self.focus_pending.set_value(taken_over);
        self.open(self.wanted_now());
    }

    /// What the address asks for, or else what the host page configured.
    fn wanted_now(&self) -> Wanted {
        match route::wanted(&load::query_params()) {
            Wanted::Nothing => self.fallback.get_value(),
            w => w,
        }
    }

    /// The publication manifest (fetched once).
    pub async fn manifest(&self) -> Option<Manifest> {
        if let Some(m) = self.manifest.get_value() {
            return m;
        }
        let m = load::load_manifest().await;
        self.manifest.set_value(Some(m.clone()));
        m
    }

    fn next(&self) -> u64 {
        self.ticket.next()
    }

    /// Loads the document the address asks for.
    pub fn open(&self, wanted: Wanted) {
        let ctx = self.ctx;
        let ticket = self.next();
        self.current.set_value(wanted.clone());
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
                    if !this.ticket.is_current(ticket) {
                        return;
                    }
                    match manifest {
                        Some(m) => {
                            // Next to the app (inside a host page elsewhere too).
                            let url = load::app_file(&m.plan);
                            (this.open_url)(&this, url.clone(), Source::Url(url), ticket)
                        }
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
        (self.open_url)(self, url, source, ticket);
    }

    /// Fetches and shows a plan, checked against the manifest when it names it.
    pub fn open_url(&self, url: String, source: Source, ticket: u64) {
        let ctx = self.ctx;
        ctx.doc.set(DocState::Loading(url.clone()));
        let this = *self;
        spawn_local(async move {
            let lang = ctx.lang.get_untracked();
            let manifest = this.manifest().await;
            let state = fetch_document(url, source, lang, manifest.as_ref()).await;
            if this.ticket.is_current(ticket) {
                ctx.doc.set(state);
            }
        });
    }

    /// Says that the document at `url` is being loaded (for the full
    /// build's [`OpenUrl`]).
    pub fn loading(&self, url: String) {
        self.ctx.doc.set(DocState::Loading(url));
    }

    /// The language of the app now.
    pub fn lang(&self) -> Lang {
        self.ctx.lang.get_untracked()
    }

    /// Shows `state` if `ticket` is still the latest request.
    pub fn show(&self, ticket: u64, state: DocState) {
        if self.ticket.is_current(ticket) {
            self.ctx.doc.set(state);
        }
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
            let lang = ctx.lang.get_untracked();
            let sheets = files.len() > 1
                || files
                    .iter()
                    .any(|f| cruscotto_kit::is_sheet_file(&f.name()));
            let state = match load::read_local_files(files).await {
                Ok(read) if sheets => match load::import_in_worker(read.clone()).await {
                    Ok(reply) => {
                        let (state, url) =
                            open_sheets(&read, &reply, lang, this.download.get_value());
                        this.download.set_value(url);
                        state
                    }
                    Err(e) => DocState::Failed {
                        what: name,
                        problems: vec![e.message(lang)],
                    },
                },
                Ok(read) => {
                    let (name, bytes) = read.into_iter().next().unwrap_or_default();
                    read_document(bytes, Source::Local(name), lang)
                }
                Err(e) => DocState::Failed {
                    what: name,
                    problems: vec![e.message(lang)],
                },
            };
            if this.ticket.is_current(ticket) {
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
