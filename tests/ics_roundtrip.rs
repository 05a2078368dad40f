//! Every kind of calendar file we write, read back by an independent
//! parser (the `icalendar` crate), field by field.
// Native tier: these use native-only dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use graceful_decline::domain::timing::{
    decline_deadline, plan_after_decline, plan_reminder_after_proposal, CalendarEvent,
    FollowUpDelay,
};
use graceful_decline::domain::InterviewStage;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};

const TRICKY: &str = "Acme, Inc.; \"Data\" team\\backslash\nsecond line 🎉 Zürich – café";

fn utc(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(&Utc)
}

fn now() -> DateTime<Utc> {
    utc("2025-06-01T12:34:56Z")
}

/// Writes the event, checks the raw text layer, parses it independently
/// and compares every field; returns the alarm trigger, if any.
fn check(event: &CalendarEvent) -> Option<String> {
    let text = event.to_ics(now());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "bare LF in\n{text}"
    );
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }

    let calendar: Calendar = text.parse().expect("our .ics parses");
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert_eq!(
        calendar.property_value("PRODID"),
        Some("-//Graceful Decline//Timing//EN")
    );
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 1);
    let parsed = events[0];

    assert_eq!(parsed.get_summary(), Some(event.summary.as_str()));
    let description = (!event.description.is_empty()).then_some(event.description.as_str());
    assert_eq!(parsed.get_description(), description);
    assert_eq!(parsed.get_location(), event.location.as_deref());
    assert_eq!(parsed.get_uid(), Some(event.uid().as_str()));
    assert_eq!(parsed.get_timestamp(), Some(now()));
    assert_eq!(
        parsed.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            event.start
        )))
    );
    assert_eq!(
        parsed.get_end(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(event.end)))
    );

    let alarms = parsed.components();
    match event.alarm_minutes_before {
        None => {
            assert!(alarms.is_empty());
            None
        }
        Some(_) => {
            assert_eq!(alarms.len(), 1);
            let alarm = &alarms[0];
            assert_eq!(alarm.property_value("ACTION"), Some("DISPLAY"));
            assert_eq!(
                alarm.property_value("DESCRIPTION"),
                Some(event.summary.as_str())
            );
            // icalendar 0.17 cannot turn a negative duration into a
            // `Trigger` (its ISO 8601 parser rejects the sign), so the
            // trigger is compared as the parsed property value.
            alarm.property_value("TRIGGER").map(str::to_string)
        }
    }
}

#[test]
fn the_deadline_file_round_trips_with_a_two_hour_alarm() {
    let interview = utc("2025-06-10T09:00:00Z");
    let deadline = decline_deadline(&interview, InterviewStage::PhoneScreen);
    let event = CalendarEvent::decline_deadline(&deadline, TRICKY);
    assert_eq!(event.end, utc("2025-06-08T09:00:00Z"));
    assert_eq!(check(&event), Some("-PT2H".to_string()));
    assert!(event.uid().starts_with("deadline-") && event.uid().ends_with("@graceful-decline"));
    assert_eq!(event.file_name(), "deadline-2025-06-08.ics");
}

#[test]
fn the_interview_file_round_trips_tricky_text_without_an_alarm() {
    let start = utc("2025-12-31T23:30:00Z");
    let long_notes = format!("{TRICKY}\n{}", "Zürich – 🎉;, ".repeat(40));
    let event = CalendarEvent::interview(
        TRICKY,
        start,
        start + TimeDelta::hours(1),
        Some("Room 4, floor 2; ask at the desk"),
        &long_notes,
    );
    assert_eq!(check(&event), None);
    // The notes are long enough that DESCRIPTION must have been folded.
    assert!(event.to_ics(now()).contains("\r\n "));

    let no_notes =
        CalendarEvent::interview("Plain", start, start + TimeDelta::minutes(45), None, "");
    assert_eq!(check(&no_notes), None);
}

#[test]
fn every_reminder_file_round_trips_with_a_fifteen_minute_alarm() {
    let declined = NaiveDate::from_ymd_opt(2025, 6, 6).unwrap();
    let mut steps = plan_after_decline(declined, FollowUpDelay::ThreeMonths);
    steps.push(plan_reminder_after_proposal(declined));
    for step in &steps {
        let at = step.due_at(&chrono_tz::Europe::London).unwrap();
        let event = CalendarEvent::follow_up_reminder(step, at, TRICKY);
        assert_eq!(check(&event), Some("-PT15M".to_string()), "{:?}", step.step);
        assert_eq!(event.description, step.what_to_do);
    }
}

#[test]
fn a_tracked_follow_up_round_trips_with_its_action_and_alarm() {
    let at = utc("2025-07-18T08:00:00Z");
    let event = CalendarEvent::tracked_follow_up(at, TRICKY, "Acme, Inc; Analyst");
    assert_eq!(check(&event), Some("-PT15M".to_string()));
    assert_eq!(event.summary, "Follow up: Acme, Inc; Analyst");
    assert_eq!(event.description, TRICKY);
    assert_eq!(event.start, at);
}

#[test]
fn uids_are_stable_and_follow_the_key_when_there_is_one() {
    let start = utc("2025-06-10T09:00:00Z");
    let make = |start: DateTime<Utc>| {
        CalendarEvent::interview("Acme", start, start + TimeDelta::hours(1), None, "")
    };
    assert_eq!(make(start).uid(), make(start).uid());
    assert_ne!(make(start).uid(), make(start + TimeDelta::hours(1)).uid());
    let moved = make(start + TimeDelta::hours(1)).with_key("record-42");
    assert_eq!(make(start).with_key("record-42").uid(), moved.uid());
    assert_ne!(moved.uid(), make(start).with_key("record-43").uid());
    // The same text twice: only DTSTAMP depends on `now`.
    let first = make(start).to_ics(now());
    let second = make(start).to_ics(now() + TimeDelta::days(1));
    let without_stamp = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with("DTSTAMP"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_stamp(&first), without_stamp(&second));
}
