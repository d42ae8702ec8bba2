//! The result of an import as a small JSON text, and back: what the web
//! app's import worker (`crates/import-worker`) sends to the page. The page
//! thus links none of the import's code; the worker runs [`crate::import_files`],
//! the same function as the command.

use cruscotto_core::{Lang, Severity};
use serde_json::{json, Value};

use crate::Imported;

/// A problem, already written in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyProblem {
    /// How serious.
    pub severity: Severity,
    /// The Italian sentence.
    pub it: String,
    /// The English sentence.
    pub en: String,
}

impl ReplyProblem {
    /// The sentence in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::It => &self.it,
            Lang::En => &self.en,
        }
    }
}

/// The result of an import, as the page receives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    /// The plan's JSON (what `cruscotto import` writes), if one was built.
    pub json: Option<String>,
    /// Every problem, errors first.
    pub problems: Vec<ReplyProblem>,
}

/// An import's result → the reply's text.
pub fn to_reply(imp: &Imported) -> String {
    let problems: Vec<Value> = imp
        .problems
        .iter()
        .map(|p| {
            json!({
                "severity": p.severity.as_str(),
                "it": p.message(Lang::It),
                "en": p.message(Lang::En),
            })
        })
        .collect();
    json!({ "json": imp.json, "problems": problems }).to_string()
}

/// The reply's text → the result; `None` if it is not a reply.
pub fn from_reply(text: &str) -> Option<Reply> {
    let v: Value = serde_json::from_str(text).ok()?;
    let json = v.get("json")?.as_str().map(str::to_string);
    let problems = v
        .get("problems")?
        .as_array()?
        .iter()
        .map(|p| {
            let severity = match p.get("severity")?.as_str()? {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                _ => Severity::Info,
            };
            Some(ReplyProblem {
                severity,
                it: p.get("it")?.as_str()?.to_string(),
                en: p.get("en")?.as_str()?.to_string(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Reply { json, problems })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_carries_the_json_and_the_messages_in_both_languages() {
        let files = vec![("nulla.txt".to_string(), b"ciao".to_vec())];
        let imp = crate::import_files(&files);
        let back = from_reply(&to_reply(&imp)).unwrap();
        assert_eq!(back.json, None);
        assert_eq!(back.problems.len(), 1);
        assert_eq!(back.problems[0].severity, Severity::Error);
        assert_eq!(
            back.problems[0].message(Lang::It),
            imp.problems[0].message(Lang::It)
        );
        assert_eq!(
            back.problems[0].message(Lang::En),
            imp.problems[0].message(Lang::En)
        );
        let wb = crate::template();
        let imp = crate::import::import(&wb);
        let back = from_reply(&to_reply(&imp)).unwrap();
        assert_eq!(back.json, imp.json);
        assert!(from_reply("{}").is_none());
    }
}
