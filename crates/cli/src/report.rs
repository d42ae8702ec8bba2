//! What the command prints: readable tables and JSON. Pure functions from
//! the core's results to strings.

use std::fmt::Write as _;

use cruscotto_core::money::{RatioKind, COST_FIELDS};
use cruscotto_core::score::{Basis, Dimension};
use cruscotto_core::simulate::{Simulation, Weight};
use cruscotto_core::{it, locate, Analysis, Dec, Lang, ParsePlanError, PlanFile, Severity};
use serde_json::{json, Value};

fn t(lang: Lang, it: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::It {
        it
    } else {
        en
    }
}

/// The JSON Schema of the format.
pub fn schema() -> String {
    let schema = schemars::schema_for!(cruscotto_core::PlanFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// Line and column of a path; when the path itself is absent (e.g. a list
/// that is empty), those of its nearest existing ancestor.
fn position(bytes: &[u8], path: &str) -> (usize, usize) {
    let mut p = path;
    loop {
        if let Some(lc) = locate(bytes, p) {
            return lc;
        }
        match p.rfind(['.', '[']) {
            Some(i) if i > 0 => p = &p[..i],
            _ => return (1, 1),
        }
    }
}

fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => t(lang, "errore", "error"),
        Severity::Warning => t(lang, "avviso", "warning"),
        Severity::Info => t(lang, "nota", "note"),
    }
}

/// A parse error for people: `file:line:col: errore E00: message` (E00,
/// as in the JSON form and the list of codes in docs/FORMAT.md).
pub fn parse_error_text(name: &str, e: &ParsePlanError, lang: Lang) -> String {
    let (l, c) = (e.line.max(1), e.column.max(1));
    let head = t(
        lang,
        "non valido: il file non si può leggere",
        "invalid: the file cannot be read",
    );
    format!(
        "{name}: {head}.\n{name}:{l}:{c}: {} E00: {}",
        severity_word(Severity::Error, lang),
        e.message(lang)
    )
}

/// A parse error for programs.
pub fn parse_error_json(e: &ParsePlanError, lang: Lang) -> String {
    let v = json!({
        "valid": false,
        "errors": 1,
        "warnings": 0,
        "diagnostics": [{
            "severity": "error", "code": "E00", "path": e.path,
            "line": e.line, "column": e.column, "message": e.message(lang),
        }],
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// All findings for people.
pub fn validate_text(name: &str, bytes: &[u8], a: &Analysis, lang: Lang) -> String {
    let (e, w, i) = (
        a.count(Severity::Error),
        a.count(Severity::Warning),
        a.count(Severity::Info),
    );
    let mut out = String::new();
    let verdict = if a.is_valid() {
        t(lang, "valido", "valid")
    } else {
        t(lang, "non valido", "invalid")
    };
    let words = match lang {
        Lang::It => [("errore", "errori"), ("avviso", "avvisi"), ("nota", "note")],
        Lang::En => [
            ("error", "errors"),
            ("warning", "warnings"),
            ("note", "notes"),
        ],
    };
    let counts: Vec<String> = [e, w, i]
        .iter()
        .zip(words)
        .map(|(&n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
    let _ = writeln!(out, "{name}: {verdict} — {}.", counts.join(", "));
    for d in &a.diagnostics {
        let (l, c) = position(bytes, &d.path);
        let _ = writeln!(
            out,
            "{name}:{l}:{c}: {} {} [{}] {}",
            severity_word(d.severity, lang),
            d.code(),
            d.path,
            d.message(lang)
        );
    }
    out.trim_end().to_string()
}

/// All findings for programs.
pub fn validate_json(bytes: &[u8], a: &Analysis, lang: Lang) -> String {
    let diags: Vec<Value> = a
        .diagnostics
        .iter()
        .map(|d| {
            let (l, c) = position(bytes, &d.path);
            json!({
                "severity": d.severity.as_str(), "code": d.code(), "path": d.path,
                "line": l, "column": c, "message": d.message(lang), "why": d.why(lang),
            })
        })
        .collect();
    let v = json!({
        "valid": a.is_valid(),
        "errors": a.count(Severity::Error),
        "warnings": a.count(Severity::Warning),
        "notes": a.count(Severity::Info),
        "diagnostics": diags,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

fn pct(d: Option<Dec>) -> String {
    d.map(it::percent).unwrap_or_else(|| "—".into())
}

fn eur(d: Option<Dec>) -> String {
    d.map(it::euro).unwrap_or_else(|| "—".into())
}

fn clip(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

/// `s` padded with spaces to `n` characters, on the right (text) or on the
/// left (`right_align`, for numbers).
fn align(s: &str, n: usize, right_align: bool) -> String {
    let fill = " ".repeat(n.saturating_sub(s.chars().count()));
    if right_align {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn pad(s: &str, n: usize) -> String {
    align(s, n, false)
}

fn lpad(s: &str, n: usize) -> String {
    align(s, n, true)
}

fn unit_name(plan: &PlanFile, id: &str) -> String {
    cruscotto_core::model::flatten_units(plan)
        .iter()
        .find(|u| u.unit.id == id)
        .map_or_else(|| id.to_string(), |u| u.unit.name.clone())
}

/// Scores and money for people.
pub fn score_text(plan: &PlanFile, a: &Analysis, lang: Lang) -> String {
    let mut o = String::new();
    let d = &plan.document;
    let _ = writeln!(o, "{} — {}", d.municipality.name, d.title);
    let _ = writeln!(
        o,
        "{} {}–{}",
        t(lang, "Periodo", "Period"),
        d.period.start,
        d.period.end
    );
    if let Some(ap) = &d.approval {
        let _ = writeln!(
            o,
            "{} {} n. {} {} {}",
            t(lang, "Approvato da", "Approved by"),
            ap.body.as_str(),
            ap.number.as_deref().unwrap_or("—"),
            t(lang, "del", "of"),
            ap.date
                .as_deref()
                .map(it::date)
                .unwrap_or_else(|| "—".into())
        );
    }
    let _ = writeln!(
        o,
        "\n{}: {}",
        t(
            lang,
            "Punteggio complessivo calcolato",
            "Overall computed score"
        ),
        pct(a.scores.overall)
    );
    if let Some(note) = cruscotto_core::messages::method_note(&plan.scoring, lang) {
        let _ = writeln!(o, "{note}");
    }

    let nodes = cruscotto_core::model::flatten_objectives(plan);
    if !nodes.is_empty() {
        let _ = writeln!(o, "\n{}", t(lang, "OBIETTIVI", "OBJECTIVES"));
        let _ = writeln!(
            o,
            "{} {} {} {} {}",
            pad(t(lang, "codice", "code"), 12),
            pad(t(lang, "titolo", "title"), 62),
            lpad(t(lang, "peso", "weight"), 6),
            lpad(t(lang, "calcolato", "computed"), 10),
            lpad(t(lang, "pubblicato", "published"), 10)
        );
        for (k, n) in nodes.iter().enumerate() {
            let s = &a.scores.nodes[k];
            let indent = "  ".repeat(n.depth.min(6));
            let computed = match s.basis {
                Basis::Withdrawn => t(lang, "ritirato", "withdrawn").to_string(),
                Basis::Neutralised => t(lang, "neutraliz.", "neutral.").to_string(),
                _ => pct(s.computed),
            };
            let _ = writeln!(
                o,
                "{} {} {} {} {}",
                pad(&clip(n.obj.code.as_deref().unwrap_or(""), 12), 12),
                pad(&clip(&format!("{indent}{}", n.obj.title), 62), 62),
                lpad(&n.obj.weight.map(it::plain).unwrap_or_default(), 6),
                lpad(&computed, 10),
                lpad(&pct(s.published), 10)
            );
        }
    }

    for (dim, it_title, en_title) in [
        (Dimension::Unit, "PER UNITÀ ORGANIZZATIVA", "BY UNIT"),
        (
            Dimension::Mission,
            "PER MISSIONE DI BILANCIO",
            "BY BUDGET MISSION",
        ),
        (
            Dimension::Sdg,
            "PER OBIETTIVO AGENDA 2030",
            "BY AGENDA 2030 GOAL",
        ),
        (Dimension::Kind, "PER TIPO", "BY KIND"),
    ] {
        let groups: Vec<_> = a.scores.by(dim).collect();
        if groups.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{}", t(lang, it_title, en_title));
        for g in groups {
            let label = match dim {
                Dimension::Unit => unit_name(plan, &g.key),
                Dimension::Mission => format!("{} {}", t(lang, "Missione", "Mission"), g.key),
                Dimension::Sdg => format!("{} {}", t(lang, "Obiettivo", "Goal"), g.key),
                _ => g.key.clone(),
            };
            let _ = writeln!(
                o,
                "{} {} {}",
                pad(&clip(&label, 70), 70),
                lpad(&g.members.len().to_string(), 4),
                lpad(&pct(g.score), 10)
            );
        }
    }

    for (ti, table) in plan.money.budget.iter().enumerate() {
        let rep = &a.money.tables[ti];
        let _ = writeln!(o, "\n{}", table.title.to_uppercase());
        let cols: Vec<_> = table.columns.clone();
        let mut head = pad("", 58);
        for c in &cols {
            head.push_str(&lpad(c.as_str(), 19));
        }
        if rep.primary.is_some() {
            head.push_str(&lpad(t(lang, "scostamento", "difference"), 19));
            head.push_str(&lpad("%", 10));
        }
        let _ = writeln!(o, "{head}");
        for (ri, r) in table.rows.iter().enumerate() {
            let rr = &rep.rows[ri];
            let mut line = pad(&clip(&r.label, 56), 58);
            for c in &cols {
                let v = r.values.get(*c);
                let mark = if r.considered && v.is_some() && Some(*c) != rep.primary.map(|p| p.1) {
                    "*"
                } else {
                    ""
                };
                line.push_str(&lpad(
                    &format!(
                        "{}{mark}",
                        v.map(|d| it::number(d.get(), 2))
                            .unwrap_or_else(|| "—".into())
                    ),
                    19,
                ));
            }
            if rep.primary.is_some() {
                line.push_str(&lpad(
                    &rr.difference
                        .map(|d| it::number(d.get(), 2))
                        .unwrap_or_else(|| "—".into()),
                    19,
                ));
                line.push_str(&lpad(&pct(rr.percent), 10));
            }
            let _ = writeln!(o, "{line}");
        }
        for f in &table.footnotes {
            let _ = writeln!(o, "{} {}", f.mark, f.text);
        }
        if let Some(total) = table.rows.iter().position(|r| !r.sum_of.is_empty()) {
            let rr = &rep.rows[total];
            for (k, v) in &rr.ratios {
                let name = match (k, lang) {
                    (RatioKind::Accertamento, Lang::It) => "Accertato su assestato",
                    (RatioKind::Impegno, Lang::It) => {
                        "Capacità di impegno (impegnato su assestato)"
                    }
                    (RatioKind::Pagamento, Lang::It) => {
                        "Capacità di pagamento (pagato su impegnato)"
                    }
                    (RatioKind::Riscossione, Lang::It) => {
                        "Capacità di riscossione (riscosso su accertato)"
                    }
                    (RatioKind::Accertamento, Lang::En) => "Assessed on final budget",
                    (RatioKind::Impegno, Lang::En) => "Commitment capacity",
                    (RatioKind::Pagamento, Lang::En) => "Payment capacity",
                    (RatioKind::Riscossione, Lang::En) => "Collection capacity",
                };
                let _ = writeln!(
                    o,
                    "{} ({}): {}",
                    name,
                    table.rows[total].label,
                    it::percent(*v)
                );
            }
        }
    }

    if !a.money.cost_totals.is_empty() {
        let _ = writeln!(
            o,
            "\n{}",
            t(
                lang,
                "COSTI E RICAVI PER OBIETTIVI E PROCESSI",
                "COSTS AND REVENUE OF OBJECTIVES AND PROCESSES"
            )
        );
        let labels = [
            t(lang, "costi del personale", "staff cost"),
            t(lang, "costi diretti impegnati", "direct costs committed"),
            t(lang, "costi diretti liquidati", "direct costs paid"),
            t(lang, "entrate accertate", "revenue assessed"),
            t(lang, "entrate riscosse", "revenue collected"),
        ];
        for ct in &a.money.cost_totals {
            let group = match (ct.group.as_str(), lang) {
                ("obiettivi", Lang::It) => "Obiettivi",
                ("obiettivi", Lang::En) => "Objectives",
                (_, Lang::It) => "Processi",
                (_, Lang::En) => "Processes",
            };
            let published = ct.published.map(|i| &plan.money.cost_totals[i]);
            let _ = writeln!(
                o,
                "{group}: {} {}",
                ct.count,
                t(lang, "con costi nel file", "with costs in the file")
            );
            if let Some(p) = published {
                let _ = writeln!(
                    o,
                    "  {} «{}»",
                    t(lang, "totale pubblicato:", "published total:"),
                    p.label
                );
            }
            for (k, (_, get, _)) in COST_FIELDS.iter().enumerate() {
                let sum = get(&ct.sums);
                let pubv = published.and_then(|p| get(&p.amounts));
                if sum.is_none() && pubv.is_none() {
                    continue;
                }
                let flag = match (sum, pubv) {
                    (Some(s), Some(p)) if s == p => " ✓",
                    (_, Some(_)) => " ≠",
                    _ => "",
                };
                let _ = writeln!(
                    o,
                    "  {} {} {} {}{flag}",
                    pad(labels[k], 26),
                    lpad(&eur(sum), 20),
                    t(lang, "pubblicato", "published"),
                    lpad(&eur(pubv), 20)
                );
            }
        }
    }
    let (w, i) = (a.count(Severity::Warning), a.count(Severity::Info));
    let _ = match lang {
        Lang::It => write!(
            o,
            "\nVerifiche: {w} avvisi, {i} note (dettagli con «cruscotto validate»)."
        ),
        Lang::En => write!(
            o,
            "\nChecks: {w} warnings, {i} notes (details with «cruscotto validate»)."
        ),
    };
    o
}

fn dec(d: Option<Dec>) -> Value {
    d.map_or(Value::Null, |d| {
        Value::String(d.get().normalize().to_string())
    })
}

fn dec2(d: Option<Dec>) -> Value {
    d.map_or(Value::Null, |d| {
        Value::String(it::round(d.get(), 2).to_string())
    })
}

/// Scores and money for programs. Decimals are strings: `value` exact,
/// `value_2dp` rounded half away from zero.
pub fn score_json(plan: &PlanFile, a: &Analysis, sim: Option<&Simulation>) -> String {
    let nodes: Vec<Value> = a
        .scores
        .nodes
        .iter()
        .map(|n| {
            json!({
                "id": n.id, "path": n.path, "depth": n.depth,
                "computed": dec(n.computed), "computed_2dp": dec2(n.computed),
                "published": dec(n.published),
                "basis": format!("{:?}", n.basis).to_lowercase(),
                "combine": if n.combine == cruscotto_core::Combine::Weighted { "weighted" } else { "arithmetic" },
                "parts": n.parts.len(),
            })
        })
        .collect();
    let indicators: Vec<Value> = a
        .scores
        .indicators
        .iter()
        .enumerate()
        .map(|(k, i)| json!({ "id": i.id, "path": a.scores.indicator_path(k), "achievement": dec(i.achievement()), "achievement_2dp": dec2(i.achievement()) }))
        .collect();
    let groups: Vec<Value> = a
        .scores
        .groups
        .iter()
        .map(|g| json!({ "dimension": g.dimension.as_str(), "key": g.key, "score": dec(g.score), "score_2dp": dec2(g.score), "members": g.members.len() }))
        .collect();
    let tables: Vec<Value> = a
        .money
        .tables
        .iter()
        .map(|t| {
            let rows: Vec<Value> = t
                .rows
                .iter()
                .map(|r| {
                    let ratios: serde_json::Map<String, Value> = r.ratios.iter().map(|(k, v)| (k.as_str().to_string(), dec(Some(*v)))).collect();
                    json!({ "id": r.id, "difference": dec(r.difference), "percent": dec(r.percent), "percent_2dp": dec2(r.percent), "ratios": ratios })
                })
                .collect();
            json!({ "id": t.id, "rows": rows })
        })
        .collect();
    let costs: Vec<Value> = a
        .money
        .cost_totals
        .iter()
        .map(|c| {
            let mut sums = serde_json::Map::new();
            for (k, get, _) in COST_FIELDS {
                sums.insert(k.to_string(), dec(get(&c.sums)));
            }
            json!({ "group": c.group.as_str(), "count": c.count, "sums": sums })
        })
        .collect();
    let mut v = json!({
        "document": { "title": plan.document.title, "municipality": plan.document.municipality.name },
        "overall": dec(a.scores.overall), "overall_2dp": dec2(a.scores.overall),
        "nodes": nodes, "indicators": indicators, "groups": groups,
        "money": { "tables": tables, "cost_totals": costs },
        "warnings": a.count(Severity::Warning),
    });
    if let Some(sim) = sim {
        v["simulation"] = simulation_json(sim);
    }
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// The problems of an import, one per line (`errore K13: Foglio «…», riga …`),
/// then a summary line.
pub fn import_text(name: &str, imp: &cruscotto_kit::Imported, lang: Lang) -> String {
    let mut out = String::new();
    for p in &imp.problems {
        let _ = writeln!(
            out,
            "{} {}: {}",
            severity_word(p.severity, lang),
            p.code(),
            p.message(lang)
        );
    }
    let (e, w) = (imp.count(Severity::Error), imp.count(Severity::Warning));
    let verdict = if imp.is_valid() {
        t(lang, "importato", "imported")
    } else {
        t(lang, "non importato", "not imported")
    };
    let (ew, ww) = match lang {
        Lang::It => (
            if e == 1 { "errore" } else { "errori" },
            if w == 1 { "avviso" } else { "avvisi" },
        ),
        Lang::En => (
            if e == 1 { "error" } else { "errors" },
            if w == 1 { "warning" } else { "warnings" },
        ),
    };
    let _ = write!(out, "{name}: {verdict} — {e} {ew}, {w} {ww}.");
    out
}

/// Sentences of the commands that write files.
pub enum Says<'a> {
    /// Written to a file or folder.
    Wrote(&'a str),
    /// The import found errors: nothing written.
    NotWritten,
    /// The plan cannot be written in the template.
    Unrepresentable(&'a str),
    /// The built app is not there.
    NoApp(&'a str),
    /// The output folder exists and is not empty.
    NotEmpty(&'a str),
    /// The plan is invalid: not published.
    InvalidPlan,
    /// The fingerprint of the published plan.
    Fingerprint(&'a str),
    /// A published document replaced (`--sostituisci`).
    Replaced(&'a str),
    /// A published document taken out (`--rimuovi`).
    Removed(&'a str),
    /// The manifest names this document, one of so many.
    ManifestNames(&'a str, usize),
    /// The folder has no document left.
    NoDocumentLeft,
    /// A document's file is not the one published (its SHA-256 differs).
    Altered(&'a str),
    /// A document's file is missing.
    Missing(&'a str),
    /// `--rimuovi` on a folder that was never published.
    NotPublished(&'a str),
    /// Cannot write.
    CannotWrite(&'a str, String),
    /// Cannot read.
    CannotRead(&'a str, String),
    /// `--spiega ID`: no objective has that id.
    NoObjective(&'a str),
}

/// A sentence of the commands that write files.
pub fn says(s: Says<'_>, lang: Lang) -> String {
    let pick = |it: String, en: String| if lang == Lang::It { it } else { en };
    match s {
        Says::Wrote(p) => pick(format!("scritto «{p}»"), format!("wrote «{p}»")),
        Says::NotWritten => pick(
            "nessun file scritto: corregga gli errori elencati sopra e ripeta il comando.".into(),
            "no file written: fix the errors listed above and run the command again.".into(),
        ),
        Says::Unrepresentable(p) => pick(
            format!("il campo {p} del piano non ha una colonna nel modello: nessun file scritto (è un difetto del programma, lo segnali)."),
            format!("the plan's field {p} has no column in the template: no file written (a defect of the program, please report it)."),
        ),
        Says::NoApp(p) => pick(
            format!("l'app compilata non c'è in «{p}» (manca index.html). La compili con «trunk build --release» (oppure scripts/test), o indichi la cartella con --app."),
            format!("the built app is not in «{p}» (index.html is missing). Build it with «trunk build --release» (or scripts/test), or name the folder with --app."),
        ),
        Says::NotEmpty(p) => pick(
            format!("la cartella «{p}» esiste già e non è vuota: ne indichi una nuova o vuota."),
            format!("the folder «{p}» already exists and is not empty: name a new or empty one."),
        ),
        Says::InvalidPlan => pick(
            "il piano ha errori: non viene pubblicato. Li corregga (cruscotto validate) e ripeta.".into(),
            "the plan has errors: it is not published. Fix them (cruscotto validate) and try again.".into(),
        ),
        Says::Replaced(f) => pick(
            format!("sostituito il documento «{f}» (file e voce del catalogo)"),
            format!("replaced the document «{f}» (file and catalogue entry)"),
        ),
        Says::Removed(f) => pick(
            format!("tolto il documento «{f}» (file, modello compilato e voce del catalogo)"),
            format!("took out the document «{f}» (file, filled template and catalogue entry)"),
        ),
        Says::ManifestNames(f, 1) => pick(
            format!("la cartella pubblica 1 documento; il manifesto indica «{f}»"),
            format!("the folder publishes 1 document; the manifest names «{f}»"),
        ),
        Says::ManifestNames(f, n) => pick(
            format!("la cartella pubblica {n} documenti; il manifesto indica il più recente, «{f}»"),
            format!("the folder publishes {n} documents; the manifest names the latest, «{f}»"),
        ),
        Says::NoDocumentLeft => pick(
            "la cartella non pubblica più alcun documento: la pagina mostra la scelta del documento".into(),
            "the folder publishes no document any more: the page shows the document chooser".into(),
        ),
        Says::Altered(f) => pick(
            format!("attenzione: «{f}» non è più il file pubblicato (la sua impronta SHA-256 non è quella del catalogo): se la modifica è voluta lo ripubblichi con --sostituisci, altrimenti lo ripristini."),
            format!("warning: «{f}» is no longer the file published (its SHA-256 is not the catalogue's): if the change is meant, publish it again with --sostituisci, otherwise restore it."),
        ),
        Says::Missing(f) => pick(
            format!("attenzione: manca il file «{f}» elencato nel catalogo: lo ripubblichi, o lo tolga con --rimuovi."),
            format!("warning: the file «{f}» listed in the catalogue is missing: publish it again, or take it out with --rimuovi."),
        ),
        Says::NotPublished(p) => pick(
            format!("la cartella «{p}» non è una cartella pubblicata (manca catalogo.json): indichi con -o la cartella preparata da cruscotto publish."),
            format!("the folder «{p}» is not a published folder (catalogo.json is missing): name with -o the folder cruscotto publish made."),
        ),
        Says::Fingerprint(h) => pick(format!("impronta SHA-256 del piano: {h}"), format!("SHA-256 fingerprint of the plan: {h}")),
        Says::CannotWrite(p, e) => pick(format!("impossibile scrivere «{p}»: {e}"), format!("cannot write «{p}»: {e}")),
        Says::CannotRead(p, e) => pick(format!("impossibile leggere «{p}»: {e}"), format!("cannot read «{p}»: {e}")),
        Says::NoObjective(id) => pick(
            format!("nessun obiettivo ha l'id «{id}»: indichi con --spiega l'id di un obiettivo (il campo id; cruscotto score FILE --json li elenca tutti)."),
            format!("no objective has the id «{id}»: give --spiega the id of an objective (its id field; cruscotto score FILE --json lists them all)."),
        ),
    }
}

/// `cruscotto score FILE --spiega ID`: the heading (the objective's title
/// and the section's name, as on its page) and the core's explanation, a
/// line per paragraph or term; with `--json`, `{"title", "lines"}`.
pub fn explanation(
    title: &str,
    e: &cruscotto_core::explain::Explanation,
    json: bool,
    lang: Lang,
) -> String {
    let lines = e.lines();
    if json {
        return serde_json::to_string_pretty(&json!({ "title": title, "lines": lines }))
            .unwrap_or_default();
    }
    let how = if lang == Lang::It {
        "Come è calcolato"
    } else {
        "How it is computed"
    };
    let mut out = format!("{title}\n{how}\n\n");
    out.push_str(&lines.join("\n"));
    out
}

/// A comparison for people.
pub fn diff_text(
    names: &(String, String),
    d: &cruscotto_core::diff::PlanDiff,
    analyses: (&Analysis, &Analysis),
    lang: Lang,
) -> String {
    use cruscotto_core::diff::{Change, DocSummary, Presence};
    use cruscotto_core::messages;
    let mut out = String::new();
    let head = |s: &DocSummary, name: &str, a: &Analysis| {
        let errors = a.count(Severity::Error);
        let warn = match (errors, lang) {
            (0, _) => String::new(),
            (1, Lang::It) => {
                " — attenzione: 1 errore, i confronti possono essere incompleti".into()
            }
            (n, Lang::It) => {
                format!(" — attenzione: {n} errori, i confronti possono essere incompleti")
            }
            (1, Lang::En) => " — warning: 1 error, the comparison may be incomplete".into(),
            (n, Lang::En) => format!(" — warning: {n} errors, the comparison may be incomplete"),
        };
        format!(
            "«{}» ({}, {} {}; {name}): {} {}, {} {}{warn}",
            s.title,
            s.municipality,
            s.kind.as_str(),
            s.year,
            s.objectives,
            t(lang, "obiettivi", "objectives"),
            s.indicators,
            t(lang, "indicatori", "indicators"),
        )
    };
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "Confronto tra due documenti",
            "Comparison of two documents"
        )
    );
    let _ = writeln!(out, "  A: {}", head(&d.a, &names.0, analyses.0));
    let _ = writeln!(out, "  B: {}", head(&d.b, &names.1, analyses.1));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", messages::diff_counts(&d.counts, lang));
    if !matches!(
        d.overall,
        Change::Score {
            from: None,
            to: None,
            ..
        }
    ) {
        let _ = writeln!(
            out,
            "{} {}",
            t(lang, "Complessivo:", "Overall:"),
            d.overall.message(lang)
        );
    }
    if !d.ambiguous.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "Codici ambigui:", "Ambiguous codes:"));
        for a in &d.ambiguous {
            let _ = writeln!(out, "  ! {}", messages::diff_ambiguity(a, lang));
        }
    }
    for (presence, title_it, title_en, mark) in [
        (
            Presence::Added,
            "Obiettivi aggiunti (solo in B):",
            "Objectives added (only in B):",
            '+',
        ),
        (
            Presence::Removed,
            "Obiettivi tolti (solo in A):",
            "Objectives removed (only in A):",
            '-',
        ),
        (
            Presence::Matched,
            "Obiettivi cambiati:",
            "Objectives changed:",
            '~',
        ),
    ] {
        let list: Vec<_> = d
            .objectives
            .iter()
            .filter(|o| o.presence == presence)
            .collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", t(lang, title_it, title_en));
        for o in list {
            let rule = o
                .rule
                .map(|r| format!(" [{}]", messages::diff_rule(r, lang)))
                .unwrap_or_default();
            let _ = writeln!(out, "  {mark} {}{rule}", o.label());
            for c in &o.changes {
                let _ = writeln!(out, "      {}", c.message(lang));
            }
        }
    }
    if !d.tables.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "Bilancio:", "Budget:"));
        for tb in &d.tables {
            let what = match tb.presence {
                Presence::Added => t(lang, " (tabella aggiunta)", " (table added)"),
                Presence::Removed => t(lang, " (tabella tolta)", " (table removed)"),
                Presence::Matched => "",
            };
            let _ = writeln!(out, "  «{}» ({}){what}", tb.title, tb.id);
            for r in &tb.rows {
                let mark = match r.presence {
                    Presence::Added => '+',
                    Presence::Removed => '-',
                    Presence::Matched => '~',
                };
                let _ = writeln!(out, "    {mark} «{}» ({})", r.label, r.id);
                for c in r
                    .columns
                    .iter()
                    .filter(|c| c.changed() || r.presence != Presence::Matched)
                {
                    let delta = c
                        .delta
                        .map(|x| {
                            let s = it::euro(x);
                            if x.get().is_sign_positive() && !x.get().is_zero() {
                                format!(" (+{s})")
                            } else {
                                format!(" ({s})")
                            }
                        })
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "        {:<10} {:>18} → {:>18}{delta}",
                        c.column.as_str(),
                        eur(c.a),
                        eur(c.b)
                    );
                }
            }
        }
    }
    if d.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            t(
                lang,
                "Nessuna differenza negli obiettivi, negli indicatori e nel bilancio.",
                "No difference in objectives, indicators or budget."
            )
        );
    }
    out.trim_end().to_string()
}

/// A comparison for programs: the core's data, with the sentences.
pub fn diff_json(d: &cruscotto_core::diff::PlanDiff, lang: Lang) -> String {
    let mut v = serde_json::to_value(d).unwrap_or(Value::Null);
    if let Some(objs) = v.get_mut("objectives").and_then(Value::as_array_mut) {
        for (o, od) in objs.iter_mut().zip(&d.objectives) {
            if let Some(chs) = o.get_mut("changes").and_then(Value::as_array_mut) {
                for (c, cd) in chs.iter_mut().zip(&od.changes) {
                    c["message"] = Value::String(cd.message(lang));
                }
            }
        }
    }
    v["overall"]["message"] = Value::String(d.overall.message(lang));
    v["summary"] = Value::String(cruscotto_core::messages::diff_counts(&d.counts, lang));
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

// ---- The calculator: what changed, how much each objective counts, a filled-in plan ----

/// The name of what an edit concerns: the objective's title or the
/// indicator's name, in the (edited) plan.
fn edited_name(sim: &Simulation, edit: &cruscotto_core::edits::Edit) -> String {
    let nodes = cruscotto_core::model::flatten_objectives(&sim.plan);
    let s = &sim.analysis.scores;
    if edit.field.on_objective() {
        s.node_index(&edit.id)
            .map(|i| nodes[i].obj.title.clone())
            .unwrap_or_default()
    } else {
        s.indicators
            .iter()
            .find(|i| i.id == edit.id)
            .map(|i| nodes[i.node].obj.indicators[i.index].name.clone())
            .unwrap_or_default()
    }
}

/// The difference of two scores in points, signed (`+3,00`, `-1,50`).
fn points(before: Option<Dec>, after: Option<Dec>) -> String {
    match (before, after) {
        (Some(b), Some(a)) => match a.get().checked_sub(b.get()) {
            Some(d) if d.is_sign_negative() && !d.is_zero() => it::number(d, 2),
            Some(d) => format!("+{}", it::number(d, 2)),
            None => "—".into(),
        },
        _ => "—".into(),
    }
}

/// What the edits changed, edit by edit (the value, the overall score, the
/// objective and each one above it), then a line that says the figures
/// below are simulated.
pub fn changes_text(sim: &Simulation, lang: Lang) -> String {
    let mut o = String::new();
    let edits: Vec<_> = sim.changes.iter().map(|c| c.edit.clone()).collect();
    let _ = writeln!(
        o,
        "{} ({})",
        t(lang, "Simulazione: modifiche", "Simulation: edits"),
        cruscotto_core::edits::print_edits(&edits)
    );
    let nodes = cruscotto_core::model::flatten_objectives(&sim.plan);
    for (k, c) in sim.changes.iter().enumerate() {
        let _ = writeln!(
            o,
            "{:>2}. {} «{}»: {} → {}",
            k + 1,
            cruscotto_core::messages::edit_field(c.edit.field, lang),
            edited_name(sim, &c.edit),
            c.before.display(),
            c.edit.value.display()
        );
        let _ = writeln!(
            o,
            "    {}: {} → {} ({})",
            t(lang, "totale", "overall"),
            pct(c.overall.0),
            pct(c.overall.1),
            points(c.overall.0, c.overall.1)
        );
        for e in &c.ancestors {
            let _ = writeln!(
                o,
                "    «{}»: {} → {} ({})",
                nodes[e.node].obj.title,
                pct(e.before),
                pct(e.after),
                points(e.before, e.after)
            );
        }
    }
    let _ = writeln!(
        o,
        "{}: {} → {}",
        t(
            lang,
            "Totale del documento → simulato",
            "Document's overall → simulated"
        ),
        pct(sim.base.overall),
        pct(sim.analysis.scores.overall)
    );
    let _ = writeln!(
        o,
        "{}\n",
        t(
            lang,
            "I punteggi che seguono sono SIMULATI: non sono quelli del documento.",
            "The scores below are SIMULATED: they are not the document's."
        )
    );
    o
}

fn simulation_json(sim: &Simulation) -> Value {
    let edits: Vec<_> = sim.changes.iter().map(|c| c.edit.clone()).collect();
    let changes: Vec<Value> = sim
        .changes
        .iter()
        .map(|c| {
            let ancestors: Vec<Value> = c
                .ancestors
                .iter()
                .map(|e| json!({ "id": e.id, "before": dec(e.before), "after": dec(e.after) }))
                .collect();
            json!({
                "edit": c.edit.to_string(),
                "field": c.edit.field.key(),
                "id": c.edit.id,
                "before": c.before.display(),
                "after": c.edit.value.display(),
                "overall_before": dec(c.overall.0),
                "overall_after": dec(c.overall.1),
                "ancestors": ancestors,
            })
        })
        .collect();
    json!({
        "edits": cruscotto_core::edits::print_edits(&edits),
        "overall_document": dec(sim.base.overall),
        "changes": changes,
    })
}

/// `--quanto-conta`: each scored objective with the overall score if it
/// were at 0 % and at 100 %, largest impact first.
pub fn sensitivity(
    plan: &PlanFile,
    a: &Analysis,
    rows: &[Weight],
    simulated: bool,
    json: bool,
    lang: Lang,
) -> String {
    let nodes = cruscotto_core::model::flatten_objectives(plan);
    if json {
        let list: Vec<Value> = rows
            .iter()
            .map(|w| {
                json!({
                    "id": w.id, "title": nodes[w.node].obj.title, "depth": nodes[w.node].depth,
                    "score": dec(Some(w.score)), "at_zero": dec(w.at_zero),
                    "at_hundred": dec(w.at_hundred), "impact": dec(w.impact()),
                })
            })
            .collect();
        let v =
            json!({ "overall": dec(a.scores.overall), "simulated": simulated, "objectives": list });
        return serde_json::to_string_pretty(&v).unwrap_or_default();
    }
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} — {}",
        plan.document.municipality.name, plan.document.title
    );
    let _ = writeln!(
        o,
        "{}: {}{}",
        t(
            lang,
            "Quanto conta ogni obiettivo. Totale",
            "How much each objective counts. Overall"
        ),
        pct(a.scores.overall),
        if simulated {
            t(lang, " (simulato)", " (simulated)")
        } else {
            ""
        }
    );
    let _ = writeln!(
        o,
        "{}\n",
        t(
            lang,
            "Il totale se l'obiettivo fosse a 0 % e a 100 %, tutto il resto invariato; dal più influente.",
            "The overall score if the objective were at 0 % and at 100 %, all else unchanged; largest first."
        )
    );
    let _ = writeln!(
        o,
        "{} {} {} {} {} {}",
        pad(t(lang, "codice", "code"), 12),
        pad(t(lang, "titolo", "title"), 50),
        lpad(t(lang, "ora", "now"), 10),
        lpad(t(lang, "a 0 %", "at 0 %"), 10),
        lpad(t(lang, "a 100 %", "at 100 %"), 10),
        lpad(t(lang, "conta", "counts"), 8),
    );
    for w in rows {
        let n = &nodes[w.node];
        let _ = writeln!(
            o,
            "{} {} {} {} {} {}",
            pad(&clip(n.obj.code.as_deref().unwrap_or(&n.obj.id), 12), 12),
            pad(&clip(&n.obj.title, 50), 50),
            lpad(&pct(Some(w.score)), 10),
            lpad(&pct(w.at_zero), 10),
            lpad(&pct(w.at_hundred), 10),
            lpad(
                &w.impact()
                    .map(|d| it::number(d.get(), 2))
                    .unwrap_or_else(|| "—".into()),
                8
            ),
        );
    }
    o.truncate(o.trim_end().len());
    o
}

/// After `cruscotto compila`: what was written and its overall score.
pub fn filled_text(doc: &PlanFile, a: &Analysis, edits: usize, lang: Lang) -> String {
    format!(
        "{} «{}» ({} {}, {} {}): {} {}",
        t(lang, "Documento", "Document"),
        doc.document.title,
        doc.document.kind.as_str(),
        doc.document
            .published_on
            .as_deref()
            .map(it::date)
            .unwrap_or_default(),
        edits,
        t(lang, "modifiche", "edits"),
        t(lang, "totale", "overall"),
        pct(a.scores.overall)
    )
}

/// `cruscotto storia --json`: the core's history of the documents, with
/// the files read (in the same order as `documents`).
pub fn history_json(h: &cruscotto_core::history::History, files: &[String]) -> String {
    let mut v = serde_json::to_value(h).unwrap_or(Value::Null);
    v["files"] = json!(files);
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// `cruscotto storia`: each document's overall score, then each
/// objective's score document by document.
pub fn history_text(h: &cruscotto_core::history::History, files: &[String], lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", t(lang, "Documenti", "Documents"));
    for (d, f) in h.documents.iter().zip(files) {
        let _ = writeln!(
            s,
            "  {} {} «{}» ({f}): {} {}",
            d.year,
            d.kind.as_str(),
            d.title,
            t(lang, "punteggio complessivo", "overall score"),
            pct(d.overall)
        );
    }
    let _ = writeln!(
        s,
        "\n{}",
        t(
            lang,
            "Obiettivi (punteggio per documento)",
            "Objectives (score by document)"
        )
    );
    for o in &h.objectives {
        let years: Vec<String> = o
            .years
            .iter()
            .map(|y| y.as_ref().map_or_else(|| "·".to_string(), |y| pct(y.score)))
            .collect();
        let code = o.code.as_deref().map_or(String::new(), |c| format!("{c} "));
        let _ = writeln!(s, "  {code}«{}»: {}", o.title, years.join(" | "));
    }
    for a in &h.ambiguous {
        let _ = writeln!(
            s,
            "{} {}: «{}» ({})",
            t(
                lang,
                "Non abbinati perché ripetuti nel documento",
                "Not matched because repeated in document"
            ),
            a.document + 1,
            a.value,
            a.ids.join(", ")
        );
    }
    s
}
