//! Timing widgets shown wherever an interview date is known: the notice
//! left, the decline-by deadline with a live countdown, the classification
//! in words, the recommended channel, and calendar downloads.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::domain::InterviewStage;

/// The timing summary for one interview.
#[component]
pub fn TimingPanel(
    /// When the interview is, if known.
    #[prop(into)]
    interview: Signal<Option<DateTime<Utc>>>,
    /// Its stage, if known.
    #[prop(into)]
    stage: Signal<Option<InterviewStage>>,
    /// Company and role, used as the calendar entries' title.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let _ = (interview, stage, title);
    view! { <section class="timing-panel" aria-label="Timing"></section> }
}

/// Native date and time inputs in the user's own time zone, writing the
/// chosen instant (or `None` while incomplete or invalid).
#[component]
pub fn InterviewTimeInput(
    /// The instant currently chosen.
    #[prop(into)]
    value: Signal<Option<DateTime<Utc>>>,
    /// Called with the new instant, or `None`.
    on_change: Callback<Option<DateTime<Utc>>>,
    /// A prefix for the inputs' ids, unique on the page.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let _ = (value, on_change, id);
    view! { <div class="interview-time"></div> }
}
