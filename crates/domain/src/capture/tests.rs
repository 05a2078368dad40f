//! The whole reader on small invitations; the corpus in
//! tests/fixtures/invitations measures it on realistic ones.

use super::*;

fn read(text: &str, now: &str, zone: &str) -> Capture {
    let now: DateTime<Utc> = now.parse().unwrap();
    capture(text, now, zone)
}

fn at(c: &Capture) -> Option<String> {
    c.interview_at
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
}

#[test]
fn a_short_note_with_a_zone_and_a_relative_day() {
    let c = read(
        "Hi Sam, can you do a 30 min phone screen for the Data Analyst role at Acme Corp tomorrow at 2pm EST?\n\nThanks,\nJo Park",
        "2026-07-01T12:00:00Z",
        "Europe/London",
    );
    assert_eq!(at(&c).as_deref(), Some("2026-07-02T14:00:00-04:00"));
    assert_eq!(c.company.as_deref(), Some("Acme Corp"));
    assert_eq!(c.role.as_deref(), Some("Data Analyst"));
    assert_eq!(c.contact_name.as_deref(), Some("Jo Park"));
    assert_eq!(c.stage, Some(InterviewStage::PhoneScreen));
    assert_eq!(c.format, Some(InterviewFormat::Phone));
    assert_eq!(c.duration_minutes, Some(30));
}

#[test]
fn a_date_without_a_time_keeps_the_day_only() {
    let c = read(
        "We'd like to invite you to interview on 28 May.",
        "2026-05-12T12:00:00Z",
        "Europe/London",
    );
    assert_eq!(c.interview_at, None);
    assert_eq!(c.interview_date, NaiveDate::from_ymd_opt(2026, 5, 28));
}

#[test]
fn numeric_dates_follow_the_users_region() {
    let text = "Interview on 03/04/2026 at 10:00.";
    let uk = read(text, "2026-01-10T12:00:00Z", "Europe/London");
    let us = read(text, "2026-01-10T12:00:00Z", "America/New_York");
    assert_eq!(uk.interview_date, NaiveDate::from_ymd_opt(2026, 4, 3));
    assert_eq!(us.interview_date, NaiveDate::from_ymd_opt(2026, 3, 4));
    assert_eq!(at(&us).as_deref(), Some("2026-03-04T10:00:00-05:00"));
}

#[test]
fn a_video_final_is_stage_final_format_video() {
    let c = read(
        "Your final interview will be on Zoom on Monday 11 May at 10:00 CET. Please reply by 7 May.",
        "2026-05-04T07:00:00Z",
        "Europe/Berlin",
    );
    assert_eq!(
        (c.stage, c.format),
        (Some(InterviewStage::Final), Some(InterviewFormat::Video))
    );
    assert_eq!(c.meeting_service.as_deref(), Some("Zoom"));
    assert_eq!(at(&c).as_deref(), Some("2026-05-11T10:00:00+02:00"));
    let reply = c.reply_by.map(|t| t.to_rfc3339());
    assert_eq!(reply.as_deref(), Some("2026-05-07T17:00:00+02:00"));
}

#[test]
fn found_offsets_are_characters_and_point_at_the_words() {
    let text = "Olá! Siobhán here: the Nurse role at Café Été, Friday 2 October at 9am.";
    let c = read(text, "2026-09-28T10:00:00Z", "Europe/Dublin");
    let chars: Vec<char> = text.chars().collect();
    let words = |field| {
        c.found
            .iter()
            .find(|f| f.field == field)
            .map(|f| chars[f.start..f.end].iter().collect::<String>())
    };
    assert_eq!(words(CaptureField::Company).as_deref(), Some("Café Été"));
    assert_eq!(words(CaptureField::Role).as_deref(), Some("Nurse"));
    assert_eq!(
        words(CaptureField::InterviewDate).as_deref(),
        Some("Friday 2 October")
    );
    assert_eq!(words(CaptureField::InterviewAt).as_deref(), Some("9am"));
}

#[test]
fn the_json_uses_snake_case_rfc3339_and_unknown() {
    let c = read(
        "Interview on 4 May at 9am",
        "2026-04-20T08:00:00Z",
        "Europe/London",
    );
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["interview_at"], "2026-05-04T09:00:00+01:00");
    assert_eq!(json["interview_date"], "2026-05-04");
    assert_eq!(json["stage"], "unknown");
    assert_eq!(json["format"], "unknown");
    assert_eq!(json["company"], serde_json::Value::Null);
    assert_eq!(json["found"][0]["field"], "interview_date");
    let back: Capture = serde_json::from_value(json).unwrap();
    assert_eq!(back, c);
}

#[test]
fn empty_and_odd_text_reads_as_nothing_without_panicking() {
    for text in [
        "", "   \n\n", "@", "12/", "at 3", "Thanks,", "<>", "— ", "by", "9.", "UTC+",
    ] {
        let c = read(text, "2026-04-20T08:00:00Z", "Nowhere/Unknown");
        assert_eq!(c.interview_at, None, "{text:?}");
    }
}

/// Pieces invitations are made of, so random texts reach the readers'
/// corners (a "by" before a date, a dash before a name, a street word).
const PIECES: &[&str] = &[
    "Kind regards,\n",
    "— ",
    "Jo Park",
    " at ",
    "2pm",
    "EST",
    "(UTC+01:00) London",
    "14:00",
    "-",
    "3",
    "/",
    "13",
    ".",
    "2026",
    "next Tuesday",
    "the 27th",
    "by Friday",
    "role",
    "the Analyst role at Acme Ltd",
    "Street",
    "12 Quay Street, Leeds",
    "Location: ",
    "Zoom",
    "final round",
    "\n\n",
    "@",
    "jo@acme.io",
    "é",
    "👋",
    "<>",
    "(",
    ")",
    ":",
    "Date: ",
    "From: ",
    "Mon, 3 Mar",
    "half an hour",
    "45-minute",
    "o'clock",
    "noon",
    "UTC",
    "+",
    "a.m.",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    /// Whatever is pasted, reading it never panics and every `found`
    /// range lies inside the text, in order.
    #[test]
    fn any_paste_reads_without_panicking(
        picks in proptest::collection::vec(0..PIECES.len(), 0..40),
        noise in "\\PC{0,40}",
    ) {
        let mut text: String = picks.iter().map(|&i| PIECES[i]).collect();
        text.push_str(&noise);
        let length = text.chars().count();
        for zone in ["Europe/London", "America/New_York", "Nowhere"] {
            let c = read(&text, "2026-03-29T00:30:00Z", zone);
            for f in &c.found {
                proptest::prop_assert!(f.start < f.end && f.end <= length, "{f:?} in {text:?}");
            }
            proptest::prop_assert!(c.found.windows(2).all(|w| w[0].start <= w[1].start));
        }
    }
}

#[test]
fn employers_after_at_and_legal_forms_but_not_people_after_with() {
    let company = |text: &str| read(text, "2026-05-04T09:00:00Z", "Europe/London").company;
    assert_eq!(
        company("Your onsite interview at Globex Corporation is on 6/3.").as_deref(),
        Some("Globex Corporation")
    );
    assert_eq!(
        company("for the Analyst role at Umbrella plc.").as_deref(),
        Some("Umbrella plc")
    );
    assert_eq!(
        company("Your interview with Jordan Lee is on Friday."),
        None
    );
    let c = read(
        "Tue, May 12, 10:30 AM – 11:15 AM (Central Time - Chicago)",
        "2026-05-04T09:00:00Z",
        "America/Chicago",
    );
    assert_eq!(c.contact_name, None);
    assert_eq!(at(&c).as_deref(), Some("2026-05-12T10:30:00-05:00"));
}

#[test]
fn a_university_post_and_an_inline_signature() {
    let c = read(
        "An interview for the post of Lecturer in Chemistry at the University of Northbridge.\n\nYours faithfully,\nHuman Resources",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(c.company.as_deref(), Some("University of Northbridge"));
    assert_eq!(c.role.as_deref(), Some("Lecturer in Chemistry"));
    assert_eq!(c.contact_name, None);
    let c = read(
        "Held at our Head Office in Leeds on Monday 11th May at 10.30. Regards, Tom Hughes, Operations Manager, Castleford Foods Ltd",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(c.company.as_deref(), Some("Castleford Foods Ltd"));
    assert_eq!(c.contact_name.as_deref(), Some("Tom Hughes"));
    assert_eq!(c.contact_title.as_deref(), Some("Operations Manager"));
    assert_eq!(c.stage, Some(InterviewStage::InPerson));
}

#[test]
fn a_zone_named_apart_from_the_time_still_counts() {
    let c = read(
        "The interview is at 10:00 on 15 June in Sydney (AEST), at 1 Martin Place.",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(at(&c).as_deref(), Some("2026-06-15T10:00:00+10:00"));
    let c = read(
        "Time zone: Europe/Berlin\nThursday, 16 April 2026 · 15:00 – 16:00",
        "2026-04-09T08:00:00Z",
        "Europe/London",
    );
    assert_eq!(at(&c).as_deref(), Some("2026-04-16T15:00:00+02:00"));
}

#[test]
fn roles_after_as_and_to_be_and_an_agency_signing_with_a_dash() {
    let c = read(
        "Thanks for your interest in joining Pixelwright Studio as a Junior Developer.",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(c.company.as_deref(), Some("Pixelwright Studio"));
    assert_eq!(c.role.as_deref(), Some("Junior Developer"));
    let c = read(
        "Thanks for applying to be a Barista at Bean There Coffee!",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(
        (c.role.as_deref(), c.company.as_deref()),
        (Some("Barista"), Some("Bean There Coffee"))
    );
    let c = read(
        "Booked for 06/05/2026 at 07:30 at Unit 3, Lakeside Industrial Estate, Doncaster DN4 5PL. - ShiftPro Recruitment",
        "2026-05-04T09:00:00Z",
        "Europe/London",
    );
    assert_eq!(c.agency.as_deref(), Some("ShiftPro Recruitment"));
    assert_eq!(c.contact_name, None);
    assert_eq!(
        c.location.as_deref(),
        Some("Unit 3, Lakeside Industrial Estate, Doncaster DN4 5PL")
    );
}
