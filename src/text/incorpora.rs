//! Texts of the "Incorpora" page: the snippets to put the app in another
//! website.

use cruscotto_core::Lang;

/// Texts of the embedding page.
pub struct Texts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub settings: &'static str,
    pub mode: &'static str,
    pub mode_frame: &'static str,
    pub mode_frame_hint: &'static str,
    pub mode_mount: &'static str,
    pub mode_mount_hint: &'static str,
    pub view: &'static str,
    pub view_current: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub code_heading: &'static str,
    pub code_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub link_heading: &'static str,
    pub link_intro: &'static str,
    pub copy_link: &'static str,
    pub local_warning: &'static str,
    pub docs: &'static str,
    pub footer_link: &'static str,
}

pub static IT: Texts = Texts {
    heading: "Incorpora nel sito del Comune",
    intro: "Copia il codice qui sotto e incollalo in una pagina del sito (per esempio in Amministrazione Trasparente → Performance): il cruscotto comparirà dentro la pagina, con il documento e la vista scelti.",
    settings: "Scelte",
    mode: "Come incorporarlo",
    mode_frame: "Riquadro (iframe)",
    mode_frame_hint: "Il modo più semplice e robusto: funziona in ogni sistema di gestione dei contenuti. Il riquadro si adatta all'altezza del contenuto.",
    mode_mount: "Direttamente nella pagina",
    mode_mount_hint: "Il cruscotto si monta in un elemento della pagina, con stili isolati da quelli del sito. Serve poter inserire uno script.",
    view: "Pagina iniziale",
    view_current: "La pagina da cui sei arrivato",
    language: "Lingua",
    theme: "Colori",
    theme_auto: "Come il dispositivo di chi legge (chiari o scuri)",
    theme_light: "Sempre chiari",
    theme_dark: "Sempre scuri",
    code_heading: "Codice da incollare",
    code_label: "Codice HTML",
    copy: "Copia il codice",
    copied: "Codice copiato negli appunti.",
    copy_failed: "Il browser non permette di copiare: seleziona il codice e copialo con Ctrl+C.",
    link_heading: "Link diretto",
    link_intro: "L'indirizzo di questa vista, da citare o condividere:",
    copy_link: "Copia il link diretto",
    local_warning: "Il documento aperto è un file del tuo computer: non ha un indirizzo sul web. Pubblica prima il file sul sito e sostituisci nel codice INDIRIZZO-DEL-PIANO.json con il suo indirizzo.",
    docs: "Le istruzioni complete (pubblicazione dei file, sottocartelle, caricamento da un altro dominio, intestazioni di sicurezza e di cache) sono nel file docs/EMBED.md distribuito con il cruscotto.",
    footer_link: "Incorpora questa pagina nel tuo sito",
};

pub static EN: Texts = Texts {
    heading: "Embed in the municipality's website",
    intro: "Copy the code below and paste it in a page of the website (for instance in Amministrazione Trasparente → Performance): the dashboard will appear inside the page, with the chosen document and view.",
    settings: "Choices",
    mode: "How to embed it",
    mode_frame: "Frame (iframe)",
    mode_frame_hint: "The simplest and sturdiest way: it works in every content management system. The frame adapts to the height of its content.",
    mode_mount: "Directly in the page",
    mode_mount_hint: "The dashboard is mounted in an element of the page, with styles kept apart from the website's. You must be able to add a script.",
    view: "Start page",
    view_current: "The page you came from",
    language: "Language",
    theme: "Colours",
    theme_auto: "As the reader's device (light or dark)",
    theme_light: "Always light",
    theme_dark: "Always dark",
    code_heading: "Code to paste",
    code_label: "HTML code",
    copy: "Copy the code",
    copied: "Code copied to the clipboard.",
    copy_failed: "The browser does not allow copying: select the code and copy it with Ctrl+C.",
    link_heading: "Direct link",
    link_intro: "The address of this view, to cite or share:",
    copy_link: "Copy the direct link",
    local_warning: "The open document is a file on your computer: it has no address on the web. Publish the file on the website first and replace INDIRIZZO-DEL-PIANO.json in the code with its address.",
    docs: "The complete instructions (publishing the files, sub-folders, loading from another domain, security and cache headers) are in the file docs/EMBED.md shipped with the dashboard.",
    footer_link: "Embed this page in your website",
};

impl Texts {
    /// How a colour theme is called in the form.
    pub fn theme_name(&self, theme: crate::embed::Theme) -> &'static str {
        match theme {
            crate::embed::Theme::Auto => self.theme_auto,
            crate::embed::Theme::Light => self.theme_light,
            crate::embed::Theme::Dark => self.theme_dark,
        }
    }
}

/// The texts in a language.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}
