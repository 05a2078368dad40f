//! `/tracker/new` and `/tracker/:id/edit`: the opportunity's fields, and
//! for a new one optionally its first contact. Nothing is saved until
//! every field is valid; then the detail page opens.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::before::BeenHereBefore;
use super::contacts::{ContactDraft, ContactFields};
use super::fields::{options, SelectField, TextField};
use super::{
    already_under_base, browser_zone, choice_value, opportunity_path, pick, OpportunityNotFound,
};
use crate::domain::tracker::{
    new_id, InterviewTime, Opportunity, RecordKind, Status, TrackerError, ValidationErrors,
};
use crate::domain::InterviewStage;
use crate::ui::app_path;
use crate::ui::state::{entropy, now, AppState, EditError};
use crate::ui::timing::InterviewTimeInput;

/// Add or edit an opportunity.
#[component]
pub fn OpportunityFormPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")));
    move || match id.get() {
        None => view! { <OpportunityForm existing=None/> }.into_any(),
        Some(id) => match state
            .tracker
            .with_untracked(|d| d.opportunity(&id).cloned())
        {
            Some(opp) => view! { <OpportunityForm existing=Some(opp)/> }.into_any(),
            None => view! { <OpportunityNotFound/> }.into_any(),
        },
    }
}

/// The form itself, filled from `existing` when editing.
#[component]
fn OpportunityForm(
    /// The opportunity being edited; `None` adds a new one.
    existing: Option<Opportunity>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let editing = existing.is_some();
    let existing_id = existing.as_ref().map(|o| o.id.clone());
    let text = |f: fn(&Opportunity) -> &String| {
        RwSignal::new(existing.as_ref().map(f).cloned().unwrap_or_default())
    };
    let company = text(|o| &o.company);
    let role = text(|o| &o.role);
    let source = text(|o| &o.source);
    let pay_notes = text(|o| &o.pay_notes);
    let notes = text(|o| &o.notes);
    let stage = RwSignal::new(choice_value(
        InterviewStage::ALL,
        existing.as_ref().and_then(|o| o.stage),
    ));
    let status = RwSignal::new(choice_value(
        Status::ALL,
        Some(existing.as_ref().map_or(Status::Invited, |o| o.status)),
    ));
    let original_interview = existing.as_ref().and_then(|o| o.interview.clone());
    let interview = RwSignal::new(original_interview.as_ref().map(|i| i.at));
    let contact = ContactDraft::default();
    let errors = RwSignal::new(None::<ValidationErrors>);
    let contact_errors = RwSignal::new(None::<ValidationErrors>);
    let result = RwSignal::new(String::new());

    let heading = if editing {
        "Edit the opportunity"
    } else {
        "Add an opportunity"
    };
    let cancel = match &existing {
        Some(o) => opportunity_path(&o.id),
        None => app_path("/tracker"),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = now();
        let mut opp = existing.clone().unwrap_or_else(|| {
            Opportunity::new(new_id(RecordKind::Opportunity, now, entropy()), "", now)
        });
        let trimmed = |s: RwSignal<String>| s.with_untracked(|s| s.trim().to_string());
        opp.company = trimmed(company);
        opp.role = trimmed(role);
        opp.source = trimmed(source);
        opp.pay_notes = trimmed(pay_notes);
        opp.notes = trimmed(notes);
        opp.stage = pick(InterviewStage::ALL, &stage.get_untracked());
        opp.status = pick(Status::ALL, &status.get_untracked()).unwrap_or(opp.status);
        // An unchanged time keeps the zone it was agreed in; a new one is
        // in the zone of the browser it was typed into.
        opp.interview = interview
            .get_untracked()
            .map(|at| match &original_interview {
                Some(old) if old.at == at => old.clone(),
                _ => InterviewTime {
                    at,
                    zone: browser_zone(),
                },
            });
        let first_contact =
            (!editing && !contact.is_blank()).then(|| contact.typed_contact(&opp.id, now));
        let opp_problems = opp.validate().err();
        let contact_problems = first_contact.as_ref().and_then(|c| c.validate().err());
        let valid = opp_problems.is_none() && contact_problems.is_none();
        errors.set(opp_problems);
        contact_errors.set(contact_problems);
        if !valid {
            result.set("Nothing was saved yet: please fix the fields marked below.".to_string());
            return;
        }
        let id = opp.id.clone();
        let outcome = state.edit_tracker(|d| {
            if editing {
                d.update_opportunity(opp, now, &new_id(RecordKind::Activity, now, entropy()))
            } else {
                d.add_opportunity(opp)?;
                match first_contact {
                    Some(c) => d.add_contact(c),
                    None => Ok(()),
                }
            }
        });
        match outcome {
            Ok(()) => navigate(&opportunity_path(&id), already_under_base()),
            Err(EditError::Tracker(TrackerError::Invalid(e))) => errors.set(Some(e)),
            Err(e) => result.set(e.to_string()),
        }
    };

    let first_contact = (!editing).then(|| {
        view! {
            <fieldset>
                <legend>"First contact (optional)"</legend>
                <p class="hint">"The person who invited you; you can add more people later."</p>
                <ContactFields draft=contact errors=contact_errors prefix="first-contact"/>
            </fieldset>
        }
    });
    let on_time = Callback::new(move |at: Option<DateTime<Utc>>| interview.set(at));

    view! {
        <h1>{heading}</h1>
        <form class="tracker-form" on:submit=submit novalidate=true>
            <p role="status" class="form-result">{move || result.get()}</p>
            <TextField id="opp-company" label="Company" value=company field="company" errors=errors required=true/>
            <BeenHereBefore
                company=company
                contact_name=contact.name
                contact_email=contact.email
                exclude_id=existing_id.clone()
            />
            <TextField id="opp-role" label="Role" value=role field="role" errors=errors/>
            <TextField
                id="opp-source"
                label="Source"
                hint="A recruiter, a job board, a referral…"
                value=source
                field="source"
                errors=errors
            />
            <SelectField
                id="opp-stage"
                label="Interview stage"
                value=stage
                options=options(Some("Not sure yet"), InterviewStage::ALL.iter().map(|s| s.label()))
            />
            <fieldset>
                <legend>"Interview date and time"</legend>
                <p class="hint">"In your own time zone. Leave empty if there is no date yet."</p>
                <InterviewTimeInput value=interview on_change=on_time id="opp-interview"/>
                <p class="field-error" aria-live="polite">
                    {move || errors.with(|e| e.as_ref().and_then(|e| e.for_field("interview_zone")).map(str::to_string))}
                </p>
            </fieldset>
            <SelectField
                id="opp-status"
                label="Status"
                value=status
                options=options(None, Status::ALL.iter().map(|s| s.label()))
            />
            <TextField id="opp-pay" label="Pay notes" value=pay_notes field="pay_notes" errors=errors multiline=true/>
            <TextField id="opp-notes" label="Notes" value=notes field="notes" errors=errors multiline=true/>
            {first_contact}
            <p class="button-row">
                <button type="submit" class="primary">"Save"</button>
                <A href=cancel attr:class="button">"Cancel"</A>
            </p>
        </form>
    }
}
