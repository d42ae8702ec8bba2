//! The only module of the web app that does I/O: the page address (query,
//! fragment, history), the title and language of the page, HTTP fetches,
//! reading a local file, and the one thing stored (the language preference).
//! Everything it returns is plain data; parsing and checks are the core's job.
//!
//! The app's own files (demo plans, schema) are fetched relative to its
//! folder (`base`): the page's folder when it runs stand-alone, the folder of
//! `incorpora.js` when it is mounted inside another page. A plan's address is
//! used as given: a relative one resolves against the page.

use std::cell::RefCell;

use cruscotto_core::Lang;
use gloo::net::http::Request;
use serde::Deserialize;
use wasm_bindgen::JsCast;

use crate::text::common as tx;

/// Where the app runs: set once, when it starts.
#[derive(Default)]
struct Env {
    /// The app's folder (absolute, ending in `/`), or empty for the page's.
    base: String,
    /// The shadow root the app is mounted in, inside another page.
    root: Option<web_sys::ShadowRoot>,
    /// `incorpora.js`'s loader of the full build (first build only).
    full: Option<js_sys::Function>,
    /// The last file fetched (the plan shown), with its address, as the
    /// pieces it arrived in: the first build keeps it to hand it to the full
    /// build ([`start_full`]), which uses it once instead of fetching the
    /// same address again ([`fetch_bytes`]).
    plan: Option<(String, js_sys::Array)>,
}

thread_local! {
    static ENV: RefCell<Env> = RefCell::new(Env::default());
}

/// Records where the app runs: its folder and, when mounted inside another
/// page, the element it is mounted on (its shadow root is where its ids live).
/// `full`: the function that loads the full build and hands the app over
/// to it (`undefined` in the full build). `plan`: the address of the plan
/// the first build fetched and its bytes (the pieces they arrived in),
/// handed over to the full build.
pub fn set_env(
    base: &str,
    mount: Option<&web_sys::HtmlElement>,
    full: wasm_bindgen::JsValue,
    plan: Option<(String, js_sys::Array)>,
) {
    let root = mount.and_then(|m| m.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok());
    ENV.with_borrow_mut(|e| {
        e.base = base.to_owned();
        e.root = root;
        e.full = full.dyn_into().ok();
        e.plan = plan;
    });
}

/// Mounted inside another page (a shadow root of the host's element).
pub fn embedded() -> bool {
    ENV.with_borrow(|e| e.root.is_some())
}

/// The address of one of the app's own files (`plans/index.json`).
pub fn app_file(rel: &str) -> String {
    ENV.with_borrow(|e| format!("{}{rel}", e.base))
}

/// The app's folder as an absolute address (for the snippets).
pub fn app_folder() -> String {
    let base = ENV.with_borrow(|e| e.base.clone());
    if !base.is_empty() {
        return base;
    }
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    crate::embed::folder_of(&href)
}

/// An address made absolute against the page (a plan's `?src=`).
pub fn absolute(url: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &href)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}

/// Where the list of bundled demo documents lives.
pub fn index_url() -> String {
    app_file("plans/index.json")
}

const LANG_KEY: &str = "cruscotto.lingua";

/// One bundled demo document, as listed in `plans/index.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct PlanEntry {
    /// File name inside `plans/`, e.g. `lucca-2021-relazione.json`.
    pub file: String,
    /// Municipality, e.g. `Lucca`.
    pub municipality: String,
    /// Document title.
    pub title: String,
    /// `piano`, `relazione`, `monitoraggio` or `piao`.
    pub kind: String,
    /// Reference year.
    pub year: i32,
}

impl PlanEntry {
    /// The file stem, used in `?piano=`.
    pub fn stem(&self) -> &str {
        self.file.strip_suffix(".json").unwrap_or(&self.file)
    }
}

/// The address of a bundled demo.
pub fn demo_url(stem: &str) -> String {
    app_file(&format!("plans/{stem}.json"))
}

/// Why a file could not be loaded.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// The request did not complete (offline, refused, blocked by CORS …).
    Network { url: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// A part only the full build has failed: the list of documents is not
    /// the expected JSON ([`LoadError::index`]), a local file could not be
    /// read ([`LoadError::local`]), the import worker did not start or
    /// answer ([`LoadError::worker`]). `what` is the address or file name
    /// the sentence names; `say` writes the sentence, in the reader's
    /// language at the time it is shown. (A function rather than a variant
    /// each, so that the first load, which never makes these, carries none
    /// of their sentences.)
    Other {
        what: String,
        say: fn(Lang, &str) -> String,
    },
    /// The full build (the views beyond the overview) did not load.
    Full,
}

impl LoadError {
    /// A full sentence for the reader: what went wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { url } => tx::load_network(lang, url),
            LoadError::Status { url, status } => tx::load_status(lang, url, *status),
            LoadError::Other { what, say } => say(lang, what),
            LoadError::Full => tx::load_full(lang).to_string(),
        }
    }

    /// The list of documents at `url` is not the expected JSON.
    pub fn index(url: String) -> LoadError {
        LoadError::Other {
            what: url,
            say: tx::load_index,
        }
    }

    /// The local file `name` could not be read.
    pub fn local(name: String) -> LoadError {
        LoadError::Other {
            what: name,
            say: tx::load_local,
        }
    }

    /// The import worker could not be started or stopped answering.
    pub fn worker() -> LoadError {
        LoadError::Other {
            what: String::new(),
            say: |lang, _| tx::load_worker(lang).to_string(),
        }
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// A step of opening a document, as a User Timing mark (`cruscotto:letto`
/// …): what the browser's performance panel, and `measure-scale.mjs`, show
/// of where the time goes between the file's arrival and the first view.
pub fn mark(step: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(step);
    }
}

/// The query parameters of the page address.
pub fn query_params() -> Vec<(String, String)> {
    let Some(search) = window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    ["src", "piano", "lang", "tema"]
        .iter()
        .filter_map(|k| params.get(k).map(|v| (k.to_string(), v)))
        .collect()
}

/// The fragment of the page address (`#/obiettivi/x`).
pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Changes the query without reloading the page, keeping the fragment given.
/// `None` values remove the parameter.
pub fn set_query(changes: &[(&str, Option<&str>)], hash: &str) {
    let Some(w) = window() else { return };
    let search = w.location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    for (k, v) in changes {
        match v {
            Some(v) => params.set(k, v),
            None => params.delete(k),
        }
    }
    let query: String = params.to_string().into();
    let path = w.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Changes the fragment of the address without a `hashchange` (the app has
/// already moved): a new history entry when `push`, else the current one
/// replaced (while typing). The query (`?piano=`…) stays.
pub fn set_hash(hash: &str, push: bool) {
    let Some(w) = window() else { return };
    let loc = w.location();
    let url = format!(
        "{}{}{hash}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    if let Ok(h) = w.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            h.push_state_with_url(&null, "", Some(&url))
        } else {
            h.replace_state_with_url(&null, "", Some(&url))
        };
    }
}

/// Sets the page's title and language (not when the app is mounted inside
/// another page: that page's title and language are its own; the app's root
/// element carries its `lang`).
pub fn set_page(title: &str, lang: Lang) {
    if embedded() {
        return;
    }
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
        if let Some(html) = d.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
    }
}

/// The stored language preference, if any.
pub fn stored_lang() -> Option<Lang> {
    let storage = window()?.local_storage().ok()??;
    Lang::from_code(&storage.get_item(LANG_KEY).ok()??)
}

/// Stores the language preference (the only thing the app stores).
pub fn store_lang(lang: Lang) {
    if let Some(Ok(Some(s))) = window().map(|w| w.local_storage()) {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

/// Moves keyboard focus to the element with this id (in the app's shadow
/// root when it is mounted inside another page).
pub fn focus(id: &str) {
    let el = match ENV.with_borrow(|e| e.root.clone()) {
        Some(root) => root.get_element_by_id(id),
        None => window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(Ok(el)) = el.map(|e| e.dyn_into::<web_sys::HtmlElement>()) {
        let _ = el.focus();
    }
}

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the reader's system asks for dark colours.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Calls `f` whenever the reader's system switches between light and dark.
pub fn on_prefers_dark_change(f: impl Fn(bool) + 'static) {
    let Some(list) = window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten()) else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || f(prefers_dark()));
    let _ = list.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    // Listens for the whole life of the page.
    cb.forget();
}

/// The address of the page as the reader sees it (the host page's, when the
/// app is mounted inside another page): a stable link to the current view.
pub fn page_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Today's date, `31/12/2025` (for the printed pages).
pub fn today() -> String {
    let d = web_sys::js_sys::Date::new_0();
    format!(
        "{:02}/{:02}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// Today's date as `2025-12-31` (the default date of a filled-in document).
pub fn today_iso() -> String {
    let d = web_sys::js_sys::Date::new_0();
    format!(
        "{}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Saves `bytes` as a file named `name` (a download made in the browser:
/// nothing is sent anywhere).
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        // Inside a host page the link lives in the app's shadow root.
        let parent: Option<web_sys::Node> = match ENV.with_borrow(|e| e.root.clone()) {
            Some(root) => Some(root.into()),
            None => document.body().map(Into::into),
        };
        if let (Some(parent), Ok(a)) = (parent, a.dyn_into::<web_sys::HtmlElement>()) {
            let _ = parent.append_child(&a);
            a.click();
            let _ = parent.remove_child(&a);
        }
    }
    // The browser has taken the file: the address can go.
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Copies text to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The SHA-256 of `bytes` (hexadecimal), computed by the browser
/// (`crypto.subtle`, off the main thread): the bytes are copied when this is
/// called, so the caller may go on with them at once. `None` where the
/// browser does not offer it (a page not served over `https`).
pub fn sha256_hex(bytes: &[u8]) -> impl std::future::Future<Output = Option<String>> {
    let promise = window().and_then(|w| w.crypto().ok()).and_then(|c| {
        c.subtle()
            .digest_with_str_and_u8_array("SHA-256", bytes)
            .ok()
    });
    async move {
        let digest = wasm_bindgen_futures::JsFuture::from(promise?).await.ok()?;
        let digest = js_sys::Uint8Array::new(&digest).to_vec();
        // Written by hand: `{:02x}` would bring the formatter's padding
        // and hexadecimal code into the first load for these 32 bytes.
        const HEX: &[u8; 16] = b"0123456789abcdef";
        Some(
            digest
                .iter()
                .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
                .map(char::from)
                .collect(),
        )
    }
}

/// Fetches the bytes at `url`, once per page for the file the first build
/// fetched last (the plan it shows): the first build keeps the pieces they
/// arrived in, in JavaScript's memory (not the WebAssembly's), and hands
/// them to the full build when it takes over ([`start_full`]); the full
/// build uses them, once, instead of fetching the same address again.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let first = ENV.with_borrow(|e| e.full.is_some());
    if let Some((_, pieces)) = ENV.with_borrow_mut(|e| e.plan.take_if(|(u, _)| !first && u == url))
    {
        return Ok(gathered(&pieces));
    }
    let network = || LoadError::Network {
        url: url.to_owned(),
    };
    let response = Request::get(url).send().await.map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    // Read piece by piece while it arrives: with `arrayBuffer()` the
    // browser first gathers the whole body itself, and a 20 MB plan is in
    // hand some 60 ms after its last byte has arrived instead of 1–4 ms
    // (tests/browser/measure-scale.mjs).
    let pieces = js_sys::Array::new();
    let Some(body) = web_sys::Response::from(response).body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    loop {
        let next = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|_| network())?;
        let field = |name: &str| js_sys::Reflect::get(&next, &name.into()).map_err(|_| network());
        if field("done")?.is_truthy() {
            break;
        }
        pieces.push(&field("value")?);
    }
    let bytes = gathered(&pieces);
    // The pieces themselves are what the first build keeps: one copy of
    // the bytes in the WebAssembly's memory, not two.
    if first {
        ENV.with_borrow_mut(|e| e.plan = Some((url.to_owned(), pieces)));
    }
    Ok(bytes)
}

/// The pieces of a file (`Uint8Array`s) copied into one block of the
/// WebAssembly's memory, of just their size.
fn gathered(pieces: &js_sys::Array) -> Vec<u8> {
    let pieces: Vec<js_sys::Uint8Array> = pieces.iter().map(|p| p.unchecked_into()).collect();
    let mut bytes = vec![0; pieces.iter().map(|p| p.length() as usize).sum()];
    let mut at = 0;
    for p in &pieces {
        let end = at + p.length() as usize;
        p.copy_to(&mut bytes[at..end]);
        at = end;
    }
    bytes
}

/// Fetches and reads the list of demo documents.
pub async fn load_index() -> Result<Vec<PlanEntry>, LoadError> {
    let url = index_url();
    let bytes = fetch_bytes(&url).await?;
    std::str::from_utf8(&bytes)
        .ok()
        .and_then(|text| serde_json::from_str(text).ok())
        .ok_or_else(|| LoadError::index(url))
}

/// Reads a local file chosen by the reader (picker or drag and drop).
pub async fn read_local(file: web_sys::File) -> Result<(String, Vec<u8>), LoadError> {
    let name = file.name();
    let blob = gloo::file::Blob::from(file);
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map(|b| (name.clone(), b))
        .map_err(|_| LoadError::local(name))
}

/// Where a published folder keeps its manifest (`cruscotto publish`), next
/// to the app.
pub fn manifest_url() -> String {
    app_file(cruscotto_kit::publish::MANIFEST_FILE)
}

/// Where a published folder keeps its catalogue (`cruscotto publish`), next
/// to the app.
pub fn catalogue_url() -> String {
    app_file(cruscotto_kit::catalogue::CATALOGUE_FILE)
}

/// The publication manifest next to the app, if there is one that names a
/// plan (the built app ships one that names none).
pub async fn load_manifest() -> Option<cruscotto_kit::publish::Manifest> {
    let bytes = fetch_bytes(&manifest_url()).await.ok()?;
    cruscotto_kit::publish::parse_manifest(&bytes)
}

/// The loader of the worker for spreadsheets
/// (`crates/import-worker`, built by Trunk next to the app, not hashed: its
/// name is known here).
pub const IMPORT_WORKER_URL: &str = "cruscotto-import_loader.js";

/// Converts spreadsheet files in the import worker (loaded on first use,
/// so the page's first load carries none of the import's code). Returns
/// the worker's reply (`cruscotto_kit::reply`).
pub async fn import_in_worker(files: Vec<(String, Vec<u8>)>) -> Result<String, LoadError> {
    use wasm_bindgen::JsValue;
    let parts = js_sys::Array::new();
    for (name, bytes) in &files {
        parts.push(&JsValue::from_str(name));
        parts.push(&js_sys::Uint8Array::from(bytes.as_slice()));
    }
    ask_worker(&parts)
        .await?
        .as_string()
        .ok_or_else(LoadError::worker)
}

/// Writes a plan (its JSON text: the Piano filled in by the calculator) as
/// the filled spreadsheet, `.xlsx`, in the import worker (the kit's export
/// and the `.xlsx` writer are not in the page). `Ok(Err(path))`: the field
/// at `path` has no column of the template (empty: not written).
pub async fn workbook_in_worker(json: &str) -> Result<Result<Vec<u8>, String>, LoadError> {
    let parts = js_sys::Array::of2(&"compila".into(), &json.into());
    let reply = ask_worker(&parts).await?;
    Ok(match reply.as_string() {
        Some(path) => Err(path),
        None => Ok(reply
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| LoadError::worker())?
            .to_vec()),
    })
}

/// Starts the import worker, sends it `message` once it listens, and
/// returns its answer (then stops it).
async fn ask_worker(message: &js_sys::Array) -> Result<wasm_bindgen::JsValue, LoadError> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    let failed = LoadError::worker;
    // Next to the app; a worker must come from the page's origin, so when
    // the app is mounted from another origin this fails and says so.
    let worker = web_sys::Worker::new(&app_file(IMPORT_WORKER_URL)).map_err(|_| failed())?;
    let (tx, rx) = futures_channel::oneshot::channel::<Result<JsValue, LoadError>>();
    let tx = std::rc::Rc::new(std::cell::RefCell::new(Some(tx)));
    let tx_error = tx.clone();
    let message = message.clone();
    let sender = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                // The worker listens: send the request.
                if sender.post_message(&message).is_err() {
                    if let Some(tx) = tx.borrow_mut().take() {
                        let _ = tx.send(Err(LoadError::worker()));
                    }
                }
            } else if let Some(tx) = tx.borrow_mut().take() {
                let _ = tx.send(Ok(data));
            }
        });
    // The worker's script missing or failing: an error, not a wait forever.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(tx) = tx_error.borrow_mut().take() {
            let _ = tx.send(Err(LoadError::worker()));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = rx.await.unwrap_or_else(|_| Err(LoadError::worker()));
    worker.terminate();
    drop(on_message);
    drop(on_error);
    result
}

/// Reads several local files (the CSV files of a template).
pub async fn read_local_files(
    files: Vec<web_sys::File>,
) -> Result<Vec<(String, Vec<u8>)>, LoadError> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        out.push(read_local(f).await?);
    }
    Ok(out)
}

/// A `blob:` address holding `text` as a JSON file, for a download link
/// (the bytes stay in the browser).
pub fn json_download_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Frees a `blob:` address made by [`json_download_url`].
pub fn revoke_download_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Loads the full build (`incorpora.js`, with Subresource Integrity) and
/// hands the app over to it (it opens the document the address names, with
/// the bytes of the plan fetched here when it is the same address): on
/// success this app has been taken down (nothing of it may be touched
/// afterwards).
pub async fn start_full() -> Result<(), LoadError> {
    let full = ENV.with_borrow(|e| e.full.clone()).ok_or(LoadError::Full)?;
    // Handed over, not kept: once the full build has used them, nothing
    // holds the bytes (a plan that failed to hand over is fetched again).
    let (url, bytes) = ENV.with_borrow_mut(|e| match e.plan.take() {
        Some((url, pieces)) => (url.into(), pieces.into()),
        None => Default::default(),
    });
    let promise = full
        .call2(&wasm_bindgen::JsValue::UNDEFINED, &url, &bytes)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(LoadError::Full)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| LoadError::Full)
}
