//! The catalogue of a published folder (`catalogo.json`): whose documents
//! the folder holds and, for each, its file under `plans/`, kind, years,
//! approval act, publication date and SHA-256. `cruscotto publish` reads
//! it, adds, replaces or removes a document ([`Catalogue::add`],
//! [`Catalogue::remove`]) and writes it back with the manifest of the
//! latest document ([`Catalogue::latest`]) and the chooser's
//! `plans/index.json` ([`Catalogue::index_json`]).
//!
//! Pure: bytes in, values out. The sentences are in [`crate::messages`].

use cruscotto_core::{
    Approval, DocumentKind, Municipality, ParseErrorKind, ParsePlanError, Period, PlanFile,
};
use serde::{Deserialize, Serialize};

use crate::publish::{is_local_path, sha256_hex};

/// Name of the catalogue, at the root of the published folder.
pub const CATALOGUE_FILE: &str = "catalogo.json";
/// Version of the catalogue's format.
pub const CATALOGUE_FORMAT: &str = "cruscotto-catalogo/1";
/// The folder of the documents, relative to the catalogue.
pub const PLANS_DIR: &str = "plans";

/// The catalogue of a published folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Always [`CATALOGUE_FORMAT`].
    pub format: String,
    /// Whose documents these are (from the first document published).
    pub municipality: Owner,
    /// The documents, by reference year, then kind (piano, piao,
    /// monitoraggio, relazione), then file.
    pub documents: Vec<Entry>,
}

/// The municipality of the folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    /// Name, as the first document writes it.
    pub name: String,
    /// Province code (sigla).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// ISTAT code (6 digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub istat_code: Option<String>,
}

/// One published document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The file, relative to the catalogue (`plans/piano-2024.json`).
    pub file: String,
    /// Title as printed on the document.
    pub title: String,
    /// Kind of document.
    pub kind: DocumentKind,
    /// Years covered.
    pub period: Period,
    /// The year the results refer to, or the plan's first year.
    pub reference_year: i32,
    /// The act that approved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Date of publication (`--data`, else the document's `published_on`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<String>,
    /// SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
    pub sha256: String,
}

/// Why the catalogue cannot be read: what and where.
#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueError {
    /// Not JSON, or not the catalogue's fields: what and where (JSON path,
    /// line, column), as the core says it of a plan.
    Json(ParsePlanError),
    /// `format` is not [`CATALOGUE_FORMAT`].
    Format(String),
    /// `documents[i].file` is not a file under `plans/` of the folder.
    BadFile { index: usize, file: String },
    /// `documents[i].sha256` is not 64 hexadecimal digits.
    BadSha256 { index: usize },
    /// `documents[i].file` is listed twice.
    Repeated { index: usize, file: String },
}

/// Why a document is not added or removed.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The plan is another municipality's.
    OtherMunicipality { folder: String, plan: String },
    /// A document with this file name is already there.
    SameFile { file: String },
    /// A document of the same kind and year is already there, in `file`.
    SameKindYear {
        file: String,
        kind: DocumentKind,
        year: i32,
    },
    /// The file's name cannot be a published document's: not `.json`, the
    /// chooser's `index.json`, the empty template's `modello.json`, or not a
    /// plain name.
    FileName { file: String },
    /// `--rimuovi`: no document has this file.
    NotListed { file: String, listed: Vec<String> },
}

/// The order of kinds within a year: the cycle's order.
fn kind_rank(k: DocumentKind) -> u8 {
    match k {
        DocumentKind::Piano => 0,
        DocumentKind::Piao => 1,
        DocumentKind::Monitoraggio => 2,
        DocumentKind::Relazione => 3,
    }
}

/// The year a document is filed under: its reference year, else the first
/// year of its period.
pub fn year_of(plan: &PlanFile) -> i32 {
    let d = &plan.document;
    d.reference_year.unwrap_or(d.period.start)
}

/// A document's file: `plans/NAME.json`, a plain local name, neither the
/// chooser's list (`index.json`) nor the name the empty template's download
/// would take (`modello.json` → `plans/modelli/modello.xlsx`).
pub fn is_document_file(file: &str) -> bool {
    let Some(name) = file.strip_prefix("plans/") else {
        return false;
    };
    is_local_path(file)
        && name.len() > ".json".len()
        && name.ends_with(".json")
        && !name.contains('/')
        && name != "index.json"
        && name != "modello.json"
}

/// `plans/NAME` for a file name (`NAME` or `plans/NAME` given).
pub fn plan_path(name: &str) -> String {
    let name = name.strip_prefix("plans/").unwrap_or(name);
    format!("{PLANS_DIR}/{name}")
}

impl Entry {
    /// The entry of a plan published at `file` (`plans/…`), from its bytes.
    pub fn new(file: &str, bytes: &[u8], plan: &PlanFile, published_on: Option<&str>) -> Entry {
        let d = &plan.document;
        Entry {
            file: file.to_string(),
            title: d.title.clone(),
            kind: d.kind,
            period: d.period.clone(),
            reference_year: year_of(plan),
            approval: d.approval.clone(),
            published_on: published_on.map(str::to_string).or(d.published_on.clone()),
            sha256: sha256_hex(bytes),
        }
    }

    /// The file's name inside `plans/`.
    pub fn name(&self) -> &str {
        self.file.strip_prefix("plans/").unwrap_or(&self.file)
    }

    fn order(&self) -> (i32, u8, &str) {
        (self.reference_year, kind_rank(self.kind), &self.file)
    }
}

impl Owner {
    /// The municipality of a plan.
    pub fn of(m: &Municipality) -> Owner {
        Owner {
            name: m.name.clone(),
            province: m.province.clone(),
            istat_code: m.istat_code.clone(),
        }
    }

    /// The same municipality: the same ISTAT code when both have one, else
    /// the same name (case, spaces and a leading «Comune di» aside).
    pub fn is(&self, m: &Municipality) -> bool {
        match (&self.istat_code, &m.istat_code) {
            (Some(a), Some(b)) => a.trim() == b.trim(),
            _ => name_key(&self.name) == name_key(&m.name),
        }
    }
}

fn name_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let words = match words.as_slice() {
        [c, di, rest @ ..] if c == "comune" && di == "di" && !rest.is_empty() => rest,
        all => all,
    };
    words.join(" ")
}

impl Catalogue {
    /// An empty catalogue for a municipality.
    pub fn new(m: &Municipality) -> Catalogue {
        Catalogue {
            format: CATALOGUE_FORMAT.into(),
            municipality: Owner::of(m),
            documents: Vec::new(),
        }
    }

    /// Adds the document `entry` of `plan`. Refused for another
    /// municipality's plan, and — unless `replace` — when a document with
    /// the same file, or of the same kind and year, is already there.
    /// Returns the documents it replaced.
    pub fn add(
        &mut self,
        entry: Entry,
        plan: &PlanFile,
        replace: bool,
    ) -> Result<Vec<Entry>, Refusal> {
        if !is_document_file(&entry.file) {
            return Err(Refusal::FileName {
                file: entry.name().to_string(),
            });
        }
        let m = &plan.document.municipality;
        if !self.municipality.is(m) {
            return Err(Refusal::OtherMunicipality {
                folder: self.municipality.name.clone(),
                plan: m.name.clone(),
            });
        }
        let clashes = |e: &Entry| {
            e.file == entry.file
                || (e.kind == entry.kind && e.reference_year == entry.reference_year)
        };
        if !replace {
            if let Some(e) = self.documents.iter().find(|e| clashes(e)) {
                return Err(if e.file == entry.file {
                    Refusal::SameFile {
                        file: e.name().to_string(),
                    }
                } else {
                    Refusal::SameKindYear {
                        file: e.name().to_string(),
                        kind: e.kind,
                        year: e.reference_year,
                    }
                });
            }
        }
        let (replaced, kept) = self.documents.drain(..).partition(|e| clashes(e));
        self.documents = kept;
        self.documents.push(entry);
        self.sort();
        Ok(replaced)
    }

    /// Takes out the document whose file is `name` (`NAME` or `plans/NAME`).
    pub fn remove(&mut self, name: &str) -> Result<Entry, Refusal> {
        let file = plan_path(name);
        match self.documents.iter().position(|e| e.file == file) {
            Some(i) => Ok(self.documents.remove(i)),
            None => Err(Refusal::NotListed {
                file: name.to_string(),
                listed: self
                    .documents
                    .iter()
                    .map(|e| e.name().to_string())
                    .collect(),
            }),
        }
    }

    /// The document the manifest names: the last by year and kind.
    pub fn latest(&self) -> Option<&Entry> {
        self.documents
            .iter()
            .max_by(|a, b| a.order().cmp(&b.order()))
    }

    fn sort(&mut self) {
        self.documents.sort_by(|a, b| a.order().cmp(&b.order()));
    }

    /// The catalogue's JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// `plans/index.json`: the documents as the app's chooser lists them.
    pub fn index_json(&self) -> String {
        let list: Vec<serde_json::Value> = self
            .documents
            .iter()
            .map(|e| {
                let mut v = serde_json::json!({
                    "file": e.name(),
                    "municipality": self.municipality.name,
                    "title": e.title,
                    "kind": e.kind.as_str(),
                    "year": e.reference_year,
                });
                if let Some(p) = &self.municipality.province {
                    v["province"] = p.clone().into();
                }
                v
            })
            .collect();
        serde_json::to_string_pretty(&list).unwrap_or_default() + "\n"
    }
}

/// Reads a catalogue: every document's file a path under `plans/`, its
/// fingerprint 64 hexadecimal digits, no file twice; sorted.
pub fn parse_catalogue(bytes: &[u8]) -> Result<Catalogue, CatalogueError> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(CatalogueError::Json(ParsePlanError {
            path: "$".into(),
            line: 0,
            column: 0,
            kind: ParseErrorKind::NotUtf8,
        }));
    };
    // The version first: another version's fields are not this one's.
    #[derive(Deserialize)]
    struct Header {
        format: String,
    }
    if let Ok(h) = serde_json::from_str::<Header>(text) {
        if h.format != CATALOGUE_FORMAT {
            return Err(CatalogueError::Format(h.format));
        }
    }
    let mut c: Catalogue = serde_json::from_str(text)
        .map_err(|e| CatalogueError::Json(cruscotto_core::locate_json_error(text, &e)))?;
    for (index, e) in c.documents.iter_mut().enumerate() {
        if !is_document_file(&e.file) {
            return Err(CatalogueError::BadFile {
                index,
                file: e.file.clone(),
            });
        }
        e.sha256.make_ascii_lowercase();
        if e.sha256.len() != 64 || !e.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CatalogueError::BadSha256 { index });
        }
    }
    for (index, e) in c.documents.iter().enumerate() {
        if c.documents[..index].iter().any(|o| o.file == e.file) {
            return Err(CatalogueError::Repeated {
                index,
                file: e.file.clone(),
            });
        }
    }
    c.sort();
    Ok(c)
}
