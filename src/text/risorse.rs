//! Texts of the risorse page: budget tables, costs per objective and process.

use cruscotto_core::money::RatioKind;
use cruscotto_core::{Lang, MoneyColumn, Side};

/// Fixed texts of the risorse page.
pub struct RisorseTexts {
    pub intro: &'static str,
    pub empty: &'static str,
    pub budget_heading: &'static str,
    pub budget_intro: &'static str,
    pub caption_suffix: &'static str,
    pub col_item: &'static str,
    pub col_difference: &'static str,
    pub col_percent_entrate: &'static str,
    pub col_percent_uscite: &'static str,
    pub col_percent_other: &'static str,
    pub col_pagamento: &'static str,
    pub col_riscossione: &'static str,
    pub side_entrate: &'static str,
    pub side_uscite: &'static str,
    pub considered_before: &'static str,
    pub considered_term: &'static str,
    pub considered_after_entrate: &'static str,
    pub considered_after_uscite: &'static str,
    pub in_document: &'static str,
    pub sum_of_rows: &'static str,
    pub costs_heading: &'static str,
    pub costs_intro: &'static str,
    pub legend_staff: &'static str,
    pub legend_staff_text: &'static str,
    pub legend_and: &'static str,
    pub legend_committed: &'static str,
    pub legend_paid: &'static str,
    pub legend_direct_text: &'static str,
    pub legend_assessed: &'static str,
    pub legend_collected: &'static str,
    pub legend_revenue_text: &'static str,
    pub costs_caption: &'static str,
    pub costs_sort_hint: &'static str,
    pub col_title: &'static str,
    pub col_kind: &'static str,
    pub cost_fields: [&'static str; 5],
    pub kind_objective: &'static str,
    pub kind_process: &'static str,
    pub filter_legend: &'static str,
    pub filter_all: &'static str,
    pub filter_objectives: &'static str,
    pub filter_processes: &'static str,
    pub group_objectives: &'static str,
    pub group_processes: &'static str,
    pub published_total: &'static str,
    pub differs: &'static str,
    pub costs_all_match: &'static str,
    pub sorted_document: &'static str,
    pub sorted_by: &'static str,
    pub ascending_text: &'static str,
    pub descending_text: &'static str,
    pub ascending_num: &'static str,
    pub descending_num: &'static str,
}

pub static IT: RisorseTexts = RisorseTexts {
    intro: "Quanto denaro il Comune prevedeva di incassare e di spendere, quanto ha incassato e speso davvero, e quanto sono costati i singoli obiettivi e processi.",
    empty: "Questo documento non contiene dati sulle risorse finanziarie: né le tabelle delle entrate e delle spese, né i costi degli obiettivi. Le cifre del bilancio si trovano nel rendiconto del Comune, pubblicato in Amministrazione trasparente, sezione Bilanci.",
    budget_heading: "Entrate e spese",
    budget_intro: "Importi in euro. Lo scostamento e la percentuale sono calcolati qui dagli importi della tabella; quando il documento stampa un valore diverso, sono mostrati entrambi.",
    caption_suffix: "importi in euro",
    col_item: "Voce",
    col_difference: "Scostamento",
    col_percent_entrate: "% accertato su assestato",
    col_percent_uscite: "Capacità di impegno (% impegnato su assestato)",
    col_percent_other: "% realizzato su assestato",
    col_pagamento: "Capacità di pagamento (% pagato su impegnato)",
    col_riscossione: "Capacità di riscossione (% riscosso su accertato)",
    side_entrate: "Per ogni voce di entrata: quanto il Comune prevedeva di incassare nel bilancio aggiornato (assestato) e quanto ha accertato, cioè quanto ha acquisito il diritto di incassare.",
    side_uscite: "Per ogni voce di spesa: quanto il Comune prevedeva di spendere nel bilancio aggiornato (assestato) e quanto ha impegnato, cioè quanto si è obbligato a spendere.",
    considered_before: "Le righe segnate con * (come il ",
    considered_term: "fondo pluriennale vincolato",
    considered_after_entrate: ") non sono state accertate davvero, ma sono considerate accertate.",
    considered_after_uscite: ") non sono state impegnate davvero, ma sono considerate impegnate.",
    in_document: "nel documento",
    sum_of_rows: "somma delle righe",
    costs_heading: "Costi e ricavi per obiettivo e processo",
    costs_intro: "Per ogni obiettivo e processo, quanto è costato il personale che ci ha lavorato e quanto il Comune ha speso e incassato direttamente per realizzarlo.",
    legend_staff: "Costo del personale",
    legend_staff_text: ": il costo delle ore lavorate dai dipendenti per l'obiettivo o il processo.",
    legend_and: " e ",
    legend_committed: "Impegnato",
    legend_paid: "liquidato",
    legend_direct_text: ": le spese dirette che il Comune si è obbligato a fare, e quelle già approvate per il pagamento.",
    legend_assessed: "Entrate accertate",
    legend_collected: "riscosse",
    legend_revenue_text: ": le entrate che il Comune ha acquisito il diritto di incassare grazie all'obiettivo o al processo, e quelle già incassate.",
    costs_caption: "Costi e ricavi per obiettivo e processo, in euro",
    costs_sort_hint: "Per ordinare la tabella usa i pulsanti nelle intestazioni delle colonne; premi di nuovo per invertire l'ordine.",
    col_title: "Obiettivo o processo",
    col_kind: "Tipo",
    cost_fields: [
        "Costo del personale",
        "Impegnato",
        "Liquidato",
        "Entrate accertate",
        "Entrate riscosse",
    ],
    kind_objective: "obiettivo",
    kind_process: "processo",
    filter_legend: "Mostra",
    filter_all: "tutti",
    filter_objectives: "solo gli obiettivi",
    filter_processes: "solo i processi",
    group_objectives: "obiettivi",
    group_processes: "processi",
    published_total: "Totale pubblicato nel documento",
    differs: "diverso dalla somma",
    costs_all_match: "I totali pubblicati nel documento coincidono con la somma delle righe.",
    sorted_document: "nell'ordine del documento",
    sorted_by: "ordinati per",
    ascending_text: "dalla A alla Z",
    descending_text: "dalla Z alla A",
    ascending_num: "dal più basso",
    descending_num: "dal più alto",
};

pub static EN: RisorseTexts = RisorseTexts {
    intro: "How much money the municipality expected to collect and spend, how much it actually collected and spent, and what each objective and process cost.",
    empty: "This document holds no data on financial resources: neither revenue and spending tables nor the costs of objectives. The budget figures are in the municipality's financial statement (rendiconto), published under Amministrazione trasparente, section Bilanci.",
    budget_heading: "Revenue and spending",
    budget_intro: "Amounts in euro. The difference and the percentage are computed here from the table's amounts; where the document prints a different value, both are shown.",
    caption_suffix: "amounts in euro",
    col_item: "Item",
    col_difference: "Difference (scostamento)",
    col_percent_entrate: "% assessed of final budget",
    col_percent_uscite: "Commitment rate (% committed of final budget)",
    col_percent_other: "% executed of final budget",
    col_pagamento: "Payment rate (% paid of committed)",
    col_riscossione: "Collection rate (% collected of assessed)",
    side_entrate: "For each revenue item: how much the municipality expected to collect in the final budget (assestato) and how much it assessed (accertato), that is, acquired the right to collect.",
    side_uscite: "For each spending item: how much the municipality expected to spend in the final budget (assestato) and how much it committed (impegnato), that is, bound itself to spend.",
    considered_before: "The rows marked * (such as the ",
    considered_term: "multi-year restricted fund (FPV)",
    considered_after_entrate: ") were not actually assessed, but are considered assessed.",
    considered_after_uscite: ") were not actually committed, but are considered committed.",
    in_document: "in the document",
    sum_of_rows: "sum of the rows",
    costs_heading: "Costs and revenue per objective and process",
    costs_intro: "For each objective and process: what the staff who worked on it cost, and how much the municipality spent and collected directly for it.",
    legend_staff: "Staff cost",
    legend_staff_text: ": the cost of the hours employees worked on the objective or process.",
    legend_and: " and ",
    legend_committed: "Committed",
    legend_paid: "paid out",
    legend_direct_text: ": the direct spending the municipality bound itself to, and the part already cleared for payment (liquidato).",
    legend_assessed: "Revenue assessed",
    legend_collected: "collected",
    legend_revenue_text: ": the revenue the municipality acquired the right to collect thanks to the objective or process, and the part already collected.",
    costs_caption: "Costs and revenue per objective and process, in euro",
    costs_sort_hint: "To sort the table use the buttons in the column headers; press again to reverse the order.",
    col_title: "Objective or process",
    col_kind: "Kind",
    cost_fields: [
        "Staff cost",
        "Committed",
        "Paid out (liquidato)",
        "Revenue assessed",
        "Revenue collected",
    ],
    kind_objective: "objective",
    kind_process: "process",
    filter_legend: "Show",
    filter_all: "all",
    filter_objectives: "objectives only",
    filter_processes: "processes only",
    group_objectives: "objectives",
    group_processes: "processes",
    published_total: "Total published in the document",
    differs: "differs from the sum",
    costs_all_match: "The totals published in the document match the sum of the rows.",
    sorted_document: "in the document's order",
    sorted_by: "sorted by",
    ascending_text: "from A to Z",
    descending_text: "from Z to A",
    ascending_num: "lowest first",
    descending_num: "highest first",
};

/// The risorse texts in a language.
pub fn t(lang: Lang) -> &'static RisorseTexts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// Name of a money column (a table header).
pub fn column(lang: Lang, c: MoneyColumn) -> &'static str {
    let it = lang == Lang::It;
    match c {
        MoneyColumn::Assestato => {
            if it {
                "Assestato"
            } else {
                "Final budget (assestato)"
            }
        }
        MoneyColumn::Accertato => {
            if it {
                "Accertato"
            } else {
                "Assessed (accertato)"
            }
        }
        MoneyColumn::Riscosso => {
            if it {
                "Riscosso"
            } else {
                "Collected (riscosso)"
            }
        }
        MoneyColumn::Impegnato => {
            if it {
                "Impegnato"
            } else {
                "Committed (impegnato)"
            }
        }
        MoneyColumn::Liquidato => {
            if it {
                "Liquidato"
            } else {
                "Cleared for payment (liquidato)"
            }
        }
        MoneyColumn::Pagato => {
            if it {
                "Pagato"
            } else {
                "Paid (pagato)"
            }
        }
    }
}

/// Header of a ratio column.
pub fn ratio_column(lang: Lang, k: RatioKind, side: Side) -> &'static str {
    let t = t(lang);
    match k {
        RatioKind::Accertamento => t.col_percent_entrate,
        RatioKind::Impegno if side == Side::Uscite => t.col_percent_uscite,
        RatioKind::Impegno => t.col_percent_other,
        RatioKind::Pagamento => t.col_pagamento,
        RatioKind::Riscossione => t.col_riscossione,
    }
}

/// The sentence above a table: "Su 160.017.169,11 € previsti, il Comune ha
/// accertato 148.060.560,42 €, il 92,53 %." (amounts already formatted).
pub fn headline(
    lang: Lang,
    executed: MoneyColumn,
    budget: &str,
    amount: &str,
    pct: &str,
) -> String {
    let verb = match (lang, executed) {
        (Lang::It, MoneyColumn::Accertato) => "accertato",
        (Lang::It, MoneyColumn::Impegnato) => "impegnato",
        (Lang::It, MoneyColumn::Riscosso) => "riscosso",
        (Lang::It, MoneyColumn::Liquidato) => "liquidato",
        (Lang::It, MoneyColumn::Pagato) => "pagato",
        (Lang::It, MoneyColumn::Assestato) => "previsto",
        (Lang::En, MoneyColumn::Accertato) => "assessed",
        (Lang::En, MoneyColumn::Impegnato) => "committed",
        (Lang::En, MoneyColumn::Riscosso) => "collected",
        (Lang::En, MoneyColumn::Liquidato) => "cleared for payment",
        (Lang::En, MoneyColumn::Pagato) => "paid",
        (Lang::En, MoneyColumn::Assestato) => "budgeted",
    };
    match lang {
        Lang::It => format!("Su {budget} previsti, il Comune ha {verb} {amount}, il {pct}."),
        Lang::En => {
            format!("Of {budget} budgeted, the municipality {verb} {amount}, that is {pct}.")
        }
    }
}

/// The caption of a budget table's chart.
pub fn chart_caption(lang: Lang, title: &str, base: &str, exec: &str) -> String {
    match lang {
        Lang::It => format!("{title}: {base} e {exec} per voce (esclusi i totali)"),
        Lang::En => format!("{title}: {base} and {exec} by item (totals excluded)"),
    }
}

/// Which row the headline's figures come from.
pub fn headline_source(lang: Lang, label: &str) -> String {
    match lang {
        Lang::It => format!("Sono le cifre della riga «{label}»."),
        Lang::En => format!("These are the figures of the row «{label}»."),
    }
}

/// A further ratio of the same row, in words.
pub fn ratio_sentence(lang: Lang, k: RatioKind, amount: &str, pct: &str) -> Option<String> {
    Some(match (lang, k) {
        (Lang::It, RatioKind::Pagamento) => {
            format!("Ha poi pagato {amount}, il {pct} di quanto impegnato (capacità di pagamento).")
        }
        (Lang::It, RatioKind::Riscossione) => format!(
            "Ha poi riscosso {amount}, il {pct} di quanto accertato (capacità di riscossione)."
        ),
        (Lang::En, RatioKind::Pagamento) => {
            format!("It then paid {amount}, {pct} of what was committed (payment rate).")
        }
        (Lang::En, RatioKind::Riscossione) => {
            format!("It then collected {amount}, {pct} of what was assessed (collection rate).")
        }
        _ => return None,
    })
}

/// "Somma delle righe: 69 obiettivi".
pub fn sum_label(lang: Lang, count: u32, group: &str) -> String {
    match lang {
        Lang::It => format!("Somma delle righe: {count} {group}"),
        Lang::En => format!("Sum of the rows: {count} {group}"),
    }
}

/// A published cost total that differs from the sum of the rows.
pub fn cost_mismatch(
    lang: Lang,
    group: &str,
    field: &str,
    published: &str,
    computed: &str,
    count: u32,
    gap: &str,
) -> String {
    match lang {
        Lang::It => format!("Per i {group} il documento pubblica «{}» pari a {published}, ma la somma delle {count} righe è {computed}: differenza di {gap}. Sono mostrati entrambi i valori.", field.to_lowercase()),
        Lang::En => format!("For the {group} the document publishes «{}» as {published}, but the sum of the {count} rows is {computed}: a difference of {gap}. Both values are shown.", field.to_lowercase()),
    }
}

/// A published count of objectives or processes that differs from the rows.
pub fn count_mismatch(lang: Lang, group: &str, published: u32, computed: u32) -> String {
    match lang {
        Lang::It => format!(
            "Il documento dichiara {published} {group}, ma le righe con costi sono {computed}."
        ),
        Lang::En => format!(
            "The document states {published} {group}, but there are {computed} rows with costs."
        ),
    }
}
