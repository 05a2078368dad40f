//! The activity report: what falls in the range, in what words, and what
//! stays private.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::{Channel, DeclineReason, InterviewStage, MessageKind};

fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn message(id: &str, opp: &str, when: DateTime<Utc>, kind: MessageKind, sent: bool) -> Activity {
    Activity {
        id: id.into(),
        opportunity_id: opp.into(),
        at: when,
        entry: ActivityEntry::Message {
            kind,
            channel: Channel::Email,
            sent,
            text: "Private words".into(),
        },
    }
}

/// Globex: invited in March, declined by email in April with a reason,
/// a note. Initech: invited in February, accepted, interview in April.
fn tracker() -> TrackerData {
    let mut d = TrackerData::default();
    let mut g = Opportunity::new("o-g", "Globex", at(3, 30, 9));
    g.role = "Analyst".into();
    g.stage = Some(InterviewStage::Video);
    d.add_opportunity(g).unwrap();
    d.add_activity(message(
        "a-1",
        "o-g",
        at(4, 2, 9),
        MessageKind::Decline,
        true,
    ))
    .unwrap();
    d.add_activity(message(
        "a-2",
        "o-g",
        at(4, 2, 8),
        MessageKind::Reschedule,
        false,
    ))
    .unwrap();
    d.set_status(
        "o-g",
        Status::DeclinedKeepWarm,
        Some(DeclineReason::Pay),
        at(4, 2, 10),
        "a-3",
    )
    .unwrap();
    d.add_activity(Activity {
        id: "a-4".into(),
        opportunity_id: "o-g".into(),
        at: at(4, 3, 9),
        entry: ActivityEntry::Note {
            text: "They seemed disorganised".into(),
        },
    })
    .unwrap();
    let mut c = Contact::new("c-1", "Priya Haddad", ContactKind::Recruiter, at(3, 30, 9));
    c.opportunity_ids.push("o-g".into());
    d.add_contact(c).unwrap();

    let mut i = Opportunity::new("o-i", "Initech", at(2, 10, 9));
    i.interview = Some(InterviewTime {
        at: at(4, 20, 14),
        zone: "UTC".into(),
    });
    d.add_opportunity(i).unwrap();
    d.set_status("o-i", Status::Proceeding, None, at(2, 11, 9), "a-5")
        .unwrap();
    d.add_opportunity(Opportunity::new("o-x", "Not chosen", at(4, 5, 9)))
        .unwrap();
    d
}

fn lines(r: &ActivityReport) -> Vec<String> {
    r.opportunities
        .iter()
        .flat_map(|o| {
            o.events
                .iter()
                .map(move |e| format!("{} {}: {}", e.date, o.company, e.text))
        })
        .collect()
}

#[test]
fn a_range_lists_the_chosen_opportunities_events_in_neutral_words() {
    let r = activity_report(&tracker(), &["o-g", "o-i"], date(3, 1), date(4, 30), &Utc);
    assert_eq!(
        lines(&r),
        [
            "2026-03-30 Globex: Interview invitation recorded (Video interview)",
            "2026-04-02 Globex: Email sent: declining the interview",
            "2026-04-02 Globex: Declined the interview",
            "2026-04-20 Initech: Interview scheduled",
        ]
    );
    let globex = &r.opportunities[0];
    assert_eq!(globex.contacts, ["Priya Haddad (Recruiter)"]);
    assert_eq!(globex.outcome, "Declined the interview");
    assert_eq!(r.opportunities[1].outcome, "Accepted the interview");
}

#[test]
fn private_words_stay_out() {
    let r = activity_report(&tracker(), &["o-g"], date(1, 1), date(12, 31), &Utc);
    let all = lines(&r).join("\n");
    for private in ["Private words", "disorganised", "pay", "Pay", "reschedule"] {
        assert!(!all.contains(private), "{private} in {all}");
    }
}

#[test]
fn the_outcome_is_where_it_stood_at_the_end_of_the_range() {
    let r = activity_report(&tracker(), &["o-g", "o-i"], date(2, 1), date(3, 31), &Utc);
    let outcomes: Vec<(&str, &str)> = r
        .opportunities
        .iter()
        .map(|o| (o.company.as_str(), o.outcome.as_str()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("Initech", "Accepted the interview"),
            ("Globex", "Invited to interview")
        ]
    );
    assert_eq!(
        lines(&r),
        [
            "2026-02-10 Initech: Interview invitation recorded",
            "2026-02-11 Initech: Accepted the interview",
            "2026-03-30 Globex: Interview invitation recorded (Video interview)",
        ]
    );
}

#[test]
fn days_are_counted_in_the_persons_zone() {
    // 23:30 UTC on 31 March is 1 April in Berlin.
    let mut d = tracker();
    d.opportunities[0].created_at = Utc.with_ymd_and_hms(2026, 3, 31, 23, 30, 0).unwrap();
    let berlin = chrono::FixedOffset::east_opt(2 * 3600).unwrap();
    let april = activity_report(&d, &["o-g"], date(4, 1), date(4, 30), &berlin);
    assert_eq!(april.opportunities[0].events[0].date, date(4, 1));
    let march = activity_report(&d, &["o-g"], date(3, 1), date(3, 31), &berlin);
    assert!(march.opportunities[0].events.is_empty());
}
