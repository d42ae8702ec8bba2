//! How the app is started and embedded: the configuration a host page passes
//! (`public/incorpora.js` reads it from the `data-*` attributes of the mount
//! point) and the copy-paste snippets the "Incorpora" page writes.
//!
//! Pure functions of strings: no browser access here.

use serde::Deserialize;

/// Colour theme asked for by the address (`?tema=`) or the host page
/// (`data-tema`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// All themes, in the order the "Incorpora" form offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Reads `auto`, `chiaro`, `scuro` (also `light`, `dark`); anything else is `None`.
    pub fn from_code(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "chiaro" | "light" => Some(Theme::Light),
            "scuro" | "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value written in addresses and attributes.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "chiaro",
            Theme::Dark => "scuro",
        }
    }

    /// Whether the dark palette applies, given the reader's system setting.
    pub fn is_dark(self, system_prefers_dark: bool) -> bool {
        match self {
            Theme::Auto => system_prefers_dark,
            Theme::Light => false,
            Theme::Dark => true,
        }
    }
}

/// What `public/incorpora.js` passes to the app when it starts it. Every
/// field is optional: the stand-alone page passes `{}` and the address says
/// the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StartConfig {
    /// The folder of the app (absolute URL ending in `/`), against which its
    /// own files (demo plans, schema) are fetched. Empty: the page's folder.
    pub base: String,
    /// `data-piano`: a bundled demo, by file stem.
    pub piano: Option<String>,
    /// `data-src`: the address of a published plan.
    pub src: Option<String>,
    /// `data-lingua`: `it` or `en`.
    pub lingua: Option<String>,
    /// `data-vista`: the initial view, as in the address (`obiettivi/ob-1`).
    pub vista: Option<String>,
    /// `data-tema`: `auto`, `chiaro` or `scuro`.
    pub tema: Option<String>,
}

/// The two ways of embedding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An `<iframe>`, resized to its content by the host script.
    Frame,
    /// A `<div>` the app is mounted in (in a shadow root).
    Mount,
}

/// Which document the snippet shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanRef {
    /// A bundled demo, by stem.
    Demo(String),
    /// A published file, by absolute address.
    Url(String),
    /// The latest document of a published folder: the one its manifest
    /// names when the frame is shown (the app's folder names no document).
    Latest,
}

/// Everything a snippet depends on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The app's folder, absolute, ending in `/`.
    pub app_url: String,
    /// The document, if it has an address (a local file has none).
    pub plan: Option<PlanRef>,
    /// `it` or `en`.
    pub lang: &'static str,
    /// The initial view, as a fragment without `#/` (`obiettivi/ob-1`).
    pub view: String,
    /// The colour theme.
    pub theme: Theme,
    /// The frame's accessible name (`title`).
    pub title: String,
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a query value (`/` and `:` kept, so an address stays readable).
fn query_value(s: &str) -> String {
    crate::route::percent_encode(s, b"/:")
}

/// The placeholder written where the plan's address must go when the open
/// document has none (a local file).
pub const PLAN_PLACEHOLDER: &str = "INDIRIZZO-DEL-PIANO.json";

impl Snippet {
    /// The address of the stand-alone app showing this view.
    pub fn page_url(&self) -> String {
        let mut query = Vec::new();
        match &self.plan {
            Some(PlanRef::Demo(stem)) => query.push(format!("piano={}", query_value(stem))),
            Some(PlanRef::Url(u)) => query.push(format!("src={}", query_value(u))),
            Some(PlanRef::Latest) => {}
            None => query.push(format!("src={PLAN_PLACEHOLDER}")),
        }
        if self.lang != "it" {
            query.push(format!("lang={}", self.lang));
        }
        if self.theme != Theme::Auto {
            query.push(format!("tema={}", self.theme.code()));
        }
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{}", query.join("&"))
        };
        format!("{}{query}#/{}", self.app_url, self.view)
    }

    /// The host script's address.
    fn script(&self) -> String {
        format!(
            "<script type=\"module\" src=\"{}incorpora.js\"></script>",
            attr(&self.app_url)
        )
    }

    /// The HTML to paste in the host page.
    pub fn html(&self, mode: Mode) -> String {
        match mode {
            Mode::Frame => format!(
                "<iframe src=\"{}\" title=\"{}\" data-cruscotto width=\"100%\" height=\"800\" loading=\"lazy\"></iframe>\n{}",
                attr(&self.page_url()),
                attr(&self.title),
                self.script()
            ),
            Mode::Mount => {
                let plan = match &self.plan {
                    Some(PlanRef::Demo(stem)) => format!("data-piano=\"{}\" ", attr(stem)),
                    Some(PlanRef::Url(u)) => format!("data-src=\"{}\" ", attr(u)),
                    Some(PlanRef::Latest) => String::new(),
                    None => format!("data-src=\"{PLAN_PLACEHOLDER}\" "),
                };
                format!(
                    "<div data-cruscotto {plan}data-lingua=\"{}\" data-vista=\"{}\" data-tema=\"{}\"></div>\n{}",
                    self.lang,
                    attr(&self.view),
                    self.theme.code(),
                    self.script()
                )
            }
        }
    }
}

/// The app's folder from a page address: everything up to the last `/` of
/// the path, without query or fragment.
pub fn folder_of(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => format!("{path}/"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippet(plan: Option<PlanRef>) -> Snippet {
        Snippet {
            app_url: "https://www.comune.example.it/trasparenza/cruscotto/".into(),
            plan,
            lang: "it",
            view: "obiettivi/ob-1".into(),
            theme: Theme::Auto,
            title: "Cruscotto della performance – Comune di \"Prova\" & C.".into(),
        }
    }

    #[test]
    fn frame_snippet_points_at_the_view_and_escapes_the_title() {
        let s = snippet(Some(PlanRef::Demo("lucca-2021-relazione".into())));
        assert_eq!(
            s.html(Mode::Frame),
            "<iframe src=\"https://www.comune.example.it/trasparenza/cruscotto/?piano=lucca-2021-relazione#/obiettivi/ob-1\" \
             title=\"Cruscotto della performance – Comune di &quot;Prova&quot; &amp; C.\" data-cruscotto width=\"100%\" height=\"800\" loading=\"lazy\"></iframe>\n\
             <script type=\"module\" src=\"https://www.comune.example.it/trasparenza/cruscotto/incorpora.js\"></script>"
        );
    }

    #[test]
    fn mount_snippet_carries_the_settings_as_data_attributes() {
        let mut s = snippet(Some(PlanRef::Url(
            "https://dati.example.it/piano 2025.json?v=1&x=\"y\"".into(),
        )));
        s.lang = "en";
        s.theme = Theme::Dark;
        let html = s.html(Mode::Mount);
        assert!(html.starts_with(
            "<div data-cruscotto data-src=\"https://dati.example.it/piano 2025.json?v=1&amp;x=&quot;y&quot;\" \
             data-lingua=\"en\" data-vista=\"obiettivi/ob-1\" data-tema=\"scuro\"></div>\n"
        ));
        // The same settings in the frame's address, encoded for a query.
        assert_eq!(
            s.page_url(),
            "https://www.comune.example.it/trasparenza/cruscotto/?src=https://dati.example.it/piano%202025.json%3Fv%3D1%26x%3D%22y%22&lang=en&tema=scuro#/obiettivi/ob-1"
        );
    }

    /// The latest document of a published folder: no document named, so
    /// the app opens what the folder's manifest names when it is shown.
    #[test]
    fn the_latest_names_no_document() {
        let s = snippet(Some(PlanRef::Latest));
        assert_eq!(
            s.page_url(),
            "https://www.comune.example.it/trasparenza/cruscotto/#/obiettivi/ob-1"
        );
        assert!(s.html(Mode::Mount).starts_with(
            "<div data-cruscotto data-lingua=\"it\" data-vista=\"obiettivi/ob-1\" data-tema=\"auto\"></div>\n"
        ));
    }

    #[test]
    fn a_local_file_gets_a_placeholder_address() {
        let s = snippet(None);
        assert!(s
            .html(Mode::Mount)
            .contains("data-src=\"INDIRIZZO-DEL-PIANO.json\""));
        assert!(s.page_url().contains("?src=INDIRIZZO-DEL-PIANO.json#/"));
    }

    #[test]
    fn nothing_from_the_data_breaks_out_of_an_attribute() {
        let mut s = snippet(Some(PlanRef::Demo("x\"><script>alert(1)</script>".into())));
        s.title = "</iframe><script>alert(1)</script>".into();
        for mode in [Mode::Frame, Mode::Mount] {
            let html = s.html(mode);
            // Only the snippet's own four tags: <iframe|div …>, its end,
            // <script …>, its end.
            assert_eq!(html.matches('<').count(), 4, "{html}");
            assert_eq!(html.matches("<script").count(), 1, "{html}");
        }
    }

    #[test]
    fn folder_of_an_address() {
        for (href, folder) in [
            (
                "https://c.it/at/cruscotto/index.html?piano=x#/sintesi",
                "https://c.it/at/cruscotto/",
            ),
            (
                "https://c.it/at/cruscotto/?piano=x",
                "https://c.it/at/cruscotto/",
            ),
            (
                "https://c.it/at/cruscotto/#/a/b",
                "https://c.it/at/cruscotto/",
            ),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
        ] {
            assert_eq!(folder_of(href), folder, "{href}");
        }
    }

    #[test]
    fn themes_read_their_italian_and_english_names() {
        assert_eq!(Theme::from_code(" Scuro "), Some(Theme::Dark));
        assert_eq!(Theme::from_code("light"), Some(Theme::Light));
        assert_eq!(Theme::from_code("blu"), None);
        for t in Theme::ALL {
            assert_eq!(Theme::from_code(t.code()), Some(t));
        }
        assert!(Theme::Auto.is_dark(true) && !Theme::Auto.is_dark(false));
        assert!(Theme::Dark.is_dark(false) && !Theme::Light.is_dark(true));
    }
}
