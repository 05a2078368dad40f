//! Calendar files (RFC 5545) for the decline-by deadline, the interview and
//! the follow-up reminders, so the user's own calendar does the reminding.
//!
//! All times are written in UTC (`...Z`), which every calendar converts to
//! the viewer's zone; that avoids shipping VTIMEZONE definitions.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, TimeDelta, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::assess::DeclineDeadline;
use super::followup::{PlannedStep, StepKind};
use super::ics_text::{escape_text, fold_line};

/// Identifies this app in every file (RFC 5545 PRODID).
pub const PRODID: &str = "-//Graceful Decline//Timing//EN";

/// The domain part of every UID, so our events never collide with others.
pub const UID_DOMAIN: &str = "graceful-decline";

/// The deadline event is a block of this many minutes that ends at the
/// deadline: time set aside to write and send the message.
pub const DEADLINE_BLOCK_MINUTES: i64 = 30;

/// Warn this long before the deadline block, so there is still time to
/// write the message calmly.
pub const DEADLINE_ALARM_MINUTES: i64 = 120;

/// Follow-up reminders are short blocks of this many minutes.
pub const REMINDER_BLOCK_MINUTES: i64 = 15;

/// Warn this long before a follow-up reminder.
pub const REMINDER_ALARM_MINUTES: i64 = 15;

/// What a calendar event is for; also the first part of its UID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarEventKind {
    /// The last moment to decline with the recommended notice.
    DeclineDeadline,
    /// The interview itself.
    Interview,
    /// A LinkedIn step, follow-up or chase.
    FollowUpReminder,
}

impl CalendarEventKind {
    /// The stable machine name, used in UIDs and file names.
    pub const fn as_str(self) -> &'static str {
        match self {
            CalendarEventKind::DeclineDeadline => "deadline",
            CalendarEventKind::Interview => "interview",
            CalendarEventKind::FollowUpReminder => "reminder",
        }
    }
}

/// One event, ready to be written as an `.ics` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEvent {
    /// What the event is for.
    pub kind: CalendarEventKind,
    /// A stable key (for example the tracker record's id). When set, the
    /// UID depends only on it and the kind, so an updated file replaces the
    /// old event instead of adding a second one.
    pub key: Option<String>,
    /// The title shown in the calendar.
    pub summary: String,
    /// The notes shown with it.
    pub description: String,
    /// Where, if anywhere.
    pub location: Option<String>,
    /// Start instant.
    pub start: DateTime<Utc>,
    /// End instant.
    pub end: DateTime<Utc>,
    /// Minutes before the start at which a DISPLAY alarm fires.
    pub alarm_minutes_before: Option<i64>,
}

impl CalendarEvent {
    /// A block ending at the recommended decline-by deadline, with an alarm
    /// two hours before. `what` names the interview ("Acme: data analyst").
    pub fn decline_deadline(deadline: &DeclineDeadline, what: &str) -> Self {
        let end = deadline.recommended;
        CalendarEvent {
            kind: CalendarEventKind::DeclineDeadline,
            key: None,
            summary: format!("Decline by now: {what}"),
            description: format!(
                "Last moment to decline with the recommended {} hours of notice. Sending it now lets them re-plan and offer the slot to someone else.",
                deadline.rule.recommended_hours
            ),
            location: None,
            start: end - TimeDelta::minutes(DEADLINE_BLOCK_MINUTES),
            end,
            alarm_minutes_before: Some(DEADLINE_ALARM_MINUTES),
        }
    }

    /// The interview itself, without an alarm (calendars add their own).
    pub fn interview(
        what: &str,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        location: Option<&str>,
        notes: &str,
    ) -> Self {
        CalendarEvent {
            kind: CalendarEventKind::Interview,
            key: None,
            summary: format!("Interview: {what}"),
            description: notes.to_string(),
            location: location.map(str::to_string),
            start,
            end,
            alarm_minutes_before: None,
        }
    }

    /// A reminder for a follow-up the user tracks (its own due instant and
    /// what to do), 15 minutes long with a 15-minute alarm like planned
    /// steps.
    pub fn tracked_follow_up(at: DateTime<Utc>, action: &str, what: &str) -> Self {
        CalendarEvent {
            kind: CalendarEventKind::FollowUpReminder,
            key: None,
            summary: format!("Follow up: {what}"),
            description: action.to_string(),
            location: None,
            start: at,
            end: at + TimeDelta::minutes(REMINDER_BLOCK_MINUTES),
            alarm_minutes_before: Some(REMINDER_ALARM_MINUTES),
        }
    }

    /// A reminder for a planned step at `at` (see `PlannedStep::due_at`).
    pub fn follow_up_reminder(step: &PlannedStep, at: DateTime<Utc>, what: &str) -> Self {
        let title = match step.step {
            StepKind::ConnectOnLinkedIn => "Connect on LinkedIn",
            StepKind::FollowUp => "Follow up",
            StepKind::ChaseProposal => "Chase a reply",
        };
        CalendarEvent {
            kind: CalendarEventKind::FollowUpReminder,
            key: None,
            summary: format!("{title}: {what}"),
            description: step.what_to_do.clone(),
            location: None,
            start: at,
            end: at + TimeDelta::minutes(REMINDER_BLOCK_MINUTES),
            alarm_minutes_before: Some(REMINDER_ALARM_MINUTES),
        }
    }

    /// The same event with a stable key for its UID.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// `<kind>-<16 hex digits>@graceful-decline`, derived only from the
    /// event's key (or, without one, its kind, times and title), so the same
    /// event always gets the same UID.
    pub fn uid(&self) -> String {
        let seed = match &self.key {
            Some(key) => format!("key\u{1f}{key}"),
            None => format!(
                "{}\u{1f}{}\u{1f}{}",
                ics_time(self.start),
                ics_time(self.end),
                self.summary
            ),
        };
        let hash = fnv1a64(format!("{}\u{1f}{seed}", self.kind.as_str()).as_bytes());
        format!("{}-{hash:016x}@{UID_DOMAIN}", self.kind.as_str())
    }

    /// A file name such as `deadline-2025-06-08.ics` (the start date in UTC).
    pub fn file_name(&self) -> String {
        let day = self.start;
        format!(
            "{}-{:04}-{:02}-{:02}.ics",
            self.kind.as_str(),
            day.year(),
            day.month(),
            day.day()
        )
    }

    /// The complete calendar file: CRLF line endings, folded lines, escaped
    /// text, DTSTAMP taken from `now`.
    pub fn to_ics(&self, now: DateTime<Utc>) -> String {
        let mut lines: Vec<String> = vec![
            "BEGIN:VCALENDAR".into(),
            "VERSION:2.0".into(),
            format!("PRODID:{PRODID}"),
            "CALSCALE:GREGORIAN".into(),
            "METHOD:PUBLISH".into(),
            "BEGIN:VEVENT".into(),
            format!("UID:{}", self.uid()),
            format!("DTSTAMP:{}", ics_time(now)),
            format!("DTSTART:{}", ics_time(self.start)),
            format!("DTEND:{}", ics_time(self.end)),
            format!("SUMMARY:{}", escape_text(&self.summary)),
        ];
        if !self.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&self.description)));
        }
        if let Some(location) = &self.location {
            lines.push(format!("LOCATION:{}", escape_text(location)));
        }
        if let Some(minutes) = self.alarm_minutes_before {
            lines.extend([
                "BEGIN:VALARM".into(),
                "ACTION:DISPLAY".into(),
                format!("DESCRIPTION:{}", escape_text(&self.summary)),
                format!("TRIGGER:{}", trigger_before(minutes)),
                "END:VALARM".into(),
            ]);
        }
        lines.extend(["END:VEVENT".into(), "END:VCALENDAR".into()]);
        lines.iter().fold(String::new(), |mut out, line| {
            // Writing to a String cannot fail.
            let _ = write!(out, "{}\r\n", fold_line(line));
            out
        })
    }
}

/// A UTC DATE-TIME value, `YYYYMMDDTHHMMSSZ`. Written field by field
/// rather than with `format`, which would pull chrono's whole strftime
/// interpreter into the browser build for this one layout.
fn ics_time(at: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A negative DURATION such as `-PT2H`, `-PT15M` or `-PT1H30M`; zero or a
/// negative count means "at the start", `PT0S`.
fn trigger_before(minutes: i64) -> String {
    if minutes <= 0 {
        return "PT0S".to_string();
    }
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("-PT{m}M"),
        (h, 0) => format!("-PT{h}H"),
        (h, m) => format!("-PT{h}H{m}M"),
    }
}

/// FNV-1a, 64 bits: tiny, fast and the same on every platform and release,
/// which is all a UID needs (it is not a security boundary).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn triggers_are_negative_durations() {
        let check = |minutes, expected: &str| assert_eq!(trigger_before(minutes), expected);
        check(120, "-PT2H");
        check(15, "-PT15M");
        check(90, "-PT1H30M");
        check(0, "PT0S");
        check(-5, "PT0S");
    }

    #[test]
    fn fnv_matches_the_published_test_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
