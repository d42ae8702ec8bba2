//! Filters of the objective list, combined with the search, as data: the
//! state ([`Filter`]), its place in the page address
//! ([`Filter::to_query`] / [`Filter::from_query`]) and the result
//! ([`apply`]): the matching objectives and, for every option of every
//! filter, how many objectives it would leave.
//!
//! Rules:
//! - options of one filter combine with OR (`sdg=11&sdg=16`: goal 11 or 16),
//!   different filters and the search combine with AND;
//! - every objective of the tree is an item (any level, phases included);
//! - an objective passes the search when its own title, code, tags or
//!   description match, or the name or formula of one of its indicators;
//! - unit, missione, SDG and years are the objective's own, or, when it has
//!   none, those of its nearest ancestor that has some; a unit includes its
//!   sub-units (choosing a settore finds the objectives of its U.O.); the
//!   missione of a `programma` `MM.PP` without `mission` is `MM`; an
//!   objective with `also_missions` is found under each of its missioni;
//! - tags and PNRR are the objective's own together with its ancestors'
//!   (a phase of a PNRR project is PNRR); PNRR means a `pnrr` link or the
//!   tag `PNRR`;
//! - the mandate line (`linea`) is the root of the objective's tree;
//! - status and kind are the objective's own (`trasversale` includes
//!   objectives marked `transversal`);
//! - the achievement band (`esito`) is that of the computed score, with the
//!   plan's declared bands (key: the band's label as words joined by `-`)
//!   or the default ones (`raggiunti` 100 % or more, `parziali` above 0,
//!   `non-raggiunti` 0); `sotto-soglia` is below the lowest declared band,
//!   `senza-esito` without a score (or withdrawn);
//! - counts are faceted: an option's count is the number of objectives that
//!   pass the search and every *other* filter and have that option;
//! - a chosen option the plan does not have is ignored (and listed in
//!   [`Filtered::ignored`]), so an old or hand-edited link never hides
//!   everything.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::format::{ObjectiveKind, PlanFile, Status};
use crate::model::{flatten_objectives, flatten_units, unit_chains, units_and_ancestors};
use crate::score::band_index;
use crate::search::{normalize, ItemRef, SearchIndex};
use crate::Analysis;

/// A filter dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    /// Organisational unit (with its sub-units): `ufficio=<unit id>`.
    Ufficio,
    /// Budget missione: `missione=04`.
    Missione,
    /// Mandate line, the root of the tree: `linea=<objective id>`.
    Linea,
    /// Agenda 2030 goal: `sdg=11`.
    Sdg,
    /// PNRR or not: `pnrr=si` / `pnrr=no`.
    Pnrr,
    /// Status: `stato=non_raggiunto`.
    Stato,
    /// Kind: `tipo=sviluppo`.
    Tipo,
    /// Year: `anno=2024`.
    Anno,
    /// Tag: `tag=PNRR`.
    Tag,
    /// Achievement band: `esito=non-raggiunti`.
    Esito,
}

impl Facet {
    /// Every facet, in the order of the address and of the panel.
    pub const ALL: [Facet; 10] = [
        Facet::Ufficio,
        Facet::Missione,
        Facet::Linea,
        Facet::Sdg,
        Facet::Pnrr,
        Facet::Stato,
        Facet::Tipo,
        Facet::Anno,
        Facet::Tag,
        Facet::Esito,
    ];
    /// The key in the address.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Ufficio => "ufficio",
            Facet::Missione => "missione",
            Facet::Linea => "linea",
            Facet::Sdg => "sdg",
            Facet::Pnrr => "pnrr",
            Facet::Stato => "stato",
            Facet::Tipo => "tipo",
            Facet::Anno => "anno",
            Facet::Tag => "tag",
            Facet::Esito => "esito",
        }
    }
    /// The facet of an address key.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
    /// The canonical form of an option's value, or `None` when it can never
    /// be valid (`sdg=99`, `stato=boh`, `anno=x`, an empty value).
    pub fn canonical(self, value: &str) -> Option<String> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        match self {
            Facet::Ufficio | Facet::Linea | Facet::Tag | Facet::Esito => Some(v.to_string()),
            Facet::Missione => {
                let n: u8 = v.parse().ok().filter(|_| v.len() <= 2)?;
                Some(format!("{n:02}"))
            }
            Facet::Sdg => {
                let n: u8 = v.parse().ok().filter(|n| (1..=17).contains(n))?;
                Some(n.to_string())
            }
            Facet::Pnrr => match normalize(v).as_str() {
                "si" | "s" | "yes" | "true" | "1" => Some("si".into()),
                "no" | "n" | "false" | "0" => Some("no".into()),
                _ => None,
            },
            Facet::Stato => Status::ALL
                .iter()
                .find(|s| s.as_str() == v)
                .map(|s| s.as_str().to_string()),
            Facet::Tipo => ObjectiveKind::ALL
                .iter()
                .find(|s| s.as_str() == v)
                .map(|s| s.as_str().to_string()),
            Facet::Anno => {
                let y: i32 = v.parse().ok().filter(|y| (1900..=2200).contains(y))?;
                Some(y.to_string())
            }
        }
    }
}

/// The state of the search box and the filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Filter {
    /// The search text as typed (empty: no search).
    pub q: String,
    /// Chosen options (canonical values), by facet; no empty sets.
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
}

impl Filter {
    /// True when nothing is searched or filtered.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.selected.is_empty()
    }
    /// Chooses an option (canonicalised); false when the value is invalid.
    pub fn select(&mut self, facet: Facet, value: &str) -> bool {
        match facet.canonical(value) {
            Some(v) => {
                self.selected.entry(facet).or_default().insert(v);
                true
            }
            None => false,
        }
    }
    /// Unchooses an option.
    pub fn unselect(&mut self, facet: Facet, value: &str) {
        if let Some(set) = self.selected.get_mut(&facet) {
            set.remove(value);
            if set.is_empty() {
                self.selected.remove(&facet);
            }
        }
    }
    /// Chooses or unchooses an option.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        if self.is_selected(facet, value) {
            self.unselect(facet, value);
        } else {
            self.select(facet, value);
        }
    }
    /// Whether an option is chosen.
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected.get(&facet).is_some_and(|s| s.contains(value))
    }
    /// Removes every option of a facet.
    pub fn clear(&mut self, facet: Facet) {
        self.selected.remove(&facet);
    }

    /// The state as the query part of an address, without `?`:
    /// `q=citta&ufficio=s1&sdg=11&sdg=16`. Keys in the order of
    /// [`Facet::ALL`] after `q`, values sorted; percent-encoded UTF-8.
    /// Empty when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        for f in Facet::ALL {
            for v in self.selected.get(&f).into_iter().flatten() {
                parts.push(format!("{}={}", f.key(), encode(v)));
            }
        }
        parts.join("&")
    }

    /// Reads the state from the query part of an address (with or without
    /// `?`). Tolerant: other keys (`piano`, `lang` …) and invalid values are
    /// ignored, `+` is a space, a broken `%` escape is kept as text.
    pub fn from_query(query: &str) -> Filter {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut f = Filter::default();
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let (k, v) = (decode(k), decode(v));
            if k == "q" {
                f.q = v;
            } else if let Some(facet) = Facet::from_key(&k) {
                f.select(facet, &v);
            }
        }
        f
    }
}

/// Percent-encodes everything but `A–Z a–z 0–9 - . _ ~`.
pub fn encode(s: &str) -> String {
    percent_encode(s, b"-._~")
}

/// Percent-encodes every byte but ASCII letters, digits and those in `keep`.
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; invalid escapes stay as they are, invalid UTF-8
/// becomes U+FFFD.
pub fn decode(s: &str) -> String {
    String::from_utf8_lossy(&percent_decode(s, true)).into_owned()
}

/// The bytes `%XX` stand for (and `+` a space, when `plus` says so); a `%`
/// not followed by two hex digits stays as it is.
pub fn percent_decode(s: &str, plus: bool) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' if plus => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// An option of a facet and how many objectives it would leave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetOption {
    /// The value in the address.
    pub value: String,
    /// The name the plan gives it (unit name, line title, band label), if
    /// any; for missione, SDG, status, kind the caller names the value
    /// ([`crate::names`], its own texts).
    pub label: Option<String>,
    /// Objectives left by the search, the other facets and this option.
    pub count: usize,
    /// Whether it is chosen.
    pub selected: bool,
}

/// A facet and its options, in a stable order (units in the organisation's
/// order, lines in document order, missioni, SDGs and years by number,
/// status and kind in the format's order, tags by first appearance, bands
/// from the highest).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetCounts {
    /// The facet.
    pub facet: Facet,
    /// Its options (only those the plan has).
    pub options: Vec<FacetOption>,
}

/// What [`apply`] finds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Filtered {
    /// Matching objectives: indices in pre-order (as
    /// [`crate::score::Scores::nodes`]), in document order.
    pub matches: Vec<usize>,
    /// Objectives in the plan.
    pub total: usize,
    /// Every facet with its options and counts.
    pub facets: Vec<FacetCounts>,
    /// Chosen options the plan does not have: not applied.
    pub ignored: Vec<(Facet, String)>,
}

impl Filtered {
    /// The options of one facet.
    pub fn facet(&self, f: Facet) -> &[FacetOption] {
        self.facets
            .iter()
            .find(|c| c.facet == f)
            .map_or(&[][..], |c| &c.options[..])
    }
    /// For a tree view: the matches and their ancestors, by node index.
    pub fn with_ancestors(&self, parents: &[Option<usize>]) -> Vec<bool> {
        let mut keep = vec![false; parents.len()];
        for &m in &self.matches {
            let mut at = Some(m);
            while let Some(i) = at {
                if i >= keep.len() || keep[i] {
                    break;
                }
                keep[i] = true;
                at = parents[i];
            }
        }
        keep
    }
}

/// The key of an achievement band in the address: the default bands'
/// `raggiunti`, `parziali`, `non-raggiunti`, or a declared band's label
/// normalised with `-` between words.
pub fn band_key(plan: &PlanFile, index: usize) -> String {
    if plan.scoring.bands.is_empty() {
        ["raggiunti", "parziali", "non-raggiunti"]
            .get(index)
            .unwrap_or(&"")
            .to_string()
    } else {
        plan.scoring
            .bands
            .get(index)
            .map(|b| normalize(&b.label).replace(' ', "-"))
            .unwrap_or_default()
    }
}

/// Key of scored objectives below the lowest declared band.
pub const BELOW: &str = "sotto-soglia";
/// Key of objectives without a score.
pub const UNSCORED: &str = "senza-esito";

/// Adds one to the count of each distinct value.
fn count_into<'v>(values: &'v [String], counts: &mut HashMap<&'v str, usize>) {
    for (i, x) in values.iter().enumerate() {
        if !values[..i].contains(x) {
            *counts.entry(x.as_str()).or_default() += 1;
        }
    }
}

/// Applies the search and the filters to the objectives of a plan: a
/// shortcut for [`Facets::new`] then [`Facets::apply`] (build the
/// [`Facets`] once per plan when filtering as the reader types).
pub fn apply(
    plan: &PlanFile,
    analysis: &Analysis,
    index: &SearchIndex,
    filter: &Filter,
) -> Filtered {
    Facets::new(plan, analysis).apply(index, filter)
}

/// Every objective's options, facet by facet, and the options the plan
/// has: built once per plan and analysis.
#[derive(Clone, Debug, Default)]
pub struct Facets {
    /// `values[node][facet]`: the node's option values.
    values: Vec<Vec<Vec<String>>>,
    /// `options[facet]`: (value, label) in display order.
    options: Vec<Vec<(String, Option<String>)>>,
}

impl Facets {
    /// Reads the options of every objective (`analysis` is the plan's, for the
    /// bands).
    pub fn new(plan: &PlanFile, analysis: &Analysis) -> Facets {
        let nodes = flatten_objectives(plan);
        let units = flatten_units(plan);
        let n = nodes.len();

        // Option values of every node, facet by facet.
        let unit_chain = unit_chains(&units);
        let nf = Facet::ALL.len();
        let mut values: Vec<Vec<Vec<String>>> = Vec::with_capacity(n);
        for (i, node) in nodes.iter().enumerate() {
            let o = node.obj;
            let inherit = |get: &dyn Fn(usize) -> Vec<String>| -> Vec<String> {
                let mut at = Some(i);
                while let Some(j) = at {
                    let v = get(j);
                    if !v.is_empty() {
                        return v;
                    }
                    at = nodes[j].parent;
                }
                Vec::new()
            };
            let mut v: Vec<Vec<String>> = vec![Vec::new(); nf];
            v[Facet::Ufficio as usize] =
                units_and_ancestors(&unit_chain, &inherit(&|j| nodes[j].obj.units.clone()))
                    .into_iter()
                    .map(str::to_string)
                    .collect();
            v[Facet::Missione as usize] = inherit(&|j| {
                let o = nodes[j].obj;
                let first = o.mission.clone().or_else(|| {
                    o.programme
                        .as_ref()
                        .and_then(|p| p.split('.').next())
                        .map(String::from)
                });
                let mut all: Vec<String> = Vec::new();
                for m in first.iter().chain(&o.also_missions) {
                    if let Some(m) = Facet::Missione.canonical(m) {
                        if !all.contains(&m) {
                            all.push(m);
                        }
                    }
                }
                all
            });
            let mut root = i;
            while let Some(p) = nodes[root].parent {
                root = p;
            }
            v[Facet::Linea as usize] = vec![nodes[root].obj.id.clone()];
            v[Facet::Sdg as usize] =
                inherit(&|j| nodes[j].obj.sdgs.iter().map(|g| g.to_string()).collect());
            let mut tags: Vec<String> = Vec::new();
            let mut pnrr = false;
            let mut at = Some(i);
            while let Some(j) = at {
                let oj = nodes[j].obj;
                pnrr |= oj.pnrr.is_some();
                for t in &oj.tags {
                    pnrr |= normalize(t) == "pnrr";
                    if !tags.contains(t) {
                        tags.push(t.clone());
                    }
                }
                at = nodes[j].parent;
            }
            v[Facet::Pnrr as usize] = vec![if pnrr { "si" } else { "no" }.to_string()];
            v[Facet::Stato as usize] = o.status.iter().map(|s| s.as_str().to_string()).collect();
            let mut kinds: Vec<String> = o.kind.iter().map(|k| k.as_str().to_string()).collect();
            if o.transversal && o.kind != Some(ObjectiveKind::Trasversale) {
                kinds.push(ObjectiveKind::Trasversale.as_str().to_string());
            }
            v[Facet::Tipo as usize] = kinds;
            v[Facet::Anno as usize] =
                inherit(&|j| nodes[j].obj.years.iter().map(|y| y.to_string()).collect());
            v[Facet::Tag as usize] = tags;
            let score = analysis
                .scores
                .nodes
                .get(i)
                .filter(|s| !s.basis.is_excluded())
                .and_then(|s| s.computed);
            v[Facet::Esito as usize] = vec![match score {
                None => UNSCORED.to_string(),
                Some(s) => match band_index(s.get(), &plan.scoring.bands) {
                    Some(k) => band_key(plan, k),
                    None => BELOW.to_string(),
                },
            }];
            values.push(v);
        }

        // The options the plan has, in order, with labels.
        let mut options: Vec<Vec<(String, Option<String>)>> = vec![Vec::new(); nf];
        for (k, f) in Facet::ALL.into_iter().enumerate() {
            let opts = &mut options[k];
            match f {
                Facet::Ufficio => {
                    let used: BTreeSet<&str> = values
                        .iter()
                        .flat_map(|v| v[k].iter().map(String::as_str))
                        .collect();
                    for u in &units {
                        if used.contains(u.unit.id.as_str()) {
                            opts.push((u.unit.id.clone(), Some(u.unit.name.clone())));
                        }
                    }
                }
                Facet::Linea => {
                    for node in nodes.iter().filter(|n| n.parent.is_none()) {
                        let label = match &node.obj.code {
                            Some(c) => format!("{c} {}", node.obj.title),
                            None => node.obj.title.clone(),
                        };
                        opts.push((node.obj.id.clone(), Some(label)));
                    }
                }
                Facet::Missione | Facet::Sdg | Facet::Anno => {
                    let mut seen: Vec<String> =
                        values.iter().flat_map(|v| v[k].iter().cloned()).collect();
                    seen.sort_by_key(|s| (s.parse::<i64>().unwrap_or(i64::MAX), s.clone()));
                    seen.dedup();
                    opts.extend(seen.into_iter().map(|s| (s, None)));
                }
                Facet::Pnrr => {
                    for s in ["si", "no"] {
                        if values.iter().any(|v| v[k].iter().any(|x| x == s)) {
                            opts.push((s.to_string(), None));
                        }
                    }
                }
                Facet::Stato => {
                    for s in Status::ALL {
                        if values.iter().any(|v| v[k].iter().any(|x| x == s.as_str())) {
                            opts.push((s.as_str().to_string(), None));
                        }
                    }
                }
                Facet::Tipo => {
                    for s in ObjectiveKind::ALL {
                        if values.iter().any(|v| v[k].iter().any(|x| x == s.as_str())) {
                            opts.push((s.as_str().to_string(), None));
                        }
                    }
                }
                Facet::Tag => {
                    for v in &values {
                        for t in &v[k] {
                            if !opts.iter().any(|(x, _)| x == t) {
                                opts.push((t.clone(), None));
                            }
                        }
                    }
                }
                Facet::Esito => {
                    let nb = if plan.scoring.bands.is_empty() {
                        3
                    } else {
                        plan.scoring.bands.len()
                    };
                    for b in 0..nb {
                        let label = plan.scoring.bands.get(b).map(|b| b.label.clone());
                        opts.push((band_key(plan, b), label));
                    }
                    if !plan.scoring.bands.is_empty() {
                        opts.push((BELOW.to_string(), None));
                    }
                    opts.push((UNSCORED.to_string(), None));
                }
            }
        }

        Facets { values, options }
    }

    /// Applies the search (with the plan's `index`) and the filters.
    pub fn apply(&self, index: &SearchIndex, filter: &Filter) -> Filtered {
        let (values, options) = (&self.values, &self.options);
        let n = values.len();
        let nf = Facet::ALL.len();
        // The chosen options the plan has; the others are ignored.
        let mut ignored = Vec::new();
        let mut active: Vec<Option<BTreeSet<&str>>> = vec![None; nf];
        for (k, f) in Facet::ALL.into_iter().enumerate() {
            let Some(chosen) = filter.selected.get(&f) else {
                continue;
            };
            let mut set = BTreeSet::new();
            for c in chosen {
                if options[k].iter().any(|(v, _)| v == c) {
                    set.insert(c.as_str());
                } else {
                    ignored.push((f, c.clone()));
                }
            }
            if !set.is_empty() {
                active[k] = Some(set);
            }
        }

        // The search: objectives whose own fields or indicators match.
        let searched: Option<Vec<bool>> = (!filter.q.trim().is_empty()).then(|| {
            let mut hit = vec![false; n];
            for (item, _) in index.matches(&filter.q) {
                match item {
                    ItemRef::Objective { node } | ItemRef::Indicator { node, .. } if node < n => {
                        hit[node] = true
                    }
                    _ => {}
                }
            }
            hit
        });

        let mut counts: Vec<HashMap<&str, usize>> = vec![HashMap::new(); nf];
        let mut matches = Vec::new();
        for (i, v) in values.iter().enumerate() {
            if searched.as_ref().is_some_and(|s| !s[i]) {
                continue;
            }
            let mut failed: Option<usize> = None;
            let mut fails = 0;
            for k in 0..nf {
                if let Some(set) = &active[k] {
                    if !v[k].iter().any(|x| set.contains(x.as_str())) {
                        fails += 1;
                        failed = Some(k);
                        if fails > 1 {
                            break;
                        }
                    }
                }
            }
            match (fails, failed) {
                (0, _) => {
                    matches.push(i);
                    for (k, c) in counts.iter_mut().enumerate() {
                        count_into(&v[k], c);
                    }
                }
                (1, Some(k)) => count_into(&v[k], &mut counts[k]),
                _ => {}
            }
        }

        let facets = Facet::ALL
            .into_iter()
            .enumerate()
            .map(|(k, f)| FacetCounts {
                facet: f,
                options: options[k]
                    .iter()
                    .map(|(value, label)| FacetOption {
                        count: counts[k].get(value.as_str()).copied().unwrap_or(0),
                        selected: filter.is_selected(f, value),
                        value: value.clone(),
                        label: label.clone(),
                    })
                    .collect(),
            })
            .collect();
        Filtered {
            matches,
            total: n,
            facets,
            ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        assert_eq!(encode("città & co=1"), "citt%C3%A0%20%26%20co%3D1");
        assert_eq!(decode("citt%C3%A0+%26%20co%3D1"), "città & co=1");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn reads_an_address_tolerantly() {
        let f = Filter::from_query(
            "?piano=lucca&q=citt%C3%A0&sdg=11&sdg=99&sdg=011&stato=boh&stato=ritirato&missione=4&pnrr=s%C3%AC&anno=x&tipo=processo&esito=non-raggiunti&=&&x",
        );
        assert_eq!(f.q, "città");
        assert_eq!(
            f.to_query(),
            "q=citt%C3%A0&missione=04&sdg=11&pnrr=si&stato=ritirato&tipo=processo&esito=non-raggiunti"
        );
        assert_eq!(Filter::from_query(""), Filter::default());
        assert!(Filter::from_query("piano=x").is_empty());
    }

    #[test]
    fn toggles() {
        let mut f = Filter::default();
        f.toggle(Facet::Sdg, "11");
        assert!(f.is_selected(Facet::Sdg, "11"));
        f.toggle(Facet::Sdg, "11");
        assert!(f.is_empty());
        assert!(!f.select(Facet::Sdg, "0"));
    }
}
