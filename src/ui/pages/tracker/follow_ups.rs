//! An opportunity's follow-ups: mark done or not, delete, write the
//! suggested message, and add one with a date and what to do.

use crate::ui::timing::BrowserZone;
use leptos::prelude::*;
use leptos_router::components::A;

use super::fields::TextField;
use super::{local_date, parse_date_input};
use crate::domain::timing::followup::REMINDER_TIME;
use crate::domain::timing::local_instant;
use crate::domain::tracker::{
    new_id, FieldError, FollowUp, Opportunity, RecordKind, TrackerError, ValidationErrors,
};
use crate::ui::app_path;
use crate::ui::state::{entropy, now, AppState, EditError};
use crate::ui::timing::ReminderCalendarButton;

/// The follow-ups list, soonest first, and the form to add one.
#[component]
pub fn FollowUpsSection(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = state.records_of(id.clone(), |d, id| {
        d.follow_ups_for(id)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let opportunity_id = id.clone();
    view! {
        <section aria-labelledby="follow-ups-title">
            <h2 id="follow-ups-title">"Follow-ups"</h2>
            <Show when=move || items.with(Vec::is_empty)>
                <p>"No follow-ups yet. Declining with “keep in touch” plans them for you."</p>
            </Show>
            <ul class="follow-up-list">
                <For
                    each=move || items.get()
                    key=|f| (f.id.clone(), f.updated_at, f.done_at)
                    children=move |f| {
                        view! { <FollowUpItem follow_up=f opportunity_id=opportunity_id.clone()/> }
                    }
                />
            </ul>
            <AddFollowUp id=id/>
        </section>
    }
}

/// One follow-up with its buttons.
#[component]
fn FollowUpItem(
    /// The follow-up.
    follow_up: FollowUp,
    /// Its opportunity, for the composer link.
    opportunity_id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let FollowUp {
        id,
        due,
        action,
        suggested,
        done_at,
        ..
    } = follow_up;
    let done = done_at.is_some();
    let overdue = !done && due < now();
    let title = state
        .tracker
        .with_untracked(|d| d.opportunity(&opportunity_id).map(Opportunity::title))
        .unwrap_or_default();
    let calendar = (!done).then(|| {
        view! {
            <ReminderCalendarButton at=due action=action.clone() title calendar_key=id.clone()/>
        }
    });
    let toggle = {
        let id = id.clone();
        move |_| {
            let _ = state.edit_tracker(|d| d.complete_follow_up(&id, !done, now()));
        }
    };
    let delete = move |_| {
        let _ = state.edit_tracker(|d| d.delete_follow_up(&id, now()));
    };
    let write = suggested.filter(|_| !done).map(|kind| {
        let href = app_path(&format!(
            "/compose?opportunity={opportunity_id}&kind={}",
            kind.as_str()
        ));
        view! { <A href=href attr:class="button">"Write it"</A> }
    });
    let state_text = if done {
        "Done"
    } else if overdue {
        "Overdue"
    } else {
        "To do"
    };
    view! {
        <li class="follow-up" class:done=done class:overdue=overdue>
            <p class="follow-up-when">
                <strong>{local_date(due)}</strong>
                " · "
                <span class="follow-up-state">{state_text}</span>
            </p>
            <p class="follow-up-action">{action}</p>
            <div class="button-row">
                {write}
                <button type="button" on:click=toggle>
                    {if done { "Mark as not done" } else { "Mark done" }}
                </button>
                {calendar}
                <button type="button" class="danger" on:click=delete>"Delete"</button>
            </div>
        </li>
    }
}

/// Add a follow-up: a date and what to do.
#[component]
fn AddFollowUp(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let errors = RwSignal::new(None::<ValidationErrors>);
    let result = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = now();
        // A day the clocks skip the reminder time on is said, not guessed.
        let due = parse_date_input(&date.get_untracked())
            .ok_or_else(|| "Choose the day to do it.".to_string())
            .and_then(|day| {
                local_instant(day, REMINDER_TIME, &BrowserZone).map_err(|e| e.to_string())
            });
        let follow_up = FollowUp {
            id: new_id(RecordKind::FollowUp, now, entropy()),
            opportunity_id: id.clone(),
            due: due.as_ref().map_or(now, |at| *at),
            action: action.get_untracked().trim().to_string(),
            suggested: None,
            done_at: None,
            updated_at: now,
        };
        let mut problems = follow_up
            .validate()
            .err()
            .unwrap_or(ValidationErrors(Vec::new()));
        if let Err(message) = due {
            problems.0.insert(
                0,
                FieldError {
                    field: "due",
                    message,
                },
            );
        }
        if !problems.0.is_empty() {
            errors.set(Some(problems));
            result.set("Please fix the fields marked above.".to_string());
            return;
        }
        match state.edit_tracker(|d| d.add_follow_up(follow_up)) {
            Ok(()) => {
                errors.set(None);
                date.set(String::new());
                action.set(String::new());
                result.set("Follow-up added.".to_string());
            }
            Err(EditError::Tracker(TrackerError::Invalid(e))) => errors.set(Some(e)),
            Err(e) => result.set(e.to_string()),
        }
    };
    view! {
        <form class="card add-follow-up" on:submit=submit novalidate=true>
            <h3>"Add a follow-up"</h3>
            <TextField
                id="follow-up-date"
                label="When"
                kind="date"
                value=date
                field="due"
                errors=errors
                required=true
            />
            <TextField
                id="follow-up-action"
                label="What to do"
                value=action
                field="action"
                errors=errors
                required=true
            />
            <p class="button-row">
                <button type="submit">"Add follow-up"</button>
            </p>
            <p role="status" class="form-result">{move || result.get()}</p>
        </form>
    }
}
