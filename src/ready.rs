//! "This view has finished rendering", as an attribute of the app's root
//! element: `data-pronto="#/obiettivi"` (the view's address without its
//! query, [`key`]; `errore` for a document that could not be read). Tests wait for it instead of guessing; a view that
//! draws itself in steps (the whole document) sets it when the last step is
//! drawn.

use leptos::prelude::*;
use std::time::Duration;

use crate::route::Route;

/// The mark of a view: its address without the query (`#/cerca`,
/// `#/obiettivi/op1`, `#/confronta`).
pub fn key(route: &Route) -> String {
    let href = route.href();
    match href.split_once('?') {
        Some((path, _)) => path.to_string(),
        None => href,
    }
}

/// The mark and who may set it.
#[derive(Clone, Copy)]
pub struct Ready {
    /// The attribute's value: `None` while a view is being drawn.
    mark: RwSignal<Option<String>>,
    /// The view being drawn (each `begin` starts a new one).
    generation: StoredValue<u64>,
    /// Its key.
    key: StoredValue<String>,
    /// The view marks itself (see [`Ready::defer`]).
    deferred: StoredValue<bool>,
}

/// What a view that draws itself in steps calls when it is done.
#[derive(Clone, Copy)]
pub struct Done {
    ready: Ready,
    generation: u64,
}

impl Done {
    /// The view is drawn: the mark is set (unless another view began since).
    pub fn mark(self) {
        let r = self.ready;
        if r.generation.get_value() == self.generation {
            r.mark.set(Some(r.key.get_value()));
        }
    }
}

impl Ready {
    /// A new mark (provided as context by the app).
    pub fn new() -> Ready {
        Ready {
            mark: RwSignal::new(None),
            generation: StoredValue::new(0),
            key: StoredValue::new(String::new()),
            deferred: StoredValue::new(false),
        }
    }

    /// The mark from the context.
    pub fn get() -> Ready {
        expect_context::<Ready>()
    }

    /// The attribute's value.
    pub fn value(&self) -> Option<String> {
        self.mark.get()
    }

    /// A view named `key` begins to be drawn: the mark goes now and comes
    /// back once the current drawing is over (after the task that draws it),
    /// unless the view called [`Ready::defer`].
    pub fn begin(&self, key: String) {
        let g = self.generation.get_value() + 1;
        self.generation.set_value(g);
        self.key.set_value(key);
        self.deferred.set_value(false);
        if self.mark.get_untracked().is_some() {
            self.mark.set(None);
        }
        let this = *self;
        set_timeout(
            move || {
                if !this.deferred.get_value() {
                    Done {
                        ready: this,
                        generation: g,
                    }
                    .mark();
                }
            },
            Duration::ZERO,
        );
    }

    /// The view being drawn finishes later: it calls [`Done::mark`].
    pub fn defer(&self) -> Done {
        self.deferred.set_value(true);
        Done {
            ready: *self,
            generation: self.generation.get_value(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_address_without_its_query() {
        for (route, k) in [
            (Route::Sintesi, "#/sintesi"),
            (Route::Cerca("q=citta&sdg=11".into()), "#/cerca"),
            (Route::Obiettivo("op 1".into()), "#/obiettivi/op%201"),
            (
                Route::Confronta(crate::route::Wanted::Demo("porcari".into())),
                "#/confronta",
            ),
        ] {
            assert_eq!(key(&route), k);
        }
    }
}
