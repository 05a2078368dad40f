//! The message composer: pick what to write, fill the details, edit the
//! text with live checks, then copy, mail, share, download or record it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::messages::{AskTopic, MessageFields};
use crate::domain::{Channel, DeclineReason, MessageKind};
use crate::ui::compose::{
    Checks, Draft, DraftStart, Editor, FieldInputs, MessageOptions, MyTemplates, OpportunityPicker,
    RecordInTracker,
};
use crate::ui::pages::tracker::BeenHereBefore;
use crate::ui::state::AppState;
use crate::ui::timing::TimingPanel;

/// The message composer. Reads `kind`, `reason`, `channel` and
/// `opportunity` from the query to start where the decision left off.
#[component]
pub fn ComposePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = use_query_map().get_untracked();
    let param = |name: &str| query.get(name).unwrap_or_default();
    let settings = state.settings.get_untracked();
    let fields = MessageFields {
        user_name: settings.user_name.clone(),
        signature: settings.signature.clone(),
        user_phone: settings.phone.clone(),
        ..MessageFields::default()
    };
    let language = window().navigator().language().unwrap_or_default();
    let draft = Draft::new(
        DraftStart {
            kind: param("kind").parse().unwrap_or(MessageKind::Decline),
            reason: param("reason").parse::<DeclineReason>().ok(),
            channel: param("channel").parse::<Channel>().ok(),
            spelling: settings.spelling_for(&language),
            late: param("late") == "1",
            ask: param("ask")
                .split(',')
                .filter_map(AskTopic::from_id)
                .collect(),
        },
        fields,
    );
    let opportunity = param("opportunity");
    if !opportunity.is_empty() {
        state
            .tracker
            .with_untracked(|data| draft.select_opportunity(data, Some(opportunity)));
    }
    // Earlier records at the company typed in, while no tracked
    // opportunity is picked (a picked one is this record, not "before").
    let untracked_company = Signal::derive(move || match draft.opportunity.with(Option::is_some) {
        true => String::new(),
        false => draft.fields.with(|f| f.company.clone()),
    });
    view! {
        <div class="compose-page">
            <h1>"Compose a message"</h1>
            <section class="card compose-section" aria-labelledby="compose-what">
                <h2 id="compose-what" class="visually-hidden">"What to write"</h2>
                <MessageOptions draft=draft/>
            </section>
            // The message comes before the details so a phone shows its
            // first lines at once; gaps in it jump to their field.
            <section class="card compose-section compose-text" aria-labelledby="compose-your-message">
                <h2 id="compose-your-message">"Your message"</h2>
                <Editor draft=draft/>
            </section>
            <section class="card compose-section" aria-labelledby="compose-details">
                <h2 id="compose-details">"The details"</h2>
                <p class="hint">"We check the text as you type; fill a gap and it updates."</p>
                <OpportunityPicker draft=draft/>
                <BeenHereBefore
                    company=untracked_company
                    contact_name=Signal::derive(move || draft.fields.with(|f| f.contact_name.clone()))
                    exclude_id=None
                />
                <FieldInputs draft=draft/>
                <TimingDetails draft=draft/>
            </section>
            <section class="card compose-section" aria-labelledby="compose-checks">
                <h2 id="compose-checks">"Checks"</h2>
                <Checks draft=draft/>
            </section>
            <section class="card compose-section" aria-labelledby="compose-record">
                <h2 id="compose-record">"Keep a record"</h2>
                <RecordInTracker draft=draft/>
            </section>
            <section class="card compose-section" aria-labelledby="compose-templates">
                <h2 id="compose-templates">"My templates"</h2>
                <MyTemplates draft=draft/>
            </section>
        </div>
    }
}

/// The timing panel for the selected opportunity, when it has both an
/// interview time and a stage.
#[component]
fn TimingDetails(
    /// The draft whose opportunity to time.
    draft: Draft,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let timing = Memo::new(move |_| {
        let id = draft.opportunity.get()?;
        state.tracker.with(|d| {
            let opp = d.opportunity(&id)?;
            let at = opp.interview.as_ref()?.at;
            Some((at, opp.stage?, opp.title()))
        })
    });
    move || {
        timing.get().map(|(at, stage, title)| {
            view! {
                <details class="compose-timing">
                    <summary>"Timing"</summary>
                    <TimingPanel interview=Some(at) stage=Some(stage) title=title/>
                </details>
            }
        })
    }
}
