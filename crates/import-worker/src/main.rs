//! The web app's import worker: receives the files a reader chose (name,
//! bytes, name, bytes …), runs `cruscotto_kit::import_files` on them (the
//! same function as `cruscotto import`) and answers with the reply's text
//! (`cruscotto_kit::reply`). It says `ready` first, once it can listen.
//!
//! A separate WebAssembly module, loaded only when a spreadsheet is opened:
//! the page's first load carries none of the import's code.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let answer = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let parts = js_sys::Array::from(&e.data());
            let files: Vec<(String, Vec<u8>)> = (0..parts.length() / 2)
                .map(|i| {
                    let name = parts.get(2 * i).as_string().unwrap_or_default();
                    let bytes = js_sys::Uint8Array::new(&parts.get(2 * i + 1)).to_vec();
                    (name, bytes)
                })
                .collect();
            let imported = cruscotto_kit::import_files(&files);
            let _ = answer.post_message(&JsValue::from_str(&cruscotto_kit::reply::to_reply(
                &imported,
            )));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
