//! Cruscotto web app. `public/incorpora.js` loads the WebAssembly and calls
//! [`avvia`]: on the stand-alone page (the app fills the page) or on an
//! element of another page (the app lives in that element's shadow root).

mod app;
mod components;
mod embed;
mod export;
mod load;
mod pages;
mod present;
mod ready;
mod route;
mod state;
mod text;

use wasm_bindgen::prelude::*;

fn main() {
    // Debug builds say why they panicked; release builds stay small.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// Starts the app. `mount`: the element to draw in (inside a shadow root of
/// the host page), or nothing for the stand-alone page. `config`: the
/// settings of [`embed::StartConfig`] as JSON (malformed ones are ignored:
/// the address and the defaults decide). JSON text rather than a JS object:
/// the app already carries a JSON reader, a second deserializer would add
/// to its size.
#[wasm_bindgen]
pub fn avvia(mount: Option<web_sys::HtmlElement>, config: &str) {
    let config: embed::StartConfig = serde_json::from_str(config).unwrap_or_default();
    load::set_env(&config.base, mount.as_ref());
    match mount {
        Some(el) => {
            leptos::mount::mount_to(el, move || app::App(app::AppProps { config })).forget()
        }
        None => leptos::mount::mount_to_body(move || app::App(app::AppProps { config })),
    }
}
