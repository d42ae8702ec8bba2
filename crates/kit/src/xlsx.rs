//! A small reader of `.xlsx` workbooks: the zip container (central
//! directory, stored or deflated entries inflated by `miniz_oxide`), and a
//! minimal XML reader for `workbook.xml`, its relationships,
//! `sharedStrings.xml`, `styles.xml` (which cells are percentages or dates)
//! and each `sheetN.xml`, merged cells included.
//!
//! It reads cell values as stored (the cached value of a formula), never
//! evaluates anything, and never panics: a damaged file is a [`ReadError`].

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::cell::Cell;
use crate::{Merge, Sheet, Workbook};

/// Largest uncompressed part accepted (a zip bomb stops here).
const MAX_PART: usize = 64 * 1024 * 1024;
/// Largest number of cells accepted in a workbook.
const MAX_CELLS: usize = 5_000_000;

/// Why a workbook could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not a zip file (not an `.xlsx`: perhaps an old `.xls` or another file).
    NotZip,
    /// A zip file, but not a workbook (no `xl/workbook.xml`).
    NotWorkbook,
    /// The file is damaged; the detail says where.
    Damaged(String),
    /// Too big to be a plan.
    TooLarge,
    /// An old binary `.xls` workbook.
    OldXls,
}

struct Zip<'a> {
    bytes: &'a [u8],
    entries: HashMap<String, (u16, usize, usize, usize)>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> Result<Zip<'a>, ReadError> {
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Err(ReadError::OldXls);
        }
        if !bytes.starts_with(b"PK") {
            return Err(ReadError::NotZip);
        }
        let damaged = |w: &str| ReadError::Damaged(w.to_string());
        let lo = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (lo..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| u32_at(bytes, i) == Some(0x0605_4b50))
            .ok_or_else(|| damaged("zip"))?;
        let count = u16_at(bytes, eocd + 10).ok_or_else(|| damaged("zip"))? as usize;
        let mut at = u32_at(bytes, eocd + 16).ok_or_else(|| damaged("zip"))? as usize;
        let mut entries = HashMap::new();
        for _ in 0..count {
            if u32_at(bytes, at) != Some(0x0201_4b50) {
                return Err(damaged("zip"));
            }
            let field = |o: usize| u16_at(bytes, at + o).ok_or_else(|| damaged("zip"));
            let method = field(10)?;
            let comp = u32_at(bytes, at + 20).ok_or_else(|| damaged("zip"))? as usize;
            let size = u32_at(bytes, at + 24).ok_or_else(|| damaged("zip"))? as usize;
            let (n, x, c) = (
                field(28)? as usize,
                field(30)? as usize,
                field(32)? as usize,
            );
            let local = u32_at(bytes, at + 42).ok_or_else(|| damaged("zip"))? as usize;
            let name = bytes
                .get(at + 46..at + 46 + n)
                .ok_or_else(|| damaged("zip"))?;
            let name = String::from_utf8_lossy(name).replace('\\', "/");
            entries.insert(name, (method, local, comp, size));
            at += 46 + n + x + c;
        }
        Ok(Zip { bytes, entries })
    }

    fn has(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }

    fn read(&self, name: &str) -> Result<Option<String>, ReadError> {
        let Some(&(method, local, comp, size)) = self.entries.get(name) else {
            return Ok(None);
        };
        let damaged = || ReadError::Damaged(name.to_string());
        if size > MAX_PART {
            return Err(ReadError::TooLarge);
        }
        if u32_at(self.bytes, local) != Some(0x0403_4b50) {
            return Err(damaged());
        }
        let n = u16_at(self.bytes, local + 26).ok_or_else(damaged)? as usize;
        let x = u16_at(self.bytes, local + 28).ok_or_else(damaged)? as usize;
        let start = local + 30 + n + x;
        let end = start.checked_add(comp).ok_or_else(damaged)?;
        let data = self.bytes.get(start..end).ok_or_else(damaged)?;
        let raw = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART)
                .map_err(|_| damaged())?,
            _ => return Err(damaged()),
        };
        String::from_utf8(raw).map(Some).map_err(|_| damaged())
    }
}

/// One XML event.
#[derive(Debug, PartialEq)]
enum Ev<'a> {
    /// `<name attrs>` (`empty`: `<name/>`).
    Open {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    /// `</name>`.
    Close(&'a str),
    /// Text between tags (still escaped).
    Text(&'a str),
}

/// A minimal pull reader: tags, attributes and text; comments, processing
/// instructions and declarations are skipped; CDATA is text.
struct Xml<'a> {
    s: &'a str,
    at: usize,
}

fn local_name(n: &str) -> &str {
    n.rsplit(':').next().unwrap_or(n)
}

impl<'a> Xml<'a> {
    fn new(s: &'a str) -> Self {
        Xml { s, at: 0 }
    }

    fn next(&mut self) -> Option<Ev<'a>> {
        loop {
            let rest = self.s.get(self.at..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                self.at += end;
                return Some(Ev::Text(&rest[..end]));
            }
            if let Some(r) = rest.strip_prefix("<![CDATA[") {
                let end = r.find("]]>")?;
                self.at += 9 + end + 3;
                return Some(Ev::Text(&r[..end]));
            }
            if rest.starts_with("<!--") {
                self.at += rest.find("-->")? + 3;
                continue;
            }
            if rest.starts_with("<?") || rest.starts_with("<!") {
                self.at += rest.find('>')? + 1;
                continue;
            }
            let end = tag_end(rest)?;
            self.at += end + 1;
            let inner = &rest[1..end];
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Ev::Close(local_name(name.trim())));
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(i) => (i, true),
                None => (inner, false),
            };
            let split = inner
                .find(|c: char| c.is_whitespace())
                .unwrap_or(inner.len());
            return Some(Ev::Open {
                name: local_name(&inner[..split]),
                attrs: &inner[split..],
                empty,
            });
        }
    }
}

/// The `>` that closes a tag, outside quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of attribute `key` (local name) in `attrs`, unescaped.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let q = after.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let close = after[1..].find(q)?;
        let value = &after[1..1 + close];
        if local_name(name) == key && (name == key || !name.starts_with("xmlns")) {
            return Some(unescape(value));
        }
        rest = &after[close + 2..];
    }
}

/// Resolves XML entities and Excel's `_xHHHH_` escapes; `\r\n` → `\n`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['&', '_']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('&') {
            let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
                out.push('&');
                rest = &rest[1..];
                continue;
            };
            let ent = &rest[1..end];
            let ch = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                    u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            match ch {
                Some(c) => {
                    out.push(c);
                    rest = &rest[end + 1..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            // `_x000D_`
            let code = rest
                .get(1..7)
                .filter(|h| h.is_ascii() && h.starts_with('x') && rest.get(6..7) == Some("_"))
                .and_then(|h| u32::from_str_radix(&h[1..5], 16).ok())
                .and_then(char::from_u32);
            match code {
                Some(c) => {
                    out.push(c);
                    rest = &rest[7..];
                }
                None => {
                    out.push('_');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    out.replace("\r\n", "\n").replace('\r', "\n")
}

/// Reads an `.xlsx` workbook into sheets of cells.
pub fn read(bytes: &[u8]) -> Result<Workbook, ReadError> {
    let zip = Zip::open(bytes)?;
    let wb_path = "xl/workbook.xml";
    let Some(workbook) = zip.read(wb_path)? else {
        return Err(ReadError::NotWorkbook);
    };
    let rels = zip.read("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let mut targets = HashMap::new();
    let mut x = Xml::new(&rels);
    while let Some(ev) = x.next() {
        if let Ev::Open {
            name: "Relationship",
            attrs,
            ..
        } = ev
        {
            if let (Some(id), Some(t)) = (attr(attrs, "Id"), attr(attrs, "Target")) {
                let path = match t.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("xl/{t}"),
                };
                targets.insert(id, path);
            }
        }
    }
    let mut date1904 = false;
    let mut sheets_meta = Vec::new();
    let mut x = Xml::new(&workbook);
    while let Some(ev) = x.next() {
        match ev {
            Ev::Open {
                name: "workbookPr",
                attrs,
                ..
            } => {
                date1904 = matches!(attr(attrs, "date1904").as_deref(), Some("1" | "true"));
            }
            Ev::Open {
                name: "sheet",
                attrs,
                ..
            } => {
                let name = attr(attrs, "name").unwrap_or_default();
                let path = attr(attrs, "id").and_then(|id| targets.get(&id).cloned());
                sheets_meta.push((name, path));
            }
            _ => {}
        }
    }
    let shared = match zip.read("xl/sharedStrings.xml")? {
        Some(s) => shared_strings(&s),
        None => Vec::new(),
    };
    let styles = match zip.read("xl/styles.xml")? {
        Some(s) => number_styles(&s),
        None => Vec::new(),
    };
    let mut out = Workbook {
        sheets: Vec::new(),
        date1904,
    };
    let mut cells = 0usize;
    for (i, (name, path)) in sheets_meta.into_iter().enumerate() {
        let path = path
            .filter(|p| zip.has(p))
            .unwrap_or_else(|| format!("xl/worksheets/sheet{}.xml", i + 1));
        // Chart sheets and missing parts are skipped: they hold no cells.
        let Some(xml) = zip.read(&path)? else {
            continue;
        };
        let sheet = read_sheet(name, &xml, &shared, &styles, &mut cells)?;
        out.sheets.push(sheet);
    }
    Ok(out)
}

/// Tracks whether the reader is inside the text of a cell (`<t>`) and not
/// in its phonetic reading (`<rPh>`), for shared and inline strings.
#[derive(Default)]
struct TextRun {
    in_t: bool,
    in_ph: bool,
}

impl TextRun {
    /// Follows `<t>` and `<rPh>`; true if the event was one of them.
    fn follow(&mut self, ev: &Ev<'_>) -> bool {
        match ev {
            Ev::Open {
                name: "t",
                empty: false,
                ..
            } => self.in_t = true,
            Ev::Close("t") => self.in_t = false,
            Ev::Open {
                name: "rPh",
                empty: false,
                ..
            } => self.in_ph = true,
            Ev::Close("rPh") => self.in_ph = false,
            _ => return false,
        }
        true
    }

    /// Inside a text that counts.
    fn active(&self) -> bool {
        self.in_t && !self.in_ph
    }
}

fn shared_strings(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut x = Xml::new(xml);
    let mut cur: Option<String> = None;
    let mut run = TextRun::default();
    while let Some(ev) = x.next() {
        if run.follow(&ev) {
            continue;
        }
        match ev {
            Ev::Open {
                name: "si", empty, ..
            } => {
                if empty {
                    out.push(String::new());
                } else {
                    cur = Some(String::new());
                }
            }
            Ev::Close("si") => out.push(cur.take().unwrap_or_default()),
            Ev::Text(t) if run.active() => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(&unescape(t));
                }
            }
            _ => {}
        }
    }
    out
}

/// How a style shows numbers: plain or percent with the decimals its
/// format shows (`0.00` → 2), or as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumStyle {
    Plain(Option<u32>),
    Percent(Option<u32>),
    Date,
}

/// Decimals a format code shows: the `0`s after the first `.`.
fn shown_decimals(code: &str) -> Option<u32> {
    let first = code.split(';').next().unwrap_or("");
    let (_, frac) = first.split_once('.')?;
    Some(frac.chars().take_while(|c| *c == '0').count() as u32)
}

fn format_kind(id: u32, custom: &HashMap<u32, String>) -> NumStyle {
    match id {
        1 | 3 => NumStyle::Plain(Some(0)),
        2 | 4 => NumStyle::Plain(Some(2)),
        9 => NumStyle::Percent(Some(0)),
        10 => NumStyle::Percent(Some(2)),
        14..=17 | 22 | 27..=36 | 50..=58 => NumStyle::Date,
        _ => match custom.get(&id) {
            Some(code) => {
                // Drop quoted text and colours/conditions in brackets.
                let mut plain = String::new();
                let (mut q, mut b) = (false, false);
                for c in code.chars() {
                    match c {
                        '"' => q = !q,
                        '[' if !q => b = true,
                        ']' if !q => b = false,
                        _ if !q && !b => plain.push(c.to_ascii_lowercase()),
                        _ => {}
                    }
                }
                if plain.contains('%') {
                    NumStyle::Percent(shown_decimals(&plain))
                } else if plain.contains('d')
                    || plain.contains('y')
                    || plain.contains('a') && plain.contains('g')
                {
                    NumStyle::Date
                } else {
                    NumStyle::Plain(shown_decimals(&plain))
                }
            }
            None => NumStyle::Plain(None),
        },
    }
}

fn number_styles(xml: &str) -> Vec<NumStyle> {
    let mut custom = HashMap::new();
    let mut out = Vec::new();
    let mut x = Xml::new(xml);
    let mut in_xfs = false;
    while let Some(ev) = x.next() {
        match ev {
            Ev::Open {
                name: "numFmt",
                attrs,
                ..
            } => {
                if let (Some(id), Some(code)) = (attr(attrs, "numFmtId"), attr(attrs, "formatCode"))
                {
                    if let Ok(id) = id.parse() {
                        custom.insert(id, code);
                    }
                }
            }
            Ev::Open {
                name: "cellXfs",
                empty: false,
                ..
            } => in_xfs = true,
            Ev::Close("cellXfs") => in_xfs = false,
            Ev::Open {
                name: "xf", attrs, ..
            } if in_xfs => {
                let id = attr(attrs, "numFmtId")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                out.push(format_kind(id, &custom));
            }
            _ => {}
        }
    }
    out
}

/// `B12` → (row 11, column 1), 0-based.
pub(crate) fn parse_ref(r: &str) -> Option<(usize, usize)> {
    let letters = r.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let mut col = 0usize;
    for b in r[..letters].bytes() {
        col = col * 26 + (b.to_ascii_uppercase() - b'A' + 1) as usize;
    }
    let row: usize = r[letters..].parse().ok()?;
    (1..=1_048_576).contains(&row).then(|| (row - 1, col - 1))
}

fn read_sheet(
    name: String,
    xml: &str,
    shared: &[String],
    styles: &[NumStyle],
    cells: &mut usize,
) -> Result<Sheet, ReadError> {
    let mut sheet = Sheet {
        name,
        rows: Vec::new(),
        merges: Vec::new(),
    };
    let mut x = Xml::new(xml);
    let (mut row, mut col) = (0usize, 0usize);
    let mut next_row = 0usize;
    // The cell being read: type, style, value text, inline text.
    let mut cell: Option<(String, NumStyle, String, String)> = None;
    let mut in_v = false;
    let mut run = TextRun::default();
    while let Some(ev) = x.next() {
        if run.follow(&ev) {
            continue;
        }
        match ev {
            Ev::Open {
                name: "row",
                attrs,
                empty,
            } => {
                row = attr(attrs, "r")
                    .and_then(|r| r.parse::<usize>().ok())
                    .filter(|r| *r >= 1 && *r <= 1_048_576)
                    .map_or(next_row, |r| r - 1);
                next_row = row + 1;
                col = 0;
                let _ = empty;
            }
            Ev::Open {
                name: "c",
                attrs,
                empty,
            } => {
                if let Some((r, c)) = attr(attrs, "r").and_then(|r| parse_ref(&r)) {
                    row = r;
                    col = c;
                    next_row = next_row.max(r + 1);
                }
                let t = attr(attrs, "t").unwrap_or_default();
                let style = attr(attrs, "s")
                    .and_then(|s| s.parse::<usize>().ok())
                    .and_then(|s| styles.get(s).copied())
                    .unwrap_or(NumStyle::Plain(None));
                if empty {
                    col += 1;
                } else {
                    cell = Some((t, style, String::new(), String::new()));
                }
            }
            Ev::Close("c") => {
                if let Some((t, style, v, inline)) = cell.take() {
                    let value = match t.as_str() {
                        "s" => v
                            .trim()
                            .parse::<usize>()
                            .ok()
                            .and_then(|i| shared.get(i).cloned())
                            .map_or(Cell::Empty, Cell::Text),
                        "inlineStr" => Cell::Text(inline),
                        "str" | "e" => Cell::Text(unescape(&v)),
                        "b" => Cell::Bool(v.trim() == "1"),
                        _ if v.trim().is_empty() => Cell::Empty,
                        _ => match style {
                            NumStyle::Plain(dp) => Cell::Number(shown(v.trim(), Decimal::ONE, dp)),
                            NumStyle::Percent(dp) => {
                                Cell::Percent(shown(v.trim(), Decimal::ONE_HUNDRED, dp))
                            }
                            NumStyle::Date => Cell::Serial(v.trim().to_string()),
                        },
                    };
                    if value != Cell::Empty {
                        *cells += 1;
                        if *cells > MAX_CELLS {
                            return Err(ReadError::TooLarge);
                        }
                        if sheet.rows.len() <= row {
                            sheet.rows.resize(row + 1, Vec::new());
                        }
                        let r = &mut sheet.rows[row];
                        if r.len() <= col {
                            r.resize(col + 1, Cell::Empty);
                        }
                        r[col] = value;
                    }
                }
                col += 1;
            }
            Ev::Open {
                name: "v",
                empty: false,
                ..
            } => in_v = true,
            Ev::Close("v") => in_v = false,
            Ev::Text(text) => {
                if let Some((_, _, v, inline)) = cell.as_mut() {
                    if in_v {
                        v.push_str(text);
                    } else if run.active() {
                        inline.push_str(&unescape(text));
                    }
                }
            }
            Ev::Open {
                name: "mergeCell",
                attrs,
                ..
            } => {
                if let Some(m) = attr(attrs, "ref").and_then(|r| parse_range(&r)) {
                    sheet.merges.push(m);
                }
            }
            _ => {}
        }
    }
    Ok(sheet)
}

/// A stored number times `factor`, with at least the decimals its format
/// shows (`5046.9` shown as `#,##0.00` is `5046.90`): what the reader sees.
/// Binary noise (`5046.8999999999996`) is left for the import to round.
fn shown(stored: &str, factor: Decimal, dp: Option<u32>) -> String {
    let Some(d) = crate::cell::parse_stored(stored) else {
        return stored.to_string();
    };
    let mut d = (d * factor).normalize();
    if let Some(dp) = dp.filter(|dp| *dp <= 10 && d.scale() < *dp) {
        d.rescale(dp);
    }
    d.to_string()
}

/// `A1:C2` → a merge (0-based, inclusive).
fn parse_range(r: &str) -> Option<Merge> {
    let (a, b) = r.split_once(':')?;
    let (r0, c0) = parse_ref(a)?;
    let (r1, c1) = parse_ref(b)?;
    (r0 <= r1 && c0 <= c1).then_some(Merge { r0, c0, r1, c1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_events_and_escapes() {
        let mut x = Xml::new(
            "<?xml version=\"1.0\"?><a k=\"v&amp;w\"><!-- c --><b/>x &lt;y&gt;<![CDATA[<z>]]></a>",
        );
        assert_eq!(
            x.next(),
            Some(Ev::Open {
                name: "a",
                attrs: " k=\"v&amp;w\"",
                empty: false
            })
        );
        assert_eq!(
            x.next(),
            Some(Ev::Open {
                name: "b",
                attrs: "",
                empty: true
            })
        );
        assert_eq!(x.next(), Some(Ev::Text("x &lt;y&gt;")));
        assert_eq!(x.next(), Some(Ev::Text("<z>")));
        assert_eq!(x.next(), Some(Ev::Close("a")));
        assert_eq!(x.next(), None);
        assert_eq!(
            attr(" k=\"v&amp;w\" r:id='rId3'", "id").as_deref(),
            Some("rId3")
        );
        assert_eq!(attr(" k=\"v&amp;w\"", "k").as_deref(), Some("v&w"));
        assert_eq!(
            unescape("a_x000D__x000A_b &#233; &#xE8; &bogus; _x_"),
            "a\nb é è &bogus; _x_"
        );
    }

    #[test]
    fn refs() {
        assert_eq!(parse_ref("A1"), Some((0, 0)));
        assert_eq!(parse_ref("AB12"), Some((11, 27)));
        assert_eq!(parse_ref("1A"), None);
        assert_eq!(parse_ref("A0"), None);
        assert_eq!(
            parse_range("B2:C3"),
            Some(Merge {
                r0: 1,
                c0: 1,
                r1: 2,
                c1: 2
            })
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert_eq!(read(b"").unwrap_err(), ReadError::NotZip);
        assert_eq!(read(b"{\"format\":1}").unwrap_err(), ReadError::NotZip);
        assert!(read(b"PK\x03\x04garbage").is_err());
        assert_eq!(
            read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap_err(),
            ReadError::OldXls
        );
    }
}
