//! Search: one box that finds objectives (any level, phases included),
//! indicators, units and budget rows by title, description, code and tag.
//!
//! **Italian-aware normalisation** ([`normalize`]): letters are lowercased
//! and stripped of accents and diacritics (`Città` → `citta`, `perché` →
//! `perche`, `ß` → `ss`, decomposed accents too); apostrophes (`l'`, `l’`),
//! punctuation, hyphens and underscores separate words (`l’università` →
//! `l`, `universita`; `S1-1_1` → `s1`, `1`, `1`). Only letters and digits
//! make words.
//!
//! **Matching**: every word of the query must be the prefix of some word of
//! the item (AND of words; `citt dig` finds «Città più digitale»).
//!
//! **Ranking** (lower is better): an item whose code equals the whole query
//! comes first (rank 0); otherwise the rank is the sum, over the query's
//! words, of the best way each word matches:
//!
//! | match | cost |
//! |---|---|
//! | whole word of the title / name / label | 1 |
//! | whole word of the code or of a tag | 2 |
//! | prefix of a word of the title | 3 |
//! | prefix of a word of the code or of a tag | 4 |
//! | whole word of the description (or formula) | 5 |
//! | prefix of a word of the description | 6 |
//!
//! Ties keep document order (objectives in pre-order, indicators in the
//! order of their objectives, units in pre-order, budget rows table by
//! table). Results are grouped by kind, in the order of [`ItemKind::ALL`].
//!
//! **Spans** are byte ranges into the *original* text of a field (the plain
//! text of a description), so a prefix `citt` highlights `Citt` of `Città`
//! and never splits a character; [`segments`] cuts a text by its spans.
//!
//! The index is built once per plan ([`SearchIndex::new`]); the words are
//! kept in a sorted vocabulary, so a prefix is a range of word numbers and a
//! query compares integers.

use std::collections::HashMap;

use serde::Serialize;

use crate::format::PlanFile;
use crate::model::{flatten_objectives, flatten_units};
use crate::richtext::plain_text;

/// What kind of thing a result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// An objective of any level (linea, strategico, …, fase).
    Objective,
    /// An indicator.
    Indicator,
    /// A unit of the organisation.
    Unit,
    /// A row of a budget table.
    BudgetRow,
}

impl ItemKind {
    /// Every kind, in the order results are grouped.
    pub const ALL: [ItemKind; 4] = [
        ItemKind::Objective,
        ItemKind::Indicator,
        ItemKind::Unit,
        ItemKind::BudgetRow,
    ];
    /// Stable key (for CSS and JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Objective => "objective",
            ItemKind::Indicator => "indicator",
            ItemKind::Unit => "unit",
            ItemKind::BudgetRow => "budget_row",
        }
    }
}

/// Where an item is in the plan: indices into the flat views
/// ([`crate::model::flatten_objectives`], [`crate::model::flatten_units`],
/// which are also the indices of [`crate::score::Scores::nodes`]) and into
/// `plan.money.budget`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemRef {
    /// Objective `node` of the pre-order list.
    Objective {
        /// Index in the pre-order list.
        node: usize,
    },
    /// Indicator `index` of objective `node`.
    Indicator {
        /// Index of its objective in the pre-order list.
        node: usize,
        /// Index among the objective's indicators.
        index: usize,
    },
    /// Unit `unit` of the pre-order list of units.
    Unit {
        /// Index in the pre-order list of units.
        unit: usize,
    },
    /// Row `row` of budget table `table`.
    BudgetRow {
        /// Index in `plan.money.budget`.
        table: usize,
        /// Index among the table's rows.
        row: usize,
    },
}

impl ItemRef {
    /// The kind of the item.
    pub fn kind(self) -> ItemKind {
        match self {
            ItemRef::Objective { .. } => ItemKind::Objective,
            ItemRef::Indicator { .. } => ItemKind::Indicator,
            ItemRef::Unit { .. } => ItemKind::Unit,
            ItemRef::BudgetRow { .. } => ItemKind::BudgetRow,
        }
    }
}

/// Which field of an item matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Title of an objective, name of an indicator or unit, label of a row.
    Title,
    /// Code (objective, unit, budget row).
    Code,
    /// A tag of an objective.
    Tag,
    /// Plain text of an objective's description, or an indicator's formula.
    Description,
}

impl FieldKind {
    fn cost(self, exact: bool) -> u32 {
        match (self, exact) {
            (FieldKind::Title, true) => 1,
            (FieldKind::Code | FieldKind::Tag, true) => 2,
            (FieldKind::Title, false) => 3,
            (FieldKind::Code | FieldKind::Tag, false) => 4,
            (FieldKind::Description, true) => 5,
            (FieldKind::Description, false) => 6,
        }
    }
}

/// A byte range of a field's original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A word of a text: its normalised form and where it is in the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Lowercase, without accents.
    pub word: String,
    /// Byte range in the original text.
    pub span: Span,
}

/// Appends the folded form of a lowercase letter; false when `c` needs no
/// folding.
fn fold_into(c: char, out: &mut String) -> bool {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ª' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'º' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return false,
    };
    out.push_str(s);
    true
}

/// Combining diacritical marks (a decomposed accent): part of the word,
/// folded to nothing.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Appends the normalised form of one character of a word; false when the
/// character separates words.
fn push_norm(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if is_mark(c) {
        return true;
    }
    if !c.is_alphanumeric() {
        return false;
    }
    for l in c.to_lowercase() {
        if is_mark(l) {
            continue;
        }
        if !fold_into(l, out) {
            out.push(l);
        }
    }
    true
}

/// Calls `f(word, start, end)` for every word of a text: its normalised
/// form and its byte range in the text.
fn for_each_word(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut word = String::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if push_norm(c, &mut word) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            if !word.is_empty() {
                f(&word, s, i);
            }
            word.clear();
        }
    }
    if let Some(s) = start {
        if !word.is_empty() {
            f(&word, s, text.len());
        }
    }
}

/// The words of a text, normalised, with their byte ranges.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_word(text, |w, start, end| {
        out.push(Token {
            word: w.to_string(),
            span: Span { start, end },
        })
    });
    out
}

/// The normalised words of a text joined by single spaces:
/// `normalize("L’Università di Città")` is `"l universita di citta"`.
pub fn normalize(text: &str) -> String {
    tokens(text)
        .into_iter()
        .map(|t| t.word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The byte length of the shortest beginning of `original` (a word) whose
/// normalised form is at least `chars` characters long.
fn original_prefix_len(original: &str, chars: usize) -> usize {
    let mut norm = String::new();
    for (i, c) in original.char_indices() {
        if norm.chars().count() >= chars {
            // Keep the decomposed accents of the last letter.
            if !is_mark(c) {
                return i;
            }
            continue;
        }
        push_norm(c, &mut norm);
    }
    original.len()
}

/// Cuts `text` by sorted, non-overlapping `spans` into (piece, highlighted)
/// segments, e.g. for `<mark>`. Spans out of range or not on character
/// boundaries are ignored.
pub fn segments<'t>(text: &'t str, spans: &[Span]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for s in spans {
        if s.start < at
            || s.end > text.len()
            || s.start >= s.end
            || !text.is_char_boundary(s.start)
            || !text.is_char_boundary(s.end)
        {
            continue;
        }
        if s.start > at {
            out.push((&text[at..s.start], false));
        }
        out.push((&text[s.start..s.end], true));
        at = s.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

/// A window of at most `max_chars` characters of a long `text` (a
/// description) around its first span, with `…` where it was cut, and the
/// spans moved into it (clipped to the window).
pub fn excerpt(text: &str, spans: &[Span], max_chars: usize) -> (String, Vec<Span>) {
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    if starts.len() <= max_chars {
        return (text.to_string(), spans.to_vec());
    }
    let first = spans.first().map_or(0, |s| s.start);
    let first_char = starts.partition_point(|&b| b < first);
    let to_c = (first_char.saturating_sub(max_chars / 3) + max_chars).min(starts.len());
    let (from0, to0) = (to_c.saturating_sub(max_chars), to_c);
    let (mut from_c, mut to_c) = (from0, to0);
    // Whole words only, never cutting into the match.
    let chars: Vec<char> = text.chars().collect();
    let last_char = starts.partition_point(|&b| b < spans.first().map_or(0, |s| s.end));
    if from_c > 0 && !chars[from_c - 1].is_whitespace() {
        while from_c < first_char && !chars[from_c].is_whitespace() {
            from_c += 1;
        }
    }
    while from_c < first_char && chars[from_c].is_whitespace() {
        from_c += 1;
    }
    if to_c < chars.len() && !chars[to_c].is_whitespace() {
        while to_c > last_char && !chars[to_c - 1].is_whitespace() {
            to_c -= 1;
        }
    }
    while to_c > last_char && chars[to_c - 1].is_whitespace() {
        to_c -= 1;
    }
    if to_c <= from_c {
        (from_c, to_c) = (from0, to0);
    }
    let from = starts[from_c];
    let to = starts.get(to_c).copied().unwrap_or(text.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let shift = out.len();
    out.push_str(&text[from..to]);
    if to < text.len() {
        out.push('…');
    }
    let moved = spans
        .iter()
        .filter(|s| s.end > from && s.start < to)
        .map(|s| Span {
            start: s.start.max(from) - from + shift,
            end: s.end.min(to) - from + shift,
        })
        .collect();
    (out, moved)
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    word: u32,
    start: u32,
    end: u32,
}

#[derive(Clone, Debug)]
struct Field {
    kind: FieldKind,
    text: String,
    toks: Vec<Tok>,
}

#[derive(Clone, Debug)]
struct Entry {
    item: ItemRef,
    id: String,
    fields: Vec<Field>,
}

/// The search index of one plan. Build it once ([`SearchIndex::new`]) and
/// query it as the reader types ([`SearchIndex::search`]).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    vocab: Vec<String>,
    entries: Vec<Entry>,
}

/// One field of a result, with the ranges that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldHit {
    /// Which field.
    pub field: FieldKind,
    /// Its text (a description as plain text).
    pub text: String,
    /// Matched ranges of `text`, sorted, merged.
    pub spans: Vec<Span>,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// Where it is.
    pub item: ItemRef,
    /// Its id (objective, indicator, unit or row id).
    pub id: String,
    /// Rank: 0 for an exact code, else the sum of the words' costs (lower
    /// is better; see the module documentation).
    pub rank: u32,
    /// The title field first (always, matched or not), then the other
    /// fields that matched, in the order code, tags, description.
    pub fields: Vec<FieldHit>,
}

impl Hit {
    /// The kind of item.
    pub fn kind(&self) -> ItemKind {
        self.item.kind()
    }
    /// The title field (title, name or label).
    pub fn title(&self) -> &FieldHit {
        &self.fields[0]
    }
}

/// The results of one kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResultGroup {
    /// The kind.
    pub kind: ItemKind,
    /// How many items of this kind match.
    pub total: usize,
    /// The best of them, ranked (at most the limit asked for).
    pub hits: Vec<Hit>,
}

/// The results of a query.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SearchResults {
    /// The query's normalised words (empty: nothing was searched).
    pub words: Vec<String>,
    /// Non-empty groups, in the order of [`ItemKind::ALL`].
    pub groups: Vec<ResultGroup>,
    /// Matching items of every kind.
    pub total: usize,
}

impl SearchResults {
    /// Every shown hit in display order (groups one after the other): the
    /// order of keyboard navigation.
    pub fn hits(&self) -> impl Iterator<Item = &Hit> {
        self.groups.iter().flat_map(|g| g.hits.iter())
    }
}

struct QueryWord {
    len: usize,
    lo: u32,
    hi: u32,
    exact: Option<u32>,
}

impl SearchIndex {
    /// Indexes every objective, indicator, unit and budget row of a plan.
    pub fn new(plan: &PlanFile) -> SearchIndex {
        let nodes = flatten_objectives(plan);
        let units = flatten_units(plan);
        // Words are numbered as first met, then renumbered in sorted order.
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut words: Vec<String> = Vec::new();
        let mut field = |kind: FieldKind, text: String| -> Field {
            let mut toks = Vec::new();
            for_each_word(&text, |w, s, e| {
                let id = match ids.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = words.len() as u32;
                        ids.insert(w.to_string(), id);
                        words.push(w.to_string());
                        id
                    }
                };
                toks.push(Tok {
                    word: id,
                    start: s as u32,
                    end: e as u32,
                });
            });
            Field { kind, text, toks }
        };
        let mut entries = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let o = n.obj;
            let mut f = vec![field(FieldKind::Title, o.title.clone())];
            if let Some(c) = &o.code {
                f.push(field(FieldKind::Code, c.clone()));
            }
            for t in &o.tags {
                f.push(field(FieldKind::Tag, t.clone()));
            }
            if let Some(d) = &o.description {
                f.push(field(FieldKind::Description, plain_text(d)));
            }
            entries.push(Entry {
                item: ItemRef::Objective { node: i },
                id: o.id.clone(),
                fields: f,
            });
        }
        for (i, n) in nodes.iter().enumerate() {
            for (k, ind) in n.obj.indicators.iter().enumerate() {
                let mut f = vec![field(FieldKind::Title, ind.name.clone())];
                if let Some(d) = &ind.formula {
                    f.push(field(FieldKind::Description, d.clone()));
                }
                entries.push(Entry {
                    item: ItemRef::Indicator { node: i, index: k },
                    id: ind.id.clone(),
                    fields: f,
                });
            }
        }
        for (i, u) in units.iter().enumerate() {
            let mut f = vec![field(FieldKind::Title, u.unit.name.clone())];
            if let Some(c) = &u.unit.code {
                f.push(field(FieldKind::Code, c.clone()));
            }
            entries.push(Entry {
                item: ItemRef::Unit { unit: i },
                id: u.unit.id.clone(),
                fields: f,
            });
        }
        for (t, table) in plan.money.budget.iter().enumerate() {
            for (r, row) in table.rows.iter().enumerate() {
                let mut f = vec![field(FieldKind::Title, row.label.clone())];
                if let Some(c) = &row.code {
                    f.push(field(FieldKind::Code, c.clone()));
                }
                entries.push(Entry {
                    item: ItemRef::BudgetRow { table: t, row: r },
                    id: row.id.clone(),
                    fields: f,
                });
            }
        }
        // Sorted vocabulary: a prefix is then a range of word numbers.
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by(|&x, &y| words[x as usize].cmp(&words[y as usize]));
        let mut rank = vec![0u32; words.len()];
        for (r, &w) in order.iter().enumerate() {
            rank[w as usize] = r as u32;
        }
        for e in &mut entries {
            for f in &mut e.fields {
                for t in &mut f.toks {
                    t.word = rank[t.word as usize];
                }
            }
        }
        let mut words: Vec<Option<String>> = words.into_iter().map(Some).collect();
        let vocab = order
            .iter()
            .map(|&w| words[w as usize].take().unwrap_or_default())
            .collect();
        SearchIndex { vocab, entries }
    }

    /// Number of indexed items.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the plan has nothing to index.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of distinct normalised words.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    fn query_words(&self, query: &str) -> (Vec<String>, Vec<QueryWord>) {
        let words: Vec<String> = tokens(query).into_iter().map(|t| t.word).collect();
        let qw = words
            .iter()
            .map(|w| {
                let lo = self.vocab.partition_point(|v| v.as_str() < w.as_str());
                let hi = lo + self.vocab[lo..].partition_point(|v| v.starts_with(w.as_str()));
                QueryWord {
                    len: w.chars().count(),
                    lo: lo as u32,
                    hi: hi as u32,
                    exact: (self.vocab.get(lo) == Some(w)).then_some(lo as u32),
                }
            })
            .collect();
        (words, qw)
    }

    fn rank(e: &Entry, qw: &[QueryWord]) -> Option<u32> {
        let mut total = 0u32;
        for q in qw {
            let mut best = u32::MAX;
            for f in &e.fields {
                for t in &f.toks {
                    if t.word >= q.lo && t.word < q.hi {
                        best = best.min(f.kind.cost(q.exact == Some(t.word)));
                    }
                }
            }
            if best == u32::MAX {
                return None;
            }
            total += best;
        }
        // The code equals the whole query.
        let code_exact = e.fields.iter().any(|f| {
            f.kind == FieldKind::Code
                && f.toks.len() == qw.len()
                && f.toks.iter().zip(qw).all(|(t, q)| q.exact == Some(t.word))
        });
        Some(if code_exact { 0 } else { total })
    }

    /// Every matching item with its rank, in document order (no spans):
    /// what filters combine with. An empty query matches nothing.
    pub fn matches(&self, query: &str) -> Vec<(ItemRef, u32)> {
        let (_, qw) = self.query_words(query);
        if qw.is_empty() {
            return Vec::new();
        }
        self.entries
            .iter()
            .filter_map(|e| Some((e.item, Self::rank(e, &qw)?)))
            .collect()
    }

    /// Searches: every word of the query must start a word of the item.
    /// Each group keeps its `limit` best hits (with spans) and the count of
    /// all its matches.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let (words, qw) = self.query_words(query);
        if qw.is_empty() {
            return SearchResults::default();
        }
        let mut per_kind: Vec<Vec<(u32, usize)>> = vec![Vec::new(); ItemKind::ALL.len()];
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(r) = Self::rank(e, &qw) {
                per_kind[e.item.kind() as usize].push((r, i));
            }
        }
        let mut groups = Vec::new();
        let mut total = 0;
        for (k, mut found) in per_kind.into_iter().enumerate() {
            if found.is_empty() {
                continue;
            }
            total += found.len();
            // Stable: ties stay in document order.
            found.sort_by_key(|&(r, _)| r);
            let hits = found
                .iter()
                .take(limit)
                .map(|&(rank, i)| self.hit(&self.entries[i], rank, &qw))
                .collect();
            groups.push(ResultGroup {
                kind: ItemKind::ALL[k],
                total: found.len(),
                hits,
            });
        }
        SearchResults {
            words,
            groups,
            total,
        }
    }

    fn hit(&self, e: &Entry, rank: u32, qw: &[QueryWord]) -> Hit {
        let mut fields = Vec::new();
        for (fi, f) in e.fields.iter().enumerate() {
            let mut spans: Vec<Span> = Vec::new();
            for t in &f.toks {
                // The longest query word that starts this word.
                let Some(len) = qw
                    .iter()
                    .filter(|q| t.word >= q.lo && t.word < q.hi)
                    .map(|q| q.len)
                    .max()
                else {
                    continue;
                };
                let start = t.start as usize;
                let word = &f.text[start..t.end as usize];
                let end = start + original_prefix_len(word, len);
                match spans.last_mut() {
                    Some(last) if last.end >= start => last.end = last.end.max(end),
                    _ => spans.push(Span { start, end }),
                }
            }
            if fi == 0 || !spans.is_empty() {
                fields.push(FieldHit {
                    field: f.kind,
                    text: f.text.clone(),
                    spans,
                });
            }
        }
        Hit {
            item: e.item,
            id: e.id.clone(),
            rank,
            fields,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_italian_text() {
        assert_eq!(normalize("Città più VIVIBILE"), "citta piu vivibile");
        assert_eq!(
            normalize("Perché? L’università e l'ente"),
            "perche l universita e l ente"
        );
        assert_eq!(normalize("S1-1_1 / 4.1.2"), "s1 1 1 4 1 2");
        // Decomposed accent (e + combining acute) stays in the word.
        assert_eq!(normalize("perche\u{301} citta\u{300}"), "perche citta");
        assert_eq!(normalize("Straße Œuvre ÀÈÌÒÙ"), "strasse oeuvre aeiou");
        assert_eq!(normalize("  ,;  "), "");
    }

    #[test]
    fn token_spans_are_in_the_original_text() {
        let t = tokens("La Città è bella");
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["la", "citta", "e", "bella"]);
        assert_eq!(&"La Città è bella"[t[1].span.start..t[1].span.end], "Città");
    }

    #[test]
    fn prefix_lengths_map_back_to_the_original() {
        assert_eq!(original_prefix_len("Città", 4), 4);
        assert_eq!(original_prefix_len("Città", 5), "Città".len());
        assert_eq!(original_prefix_len("cittàx", 5), "città".len());
        assert_eq!(original_prefix_len("Straße", 5), "Straß".len());
        // e + combining accent: the mark goes with its letter.
        assert_eq!(original_prefix_len("e\u{301}x", 1), 3);
    }

    #[test]
    fn excerpts_keep_the_match() {
        let text = "Uno due tre quattro cinque sei sette otto nove città dieci undici dodici";
        let i = text.find("città").unwrap();
        let span = Span {
            start: i,
            end: i + "città".len(),
        };
        let (e, spans) = excerpt(text, &[span], 20);
        assert_eq!(e, "…nove città dieci…");
        assert_eq!(&e[spans[0].start..spans[0].end], "città");
        let long = "x".repeat(50);
        let (e, spans) = excerpt(&long, &[], 10);
        assert_eq!((e.chars().count(), spans.len()), (11, 0));
        let (short, same) = excerpt("breve", &[Span { start: 0, end: 2 }], 20);
        assert_eq!((short.as_str(), same.len()), ("breve", 1));
    }

    #[test]
    fn segments_cut_by_spans() {
        let s = segments(
            "La Città",
            &[
                Span { start: 3, end: 7 },
                Span {
                    start: 100,
                    end: 200,
                },
            ],
        );
        assert_eq!(s, vec![("La ", false), ("Citt", true), ("à", false)]);
        assert_eq!(
            segments("abc", &[Span { start: 0, end: 2 }]),
            vec![("ab", true), ("c", false)]
        );
    }
}
