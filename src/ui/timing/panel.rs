//! The timing summary: notice left, decline-by deadline with a live
//! countdown, what the notice means, how to get in touch, calendar files.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;
use leptos_router::components::A;

use super::calendar::{calendar_title, keyed, save_event, SaveStatus};
use super::zone::format_for_people;
use crate::domain::channel::ChannelContext;
use crate::domain::timing::{assess_timing, CalendarEvent, NoticeClass, TimingAdvice};
use crate::domain::InterviewStage;
use crate::ui::app_path;
use crate::ui::state::now;

/// How often the countdown and the notice left are refreshed.
const REFRESH: Duration = Duration::from_secs(30);

/// How long the interview's calendar entry is. Only a placeholder for the
/// user's calendar, which they can stretch; an hour suits most rounds.
const INTERVIEW_ENTRY_MINUTES: i64 = 60;

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
    /// What else is known about the relationship (hiring manager,
    /// sensitive reason), which can change the recommended channel.
    #[prop(optional, into)]
    facts: Signal<ChannelContext>,
    /// A stable key (such as the tracker record's id), so that saving a
    /// calendar entry again replaces it instead of doubling it.
    #[prop(optional, into)]
    calendar_key: Option<String>,
    /// Leave out the link to the composer (when already composing).
    #[prop(optional)]
    hide_compose_link: bool,
) -> impl IntoView {
    let clock = RwSignal::new(now());
    if let Ok(handle) = set_interval_with_handle(move || clock.set(now()), REFRESH) {
        on_cleanup(move || handle.clear());
    }

    let advice = Memo::new(move |_| {
        let (interview, stage) = (interview.get()?, stage.get()?);
        Some(assess_timing(&interview, stage, &clock.get(), facts.get()))
    });
    let deadline = Memo::new(move |_| advice.with(|a| a.as_ref().map(|a| a.deadline)));
    let class = Memo::new(move |_| advice.with(|a| a.as_ref().map(|a| a.class)));
    let known = move || class.with(Option::is_some);
    let late = move || class.get().is_some_and(NoticeClass::is_late);
    let field = move |get: fn(&TimingAdvice) -> String| {
        move || advice.with(|a| a.as_ref().map(get).unwrap_or_default())
    };

    // The live region holds only what changes with the class or the
    // inputs, so a screen reader is not interrupted every minute.
    let status_label = Memo::new(move |_| match class.get() {
        Some(class) => class.label().to_string(),
        None => "Add the details".to_string(),
    });
    let status_text = Memo::new(move |_| match (interview.get(), stage.get()) {
        (Some(_), Some(_)) => {
            advice.with(|a| a.as_ref().map(|a| a.next_step.clone()).unwrap_or_default())
        }
        (None, None) => {
            "Enter the interview date and time and choose its stage to see how much notice is left."
                .to_string()
        }
        (None, Some(_)) => {
            "Enter the interview date and time to see how much notice is left.".to_string()
        }
        (Some(_), None) => {
            "Choose the interview stage: screenings and later rounds call for different notice."
                .to_string()
        }
    });
    let tone = move || match class.get() {
        None => "timing-status notice info",
        Some(NoticeClass::Ample) => "timing-status notice ok",
        Some(NoticeClass::Acceptable) => "timing-status notice info",
        Some(NoticeClass::ShortNotice) => "timing-status notice warning",
        Some(NoticeClass::LastMinute | NoticeClass::Past) => "timing-status notice error",
    };

    let notice = field(|a| match a.notice.seconds {
        s if s >= 3600 => format!("{} ({})", a.notice.words, hours(s / 3600)),
        _ => a.notice.words.clone(),
    });
    let deadline_at = Memo::new(move |_| deadline.get().map(|d| format_for_people(d.recommended)));
    let deadline_iso = move || deadline.get().map(|d| d.recommended.to_rfc3339());
    let countdown = move || {
        deadline
            .get()
            .map(|d| d.countdown_words(&clock.get()))
            .unwrap_or_default()
    };
    // Screenings have a softer last moment after the recommended one.
    let softer_minimum = Memo::new(move |_| {
        deadline
            .get()
            .filter(|d| d.minimum != d.recommended)
            .map(|d| format_for_people(d.minimum))
    });
    let channel = field(|a| {
        let how = a.channel.channel.label();
        if a.channel.follow_up_in_writing {
            format!("{how} now, then a short written apology")
        } else {
            how.to_string()
        }
    });
    let channel_why = field(|a| a.channel.explanation().to_string());
    let compose_href = field(|a| {
        app_path(&format!(
            "/compose?kind={}&channel={}",
            a.message_kind.as_str(),
            a.channel.channel.as_str()
        ))
    });

    let saved = RwSignal::new(None::<Result<String, String>>);
    let key = StoredValue::new(calendar_key);
    let save_deadline = move |_| {
        let Some(deadline) = deadline.get_untracked() else {
            return;
        };
        let what = calendar_title(&title.get_untracked());
        let event = CalendarEvent::decline_deadline(&deadline, &what);
        saved.set(Some(save_event(keyed(event, key.get_value().as_deref()))));
    };
    let save_interview = move |_| {
        let (Some(start), Some(stage)) = (interview.get_untracked(), stage.get_untracked()) else {
            return;
        };
        let what = calendar_title(&title.get_untracked());
        let end = start + TimeDelta::minutes(INTERVIEW_ENTRY_MINUTES);
        let event = CalendarEvent::interview(&what, start, end, None, stage.label());
        saved.set(Some(save_event(keyed(event, key.get_value().as_deref()))));
    };

    view! {
        <section class="timing-panel" aria-label="Timing advice">
            <div class=tone role="status">
                <p class="timing-class">{status_label}</p>
                <p class="timing-next">{status_text}</p>
            </div>
            <Show when=known>
                <p class="timing-explanation">{field(|a| a.explanation.clone())}</p>
                <dl class="timing-facts">
                    <div>
                        <dt>"Notice left"</dt>
                        <dd>{notice}</dd>
                    </div>
                    <div>
                        <dt>"Decline by"</dt>
                        <dd>
                            <time datetime=deadline_iso>{deadline_at}</time>
                            <span class="countdown" role="timer">{countdown}</span>
                        </dd>
                    </div>
                    <Show when=move || softer_minimum.with(Option::is_some)>
                        <div>
                            <dt>"At the very latest"</dt>
                            <dd>{move || softer_minimum.get()}</dd>
                        </div>
                    </Show>
                    <div>
                        <dt>"How to tell them"</dt>
                        <dd>
                            <strong>{channel}</strong>
                            " "
                            {channel_why}
                        </dd>
                    </div>
                </dl>
                <Show when=move || !hide_compose_link>
                    <p class="button-row">
                        <A
                            href=compose_href
                            attr:class=move || {
                                if late() { "button primary" } else { "button" }
                            }
                        >
                            {move || {
                                if late() {
                                    "Write the late-cancellation apology"
                                } else {
                                    "Write the message"
                                }
                            }}
                        </A>
                    </p>
                </Show>
                <div class="button-row timing-calendar">
                    <button type="button" class="button" on:click=save_deadline>
                        <span aria-hidden="true">"📅"</span>
                        "Add decline-by deadline to calendar"
                    </button>
                    <button type="button" class="button" on:click=save_interview>
                        <span aria-hidden="true">"📅"</span>
                        "Add interview to calendar"
                    </button>
                </div>
                <SaveStatus status=saved/>
            </Show>
        </section>
    }
}

/// "1 hour", "51 hours".
fn hours(count: i64) -> String {
    if count == 1 {
        "1 hour".to_string()
    } else {
        format!("{count} hours")
    }
}
