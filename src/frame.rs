//! The page frame around every view: header (app name, document,
//! language), navigation, the import and errors banners, the main part,
//! the footer (file, approval act, fingerprint checked against the
//! manifest), and the loading states.

use cruscotto_core::{Lang, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use crate::open::source_label;
use crate::route::Route;
use crate::state::{Ctx, Fingerprint, Source};
use crate::text::{self, common};

/// What is being loaded (the file, when there is one), announced politely.
pub fn loading(label: &'static str, what: Option<String>) -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <span class="loading__spinner" aria-hidden="true"></span>
            <p>{label} {what.map(|w| view! { " " <code>{w}</code> })}</p>
        </div>
    }
}

/// A view the first build does not carry: the full build is loaded and
/// takes over (the reader sees that it is loading, or why it failed).
#[component]
pub fn FullLoader() -> impl IntoView {
    let ctx = Ctx::get();
    let failed = RwSignal::new(false);
    spawn_local(async move {
        // On success this app is gone: nothing of it may be touched.
        if load::start_full().await.is_err() {
            failed.try_set(true);
        }
    });
    move || {
        let lang = ctx.lang.get();
        if failed.get() {
            let t = text::t(lang);
            view! {
                <h1 id="titolo-pagina" tabindex="-1">{common::full_failed_heading(lang)}</h1>
                <p class="full-failed" role="alert">{load::LoadError::Full.message(lang)}</p>
                <p><a href=Route::Sintesi.href()>{t.nav_sintesi}</a></p>
            }
            .into_any()
        } else {
            loading(common::loading_full(lang), None).into_any()
        }
    }
}

/// The main content: `<main>` on the app's own page, a plain element inside
/// another page (which has its own `<main>`).
#[component]
pub fn MainPart(embedded: bool, children: Children) -> impl IntoView {
    if embedded {
        view! { <div id="contenuto" class="container main" tabindex="-1">{children()}</div> }
            .into_any()
    } else {
        view! { <main id="contenuto" class="container main" tabindex="-1">{children()}</main> }
            .into_any()
    }
}

/// The header: app name, the document's municipality and title, language, navigation.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = Ctx::get();
    let doc_line = move || {
        ctx.ready().map(|d| {
            let lang = ctx.lang.get();
            let doc = &d.plan.document;
            let period = if doc.period.start == doc.period.end {
                doc.period.start.to_string()
            } else {
                format!("{}–{}", doc.period.start, doc.period.end)
            };
            view! {
                <p class="site-header__doc">
                    <span class="site-header__municipality">{doc.municipality.name.clone()}</span>
                    <span class="site-header__title">{format!("{} · {} · {period}", doc.title, common::document_kind(lang, doc.kind))}</span>
                </p>
            }
        })
    };
    let switch_lang = move |_| {
        let next = if ctx.lang.get_untracked() == Lang::It {
            Lang::En
        } else {
            Lang::It
        };
        load::store_lang(next);
        load::set_query(&[("lang", Some(next.code()))], &load::current_hash());
        ctx.lang.set(next);
    };
    view! {
        <header class="site-header">
            <div class="container site-header__bar">
                <div>
                    <p class="site-header__app">
                        <a href="#/sintesi">{move || text::t(ctx.lang.get()).app_title}</a>
                    </p>
                    {doc_line}
                </div>
                <button type="button" class="lang-switch" on:click=switch_lang
                    lang=move || text::t(ctx.lang.get()).lang_other_code
                    aria-label=move || format!("{}: {}", text::t(ctx.lang.get()).lang_label, text::t(ctx.lang.get()).lang_other)>
                    {move || text::t(ctx.lang.get()).lang_other}
                </button>
            </div>
            <Nav />
        </header>
    }
}

/// The sections of the document; the current one is `aria-current="page"`.
/// On narrow screens (style/layout.css) the list is behind a menu button
/// (`aria-expanded`, which the style follows, and `aria-controls`): Escape
/// closes it and gives the focus back to the button, choosing a section
/// closes it. On wide screens the button is not drawn and the list always
/// shows.
#[component]
fn Nav() -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.try_get_untracked() == Some(true) {
            open.set(false);
            load::focus("menu-sezioni-pulsante");
        }
    });
    on_cleanup(move || on_key.remove());
    move || {
        ctx.ready()?;
        let t = text::t(ctx.lang.get());
        let section = ctx.route.get().section();
        let items = [
            (Route::Sintesi, t.nav_sintesi),
            (Route::Obiettivi, t.nav_obiettivi),
            (Route::Cerca(String::new()), t.nav_cerca),
            (Route::Uffici, t.nav_uffici),
            (Route::Risorse, t.nav_risorse),
            (Route::Verifiche, t.nav_verifiche),
            (Route::Glossario(None), t.nav_glossario),
            (Route::Documents, t.nav_documents),
        ];
        let links = items
            .into_iter()
            .map(|(r, label)| {
                let current = (r == section).then_some("page");
                view! { <li><a href=r.href() aria-current=current on:click=move |_| open.set(false)>{label}</a></li> }
            })
            .collect_view();
        Some(view! {
            <nav class="site-nav" aria-label=t.nav_label>
                <div class="container">
                    <button type="button" id="menu-sezioni-pulsante" class="site-nav__toggle" aria-controls="menu-sezioni"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        on:click=move |_| open.update(|o| *o = !*o)>
                        <span class="site-nav__icon" aria-hidden="true"></span>
                        {t.nav_menu}
                    </button>
                    <ul id="menu-sezioni" class="site-nav__list">{links}</ul>
                </div>
            </nav>
        })
    }
}

/// A warning above every page when the file has errors.
#[component]
pub fn ErrorsBanner() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let d = ctx.ready()?;
        let errors = d.count(Severity::Error);
        (errors > 0 && ctx.route.get() != Route::Verifiche).then(|| {
            let t = text::t(ctx.lang.get());
            view! {
                <div class="errors-banner" role="note">
                    <p>{t.errors_banner} " " <a href=Route::Verifiche.href()>{t.errors_banner_link}</a></p>
                </div>
            }
        })
    }
}

/// Above every page of a plan converted from a spreadsheet: the download
/// of the JSON and every problem found, at its sheet, row and column.
#[component]
pub fn ImportBanner() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let d = ctx.ready()?;
        let imp = d.imported.clone()?;
        let lang = ctx.lang.get();
        let t = text::documenti::t(lang);
        let problems = if imp.problems.is_empty() {
            view! { <p>{t.import_none}</p> }.into_any()
        } else {
            let items = imp
                .problems
                .iter()
                .map(|p| view! { <li class=format!("import-banner__problem import-banner__problem--{}", p.severity.as_str())>{p.message(lang).to_string()}</li> })
                .collect_view();
            view! { <p>{t.import_problems}</p> <ul class="import-banner__list">{items}</ul> }
                .into_any()
        };
        let download = imp.download.clone().map(|href| {
            view! { <p><a class="button" id="scarica-json" href=href download=imp.file_name.clone()>{t.import_download}</a></p> }
        });
        Some(view! {
            <section class="import-banner" aria-labelledby="import-titolo">
                <h2 id="import-titolo" class="import-banner__title">{t.import_heading}</h2>
                <p>{t.import_intro}</p>
                {download}
                {problems}
            </section>
        })
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let t = text::t(ctx.lang.get());
        let doc = ctx.ready();
        let source = doc
            .as_ref()
            .and_then(|d| d.plan.document.source_url.clone())
            .filter(|u| cruscotto_core::richtext::is_safe_url(u));
        // Which file is shown, and how big: publishers check they see the right one.
        let file = doc.map(|d| {
            let name = match &d.source {
                Source::Local(n) => format!("{n} ({})", t.local_file),
                other => source_label(other),
            };
            let kb = cruscotto_core::it::number(rust_decimal::Decimal::from(d.bytes as u64) / rust_decimal::Decimal::from(1024), 1);
            view! { <p class="site-footer__file">{t.file_label} ": " <code>{name}</code> {format!(" · {kb} {}", t.bytes_unit)}</p> }
        });
        let embed = ctx.ready().map(|_| {
            let href = ctx.route.get().embed_link().href();
            view! { <li><a href=href>{text::incorpora::t(ctx.lang.get()).footer_link}</a></li> }
        });
        // The approval act and the fingerprint of the bytes loaded, checked
        // against the publication manifest when it names this file.
        let fingerprint = ctx.ready().map(|d| {
            let lang = ctx.lang.get();
            let approval = d
                .published
                .as_ref()
                .and_then(|p| p.approval.clone())
                .or_else(|| d.plan.document.approval.clone())
                .map(|a| view! { <p id="atto-approvazione">{format!("{}.", cruscotto_kit::messages::approved(&a, lang))}</p> });
            // The fingerprint arrives a moment after the document: the
            // line and its check appear when it is known.
            let published = d.published.clone();
            let fingerprint = d.fingerprint.clone();
            let known = move || match fingerprint.get() {
                Fingerprint::Pending => None,
                Fingerprint::Unavailable => Some(view! { <p id="impronta-assente">{t.fingerprint_unavailable}</p> }.into_any()),
                Fingerprint::Known(hex) => {
                    let check = published.as_ref().map(|p| {
                        if p.expected == hex {
                            view! { <p id="verifica-impronta" class="site-footer__check site-footer__check--ok">{t.manifest_ok}</p> }.into_any()
                        } else {
                            view! { <p id="verifica-impronta" class="site-footer__check site-footer__check--bad">{t.manifest_mismatch} " " <code class="site-footer__hash">{p.expected.clone()}</code></p> }.into_any()
                        }
                    });
                    Some(view! {
                        <p>{t.fingerprint_label} ": " <code id="impronta" class="site-footer__hash">{hex}</code></p>
                        {check}
                    }.into_any())
                }
            };
            view! {
                {approval}
                {known}
            }
        });
        view! {
            <footer class="site-footer">
                <div class="container">
                    {file}
                    {fingerprint}
                    <p>{t.footer_privacy}</p>
                    <ul class="site-footer__links">
                        {source.map(|u| view! { <li><a href=u rel="noopener noreferrer">{t.footer_source}</a></li> })}
                        {embed}
                        <li><a href=load::app_file("schema/v1.json")>{t.footer_schema}</a></li>
                    </ul>
                </div>
            </footer>
        }
    }
}
