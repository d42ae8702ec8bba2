//! The first load of the web app (`cruscotto-web`): the frame, the document
//! chooser and the overview; every other view is in `cruscotto-full`, loaded
//! on demand (see the library's documentation, `src/lib.rs`).
//! `public/incorpora.js` loads this WebAssembly and calls [`avvia`].

use wasm_bindgen::prelude::*;

fn main() {
    // Debug builds say why they panicked; release builds stay small.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// Starts the first build. `full`: the function of `incorpora.js` that
/// loads the full build and hands the app over to it.
#[wasm_bindgen]
pub fn avvia(mount: Option<web_sys::HtmlElement>, config: &str, full: JsValue) {
    cruscotto_web::start(
        mount,
        config,
        false,
        full,
        None,
        cruscotto_web::Views::FIRST,
    );
}
