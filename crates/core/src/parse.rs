//! Bytes → [`PlanFile`], or a located [`ParsePlanError`].
//!
//! A root that is not an object is refused first, plainly. Then one plain
//! `serde_json::from_slice`; only when it fails are the bytes scanned
//! ([`crate::locate`]) to say *where* (JSON path and line:column), and serde's
//! message sorted into a [`ParseErrorKind`], to say *what* in a sentence a
//! publisher can act on, in Italian or English.

use std::fmt;

use serde::Deserialize;

use crate::decimal::DEC_ERROR_TAG;
use crate::format::{PlanFile, FORMAT_VERSION};

/// Largest file accepted, in bytes. A performance plan is a few hundred KB;
/// anything near this is a mistake (a wrong file, an export gone wrong).
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// Why a file could not be read as a `cruscotto/1` plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsePlanError {
    /// JSON path of the offending value (`$.objectives[3].weight`), `$` for the root.
    pub path: String,
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// 1-based column (0 when unknown).
    pub column: usize,
    /// What is wrong.
    pub kind: ParseErrorKind,
}

/// What is wrong with a file that could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The file is empty (or only blanks).
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not UTF-8 text.
    NotUtf8,
    /// The JSON ends before it is complete.
    Truncated,
    /// Nested deeper than the parser allows (128 levels).
    TooDeep,
    /// Malformed JSON; `detail` is a short description of the problem.
    Syntax { detail: SyntaxDetail },
    /// The file is JSON, but its root is not an object.
    RootNotObject { found: JsonKind },
    /// The `format` field is missing.
    MissingVersion,
    /// The `format` field names a version this program does not read.
    UnknownVersion { found: String },
    /// A required field is missing.
    MissingField { field: String },
    /// A field written twice in the same object.
    DuplicateField { field: String },
    /// A list with the wrong number of items.
    InvalidLength { length: String, expected: String },
    /// A field that the format does not have (often a typo).
    UnknownField {
        field: String,
        expected: Vec<String>,
    },
    /// A value outside the allowed list.
    UnknownVariant {
        value: String,
        expected: Vec<String>,
    },
    /// A value of the wrong type (text where a list is expected …).
    InvalidType { found: String, expected: String },
    /// A value of the right type but not acceptable (e.g. 300 for an SDG).
    InvalidValue { found: String, expected: String },
    /// A decimal that is not in canonical form or cannot be held exactly.
    Decimal {
        problem: DecimalProblem,
        literal: String,
    },
    /// Anything else serde reported.
    Other { message: String },
}

/// What a JSON value is, when it is not the object a plan must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    /// `[ … ]`
    Array,
    /// `"…"`
    String,
    /// `12`, `-3.5`
    Number,
    /// `true`, `false`
    Boolean,
    /// `null`
    Null,
}

/// Kinds of malformed JSON, for a precise message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxDetail {
    /// A comma or a closing bracket is expected.
    ExpectedCommaOrClose,
    /// A value is expected.
    ExpectedValue,
    /// A colon after an object key is expected.
    ExpectedColon,
    /// Object keys must be strings in double quotes.
    KeyMustBeString,
    /// A trailing comma before `}` or `]`.
    TrailingComma,
    /// Text after the end of the document.
    TrailingCharacters,
    /// A control character (e.g. a raw newline) inside a string.
    ControlCharacter,
    /// A bad `\` escape inside a string.
    InvalidEscape,
    /// A malformed number.
    InvalidNumber,
    /// Something else.
    Other,
}

/// What is wrong with a decimal literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalProblem {
    /// Not a plain decimal (Italian separators, letters, spaces).
    Syntax,
    /// Exponent notation.
    Exponent,
    /// Too many digits or too large to be held exactly.
    Range,
    /// Not a number or a string at all.
    Type,
    /// An empty string.
    Empty,
}

impl fmt::Display for ParsePlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for ParsePlanError {}

#[derive(Deserialize)]
struct Header {
    format: Option<Box<serde_json::value::RawValue>>,
}

/// Parses a `cruscotto/1` file from its bytes.
///
/// Never panics: every malformed input, however broken, deep or large, is an
/// `Err` with a path, a position and a kind.
pub fn parse_plan(bytes: &[u8]) -> Result<PlanFile, ParsePlanError> {
    let at_root = |kind| ParsePlanError {
        path: "$".into(),
        line: 0,
        column: 0,
        kind,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(at_root(ParseErrorKind::TooLarge { bytes: bytes.len() }));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(at_root(ParseErrorKind::Empty));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = line_col(bytes, e.valid_up_to());
            return Err(ParsePlanError {
                path: "$".into(),
                line,
                column,
                kind: ParseErrorKind::NotUtf8,
            });
        }
    };
    let first = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let found = first.and_then(|i| match bytes[i] {
        b'[' => Some(JsonKind::Array),
        b'"' => Some(JsonKind::String),
        b'-' | b'0'..=b'9' => Some(JsonKind::Number),
        b't' | b'f' => Some(JsonKind::Boolean),
        b'n' => Some(JsonKind::Null),
        _ => None,
    });
    if let (Some(i), Some(found)) = (first, found) {
        let (line, column) = line_col(bytes, i);
        return Err(ParsePlanError {
            path: "$".into(),
            line,
            column,
            kind: ParseErrorKind::RootNotObject { found },
        });
    }
    // From the text checked above: the reader need not check each string's
    // UTF-8 again.
    match serde_json::from_str::<PlanFile>(text) {
        Ok(plan) if plan.format == FORMAT_VERSION => Ok(plan),
        Ok(plan) => Err(version_error(bytes, Some(plan.format))),
        Err(e) => Err(locate_failure(text, &e)),
    }
}

fn version_error(bytes: &[u8], found: Option<String>) -> ParsePlanError {
    let (line, column) = crate::locate::locate(bytes, "$.format").unwrap_or((0, 0));
    let kind = match found {
        Some(found) => ParseErrorKind::UnknownVersion { found },
        None => ParseErrorKind::MissingVersion,
    };
    ParsePlanError {
        path: "$.format".into(),
        line,
        column,
        kind,
    }
}

/// After a failed parse: say where (the path of the value at the error's
/// position) and why.
///
/// JSON is read from text everywhere (never from bytes): one reader, so its
/// code is in the app once.
fn locate_failure(text: &str, err: &serde_json::Error) -> ParsePlanError {
    let bytes = text.as_bytes();
    // A file of another version (or not of ours at all) gets that message
    // first, rather than a complaint about some field deep inside.
    if let Ok(header) = serde_json::from_str::<Header>(text) {
        match header.format.map(|raw| raw.get().to_string()) {
            Some(text) => match serde_json::from_str::<String>(&text) {
                Ok(s) if s == FORMAT_VERSION => {}
                Ok(s) => return version_error(bytes, Some(s)),
                Err(_) => return version_error(bytes, Some(text)),
            },
            None => return version_error(bytes, None),
        }
    }
    locate_json_error(text, err)
}

/// Where and what a `serde_json` error is in a JSON text, a plan's or
/// another's read into typed fields (the kit's publication catalogue): its
/// JSON path, line, column (in characters, from 1) and kind, which
/// [`crate::messages::parse_error`] says in Italian or English.
pub fn locate_json_error(text: &str, err: &serde_json::Error) -> ParsePlanError {
    let bytes = text.as_bytes();
    // serde_json counts columns in bytes (and says 0 at the start of a line):
    // a person counts characters from 1.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let pos = crate::locate::offset_after(bytes, err.line(), err.column());
    let (line, column) = line_col(bytes, pos.saturating_sub(1));
    let path = crate::locate::path_at(bytes, pos);
    let mut kind = classify(err);
    // serde_json says "expected value" also where there is a value, of a
    // kind a list of allowed words cannot take (`"kind": 3`): in a file that
    // is valid JSON, that is a value of the wrong type, not a missing one.
    if kind
        == (ParseErrorKind::Syntax {
            detail: SyntaxDetail::ExpectedValue,
        })
        && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
    {
        if let Some(found) = value_kind_at(bytes, pos.saturating_sub(1)) {
            kind = ParseErrorKind::InvalidType {
                found,
                expected: "a string".into(),
            };
        }
    }
    ParsePlanError {
        path,
        line,
        column,
        kind,
    }
}

/// The JSON value starting at byte `at`, described as serde describes a
/// value of the wrong type (`integer \`3\``, `boolean \`true\``, `map` …).
fn value_kind_at(bytes: &[u8], at: usize) -> Option<String> {
    let rest = bytes.get(at..)?;
    let end = rest
        .iter()
        .position(|b| b",]} \t\r\n".contains(b))
        .unwrap_or(rest.len());
    let literal = String::from_utf8_lossy(&rest[..end]);
    Some(match rest.first()? {
        b'-' | b'0'..=b'9' if literal.contains(['.', 'e', 'E']) => {
            format!("floating point `{literal}`")
        }
        b'-' | b'0'..=b'9' => format!("integer `{literal}`"),
        b't' | b'f' => format!("boolean `{literal}`"),
        b'n' => "null".into(),
        b'[' => "sequence".into(),
        b'{' => "map".into(),
        _ => return None,
    })
}

/// The serde message without its " at line L column C" suffix.
fn bare_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Items between backticks: "`a`, `b`" → ["a", "b"].
fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn classify(e: &serde_json::Error) -> ParseErrorKind {
    use serde_json::error::Category;
    let msg = bare_message(e);
    match e.classify() {
        Category::Eof => return ParseErrorKind::Truncated,
        Category::Io => return ParseErrorKind::Other { message: msg },
        Category::Syntax => {
            let detail = if msg.contains("recursion limit") {
                return ParseErrorKind::TooDeep;
            } else if msg.contains("trailing comma") {
                SyntaxDetail::TrailingComma
            } else if msg.contains("expected `,` or") {
                SyntaxDetail::ExpectedCommaOrClose
            } else if msg.contains("expected `:`") {
                SyntaxDetail::ExpectedColon
            } else if msg.contains("key must be a string") {
                SyntaxDetail::KeyMustBeString
            } else if msg.contains("trailing characters") {
                SyntaxDetail::TrailingCharacters
            } else if msg.contains("control character") {
                SyntaxDetail::ControlCharacter
            } else if msg.contains("escape") || msg.contains("unicode code point") {
                SyntaxDetail::InvalidEscape
            } else if msg.contains("number") {
                SyntaxDetail::InvalidNumber
            } else if msg.contains("expected value") || msg.contains("expected ident") {
                SyntaxDetail::ExpectedValue
            } else {
                SyntaxDetail::Other
            };
            return ParseErrorKind::Syntax { detail };
        }
        Category::Data => {}
    }
    if let Some(rest) = msg.strip_prefix(DEC_ERROR_TAG) {
        let (kind, literal) = rest.split_once(':').unwrap_or((rest, ""));
        let problem = match kind {
            "exponent" => DecimalProblem::Exponent,
            "range" => DecimalProblem::Range,
            "type" => DecimalProblem::Type,
            "empty" => DecimalProblem::Empty,
            _ => DecimalProblem::Syntax,
        };
        return ParseErrorKind::Decimal {
            problem,
            literal: literal.to_string(),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return ParseErrorKind::MissingField {
            field: backticked(rest).concat(),
        };
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return ParseErrorKind::DuplicateField {
            field: backticked(rest).concat(),
        };
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if expected.starts_with("struct ") {
            // serde reads a struct from a list too: what was found is a list.
            return ParseErrorKind::InvalidType {
                found: "sequence".into(),
                expected: expected.to_string(),
            };
        }
        return ParseErrorKind::InvalidLength {
            length: length.to_string(),
            expected: expected.to_string(),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let mut names = backticked(rest);
        let field = if names.is_empty() {
            String::new()
        } else {
            names.remove(0)
        };
        return ParseErrorKind::UnknownField {
            field,
            expected: names,
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let mut names = backticked(rest);
        let value = if names.is_empty() {
            String::new()
        } else {
            names.remove(0)
        };
        return ParseErrorKind::UnknownVariant {
            value,
            expected: names,
        };
    }
    for (prefix, is_type) in [("invalid type: ", true), ("invalid value: ", false)] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            let (found, expected) = (found.to_string(), expected.to_string());
            return if is_type {
                ParseErrorKind::InvalidType { found, expected }
            } else {
                ParseErrorKind::InvalidValue { found, expected }
            };
        }
    }
    if msg.contains("number out of range") {
        return ParseErrorKind::InvalidValue {
            found: msg,
            expected: "integer".into(),
        };
    }
    ParseErrorKind::Other { message: msg }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let upto = &bytes[..offset.min(bytes.len())];
    let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&upto[start..]).chars().count() + 1;
    (line, column)
}
