//! The costs and revenue of each objective and process: sortable,
//! filterable, with their totals.

use super::*;

/// Which rows the cost table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Filter {
    All,
    Objectives,
    Processes,
}

impl Filter {
    fn accepts(self, process: bool) -> bool {
        match self {
            Filter::All => true,
            Filter::Objectives => !process,
            Filter::Processes => process,
        }
    }
    fn accepts_group(self, g: CostGroup) -> bool {
        self.accepts(g == CostGroup::Processi)
    }
}

/// What the cost table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SortKey {
    /// The document's order.
    Document,
    /// The title.
    Title,
    /// One of the amounts ([`COST_FIELDS`] index).
    Field(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Sort {
    key: SortKey,
    desc: bool,
}

impl Sort {
    pub(super) const DOCUMENT: Sort = Sort {
        key: SortKey::Document,
        desc: false,
    };

    /// Pressing a column's button: the same column flips the order; another
    /// starts A→Z for the title and highest first for an amount.
    fn pressed(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                desc: !self.desc,
            }
        } else {
            Sort {
                key,
                desc: matches!(key, SortKey::Field(_)),
            }
        }
    }

    fn aria(self, key: SortKey) -> Option<&'static str> {
        (self.key == key).then_some(if self.desc { "descending" } else { "ascending" })
    }

    fn icon(self, key: SortKey) -> &'static str {
        match self.aria(key) {
            Some("descending") => "▼",
            Some(_) => "▲",
            None => "↕",
        }
    }
}

/// A row of the cost table: a node with costs.
pub(super) struct CostRow {
    node: usize,
    process: bool,
    title: String,
}

/// Compares two optional amounts; missing ones always go last.
pub(super) fn cmp_amounts(a: Option<Dec>, b: Option<Dec>, desc: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            if desc {
                y.cmp(&x)
            } else {
                x.cmp(&y)
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

pub(super) fn group_name(lang: Lang, g: CostGroup) -> &'static str {
    let t = risorse::t(lang);
    match g {
        CostGroup::Obiettivi => t.group_objectives,
        CostGroup::Processi => t.group_processes,
    }
}

pub(super) fn field_term(k: usize) -> &'static str {
    [
        "costi-personale",
        "impegnato",
        "liquidato",
        "accertato",
        "riscosso",
    ][k]
}

pub(super) fn costs_section(
    doc: Arc<Doc>,
    lang: Lang,
    sort: RwSignal<Sort>,
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let t = risorse::t(lang);
    let rows: Arc<Vec<CostRow>> = Arc::new(
        (0..doc.len())
            .filter_map(|i| {
                let n = doc.node(i);
                n.costs.as_ref()?;
                Some(CostRow {
                    node: i,
                    process: n.kind == Some(ObjectiveKind::Processo),
                    title: n.title.to_lowercase(),
                })
            })
            .collect(),
    );
    let has_objectives = rows.iter().any(|r| !r.process);
    let has_processes = rows.iter().any(|r| r.process);

    // Header buttons: a real <button> in each sortable <th>.
    let sortable = move |key: SortKey, label: &'static str, class: &'static str| {
        view! {
            <th scope="col" class=class aria-sort=move || sort.get().aria(key)>
                <button type="button" class="sort-button" on:click=move |_| sort.update(|s| *s = s.pressed(key))>
                    <span>{label}</span>
                    <span class="sort-button__icon" aria-hidden="true">{move || sort.get().icon(key)}</span>
                </button>
            </th>
        }
    };
    let field_heads = (0..COST_FIELDS.len())
        .map(|k| sortable(SortKey::Field(k), t.cost_fields[k], "num"))
        .collect_view();

    let sorted_text = move || {
        let s = sort.get();
        match s.key {
            SortKey::Document => t.sorted_document.to_string(),
            SortKey::Title => format!(
                "{} {}, {}",
                t.sorted_by,
                t.col_title.to_lowercase(),
                if s.desc {
                    t.descending_text
                } else {
                    t.ascending_text
                }
            ),
            SortKey::Field(k) => format!(
                "{} {}, {}",
                t.sorted_by,
                t.cost_fields[k].to_lowercase(),
                if s.desc {
                    t.descending_num
                } else {
                    t.ascending_num
                }
            ),
        }
    };

    let body_doc = doc.clone();
    let body_rows = rows.clone();
    let body = move || {
        let doc = &body_doc;
        let rows = &body_rows;
        let s = sort.get();
        let f = filter.get();
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&r| f.accepts(rows[r].process))
            .collect();
        let amount = |r: usize, k: usize| {
            doc.node(rows[r].node)
                .costs
                .as_ref()
                .and_then(|c| (COST_FIELDS[k].1)(c))
        };
        match s.key {
            SortKey::Document => {}
            SortKey::Title => order.sort_by(|&a, &b| {
                let o = rows[a].title.cmp(&rows[b].title);
                (if s.desc { o.reverse() } else { o }).then(a.cmp(&b))
            }),
            SortKey::Field(k) => order
                .sort_by(|&a, &b| cmp_amounts(amount(a, k), amount(b, k), s.desc).then(a.cmp(&b))),
        }
        order
            .into_iter()
            .map(|r| {
                let row = &rows[r];
                let node = doc.node(row.node);
                let cells = (0..COST_FIELDS.len())
                    .map(|k| view! { <td class="num">{euro_or(amount(r, k), lang)}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">
                            {node.code.clone().map(|c| view! { <span class="risorse__code risorse__code--block">{c}</span> })}
                            <a href=Route::Obiettivo(node.id.clone()).href()>{node.title.clone()}</a>
                        </th>
                        <td>{if row.process { t.kind_process } else { t.kind_objective }}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };

    // Totals: the sum of the rows (the core's) and the published one.
    let foot_doc = doc.clone();
    let foot = move || {
        let doc = &foot_doc;
        let f = filter.get();
        doc.analysis
            .money
            .cost_totals
            .iter()
            .filter(|r| f.accepts_group(r.group))
            .map(|r| {
                let sums = (0..COST_FIELDS.len())
                    .map(|k| view! { <td class="num">{euro_or((COST_FIELDS[k].1)(&r.sums), lang)}</td> })
                    .collect_view();
                let published = r.published.and_then(|pi| doc.plan.money.cost_totals.get(pi)).map(|p| {
                    let cells = (0..COST_FIELDS.len())
                        .map(|k| {
                            let pv = (COST_FIELDS[k].1)(&p.amounts);
                            let cv = (COST_FIELDS[k].1)(&r.sums);
                            let differs = pv.is_some() && pv != cv.or(Some(Dec::ZERO));
                            view! {
                                <td class="num" class:risorse__differs=differs>
                                    <span class="risorse__value">{euro_or(pv, lang)}</span>
                                    {differs.then(|| view! { <span class="risorse__flag">{t.differs}</span> })}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr class="total risorse__published-total">
                            <th scope="row">{format!("{}: {}", t.published_total, p.label)}</th>
                            <td></td>
                            {cells}
                        </tr>
                    }
                });
                view! {
                    <tr class="total">
                        <th scope="row">{risorse::sum_label(lang, r.count, group_name(lang, r.group))}</th>
                        <td></td>
                        {sums}
                    </tr>
                    {published}
                }
            })
            .collect_view()
    };

    // Where a published total differs from the sum of the rows: say so.
    let mut notes: Vec<String> = Vec::new();
    let mut any_published = false;
    for r in &doc.analysis.money.cost_totals {
        let Some(p) = r
            .published
            .and_then(|pi| doc.plan.money.cost_totals.get(pi))
        else {
            continue;
        };
        any_published = true;
        let g = group_name(lang, r.group);
        for (k, (_, get, _)) in COST_FIELDS.iter().enumerate() {
            if let Some(pv) = get(&p.amounts) {
                let cv = get(&r.sums).unwrap_or_default();
                if pv != cv {
                    notes.push(risorse::cost_mismatch(
                        lang,
                        g,
                        t.cost_fields[k],
                        &it::euro(pv),
                        &it::euro(cv),
                        r.count,
                        &it::euro(Dec((pv.get() - cv.get()).abs())),
                    ));
                }
            }
        }
        if let Some(pc) = p.count.filter(|&c| c != r.count) {
            notes.push(risorse::count_mismatch(lang, g, pc, r.count));
        }
    }
    let notes_view = if notes.is_empty() {
        any_published
            .then(|| view! { <p class="risorse__notes">{t.costs_all_match}</p> }.into_any())
    } else {
        Some(
            view! {
                <ul class="risorse__notes">
                    {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        )
    };

    let filter_view = (has_objectives && has_processes).then(|| {
        let radio = move |value: Filter, label: &'static str| {
            view! {
                <label class="risorse__filter-option">
                    <input type="radio" name="risorse-costi-filtro"
                        prop:checked=move || filter.get() == value
                        on:change=move |_| filter.set(value) />
                    " " {label}
                </label>
            }
        };
        view! {
            <fieldset class="risorse__filter">
                <legend>{t.filter_legend}</legend>
                {radio(Filter::All, t.filter_all)}
                {radio(Filter::Objectives, t.filter_objectives)}
                {radio(Filter::Processes, t.filter_processes)}
            </fieldset>
        }
    });

    view! {
        <section class="risorse__costs" aria-labelledby="risorse-costi">
            <h2 id="risorse-costi">{t.costs_heading}</h2>
            <p>{t.costs_intro}</p>
            <ul class="risorse__legend">
                <li><Term key=field_term(0)>{t.legend_staff}</Term>{t.legend_staff_text}</li>
                <li>
                    <Term key=field_term(1)>{t.legend_committed}</Term>{t.legend_and}
                    <Term key=field_term(2)>{t.legend_paid}</Term>{t.legend_direct_text}
                </li>
                <li>
                    <Term key=field_term(3)>{t.legend_assessed}</Term>{t.legend_and}
                    <Term key=field_term(4)>{t.legend_collected}</Term>{t.legend_revenue_text}
                </li>
            </ul>
            {filter_view}
            <p class="risorse__sort-hint">{t.costs_sort_hint}</p>
            <DataTable caption=t.costs_caption class="risorse__costs-table"
                caption_more=view! { <span class="risorse__sorted">{sorted_text}</span> }.into_any()
                head=view! {
                    {sortable(SortKey::Title, t.col_title, "risorse__title-head")}
                    <th scope="col">{t.col_kind}</th>
                    {field_heads}
                }.into_any()
                foot=foot.into_any()>
                {body}
            </DataTable>
            {notes_view}
        </section>
    }
}
