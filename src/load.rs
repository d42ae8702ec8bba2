//! The only module that does I/O: it reads the page address and fetches
//! bytes over HTTP. Everything it returns is plain data; parsing and checks
//! are the core's job ([`cruscotto_core::parse_plan`], [`cruscotto_core::analyse`]).
//!
//! URLs are used as given: relative ones resolve against the page, so the
//! built app works under any sub-path.

use cruscotto_core::{Lang, ParsePlanError, PlanFile};
use gloo::net::http::Request;
use serde::Deserialize;

use crate::text;

/// Where the list of bundled demo documents lives, relative to the page.
pub const INDEX_URL: &str = "plans/index.json";

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
    /// The address of the plan file, relative to the page.
    pub fn url(&self) -> String {
        format!("plans/{}", self.file)
    }
}

/// Why a file could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, refused, blocked by CORS …).
    Network { url: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The demo list is not the expected JSON.
    Index { url: String },
    /// The plan file is not a valid `cruscotto/1` document.
    Plan(ParsePlanError),
}

impl LoadError {
    /// A full sentence for the reader: what went wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { url } => text::load_network(url),
            LoadError::Status { url, status } => text::load_status(url, *status),
            LoadError::Index { url } => text::load_index(url),
            LoadError::Plan(e) => e.message(lang),
        }
    }
}

/// The `src` parameter of the page address (`?src=URL`), if any.
pub fn src_param() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("src").filter(|s| !s.trim().is_empty())
}

/// Fetches the bytes at `url`.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
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
    response.binary().await.map_err(|_| network())
}

/// Fetches and reads the list of bundled demo documents.
pub async fn load_index(url: &str) -> Result<Vec<PlanEntry>, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network {
            url: url.to_owned(),
        })?;
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    response
        .json::<Vec<PlanEntry>>()
        .await
        .map_err(|_| LoadError::Index {
            url: url.to_owned(),
        })
}

/// Fetches a plan file and parses it.
pub async fn load_plan(url: &str) -> Result<PlanFile, LoadError> {
    let bytes = fetch_bytes(url).await?;
    cruscotto_core::parse_plan(&bytes).map_err(LoadError::Plan)
}
