//! The calculator (`#/calcolatore`): what if an indicator reached another
//! value, an objective weighed more, or were neutralised. The edits are the
//! core's ([`cruscotto_core::edits`]), applied by its
//! [`Calculator`](cruscotto_core::simulate::Calculator) (in place, scores
//! only, what each changed); they live in the address in the core's text
//! form (`#/calcolatore?o=ID&m=v1~f.ind1=80`), nothing else is stored. The
//! figures are those `cruscotto score FILE --modifica … ` prints.

use std::sync::Arc;

use cruscotto_core::edits::{self, Edit, Field, Value};
use cruscotto_core::simulate::Calculator;
use cruscotto_core::{it, messages, Dec, Lang};
use leptos::prelude::*;

use crate::components::table_region::DataTable;
use crate::load;
use crate::route::{Calc, Route};
use crate::state::{Ctx, Doc};
use crate::text::calcolatore as tx;

/// The edits of the address applied to the document.
struct Sim {
    /// The calculator after every edit that applies: one for the page,
    /// changed in place by each field ([`Calculator::set`]: one scoring
    /// pass).
    calc: Calculator,
    /// The first edit of the address that does not (its sentence).
    error: Option<String>,
}

impl Sim {
    /// The value of a field as edited, or `document`'s.
    fn current(&self, field: Field, id: &str, document: &Value) -> Value {
        self.calc
            .edited(field, id)
            .map_or_else(|| document.clone(), Value::clone)
    }

    /// The edits in the text form of the address (empty: none).
    fn text(&self) -> String {
        let list = self.calc.edits();
        if list.is_empty() {
            String::new()
        } else {
            edits::print_edits(&list)
        }
    }
}

/// The calculator over `doc` with `edits` (the text form) applied, up to
/// the first that does not apply: what the address asks for (a reload, a
/// pasted link, Back), replayed once.
fn simulate(doc: &Doc, edits: &str, lang: Lang) -> Sim {
    let (calc, error) = Calculator::with_text(doc.plan.clone(), doc.analysis.scores.clone(), edits);
    Sim {
        calc,
        error: error.map(|e| e.message(lang)),
    }
}

/// A value as an input shows it (a range as it is typed, `10..20`).
fn input_text(v: &Value) -> String {
    match v {
        Value::Clear => String::new(),
        Value::Reason(r) => r.clone(),
        Value::Range(a, b) => format!(
            "{}..{}",
            Value::Number(*a).display(),
            Value::Number(*b).display()
        ),
        v => v.display(),
    }
}

fn pct(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(|| tx::t(lang).none.to_string(), it::percent)
}

/// The document's value of a field of objective `node` (or of its
/// indicator `indicator`), or `None` where the field does not apply (the
/// core's rule: no final value for a target in words …).
fn document_value(doc: &Doc, node: usize, field: Field, indicator: Option<usize>) -> Option<Value> {
    let o = doc.node(node);
    match indicator {
        None => Some(edits::objective_value(o, field)),
        Some(k) => edits::indicator_value(&o.indicators[k], field).ok(),
    }
}

/// The calculator page.
#[component]
pub fn CalcolatorePage(doc: Arc<Doc>) -> impl IntoView {
    let ctx = Ctx::get();
    let from_route = |r: &Route| match r {
        Route::Calcolatore(q) => Some(Calc::from_query(q)),
        _ => None,
    };
    let state = RwSignal::new(ctx.route.with_untracked(from_route).unwrap_or_default());
    let sim = RwSignal::new(simulate(
        &doc,
        &state.with_untracked(|s| s.edits.clone()),
        ctx.lang.get_untracked(),
    ));
    // The field (`field key.id`) → the text typed and what is wrong with it.
    let errors = RwSignal::new(Vec::<(String, String, String)>::new());
    let announcement = RwSignal::new(String::new());

    // The address moved (back, forward, a pasted link): its edits are the
    // page's.
    let d = doc.clone();
    Effect::new(move |_| {
        let Some(c) = ctx.route.with(from_route) else {
            return;
        };
        if state.with_untracked(|s| *s == c) {
            return;
        }
        if state.with_untracked(|s| s.edits != c.edits) {
            let s = simulate(&d, &c.edits, ctx.lang.get_untracked());
            announcement.set(tx::announce(
                ctx.lang.get_untracked(),
                &pct(s.calc.scores().overall, ctx.lang.get_untracked()),
            ));
            sim.set(s);
            errors.set(Vec::new());
        }
        state.set(c);
    });
    // The page's state moved: into the address.
    let commit = move |c: Calc, push: bool| {
        let route = c.route();
        state.set(c);
        if ctx.route.with_untracked(|r| *r != route) {
            load::set_hash(&route.href(), push);
            ctx.route.set(route);
        }
    };

    // A field was changed: read and applied in place (one scoring pass,
    // which is also the check), or said wrong on the field.
    let edit_field = move |field: Field, id: String, typed: String| {
        let lang = ctx.lang.get_untracked();
        let key = format!("{}.{id}", field.key());
        let value = match edits::parse_input(field, &typed) {
            Ok(v) => v,
            Err(p) => {
                let message = messages::edit_problem(&p, lang);
                errors.update(|v| {
                    v.retain(|(k, _, _)| *k != key);
                    v.push((key, typed, message));
                });
                return;
            }
        };
        let edit = Edit { field, id, value };
        // A bad value changes nothing: nothing to draw again.
        let result = sim
            .try_update_untracked(|s| s.calc.set(&edit).map(|()| s.text()))
            .unwrap_or_else(|| Ok(String::new()));
        if result.is_ok() {
            sim.notify();
            // An edit further up the list changed: the figures are drawn;
            // what the edits after it changed is worked out next (one pass
            // each), then drawn.
            if !sim.with_untracked(|s| s.calc.is_fresh()) {
                set_timeout(
                    move || sim.update(|s| s.calc.refresh()),
                    std::time::Duration::ZERO,
                );
            }
        }
        match result {
            Err(e) => {
                let message = messages::edit_problem(&e.problem, lang);
                errors.update(|v| {
                    v.retain(|(k, _, _)| *k != key);
                    v.push((key, typed, message));
                });
            }
            Ok(text) => {
                errors.update(|v| v.retain(|(k, _, _)| *k != key));
                let overall = sim.with_untracked(|s| s.calc.scores().overall);
                announcement.set(tx::announce(lang, &pct(overall, lang)));
                let objective = state.with_untracked(|s| s.objective.clone());
                commit(
                    Calc {
                        objective,
                        edits: text,
                    },
                    true,
                );
            }
        }
    };

    let d = doc.clone();
    let reset = move |_| {
        let lang = ctx.lang.get_untracked();
        let s = simulate(&d, "", lang);
        announcement.set(tx::announce(lang, &pct(s.calc.scores().overall, lang)));
        sim.set(s);
        errors.set(Vec::new());
        let objective = state.with_untracked(|s| s.objective.clone());
        commit(
            Calc {
                objective,
                edits: String::new(),
            },
            true,
        );
    };
    let choose = move |ev| {
        let id = event_target_value(&ev);
        let edits = state.with_untracked(|s| s.edits.clone());
        commit(
            Calc {
                objective: (!id.is_empty()).then_some(id),
                edits,
            },
            false,
        );
    };

    // The objective whose fields are shown (its index), if any.
    let d = doc.clone();
    let chosen =
        Memo::new(move |_| state.with(|s| s.objective.as_ref().and_then(|id| d.node_by_id(id))));

    let d = doc.clone();
    let totals = move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        let simulated = sim.with(|s| s.calc.scores().overall);
        view! {
            <div class="calc__totali">
                <p class="calc__totale">
                    <span class="calc__etichetta">{t.overall_document}</span>
                    <span id="calc-totale-documento" class="calc__cifra">
                        {pct(d.analysis.scores.overall, lang)}
                    </span>
                </p>
                <p class="calc__totale calc__totale--simulato">
                    <span class="calc__etichetta">{t.overall_simulated} " "
                        <span class="calc__simulato">{t.simulated}</span>
                    </span>
                    <span id="calc-totale-simulato" class="calc__cifra">{pct(simulated, lang)}</span>
                </p>
            </div>
        }
    };

    let d = doc.clone();
    let options =
        move || {
            let lang = ctx.lang.get();
            let current = chosen.get();
            let list = d
            .analysis
            .scores
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let o = d.node(i);
                let code = o.code.as_deref().map_or_else(String::new, |c| format!("{c} "));
                let label = format!(
                    "{}{code}{}",
                    "\u{a0}\u{a0}".repeat(n.depth),
                    d.node_title(i)
                );
                view! { <option value=n.id.clone() selected=current == Some(i)>{label}</option> }
            })
            .collect_view();
            view! {
                <option value="" selected=current.is_none()>{tx::t(lang).choose_none}</option>
                {list}
            }
        };

    let d = doc.clone();
    let form = move || {
        let lang = ctx.lang.get();
        let i = chosen.get()?;
        Some(objective_form(&d, i, lang, sim, errors, edit_field))
    };

    let d = doc.clone();
    let changes = move || {
        let lang = ctx.lang.get();
        sim.with(|s| changes_view(&d, s, lang))
    };

    // On a Piano: the panel that writes the edits into a Relazione.
    let fill = crate::pages::compila::fills(&doc).then(|| doc.clone());
    move || {
        let lang = ctx.lang.get();
        let t = tx::t(lang);
        view! {
            <h1 id="titolo-pagina" tabindex="-1">{t.heading}</h1>
            <p class="lead">{t.intro}</p>
            {totals.clone()}
            <p><a id="calc-quanto-conta" href=move || state.with(|s| s.quanto_conta().href())>
                {crate::text::quanto_conta::t(lang).link}
            </a></p>
            <p class="visually-hidden" role="status" aria-live="polite" id="calc-annuncio">
                {move || announcement.get()}
            </p>
            {move || sim.with(|s| s.error.clone()).map(|e| view! {
                <div class="calc__errore-indirizzo" role="alert">
                    <p>{tx::t(lang).address_error}</p>
                    <p id="calc-errore-indirizzo">{e}</p>
                </div>
            })}
            <section class="calc__scelta" aria-labelledby="calc-scelta">
                <h2 id="calc-scelta">{t.choose_heading}</h2>
                <p class="calc__aiuto" id="calc-aiuto">{t.choose_hint}</p>
                <label for="calc-obiettivo">{t.choose_label}</label>
                <select id="calc-obiettivo" on:change=choose>{options.clone()}</select>
                {form.clone()}
            </section>
            <section class="calc__cambiato" aria-labelledby="calc-cambiato">
                <h2 id="calc-cambiato">{t.changes_heading}</h2>
                <button type="button" class="button" id="calc-annulla" on:click=reset.clone()>{t.reset}</button>
                {changes.clone()}
            </section>
            {fill.clone().map(|d| view! {
                <crate::pages::compila::CompilaPanel doc=d edits=Signal::derive(move || state.with(|s| s.edits.clone())) />
            })}
        }
    }
}

/// The message of a field, if its last typed value was wrong.
fn field_error(errors: Errors, key: &str) -> Option<(String, String)> {
    errors.with(|v| {
        v.iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, typed, m)| (typed.clone(), m.clone()))
    })
}

/// The messages of the fields whose last typed value was wrong: the
/// field's key (`KEY.ID`), the text typed, the core's sentence.
type Errors = RwSignal<Vec<(String, String, String)>>;

/// What a field calls with its field, item and the text typed.
trait OnEdit: Fn(Field, String, String) + Clone + Send + Sync + 'static {}
impl<F: Fn(Field, String, String) + Clone + Send + Sync + 'static> OnEdit for F {}

/// Where a field is and what it edits.
struct At {
    /// The input's `id`.
    dom_id: String,
    /// Its label.
    label: String,
    field: Field,
    /// The objective's or indicator's id.
    id: String,
    /// The document's value.
    document: Value,
}

/// The "in the document" line of a field (`doc_id`).
fn in_document(doc_id: String, document: &Value, lang: Lang) -> impl IntoView {
    let t = tx::t(lang);
    let shown = match document {
        Value::Clear => t.none.to_string(),
        v => v.display(),
    };
    view! { <p class="calc__documento" id=doc_id>{t.in_document} " " {shown}</p> }
}

/// A field's key (`KEY.ID`), the id of its "in the document" line, its
/// `aria-describedby` and its message: the error (when the last value typed
/// was wrong) then the document's value.
fn described(
    errors: Errors,
    at: &At,
) -> (
    String,
    String,
    impl Fn() -> String + Send + Sync + 'static,
    impl Fn() -> Option<AnyView> + Send + Sync + 'static,
) {
    let key = format!("{}.{}", at.field.key(), at.id);
    let err_id = format!("{}-errore", at.dom_id);
    let doc_id = format!("{}-documento", at.dom_id);
    let (k1, k2) = (key.clone(), key.clone());
    let (e, d) = (err_id.clone(), doc_id.clone());
    let by = move || {
        if field_error(errors, &k1).is_some() {
            format!("{e} {d}")
        } else {
            d.clone()
        }
    };
    let message = move || {
        field_error(errors, &k2)
            .map(|(_, m)| view! { <p class="calc__messaggio" id=err_id.clone()>{m}</p> }.into_any())
    };
    (key, doc_id, by, message)
}

/// One text input of the form: label, the document's value, the message of
/// a bad value.
fn number_field(
    at: At,
    sim: RwSignal<Sim>,
    errors: Errors,
    on_edit: impl OnEdit,
    lang: Lang,
) -> impl IntoView {
    let (key, doc_id, by, message) = described(errors, &at);
    let At {
        dom_id,
        label,
        field,
        id,
        document,
    } = at;
    let k1 = key.clone();
    let item = id.clone();
    let doc_value = document.clone();
    let value = move || {
        if let Some((typed, _)) = field_error(errors, &k1) {
            return typed;
        }
        input_text(&sim.with(|s| s.current(field, &item, &doc_value)))
    };
    let invalid = move || field_error(errors, &key).is_some().then_some("true");
    let on_change = move |ev| on_edit(field, id.clone(), event_target_value(&ev));
    view! {
        <div class="calc__campo">
            <label for=dom_id.clone()>{label}</label>
            <input id=dom_id type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                prop:value=value aria-invalid=invalid aria-describedby=by on:change=on_change />
            {message}
            {in_document(doc_id, &document, lang)}
        </div>
    }
}

/// The declared result of an indicator in words or a milestone: a choice
/// among the core's results (or none).
fn outcome_field(
    at: At,
    sim: RwSignal<Sim>,
    errors: Errors,
    on_edit: impl OnEdit,
    lang: Lang,
) -> impl IntoView {
    let (_, doc_id, by, message) = described(errors, &at);
    let At {
        dom_id,
        label,
        field,
        id,
        document,
    } = at;
    let (item, doc_value) = (id.clone(), document.clone());
    let current = move || sim.with(|s| s.current(field, &item, &doc_value));
    let options = std::iter::once(None)
        .chain(cruscotto_core::Outcome::ALL.iter().copied().map(Some))
        .map(|o| {
            let current = current.clone();
            let (value, text) = match o {
                Some(o) => (o.as_str(), Value::Outcome(o).display()),
                None => ("", tx::t(lang).no_outcome.to_string()),
            };
            let selected = move || match (current(), o) {
                (Value::Outcome(c), Some(o)) => c == o,
                (Value::Clear, None) => true,
                _ => false,
            };
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    let on_change = move |ev| on_edit(field, id.clone(), event_target_value(&ev));
    view! {
        <div class="calc__campo">
            <label for=dom_id.clone()>{label}</label>
            <select id=dom_id aria-describedby=by on:change=on_change>{options}</select>
            {message}
            {in_document(doc_id, &document, lang)}
        </div>
    }
}

/// A neutralisation (of an objective or an indicator): the box, and the
/// reason it carries (the default one when none is written).
fn neutralise_field(
    at: At,
    (reason_id, reason_label): (String, String),
    sim: RwSignal<Sim>,
    on_edit: impl OnEdit,
    lang: Lang,
) -> impl IntoView {
    let t = tx::t(lang);
    let At {
        dom_id,
        label,
        field,
        id,
        document,
    } = at;
    let current_reason = {
        let id = id.clone();
        move || sim.with(|s| s.current(field, &id, &document))
    };
    let reason_input = NodeRef::<leptos::html::Input>::new();
    let checked = {
        let r = current_reason.clone();
        move || r() != Value::Clear
    };
    let on_box = {
        let (id, on_edit) = (id.clone(), on_edit.clone());
        move |ev| {
            let on = event_target_checked(&ev);
            let reason = reason_input
                .get_untracked()
                .map(|i| i.value())
                .filter(|r| !r.trim().is_empty())
                .unwrap_or_else(|| t.reason_default.to_string());
            on_edit(field, id.clone(), if on { reason } else { String::new() });
        }
    };
    let on_reason = {
        let checked = checked.clone();
        move |ev| {
            if checked() {
                let r = event_target_value(&ev);
                let r = if r.trim().is_empty() {
                    t.reason_default.to_string()
                } else {
                    r
                };
                on_edit(field, id.clone(), r);
            }
        }
    };
    let reason_value = move || match current_reason() {
        Value::Reason(r) => r,
        _ => String::new(),
    };
    view! {
        <div class="calc__campo calc__neutralizza">
            <input type="checkbox" id=dom_id.clone() prop:checked=checked on:change=on_box />
            <label for=dom_id>{label}</label>
            <label for=reason_id.clone()>{reason_label}</label>
            <input type="text" id=reason_id autocomplete="off" node_ref=reason_input
                prop:value=reason_value on:change=on_reason />
        </div>
    }
}

/// The fields of indicator `k` of objective `i` (`at`: its index in the
/// scores' list): those the core lets edit on it — its final value and
/// target (a measurable target), or its declared result and stated
/// percentage (a target in words or a milestone); its weight; its
/// neutralisation. Its achievement in the document and simulated.
fn indicator_fields(
    doc: &Doc,
    i: usize,
    k: usize,
    lang: Lang,
    sim: RwSignal<Sim>,
    errors: Errors,
    on_edit: impl OnEdit,
) -> impl IntoView {
    let t = tx::t(lang);
    let ind = &doc.node(i).indicators[k];
    // Its index in the scores' list.
    let scores = &doc.analysis.scores;
    let at = scores
        .indicators
        .iter()
        .position(|x| x.node == i)
        .map(|f| f + k);
    let achieved = move |s: &cruscotto_core::score::Scores| {
        at.and_then(|a| s.indicators.get(a))
            .and_then(|x| x.achievement())
    };
    let before = achieved(scores);
    let note = move || {
        let after = sim.with(|s| achieved(s.calc.scores()));
        format!(
            "{} {} → {} {}",
            t.achievement,
            pct(before, lang),
            pct(after, lang),
            t.simulated
        )
    };
    let n = at.unwrap_or(k);
    let range = ind
        .target
        .as_ref()
        .is_some_and(|t| t.comparator == Some(cruscotto_core::format::Comparator::Range));
    let fields = [
        Field::Final,
        Field::Target,
        Field::Outcome,
        Field::IndicatorResult,
        Field::IndicatorWeight,
        Field::NeutraliseIndicator,
    ]
    .into_iter()
    .filter_map(|field| {
        let document = document_value(doc, i, field, Some(k))?;
        let label = tx::field_label(lang, field, &ind.name, range);
        let at = At {
            dom_id: format!("calc-{}-{n}", field.key()),
            label,
            field,
            id: ind.id.clone(),
            document,
        };
        Some(match field {
            Field::Outcome => outcome_field(at, sim, errors, on_edit.clone(), lang).into_any(),
            Field::NeutraliseIndicator => neutralise_field(
                at,
                (
                    format!("calc-ni-{n}-motivo"),
                    tx::reason_label(lang, &ind.name),
                ),
                sim,
                on_edit.clone(),
                lang,
            )
            .into_any(),
            _ => number_field(at, sim, errors, on_edit.clone(), lang).into_any(),
        })
    })
    .collect_view();
    view! {
        <fieldset class="calc__indicatore" data-id=ind.id.clone()>
            <legend>{ind.name.clone()}</legend>
            <p class="calc__documento" id=format!("calc-raggiungimento-{n}")>{note}</p>
            {fields}
        </fieldset>
    }
}

/// The fields of objective `i`: its indicators', its weight, its
/// published result, its neutralisation; its score in the document and
/// simulated.
fn objective_form(
    doc: &Doc,
    i: usize,
    lang: Lang,
    sim: RwSignal<Sim>,
    errors: Errors,
    on_edit: impl OnEdit,
) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let id = o.id.clone();
    let scores = &doc.analysis.scores;
    let indicators = (0..o.indicators.len())
        .map(|k| indicator_fields(doc, i, k, lang, sim, errors, on_edit.clone()))
        .collect_view();
    let none = o
        .indicators
        .is_empty()
        .then(|| view! { <p>{t.no_indicators}</p> });
    let field = |dom_id: &str, label: &str, field: Field| At {
        dom_id: dom_id.into(),
        label: label.into(),
        field,
        id: id.clone(),
        document: edits::objective_value(o, field),
    };
    let weight = number_field(
        field("calc-peso", t.weight_label, Field::ObjectiveWeight),
        sim,
        errors,
        on_edit.clone(),
        lang,
    );
    let result = number_field(
        field("calc-risultato", t.result_label, Field::ObjectiveResult),
        sim,
        errors,
        on_edit.clone(),
        lang,
    );
    let neutralise = neutralise_field(
        field(
            "calc-neutralizza",
            t.neutralise_label,
            Field::NeutraliseObjective,
        ),
        ("calc-motivo".into(), t.reason_label.into()),
        sim,
        on_edit,
        lang,
    );
    let score_doc = pct(scores.nodes[i].computed, lang);
    let link_id = o.id.clone();
    // The pages of its units, with the simulation.
    let unit_links = o
        .units
        .iter()
        .filter_map(|u| doc.unit_by_id(u))
        .map(|u| {
            let unit = doc.unit(u);
            let (id, name) = (unit.id.clone(), unit.name.clone());
            let href = move || Route::Ufficio(id.clone()).simulated(&sim.with(Sim::text)).href();
            view! {
                <li><a class="calc__ufficio-simulato" href=href>{crate::text::simulata::link_unit(lang, &name)}</a></li>
            }
        })
        .collect_view();
    let score_sim = move || pct(sim.with(|s| s.calc.scores().nodes[i].computed), lang);
    view! {
        <div class="calc__obiettivo">
            <h3 id="calc-obiettivo-titolo">{doc.node_title(i).to_string()}</h3>
            <div class="calc__totali">
                <p class="calc__totale">
                    <span class="calc__etichetta">{t.objective_document}</span>
                    <span id="calc-obiettivo-documento" class="calc__cifra">{score_doc}</span>
                </p>
                <p class="calc__totale calc__totale--simulato">
                    <span class="calc__etichetta">{t.objective_simulated} " "
                        <span class="calc__simulato">{t.simulated}</span>
                    </span>
                    <span id="calc-obiettivo-simulato" class="calc__cifra">{score_sim}</span>
                </p>
            </div>
            <ul class="calc__collegamenti">
                <li>
                    <a id="calc-obiettivo-simulato-link" href=move || Route::Obiettivo(link_id.clone()).simulated(&sim.with(Sim::text)).href()>
                        {crate::text::simulata::t(lang).link_objective}
                    </a>
                </li>
                {unit_links}
            </ul>
            {indicators}
            {none}
            {weight}
            {result}
            {neutralise}
        </div>
    }
}

/// The list of what each edit changed (the core's data: before → after,
/// the overall score, the objective and each above it), then the table of
/// every objective whose score is not the document's.
fn changes_view(doc: &Doc, s: &Sim, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let list = s.calc.changes();
    if s.calc.edits().is_empty() {
        return view! { <p id="calc-nessuna">{t.no_changes}</p> }.into_any();
    }
    let name = |e: &Edit| {
        if e.field.on_objective() {
            doc.node_by_id(&e.id)
                .map_or_else(|| e.id.clone(), |i| doc.node_title(i).to_string())
        } else {
            doc.analysis
                .scores
                .indicators
                .iter()
                .position(|x| x.id == e.id)
                .and_then(|k| {
                    let x = &doc.analysis.scores.indicators[k];
                    doc.node(x.node).indicators.iter().find(|i| i.id == e.id)
                })
                .map_or_else(|| e.id.clone(), |i| i.name.clone())
        }
    };
    let items = list
        .iter()
        .map(|c| {
            let ancestors = c
                .ancestors
                .iter()
                .map(|a| {
                    view! {
                        <li data-id=a.id.clone()>
                            {format!("«{}»: {} → {}", doc.node_title(a.node), pct(a.before, lang), pct(a.after, lang))}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="calc__modifica" data-modifica=c.edit.to_string()>
                    <p>{format!(
                        "{} «{}»: {} → {}",
                        messages::capitalise(messages::edit_field(c.edit.field, lang)),
                        name(&c.edit),
                        c.before.display(),
                        c.edit.value.display()
                    )}</p>
                    <ul>
                        <li class="calc__modifica-totale">
                            {format!("{}: {} → {}", t.overall, pct(c.overall.0, lang), pct(c.overall.1, lang))}
                        </li>
                        {ancestors}
                    </ul>
                </li>
            }
        })
        .collect_view();
    let base = &doc.analysis.scores.nodes;
    let text = s.text();
    let rows = s
        .calc
        .scores()
        .nodes
        .iter()
        .enumerate()
        .filter(|(i, n)| base[*i].computed != n.computed)
        .map(|(i, n)| {
            view! {
                <tr data-id=n.id.clone()>
                    <th scope="row"><a href=Route::Obiettivo(n.id.clone()).simulated(&text).href()>{doc.node_title(i).to_string()}</a></th>
                    <td class="num">{pct(base[i].computed, lang)}</td>
                    <td class="num">{pct(n.computed, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let st = crate::text::simulata::t(lang);
    view! {
        <p><a id="calc-sintesi-simulata" href=Route::Sintesi.simulated(&text).href()>{st.link_sintesi}</a></p>
        <ol id="calc-modifiche" class="calc__modifiche">{items}</ol>
        <DataTable caption=t.changed_heading.to_string() no_downloads=true class="calc__tabella"
            head=view! {
                <th scope="col">{t.col_objective}</th>
                <th scope="col" class="num">{t.col_document}</th>
                <th scope="col" class="num">{format!("{} ({})", t.col_simulated, t.simulated)}</th>
            }.into_any()>
            {rows}
        </DataTable>
    }
    .into_any()
}
