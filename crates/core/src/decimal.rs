//! Exact decimals as they travel in a `cruscotto/1` file.
//!
//! The canonical form is a JSON **string** holding a plain decimal with a dot
//! (`"1234567.89"`, `"-1"`, `"22"`). A JSON number is accepted too, but it is
//! read from its literal text, never through `f64`, so `123456789012345.67`
//! stays exactly that. A literal with more significant digits than the
//! calculator can hold (28) or an exponent is rejected instead of rounded.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// An exact decimal amount, weight, target or value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Dec(pub Decimal);

/// Why a decimal literal was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseDecError {
    /// Empty text.
    Empty,
    /// Not a plain decimal: letters, Italian separators, several dots.
    Syntax(String),
    /// An exponent (`1e5`): refused, write the plain number.
    Exponent(String),
    /// More digits than 28 significant ones, or beyond ±7.9·10^28.
    OutOfRange(String),
}

impl fmt::Display for ParseDecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseDecError::Empty => write!(f, "empty decimal"),
            ParseDecError::Syntax(s) => write!(f, "not a plain decimal: {s:?}"),
            ParseDecError::Exponent(s) => write!(f, "exponent not allowed: {s:?}"),
            ParseDecError::OutOfRange(s) => write!(f, "decimal out of range: {s:?}"),
        }
    }
}

impl std::error::Error for ParseDecError {}

/// Marker put at the start of serde error messages produced by [`Dec`], so
/// the error translator can give a precise Italian message.
pub(crate) const DEC_ERROR_TAG: &str = "cruscotto-decimal:";

impl Dec {
    /// Zero.
    pub const ZERO: Dec = Dec(Decimal::ZERO);

    /// Parses the canonical text form: optional sign, digits, optional dot
    /// and digits. No exponent, no thousands separators, no spaces.
    pub fn parse(text: &str) -> Result<Dec, ParseDecError> {
        if let Some(d) = Dec::plain(text) {
            return Ok(d);
        }
        let t = text;
        if t.is_empty() {
            return Err(ParseDecError::Empty);
        }
        if t.contains(['e', 'E']) && t.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
            return Err(ParseDecError::Exponent(text.to_string()));
        }
        let body = t.strip_prefix('-').unwrap_or(t);
        let mut parts = body.splitn(2, '.');
        let int = parts.next().unwrap_or("");
        let frac = parts.next();
        let ok_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let valid = ok_digits(int) && frac.is_none_or(ok_digits);
        if !valid {
            return Err(ParseDecError::Syntax(text.to_string()));
        }
        // Count significant digits (leading zeros of the integer part do not count).
        let significant = int.trim_start_matches('0').len() + frac.map_or(0, str::len);
        if significant > 28 {
            return Err(ParseDecError::OutOfRange(text.to_string()));
        }
        Decimal::from_str_exact(t)
            .map(Dec)
            .map_err(|_| ParseDecError::OutOfRange(text.to_string()))
    }

    /// The common case of [`Dec::parse`], read directly: a canonical
    /// literal of at most 18 digits (`4`, `-12.50`), which a 64-bit integer
    /// and a scale hold exactly. `None` for anything else (then the general
    /// reader decides, and says what is wrong); also for a negative zero,
    /// whose sign the general reader keeps. A large plan holds hundreds of
    /// thousands of these.
    fn plain(text: &str) -> Option<Dec> {
        let b = text.as_bytes();
        let (negative, digits) = match b.split_first()? {
            (b'-', rest) => (true, rest),
            _ => (false, b),
        };
        let (mut mantissa, mut count, mut scale) = (0i64, 0u32, None);
        for (i, &c) in digits.iter().enumerate() {
            match c {
                b'0'..=b'9' => {
                    count += 1;
                    if count > 18 {
                        return None;
                    }
                    mantissa = mantissa * 10 + i64::from(c - b'0');
                }
                // One dot, with digits on both sides.
                b'.' if scale.is_none() && i > 0 && i + 1 < digits.len() => {
                    scale = Some((digits.len() - i - 1) as u32);
                }
                _ => return None,
            }
        }
        if count == 0 || (negative && mantissa == 0) {
            return None;
        }
        let signed = if negative { -mantissa } else { mantissa };
        Some(Dec(Decimal::new(signed, scale.unwrap_or(0))))
    }

    /// The inner decimal.
    pub fn get(self) -> Decimal {
        self.0
    }
}

impl From<Decimal> for Dec {
    fn from(d: Decimal) -> Self {
        Dec(d)
    }
}

impl FromStr for Dec {
    type Err = ParseDecError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Dec::parse(s)
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Read the raw JSON text of the value, so that a number literal is
        // never rounded through f64. Borrowed from the input: a plan is read
        // from bytes in memory, and most values need no copy (a string
        // without escapes is its text between the quotes).
        let raw: &'de serde_json::value::RawValue = Deserialize::deserialize(d)?;
        let text = raw.get().trim();
        let unescaped: String;
        let (literal, is_string) = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            Some(inner) if !inner.contains('\\') => (inner, true),
            _ if text.starts_with('"') => {
                unescaped = serde_json::from_str(text).map_err(de::Error::custom)?;
                (unescaped.as_str(), true)
            }
            _ => (text, false),
        };
        if !is_string && !literal.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
            return Err(de::Error::custom(format!("{DEC_ERROR_TAG}type:{literal}")));
        }
        Dec::parse(literal).map_err(|e| {
            let kind = match e {
                ParseDecError::Empty => "empty",
                ParseDecError::Syntax(_) => "syntax",
                ParseDecError::Exponent(_) => "exponent",
                ParseDecError::OutOfRange(_) => "range",
            };
            de::Error::custom(format!("{DEC_ERROR_TAG}{kind}:{literal}"))
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Dec {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Exact decimal. Canonical form: a string with a dot as decimal separator and no thousands separators, e.g. \"1234567.89\". A JSON number is accepted and read from its literal text (never through floating point); at most 28 significant digits, no exponent.",
            "oneOf": [
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
                { "type": "number" }
            ]
        })
    }
}
