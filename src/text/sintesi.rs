//! Texts of the sintesi (overview) page. Sentences with a glossary link are
//! split around the linked word (`…_before`, the word, `…_after`).

use cruscotto_core::{CostGroup, Lang, MoneyColumn, Rollup, ScoringMethod};

/// Texts of the overview.
pub struct Texts {
    pub heading_document: &'static str,
    pub fact_municipality: &'static str,
    pub fact_document: &'static str,
    pub fact_kind: &'static str,
    pub fact_period: &'static str,
    pub fact_reference_year: &'static str,
    pub fact_approval: &'static str,
    pub fact_published_on: &'static str,
    pub fact_inhabitants: &'static str,
    pub fact_source: &'static str,
    pub source_link: &'static str,
    pub approval_missing: &'static str,
    pub related_acts: &'static str,
    pub heading_overall: &'static str,
    pub overall_label_before: &'static str,
    pub overall_label_term: &'static str,
    pub overall_label_after: &'static str,
    pub overall_how: &'static str,
    pub overall_none_plan: &'static str,
    pub overall_none_report: &'static str,
    pub heading_objectives: &'static str,
    pub caption_status: &'static str,
    pub caption_distribution: &'static str,
    pub distribution_bins: [&'static str; 5],
    pub distribution_none: &'static str,
    pub col_result: &'static str,
    pub col_status: &'static str,
    pub col_count: &'static str,
    pub col_share: &'static str,
    pub status_none: &'static str,
    pub caption_levels: &'static str,
    pub col_level: &'static str,
    pub level_none: &'static str,
    pub caption_bands: &'static str,
    pub col_band: &'static str,
    pub bands_note: &'static str,
    pub band_reached: &'static str,
    pub band_partly: &'static str,
    pub band_not: &'static str,
    pub band_unscored: &'static str,
    pub band_below: &'static str,
    pub heading_units: &'static str,
    pub caption_units_scores: &'static str,
    pub caption_units_counts: &'static str,
    pub col_unit: &'static str,
    pub col_objectives: &'static str,
    pub col_score: &'static str,
    pub units_note: &'static str,
    pub heading_missions: &'static str,
    pub missions_before: &'static str,
    pub missions_term: &'static str,
    pub missions_after: &'static str,
    pub caption_missions_scores: &'static str,
    pub caption_missions_counts: &'static str,
    pub col_mission: &'static str,
    pub heading_money: &'static str,
    pub money_1: &'static str,
    pub money_2: &'static str,
    pub money_3: &'static str,
    pub money_4: &'static str,
    pub col_item: &'static str,
    pub col_percent: &'static str,
    pub caption_totals_suffix: &'static str,
    pub money_link: &'static str,
    pub caption_costs: &'static str,
    pub col_group: &'static str,
    pub cost_staff: &'static str,
    pub cost_committed: &'static str,
    pub cost_paid: &'static str,
    pub cost_revenue_assessed: &'static str,
    pub cost_revenue_collected: &'static str,
    pub published_was: &'static str,
    pub heading_checks: &'static str,
    pub checks_none: &'static str,
    pub checks_first: &'static str,
    pub checks_objective: &'static str,
    pub checks_money: &'static str,
    pub heading_method: &'static str,
    pub method_declared: &'static str,
    pub method_none: &'static str,
    pub method_applied: &'static str,
}

pub static IT: Texts = Texts {
    heading_document: "Il documento",
    fact_municipality: "Comune",
    fact_document: "Documento",
    fact_kind: "Tipo",
    fact_period: "Periodo",
    fact_reference_year: "Anno di riferimento",
    fact_approval: "Approvato con",
    fact_published_on: "Pubblicato il",
    fact_inhabitants: "Abitanti",
    fact_source: "Documento originale",
    source_link: "Apri il documento originale",
    approval_missing: "atto di approvazione non indicato",
    related_acts: "Atti collegati",
    heading_overall: "Risultato complessivo",
    overall_label_before: "",
    overall_label_term: "Grado di raggiungimento",
    overall_label_after: " medio degli obiettivi",
    overall_how: "Calcolato dal cruscotto a partire dai risultati dei singoli obiettivi, con il metodo che il documento dichiara (vedi sotto).",
    overall_none_plan: "Questo è un piano: fissa gli obiettivi, ma i risultati si conosceranno solo con la relazione sulla performance.",
    overall_none_report: "Il documento non contiene risultati da cui calcolare una media.",
    heading_objectives: "Gli obiettivi",
    caption_status: "Obiettivi per stato",
    caption_distribution: "Distribuzione dei gradi di raggiungimento (obiettivi valutati direttamente)",
    distribution_bins: [
        "meno del 50 %",
        "dal 50 % a meno del 70 %",
        "dal 70 % a meno del 90 %",
        "dal 90 % a meno del 100 %",
        "100 % o più",
    ],
    distribution_none: "senza risultato",
    col_result: "Grado di raggiungimento",
    col_status: "Stato",
    col_count: "Numero",
    col_share: "Quota sul totale",
    status_none: "stato non indicato",
    caption_levels: "Obiettivi per livello",
    col_level: "Livello",
    level_none: "livello non indicato",
    caption_bands: "Obiettivi per risultato",
    col_band: "Risultato",
    bands_note: "Sono contati gli obiettivi senza sotto-obiettivi, cioè quelli valutati direttamente.",
    band_reached: "raggiunti pienamente (100 %)",
    band_partly: "raggiunti in parte (sopra 0 e sotto 100 %)",
    band_not: "non raggiunti (0 %)",
    band_unscored: "senza risultato o ritirati",
    band_below: "sotto l'ultima fascia",
    heading_units: "Per ufficio",
    caption_units_scores: "Grado di raggiungimento per ufficio",
    caption_units_counts: "Obiettivi per ufficio",
    col_unit: "Ufficio",
    col_objectives: "Obiettivi assegnati",
    col_score: "Grado di raggiungimento",
    units_note: "Un obiettivo assegnato a più uffici conta per ciascuno; un ufficio comprende i suoi uffici interni.",
    heading_missions: "Per missione del bilancio",
    missions_before: "Le ",
    missions_term: "missioni",
    missions_after: " sono le grandi funzioni in cui è diviso il bilancio di ogni Comune.",
    caption_missions_scores: "Grado di raggiungimento per missione",
    caption_missions_counts: "Obiettivi per missione",
    col_mission: "Missione",
    heading_money: "Entrate e spese",
    money_1: "Quanto prevedeva il bilancio (",
    money_2: ") e quanto è stato davvero ",
    money_3: " per le entrate o ",
    money_4: " per le spese.",
    col_item: "Voce",
    col_percent: "% sul previsto",
    caption_totals_suffix: ": totali",
    money_link: "Tutte le entrate e le spese, voce per voce",
    caption_costs: "Costi degli obiettivi e dei processi",
    col_group: "Gruppo",
    cost_staff: "Costi del personale",
    cost_committed: "Spese impegnate",
    cost_paid: "Spese liquidate",
    cost_revenue_assessed: "Entrate accertate",
    cost_revenue_collected: "Entrate riscosse",
    published_was: "pubblicato",
    heading_checks: "Da controllare",
    checks_none: "Le verifiche automatiche non hanno trovato errori né avvisi.",
    checks_first: "I principali:",
    checks_objective: "obiettivo",
    checks_money: "nelle risorse",
    heading_method: "Come sono calcolati i risultati",
    method_declared: "Il metodo dichiarato dal documento",
    method_none: "Il documento non descrive il proprio metodo di valutazione.",
    method_applied: "Come li calcola il cruscotto",
};

pub static EN: Texts = Texts {
    heading_document: "The document",
    fact_municipality: "Municipality",
    fact_document: "Document",
    fact_kind: "Kind",
    fact_period: "Period",
    fact_reference_year: "Reference year",
    fact_approval: "Approved by",
    fact_published_on: "Published on",
    fact_inhabitants: "Inhabitants",
    fact_source: "Original document",
    source_link: "Open the original document",
    approval_missing: "approval act not stated",
    related_acts: "Related acts",
    heading_overall: "Overall result",
    overall_label_before: "Average ",
    overall_label_term: "achievement",
    overall_label_after: " of the objectives",
    overall_how: "Computed by the dashboard from the results of the single objectives, with the method the document declares (see below).",
    overall_none_plan: "This is a plan: it sets the objectives, but the results will only be known with the performance report.",
    overall_none_report: "The document holds no results from which an average can be computed.",
    heading_objectives: "The objectives",
    caption_status: "Objectives by status",
    caption_distribution: "Distribution of achievement (objectives assessed directly)",
    distribution_bins: [
        "below 50 %",
        "from 50 % to below 70 %",
        "from 70 % to below 90 %",
        "from 90 % to below 100 %",
        "100 % or more",
    ],
    distribution_none: "no result",
    col_result: "Achievement",
    col_status: "Status",
    col_count: "Number",
    col_share: "Share of the total",
    status_none: "status not stated",
    caption_levels: "Objectives by level",
    col_level: "Level",
    level_none: "level not stated",
    caption_bands: "Objectives by result",
    col_band: "Result",
    bands_note: "Objectives without sub-objectives are counted, that is those assessed directly.",
    band_reached: "fully achieved (100 %)",
    band_partly: "partly achieved (above 0 and below 100 %)",
    band_not: "not achieved (0 %)",
    band_unscored: "no result, or withdrawn",
    band_below: "below the last band",
    heading_units: "By office",
    caption_units_scores: "Achievement by office",
    caption_units_counts: "Objectives by office",
    col_unit: "Office",
    col_objectives: "Objectives assigned",
    col_score: "Achievement",
    units_note: "An objective assigned to several offices counts for each; an office includes its inner offices.",
    heading_missions: "By budget mission",
    missions_before: "The ",
    missions_term: "missions",
    missions_after: " are the broad functions every municipality's budget is divided into.",
    caption_missions_scores: "Achievement by mission",
    caption_missions_counts: "Objectives by mission",
    col_mission: "Mission",
    heading_money: "Revenue and spending",
    money_1: "What the budget provided (",
    money_2: ") and how much was actually ",
    money_3: " as revenue or ",
    money_4: " as spending.",
    col_item: "Item",
    col_percent: "% of budget",
    caption_totals_suffix: ": totals",
    money_link: "All revenue and spending, item by item",
    caption_costs: "Costs of objectives and processes",
    col_group: "Group",
    cost_staff: "Staff costs",
    cost_committed: "Spending committed",
    cost_paid: "Spending approved for payment",
    cost_revenue_assessed: "Revenue assessed",
    cost_revenue_collected: "Revenue collected",
    published_was: "published",
    heading_checks: "To be checked",
    checks_none: "The automatic checks found no errors and no warnings.",
    checks_first: "The main ones:",
    checks_objective: "objective",
    checks_money: "in the resources",
    heading_method: "How the results are computed",
    method_declared: "The method the document declares",
    method_none: "The document does not describe its assessment method.",
    method_applied: "How the dashboard computes them",
};

/// The overview texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// Name of a money column, and its glossary key.
pub fn column(lang: Lang, c: MoneyColumn) -> (&'static str, &'static str) {
    let name = match (lang, c) {
        (Lang::It, MoneyColumn::Assestato) => "Assestato",
        (Lang::It, MoneyColumn::Accertato) => "Accertato",
        (Lang::It, MoneyColumn::Riscosso) => "Riscosso",
        (Lang::It, MoneyColumn::Impegnato) => "Impegnato",
        (Lang::It, MoneyColumn::Liquidato) => "Liquidato",
        (Lang::It, MoneyColumn::Pagato) => "Pagato",
        (Lang::En, MoneyColumn::Assestato) => "Final budget",
        (Lang::En, MoneyColumn::Accertato) => "Assessed",
        (Lang::En, MoneyColumn::Riscosso) => "Collected",
        (Lang::En, MoneyColumn::Impegnato) => "Committed",
        (Lang::En, MoneyColumn::Liquidato) => "Approved for payment",
        (Lang::En, MoneyColumn::Pagato) => "Paid",
    };
    (name, c.as_str())
}

/// The words for "assestato", "accertato", "impegnato" inside the money
/// sentence (lower case).
pub fn money_words(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::It => ["assestato", "accertato", "impegnato"],
        Lang::En => ["final budget", "assessed", "committed"],
    }
}

/// "70 obiettivi", "1 processo".
pub fn cost_group(lang: Lang, g: CostGroup, n: u32) -> String {
    let word = match (lang, g, n == 1) {
        (Lang::It, CostGroup::Obiettivi, true) => "obiettivo",
        (Lang::It, CostGroup::Obiettivi, false) => "obiettivi",
        (Lang::It, CostGroup::Processi, true) => "processo",
        (Lang::It, CostGroup::Processi, false) => "processi",
        (Lang::En, CostGroup::Obiettivi, true) => "objective",
        (Lang::En, CostGroup::Obiettivi, false) => "objectives",
        (Lang::En, CostGroup::Processi, true) => "process",
        (Lang::En, CostGroup::Processi, false) => "processes",
    };
    format!("{n} {word}")
}

/// "Le verifiche automatiche hanno trovato 2 errori e 6 avvisi."
pub fn checks_found(lang: Lang, errors: usize, warnings: usize) -> String {
    let counts = crate::text::common::checks_count(lang, errors, warnings);
    let counts = counts.replacen(", ", pick(lang, " e ", " and "), 1);
    match lang {
        Lang::It => format!("Le verifiche automatiche hanno trovato {counts}."),
        Lang::En => format!("The automatic checks found {counts}."),
    }
}

/// "Tutte le verifiche (17)".
pub fn checks_all(lang: Lang, n: usize) -> String {
    match lang {
        Lang::It => format!("Tutte le verifiche ({n})"),
        Lang::En => format!("All the checks ({n})"),
    }
}

/// "Atti collegati (9)".
pub fn related_count(lang: Lang, n: usize) -> String {
    format!("{} ({n})", t(lang).related_acts)
}

fn pick(lang: Lang, it: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::It {
        it
    } else {
        en
    }
}

/// What the opening sentence is about.
pub struct Lead<'a> {
    /// Kind of document.
    pub kind: cruscotto_core::DocumentKind,
    /// The municipality's name.
    pub municipality: &'a str,
    /// The reference year.
    pub year: i32,
    /// The period (`2024` or `2024–2026`).
    pub period: &'a str,
    /// The overall score, formatted.
    pub overall: Option<String>,
    /// Number of objectives (every node).
    pub objectives: usize,
    /// Number of indicators.
    pub indicators: usize,
    /// Objectives assessed directly that have a result.
    pub scored: usize,
    /// Objectives assessed directly without a result (or withdrawn).
    pub unscored: usize,
    /// With the default bands: (fully, partly, not) achieved; else the
    /// plan's bands with their counts.
    pub bands: LeadBands<'a>,
}

/// The achievement bands in the opening sentence.
pub enum LeadBands<'a> {
    /// The default bands: fully, partly, not achieved.
    Default(usize, usize, usize),
    /// The plan's own bands: (label, count), and how many fall below the
    /// lowest.
    Declared(Vec<(&'a str, usize)>, usize),
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn join(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), pick(lang, "e", "and")),
    }
}

/// The plain sentence at the top of the overview, for citizens.
pub fn lead(lang: Lang, l: &Lead<'_>) -> String {
    use cruscotto_core::DocumentKind as K;
    let m = l.municipality;
    // A name that already says "Comune di …" is not prefixed again.
    let named = m.to_lowercase().starts_with("comune ");
    let (who, of_who) = match (lang, named) {
        (Lang::It, true) => (format!("il {m}"), format!("del {m}")),
        (Lang::It, false) => (format!("il Comune di {m}"), format!("del Comune di {m}")),
        (Lang::En, true) => (format!("the {m}"), format!("of the {m}")),
        (Lang::En, false) => (
            format!("the Municipality of {m}"),
            format!("of the Municipality of {m}"),
        ),
    };
    let (y, n) = (l.year, l.objectives);
    let planned = matches!(l.kind, K::Piano | K::Piao);
    match (lang, planned, &l.overall) {
        (Lang::It, true, _) => {
            let mut s = format!(
                "Per {} {} {who} ha fissato {n} {}",
                if l.period.contains('–') { "gli anni" } else { "il" },
                l.period,
                plural(n, "obiettivo", "obiettivi")
            );
            if l.indicators > 0 {
                s.push_str(&format!(
                    ", da misurare con {} {}",
                    l.indicators,
                    plural(l.indicators, "indicatore", "indicatori")
                ));
            }
            s.push_str(". I risultati si conosceranno con la relazione sulla performance.");
            s
        }
        (Lang::En, true, _) => {
            let mut s = format!(
                "For {} {who} has set {n} {}",
                l.period,
                plural(n, "objective", "objectives")
            );
            if l.indicators > 0 {
                s.push_str(&format!(
                    ", to be measured by {} {}",
                    l.indicators,
                    plural(l.indicators, "indicator", "indicators")
                ));
            }
            s.push_str(". The results will be known with the performance report.");
            s
        }
        (Lang::It, false, Some(pct)) => {
            let mut s = if l.kind == K::Monitoraggio {
                format!("A metà del {y} {who} aveva raggiunto in media il {pct} dei suoi obiettivi.")
            } else {
                format!("Nel {y} {who} ha raggiunto in media il {pct} dei suoi obiettivi.")
            };
            let b = breakdown(lang, l);
            if !b.is_empty() {
                s.push(' ');
                s.push_str(&b);
            }
            s
        }
        (Lang::En, false, Some(pct)) => {
            let mut s = if l.kind == K::Monitoraggio {
                format!("By mid-{y} {who} had achieved on average {pct} of its objectives.")
            } else {
                format!("In {y} {who} achieved on average {pct} of its objectives.")
            };
            let b = breakdown(lang, l);
            if !b.is_empty() {
                s.push(' ');
                s.push_str(&b);
            }
            s
        }
        (Lang::It, false, None) => format!(
            "Il documento {of_who} per il {y} elenca {n} {} ma non ne riporta i risultati, quindi non si può calcolare una media.",
            plural(n, "obiettivo", "obiettivi")
        ),
        (Lang::En, false, None) => format!(
            "The document of {who} for {y} lists {n} {} but not their results, so no average can be computed.",
            plural(n, "objective", "objectives")
        ),
    }
}

fn breakdown(lang: Lang, l: &Lead<'_>) -> String {
    let k = l.scored;
    let parts: Vec<String> = match &l.bands {
        LeadBands::Default(full, part, not) => {
            let mut p = Vec::new();
            if *full > 0 {
                p.push(match lang {
                    Lang::It => format!(
                        "{full} {} pienamente",
                        plural(*full, "raggiunto", "raggiunti")
                    ),
                    Lang::En => format!("{full} fully achieved"),
                });
            }
            if *part > 0 {
                p.push(match lang {
                    Lang::It => format!("{part} in parte"),
                    Lang::En => format!("{part} partly"),
                });
            }
            if *not > 0 {
                p.push(match lang {
                    Lang::It => format!("{not} non {}", plural(*not, "raggiunto", "raggiunti")),
                    Lang::En => format!("{not} not achieved"),
                });
            }
            p
        }
        LeadBands::Declared(bands, below) => {
            let mut p: Vec<String> = bands
                .iter()
                .filter(|(_, c)| *c > 0)
                .map(|(label, c)| format!("{c} «{label}»"))
                .collect();
            if *below > 0 {
                p.push(format!("{below} {}", t(lang).band_below));
            }
            p
        }
    };
    let u = l.unscored;
    if parts.is_empty() {
        return String::new();
    }
    let mut s = match lang {
        Lang::It => format!(
            "Su {k} {} con un risultato: {}.",
            plural(k, "obiettivo", "obiettivi"),
            join(lang, &parts)
        ),
        Lang::En => format!(
            "Of {k} {} with a result: {}.",
            plural(k, "objective", "objectives"),
            join(lang, &parts)
        ),
    };
    if u > 0 {
        s.push_str(&match (lang, u == 1) {
            (Lang::It, true) => " Un altro obiettivo non ha un risultato.".to_string(),
            (Lang::It, false) => format!(" Altri {u} obiettivi non hanno un risultato."),
            (Lang::En, true) => " One more objective has no result.".to_string(),
            (Lang::En, false) => format!(" Another {u} objectives have no result."),
        });
    }
    s
}

/// The rules the calculator applies, in words.
/// How qualitative and milestone targets are valued, as the method says.
pub fn qualitative(lang: Lang, m: &ScoringMethod) -> String {
    let q = m.qualitative.clone().unwrap_or_default();
    if q.scored == Some(false) {
        return match lang {
            Lang::It => "I target a parole e i traguardi sono mostrati ma, come dice il metodo, non valutati.".into(),
            Lang::En => "Targets in words and milestones are shown but, as the method says, not scored.".into(),
        };
    }
    let p = |d: Option<cruscotto_core::Dec>, default: &str| {
        d.map_or_else(|| default.to_string(), cruscotto_core::it::percent)
    };
    let (none_it, none_en) = (
        "nessun valore (il metodo non lo dice)",
        "no figure (the method does not say)",
    );
    match lang {
        Lang::It => format!(
            "Un target a parole o un traguardo vale la percentuale dichiarata dal valutatore; altrimenti l'esito dichiarato: raggiunto {}, parzialmente raggiunto {}, non raggiunto {}; altrimenti un traguardo fatto entro la sua data vale 100,00 %, in ritardo {}.",
            p(q.achieved, "100,00 %"), p(q.partly_achieved, none_it), p(q.not_achieved, "0,00 %"), p(q.late, none_it)
        ),
        Lang::En => format!(
            "A target in words or a milestone is worth the percentage the evaluator states; otherwise the declared result: achieved {}, partly achieved {}, not achieved {}; otherwise a milestone done by its date is worth 100.00 %, late {}.",
            p(q.achieved, "100.00 %"), p(q.partly_achieved, none_en), p(q.not_achieved, "0.00 %"), p(q.late, none_en)
        ),
    }
}

pub fn method(lang: Lang, m: &ScoringMethod) -> Vec<String> {
    use cruscotto_core::Combine;
    let mean = |c: Combine| match (lang, c) {
        (Lang::It, Combine::Arithmetic) => "la media semplice",
        (Lang::It, Combine::Weighted) => "la media ponderata con i pesi",
        (Lang::En, Combine::Arithmetic) => "the plain mean",
        (Lang::En, Combine::Weighted) => "the mean weighted by the weights",
    };
    let mut out = Vec::new();
    out.push(match lang {
        Lang::It => "Il risultato di un indicatore è il valore raggiunto confrontato con il target: di norma valore diviso target, per cento (se conta il valore più basso, come i giorni di ritardo, il contrario); un indicatore informativo non è valutato.".to_string(),
        Lang::En => "An indicator's result is the value reached compared with the target: usually value divided by target, times one hundred (the other way round when lower is better, like days of delay); an information-only indicator is not scored.".to_string(),
    });
    out.push(match (lang, m.rollup()) {
        (Lang::It, Rollup::Children) => format!(
            "Il risultato di un obiettivo è {} dei suoi indicatori; quello di un obiettivo con sotto-obiettivi, di un ufficio o complessivo è {} dei risultati che contiene.",
            mean(m.indicators()),
            mean(m.children())
        ),
        (Lang::En, Rollup::Children) => format!(
            "An objective's result is {} of its indicators; that of an objective with sub-objectives, of an office or overall is {} of the results it contains.",
            mean(m.indicators()),
            mean(m.children())
        ),
        (Lang::It, Rollup::Indicators) => format!(
            "Ogni risultato (di un obiettivo, di un ufficio o complessivo) è {} di tutti gli indicatori valutati che contiene.",
            mean(m.indicators())
        ),
        (Lang::En, Rollup::Indicators) => format!(
            "Every result (of an objective, an office or overall) is {} of all the scored indicators it contains.",
            mean(m.indicators())
        ),
    });
    if let Some(cap) = m.cap {
        out.push(match lang {
            Lang::It => format!(
                "Un indicatore non può superare il {}.",
                cruscotto_core::it::percent(cap)
            ),
            Lang::En => format!(
                "An indicator cannot exceed {}.",
                cruscotto_core::it::percent(cap)
            ),
        });
    }
    out.push(match lang {
        Lang::It => "Un obiettivo senza indicatori valutati prende il grado di raggiungimento pubblicato dal documento; gli obiettivi ritirati non sono contati.".to_string(),
        Lang::En => "An objective without scored indicators takes the achievement the document publishes; withdrawn objectives are left out.".to_string(),
    });
    out
}

/// "01 – Servizi istituzionali, generali e di gestione".
pub fn mission(lang: Lang, code: &str) -> String {
    match cruscotto_core::names::mission(code, lang) {
        Some(name) => format!("{code} – {name}"),
        None => code.to_string(),
    }
}
