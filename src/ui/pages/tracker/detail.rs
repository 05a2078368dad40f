//! `/tracker/:id`: one opportunity, its follow-ups, contacts and timeline,
//! and what to do next (write, change status, add to the calendar, edit,
//! delete).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::contacts::ContactsSection;
use super::follow_ups::FollowUpsSection;
use super::status::StatusChanger;
use super::timeline::TimelineSection;
use super::{already_under_base, local_date_time, OpportunityNotFound};
use crate::domain::timing::Reply;
use crate::domain::tracker::Opportunity;
use crate::domain::MessageKind;
use crate::ui::app_path;
use crate::ui::confirm::{ConfirmInline, ConfirmText};
use crate::ui::state::{now, AppState};
use crate::ui::timing::TimingPanel;

/// The message kinds offered as one-tap starts in the composer.
const COMPOSE_PRESETS: &[MessageKind] = &[
    MessageKind::Decline,
    MessageKind::Reschedule,
    MessageKind::LinkedInNote,
    MessageKind::FollowUp,
];

/// One opportunity with its contacts, activity and follow-ups.
#[component]
pub fn OpportunityDetailPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let exists = state.records_of(id, |d, id| d.opportunity(id).is_some());
    // Rebuilt only when the id or its existence changes, so forms on the
    // page keep what the user typed while the record updates around them.
    // Every read of the page is `records_of` its id: an edit of another
    // opportunity re-runs none of it.
    move || {
        if exists.get() {
            view! { <OpportunityDetail id=id.get_untracked()/> }.into_any()
        } else {
            view! { <OpportunityNotFound/> }.into_any()
        }
    }
}

/// The page for an opportunity known to exist.
#[component]
fn OpportunityDetail(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let opp = state.records_of(id.clone(), |d, id| d.opportunity(id).cloned());
    let text = move |f: fn(&Opportunity) -> String| {
        move || opp.with(|o| o.as_ref().map(f).unwrap_or_default())
    };
    let title = Signal::derive(move || {
        opp.with(|o| o.as_ref().map(Opportunity::title).unwrap_or_default())
    });
    let interview = Signal::derive(move || {
        opp.with(|o| o.as_ref().and_then(|o| o.interview.as_ref().map(|i| i.at)))
    });
    let stage = Signal::derive(move || opp.with(|o| o.as_ref().and_then(|o| o.stage)));
    // A tracked yes sees time to get ready; anything else the notice a
    // no would owe.
    let reply = Signal::derive(move || {
        let going = opp.with(|o| o.as_ref().is_some_and(|o| o.status.is_going()));
        if going {
            Reply::Yes
        } else {
            Reply::No
        }
    });
    let facts = Memo::new(move |_| opp.with(|o| o.as_ref().map(facts_of).unwrap_or_default()));
    let compose = app_path(&format!("/compose?opportunity={id}"));
    let presets = COMPOSE_PRESETS
        .iter()
        .map(|kind| {
            let href = format!("{compose}&kind={}", kind.as_str());
            view! { <li><A href=href attr:class="button">{kind.label()}</A></li> }
        })
        .collect_view();
    view! {
        <p class="back-link">
            <A href=app_path("/tracker")>"← All opportunities"</A>
        </p>
        <h1>{text(|o| o.company.clone())}</h1>
        <p class="lede">{text(|o| o.role.clone())}</p>
        <dl class="facts card">
            {move || {
                facts
                    .get()
                    .into_iter()
                    .map(|(label, value)| {
                        view! {
                            <div class="fact">
                                <dt>{label}</dt>
                                <dd>{value}</dd>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </dl>
        <p class="button-row">
            <A href=app_path(&format!("/tracker/{id}/edit")) attr:class="button">
                "Edit details"
            </A>
        </p>

        <section aria-labelledby="compose-title">
            <h2 id="compose-title">"Write a message"</h2>
            <p>
                <A href=compose.clone() attr:class="button primary">"Compose a message"</A>
            </p>
            <ul class="preset-list" aria-label="Start from">
                {presets}
            </ul>
        </section>

        <StatusChanger id=id.clone()/>
        <FollowUpsSection id=id.clone()/>

        <section aria-labelledby="timing-title">
            <h2 id="timing-title">"Timing and calendar"</h2>
            <TimingPanel interview=interview stage=stage title=title reply=reply/>
        </section>

        <ContactsSection id=id.clone()/>
        <TimelineSection id=id.clone()/>
        <DeleteOpportunity id=id/>
    }
}

/// The facts list as (label, value), leaving out what is empty.
fn facts_of(o: &Opportunity) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        ("Status", o.status.label().to_string()),
        (
            "Stage",
            o.stage.map_or("Not sure yet", |s| s.label()).to_string(),
        ),
    ];
    if let Some(reason) = o.decline_reason {
        facts.insert(1, ("Decline reason", reason.label().to_string()));
    }
    if let Some(i) = &o.interview {
        facts.push((
            "Interview",
            format!("{} ({})", local_date_time(i.at), i.zone),
        ));
    }
    for (label, value) in [
        ("Source", &o.source),
        ("Pay notes", &o.pay_notes),
        ("Notes", &o.notes),
    ] {
        if !value.is_empty() {
            facts.push((label, value.clone()));
        }
    }
    facts
}

/// Delete, after an inline confirmation.
#[component]
fn DeleteOpportunity(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let error = RwSignal::new(String::new());
    let delete = Callback::new(move |()| {
        match state.edit_tracker(|d| d.delete_opportunity(&id, now()).map(drop)) {
            Ok(()) => navigate(&app_path("/tracker"), already_under_base()),
            Err(e) => error.set(e.to_string()),
        }
    });
    let text = ConfirmText {
        id: "delete-opportunity-q",
        ask: "Delete this opportunity",
        question: "Delete it with its follow-ups and its timeline? Its contacts stay. \
                   This cannot be undone, so consider downloading a backup from Settings first.",
        confirm: "Yes, delete it",
        cancel: "Keep it",
    };
    view! {
        <section aria-labelledby="delete-title" class="danger-zone">
            <h2 id="delete-title">"Delete"</h2>
            <ConfirmInline text on_confirm=delete/>
            <p role="status">{move || error.get()}</p>
        </section>
    }
}
