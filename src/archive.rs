//! The archive of a published folder (full build only): its catalogue
//! (`catalogo.json`, read by the kit's [`parse_catalogue`]) and what the
//! pages draw of it: the documents by year on the chooser, the bar that
//! says which document a view shows and links the same view of the
//! others, the embed snippet's choice of a document or the latest.
//!
//! The catalogue is read once, by the full build's way of opening a plan
//! ([`open_url`], which the full build gives [`crate::open::Opener`]),
//! before the document it opens: opening an archive fetches the manifest, the catalogue and the
//! chosen document, nothing else. Every document is then checked against
//! its catalogue entry (SHA-256, act) in the footer, as the manifest's is.
//! (The first load reads no catalogue: it shows the document the manifest
//! or the address names; its «Cambia documento» hands over to the full
//! build, which lists the archive.)

use std::sync::Arc;

use cruscotto_core::Lang;
use cruscotto_kit::catalogue::{parse_catalogue, Catalogue, CatalogueError, Entry};
use cruscotto_kit::publish::Manifest;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use crate::open::Opener;
use crate::route::Route;
use crate::state::{Ctx, Doc, Source};
use crate::text::archivio as tx;

/// What was read of the catalogue.
#[derive(Clone)]
pub enum Read {
    /// The folder's catalogue.
    Ok(Arc<Catalogue>),
    /// It is there but cannot be read: its address and why.
    Failed(String, CatalogueError),
    /// The folder has none (published before catalogues existed).
    Missing,
}

thread_local! {
    /// The catalogue, once read (a signal: the chooser may be drawn before
    /// it arrives).
    static READ: ArcRwSignal<Option<Read>> = ArcRwSignal::new(None);
}

fn read() -> ArcRwSignal<Option<Read>> {
    READ.with(Clone::clone)
}

/// The catalogue, if the folder has one that reads (tracked).
pub fn catalogue() -> Option<Arc<Catalogue>> {
    match read().get() {
        Some(Read::Ok(c)) => Some(c),
        _ => None,
    }
}

/// Why the folder's catalogue cannot be read, if it cannot (tracked).
pub fn problem(lang: Lang) -> Option<String> {
    match read().get() {
        Some(Read::Failed(url, e)) => {
            Some(cruscotto_kit::messages::catalogue_error(&e, &url, lang))
        }
        _ => None,
    }
}

/// Reads the folder's catalogue, once.
async fn read_once() {
    if read().get_untracked().is_some() {
        return;
    }
    let url = load::catalogue_url();
    let state = match load::fetch_bytes(&url).await {
        Ok(bytes) => match parse_catalogue(&bytes) {
            Ok(c) => Read::Ok(Arc::new(c)),
            Err(e) => Read::Failed(url, e),
        },
        Err(_) => Read::Missing,
    };
    read().set(Some(state));
}

/// What the published folder states of the document at `url`: its
/// catalogue's entry (file, fingerprint, act, publication date), as a
/// manifest would, else the folder's `manifest`. The catalogue is read
/// only in a published folder (a manifest that names a plan), once.
async fn catalogued(manifest: Option<Manifest>, url: &str) -> Option<Manifest> {
    manifest.as_ref()?;
    read_once().await;
    let listed = read().with_untracked(|r| match r {
        Some(Read::Ok(c)) => c
            .documents
            .iter()
            .find(|e| address(e) == url || e.file == url)
            .map(|e| Manifest {
                plan: url.to_string(),
                sha256: e.sha256.clone(),
                approval: e.approval.clone(),
                generated_at: e.published_on.clone(),
                documents: Some(c.documents.len() as u32),
            }),
        _ => None,
    });
    listed.or(manifest)
}

/// The full build's [`crate::open::OpenUrl`]: fetches and shows a plan,
/// checked against its catalogue entry (the manifest's, in a folder
/// without catalogue).
pub fn open_url(opener: &Opener, url: String, source: Source, ticket: u64) {
    let opener = *opener;
    opener.loading(url.clone());
    spawn_local(async move {
        let lang = opener.lang();
        let manifest = catalogued(opener.manifest().await, &url).await;
        let state = crate::open::fetch_document(url, source, lang, manifest.as_ref()).await;
        opener.show(ticket, state);
    });
}

/// Where a document of the catalogue is fetched from: next to the app
/// (inside a host page too). The address names it this way (`?src=`).
pub fn address(e: &Entry) -> String {
    load::app_file(&e.file)
}

/// The catalogue and the position in it of the document shown, when it is
/// one of the archive's.
pub fn shown(doc: &Doc) -> Option<(Arc<Catalogue>, usize)> {
    let Source::Url(url) = &doc.source else {
        return None;
    };
    let c = catalogue()?;
    let i = c
        .documents
        .iter()
        .position(|e| &address(e) == url || &e.file == url)?;
    Some((c, i))
}

/// `Relazione 2024`.
pub fn label(e: &Entry, lang: Lang) -> String {
    tx::short(lang, e.kind, e.reference_year)
}

/// The address of a view of a document of the archive.
fn href(e: &Entry, route: &Route) -> String {
    format!(
        "?src={}{}",
        crate::route::percent_encode(&address(e), b"/:"),
        route.href()
    )
}

/// Opens a document of the archive at the view `route` (recorded in the
/// address: Back returns to the document before).
pub fn open(opener: Opener, e: &Entry, route: &Route) {
    load::set_query(
        &[("src", Some(&address(e))), ("piano", None)],
        &route.href(),
    );
    opener.follow_address();
}

/// Above every view of a document of the archive: which document it is,
/// and the same view in each of the others.
#[component]
pub fn DocSwitch(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let opener = expect_context::<Opener>();
    move || {
        let (c, here) = shown(&doc)?;
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let links = c
            .documents
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let current = (i == here).then_some("true");
                let target = e.clone();
                view! {
                    <li>
                        <a href=move || href(&target, &ctx.route.get()) aria-current=current
                            on:click={
                                let e = e.clone();
                                move |ev| {
                                    ev.prevent_default();
                                    if i != here {
                                        open(opener, &e, &ctx.route.get_untracked());
                                    }
                                }
                            }>{label(e, lang)}</a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <nav class="archivio-barra" aria-label=t.bar_label>
                <p class="archivio-barra__ora">
                    {t.bar_showing} ": " <strong id="documento-mostrato">{label(&c.documents[here], lang)}</strong>
                    ". " {t.bar_others}
                </p>
                <ul class="archivio-barra__documenti">{links}</ul>
            </nav>
        })
    }
}

/// The chooser's list of the archive's documents, by year: kind, title,
/// approval act, publication date; the latest and the one open marked.
/// `None` when the folder has no catalogue.
#[component]
pub fn ArchiveList() -> impl IntoView {
    let ctx = Ctx::get();
    let opener = expect_context::<Opener>();
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        if let Some(p) = problem(lang) {
            return Some(
                view! { <p class="notice" role="note">{t.unreadable} " " {p}</p> }.into_any(),
            );
        }
        let c = catalogue()?;
        let open_now = ctx.ready().and_then(|d| shown(&d)).map(|(_, i)| i);
        let latest = c.latest().map(|e| e.file.clone());
        let mut years: Vec<i32> = c.documents.iter().map(|e| e.reference_year).collect();
        years.dedup();
        years.reverse();
        let groups = years
            .into_iter()
            .map(|year| {
                let cards = c
                    .documents
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.reference_year == year)
                    .map(|(i, e)| {
                        let kind = crate::text::common::document_kind(lang, e.kind);
                        let act = e.approval.as_ref().map_or_else(
                            || t.approval_none.to_string(),
                            |a| cruscotto_kit::messages::approval(a, lang),
                        );
                        let date = e.published_on.as_ref().map(|d| {
                            view! { <span class="doc-card__meta">{format!("{} {}", t.published_on, cruscotto_core::it::date(d))}</span> }
                        });
                        let marks = [
                            (latest.as_deref() == Some(e.file.as_str())).then_some(t.latest),
                            (open_now == Some(i)).then_some(t.shown),
                        ]
                        .into_iter()
                        .flatten()
                        .map(|m| view! { <span class="badge">{m}</span> " " })
                        .collect_view();
                        let entry = e.clone();
                        view! {
                            <li class="doc-card" data-file=e.file.clone()>
                                <a class="doc-card__link" href=href(e, &Route::Sintesi) on:click=move |ev| {
                                    ev.prevent_default();
                                    ctx.route.set(Route::Sintesi);
                                    open(opener, &entry, &Route::Sintesi);
                                }>
                                    <span class="doc-card__municipality">{format!("{kind} {year}")}</span>
                                    <span class="doc-card__title">{e.title.clone()}</span>
                                    <span class="doc-card__meta">{act}</span>
                                    {date}
                                    <span class="doc-card__marks">{marks}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                let id = format!("archivio-{year}");
                view! {
                    <section aria-labelledby=id.clone()>
                        <h3 id=id.clone()>{year}</h3>
                        <ul class="doc-list">{cards}</ul>
                    </section>
                }
            })
            .collect_view();
        Some(
            view! {
                <section aria-labelledby="archivio" class="archivio">
                    <h2 id="archivio">{format!("{} – {}", t.heading, c.municipality.name)}</h2>
                    <p>{t.intro}</p>
                    {groups}
                </section>
            }
            .into_any(),
        )
    }
}
