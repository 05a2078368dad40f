//! One-tap calendar files: the user's own calendar does the reminding.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::zone::BrowserZone;
use crate::domain::timing::{CalendarEvent, PlannedStep, StepKind};
use crate::ui::download::download_text;
use crate::ui::state::now;

/// A button that saves a follow-up reminder (a LinkedIn step, a later
/// follow-up or a chase) as an `.ics` file, due at the start of a working
/// morning on the step's date in the user's zone.
#[component]
pub fn FollowUpCalendarButton(
    /// The planned step to be reminded of.
    #[prop(into)]
    step: Signal<PlannedStep>,
    /// Company and role, used in the reminder's title.
    #[prop(into)]
    title: Signal<String>,
    /// A stable key (such as the tracker record's id), so that saving the
    /// reminder again replaces the calendar entry instead of doubling it.
    #[prop(optional, into)]
    calendar_key: Option<String>,
) -> impl IntoView {
    let status = RwSignal::new(None::<Result<String, String>>);
    let key = StoredValue::new(calendar_key);
    let event = move || {
        step.with(|step| {
            let at = step.due_at(&BrowserZone).map_err(|e| e.to_string())?;
            let what = calendar_title(&title.get());
            let event = CalendarEvent::follow_up_reminder(step, at, &what);
            Ok(keyed(event, key.get_value().as_deref()))
        })
    };
    let save = move |_| status.set(Some(untrack(event).and_then(save_event)));
    let links = Signal::derive(move || event().ok());
    let label = move || match step.with(|s| s.step) {
        StepKind::ConnectOnLinkedIn => "Add LinkedIn reminder to calendar",
        StepKind::FollowUp => "Add follow-up reminder to calendar",
        StepKind::ChaseProposal => "Add chase-up reminder to calendar",
    };
    view! {
        <div class="calendar-action">
            <button type="button" class="button" on:click=save>
                {label}
            </button>
            <ProviderLinks event=links/>
            <SaveStatus status/>
        </div>
    }
}

/// A button that saves a tracked follow-up (its own due instant and what
/// to do) as an `.ics` reminder.
#[component]
pub fn ReminderCalendarButton(
    /// When the follow-up is due.
    at: DateTime<Utc>,
    /// What to do then.
    action: String,
    /// Company and role, used in the reminder's title.
    title: String,
    /// The follow-up's id, so saving again replaces the calendar entry.
    calendar_key: String,
) -> impl IntoView {
    let status = RwSignal::new(None::<Result<String, String>>);
    let event = keyed(
        CalendarEvent::tracked_follow_up(at, &action, &calendar_title(&title)),
        Some(&calendar_key),
    );
    let links = Signal::stored(Some(event.clone()));
    let save = move |_| status.set(Some(save_event(event.clone())));
    view! {
        <div class="calendar-action">
            <button type="button" class="button" on:click=save>
                "Add to calendar"
            </button>
            <ProviderLinks event=links/>
            <SaveStatus status/>
        </div>
    }
}

/// The title used in calendar entries when none was given.
pub(super) fn calendar_title(title: &str) -> String {
    match title.trim() {
        "" => "job interview".to_string(),
        given => given.to_string(),
    }
}

/// Gives the event a stable UID when there is a key for it.
pub(super) fn keyed(event: CalendarEvent, key: Option<&str>) -> CalendarEvent {
    match key {
        Some(key) => event.with_key(key),
        None => event,
    }
}

/// Offers the event as an `.ics` download; says what happened.
pub(super) fn save_event(event: CalendarEvent) -> Result<String, String> {
    let file = event.file_name();
    download_text(&file, "text/calendar", &event.to_ics(now()))?;
    Ok(format!(
        "Saved {file}. Open it to add the event to your calendar."
    ))
}

/// "Add to Google Calendar" and "Add to Outlook" beside an `.ics` button:
/// links to the providers' own add-event pages with the event filled in,
/// opened in a new tab. Hidden while there is no event to add.
#[component]
pub(super) fn ProviderLinks(
    /// The event the links add, when there is one.
    #[prop(into)]
    event: Signal<Option<CalendarEvent>>,
) -> impl IntoView {
    let href = move |url: fn(&CalendarEvent) -> String| {
        move || event.with(|e| e.as_ref().map(url).unwrap_or_default())
    };
    view! {
        <p class="calendar-links" hidden=move || event.with(Option::is_none)>
            <a href=href(CalendarEvent::google_calendar_url) target="_blank" rel="noopener noreferrer">
                "Add to Google Calendar"
            </a>
            <a href=href(CalendarEvent::outlook_calendar_url) target="_blank" rel="noopener noreferrer">
                "Add to Outlook"
            </a>
        </p>
    }
}

/// What became of the last calendar download, read out politely.
#[component]
pub(super) fn SaveStatus(
    /// `None` before the first tap; then the outcome.
    status: RwSignal<Option<Result<String, String>>>,
) -> impl IntoView {
    let show = move |get: fn(&Option<Result<String, String>>) -> String| move || status.with(get);
    let class = show(|s| match s {
        Some(Err(_)) => "calendar-status field-error".to_string(),
        _ => "calendar-status hint".to_string(),
    });
    let text = show(|s| match s {
        Some(Ok(text) | Err(text)) => text.clone(),
        None => String::new(),
    });
    view! { <p class=class role="status">{text}</p> }
}
