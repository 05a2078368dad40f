//! Insights drawn from the tracker: why the user declines, where things
//! stand, what the advice was, and how long deciding takes. Charts are
//! plain SVG bars with a name for screen readers, each with a table
//! holding the same numbers.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::decision::Outcome;
use crate::domain::tracker::insights;
use crate::ui::paths::app_path;
use crate::ui::state::AppState;

/// One bar: its label, its length, and the number shown for it.
#[derive(Debug, Clone, PartialEq)]
struct Bar {
    label: String,
    value: f64,
    shown: String,
}

/// Insights drawn from the tracker.
#[component]
pub fn InsightsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = Memo::new(move |_| state.tracker.with(insights));
    let empty = move || state.tracker.with(|d| d.opportunities.is_empty());
    view! {
        <h1>"Insights"</h1>
        <Show when=move || !empty() fallback=EmptyState>
            {move || {
                let f = figures.get();
                let reasons = counts(
                    f.declines_by_reason.iter().map(|(r, n)| (r.label().to_string(), *n)),
                );
                let statuses = counts(
                    f.by_status.iter().map(|(s, n)| (s.label().to_string(), *n)),
                );
                let outcomes = counts(
                    f.by_outcome.iter().map(|(name, n)| (outcome_label(name), *n)),
                );
                let days = f
                    .days_to_decide
                    .map(|d| {
                        (
                            d.count,
                            vec![
                                Bar { label: "Median".into(), value: d.median, shown: days_text(d.median) },
                                Bar { label: "Average".into(), value: d.mean, shown: days_text(d.mean) },
                            ],
                        )
                    });
                view! {
                    <p class="lede">"What your own records say about how you decide."</p>
                    <BarChart
                        id="reasons"
                        title="Why you declined"
                        column="Reason"
                        unit="Opportunities"
                        empty_text="No declines with a reason yet."
                        bars=reasons
                    />
                    <BarChart
                        id="statuses"
                        title="Where things stand"
                        column="Status"
                        unit="Opportunities"
                        empty_text="No opportunities yet."
                        bars=statuses
                    />
                    <BarChart
                        id="outcomes"
                        title="What the advice was"
                        column="Advice"
                        unit="Decisions"
                        empty_text="No saved decisions yet. Save one from the Decide page to see it here."
                        bars=outcomes
                    />
                    {match days {
                        Some((count, bars)) => {
                            view! {
                                <BarChart
                                    id="days"
                                    title="Days from invitation to decision"
                                    column="Measure"
                                    unit="Days"
                                    empty_text=""
                                    bars=bars
                                />
                                <p class="hint">
                                    {format!(
                                        "Measured over {count} {} with a recorded answer. Half took no longer than the median.",
                                        if count == 1 { "opportunity" } else { "opportunities" },
                                    )}
                                </p>
                            }
                                .into_any()
                        }
                        None => {
                            view! {
                                <section class="card chart">
                                    <h2>"Days from invitation to decision"</h2>
                                    <p>"Change an opportunity's status to record your answer, and the time it took shows here."</p>
                                </section>
                            }
                                .into_any()
                        }
                    }}
                }
            }}
        </Show>
    }
}

/// Shown when nothing is tracked yet.
#[component]
fn EmptyState() -> impl IntoView {
    view! {
        <div class="card empty-state">
            <p>"Nothing to show yet. Once you track a few invitations, this page shows why you decline, where things stand and how long you take to decide."</p>
            <A href=app_path("/tracker/new") attr:class="button primary">
                "Track an invitation"
            </A>
        </div>
    }
}

/// A horizontal bar chart with an accessible name, and the same numbers
/// as a table.
#[component]
fn BarChart(
    /// Unique id for the heading and caption.
    id: &'static str,
    /// The chart's heading and name.
    title: &'static str,
    /// The first column's header in the table.
    column: &'static str,
    /// What the numbers count.
    unit: &'static str,
    /// What to say when there are no bars.
    empty_text: &'static str,
    /// The bars, in display order.
    bars: Vec<Bar>,
) -> impl IntoView {
    let heading = format!("{id}-heading");
    if bars.is_empty() {
        return view! {
            <section class="card chart">
                <h2 id=heading>{title}</h2>
                <p>{empty_text}</p>
            </section>
        }
        .into_any();
    }
    // Layout in whole SVG units (no float formatting in the page); the
    // viewBox scales it to the card's width.
    const ROW: u32 = 40;
    const BAR_MAX: f64 = 250.0;
    let max = bars
        .iter()
        .map(|b| b.value)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let height = ROW * bars.len() as u32;
    let summary = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.shown))
        .collect::<Vec<_>>()
        .join("; ");
    let name = format!("{title}. {summary}");
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u32 * ROW;
            let w = ((b.value / max * BAR_MAX) as u32).max(2);
            view! {
                <text class="chart-label" x="0" y=y + 14>{b.label.clone()}</text>
                <rect class="chart-bar" x="0" y=y + 19 width=w height="14" rx="3"></rect>
                <text class="chart-value" x=w + 6 y=y + 31>{b.shown.clone()}</text>
            }
        })
        .collect_view();
    let table_rows = bars
        .into_iter()
        .map(|b| view! { <tr><th scope="row">{b.label}</th><td>{b.shown}</td></tr> })
        .collect_view();
    view! {
        <section class="card chart">
            <h2 id=heading>{title}</h2>
            <svg
                role="img"
                aria-label=name
                viewBox=format!("0 0 320 {height}")
                width="100%"
                preserveAspectRatio="xMinYMin meet"
            >
                {rows}
            </svg>
            <details>
                <summary>"Show as a table"</summary>
                <table>
                    <caption>{title}</caption>
                    <thead>
                        <tr><th scope="col">{column}</th><th scope="col">{unit}</th></tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </section>
    }
    .into_any()
}

/// Bars for plain counts.
fn counts(items: impl Iterator<Item = (String, usize)>) -> Vec<Bar> {
    items
        .map(|(label, n)| Bar {
            label,
            value: n as f64,
            shown: n.to_string(),
        })
        .collect()
}

/// The decision engine's label for a stored outcome name; unknown names
/// (from a newer version) are shown as stored.
fn outcome_label(name: &str) -> String {
    Outcome::from_id(name).map_or_else(|| name.to_string(), |o| o.label().to_string())
}

/// A number of days to one decimal place, without float formatting.
fn days_text(days: f64) -> String {
    let tenths = (days * 10.0).round().max(0.0) as u64;
    format!("{}.{} days", tenths / 10, tenths % 10)
}
