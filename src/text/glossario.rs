//! Texts of the glossario page: short definitions, in plain words, of the
//! terms the documents use. Other pages link a word to its entry with
//! [`crate::components::term::Term`] (`#/glossario/<key>`); the keys are the
//! same in both languages.

use cruscotto_core::Lang;

/// One entry of the glossary.
pub struct Entry {
    /// Stable key: the element id is `glossario-<key>`.
    pub key: &'static str,
    /// The term as the documents write it (and, in English, a translation).
    pub term: &'static str,
    /// The definition.
    pub definition: &'static str,
}

/// A group of entries under a heading.
pub struct Section {
    /// Stable key, for the heading's id.
    pub key: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Entries.
    pub entries: &'static [Entry],
}

/// Texts of the glossary.
pub struct Texts {
    pub intro: &'static str,
    pub sections: &'static [Section],
    pub unknown_before: &'static str,
    pub unknown_after: &'static str,
}

macro_rules! e {
    ($key:literal, $term:literal, $def:literal) => {
        Entry {
            key: $key,
            term: $term,
            definition: $def,
        }
    };
}

pub static IT: Texts = Texts {
    intro: "Le parole dei documenti sulla performance spiegate in breve. Le parole sottolineate con i puntini nelle altre pagine portano qui.",
    unknown_before: "La parola «",
    unknown_after: "» non è nel glossario. Ecco tutte le parole spiegate.",
    sections: &[
        Section {
            key: "soldi",
            title: "Entrate e spese",
            entries: &[
                e!("assestato", "Assestato", "La somma prevista nel bilancio per una voce di entrata o di spesa, dopo tutte le variazioni approvate durante l'anno (si dice anche «previsione definitiva»). È il termine di confronto per capire quanto è stato davvero accertato o impegnato."),
                e!("accertato", "Accertato", "Un'entrata è accertata quando il Comune ha stabilito di averne diritto: sa chi deve pagare, quanto e perché. Non vuol dire che i soldi siano già arrivati: quelli arrivati sono il riscosso."),
                e!("riscosso", "Riscosso", "La parte delle entrate accertate che è stata davvero incassata: soldi entrati nella cassa del Comune."),
                e!("impegnato", "Impegnato", "Una spesa è impegnata quando il Comune si è obbligato a farla, con un contratto o un atto che dice a chi, quanto e per che cosa. I soldi sono riservati a quello scopo anche se non sono ancora stati pagati."),
                e!("liquidato", "Liquidato", "Una spesa impegnata è liquidata quando il Comune ha controllato che il lavoro, il bene o il servizio è stato fornito come previsto e ha fissato la somma esatta da pagare. Dopo viene il pagamento."),
                e!("pagato", "Pagato", "La parte della spesa per cui i soldi sono già usciti dalla cassa del Comune."),
                e!("scostamento", "Scostamento", "La differenza tra quanto è stato accertato (o impegnato) e quanto era previsto (assestato). Un numero negativo vuol dire che si è incassato o speso meno del previsto."),
                e!("fpv", "Fondo pluriennale vincolato (FPV)", "Soldi già destinati a una spesa decisa in un anno ma che sarà pagata negli anni successivi, per esempio un'opera pubblica che dura più anni. Nei conti queste somme si considerano impegnate."),
                e!("capacita-impegno", "Capacità di impegno", "Quanta parte della spesa prevista il Comune è riuscito a impegnare nell'anno: impegnato diviso assestato, per cento."),
                e!("capacita-riscossione", "Capacità di riscossione", "Quanta parte delle entrate accertate il Comune ha davvero incassato: riscosso diviso accertato, per cento."),
                e!("costi-personale", "Costi del personale", "Quanto costano stipendi e contributi delle persone che lavorano a un obiettivo o a un processo, stimato in base al tempo che ci dedicano."),
            ],
        },
        Section {
            key: "obiettivi",
            title: "Obiettivi e punteggi",
            entries: &[
                e!("indicatore", "Indicatore", "Una misura che dice se un obiettivo è stato raggiunto, per esempio «pratiche concluse» o «giorni medi per pagare una fattura». Ha un valore atteso (il target) e, a fine anno, un valore effettivo."),
                e!("target", "Target", "Il valore che un indicatore deve raggiungere: un minimo da superare, un massimo da non superare (come i giorni di ritardo nei pagamenti) oppure un valore preciso."),
                e!("grado-raggiungimento", "Grado di raggiungimento", "Quanto un obiettivo è stato realizzato, in percentuale: 100 % vuol dire pienamente raggiunto. Per un indicatore di solito è il valore effettivo diviso il target, per cento; per un obiettivo è la media dei suoi indicatori o dei suoi sotto-obiettivi."),
                e!("peso", "Peso", "Quanto conta un obiettivo (o una fase, o un indicatore) rispetto agli altri dello stesso gruppo quando si fa la media. Spesso è una percentuale, e i pesi dello stesso gruppo sommano a 100."),
                e!("processo", "Processo", "Un'attività che un ufficio svolge ogni anno, come rilasciare le carte d'identità. Si valuta come un obiettivo, ma serve a mantenere un servizio più che a cambiarlo."),
                e!("trasversale", "Obiettivo trasversale", "Un obiettivo condiviso da più uffici che ci lavorano insieme, per esempio la prevenzione della corruzione."),
                e!("missione", "Missione", "Le grandi funzioni in cui è diviso il bilancio di ogni Comune, uguali in tutta Italia: per esempio «04 Istruzione e diritto allo studio». Permettono di vedere a cosa servono i soldi e gli obiettivi."),
                e!("programma", "Programma", "Ogni missione del bilancio è divisa in programmi, con un codice in due parti: per esempio 04.01, istruzione prescolastica."),
                e!("sdg", "SDG – Agenda 2030", "I 17 obiettivi di sviluppo sostenibile dell'Agenda 2030 delle Nazioni Unite (in inglese Sustainable Development Goals), come «Città e comunità sostenibili». Un obiettivo del Comune può dire a quali contribuisce."),
                e!("pnrr", "PNRR", "Piano Nazionale di Ripresa e Resilienza: il programma di investimenti pagato dall'Unione europea dopo la pandemia. Ogni progetto ha un codice CUP che lo identifica."),
            ],
        },
        Section {
            key: "documenti",
            title: "Documenti e chi li valuta",
            entries: &[
                e!("piano", "Piano della performance", "Il documento con cui, all'inizio del ciclo, la Giunta fissa gli obiettivi dell'anno o del triennio, con indicatori, target, pesi e uffici responsabili."),
                e!("relazione", "Relazione sulla performance", "Il documento di fine anno che dice quali obiettivi del piano sono stati raggiunti e quanto. È validata dal Nucleo di valutazione e approvata dalla Giunta."),
                e!("piao", "PIAO", "Piano Integrato di Attività e Organizzazione: dal 2022 riunisce in un solo documento diversi piani del Comune (performance, anticorruzione, personale, lavoro agile). La sezione «Performance» contiene gli obiettivi."),
                e!("dup", "DUP", "Documento Unico di Programmazione: con il DUP il Consiglio comunale fissa la strategia per tre anni (sezione strategica) e gli obiettivi operativi che ne derivano (sezione operativa). Viene prima del bilancio."),
                e!("peg", "PEG", "Piano Esecutivo di Gestione: assegna a ogni responsabile gli obiettivi dell'anno e i soldi del bilancio per raggiungerli. Spesso contiene anche il piano della performance."),
                e!("nucleo-valutazione", "Nucleo di valutazione", "Un piccolo gruppo di esperti (in alcuni enti si chiama OIV, Organismo indipendente di valutazione) che controlla come il Comune misura i risultati, valida la relazione sulla performance e propone la valutazione dei dirigenti."),
            ],
        },
    ],
};

pub static EN: Texts = Texts {
    intro: "The words of performance documents, briefly explained. Words with a dotted underline on the other pages lead here. Terms are given in Italian, as the documents write them.",
    unknown_before: "The word «",
    unknown_after: "» is not in the glossary. Here are all the words explained.",
    sections: &[
        Section {
            key: "soldi",
            title: "Revenue and spending",
            entries: &[
                e!("assestato", "Assestato (final budget)", "The amount the budget provides for a revenue or spending item, after every change approved during the year (also called «previsione definitiva»). It is the yardstick for how much was actually assessed or committed."),
                e!("accertato", "Accertato (assessed revenue)", "Revenue is assessed when the municipality has established its right to it: it knows who must pay, how much and why. The money may not have arrived yet: what has arrived is the riscosso."),
                e!("riscosso", "Riscosso (collected)", "The part of the assessed revenue actually collected: money that has entered the municipality's accounts."),
                e!("impegnato", "Impegnato (committed)", "Spending is committed when the municipality has bound itself to it, with a contract or an act stating to whom, how much and what for. The money is set aside for that purpose even if it has not been paid yet."),
                e!("liquidato", "Liquidato (approved for payment)", "Committed spending is liquidated when the municipality has checked that the work, goods or service were delivered as agreed and has set the exact amount to pay. Payment comes next."),
                e!("pagato", "Pagato (paid)", "The part of spending for which the money has already left the municipality's accounts."),
                e!("scostamento", "Scostamento (variance)", "The difference between what was assessed (or committed) and what was budgeted (assestato). A negative number means less was collected or spent than planned."),
                e!("fpv", "Fondo pluriennale vincolato (FPV, multi-year fund)", "Money already earmarked for spending decided in one year but paid in later years, for example public works lasting several years. In the accounts these amounts count as committed."),
                e!("capacita-impegno", "Capacità di impegno (commitment rate)", "How much of the budgeted spending the municipality managed to commit during the year: committed divided by final budget, times one hundred."),
                e!("capacita-riscossione", "Capacità di riscossione (collection rate)", "How much of the assessed revenue the municipality actually collected: collected divided by assessed, times one hundred."),
                e!("costi-personale", "Costi del personale (staff costs)", "What the salaries and contributions of the people working on an objective or process cost, estimated from the time they spend on it."),
            ],
        },
        Section {
            key: "obiettivi",
            title: "Objectives and scores",
            entries: &[
                e!("indicatore", "Indicatore (indicator)", "A measure that tells whether an objective was achieved, for example «cases closed» or «average days to pay an invoice». It has an expected value (the target) and, at the end of the year, an actual value."),
                e!("target", "Target", "The value an indicator should reach: a minimum to exceed, a maximum not to exceed (like days of payment delay) or an exact value."),
                e!("grado-raggiungimento", "Grado di raggiungimento (achievement)", "How far an objective was achieved, in percent: 100 % means fully achieved. For an indicator it is usually the actual value divided by the target, times one hundred; for an objective it is the mean of its indicators or of its sub-objectives."),
                e!("peso", "Peso (weight)", "How much an objective (or a phase, or an indicator) counts compared with the others in the same group when the mean is taken. Often a percentage, with the weights of a group adding up to 100."),
                e!("processo", "Processo (process)", "An activity an office carries out every year, such as issuing identity cards. It is scored like an objective, but it keeps a service going rather than changing it."),
                e!("trasversale", "Obiettivo trasversale (cross-cutting objective)", "An objective shared by several offices working on it together, for example preventing corruption."),
                e!("missione", "Missione (budget mission)", "The broad functions every Italian municipality's budget is divided into, the same everywhere: for example «04 Education and right to study». They show what the money and the objectives are for."),
                e!("programma", "Programma (budget programme)", "Each budget mission is divided into programmes, with a two-part code: for example 04.01, pre-school education."),
                e!("sdg", "SDG – Agenda 2030", "The 17 Sustainable Development Goals of the United Nations' 2030 Agenda, such as «Sustainable cities and communities». An objective of the municipality may say which ones it contributes to."),
                e!("pnrr", "PNRR", "Piano Nazionale di Ripresa e Resilienza, Italy's recovery and resilience plan: the investment programme funded by the European Union after the pandemic. Each project has a CUP code that identifies it."),
            ],
        },
        Section {
            key: "documenti",
            title: "Documents and who assesses them",
            entries: &[
                e!("piano", "Piano della performance (performance plan)", "The document in which, at the start of the cycle, the municipal executive sets the objectives for the year or the three years, with indicators, targets, weights and responsible offices."),
                e!("relazione", "Relazione sulla performance (performance report)", "The end-of-year document telling which objectives of the plan were achieved and how far. It is validated by the evaluation unit and approved by the municipal executive."),
                e!("piao", "PIAO", "Piano Integrato di Attività e Organizzazione (integrated activity and organisation plan): since 2022 it brings several of the municipality's plans into one document (performance, anti-corruption, staff, remote work). Its «Performance» section holds the objectives."),
                e!("dup", "DUP", "Documento Unico di Programmazione (single planning document): with it the municipal council sets the strategy for three years (strategic section) and the operational objectives that follow from it (operational section). It comes before the budget."),
                e!("peg", "PEG", "Piano Esecutivo di Gestione (executive management plan): it gives each manager the year's objectives and the budget money to reach them. It often includes the performance plan."),
                e!("nucleo-valutazione", "Nucleo di valutazione (evaluation unit)", "A small group of experts (in some bodies called OIV, independent evaluation body) that checks how the municipality measures results, validates the performance report and proposes the assessment of managers."),
            ],
        },
    ],
};

/// The glossary texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// The entry with this key, if any.
pub fn entry(lang: Lang, key: &str) -> Option<&'static Entry> {
    t(lang)
        .sections
        .iter()
        .flat_map(|s| s.entries.iter())
        .find(|e| e.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key other pages may link to exists, in both languages, once.
    #[test]
    fn keys() {
        let keys = [
            "assestato",
            "accertato",
            "riscosso",
            "impegnato",
            "liquidato",
            "pagato",
            "scostamento",
            "fpv",
            "capacita-impegno",
            "capacita-riscossione",
            "peso",
            "grado-raggiungimento",
            "indicatore",
            "target",
            "missione",
            "programma",
            "sdg",
            "pnrr",
            "processo",
            "trasversale",
            "costi-personale",
            "nucleo-valutazione",
            "piao",
            "dup",
            "peg",
            "relazione",
            "piano",
        ];
        for lang in [Lang::It, Lang::En] {
            let all: Vec<&str> = t(lang)
                .sections
                .iter()
                .flat_map(|s| s.entries.iter().map(|e| e.key))
                .collect();
            for k in keys {
                assert_eq!(all.iter().filter(|x| **x == k).count(), 1, "{k}");
            }
            assert_eq!(all.len(), keys.len());
        }
    }
}
