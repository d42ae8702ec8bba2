//! Where the reader is: the view, in the address's fragment (`#/obiettivi/obj-12`),
//! so that any deep link survives a reload on a static host with no rewrite
//! rules, under any sub-path. Which document is shown lives in the query
//! (`?piano=lucca-2021-relazione` for a bundled demo, `?src=URL` for a
//! published file); the language in `?lang=en`. The comparison names its
//! second document in the fragment's own query, the same two ways
//! (`#/confronta?piano=offanengo-2024-piano`, `#/confronta?src=<URL>`), so a
//! comparison is a link to share; a local file leaves `#/confronta`. The
//! calculator keeps its chosen objective and its edits, in the core's text
//! form, the same way (`#/calcolatore?o=ob-1&m=v1~f.ind1=80`).
//!
//! Pure functions of strings: no browser access here.

/// A view of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The chooser of documents (also when none is loaded).
    Documents,
    /// Overview of the loaded document.
    Sintesi,
    /// The tree of objectives.
    Obiettivi,
    /// One objective, by id.
    Obiettivo(String),
    /// The organisation with its scores.
    Uffici,
    /// One unit, by id.
    Ufficio(String),
    /// Budget tables and costs.
    Risorse,
    /// Every finding of the checks.
    Verifiche,
    /// The glossary, optionally at one term.
    Glossario(Option<String>),
    /// The whole document on one page, to print it.
    Stampa,
    /// Search and filters, with their state as the query part of the
    /// fragment (`#/cerca?q=citta&sdg=11`: [`cruscotto_core::filter::Filter::to_query`]),
    /// kept as written.
    Cerca(String),
    /// The snippets to embed a view (its fragment without `#/`, e.g.
    /// `obiettivi/ob-1`; empty: the overview) in another website.
    Incorpora(String),
    /// The comparison of the loaded document (A) with a second one (B):
    /// `Wanted::Nothing` until B is chosen (or when B is a local file).
    Confronta(Wanted),
    /// The calculator, with its state as the query part of the fragment
    /// ([`Calc`]), kept as written: the first load reads no more of it.
    Calcolatore(String),
    /// "Quanto conta" (`#/calcolatore/quanto-conta?m=v1~…`): how much each
    /// objective moves the overall score, over the document or, with the
    /// calculator's edits in the query (as [`Calc`] writes them), over the
    /// simulated plan; the query kept as written.
    QuantoConta(String),
    /// The overview, an objective or a unit with the calculator's edits
    /// (the core's text form, `#/sintesi?m=v1~f.a1=80`,
    /// `#/obiettivi/ID?m=…`, `#/uffici/ID?m=…`): the view with its figures
    /// simulated next to the document's. Only the full build draws it.
    Simulata(Box<Route>, String),
}

impl Calc {
    /// Reads the calculator's query (`o=ob-1&m=v1~f.ind1=80`).
    pub fn from_query(query: &str) -> Calc {
        let query = fragment_query(query);
        let get = |k: &str| {
            query
                .iter()
                .find(|(key, v)| key == k && !v.is_empty())
                .map(|(_, v)| v.clone())
        };
        Calc {
            objective: get("o"),
            edits: get("m").unwrap_or_default(),
        }
    }

    /// The calculator's page with this state.
    pub fn route(&self) -> Route {
        let mut query = Vec::new();
        if let Some(o) = &self.objective {
            query.push(format!("o={}", encode(o)));
        }
        if !self.edits.is_empty() {
            // `~`, `.`, `=` and `,` stay readable; a `%` of the text form
            // is encoded again (the query is decoded once).
            query.push(format!("m={}", percent_encode(&self.edits, b"=,")));
        }
        Route::Calcolatore(query.join("&"))
    }

    /// "Quanto conta" over the plan with these edits (the objective is the
    /// calculator's own: not carried).
    pub fn quanto_conta(&self) -> Route {
        let edits = Calc {
            objective: None,
            edits: self.edits.clone(),
        };
        match edits.route() {
            Route::Calcolatore(q) => Route::QuantoConta(q),
            r => r,
        }
    }
}

/// The calculator's state in the address: `#/calcolatore?o=ID&m=v1~…`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calc {
    /// The objective whose fields are shown.
    pub objective: Option<String>,
    /// The edits, in the core's text form (empty: none).
    pub edits: String,
}

/// Percent-decodes a fragment segment (ids are ASCII in the demo plans, but a
/// publisher's may not be).
fn decode(s: &str) -> String {
    String::from_utf8_lossy(&cruscotto_core::filter::percent_decode(s, false)).into_owned()
}

/// Percent-encodes an id for a fragment segment.
pub fn encode(s: &str) -> String {
    percent_encode(s, b"")
}

/// Percent-encodes every byte but ASCII letters, digits, `-_.~` and the
/// bytes in `keep` (a query value keeps `/` and `:`, to stay readable).
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    let keep = [b"-_.~".as_slice(), keep].concat();
    cruscotto_core::filter::percent_encode(s, &keep)
}

impl Route {
    /// Reads a fragment (`#/obiettivi/x`, `#obiettivi`, `` …). Unknown ones
    /// are the overview.
    pub fn parse(hash: &str) -> Route {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(rest) = h.strip_prefix("confronta") {
            if rest.is_empty() || rest.starts_with(['?', '/']) {
                let query = rest.split_once('?').map_or("", |(_, q)| q);
                return Route::Confronta(wanted(&fragment_query(query)));
            }
        }
        if let Some(rest) = h.strip_prefix("calcolatore") {
            if rest.is_empty() || rest.starts_with(['?', '/']) {
                let query = rest.split_once('?').map_or("", |(_, q)| q).to_string();
                return match rest.strip_prefix("/quanto-conta") {
                    Some(r) if r.is_empty() || r.starts_with(['?', '/']) => {
                        Route::QuantoConta(query)
                    }
                    _ => Route::Calcolatore(query),
                };
            }
        }
        if let Some(rest) = h.strip_prefix("cerca") {
            if let Some(q) = rest.strip_prefix('?').or(rest.strip_prefix("/?")) {
                return Route::Cerca(q.to_string());
            }
            if rest.trim_end_matches('/').is_empty() {
                return Route::Cerca(String::new());
            }
        }
        if let Some(r) = simulated(h) {
            return r;
        }
        let mut parts = h.splitn(2, '/');
        let head = parts.next().unwrap_or("");
        if head == "incorpora" {
            // The embedded view's own fragment, kept as written (its ids are
            // decoded when it is parsed in turn).
            let view = parts.next().unwrap_or("").trim_end_matches('/');
            return Route::Incorpora(view.to_string());
        }
        let rest = parts
            .next()
            .map(|r| decode(r.trim_end_matches('/')))
            .filter(|r| !r.is_empty());
        match (head, rest) {
            ("documenti", _) => Route::Documents,
            ("obiettivi", Some(id)) => Route::Obiettivo(id),
            ("obiettivi", None) => Route::Obiettivi,
            ("uffici", Some(id)) => Route::Ufficio(id),
            ("uffici", None) => Route::Uffici,
            ("risorse", _) => Route::Risorse,
            ("verifiche", _) => Route::Verifiche,
            ("stampa", _) => Route::Stampa,
            ("glossario", term) => Route::Glossario(term),
            _ => Route::Sintesi,
        }
    }

    /// The fragment of this route, with its `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Documents => "#/documenti".into(),
            Route::Sintesi => "#/sintesi".into(),
            Route::Obiettivi => "#/obiettivi".into(),
            Route::Obiettivo(id) => format!("#/obiettivi/{}", encode(id)),
            Route::Uffici => "#/uffici".into(),
            Route::Ufficio(id) => format!("#/uffici/{}", encode(id)),
            Route::Risorse => "#/risorse".into(),
            Route::Verifiche => "#/verifiche".into(),
            Route::Stampa => "#/stampa".into(),
            Route::Glossario(None) => "#/glossario".into(),
            Route::Glossario(Some(t)) => format!("#/glossario/{}", encode(t)),
            Route::Cerca(q) if q.is_empty() => "#/cerca".into(),
            Route::Cerca(q) => format!("#/cerca?{q}"),
            Route::Incorpora(view) if view.is_empty() => "#/incorpora".into(),
            Route::Incorpora(view) => format!("#/incorpora/{view}"),
            Route::Confronta(Wanted::Nothing) => "#/confronta".into(),
            Route::Confronta(Wanted::Demo(stem)) => format!("#/confronta?piano={}", encode(stem)),
            Route::Confronta(Wanted::Url(url)) => format!("#/confronta?src={}", encode(url)),
            Route::Calcolatore(q) if q.is_empty() => "#/calcolatore".into(),
            Route::Calcolatore(q) => format!("#/calcolatore?{q}"),
            Route::QuantoConta(q) if q.is_empty() => "#/calcolatore/quanto-conta".into(),
            Route::QuantoConta(q) => format!("#/calcolatore/quanto-conta?{q}"),
            Route::Simulata(view, edits) => {
                format!("{}?m={}", view.href(), percent_encode(edits, b"=,"))
            }
        }
    }

    /// This view with the calculator's edits `edits` (the text form; empty:
    /// none), when it can show them (the overview, an objective, a unit);
    /// else the view itself.
    pub fn simulated(self, edits: &str) -> Route {
        match self {
            Route::Simulata(view, _) => view.simulated(edits),
            r @ (Route::Sintesi | Route::Obiettivo(_) | Route::Ufficio(_)) if !edits.is_empty() => {
                Route::Simulata(Box::new(r), edits.to_string())
            }
            r => r,
        }
    }

    /// Whether the page offers its tools (copy the link, print): every page
    /// of a document but the embedding page, which has its own link to copy.
    pub fn has_page_tools(&self) -> bool {
        !matches!(self, Route::Incorpora(_))
    }

    /// Whether a fragment is one of the app's (`#/…`, or none at all). Other
    /// fragments belong to the page the app is mounted in (its own anchors,
    /// like a skip link's `#main`) and leave the view as it is.
    pub fn is_app_fragment(hash: &str) -> bool {
        hash.is_empty() || hash == "#" || hash.starts_with("#/")
    }

    /// The page that offers to embed this view (the embedding page itself
    /// offers the overview).
    pub fn embed_link(&self) -> Route {
        match self {
            Route::Incorpora(v) => Route::Incorpora(v.clone()),
            Route::Documents | Route::Sintesi => Route::Incorpora(String::new()),
            r => Route::Incorpora(r.href().trim_start_matches("#/").to_string()),
        }
    }

    /// The top-level section this route belongs to (for the navigation).
    pub fn section(&self) -> Route {
        match self {
            Route::Obiettivo(_) => Route::Obiettivi,
            Route::Ufficio(_) => Route::Uffici,
            Route::Glossario(_) => Route::Glossario(None),
            Route::Confronta(_) => Route::Confronta(Wanted::Nothing),
            Route::Cerca(_) => Route::Cerca(String::new()),
            Route::Calcolatore(_) | Route::QuantoConta(_) => Route::Calcolatore(String::new()),
            Route::Simulata(view, _) => view.section(),
            r => r.clone(),
        }
    }

    /// The page this route draws: the search page is one page whatever its
    /// state (typing changes the address, not the page, and keeps the focus);
    /// so is the calculator.
    pub fn page(&self) -> Route {
        match self {
            Route::Cerca(_) => Route::Cerca(String::new()),
            Route::Calcolatore(_) => Route::Calcolatore(String::new()),
            Route::QuantoConta(_) => Route::QuantoConta(String::new()),
            r => r.clone(),
        }
    }
}

/// `sintesi?m=…`, `obiettivi/ID?m=…`, `uffici/ID?m=…` with edits: the
/// simulated view.
fn simulated(h: &str) -> Option<Route> {
    let (path, query) = h.split_once('?')?;
    let edits = fragment_query(query)
        .into_iter()
        .find(|(k, v)| k == "m" && !v.is_empty())?
        .1;
    let view = match path.split('/').next()? {
        "sintesi" | "obiettivi" | "uffici" => Route::parse(path),
        _ => return None,
    };
    Some(view.simulated(&edits))
}

/// Which document the address asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// A bundled demo, by file stem (`lucca-2021-relazione`).
    Demo(String),
    /// A published file, by URL (relative to the page or absolute).
    Url(String),
    /// Nothing: show the chooser.
    Nothing,
}

/// The pairs of a fragment's query (`piano=x&src=y`), decoded.
fn fragment_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(&v.replace('+', " "))))
        .collect()
}

/// Reads the query string (`?piano=…`, `?src=…`); `src` wins.
pub fn wanted(params: &[(String, String)]) -> Wanted {
    let get = |k: &str| {
        params
            .iter()
            .find(|(key, v)| key == k && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
    };
    if let Some(src) = get("src") {
        Wanted::Url(src)
    } else if let Some(p) = get("piano") {
        // Only a plain file stem: never a path that climbs out of plans/.
        if p.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            Wanted::Demo(p)
        } else {
            Wanted::Nothing
        }
    } else {
        Wanted::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_its_own_link() {
        let routes = [
            Route::Documents,
            Route::Sintesi,
            Route::Obiettivi,
            Route::Obiettivo("obj-55-b".into()),
            Route::Obiettivo("città 1/2 #x".into()),
            Route::Uffici,
            Route::Ufficio("u-settore-5".into()),
            Route::Risorse,
            Route::Verifiche,
            Route::Stampa,
            Route::Glossario(None),
            Route::Glossario(Some("impegnato".into())),
            Route::Incorpora(String::new()),
            Route::Incorpora("obiettivi/citt%C3%A0%201".into()),
            Route::Confronta(Wanted::Nothing),
            Route::Confronta(Wanted::Demo("offanengo-2024-piano".into())),
            Route::Confronta(Wanted::Url("https://comune.it/p.json?v=2&x=à b#c".into())),
            Route::Confronta(Wanted::Url("__core__/diff/b-relazione.json".into())),
            Route::Cerca(String::new()),
            Route::Calcolatore(String::new()),
            Route::Calcolatore("o=ob-1&m=v1~f.a1=80".into()),
            Route::QuantoConta(String::new()),
            Route::QuantoConta("m=v1~f.a1=80".into()),
            Route::Simulata(
                Box::new(Route::Sintesi),
                "v1~f.a1=80~n.B=Causa%20esterna".into(),
            ),
            Route::Simulata(
                Box::new(Route::Obiettivo("città 1/2".into())),
                "v1~p.A=20".into(),
            ),
            Route::Simulata(
                Box::new(Route::Ufficio("u-1".into())),
                "v1~t.b1=10..20".into(),
            ),
            Route::Cerca("q=citta".into()),
            Route::Cerca(
                "q=citt%C3%A0%20digitale&ufficio=s%2F1&sdg=11&sdg=16&esito=non-raggiunti".into(),
            ),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn a_simulation_rides_in_the_overview_objective_and_unit_only() {
        let sim = |r: Route| Route::Simulata(Box::new(r), "v1~f.a1=80".into());
        assert_eq!(Route::parse("#/sintesi?m=v1~f.a1=80"), sim(Route::Sintesi));
        assert_eq!(
            Route::parse("#/obiettivi/A?m=v1~f.a1=80"),
            sim(Route::Obiettivo("A".into()))
        );
        assert_eq!(
            Route::parse("#/uffici/u%201?m=v1~f.a1=80"),
            sim(Route::Ufficio("u 1".into()))
        );
        // No edits, or another view: the view as it is.
        assert_eq!(Route::parse("#/sintesi?m="), Route::Sintesi);
        assert_eq!(Route::parse("#/obiettivi?m=v1~f.a1=80"), Route::Obiettivi);
        assert_eq!(Route::Sintesi.simulated(""), Route::Sintesi);
        assert_eq!(Route::Risorse.simulated("v1~f.a1=80"), Route::Risorse);
        assert_eq!(
            sim(Route::Sintesi).simulated("v1~p.A=1"),
            Route::Simulata(Box::new(Route::Sintesi), "v1~p.A=1".into())
        );
        assert_eq!(sim(Route::Sintesi).section(), Route::Sintesi);
    }

    #[test]
    fn unknown_or_empty_fragments_are_the_overview() {
        for h in ["", "#", "#/", "#/boh", "#contenuto"] {
            assert_eq!(Route::parse(h), Route::Sintesi, "{h}");
        }
        assert_eq!(Route::parse("#/obiettivi/"), Route::Obiettivi);
        assert_eq!(
            Route::parse("#/obiettivi/a%2"),
            Route::Obiettivo("a%2".into())
        );
    }

    #[test]
    fn the_embedding_page_carries_the_view_it_embeds() {
        let view = Route::Obiettivo("città 1".into());
        let link = view.embed_link();
        assert_eq!(link.href(), "#/incorpora/obiettivi/citt%C3%A0%201");
        let Route::Incorpora(fragment) = Route::parse(&link.href()) else {
            panic!("not the embedding page");
        };
        assert_eq!(Route::parse(&format!("#/{fragment}")), view);
        assert_eq!(Route::Sintesi.embed_link(), Route::Incorpora(String::new()));
    }

    /// The search page's fragment carries the filter's address form, and
    /// every filter survives the round trip through the route.
    #[test]
    fn the_search_state_lives_in_the_fragment() {
        use cruscotto_core::filter::{Facet, Filter};
        assert_eq!(Route::parse("#/cerca"), Route::Cerca(String::new()));
        assert_eq!(Route::parse("#/cerca/"), Route::Cerca(String::new()));
        assert_eq!(Route::parse("#/cerca?q=x"), Route::Cerca("q=x".into()));
        assert_eq!(Route::parse("#/cerca/?q=x"), Route::Cerca("q=x".into()));
        assert_eq!(Route::parse("#/cercatore"), Route::Sintesi);
        let mut f = Filter {
            q: "Città più digitale & co".into(),
            ..Filter::default()
        };
        f.select(Facet::Ufficio, "s/1 è");
        f.select(Facet::Sdg, "11");
        f.select(Facet::Sdg, "16");
        f.select(Facet::Pnrr, "si");
        f.select(Facet::Esito, "non-raggiunti");
        f.select(Facet::Tag, "PNRR");
        let r = Route::Cerca(f.to_query());
        let Route::Cerca(q) = Route::parse(&r.href()) else {
            panic!("not the search page");
        };
        assert_eq!(Filter::from_query(&q), f);
        assert_eq!(r.section(), Route::Cerca(String::new()));
        assert_eq!(r.page(), Route::Cerca(String::new()));
        assert_eq!(
            r.embed_link(),
            Route::Incorpora(r.href().trim_start_matches("#/").to_string())
        );
    }

    /// The calculator's address as the brief writes it, and the edits'
    /// own escapes kept through the query's decoding.
    #[test]
    fn the_calculators_edits_live_in_the_fragment() {
        let state = |hash: &str| match Route::parse(hash) {
            Route::Calcolatore(q) => Calc::from_query(&q),
            r => panic!("{r:?} is not the calculator"),
        };
        assert_eq!(
            state("#/calcolatore?m=v1~f.ind1=80"),
            Calc {
                objective: None,
                edits: "v1~f.ind1=80".into()
            }
        );
        for c in [
            Calc::default(),
            Calc {
                objective: Some("ob-1".into()),
                edits: "v1~f.i%C3%A01=80~n.ob-1=Causa%20esterna".into(),
            },
            Calc {
                objective: Some("città 1/2".into()),
                edits: "v1~f.a1=80~p.A=20~n.B=Causa%20esterna%2025%25~n.C=".into(),
            },
            Calc {
                objective: None,
                edits: "v1~f.ind1=1234,5~t.x=10..20".into(),
            },
        ] {
            assert_eq!(state(&c.route().href()), c);
        }
        assert_eq!(
            Calc {
                objective: Some("ob-1".into()),
                edits: "v1~f.i%C3%A01=80~n.ob-1=Causa%20esterna".into(),
            }
            .route()
            .href(),
            "#/calcolatore?o=ob-1&m=v1~f.i%25C3%25A01=80~n.ob-1=Causa%2520esterna"
        );
        assert_eq!(Calc::default().route().href(), "#/calcolatore");
        assert_eq!(Route::parse("#/calcolatori"), Route::Sintesi);
        let r = Route::parse("#/calcolatore?o=x&m=v1~p.x=3");
        assert_eq!(r.page(), Route::Calcolatore(String::new()));
        assert_eq!(r.section(), Route::Calcolatore(String::new()));
    }

    #[test]
    fn only_the_apps_fragments_move_it() {
        for h in ["", "#", "#/", "#/obiettivi", "#/boh"] {
            assert!(Route::is_app_fragment(h), "{h}");
        }
        for h in ["#main", "#contenuto", "#top"] {
            assert!(!Route::is_app_fragment(h), "{h}");
        }
    }

    #[test]
    fn the_query_names_a_demo_or_a_file() {
        let p = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            wanted(&p(&[("piano", "lucca-2021-relazione")])),
            Wanted::Demo("lucca-2021-relazione".into())
        );
        assert_eq!(
            wanted(&p(&[("piano", "x"), ("src", "https://comune.it/p.json")])),
            Wanted::Url("https://comune.it/p.json".into())
        );
        // A demo name never climbs out of plans/.
        assert_eq!(wanted(&p(&[("piano", "../secret")])), Wanted::Nothing);
        assert_eq!(wanted(&p(&[("src", "  ")])), Wanted::Nothing);
    }

    #[test]
    fn the_comparison_names_its_second_document_in_the_fragment() {
        assert_eq!(
            Route::parse("#/confronta?piano=lucca-2021-relazione"),
            Route::Confronta(Wanted::Demo("lucca-2021-relazione".into()))
        );
        assert_eq!(
            Route::parse("#/confronta?src=https%3A%2F%2Fcomune.it%2Fb.json"),
            Route::Confronta(Wanted::Url("https://comune.it/b.json".into()))
        );
        // Unencoded slashes in the address are read as written.
        assert_eq!(
            Route::parse("#/confronta?src=plans/b.json"),
            Route::Confronta(Wanted::Url("plans/b.json".into()))
        );
        assert_eq!(
            Route::parse("#/confronta"),
            Route::Confronta(Wanted::Nothing)
        );
        assert_eq!(
            Route::parse("#/confronta/"),
            Route::Confronta(Wanted::Nothing)
        );
        // A demo name never climbs out of plans/.
        assert_eq!(
            Route::parse("#/confronta?piano=..%2Fsegreto"),
            Route::Confronta(Wanted::Nothing)
        );
        assert_eq!(Route::parse("#/confrontare"), Route::Sintesi);
        assert_eq!(
            Route::Confronta(Wanted::Demo("x".into())).section(),
            Route::Confronta(Wanted::Nothing)
        );
    }

    /// "Quanto conta" under the calculator, with the calculator's edits
    /// (not its chosen objective).
    #[test]
    fn quanto_conta_carries_the_calculators_edits() {
        assert_eq!(
            Route::parse("#/calcolatore/quanto-conta?m=v1~f.a1=80"),
            Route::QuantoConta("m=v1~f.a1=80".into())
        );
        assert_eq!(
            Route::parse("#/calcolatore/quanto-conta"),
            Route::QuantoConta(String::new())
        );
        assert_eq!(
            Route::parse("#/calcolatore/quanto-contano"),
            Route::Calcolatore(String::new())
        );
        let c = Calc {
            objective: Some("A".into()),
            edits: "v1~n.C=Causa%20esterna".into(),
        };
        assert_eq!(
            c.quanto_conta().href(),
            "#/calcolatore/quanto-conta?m=v1~n.C=Causa%2520esterna"
        );
        let back = match Route::parse(&c.quanto_conta().href()) {
            Route::QuantoConta(q) => Calc::from_query(&q),
            r => panic!("{r:?}"),
        };
        assert_eq!(back.edits, c.edits);
        assert_eq!(back.objective, None);
        assert_eq!(
            Route::QuantoConta("m=x".into()).section(),
            Route::Calcolatore(String::new())
        );
        assert_eq!(
            Route::QuantoConta("m=x".into()).page(),
            Route::QuantoConta(String::new())
        );
    }
}
