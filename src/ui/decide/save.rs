//! "Save to tracker": a small form for the company and role, then a new
//! opportunity carrying the answers and the advice.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::answers_json;
use crate::domain::decision::{Outcome, Situation};
use crate::domain::tracker::{new_id, Opportunity, RecordKind, SavedDecision, TrackerError};
use crate::ui::state::{entropy, now, AppState, EditError};
use crate::ui::{already_under_base, app_path};

/// A button that opens a form to save this decision as a tracker record.
#[component]
pub fn SaveToTracker(
    /// The answers to save.
    situation: Situation,
    /// The advice's outcome.
    outcome: Outcome,
    /// The advice in one line.
    headline: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let (open, set_open) = signal(false);
    let company = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let company_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let at = now();
        let mut opp = Opportunity::new(
            new_id(RecordKind::Opportunity, at, entropy()),
            company.get_untracked().trim(),
            at,
        );
        opp.role = role.get_untracked().trim().to_string();
        opp.stage = situation.stage;
        opp.decision = Some(SavedDecision {
            answers: answers_json(&situation),
            advice_outcome: Some(outcome.as_str().to_string()),
            advice_summary: headline.to_string(),
        });
        let id = opp.id.clone();
        match state.edit_tracker(|d| d.add_opportunity(opp)) {
            Ok(()) => navigate(&app_path(&format!("/tracker/{id}")), already_under_base()),
            Err(EditError::Tracker(TrackerError::Invalid(errors))) => {
                company_error.set(errors.for_field("company").map(str::to_string));
                form_error.set(
                    errors
                        .0
                        .iter()
                        .find(|e| e.field != "company")
                        .map(|e| e.message.clone()),
                );
            }
            Err(other) => form_error.set(Some(other.to_string())),
        }
    };

    view! {
        <Show
            when=move || open.get()
            fallback=move || {
                view! {
                    <button type="button" on:click=move |_| set_open.set(true)>
                        "Save to tracker"
                    </button>
                }
            }
        >
            <form class="save-decision card" on:submit=save.clone() novalidate>
                <h3>"Save to tracker"</h3>
                <label for="save-company">"Company"</label>
                <input
                    id="save-company"
                    type="text"
                    required
                    autocomplete="organization"
                    aria-invalid=move || company_error.with(Option::is_some).to_string()
                    aria-describedby="save-company-error"
                    bind:value=company
                />
                <p id="save-company-error" class="field-error" aria-live="polite">
                    {move || company_error.get()}
                </p>
                <label for="save-role">"Role " <span class="hint">"(optional)"</span></label>
                <input id="save-role" type="text" autocomplete="organization-title" bind:value=role/>
                <p class="field-error" aria-live="polite">{move || form_error.get()}</p>
                <div class="button-row">
                    <button type="submit" class="primary">"Save"</button>
                    <button type="button" on:click=move |_| set_open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Show>
    }
}
