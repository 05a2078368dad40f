//! "When to say no": the timing tools on a page of their own, reachable
//! from Home and Decide before any opportunity is tracked.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::timing::rules::{
    LAST_MINUTE_HOURS, LATER_STAGE_HOURS, SCREENING_MINIMUM_HOURS, SCREENING_RECOMMENDED_HOURS,
};
use crate::domain::InterviewStage;
use crate::ui::timing::{InterviewTimeInput, TimingPanel};

/// The timing page: enter when and which round, see how much notice is
/// left and how to tell them. `?stage=in_person` preselects the stage,
/// `?at=` (RFC 3339) the time and `?title=` the calendar title, as a
/// pasted invitation fills them.
#[component]
pub fn TimingPage() -> impl IntoView {
    let preset = use_query_map().with_untracked(|q| {
        q.get("stage")
            .and_then(|s| s.parse::<InterviewStage>().ok())
    });
    let (at, given_title) = use_query_map().with_untracked(|q| {
        let at = q
            .get("at")
            .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| at.with_timezone(&Utc));
        (at, q.get("title").unwrap_or_default())
    });
    let interview = RwSignal::new(at);
    let stage = RwSignal::new(preset);
    let title = RwSignal::new(given_title);
    let stage_options = InterviewStage::ALL
        .iter()
        .map(|s| {
            view! {
                <option value=s.as_str() selected=preset == Some(*s)>
                    {s.label()}
                </option>
            }
        })
        .collect_view();

    // Sections are type-erased one by one (`into_any`), which keeps the
    // page's compiled view code small.
    let form = view! {
        <section class="card" aria-labelledby="timing-form-title">
            <h2 id="timing-form-title">"Your interview"</h2>
            <InterviewTimeInput
                value=interview
                on_change=Callback::new(move |at| interview.set(at))
                id="timing-when"
            />
            <label for="timing-stage">"Interview stage"</label>
            <select
                id="timing-stage"
                on:change=move |ev| stage.set(event_target_value(&ev).parse().ok())
            >
                <option value="" selected=preset.is_none()>
                    "Choose a stage"
                </option>
                {stage_options}
            </select>
            <label for="timing-title">
                "Company and role " <span class="hint">"(optional, used in calendar entries)"</span>
            </label>
            <input
                id="timing-title"
                type="text"
                autocomplete="off"
                prop:value=move || title.get()
                on:input=move |ev| title.set(event_target_value(&ev))
            />
        </section>
    }
    .into_any();
    let windows = view! {
        <section aria-labelledby="timing-windows-title">
            <h2 id="timing-windows-title">"How much notice is fair"</h2>
            <ul class="timing-windows">
                <li>
                    <strong>"Phone or video screening: "</strong>
                    {format!(
                        "aim for {SCREENING_RECOMMENDED_HOURS} hours' notice; {SCREENING_MINIMUM_HOURS} hours is still fine. A short, polite email usually does."
                    )}
                </li>
                <li>
                    <strong>"In-person or later rounds: "</strong>
                    {format!(
                        "give at least {LATER_STAGE_HOURS} hours. Rooms, panels and travel have been arranged for you, so a phone call shows you noticed."
                    )}
                </li>
                <li>
                    <strong>"Less notice than that: "</strong>
                    {format!(
                        "call first so they can re-plan today, then put a short apology in writing. Under {LAST_MINUTE_HOURS} hours, call straight away."
                    )}
                </li>
            </ul>
        </section>
    }
    .into_any();

    view! {
        <h1>"When to say no"</h1>
        <p class="lede">
            "The earlier they hear from you, the easier it is for them to give your slot "
            "to someone else. Tell us when the interview is to see how much notice is "
            "left and the kindest way to let them know."
        </p>
        {form}
        <section aria-labelledby="timing-advice-title">
            <h2 id="timing-advice-title">"How much time is left"</h2>
            <TimingPanel interview stage title/>
        </section>
        {windows}
    }
}
