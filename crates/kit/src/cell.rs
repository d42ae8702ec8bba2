//! What offices type in cells, read exactly: Italian numbers (`1.234,56`,
//! `€ 5.046,90`, `95%`, `100,00 %`), dates in the common spellings and as
//! spreadsheet serial numbers, `//` and `-` for empty, `sì`/`no`/`X`.
//!
//! Numbers never go through `f64`: the text of the cell (or the decimal
//! string the spreadsheet stores) is read into a `rust_decimal::Decimal`.

use rust_decimal::{Decimal, RoundingStrategy};

/// A cell of a sheet, as read from a file or as written by the export.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Cell {
    /// Nothing.
    #[default]
    Empty,
    /// Text (every CSV cell; a text cell of a workbook).
    Text(String),
    /// A number, as the decimal text the file stores (`5046.9`, `1E-3`).
    Number(String),
    /// A number shown as a percentage, in percent (`95` = 95 %; the file
    /// stores the fraction `0.95`).
    Percent(String),
    /// A number shown as a date: the spreadsheet's serial day number.
    Serial(String),
    /// A date `YYYY-MM-DD` (written by the export).
    Date(String),
    /// A logical value.
    Bool(bool),
}

impl Cell {
    /// True for an empty cell or blanks only.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a person reads it (for messages and text columns).
    pub fn text(&self, date1904: bool) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => number_text(n),
            Cell::Percent(n) => format!("{}%", number_text(n)),
            Cell::Serial(n) => serial_to_iso(n, date1904)
                .map(|d| cruscotto_core::it::date(&d))
                .unwrap_or_else(|| n.clone()),
            Cell::Date(d) => cruscotto_core::it::date(d),
            Cell::Bool(b) => if *b { "sì" } else { "no" }.to_string(),
        }
    }
}

/// A stored number's text without binary noise: `45` stays `45`, `1E-3` → `0.001`.
fn number_text(n: &str) -> String {
    match parse_stored(n) {
        Some(d) if n.contains(['e', 'E']) => d.normalize().to_string(),
        _ => n.to_string(),
    }
}

/// `//`, `-`, `–`, `—` and blanks mean "not applicable": empty.
pub fn is_empty_mark(s: &str) -> bool {
    matches!(s.trim(), "" | "//" | "/" | "-" | "–" | "—" | "--")
}

/// Reads a decimal stored by a spreadsheet (dot, optional exponent).
pub fn parse_stored(s: &str) -> Option<Decimal> {
    let s = s.trim();
    if s.contains(['e', 'E']) {
        Decimal::from_scientific(s).ok()
    } else {
        s.parse::<Decimal>().ok().filter(|_| {
            s.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+')
        })
    }
}

/// Rounds binary noise away from a number the spreadsheet stored as a
/// double (`5046.8999999999996`): to `decimals` when the column declares
/// them, else to 15 significant digits (what a double holds).
pub fn denoise(d: Decimal, decimals: Option<u32>) -> Decimal {
    match decimals {
        Some(dp) if d.scale() > dp => {
            d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        }
        Some(_) => d,
        None => {
            let digits = d.mantissa().unsigned_abs().to_string().len() as u32;
            if digits > 15 {
                let keep = d.scale().saturating_sub(digits - 15);
                d.round_dp_with_strategy(keep, RoundingStrategy::MidpointAwayFromZero)
                    .normalize()
            } else {
                d
            }
        }
    }
}

/// Reads a number as an office types it. Returns the value and whether it
/// was written as a percentage (`95%`: the value is 95).
///
/// `1.234,56` and `1234,56` (Italian), `1.234.567` (thousands), `1234.56`
/// and `0.5` (a single dot not followed by exactly three digits: decimal
/// point), `€ 5.046,90`, `5.046,90 €`, `95%`, `100,00 %`, `−1`, `+3`.
/// `1.234` is one thousand two hundred thirty-four. A percentage in
/// brackets (`(50%)`, how plans print weights) is that percentage.
pub fn parse_typed_number(s: &str) -> Option<(Decimal, bool)> {
    let mut t: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    for cur in ["€", "EUR", "eur", "Euro", "euro"] {
        t = t.replace(cur, "");
    }
    // A weight written in brackets, as plans print it: `(50%)`.
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        if inner.ends_with('%') {
            t = inner.to_string();
        }
    }
    let percent = t.ends_with('%');
    let t = t.trim_end_matches('%');
    let (neg, body) = match t.chars().next() {
        Some('-') | Some('−') => (true, &t[t.chars().next()?.len_utf8()..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let plain = if body.contains(',') {
        if body.matches(',').count() > 1 || body.rfind('.') > body.find(',') {
            return None;
        }
        if !thousands_ok(body.split(',').next()?) {
            return None;
        }
        body.replace('.', "").replace(',', ".")
    } else {
        let dots = body.matches('.').count();
        let after = body.rsplit('.').next().unwrap_or("");
        let before = body.split('.').next().unwrap_or("");
        if dots > 1 || (dots == 1 && after.len() == 3 && !before.is_empty() && before != "0") {
            if !thousands_ok(body) {
                return None;
            }
            body.replace('.', "")
        } else {
            body.to_string()
        }
    };
    if plain.starts_with('.') || plain.ends_with('.') {
        return None;
    }
    let sig = plain.trim_start_matches(['0', '.']).replace('.', "").len();
    if sig > 28 {
        return None;
    }
    let d: Decimal = plain.parse().ok()?;
    Some((if neg { -d } else { d }, percent))
}

/// `1.234.567` groups: 1–3 digits, then groups of exactly 3.
fn thousands_ok(int: &str) -> bool {
    let mut groups = int.split('.');
    let first = groups.next().unwrap_or("");
    if first.is_empty() || (int.contains('.') && first.len() > 3) {
        return false;
    }
    groups.all(|g| g.len() == 3)
}

/// The canonical text of a decimal read from a cell: its own decimals kept.
pub fn canonical(d: Decimal) -> String {
    d.to_string()
}

/// A decimal in Italian form without thousands separators (`1234,56`),
/// for CSV and for text cells: read back exactly by [`parse_typed_number`].
pub fn italian(canonical: &str) -> String {
    canonical.replace('.', ",")
}

/// Reads a date as offices write it: `31/12/2024`, `31.12.2024`,
/// `31-12-2024`, `2024-12-31`, `31/12/24`, with or without a time after it
/// and with stray spaces inside (`31.12.202 1`), or with the month in
/// words (`20 febbraio 2024`, `1° mar. 2024`). Returns `YYYY-MM-DD`.
pub fn parse_typed_date(s: &str) -> Option<String> {
    let t = s.trim();
    if let Some(iso) = date_in_words(t) {
        return Some(iso);
    }
    // Drop a time part (`31/12/2024 00:00:00`, `2024-12-31T00:00:00`).
    let t = t
        .split(['T', ' '])
        .next()
        .filter(|d| d.len() >= 6)
        .map_or(t, |d| {
            if t.len() > d.len() && t[d.len()..].trim_start().contains(':') {
                d
            } else {
                t
            }
        });
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = compact.split(['/', '.', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (y, m, d) = if parts[0].len() == 4 {
        (parts[0], parts[1], parts[2])
    } else {
        (parts[2], parts[1], parts[0])
    };
    let year: u32 = match y.len() {
        4 => y.parse().ok()?,
        2 => 2000 + y.parse::<u32>().ok()?,
        _ => return None,
    };
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    let iso = format!("{year:04}-{m:02}-{d:02}");
    cruscotto_core::validate::is_iso_date(&iso).then_some(iso)
}

/// Italian month names and their usual abbreviations.
const MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// `20 febbraio 2024`, `1° marzo 2024`, `10 dic. 2021`, `20-feb-2024`.
fn date_in_words(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    let parts: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|p| !p.is_empty())
        .collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let d: u32 = d.trim_end_matches(['°', 'º']).parse().ok()?;
    let m = m.trim_end_matches('.');
    let month = MONTHS
        .iter()
        .position(|name| *name == m || (m.len() >= 3 && name.starts_with(m)))?;
    let y: u32 = y.parse().ok().filter(|_| y.len() == 4)?;
    let iso = format!("{y:04}-{:02}-{d:02}", month + 1);
    cruscotto_core::validate::is_iso_date(&iso).then_some(iso)
}

/// A spreadsheet serial day number → `YYYY-MM-DD` (1900 system: day 1 is
/// 1900-01-01, with Excel's phantom 29 February 1900; or the 1904 system).
pub fn serial_to_iso(serial: &str, date1904: bool) -> Option<String> {
    let v = parse_stored(serial)?;
    let days = v.trunc();
    let days: i64 = days.to_string().parse().ok()?;
    if !(1..=2_958_465).contains(&days) {
        return None;
    }
    // Days since 1970-01-01.
    let unix = if date1904 {
        days - 24_107
    } else if days < 60 {
        days - 25_568
    } else {
        days - 25_569
    };
    let (y, m, d) = civil_from_days(unix);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// `YYYY-MM-DD` → the 1900-system serial day number.
pub fn iso_to_serial(iso: &str) -> Option<i64> {
    if !cruscotto_core::validate::is_iso_date(iso) {
        return None;
    }
    let y: i64 = iso[0..4].parse().ok()?;
    let m: i64 = iso[5..7].parse().ok()?;
    let d: i64 = iso[8..10].parse().ok()?;
    let unix = days_from_civil(y, m, d);
    let serial = unix + 25_569;
    (serial >= 61).then_some(serial)
}

// Howard Hinnant's algorithms (proleptic Gregorian calendar).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Yes or no: `sì`, `si`, `s`, `x`, `vero`, `true`, `1`, `yes` / `no`,
/// `n`, `falso`, `false`, `0`.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "sì" | "si" | "s" | "x" | "vero" | "true" | "1" | "yes" | "y" | "sí" => Some(true),
        "no" | "n" | "falso" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// Normalises a header or sheet name for matching: lower case, single
/// spaces, no `*` marks or trailing colon, `’` as `'`.
pub fn norm(s: &str) -> String {
    let s = s.replace(['’', '`'], "'").replace('*', "");
    let s = s.trim().trim_end_matches(':').trim();
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The column letters of a 0-based index: 0 → `A`, 26 → `AA`.
pub fn column_letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<String> {
        parse_typed_number(s).map(|(d, p)| format!("{d}{}", if p { "%" } else { "" }))
    }

    #[test]
    fn italian_numbers() {
        assert_eq!(n("1.234,56").as_deref(), Some("1234.56"));
        assert_eq!(n("€ 5.046,90").as_deref(), Some("5046.90"));
        assert_eq!(n("5.046,90 €").as_deref(), Some("5046.90"));
        assert_eq!(n("95%").as_deref(), Some("95%"));
        assert_eq!(n("100,00 %").as_deref(), Some("100.00%"));
        assert_eq!(n("1.234.567").as_deref(), Some("1234567"));
        assert_eq!(n("1.234").as_deref(), Some("1234"));
        assert_eq!(n("1234.56").as_deref(), Some("1234.56"));
        assert_eq!(n("0.125").as_deref(), Some("0.125"));
        assert_eq!(n("5,88").as_deref(), Some("5.88"));
        assert_eq!(n("-1").as_deref(), Some("-1"));
        assert_eq!(n("−1,5").as_deref(), Some("-1.5"));
        assert_eq!(n(" 160.017.169,11 ").as_deref(), Some("160017169.11"));
        assert_eq!(n("12.34.5"), None);
        assert_eq!(n("1,2,3"), None);
        assert_eq!(n("5 (100%)"), None);
        assert_eq!(n("(50%)").as_deref(), Some("50%"));
        assert_eq!(n("( 12,5 % )").as_deref(), Some("12.5%"));
        assert_eq!(n("(50)"), None);
        assert_eq!(n("abc"), None);
        assert_eq!(n(""), None);
        assert_eq!(n("1.234,5.6"), None);
    }

    #[test]
    fn stored_numbers_and_noise() {
        let d = parse_stored("5046.8999999999996").unwrap();
        assert_eq!(denoise(d, Some(2)).to_string(), "5046.90");
        assert_eq!(denoise(d, None).to_string(), "5046.9");
        assert_eq!(parse_stored("1E-3").unwrap().to_string(), "0.001");
        assert_eq!(
            denoise(parse_stored("0.1").unwrap(), None).to_string(),
            "0.1"
        );
        assert_eq!(parse_stored("abc"), None);
    }

    #[test]
    fn dates() {
        for s in [
            "31/12/2024",
            "31.12.2024",
            "31-12-2024",
            "2024-12-31",
            "31/12/24",
            "31.12.202 4",
            "2024-12-31T00:00:00",
            "31/12/2024 00:00",
        ] {
            assert_eq!(parse_typed_date(s).as_deref(), Some("2024-12-31"), "{s}");
        }
        assert_eq!(parse_typed_date("1/2/2024").as_deref(), Some("2024-02-01"));
        assert_eq!(parse_typed_date("31/02/2024"), None);
        assert_eq!(parse_typed_date("31.12 di ogni anno"), None);
        for (words, iso) in [
            ("20 febbraio 2024", "2024-02-20"),
            ("10 Dicembre 2021", "2021-12-10"),
            ("1° marzo 2024", "2024-03-01"),
            ("10 dic. 2021", "2021-12-10"),
            ("20-feb-2024", "2024-02-20"),
        ] {
            assert_eq!(parse_typed_date(words).as_deref(), Some(iso), "{words}");
        }
        assert_eq!(parse_typed_date("31 febbraio 2024"), None);
        assert_eq!(parse_typed_date("20 ma 2024"), None);
        assert_eq!(serial_to_iso("45657", false).as_deref(), Some("2024-12-31"));
        assert_eq!(
            serial_to_iso("45657.5", false).as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(serial_to_iso("44195", true).as_deref(), Some("2024-12-31"));
        assert_eq!(iso_to_serial("2024-12-31"), Some(45657));
        assert_eq!(serial_to_iso("61", false).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_to_iso("-3", false), None);
    }

    #[test]
    fn letters_and_names() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(norm("  Peso *  "), "peso");
        assert_eq!(norm("Data  dell’atto:"), "data dell'atto");
    }
}
