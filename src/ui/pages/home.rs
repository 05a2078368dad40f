//! The home page: the one question people arrive with, and the four tools.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::components::A;

use super::tracker::{local_date, local_date_time, opportunity_path};
use crate::domain::tracker::{
    needs_attention, Attention, Opportunity, TrackerData, ATTENTION_HORIZON_DAYS,
};
use crate::ui::app_path;
use crate::ui::state::{now, AppState};

/// A card on the home page that leads to one of the tools.
#[component]
fn ToolCard(
    /// Where the card leads.
    href: &'static str,
    /// The card's heading.
    title: &'static str,
    /// One sentence on what the tool does.
    blurb: &'static str,
) -> impl IntoView {
    view! {
        <li class="tool-card">
            <a href=app_path(href)>
                <h3>{title}</h3>
                <p>{blurb}</p>
            </a>
        </li>
    }
}

/// Home: start a decision, or go straight to a tool.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">"Say no to an interview, and keep the door open"</h1>
            <p class="lede">
                "A calm, private helper for an interview invitation you may not want: decide, "
                "write the message, send it in good time, and stay in touch afterwards. "
                "Everything stays on this device."
            </p>
            <a href=app_path("/decide") class="button primary big">
                "I got an interview invitation: help me decide"
            </a>
            <p class="hero-alt">
                <a href=app_path("/paste")>"Paste the invitation"</a>
                " and we will fill in the company, the time and the stage for you."
            </p>
        </section>
        <NeedsYouNow/>
        <section aria-labelledby="tools-title">
            <h2 id="tools-title">"Tools"</h2>
            <ul class="tool-grid">
                <ToolCard
                    href="/decide"
                    title="Decide"
                    blurb="A few questions separate nerves from a real mismatch and suggest what to do."
                />
                <ToolCard
                    href="/compose"
                    title="Compose"
                    blurb="Write a decline, a reschedule or an alternative, checked for tone as you type."
                />
                <ToolCard
                    href="/timing"
                    title="Time it"
                    blurb="See how much notice is left, the deadline to say no by, and whether to call or email."
                />
                <ToolCard
                    href="/tracker"
                    title="Tracker"
                    blurb="Keep invitations, contacts and follow-ups so a no today can be a yes later."
                />
                <ToolCard
                    href="/insights"
                    title="Insights"
                    blurb="See how your declines and outcomes add up over time."
                />
            </ul>
        </section>
    }
}

/// One line of "What needs you now", owned so the list can keep it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct AttentionRow {
    /// The opportunity it is about.
    opportunity_id: String,
    /// "Company — Role".
    title: String,
    /// When it is due or happens.
    when: DateTime<Utc>,
    /// The follow-up's id and what to do; `None` for an interview.
    follow_up: Option<(String, String)>,
    /// A follow-up whose time has passed.
    overdue: bool,
}

/// Due and overdue follow-ups and interviews coming up, from the tracker.
/// Shown only where the app state is provided (it always is in the app).
///
/// Its code comes with the storage codec (`ui::codec`), which is loaded
/// before the app mounts whenever anything is stored. Without it nothing
/// is stored, so nothing can need the user: the calm empty state needs no
/// more code than this.
#[component]
fn NeedsYouNow() -> impl IntoView {
    let state = use_context::<AppState>()?;
    Some(match crate::ui::codec::needs_you_now() {
        Some(section) => section(state),
        None => view! {
            <section aria-labelledby="now-title" class="needs-you">
                <h2 id="now-title">"What needs you now"</h2>
                <p class="calm">"Nothing needs you right now. Enjoy the quiet."</p>
            </section>
        }
        .into_any(),
    })
}

/// The section, given the app state.
pub(crate) fn needs_you_now(state: AppState) -> AnyView {
    let rows = Memo::new(move |_| {
        state
            .tracker
            .with(|d| attention_rows(d, needs_attention(d, now(), ATTENTION_HORIZON_DAYS)))
    });
    let result = RwSignal::new(String::new());
    let done = Callback::new(move |id: String| {
        let outcome = state.edit_tracker(|d| d.complete_follow_up(&id, true, now()));
        result.set(match outcome {
            Ok(()) => "Marked as done. Nicely kept.".to_string(),
            Err(e) => e.to_string(),
        });
    });
    view! {
        <section aria-labelledby="now-title" class="needs-you">
            <h2 id="now-title">"What needs you now"</h2>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="calm">"Nothing needs you right now. Enjoy the quiet."</p>
            </Show>
            <ul class="attention-list">
                <For
                    each=move || rows.get()
                    key=|row| row.clone()
                    children=move |row| view! { <AttentionItem row=row on_done=done/> }
                />
            </ul>
            <p role="status" class="form-result">{move || result.get()}</p>
        </section>
    }
    .into_any()
}

/// One follow-up or interview, linking to its opportunity.
#[component]
fn AttentionItem(
    /// What to show.
    row: AttentionRow,
    /// Marks a follow-up done, given its id.
    on_done: Callback<String>,
) -> impl IntoView {
    let AttentionRow {
        opportunity_id,
        title,
        when,
        follow_up,
        overdue,
    } = row;
    let detail = match follow_up {
        Some((id, action)) => {
            let due = if overdue { "Overdue since " } else { "Due " };
            view! {
                <p>{due} {local_date(when)} ": " {action}</p>
                <button type="button" on:click=move |_| on_done.run(id.clone())>"Done"</button>
            }
            .into_any()
        }
        None => view! { <p>"Interview " {local_date_time(when)}</p> }.into_any(),
    };
    view! {
        <li class="attention-item card" class:overdue=overdue>
            <A href=opportunity_path(&opportunity_id)>{title}</A>
            {detail}
        </li>
    }
}

/// The attention items with their opportunity's title and the follow-up's text.
fn attention_rows(data: &TrackerData, items: Vec<Attention>) -> Vec<AttentionRow> {
    let title = |id: &str| {
        data.opportunity(id)
            .map(Opportunity::title)
            .unwrap_or_default()
    };
    items
        .into_iter()
        .map(|item| match item {
            Attention::FollowUpDue {
                follow_up_id,
                opportunity_id,
                due,
                overdue,
            } => {
                let action = data
                    .follow_ups
                    .iter()
                    .find(|f| f.id == follow_up_id)
                    .map(|f| f.action.clone())
                    .unwrap_or_default();
                AttentionRow {
                    title: title(&opportunity_id),
                    opportunity_id,
                    when: due,
                    follow_up: Some((follow_up_id, action)),
                    overdue,
                }
            }
            Attention::InterviewSoon { opportunity_id, at } => AttentionRow {
                title: title(&opportunity_id),
                opportunity_id,
                when: at,
                follow_up: None,
                overdue: false,
            },
        })
        .collect()
}
