//! The timing summary: notice left, decline-by deadline with a live
//! countdown, what the notice means, how to get in touch, calendar files.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;

use super::calendar::{calendar_title, keyed, save_event, ProviderLinks, SaveStatus};
use crate::domain::channel::ChannelContext;
use crate::domain::timing::{
    assess_timing, CalendarEvent, Notice, NoticeClass, Reply, ReplyAdvice, TimingAdvice,
};
use crate::domain::InterviewStage;
use crate::ui::app_path;
use crate::ui::format::format_for_people;
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
    /// What the person is about to tell them (Decide's advice, or a
    /// tracked yes). For a yes or a proposal the panel says how soon to
    /// reply, with no deadline to decline by and no decline message; a
    /// yes also sees the time left as time to get ready.
    #[prop(optional, into)]
    reply: Signal<Reply>,
) -> impl IntoView {
    let clock = RwSignal::new(now());
    if let Ok(handle) = set_interval_with_handle(move || clock.set(now()), REFRESH) {
        on_cleanup(move || handle.clear());
    }
    // Cheap to work out, so not memoised: `shown` is the one memo.
    let advice = move || {
        let (interview, stage) = (interview.get()?, stage.get()?);
        // On the person's own clock, so that a call is never advised at
        // night (`TimingAdvice::out_of_hours`).
        let now = clock.get().with_timezone(&chrono::Local);
        Some(assess_timing(&interview, stage, &now, facts.get()))
    };
    let shown = Memo::new(move |_| match advice() {
        Some(advice) => {
            let reply = reply.get();
            match advice.reply(reply) {
                Some(told) => Shown::replying(&advice, told, reply),
                None => Shown::of(&advice, clock.get()),
            }
        }
        None => Shown::missing(interview.with(Option::is_some), stage.with(Option::is_some)),
    });
    // Every reactive piece is one of these two closure types, which keeps
    // the compiled view small (one instantiation each, not one per node).
    let text = move |get: fn(&Shown) -> String| move || shown.with(get);
    let flag = move |get: fn(&Shown) -> bool| move || shown.with(get);

    let saved = RwSignal::new(None::<Result<String, String>>);
    let key = StoredValue::new(calendar_key);
    // The two calendar entries, reactive so the provider links follow the
    // inputs; the `.ics` buttons read them untracked when tapped.
    let entry = move |event: fn(&TimingAdvice, &str) -> CalendarEvent| {
        move || {
            let what = calendar_title(&title.get());
            advice().map(|a| keyed(event(&a, &what), key.get_value().as_deref()))
        }
    };
    let deadline_entry = entry(|a, what| CalendarEvent::decline_deadline(&a.deadline, what));
    let interview_entry = entry(|a, what| {
        let end = a.interview + TimeDelta::minutes(INTERVIEW_ENTRY_MINUTES);
        CalendarEvent::interview(what, a.interview, end, None, a.stage.label())
    });
    let save = move |event: Signal<Option<CalendarEvent>>| {
        move |_| {
            if let Some(event) = event.get_untracked() {
                saved.set(Some(save_event(event)));
            }
        }
    };
    let deadline_entry = Signal::derive(deadline_entry);
    let interview_entry = Signal::derive(interview_entry);
    // Each part is type-erased (`into_any`): one nested view type for the
    // whole panel would multiply the code generated for it.
    let compose = (!hide_compose_link).then(|| {
        view! {
            <p class="button-row" hidden=flag(|s| !s.saying_no)>
                <a href=text(|s| s.compose.clone()) class=text(|s| s.compose_class.to_string())>
                    {text(|s| s.compose_label.to_string())}
                </a>
            </p>
        }
        .into_any()
    });
    // The live region holds only what changes with the class or the
    // inputs, so a screen reader is not interrupted every minute.
    let status = view! {
        <div class=text(|s| s.tone.to_string()) role="status">
            <p class="timing-class">{text(|s| s.label.clone())}</p>
            <p class="timing-next">{text(|s| s.next.clone())}</p>
        </div>
    }
    .into_any();
    // Rows about declining (the deadline, the channel) are hidden unless
    // the person is saying no; someone who is going sees the time left as
    // time to get ready.
    let not_no: fn(&Shown) -> bool = |s| !s.saying_no;
    let going: fn(&Shown) -> bool = |s| s.going;
    let not_going: fn(&Shown) -> bool = |s| !s.going;
    let row = move |term: &'static str, value: AnyView, hide: fn(&Shown) -> bool| {
        view! {
            <div hidden=flag(hide)>
                <dt>{term}</dt>
                <dd>{value}</dd>
            </div>
        }
        .into_any()
    };
    let deadline = view! {
        <time datetime=text(|s| s.deadline_iso.clone())>{text(|s| s.deadline.clone())}</time>
        <span class="countdown" role="timer">{text(|s| s.countdown.clone())}</span>
    }
    .into_any();
    let channel = view! {
        <strong>{text(|s| s.channel.clone())}</strong>
        " "
        {text(|s| s.why.clone())}
    }
    .into_any();
    let softer = view! {
        <div hidden=flag(|s| !s.saying_no || s.softer.is_empty())>
            <dt>"At the very latest"</dt>
            <dd>{text(|s| s.softer.clone())}</dd>
        </div>
    }
    .into_any();
    let facts = view! {
        <dl class="timing-facts">
            {row("Notice left", text(|s| s.notice.clone()).into_any(), going)}
            {row("Time to get ready", text(|s| s.notice.clone()).into_any(), not_going)}
            {row("Decline by", deadline, not_no)}
            {softer}
            {row("How to tell them", channel, not_no)}
        </dl>
    }
    .into_any();
    let calendar = view! {
        <div class="timing-calendar">
            <div class="calendar-action" hidden=flag(|s| !s.saying_no)>
                <button type="button" class="button" on:click=save(deadline_entry)>
                    "Add decline-by deadline to calendar"
                </button>
                <ProviderLinks event=deadline_entry/>
            </div>
            <div class="calendar-action">
                <button type="button" class="button" on:click=save(interview_entry)>
                    "Add interview to calendar"
                </button>
                <ProviderLinks event=interview_entry/>
            </div>
        </div>
        <SaveStatus status=saved/>
    }
    .into_any();

    view! {
        <section class="timing-panel" aria-label="Timing advice">
            {status}
            <div class="timing-details" hidden=flag(|s| !s.known)>
                <p class="timing-explanation" hidden=flag(|s| !s.saying_no)>
                    {text(|s| s.explanation.clone())}
                </p>
                {facts}
                {compose}
                {calendar}
            </div>
        </section>
    }
}

/// Everything the panel shows, worked out once per input change or tick.
#[derive(Debug, Clone, PartialEq, Default)]
struct Shown {
    known: bool,
    /// Shown for a no: the decline deadline, channel and message (hidden
    /// for a yes or a proposal).
    saying_no: bool,
    /// Shown for a yes: the time left is time to get ready.
    going: bool,
    tone: &'static str,
    label: String,
    next: String,
    explanation: String,
    notice: String,
    deadline: String,
    deadline_iso: String,
    countdown: String,
    /// The softer last moment of a screening; empty when there is none.
    softer: String,
    channel: String,
    why: String,
    compose: String,
    compose_class: &'static str,
    compose_label: &'static str,
}

impl Shown {
    fn of(advice: &TimingAdvice, now: DateTime<Utc>) -> Self {
        let TimingAdvice {
            notice,
            deadline,
            class,
            channel,
            ..
        } = advice;
        let late = class.is_late();
        Shown {
            known: true,
            saying_no: true,
            going: false,
            tone: match class {
                NoticeClass::Ample => "timing-status notice ok",
                NoticeClass::Acceptable => "timing-status notice info",
                NoticeClass::ShortNotice => "timing-status notice warning",
                NoticeClass::LastMinute | NoticeClass::Past => "timing-status notice error",
            },
            label: class.label().to_string(),
            next: advice.next_step.clone(),
            explanation: advice.explanation.clone(),
            notice: Shown::notice(notice),
            deadline: format_for_people(deadline.recommended),
            deadline_iso: deadline.recommended.to_rfc3339(),
            countdown: deadline.countdown_words(&now),
            softer: if deadline.minimum == deadline.recommended {
                String::new()
            } else {
                format_for_people(deadline.minimum)
            },
            channel: if channel.follow_up_in_writing && advice.out_of_hours {
                format!(
                    "A short written apology now, then a {} as soon as their office opens",
                    channel.channel.label().to_lowercase()
                )
            } else if channel.follow_up_in_writing {
                format!(
                    "{} now, then a short written apology",
                    channel.channel.label()
                )
            } else {
                channel.channel.label().to_string()
            },
            why: channel.explanation_at(advice.out_of_hours).to_string(),
            compose: app_path(&format!(
                "/compose?kind={}&channel={}",
                advice.message_kind.as_str(),
                channel.channel.as_str()
            )),
            compose_class: if late { "button primary" } else { "button" },
            compose_label: if late {
                "Write the late-cancellation apology"
            } else {
                "Write the message"
            },
        }
    }

    /// For a yes or a proposal: how soon to reply.
    fn replying(advice: &TimingAdvice, told: ReplyAdvice, reply: Reply) -> Self {
        Shown {
            known: true,
            going: reply == Reply::Yes,
            tone: match advice.class {
                NoticeClass::LastMinute | NoticeClass::Past => "timing-status notice warning",
                NoticeClass::ShortNotice => "timing-status notice info",
                _ => "timing-status notice ok",
            },
            label: told.label,
            next: told.next_step,
            notice: Shown::notice(&advice.notice),
            ..Shown::default()
        }
    }

    /// "2 days and 3 hours (51 hours)", the rules being in hours; under a
    /// day the words are already hours ("2 hours and 45 minutes").
    fn notice(notice: &Notice) -> String {
        match notice.seconds {
            s if s >= 24 * 3600 => format!("{} ({})", notice.words, hours(s / 3600)),
            _ => notice.words.clone(),
        }
    }

    /// What to enter before there is anything to show.
    fn missing(has_time: bool, has_stage: bool) -> Self {
        let next = match (has_time, has_stage) {
            (false, false) => "Enter the interview date and time and choose its stage to see how much notice is left.",
            (false, true) => "Enter the interview date and time to see how much notice is left.",
            _ => "Choose the interview stage: screenings and later rounds call for different notice.",
        };
        Shown {
            tone: "timing-status notice info",
            label: "Add the details".to_string(),
            next: next.to_string(),
            ..Shown::default()
        }
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
