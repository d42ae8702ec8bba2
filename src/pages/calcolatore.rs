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
    /// The calculator after every edit that applies.
    calc: Calculator,
    /// The first edit of the address that does not (its sentence).
    error: Option<String>,
}

impl Sim {
    /// The value of a field as edited, or `document`'s.
    fn current(&self, field: Field, id: &str, document: &Value) -> Value {
        self.calc
            .changes()
            .iter()
            .find(|c| c.edit.field == field && c.edit.id == id)
            .map_or_else(|| document.clone(), |c| c.edit.value.clone())
    }
}

/// The calculator over `doc` with `edits` (the text form) applied, up to
/// the first that does not apply.
fn simulate(doc: &Doc, edits: &str, lang: Lang) -> Sim {
    let mut calc = Calculator::new(doc.plan.clone(), doc.analysis.scores.clone());
    let error = match edits::parse_edits(edits) {
        Err(e) => Some(e.message(lang)),
        Ok(list) => list
            .iter()
            .find_map(|e| calc.edit(e).err())
            .map(|e| e.message(lang)),
    };
    Sim { calc, error }
}

/// The edits with `edit` in place of the one of the same field and item
/// (or added), applied: `Err` with the field's sentence if it does not
/// apply. An edit that gives back the document's value is dropped.
fn with_edit(doc: &Doc, current: &[Edit], edit: Edit, lang: Lang) -> Result<Vec<Edit>, String> {
    let mut list = current.to_vec();
    match list
        .iter_mut()
        .find(|e| e.field == edit.field && e.id == edit.id)
    {
        Some(e) => *e = edit.clone(),
        None => list.push(edit.clone()),
    }
    let mut calc = Calculator::new(doc.plan.clone(), doc.analysis.scores.clone());
    for e in &list {
        calc.edit(e)
            .map_err(|err| messages::edit_problem(&err.problem, lang))?;
    }
    // Edits of other fields do not change this one: its value before is
    // the document's.
    let back = calc
        .changes()
        .iter()
        .any(|c| c.edit == edit && c.before == edit.value);
    if back {
        list.retain(|e| !(e.field == edit.field && e.id == edit.id));
    }
    Ok(list)
}

/// A value as an input shows it.
fn input_text(v: &Value) -> String {
    match v {
        Value::Clear => String::new(),
        Value::Reason(r) => r.clone(),
        v => v.display(),
    }
}

fn pct(d: Option<Dec>, lang: Lang) -> String {
    d.map_or_else(|| tx::t(lang).none.to_string(), it::percent)
}

/// The document's value of a field (`Clear` when it has none).
fn document_value(doc: &Doc, node: usize, field: Field, indicator: Option<usize>) -> Value {
    let o = doc.node(node);
    let num = |d: Option<Dec>| d.map_or(Value::Clear, Value::Number);
    match (field, indicator) {
        (Field::ObjectiveWeight, _) => num(o.weight),
        (Field::ObjectiveResult, _) => num(o.published_achievement),
        (Field::NeutraliseObjective, _) => o
            .neutralised
            .as_ref()
            .map_or(Value::Clear, |n| Value::Reason(n.reason.clone())),
        (Field::Final, Some(k)) => num(o.indicators[k].actual.as_ref().and_then(|a| a.final_value)),
        _ => Value::Clear,
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
    let sim = RwSignal::new(Arc::new(simulate(
        &doc,
        &state.with_untracked(|s| s.edits.clone()),
        ctx.lang.get_untracked(),
    )));
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
            sim.set(Arc::new(s));
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

    // A field was changed: read, applied, or said wrong on the field.
    let d = doc.clone();
    let edit_field = move |field: Field, id: String, typed: String| {
        let lang = ctx.lang.get_untracked();
        let key = format!("{}.{id}", field.key());
        let result = edits::parse_input(field, &typed)
            .map_err(|p| messages::edit_problem(&p, lang))
            .and_then(|value| {
                let current = sim.with_untracked(|s| s.calc.edits());
                with_edit(&d, &current, Edit { field, id, value }, lang)
            });
        match result {
            Err(message) => errors.update(|v| {
                v.retain(|(k, _, _)| *k != key);
                v.push((key, typed, message));
            }),
            Ok(list) => {
                errors.update(|v| v.retain(|(k, _, _)| *k != key));
                let text = if list.is_empty() {
                    String::new()
                } else {
                    edits::print_edits(&list)
                };
                let s = simulate(&d, &text, lang);
                announcement.set(tx::announce(lang, &pct(s.calc.scores().overall, lang)));
                sim.set(Arc::new(s));
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
        sim.set(Arc::new(s));
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
        Some(objective_form(&d, i, lang, sim, errors, edit_field.clone()))
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
fn field_error(
    errors: RwSignal<Vec<(String, String, String)>>,
    key: &str,
) -> Option<(String, String)> {
    errors.with(|v| {
        v.iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, typed, m)| (typed.clone(), m.clone()))
    })
}

/// One input of the form: label, the document's value, the message of a
/// bad value.
#[allow(clippy::too_many_arguments)]
fn number_field(
    dom_id: String,
    label: String,
    field: Field,
    id: String,
    document: Value,
    note: Option<Box<dyn Fn() -> Option<String> + Send + Sync>>,
    sim: RwSignal<Arc<Sim>>,
    errors: RwSignal<Vec<(String, String, String)>>,
    on_edit: impl Fn(Field, String, String) + Clone + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let key = format!("{}.{id}", field.key());
    let t = tx::t(lang);
    let err_id = format!("{dom_id}-errore");
    let doc_id = format!("{dom_id}-documento");
    let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
    let item = id.clone();
    let doc_value = document.clone();
    let value = move || {
        if let Some((typed, _)) = field_error(errors, &k1) {
            return typed;
        }
        input_text(&sim.with(|s| s.current(field, &item, &doc_value)))
    };
    let invalid = move || field_error(errors, &k2).is_some().then_some("true");
    let described = {
        let (e, d) = (err_id.clone(), doc_id.clone());
        move || {
            if field_error(errors, &k3).is_some() {
                format!("{e} {d}")
            } else {
                d.clone()
            }
        }
    };
    let message = {
        let e = err_id.clone();
        move || {
            field_error(errors, &key)
                .map(|(_, m)| view! { <p class="calc__messaggio" id=e.clone()>{m}</p> })
        }
    };
    let on_change = move |ev| on_edit(field, id.clone(), event_target_value(&ev));
    let shown = match &document {
        Value::Clear => t.none.to_string(),
        v => v.display(),
    };
    view! {
        <div class="calc__campo">
            <label for=dom_id.clone()>{label}</label>
            <input id=dom_id type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                prop:value=value aria-invalid=invalid aria-describedby=described on:change=on_change />
            {message}
            <p class="calc__documento" id=doc_id>{t.in_document} " " {shown} {note.map(|f| move || f())}</p>
        </div>
    }
}

/// The fields of objective `i`: its indicators' final values, its weight,
/// its neutralisation; its score in the document and simulated.
fn objective_form(
    doc: &Doc,
    i: usize,
    lang: Lang,
    sim: RwSignal<Arc<Sim>>,
    errors: RwSignal<Vec<(String, String, String)>>,
    on_edit: impl Fn(Field, String, String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = tx::t(lang);
    let o = doc.node(i);
    let id = o.id.clone();
    let scores = &doc.analysis.scores;
    // The indicators of this objective, in the scores' list (their index).
    let first = scores.indicators.iter().position(|x| x.node == i);
    let indicators = o
        .indicators
        .iter()
        .enumerate()
        .map(|(k, ind)| {
            let at = first.map(|f| f + k);
            let achieved = move |s: &cruscotto_core::score::Scores| {
                at.and_then(|a| s.indicators.get(a)).and_then(|x| x.achievement())
            };
            let before = achieved(scores);
            if ind.target_in_words().is_some() {
                return view! {
                    <div class="calc__campo">
                        <p><strong>{ind.name.clone()}</strong></p>
                        <p class="calc__documento">{t.in_words} " " {format!("{} {}", t.achievement, pct(before, lang))}</p>
                    </div>
                }
                .into_any();
            }
            let note = Box::new(move || {
                let after = sim.with(|s| achieved(s.calc.scores()));
                Some(format!(
                    " · {} {} → {} {}",
                    t.achievement,
                    pct(before, lang),
                    pct(after, lang),
                    t.simulated
                ))
            });
            let input = number_field(
                format!("calc-f-{}", at.unwrap_or(k)),
                tx::final_label(lang, &ind.name),
                Field::Final,
                ind.id.clone(),
                document_value(doc, i, Field::Final, Some(k)),
                Some(note),
                sim,
                errors,
                on_edit.clone(),
                lang,
            );
            view! { <div class="calc__indicatore" data-id=ind.id.clone()>{input}</div> }.into_any()
        })
        .collect_view();
    let none = o
        .indicators
        .is_empty()
        .then(|| view! { <p>{t.no_indicators}</p> });
    let weight = number_field(
        "calc-peso".into(),
        t.weight_label.into(),
        Field::ObjectiveWeight,
        id.clone(),
        document_value(doc, i, Field::ObjectiveWeight, None),
        None,
        sim,
        errors,
        on_edit.clone(),
        lang,
    );
    let result = number_field(
        "calc-risultato".into(),
        t.result_label.into(),
        Field::ObjectiveResult,
        id.clone(),
        document_value(doc, i, Field::ObjectiveResult, None),
        None,
        sim,
        errors,
        on_edit.clone(),
        lang,
    );
    // Neutralisation: the box, and the reason it carries.
    let doc_reason = document_value(doc, i, Field::NeutraliseObjective, None);
    let current_reason = {
        let (id, doc_reason) = (id.clone(), doc_reason.clone());
        move || sim.with(|s| s.current(Field::NeutraliseObjective, &id, &doc_reason))
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
            on_edit(
                Field::NeutraliseObjective,
                id.clone(),
                if on { reason } else { String::new() },
            );
        }
    };
    let on_reason = {
        let (id, on_edit, checked) = (id.clone(), on_edit.clone(), checked.clone());
        move |ev| {
            if checked() {
                let r = event_target_value(&ev);
                let r = if r.trim().is_empty() {
                    t.reason_default.to_string()
                } else {
                    r
                };
                on_edit(Field::NeutraliseObjective, id.clone(), r);
            }
        }
    };
    let reason_value = move || match current_reason() {
        Value::Reason(r) => r,
        _ => String::new(),
    };
    let score_doc = pct(scores.nodes[i].computed, lang);
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
            {indicators}
            {none}
            {weight}
            {result}
            <div class="calc__campo calc__neutralizza">
                <input type="checkbox" id="calc-neutralizza" prop:checked=checked on:change=on_box />
                <label for="calc-neutralizza">{t.neutralise_label}</label>
                <label for="calc-motivo">{t.reason_label}</label>
                <input type="text" id="calc-motivo" autocomplete="off" node_ref=reason_input
                    prop:value=reason_value on:change=on_reason />
            </div>
        </div>
    }
}

/// The list of what each edit changed (the core's data: before → after,
/// the overall score, the objective and each above it), then the table of
/// every objective whose score is not the document's.
fn changes_view(doc: &Doc, s: &Sim, lang: Lang) -> AnyView {
    let t = tx::t(lang);
    let list = s.calc.changes();
    if list.is_empty() {
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
                    <th scope="row"><a href=doc.node_href(i)>{doc.node_title(i).to_string()}</a></th>
                    <td class="num">{pct(base[i].computed, lang)}</td>
                    <td class="num">{pct(n.computed, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
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
