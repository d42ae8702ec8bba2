//! Every view of the web app (`cruscotto-full`): loaded on demand by
//! `public/incorpora.js` when the reader opens a view the first load
//! (`cruscotto-web`) does not carry (see `src/lib.rs`).

use wasm_bindgen::prelude::*;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// Starts the full build. `handoff`: the document the first build had
/// opened from local files (`undefined` when the address names it).
#[wasm_bindgen]
pub fn avvia(mount: Option<web_sys::HtmlElement>, config: &str, handoff: JsValue) {
    cruscotto_web::start(
        mount,
        config,
        handoff,
        JsValue::UNDEFINED,
        cruscotto_web::Views::ALL,
    );
}
