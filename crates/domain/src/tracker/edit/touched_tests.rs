//! Which opportunities an edit says it touched: every one whose page shows
//! something that changed, and no other (the UI re-renders those pages
//! only, see `tracker::revisions`).

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};

use crate::domain::tracker::{
    Activity, ActivityEntry, Contact, ContactKind, Edit, FollowUp, Opportunity, Status,
    TrackerData, TrackerError,
};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 8, 0, 0).unwrap()
}

/// Three opportunities; contact "c-ab" is linked to "o-a" and "o-b",
/// "c-c" to "o-c"; follow-up "f-b" belongs to "o-b".
fn three() -> TrackerData {
    let mut d = TrackerData::default();
    for id in ["o-a", "o-b", "o-c"] {
        d.add_opportunity(Opportunity::new(id, "Globex", t0()))
            .unwrap();
    }
    let mut ab = Contact::new("c-ab", "Priya Haddad", ContactKind::Recruiter, t0());
    ab.opportunity_ids = vec!["o-a".into(), "o-b".into()];
    d.add_contact(ab).unwrap();
    let mut c = Contact::new("c-c", "Sam Lee", ContactKind::Recruiter, t0());
    c.opportunity_ids = vec!["o-c".into()];
    d.add_contact(c).unwrap();
    d.add_follow_up(FollowUp {
        id: "f-b".into(),
        opportunity_id: "o-b".into(),
        due: t0(),
        action: "Check in".into(),
        suggested: None,
        done_at: None,
        updated_at: t0(),
    })
    .unwrap();
    d
}

/// Runs `change` on `three()` and checks it touched exactly `expected`.
fn check<R>(expected: &[&str], change: impl FnOnce(&mut Edit<'_>) -> Result<R, TrackerError>) {
    let mut data = three();
    let (_, touched) = data.edit_touching(change).expect("the change succeeds");
    let expected: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(touched, expected);
}

#[test]
fn each_step_touches_the_opportunities_whose_page_shows_it() {
    let later = t0() + chrono::Duration::hours(1);
    check(&["o-d"], |e| {
        e.add_opportunity(Opportunity::new("o-d", "Initech", t0()))
    });
    check(&["o-a"], |e| {
        let mut o = e.opportunity("o-a").unwrap().clone();
        o.notes = "Remote".into();
        e.update_opportunity(o, later, "act-1")
    });
    check(&["o-c"], |e| {
        e.set_status("o-c", Status::Proceeding, None, later, "act-1")
    });
    // Deleting "o-a" unlinks "c-ab", which "o-b" shows too.
    check(&["o-a", "o-b"], |e| e.delete_opportunity("o-a", later));
    check(&["o-c"], |e| e.delete_opportunity("o-c", later));
    check(&["o-b", "o-c"], |e| {
        let mut c = Contact::new("c-new", "Ana Ruiz", ContactKind::Interviewer, t0());
        c.opportunity_ids = vec!["o-b".into(), "o-c".into()];
        e.add_contact(c)
    });
    // Moving a contact from "o-c" to "o-a" changes both pages.
    check(&["o-a", "o-c"], |e| {
        let mut c = e.contact("c-c").unwrap().clone();
        c.opportunity_ids = vec!["o-a".into()];
        e.update_contact(c, later)
    });
    check(&["o-a", "o-b", "o-c"], |e| {
        e.link_contact("c-ab", "o-c", later)
    });
    check(&["o-a", "o-b"], |e| {
        e.delete_contact("c-ab", later).map(drop)
    });
    check(&["o-c"], |e| {
        e.add_activity(Activity {
            id: "act-9".into(),
            opportunity_id: "o-c".into(),
            at: later,
            entry: ActivityEntry::Note {
                text: "Called back".into(),
            },
        })
    });
    check(&["o-a"], |e| {
        e.add_follow_up(FollowUp {
            id: "f-a".into(),
            opportunity_id: "o-a".into(),
            due: later,
            action: "Say thanks".into(),
            suggested: None,
            done_at: None,
            updated_at: t0(),
        })
    });
    check(&["o-b"], |e| e.complete_follow_up("f-b", true, later));
    check(&["o-b"], |e| e.delete_follow_up("f-b", later));
}

#[test]
fn several_steps_touch_the_union_and_a_failed_change_touches_nothing() {
    let later = t0() + chrono::Duration::hours(1);
    check(&["o-a", "o-b"], |e| {
        e.set_status("o-a", Status::Proceeding, None, later, "act-1")?;
        e.complete_follow_up("f-b", true, later)
    });
    let mut data = three();
    let before = data.clone();
    let outcome = data.edit_touching(|e| {
        e.set_status("o-a", Status::Proceeding, None, later, "act-1")?;
        e.complete_follow_up("no-such-follow-up", true, later)
    });
    assert!(outcome.is_err());
    assert_eq!(data, before);
}
