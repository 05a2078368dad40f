//! An opportunity's activity, newest first.

use leptos::prelude::*;

use super::local_date_time;
use crate::domain::tracker::{Activity, ActivityEntry};
use crate::ui::state::AppState;

/// The timeline of messages, calls, notes and status changes.
#[component]
pub fn TimelineSection(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let entries = state.records_of(id, |d, id| {
        d.activities_for(id)
            .into_iter()
            .rev()
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">"Timeline"</h2>
            <Show when=move || entries.with(Vec::is_empty)>
                <p>"Nothing has happened yet. Status changes and messages you save show up here."</p>
            </Show>
            <ol class="timeline">
                <For
                    each=move || entries.get()
                    key=|a| a.id.clone()
                    children=|a| view! { <TimelineEntry activity=a/> }
                />
            </ol>
        </section>
    }
}

/// One entry: when, and what happened.
#[component]
fn TimelineEntry(
    /// The entry.
    activity: Activity,
) -> impl IntoView {
    let body = match activity.entry {
        ActivityEntry::Message {
            kind,
            channel,
            sent,
            text,
        } => {
            let summary = format!(
                "{} · {}{}",
                kind.label(),
                channel.label(),
                if sent { " · sent" } else { " · not sent yet" }
            );
            view! {
                <p>{summary}</p>
                <details>
                    <summary>"Show the message"</summary>
                    <p class="message-text">{text}</p>
                </details>
            }
            .into_any()
        }
        ActivityEntry::StatusChange { from, to } => {
            view! { <p>"Status: " {from.label()} " → " {to.label()}</p> }.into_any()
        }
        ActivityEntry::Call { summary } => {
            view! { <p>"Call: " <span class="message-text">{summary}</span></p> }.into_any()
        }
        ActivityEntry::Note { text } => {
            view! { <p>"Note: " <span class="message-text">{text}</span></p> }.into_any()
        }
    };
    view! {
        <li class="timeline-entry">
            <p class="hint">{local_date_time(activity.at)}</p>
            {body}
        </li>
    }
}
