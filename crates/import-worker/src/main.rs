//! The web app's worker for spreadsheets. It says `ready`
//! first, once it can listen, then answers one request:
//!
//! - the files a reader chose (name, bytes, name, bytes …): runs
//!   `cruscotto_kit::import_files` on them (the same function as
//!   `cruscotto import`) and answers with the reply's text
//!   (`cruscotto_kit::reply`);
//! - `["compila", plan JSON]`: a plan (the Piano filled in by the
//!   calculator) as the filled spreadsheet, `cruscotto export`'s sheets
//!   written as `.xlsx` (`cruscotto_xlsx`); answers its bytes, or a text:
//!   the JSON path of a field no column holds (empty: the plan could not be
//!   read or written).
//!
//! A separate WebAssembly module, loaded only when a spreadsheet is opened
//! or a filled-in Piano's spreadsheet written: the page's first load and
//! the full build carry none of that code (a table's CSV and JSON are
//! written by the full build itself).

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
            if parts.get(0).as_string().as_deref() == Some("compila") {
                let _ =
                    answer.post_message(&workbook(&parts.get(1).as_string().unwrap_or_default()));
                return;
            }
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

/// A plan's JSON text → the bytes of its filled spreadsheet (`.xlsx`), or
/// the JSON path of a field no column holds (empty: not a plan, or not
/// written).
fn workbook(json: &str) -> JsValue {
    let Ok(plan) = cruscotto_core::parse_plan(json.as_bytes()) else {
        return JsValue::from_str("");
    };
    match cruscotto_kit::export(&plan) {
        Err(e) => JsValue::from_str(&e.path),
        Ok(wb) => match cruscotto_xlsx::xlsx(&wb) {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(_) => JsValue::from_str(""),
        },
    }
}
