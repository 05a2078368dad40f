//! When to say no, and what to put in the calendar afterwards.
//!
//! Everything here is pure: the current time is always a parameter, and
//! instants are `chrono::DateTime` values (the browser hands us instants;
//! `local_time` turns a wall-clock date, time and zone into one).
//!
//! - `rules`: the notice the seed asks for, per stage, and the bands.
//! - `notice`: how long is left, in hours and in words.
//! - `assess`: the decline-by deadline, the classification, the channel.
//! - `local_time`: local date + time + zone to an instant, with DST errors.
//! - `zone`: skipped and repeated times in a zone known only by its offsets.
//! - `followup`: LinkedIn step, later follow-up, reminders after proposals.
//! - `ics` / `ics_text`: RFC 5545 calendar files.
//! - `calendar_links`: the same events as Google and Outlook add-event links.
//! - `cli`: argument parsing and the JSON report behind `examples/timing.rs`.

pub mod assess;
pub mod calendar_links;
pub mod cli;
pub mod followup;
pub mod ics;
mod ics_text;
pub mod local_time;
pub mod notice;
pub mod rules;
pub mod zone;

pub use assess::{
    assess_timing, classify_notice, decline_deadline, DeclineDeadline, NoticeClass, Reply,
    ReplyAdvice, TimingAdvice, OFFICE_HOURS,
};
pub use followup::{
    add_business_days, plan_after_decline, plan_after_decline_for, plan_for_status, plan_kind,
    plan_reminder_after_proposal, FollowUpDelay, PlanKind, PlannedStep, StepKind,
};
pub use ics::{CalendarEvent, CalendarEventKind};
pub use ics_text::{escape_text, fold_line};
pub use local_time::{local_instant, parse_local_instant, LocalTimeError};
pub use notice::{duration_in_words, notice_left, Notice};
pub use rules::{notice_rule, NoticeRule};
pub use zone::offsets_of_local;
