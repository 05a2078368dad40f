//! The interview's date and time, typed on the user's own wall clock.

use chrono::{DateTime, Utc};
use leptos::html;
use leptos::prelude::*;

use super::zone::{input_values, zone_name, BrowserZone};
use crate::domain::timing::parse_local_instant;

/// Native date and time inputs in the user's own time zone, writing the
/// chosen instant (or `None` while incomplete or invalid).
///
/// The inputs keep what the user types; they are rewritten only when
/// `value` changes to an instant they do not already show, so a
/// half-typed date is never wiped out under the user's fingers.
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
    /// What the time is of, for the labels ("Interview date", "Reply-by
    /// date"); the interview unless said.
    #[prop(default = ("Interview date", "Interview time"))]
    labels: (&'static str, &'static str),
) -> impl IntoView {
    let date_ref = NodeRef::<html::Input>::new();
    let time_ref = NodeRef::<html::Input>::new();
    let initial = value.get_untracked().map(input_values).unwrap_or_default();
    // What the user last typed, for the error message.
    let typed = RwSignal::new(initial.clone());

    let read = move |_| {
        let (Some(date), Some(time)) = (date_ref.get_untracked(), time_ref.get_untracked()) else {
            return;
        };
        let (date, time) = (date.value(), time.value());
        let chosen = complete(&date, &time)
            .then(|| parse_local_instant(&date, &time, &BrowserZone).ok())
            .flatten();
        typed.set((date, time));
        on_change.run(chosen);
    };

    // An error only while no valid instant is chosen: once the owner holds
    // one (typed or set from outside), an older typing mistake is moot.
    let error = Memo::new(move |_| {
        if value.with(Option::is_some) {
            return None;
        }
        typed.with(|(date, time)| {
            complete(date, time)
                .then(|| parse_local_instant(date, time, &BrowserZone).err())
                .flatten()
                .map(|e| e.to_string())
        })
    });
    let invalid = move || error.with(Option::is_some).then_some("true");

    // Pushes a value set from outside into the inputs (DOM only).
    Effect::new(move |_| {
        let wanted = value.get();
        let (Some(date), Some(time)) = (date_ref.get(), time_ref.get()) else {
            return;
        };
        let shown = parse_local_instant(&date.value(), &time.value(), &BrowserZone).ok();
        if shown == wanted {
            return;
        }
        let (d, t) = wanted.map(input_values).unwrap_or_default();
        date.set_value(&d);
        time.set_value(&t);
    });

    let zone_hint = match zone_name() {
        Some(name) => format!("Times are in {name}."),
        None => "Times are in this device's time zone.".to_string(),
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    // The two fields share one view (and so one piece of compiled code).
    let field = move |kind: &'static str, label: &'static str, node_ref, value: String| {
        let field_id = format!("{id}-{kind}");
        view! {
            <div class="interview-time-field">
                <label for=field_id.clone()>{label}</label>
                <input
                    type=kind
                    id=field_id
                    node_ref=node_ref
                    value=value
                    aria-describedby=described_by.clone()
                    aria-invalid=invalid
                    on:input=read
                />
            </div>
        }
        .into_any()
    };
    let (date_value, time_value) = initial;
    view! {
        <div class="interview-time">
            <div class="interview-time-fields">
                {field("date", labels.0, date_ref, date_value)}
                {field("time", labels.1, time_ref, time_value)}
            </div>
            <p class="hint" id=hint_id>{zone_hint}</p>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}

/// Both fields hold something: only then is there anything to check.
fn complete(date: &str, time: &str) -> bool {
    !date.is_empty() && !time.is_empty()
}
