//! Official names of the codes a plan uses: Agenda 2030 goals and budget
//! missioni (D.Lgs. 118/2011), in Italian and English.

use crate::Lang;

const SDG_IT: [&str; 17] = [
    "Sconfiggere la povertà",
    "Sconfiggere la fame",
    "Salute e benessere",
    "Istruzione di qualità",
    "Parità di genere",
    "Acqua pulita e servizi igienico-sanitari",
    "Energia pulita e accessibile",
    "Lavoro dignitoso e crescita economica",
    "Imprese, innovazione e infrastrutture",
    "Ridurre le disuguaglianze",
    "Città e comunità sostenibili",
    "Consumo e produzione responsabili",
    "Lotta contro il cambiamento climatico",
    "Vita sott'acqua",
    "Vita sulla terra",
    "Pace, giustizia e istituzioni solide",
    "Partnership per gli obiettivi",
];

const SDG_EN: [&str; 17] = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
];

const MISSIONS: [(&str, &str, &str); 23] = [
    (
        "01",
        "Servizi istituzionali, generali e di gestione",
        "Institutional, general and management services",
    ),
    ("02", "Giustizia", "Justice"),
    (
        "03",
        "Ordine pubblico e sicurezza",
        "Public order and safety",
    ),
    (
        "04",
        "Istruzione e diritto allo studio",
        "Education and the right to study",
    ),
    (
        "05",
        "Tutela e valorizzazione dei beni e delle attività culturali",
        "Cultural heritage and activities",
    ),
    (
        "06",
        "Politiche giovanili, sport e tempo libero",
        "Youth, sport and leisure",
    ),
    ("07", "Turismo", "Tourism"),
    (
        "08",
        "Assetto del territorio ed edilizia abitativa",
        "Land planning and housing",
    ),
    (
        "09",
        "Sviluppo sostenibile e tutela del territorio e dell'ambiente",
        "Sustainable development and the environment",
    ),
    (
        "10",
        "Trasporti e diritto alla mobilità",
        "Transport and mobility",
    ),
    ("11", "Soccorso civile", "Civil protection"),
    (
        "12",
        "Diritti sociali, politiche sociali e famiglia",
        "Social rights, social policies and family",
    ),
    ("13", "Tutela della salute", "Health"),
    (
        "14",
        "Sviluppo economico e competitività",
        "Economic development and competitiveness",
    ),
    (
        "15",
        "Politiche per il lavoro e la formazione professionale",
        "Labour and vocational training",
    ),
    (
        "16",
        "Agricoltura, politiche agroalimentari e pesca",
        "Agriculture, food and fisheries",
    ),
    (
        "17",
        "Energia e diversificazione delle fonti energetiche",
        "Energy",
    ),
    (
        "18",
        "Relazioni con le altre autonomie territoriali e locali",
        "Relations with other local authorities",
    ),
    ("19", "Relazioni internazionali", "International relations"),
    ("20", "Fondi e accantonamenti", "Funds and provisions"),
    ("50", "Debito pubblico", "Public debt"),
    ("60", "Anticipazioni finanziarie", "Cash advances"),
    (
        "99",
        "Servizi per conto terzi",
        "Services on behalf of third parties",
    ),
];

/// Name of an Agenda 2030 goal (1–17).
pub fn sdg(goal: u8, lang: Lang) -> Option<&'static str> {
    let names = if lang == Lang::It { &SDG_IT } else { &SDG_EN };
    names.get(usize::from(goal).checked_sub(1)?).copied()
}

/// Name of a budget missione (`01` … `99`).
pub fn mission(code: &str, lang: Lang) -> Option<&'static str> {
    MISSIONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, it, en)| if lang == Lang::It { *it } else { *en })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(sdg(11, Lang::It), Some("Città e comunità sostenibili"));
        assert_eq!(sdg(0, Lang::It), None);
        assert_eq!(sdg(18, Lang::En), None);
        assert_eq!(
            mission("04", Lang::It),
            Some("Istruzione e diritto allo studio")
        );
        assert_eq!(mission("21", Lang::It), None);
        // Every mission the validator accepts has a name.
        for m in crate::validate::MISSIONS {
            assert!(mission(m, Lang::En).is_some(), "{m}");
        }
    }
}
