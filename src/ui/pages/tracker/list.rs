//! `/tracker`: every opportunity, searchable per keystroke, filtered,
//! sorted and paged so that ten thousand records stay quick to show.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::components::A;

use super::fields::{options, SelectField};
use super::{grouped, local_date, local_date_time, opportunity_path, pick};
use crate::domain::tracker::{Filter, Query, SearchIndex, SortKey, Status, TrackerData};
use crate::domain::InterviewStage;
use crate::ui::state::{now, AppState};
use crate::ui::{app_path, perf};

/// How many rows the list shows at first, and how many more each
/// "Show more" adds. Only these are in the page, whatever the total.
pub const PAGE_SIZE: usize = 50;

/// The tracker list: search, filters, sort, and the matching rows.
#[component]
pub fn TrackerPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_any = Memo::new(move |_| state.tracker.with(|d| !d.opportunities.is_empty()));
    view! {
        <h1>"Tracker"</h1>
        <p class="lede">
            "Every invitation you are weighing or have answered, with the people and the next steps."
        </p>
        <p class="button-row">
            <A href=app_path("/tracker/new") attr:class="button primary">
                "Add an opportunity"
            </A>
            <A href=app_path("/paste") attr:class="button">
                "Paste an invitation"
            </A>
            <A href=app_path("/report") attr:class="button">
                "Activity report"
            </A>
        </p>
        <Show when=move || has_any.get() fallback=EmptyTracker>
            <OpportunityList/>
        </Show>
    }
}

/// One row of the list, owned so the page can keep it between runs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    company: String,
    role: String,
    status: Status,
    stage: Option<InterviewStage>,
    interview: Option<DateTime<Utc>>,
    next_follow_up: Option<DateTime<Utc>>,
}

/// The visible part of the result and how many matched.
#[derive(Debug, Clone, PartialEq)]
struct Page {
    rows: Vec<Row>,
    total: usize,
}

impl Page {
    /// The first `limit` opportunities that `query` finds, and how many it
    /// found, read through `index` (built from `data`).
    fn of(
        query: &Query,
        data: &TrackerData,
        index: &SearchIndex,
        limit: usize,
        now: DateTime<Utc>,
    ) -> Page {
        let hits = query.positions(data, index, now);
        let rows = hits
            .iter()
            .take(limit)
            .map(|&i| {
                let o = &data.opportunities[i];
                Row {
                    id: o.id.clone(),
                    company: o.company.clone(),
                    role: o.role.clone(),
                    status: o.status,
                    stage: o.stage,
                    interview: o.interview.as_ref().map(|t| t.at),
                    next_follow_up: index.next_follow_up(i),
                }
            })
            .collect();
        Page {
            rows,
            total: hits.len(),
        }
    }
}

/// The search form and the paged list (shown once there is anything).
#[component]
fn OpportunityList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());
    let due_only = RwSignal::new(false);
    let sort = RwSignal::new("0".to_string());

    let query = Memo::new(move |_| Query {
        text: text.get(),
        filter: Filter {
            statuses: pick(Status::ALL, &status.get()).into_iter().collect(),
            stage: pick(InterviewStage::ALL, &stage.get()),
            has_due_follow_up: due_only.get(),
        },
        sort: pick(SortKey::ALL, &sort.get()).unwrap_or_default(),
    });
    // "Show more" counts extra pages for one question; a new question
    // (another word, filter or order) starts again at the first page.
    let more = RwSignal::new((Query::default(), 0usize));
    // What a search reads of each opportunity, prepared when the data
    // changes rather than on every keystroke. Any new data is a new index
    // (no comparison of 10,000 entries to find that out).
    let index =
        Memo::new_with_compare(move |_| state.tracker.with(SearchIndex::build), |_, _| true);
    let page = Memo::new(move |_| {
        let extra = query.with(|q| more.with(|(asked, n)| if asked == q { *n } else { 0 }));
        let limit = PAGE_SIZE * (1 + extra);
        // Timed: this is the work behind every keystroke in the search box
        // (the browser bench reads the measure).
        perf::measure(perf::TRACKER_QUERY, || {
            query.with(|q| {
                index.with(|i| {
                    state
                        .tracker
                        .with(|data| Page::of(q, data, i, limit, now()))
                })
            })
        })
    });
    let count = move || {
        page.with(|p| match (p.rows.len(), p.total) {
            (_, 0) => "No opportunities match. Try fewer words or clear a filter.".to_string(),
            (shown, total) if shown == total => {
                if total == 1 {
                    "Showing 1 opportunity".to_string()
                } else {
                    format!("Showing all {}", grouped(total))
                }
            }
            (shown, total) => format!("Showing {} of {}", grouped(shown), grouped(total)),
        })
    };

    let show_more = move |_| {
        let asked = query.get_untracked();
        more.update(|(q, n)| {
            if *q == asked {
                *n += 1;
            } else {
                *q = asked;
                *n = 1;
            }
        });
    };

    view! {
        <form class="tracker-filters card" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field search-field">
                <label for="tracker-search">"Search"</label>
                <span class="hint" id="tracker-search-hint">
                    "Company, role, a contact's name or your notes"
                </span>
                <input
                    type="search"
                    id="tracker-search"
                    aria-describedby="tracker-search-hint"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </div>
            <div class="filter-grid">
                <SelectField
                    id="tracker-status"
                    label="Status"
                    value=status
                    options=options(Some("Any status"), Status::ALL.iter().map(|s| s.label()))
                />
                <SelectField
                    id="tracker-stage"
                    label="Stage"
                    value=stage
                    options=options(Some("Any stage"), InterviewStage::ALL.iter().map(|s| s.label()))
                />
                <SelectField
                    id="tracker-sort"
                    label="Sort by"
                    value=sort
                    options=options(None, SortKey::ALL.iter().map(|s| s.label()))
                />
            </div>
            <label class="choice" for="tracker-due">
                <input
                    type="checkbox"
                    id="tracker-due"
                    prop:checked=move || due_only.get()
                    on:change=move |ev| due_only.set(event_target_checked(&ev))
                />
                "Only those with a follow-up due"
            </label>
        </form>
        <p class="list-count" role="status">{count}</p>
        <ul class="opportunity-list">
            <For
                each=move || page.with(|p| p.rows.clone())
                key=|row| row.clone()
                children=|row| view! { <OpportunityRow row=row/> }
            />
        </ul>
        <Show when=move || page.with(|p| p.rows.len() < p.total)>
            <p class="button-row">
                <button type="button" on:click=show_more>
                    "Show more"
                </button>
            </p>
        </Show>
    }
}

/// One opportunity in the list, as a link to its page.
#[component]
fn OpportunityRow(
    /// What to show.
    row: Row,
) -> impl IntoView {
    let Row {
        id,
        company,
        role,
        status,
        stage,
        interview,
        next_follow_up,
    } = row;
    let role = (!role.is_empty()).then(|| view! { <span class="row-role">{role}</span> });
    let stage = stage.map(|s| view! { <span>{s.label()}</span> });
    let follow_up =
        next_follow_up.map(|at| view! { <span>"Next follow-up: " {local_date(at)}</span> });
    let interview = interview.map(|at| view! { <span>"Interview: " {local_date_time(at)}</span> });
    view! {
        <li>
            <A href=opportunity_path(&id) attr:class="opportunity-row">
                <span class="row-title">{company}</span>
                {role}
                <span class="row-meta">
                    <span class="status-badge">{status.label()}</span>
                    {stage}
                </span>
                <span class="row-dates">{follow_up} {interview}</span>
            </A>
        </li>
    }
}

/// What the list says before anything is tracked.
#[component]
fn EmptyTracker() -> impl IntoView {
    view! {
        <section class="card empty-state" aria-labelledby="tracker-empty-title">
            <h2 id="tracker-empty-title">"Nothing tracked yet"</h2>
            <p>
                "Add the invitation you are thinking about, with the people you talked to, "
                "and we will keep its follow-ups in view. Not sure what to do with it yet? "
                "Start with a decision."
            </p>
            <p class="button-row">
                <A href=app_path("/tracker/new") attr:class="button primary">
                    "Add your first opportunity"
                </A>
                <A href=app_path("/decide") attr:class="button">
                    "Start a decision"
                </A>
            </p>
        </section>
    }
}
