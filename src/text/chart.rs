//! Texts of the charts (shared by every page that draws one).

use cruscotto_core::Lang;

/// Chart texts.
pub struct Texts {
    pub show_table: &'static str,
    pub legend: &'static str,
    pub no_value: &'static str,
}

pub static IT: Texts = Texts {
    show_table: "Mostra i dati del grafico in una tabella",
    legend: "Legenda",
    no_value: "nessun valore",
};

pub static EN: Texts = Texts {
    show_table: "Show the chart's data as a table",
    legend: "Legend",
    no_value: "no value",
};

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}
