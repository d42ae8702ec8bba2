//! The glossary: short definitions, in plain words, of the terms the
//! documents use. Other pages link a word to `#/glossario/<key>`; the entry's
//! `<dt id="glossario-<key>">` is then highlighted and receives the focus.

use leptos::prelude::*;

use crate::load;
use crate::state::Ctx;
use crate::text::{self, glossario as tx};

/// The glossary, optionally at one term.
#[component]
pub fn GlossarioPage(term: Option<String>) -> impl IntoView {
    let ctx = Ctx::get();
    let current = term.clone();
    // Focus the entry once it is on screen. Two frames: the shell focuses the
    // page's heading one frame after a navigation; the entry must win.
    if let Some(key) = term.filter(|k| tx::entry(ctx.lang.get_untracked(), k).is_some()) {
        Effect::new(move |_| {
            let id = format!("glossario-{key}");
            request_animation_frame(move || request_animation_frame(move || load::focus(&id)));
        });
    }
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let unknown = current
            .clone()
            .filter(|k| tx::entry(lang, k).is_none())
            .map(|k| {
                view! { <p class="glossario__unknown">{t.unknown_before}<code>{k}</code>{t.unknown_after}</p> }
            });
        let sections = t
            .sections
            .iter()
            .map(|s| {
                let heading = format!("glossario-sezione-{}", s.key);
                let labelled_by = heading.clone();
                let entries = s
                    .entries
                    .iter()
                    .map(|e| {
                        let on = current.as_deref() == Some(e.key);
                        view! {
                            <div class="glossario__entry" class:glossario__entry--current=on>
                                <dt id=format!("glossario-{}", e.key) tabindex="-1">{e.term}</dt>
                                <dd>{e.definition}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="glossario__section" aria-labelledby=labelled_by>
                        <h2 id=heading>{s.title}</h2>
                        <dl class="glossario__list">{entries}</dl>
                    </section>
                }
            })
            .collect_view();
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{text::t(lang).nav_glossario}</h1>
            <p class="lead">{t.intro}</p>
            {unknown}
            {sections}
        }
    }
}
