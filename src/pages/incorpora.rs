//! The "Incorpora" page: writes the snippet that puts the current document
//! and view in another website (a resizing iframe, or a direct mount in a
//! shadow root), and the direct link to cite the view. The snippets are
//! made by [`crate::embed`]; this page only collects the choices.

use std::sync::Arc;

use cruscotto_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::embed::{Mode, PlanRef, Snippet, Theme};
use crate::load;
use crate::route::Route;
use crate::state::{Ctx, Doc, Source};
use crate::text::{self, incorpora as tx};

/// Which document the snippet names: a demo by stem, a published file by
/// its absolute address; a local file has no address.
fn plan_ref(doc: &Doc) -> Option<PlanRef> {
    match &doc.source {
        Source::Demo(stem) => Some(PlanRef::Demo(stem.clone())),
        Source::Url(u) => Some(PlanRef::Url(load::absolute(u))),
        Source::Local(_) => None,
    }
}

/// A group of radio buttons with a legend.
fn radios<T: Copy + PartialEq + Send + Sync + 'static, L: Into<String>>(
    name: &'static str,
    legend: &'static str,
    choices: Vec<(T, L, Option<&'static str>)>,
    value: RwSignal<T>,
) -> impl IntoView {
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(i, (v, label, hint))| {
            let id = format!("{name}-{i}");
            let hint_id = format!("{id}-aiuto");
            let described = hint.map(|_| hint_id.clone());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name aria-describedby=described
                        prop:checked=move || value.get() == v
                        on:change=move |_| value.set(v) />
                    <label for=id>{label.into()}</label>
                    {hint.map(|h| view! { <p class="choice__hint" id=hint_id>{h}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{legend}</legend>
            {items}
        </fieldset>
    }
}

/// The embedding page, for the view whose fragment is `view`.
#[component]
pub fn IncorporaPage(doc: Arc<Doc>, view: String) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang.get_untracked();
    let t = tx::t(lang);
    let c = text::t(lang);

    let mode = RwSignal::new(Mode::Frame);
    let embed_lang = RwSignal::new(lang);
    let theme = RwSignal::new(Theme::Auto);
    let chosen = RwSignal::new(view.clone());
    let status = RwSignal::new(None::<&'static str>);

    let plan = plan_ref(&doc);
    // A document of a published archive: this one, or whichever is the
    // latest when the host page is shown.
    let archived =
        crate::archive::shown(&doc).map(|(c, i)| crate::archive::label(&c.documents[i], lang));
    let latest = RwSignal::new(false);
    let title = format!("{} – {}", c.app_title, doc.plan.document.municipality.name);
    let snippet = {
        let plan = plan.clone();
        move || Snippet {
            app_url: load::app_folder(),
            plan: if latest.get() {
                Some(PlanRef::Latest)
            } else {
                plan.clone()
            },
            lang: embed_lang.get().code(),
            view: chosen.get(),
            theme: theme.get(),
            title: title.clone(),
        }
    };
    let code = {
        let snippet = snippet.clone();
        move || snippet().html(mode.get())
    };
    let link = {
        let snippet = snippet.clone();
        move || snippet().page_url()
    };
    let copy = move |text: String| {
        status.set(None);
        spawn_local(async move {
            let ok = load::copy_text(&text).await;
            status.set(Some(if ok { t.copied } else { t.copy_failed }));
        });
    };

    // The start pages: the one the reader came from, then the sections.
    let mut views: Vec<(String, String)> = Vec::new();
    let sections = [
        (Route::Sintesi, c.nav_sintesi),
        (Route::Obiettivi, c.nav_obiettivi),
        (Route::Uffici, c.nav_uffici),
        (Route::Risorse, c.nav_risorse),
        (Route::Verifiche, c.nav_verifiche),
    ];
    let fragment = |r: &Route| r.href().trim_start_matches("#/").to_string();
    if !view.is_empty() && !sections.iter().any(|(r, _)| fragment(r) == view) {
        let here = crate::pages::title(&Route::parse(&format!("#/{view}")), &doc, lang);
        views.push((view.clone(), format!("{}: {here}", t.view_current)));
    }
    for (r, label) in sections {
        let f = if r == Route::Sintesi {
            String::new()
        } else {
            fragment(&r)
        };
        views.push((f, label.to_string()));
    }
    let options = views
        .into_iter()
        .map(|(v, label)| {
            let selected = v == view;
            view! { <option value=v selected=selected>{label}</option> }
        })
        .collect_view();

    let local = plan
        .is_none()
        .then(|| view! { <p class="notice" role="note">{t.local_warning}</p> });
    let code_for_copy = code.clone();
    let link_for_copy = link.clone();

    view! {
        <h1 id="titolo-pagina" tabindex="-1">{t.heading}</h1>
        <p class="lead">{t.intro}</p>
        {local}
        <form class="embed-form" on:submit=|ev| ev.prevent_default() aria-label=t.settings>
            {archived.map(|this| {
                let a = text::archivio::t(lang);
                radios("documento", a.embed_which, vec![
                    (false, format!("{}: {this}", a.embed_this), None),
                    (true, a.embed_latest.to_string(), Some(a.embed_latest_hint)),
                ], latest)
            })}
            {radios("modo", t.mode, vec![
                (Mode::Frame, t.mode_frame, Some(t.mode_frame_hint)),
                (Mode::Mount, t.mode_mount, Some(t.mode_mount_hint)),
            ], mode)}
            <div class="field">
                <label for="embed-vista">{t.view}</label>
                <select id="embed-vista" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            {radios("lingua", t.language, vec![
                (Lang::It, "Italiano", None),
                (Lang::En, "English", None),
            ], embed_lang)}
            {radios("tema", t.theme, Theme::ALL.iter().map(|&th| (th, t.theme_name(th), None)).collect(), theme)}
        </form>
        <h2>{t.code_heading}</h2>
        <label class="field__label" for="embed-codice">{t.code_label}</label>
        <textarea id="embed-codice" class="snippet" readonly rows="6" spellcheck="false" prop:value=code></textarea>
        <p class="embed-actions">
            <button type="button" class="button" on:click=move |_| copy(code_for_copy())>{t.copy}</button>
            " "
            <button type="button" class="button button--secondary" on:click=move |_| copy(link_for_copy())>{t.copy_link}</button>
        </p>
        <p class="embed-status" role="status">{move || status.get()}</p>
        <h2>{t.link_heading}</h2>
        <p>{t.link_intro} " " <a class="embed-link" href=link.clone()>{link.clone()}</a></p>
        <p>{t.docs}</p>
    }
}
