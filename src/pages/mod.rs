//! One module per page. Each page is a component taking the loaded document;
//! it reads the language from the context and starts with
//! `<h1 id="titolo-pagina" tabindex="-1">` (focused after navigation).

pub mod calcolatore;
pub mod cerca;
pub mod compila;
pub mod confronta;
pub mod documenti;
pub mod glossario;
pub mod incorpora;
pub mod obiettivi;
pub mod obiettivo;
pub mod quanto_conta;
pub mod risorse;
pub mod simulata;
pub mod sintesi;
pub mod stampa;
pub mod uffici;
pub mod verifiche;

use std::sync::Arc;

use cruscotto_core::Lang;
use leptos::prelude::*;

use crate::route::Route;
use crate::state::Doc;
use crate::text;

/// The views of the first load (`cruscotto-web`): the overview; `None`
/// for the others, which the full build draws. (`public/incorpora.js`,
/// `firstLoadView`, knows this list too.)
pub fn render_first(route: Route, doc: Arc<Doc>) -> Option<AnyView> {
    let archive = doc
        .published
        .as_ref()
        .and_then(|p| p.documents)
        .filter(|&n| n > 1)
        .map(archive_hint);
    first_carries(&route).then(|| {
        view! { {archive} <sintesi::SintesiPage doc=doc findings=|_, _| None /> }.into_any()
    })
}

/// On the first load's overview of a document of a published archive of
/// `n` documents (the manifest says how many): a sentence and a link to the
/// archive's documents by year (the chooser, a view of the full build, which
/// also draws above every view the bar of the archive's documents and, on
/// the overview, the history across years: the first load carries neither).
fn archive_hint(n: u32) -> AnyView {
    let lang = crate::state::Ctx::get().lang;
    let words = move || text::archivio::first_hint(lang.get(), n);
    view! {
        <p class="archivio-primo">
            {move || words().0} " "
            <a href=Route::Documents.href()>{move || words().1}</a>
        </p>
    }
    .into_any()
}

/// The routes [`render_first`] draws.
pub fn first_carries(route: &Route) -> bool {
    matches!(route, Route::Sintesi)
}

/// The document chooser (full build).
pub fn chooser() -> Option<AnyView> {
    Some(view! { <documenti::DocumentsPage /> }.into_any())
}

/// Every view (`cruscotto-full`): above each view of a document of a
/// published archive, the bar that says which document it is and links the
/// same view of the others.
pub fn render_all(route: Route, doc: Arc<Doc>) -> Option<AnyView> {
    let bar = (!matches!(route, Route::Documents | Route::Incorpora(_)))
        .then(|| view! { <crate::archive::DocSwitch doc=doc.clone() /> });
    Some(view! { {bar} {render(route, doc)} }.into_any())
}

/// The page of a route, for a loaded document.
fn render(route: Route, doc: Arc<Doc>) -> AnyView {
    match route {
        Route::Documents => view! { <documenti::DocumentsPage /> }.into_any(),
        Route::Sintesi => view! {
            <sintesi::SintesiPage doc=doc.clone() findings=sintesi::findings />
            <crate::history::SintesiHistory doc=doc />
        }
        .into_any(),
        Route::Obiettivi => view! { <obiettivi::ObiettiviPage doc=doc /> }.into_any(),
        Route::Obiettivo(id) => view! { <obiettivo::ObiettivoPage doc=doc id=id /> }.into_any(),
        Route::Uffici => view! { <uffici::UfficiPage doc=doc /> }.into_any(),
        Route::Ufficio(id) => view! { <uffici::UfficioPage doc=doc id=id /> }.into_any(),
        Route::Risorse => view! {
            <risorse::RisorsePage doc=doc.clone() />
            <crate::history::RisorseHistory doc=doc />
        }
        .into_any(),
        Route::Verifiche => view! { <verifiche::VerifichePage doc=doc /> }.into_any(),
        Route::Glossario(term) => view! { <glossario::GlossarioPage term=term /> }.into_any(),
        Route::Cerca(_) => view! { <cerca::CercaPage doc=doc /> }.into_any(),
        Route::Incorpora(v) => view! { <incorpora::IncorporaPage doc=doc view=v /> }.into_any(),
        Route::Stampa => view! { <stampa::StampaPage doc=doc /> }.into_any(),
        Route::Confronta(_) => view! { <confronta::ConfrontaPage doc=doc /> }.into_any(),
        Route::Calcolatore(_) => view! { <calcolatore::CalcolatorePage doc=doc /> }.into_any(),
        Route::QuantoConta(_) => view! { <quanto_conta::QuantoContaPage doc=doc /> }.into_any(),
        Route::Simulata(view, edits) => {
            view! { <simulata::SimulataPage doc=doc view=*view edits=edits /> }.into_any()
        }
    }
}

/// The page's title, for the browser tab.
pub fn title(route: &Route, doc: &Doc, lang: Lang) -> String {
    let t = text::t(lang);
    match route {
        Route::Documents => t.docs_heading.into(),
        Route::Sintesi => t.nav_sintesi.into(),
        Route::Obiettivi => t.nav_obiettivi.into(),
        Route::Obiettivo(id) => doc.node_by_id(id).map_or_else(
            || t.nav_obiettivi.to_string(),
            |i| doc.node(i).title.clone(),
        ),
        Route::Uffici => t.nav_uffici.into(),
        Route::Ufficio(id) => doc
            .unit_by_id(id)
            .map_or_else(|| t.nav_uffici.to_string(), |i| doc.unit(i).name.clone()),
        Route::Risorse => t.nav_risorse.into(),
        Route::Verifiche => t.nav_verifiche.into(),
        Route::Glossario(_) => t.nav_glossario.into(),
        Route::Cerca(_) => t.nav_cerca.into(),
        Route::Incorpora(_) => text::incorpora::t(lang).heading.into(),
        Route::Stampa => text::tools::t(lang).whole_heading.into(),
        Route::Confronta(_) => text::confronta::t(lang).heading.into(),
        Route::Calcolatore(_) => text::calcolatore::heading(lang).into(),
        Route::QuantoConta(_) => text::quanto_conta::heading(lang).into(),
        Route::Simulata(view, _) => {
            format!(
                "{} ({})",
                title(view, doc, lang),
                text::simulata::title(lang)
            )
        }
    }
}
