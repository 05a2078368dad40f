//! Changing an opportunity's status. Declining (and keeping in touch)
//! plans the LinkedIn step and a later follow-up; proposing an alternative
//! or a new time, or asking a question, plans a reminder to chase it. The
//! domain decides what a status plans (`timing::plan_kind`) and makes the
//! change with its follow-ups as one edit (`move_with_plan`); this only
//! asks, and shows the domain's error (a reminder time the clocks skip)
//! when there is one.

use crate::ui::timing::BrowserZone;
use leptos::prelude::*;

use super::fields::{options, SelectField};
use super::{choice_value, pick};
use crate::domain::timing::{plan_kind, FollowUpDelay, PlanKind};
use crate::domain::tracker::{new_id, PlannedChange, Status};
use crate::domain::DeclineReason;
use crate::ui::state::{entropy, now, AppState};

/// A status select, the decline questions when they apply, and a button.
#[component]
pub fn StatusChanger(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.records_of(id.clone(), |d, id| {
        d.opportunity(id)
            .map(|o| o.status)
            .unwrap_or(Status::Invited)
    });
    let choice = RwSignal::new(choice_value(Status::ALL, Some(current.get_untracked())));
    let reason = RwSignal::new(String::new());
    let delay = RwSignal::new(choice_value(
        FollowUpDelay::ALL,
        Some(FollowUpDelay::default()),
    ));
    let result = RwSignal::new(String::new());
    let chosen = Memo::new(move |_| pick(Status::ALL, &choice.get()));

    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(status) = chosen.get_untracked() else {
            return;
        };
        if status == current.get_untracked() {
            result.set(format!("It is already “{}”.", status.label()));
            return;
        }
        let now = now();
        let change = PlannedChange {
            status,
            reason: pick(DeclineReason::ALL, &reason.get_untracked()),
            delay: pick(FollowUpDelay::ALL, &delay.get_untracked()).unwrap_or_default(),
        };
        let outcome = state.edit_tracker(|d| {
            d.move_with_plan(&id, change, now, &BrowserZone, |kind| {
                new_id(kind, now, entropy())
            })
        });
        result.set(match outcome {
            Ok(added) => match added {
                0 => format!("Status changed to “{}”.", status.label()),
                1 => format!(
                    "Status changed to “{}”. One follow-up was added below.",
                    status.label()
                ),
                n => format!(
                    "Status changed to “{}”. {n} follow-ups were added below.",
                    status.label()
                ),
            },
            Err(e) => e.to_string(),
        });
    };

    // What the chosen status plans, as the domain decides it.
    let plan = move || chosen.get().map_or(PlanKind::Nothing, plan_kind);
    let declining = move || plan() == PlanKind::AfterDecline;
    let saying_no = move || chosen.get().is_some_and(Status::says_no);
    let proposing = move || plan() == PlanKind::Chase;
    view! {
        <section aria-labelledby="status-title">
            <h2 id="status-title">"Status"</h2>
            <form class="card status-form" on:submit=apply>
                <SelectField
                    id="status-choice"
                    label="New status"
                    value=choice
                    options=options(None, Status::ALL.iter().map(|s| s.label()))
                />
                <Show when=saying_no>
                    <SelectField
                        id="status-reason"
                        label="Why you are saying no"
                        hint="Only for your records; the message wording is chosen in the composer."
                        value=reason
                        options=options(
                            Some("Choose a reason"),
                            DeclineReason::ALL.iter().map(|r| r.label()),
                        )
                    />
                </Show>
                <Show when=declining>
                    <SelectField
                        id="status-delay"
                        label="Follow up"
                        hint="We add a LinkedIn connection step for tomorrow and a friendly follow-up at this time."
                        value=delay
                        options=options(None, FollowUpDelay::ALL.iter().map(|d| d.label()))
                    />
                </Show>
                <Show when=proposing>
                    <p class="hint">
                        "We add a reminder to check back if they have not answered in a few working days."
                    </p>
                </Show>
                <p class="button-row">
                    <button type="submit" class="primary">"Change status"</button>
                </p>
                <p role="status" class="form-result">{move || result.get()}</p>
            </form>
        </section>
    }
}
