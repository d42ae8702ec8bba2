//! What `cruscotto publish` adds to the built app: the manifest, which
//! names the plan file, its SHA-256 fingerprint and the act that approved
//! it, so that anyone can check that the page shows the adopted document.
//! The web app reads it back ([`parse_manifest`]) and compares the
//! fingerprint with the bytes it actually loaded ([`sha256_hex`]).

use cruscotto_core::{Approval, ApprovalBody, PlanFile};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Name of the manifest, at the root of the published folder.
pub const MANIFEST_FILE: &str = "manifest.json";
/// Version of the manifest's format.
pub const MANIFEST_FORMAT: &str = "cruscotto-manifest/1";

/// The SHA-256 of `bytes`, 64 lowercase hexadecimal digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest of a published plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Manifest {
    /// The plan file, relative to the manifest (`plans/piano.json`).
    pub plan: String,
    /// SHA-256 of the plan file's bytes.
    pub sha256: String,
    /// The act that approved the document (from `document.approval`).
    pub approval: Option<Approval>,
    /// When the folder was made, as the publisher wrote it (`--data`).
    pub generated_at: Option<String>,
    /// How many documents the folder's catalogue lists (`catalogo.json`),
    /// when it has one: the first load says the document is one of them
    /// without reading the catalogue.
    pub documents: Option<u32>,
}

fn body(s: &str) -> Option<ApprovalBody> {
    ApprovalBody::ALL.iter().copied().find(|b| b.as_str() == s)
}

/// The manifest's JSON text for a plan published at `plan_path`.
pub fn manifest_json(
    plan_path: &str,
    bytes: &[u8],
    plan: &PlanFile,
    generated_at: Option<&str>,
) -> String {
    let mut entry = crate::catalogue::Entry::new(plan_path, bytes, plan, None);
    entry.published_on = generated_at.map(str::to_string);
    entry_manifest_json(&entry, &plan.document.municipality.name, None)
}

/// The manifest's JSON text naming a document of a catalogue (its
/// publication date as `generated_at`) and, for a catalogue, how many
/// documents it lists (`documents`).
pub fn entry_manifest_json(
    entry: &crate::catalogue::Entry,
    municipality: &str,
    documents: Option<usize>,
) -> String {
    let mut m = json!({
        "format": MANIFEST_FORMAT,
        "plan": entry.file,
        "sha256": entry.sha256,
        "title": entry.title,
        "municipality": municipality,
    });
    if let Some(a) = &entry.approval {
        m["approval"] = serde_json::to_value(a).unwrap_or(Value::Null);
    }
    if let Some(g) = &entry.published_on {
        m["generated_at"] = Value::from(g.as_str());
    }
    if let Some(n) = documents {
        m["documents"] = Value::from(n);
    }
    serde_json::to_string_pretty(&m).unwrap_or_default() + "\n"
}

/// The manifest of a folder with no document: it names no plan, so the
/// app shows its chooser (like the built app's own `manifest.json`).
pub fn empty_manifest_json() -> String {
    let m = json!({ "format": MANIFEST_FORMAT, "plan": null });
    serde_json::to_string_pretty(&m).unwrap_or_default() + "\n"
}

/// True for a path inside the published folder: relative, no `..`, no
/// scheme, no host (the manifest never sends the app elsewhere).
pub fn is_local_path(p: &str) -> bool {
    !p.is_empty()
        && !p.starts_with('/')
        && !p.contains("://")
        && !p.contains(':')
        && !p.contains('\\')
        && !p.split('/').any(|s| s == ".." || s.is_empty())
}

/// A manifest as written; read into typed fields (not a `Value`: the web
/// app's first load reads it, and a `Value` reader would add to its size).
#[derive(serde::Deserialize)]
struct RawManifest {
    format: String,
    plan: String,
    sha256: String,
    #[serde(default)]
    approval: Option<RawApproval>,
    #[serde(default)]
    generated_at: Option<String>,
    #[serde(default)]
    documents: Option<u32>,
}

#[derive(serde::Deserialize)]
struct RawApproval {
    body: String,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    subject: Option<String>,
}

/// Reads a manifest; `None` if it is not one.
pub fn parse_manifest(bytes: &[u8]) -> Option<Manifest> {
    let m: RawManifest = serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()?;
    if m.format != MANIFEST_FORMAT {
        return None;
    }
    let sha256 = m.sha256.to_ascii_lowercase();
    if !is_local_path(&m.plan)
        || sha256.len() != 64
        || !sha256.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    let approval = m.approval.and_then(|a| {
        Some(Approval {
            body: body(&a.body)?,
            number: a.number,
            date: a.date,
            subject: a.subject,
        })
    });
    Some(Manifest {
        plan: m.plan,
        sha256,
        approval,
        generated_at: m.generated_at,
        documents: m.documents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_inputs() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn manifest_round_trip_and_refusals() {
        let plan = cruscotto_core::parse_plan(crate::export::EXAMPLE.as_bytes()).unwrap();
        let text = manifest_json("plans/piano.json", b"abc", &plan, Some("2024-04-05"));
        let m = parse_manifest(text.as_bytes()).unwrap();
        assert_eq!(m.plan, "plans/piano.json");
        assert_eq!(m.sha256, sha256_hex(b"abc"));
        assert_eq!(m.approval, plan.document.approval);
        assert_eq!(m.generated_at.as_deref(), Some("2024-04-05"));
        for bad in [
            "https://evil.example/p.json",
            "/etc/p.json",
            "../p.json",
            "a//b.json",
            "javascript:alert(1)",
        ] {
            assert!(!is_local_path(bad), "{bad}");
            let t = text.replace("plans/piano.json", bad);
            assert!(parse_manifest(t.as_bytes()).is_none(), "{bad}");
        }
        assert!(parse_manifest(b"{}").is_none());
        assert!(parse_manifest(b"not json").is_none());
    }
}
