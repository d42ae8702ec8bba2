//! Cruscotto web app, built twice from this library (`ARCHITECTURE.md`):
//!
//! - `cruscotto-web` (`src/main.rs`), **the first load**: the frame,
//!   opening the document the address (or the host page, or the published
//!   folder's manifest) names, the overview (Sintesi). What a citizen
//!   downloads before seeing anything; its size is checked by `scripts/test`.
//! - `cruscotto-full` (`src/bin/cruscotto-full.rs`): every view. Loaded on
//!   demand by `public/incorpora.js` (with Subresource Integrity) when the
//!   reader opens a view the first build does not carry (the document
//!   chooser too), or directly when the address names such a view; it takes
//!   over the same element and opens the same document from the address,
//!   with the bytes the first build fetched (handed over by `incorpora.js`:
//!   the plan is downloaded once).
//!
//! Which views a build carries is the function it passes to [`start`]; with
//! link-time optimisation the pages the first build never names are not in
//! its WebAssembly at all.

/// Both builds allocate with talc (see `Cargo.toml`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod app;
mod archive;
mod components;
mod embed;
mod frame;
mod history;
mod load;
mod open;
mod pages;
mod present;
mod ready;
mod route;
mod state;
mod text;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

pub use app::Views;

thread_local! {
    /// The mounted app, so that [`ferma`] can take it down.
    static MOUNTED: RefCell<Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>> =
        const { RefCell::new(None) };
}

/// Starts the app. `mount`: the element to draw in (inside a shadow root of
/// the host page), or nothing for the stand-alone page. `config`: the
/// settings of [`embed::StartConfig`] as JSON (malformed ones are ignored:
/// the address and the defaults decide). JSON text rather than a JS object:
/// the app already carries a JSON reader, a second deserializer would add
/// to its size. `taken_over`: the full build started by the first one (the
/// new page's heading gets the focus). `full`: `incorpora.js`'s loader of
/// the full build (`undefined` in the full build itself). `plan`: the
/// address and bytes of the plan the first build fetched, handed to the
/// full build: the same address is not fetched again.
pub fn start(
    mount: Option<web_sys::HtmlElement>,
    config: &str,
    taken_over: bool,
    full: JsValue,
    plan: Option<(String, js_sys::Array)>,
    views: Views,
) {
    let config: embed::StartConfig = serde_json::from_str(config).unwrap_or_default();
    load::set_env(&config.base, mount.as_ref(), full, plan);
    let target = match mount {
        Some(el) => el,
        None => leptos::prelude::document()
            .body()
            .expect("the page has a body"),
    };
    let handle = leptos::mount::mount_to(target, move || {
        leptos::prelude::IntoAny::into_any(app::App(app::AppProps {
            config,
            taken_over,
            views,
        }))
    });
    MOUNTED.with_borrow_mut(|m| *m = Some(handle));
}

/// Takes the app down (its elements, listeners and state): the first build
/// calls it when the full build takes over.
#[wasm_bindgen]
pub fn ferma() {
    MOUNTED.with_borrow_mut(|m| drop(m.take()));
}
