//! Every view of the web app (`cruscotto-full`): loaded on demand by
//! `public/incorpora.js` when the reader opens a view the first load
//! (`cruscotto-web`) does not carry (see `src/lib.rs`).

use wasm_bindgen::prelude::*;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// Starts the full build. `taken_over`: started by the first build when
/// the reader opened a view it does not carry (the new page's heading
/// then gets the focus). `plan_url`, `plan`: the address of the plan the
/// first build fetched and its bytes, as the pieces (`Uint8Array`s) they
/// arrived in (`undefined` if none), so that it is not fetched again.
#[wasm_bindgen]
pub fn avvia(
    mount: Option<web_sys::HtmlElement>,
    config: &str,
    taken_over: bool,
    plan_url: Option<String>,
    plan: Option<js_sys::Array>,
) {
    cruscotto_web::start(
        mount,
        config,
        taken_over,
        JsValue::UNDEFINED,
        plan_url.zip(plan),
        cruscotto_web::Views::ALL,
    );
}
