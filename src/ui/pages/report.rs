//! `/report`: a job-search activity report for a date range, the
//! opportunities the person picks, each with its dated events in neutral
//! words (`domain::tracker::report`). Printable on A4 and Letter (the
//! print stylesheet hides everything but the report) and as CSV. Some
//! unemployment offices ask for exactly this.

use std::collections::HashSet;

use chrono::{Datelike, Local, NaiveDate};
use leptos::prelude::*;

use crate::domain::messages::list_date;
use crate::domain::tracker::{activity_report, title, ActivityReport};
use crate::storage::csv::activity_report_csv;
use crate::ui::download::download_text;
use crate::ui::state::{now, AppState};

/// The report page: range and choice above, the report below.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = now().with_timezone(&Local).date_naive();
    let (month_start, _) = month_of(today);
    let from = RwSignal::new(month_start);
    let to = RwSignal::new(today);
    // Opportunities the person left out; everything with activity in the
    // range is in the report unless unticked.
    let left_out = RwSignal::new(HashSet::<String>::new());
    let spelling = state
        .settings
        .with_untracked(|s| s.spelling_for(&window().navigator().language().unwrap_or_default()));

    // Everything with activity in the range: the choices.
    let candidates = Memo::new(move |_| {
        let (from, to) = ordered(from.get(), to.get());
        state.tracker.with(|data| {
            let ids: Vec<&str> = data.opportunities.iter().map(|o| o.id.as_str()).collect();
            let mut all = activity_report(data, &ids, from, to, &Local);
            all.opportunities.retain(|o| !o.events.is_empty());
            all
        })
    });
    let report = Memo::new(move |_| {
        let mut report = candidates.get();
        left_out.with(|out| report.opportunities.retain(|o| !out.contains(&o.id)));
        report
    });

    let set_range = move |range: (NaiveDate, NaiveDate)| {
        from.set(range.0);
        to.set(range.1);
    };
    let date_input = move |id: &'static str, label: &'static str, value: RwSignal<NaiveDate>| {
        view! {
            <div class="report-date">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="date"
                    prop:value=move || value.get().to_string()
                    on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>() {
                            value.set(d);
                        }
                    }
                />
            </div>
        }
    };
    let choices = move || {
        candidates.with(|c| {
            c.opportunities
                .iter()
                .map(|o| {
                    let id = o.id.clone();
                    let toggle_id = id.clone();
                    let checked = move || left_out.with(|out| !out.contains(&id));
                    let count = o.events.len();
                    let label = title(&o.company, &o.role);
                    view! {
                        <li>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        left_out.update(|out| {
                                            if on {
                                                out.remove(&toggle_id);
                                            } else {
                                                out.insert(toggle_id.clone());
                                            }
                                        });
                                    }
                                />
                                {label}
                                <span class="hint">
                                    {format!(" ({count} {})", if count == 1 { "entry" } else { "entries" })}
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let nothing_to_choose = move || candidates.with(|c| c.opportunities.is_empty());
    let message = RwSignal::new(None::<String>);
    let download_csv = move |_| {
        let (from, to) = ordered(from.get_untracked(), to.get_untracked());
        let name = format!("job-search-activity-{from}-to-{to}.csv");
        let text = report.with_untracked(activity_report_csv);
        message.set(Some(match download_text(&name, "text/csv", &text) {
            Ok(()) => "Spreadsheet file downloaded.".to_string(),
            Err(e) => e,
        }));
    };
    let print = move |_| {
        if window().print().is_err() {
            message.set(Some(
                "This browser could not open its print dialog; use its menu to print.".into(),
            ));
        }
    };

    view! {
        <div class="report-page">
            <h1>"Job-search activity report"</h1>
            <p class="lede no-print">
                "What you did in a period, dated and in plain words, for a benefits office or your own records. Notes, message texts and your reasons for saying no stay out."
            </p>
            <section class="card report-controls no-print" aria-labelledby="report-choose">
                <h2 id="report-choose">"Dates and opportunities"</h2>
                <div class="report-range">
                    {date_input("report-from", "From", from)}
                    {date_input("report-to", "To", to)}
                </div>
                <p class="button-row">
                    <button type="button" on:click=move |_| set_range(month_of(today))>
                        "This month"
                    </button>
                    <button type="button" on:click=move |_| set_range(month_of(previous_month(today)))>
                        "Last month"
                    </button>
                </p>
                <fieldset class="report-choices">
                    <legend>"Opportunities with activity in these dates"</legend>
                    <p class="hint" hidden=move || !nothing_to_choose()>
                        "Nothing was recorded in these dates. Try a wider range."
                    </p>
                    <ul>{choices}</ul>
                </fieldset>
                <p class="button-row">
                    <button type="button" class="primary" on:click=print>
                        "Print or save as PDF"
                    </button>
                    <button type="button" on:click=download_csv>
                        "Download CSV"
                    </button>
                </p>
                <p role="status">{move || message.get()}</p>
            </section>
            <ReportView report=report user_name=state.settings.with_untracked(|s| s.user_name.trim().to_string()) spelling/>
        </div>
    }
}

/// The report as it prints.
#[component]
fn ReportView(
    report: Memo<ActivityReport>,
    user_name: String,
    spelling: crate::domain::messages::Spelling,
) -> impl IntoView {
    let meta = move || {
        report.with(|r| {
            let events: usize = r.opportunities.iter().map(|o| o.events.len()).sum();
            let mut parts = Vec::with_capacity(3);
            if !user_name.is_empty() {
                parts.push(user_name.clone());
            }
            parts.push(format!(
                "{} to {}",
                list_date(r.from.min(r.to), spelling),
                list_date(r.from.max(r.to), spelling)
            ));
            parts.push(format!(
                "{} {}, {} dated {}",
                r.opportunities.len(),
                if r.opportunities.len() == 1 {
                    "opportunity"
                } else {
                    "opportunities"
                },
                events,
                if events == 1 { "entry" } else { "entries" }
            ));
            parts.join(" · ")
        })
    };
    let body = move || {
        report.with(|r| {
            if r.opportunities.is_empty() {
                return view! { <p>"No activity in these dates for the opportunities chosen."</p> }
                    .into_any();
            }
            r.opportunities
                .iter()
                .map(|o| {
                    let contacts = (!o.contacts.is_empty()).then(|| {
                        view! { <p class="report-fact">"Contacts: " {o.contacts.join(", ")}</p> }
                    });
                    let rows = o
                        .events
                        .iter()
                        .map(|e| {
                            view! {
                                <tr>
                                    <td class="report-when">{list_date(e.date, spelling)}</td>
                                    <td>{e.text.clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="report-opportunity">
                            <h3>{title(&o.company, &o.role)}</h3>
                            {contacts}
                            <p class="report-fact">"Outcome: " {o.outcome.clone()}</p>
                            <table>
                                <thead>
                                    <tr>
                                        <th scope="col">"Date"</th>
                                        <th scope="col">"What happened"</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <article class="report" aria-labelledby="report-title">
            <h2 id="report-title">"Job-search activity"</h2>
            <p class="report-meta">{meta}</p>
            {body}
        </article>
    }
}

/// The two dates in order, whichever way round they were typed.
fn ordered(a: NaiveDate, b: NaiveDate) -> (NaiveDate, NaiveDate) {
    (a.min(b), a.max(b))
}

/// The first and last day of `day`'s month.
fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first);
    (first, next.pred_opt().unwrap_or(day))
}

/// A day in the month before `day`'s.
fn previous_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first.pred_opt().unwrap_or(first)
}
