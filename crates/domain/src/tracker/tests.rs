//! Tests of the operations, queries, insights and merge together, on
//! small hand-made data sets and on the sample generator.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::domain::vocab::{DeclineReason, InterviewStage, MessageKind};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// Two opportunities, a contact on the first, a follow-up on each.
fn small() -> TrackerData {
    let mut d = TrackerData::default();
    let mut a = Opportunity::new("o-a", "Globex", t0());
    a.role = "Data Analyst".into();
    a.stage = Some(InterviewStage::Video);
    a.interview = Some(InterviewTime {
        at: t0() + days(3),
        zone: "Europe/London".into(),
    });
    let mut b = Opportunity::new("o-b", "acme", t0() + days(1));
    b.notes = "Relocation needed".into();
    d.add_opportunity(a).unwrap();
    d.add_opportunity(b).unwrap();
    let mut c = Contact::new("c-1", "Priya Haddad", ContactKind::Recruiter, t0());
    c.opportunity_ids.push("o-a".into());
    d.add_contact(c).unwrap();
    for (id, opp, due) in [
        ("f-a", "o-a", t0() + days(10)),
        ("f-b", "o-b", t0() + days(2)),
    ] {
        d.add_follow_up(FollowUp {
            id: id.into(),
            opportunity_id: opp.into(),
            due,
            action: "Check in".into(),
            suggested: Some(MessageKind::FollowUp),
            done_at: None,
            updated_at: t0(),
        })
        .unwrap();
    }
    d
}

fn ids(list: &[&Opportunity]) -> Vec<String> {
    list.iter().map(|o| o.id.clone()).collect()
}

#[test]
fn set_status_logs_the_change_and_keeps_the_reason() {
    let mut d = small();
    let later = t0() + days(2);
    d.set_status(
        "o-a",
        Status::DeclinedKeepWarm,
        Some(DeclineReason::Pay),
        later,
        "a-1",
    )
    .unwrap();
    let o = d.opportunity("o-a").unwrap();
    assert_eq!(
        (o.status, o.decline_reason, o.updated_at),
        (Status::DeclinedKeepWarm, Some(DeclineReason::Pay), later)
    );
    let log = d.activities_for("o-a");
    assert_eq!(log.len(), 1);
    assert_eq!(
        log[0].entry,
        ActivityEntry::StatusChange {
            from: Status::Invited,
            to: Status::DeclinedKeepWarm
        }
    );
    // Reopening clears the reason; reusing the activity id is refused
    // before anything changes.
    let before = d.clone();
    let err = d
        .set_status("o-a", Status::Proceeding, None, later, "a-1")
        .unwrap_err();
    assert!(matches!(
        err,
        TrackerError::DuplicateId {
            kind: RecordKind::Activity,
            ..
        }
    ));
    assert_eq!(d, before);
    d.set_status("o-a", Status::Proceeding, None, later, "a-2")
        .unwrap();
    assert_eq!(d.opportunity("o-a").unwrap().decline_reason, None);
}

#[test]
fn update_validates_and_logs_a_status_change() {
    let mut d = small();
    let mut o = d.opportunity("o-b").unwrap().clone();
    o.company = String::new();
    let before = d.clone();
    let err = d
        .update_opportunity(o.clone(), t0() + days(1), "a-1")
        .unwrap_err();
    assert!(matches!(&err, TrackerError::Invalid(e) if e.for_field("company").is_some()));
    assert_eq!(d, before);
    o.company = "Acme Ltd".into();
    o.status = Status::Rescheduled;
    d.update_opportunity(o, t0() + days(4), "a-1").unwrap();
    assert_eq!(d.opportunity("o-b").unwrap().company, "Acme Ltd");
    assert_eq!(d.opportunity("o-b").unwrap().created_at, t0() + days(1));
    assert_eq!(d.activities_for("o-b").len(), 1);
}

#[test]
fn deleting_an_opportunity_cascades_and_leaves_tombstones() {
    let mut d = small();
    d.add_activity(Activity {
        id: "a-1".into(),
        opportunity_id: "o-a".into(),
        at: t0(),
        entry: ActivityEntry::Note { text: "hi".into() },
    })
    .unwrap();
    let gone = d.delete_opportunity("o-a", t0() + days(5)).unwrap();
    assert_eq!(gone.id, "o-a");
    assert!(d.activities.is_empty());
    assert_eq!(d.follow_ups.len(), 1);
    assert!(d.contact("c-1").unwrap().opportunity_ids.is_empty());
    let mut kinds: Vec<RecordKind> = d.tombstones.iter().map(|t| t.kind).collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            RecordKind::Opportunity,
            RecordKind::Activity,
            RecordKind::FollowUp
        ]
    );
    assert_eq!(
        d.delete_opportunity("o-a", t0()),
        Err(TrackerError::NotFound {
            kind: RecordKind::Opportunity,
            id: "o-a".into()
        })
    );
}

#[test]
fn references_must_exist_and_ids_must_be_new() {
    let mut d = small();
    let before = d.clone();
    let mut c = Contact::new("c-2", "Sam", ContactKind::Other, t0());
    c.opportunity_ids.push("o-missing".into());
    assert!(matches!(
        d.add_contact(c),
        Err(TrackerError::NotFound { .. })
    ));
    assert!(matches!(
        d.add_opportunity(Opportunity::new("o-a", "Again", t0())),
        Err(TrackerError::DuplicateId { .. })
    ));
    assert!(matches!(
        d.link_contact("c-1", "o-missing", t0()),
        Err(TrackerError::NotFound { .. })
    ));
    assert_eq!(d, before);
    d.link_contact("c-1", "o-b", t0() + days(1)).unwrap();
    assert_eq!(d.contacts_for("o-b").len(), 1);
}

#[test]
fn follow_ups_complete_and_reopen() {
    let mut d = small();
    d.complete_follow_up("f-b", true, t0() + days(3)).unwrap();
    assert!(!d.follow_ups_for("o-b")[0].is_open());
    d.complete_follow_up("f-b", false, t0() + days(4)).unwrap();
    assert!(d.follow_ups_for("o-b")[0].is_open());
    assert!(d.complete_follow_up("f-x", true, t0()).is_err());
}

fn check_query(query: Query, now: DateTime<Utc>, expected: &[&str]) {
    let d = small();
    assert_eq!(ids(&query.run(&d, now)), expected, "{query:?}");
}

#[test]
fn search_is_case_insensitive_across_fields_and_contacts() {
    let q = |text: &str| Query {
        text: text.into(),
        ..Default::default()
    };
    check_query(q("GLOBEX"), t0(), &["o-a"]);
    check_query(q("analyst"), t0(), &["o-a"]);
    check_query(q("priya"), t0(), &["o-a"]);
    check_query(q("relocation"), t0(), &["o-b"]);
    check_query(q("acme relocation"), t0(), &["o-b"]);
    check_query(q("acme globex"), t0(), &[]);
    check_query(q("  "), t0(), &["o-b", "o-a"]);
}

#[test]
fn filters_and_sorts() {
    let with = |filter: Filter, sort: SortKey| Query {
        text: String::new(),
        filter,
        sort,
    };
    let f = Filter::default;
    check_query(with(f(), SortKey::Updated), t0(), &["o-b", "o-a"]);
    check_query(with(f(), SortKey::Company), t0(), &["o-b", "o-a"]);
    check_query(with(f(), SortKey::InterviewDate), t0(), &["o-a", "o-b"]);
    check_query(with(f(), SortKey::NextFollowUp), t0(), &["o-b", "o-a"]);
    let video = Filter {
        stage: Some(InterviewStage::Video),
        ..f()
    };
    check_query(with(video, SortKey::Updated), t0(), &["o-a"]);
    let declined = Filter {
        statuses: vec![Status::DeclinedKeepWarm],
        ..f()
    };
    check_query(with(declined, SortKey::Updated), t0(), &[]);
    let due = Filter {
        has_due_follow_up: true,
        ..f()
    };
    check_query(with(due.clone(), SortKey::Updated), t0(), &[]);
    check_query(with(due, SortKey::Updated), t0() + days(2), &["o-b"]);
}

#[test]
fn one_index_serves_every_keystroke_until_the_data_changes() {
    let mut d = small();
    let index = SearchIndex::build(&d);
    assert!(index.fits(&d));
    assert_eq!(index.next_follow_up(0), Some(t0() + days(10)));
    assert_eq!(index.next_follow_up(1), Some(t0() + days(2)));
    assert_eq!(index.next_follow_up(2), None, "past the end");
    let q = |text: &str, sort: SortKey| Query {
        text: text.into(),
        filter: Filter::default(),
        sort,
    };
    for text in [
        "",
        "g",
        "gl",
        "glo",
        "PRIYA",
        "acme relocation",
        "nothing like it",
    ] {
        for &sort in SortKey::ALL {
            let query = q(text, sort);
            let through_index: Vec<&str> = query
                .positions(&d, &index, t0())
                .into_iter()
                .map(|i| d.opportunities[i].id.as_str())
                .collect();
            assert_eq!(through_index, ids(&query.run(&d, t0())), "{query:?}");
        }
    }
    // An opportunity added (or one removed) after the index was built: the
    // old index no longer fits, and the query builds a fresh one rather
    // than miss the new record or point at the wrong one.
    d.add_opportunity(Opportunity::new("o-c", "Initech", t0() + days(2)))
        .unwrap();
    assert!(!index.fits(&d));
    let found = q("initech", SortKey::Updated).positions(&d, &index, t0());
    assert_eq!(found, vec![2]);
    d.delete_opportunity("o-a", t0() + days(3)).unwrap();
    let everyone = q("", SortKey::Company).positions(&d, &index, t0());
    let names: Vec<&str> = everyone
        .iter()
        .map(|&i| d.opportunities[i].company.as_str())
        .collect();
    assert_eq!(names, ["acme", "Initech"]);
}

#[test]
fn what_needs_me_now() {
    let d = small();
    let now = t0() + days(1) + Duration::hours(12);
    let items = needs_attention(&d, now, 7);
    assert_eq!(
        items,
        vec![
            Attention::FollowUpDue {
                follow_up_id: "f-b".into(),
                opportunity_id: "o-b".into(),
                due: t0() + days(2),
                overdue: false,
            },
            Attention::InterviewSoon {
                opportunity_id: "o-a".into(),
                at: t0() + days(3),
            },
        ]
    );
    // Past the horizon, nothing about the interview; past due, overdue.
    let items = needs_attention(&d, t0() + days(2) + Duration::hours(1), 0);
    assert_eq!(items.len(), 1);
    assert!(matches!(
        items[0],
        Attention::FollowUpDue { overdue: true, .. }
    ));
}

#[test]
fn insights_count_and_time_decisions() {
    let mut d = small();
    d.set_status(
        "o-a",
        Status::DeclinedKeepWarm,
        Some(DeclineReason::Pay),
        t0() + days(2),
        "a-1",
    )
    .unwrap();
    d.set_status("o-b", Status::Proceeding, None, t0() + days(5), "a-2")
        .unwrap();
    let i = insights(&d);
    assert_eq!(i.declines_by_reason.get(&DeclineReason::Pay), Some(&1));
    assert_eq!(i.by_status.get(&Status::Proceeding), Some(&1));
    let dd = i.days_to_decide.unwrap();
    assert_eq!((dd.count, dd.median, dd.mean), (2, 3.0, 3.0));
}

#[test]
fn one_sided_edits_merge_quietly_with_a_base() {
    let base = small();
    let mut local = base.clone();
    let mut remote = base.clone();
    local
        .set_status("o-a", Status::Proceeding, None, t0() + days(1), "a-l")
        .unwrap();
    let mut b = remote.opportunity("o-b").unwrap().clone();
    b.notes = "Edited elsewhere".into();
    remote.update_opportunity(b, t0() + days(1), "a-r").unwrap();
    remote
        .add_opportunity(Opportunity::new("o-c", "Initech", t0() + days(1)))
        .unwrap();

    let (merged, conflicts) = merge_three_way(&base, &local, &remote);
    assert_eq!(conflicts, vec![]);
    assert_eq!(
        merged.opportunity("o-a").unwrap().status,
        Status::Proceeding
    );
    assert_eq!(merged.opportunity("o-b").unwrap().notes, "Edited elsewhere");
    assert!(merged.opportunity("o-c").is_some());
    assert_eq!(merged.activities.len(), 1);
}

#[test]
fn both_sides_edited_newer_wins_and_is_reported() {
    let base = small();
    let (mut local, mut remote) = (base.clone(), base.clone());
    let mut l = local.opportunity("o-a").unwrap().clone();
    l.notes = "local".into();
    local.update_opportunity(l, t0() + days(2), "x").unwrap();
    let mut r = remote.opportunity("o-a").unwrap().clone();
    r.notes = "remote".into();
    remote.update_opportunity(r, t0() + days(3), "y").unwrap();

    for (merged, conflicts) in [
        merge_three_way(&base, &local, &remote),
        merge(&local, &remote),
    ] {
        assert_eq!(merged.opportunity("o-a").unwrap().notes, "remote");
        assert_eq!(
            conflicts,
            vec![Conflict {
                kind: RecordKind::Opportunity,
                id: "o-a".into(),
                label: "Globex".into(),
                resolution: ConflictResolution::KeptRemote,
            }]
        );
    }
}

#[test]
fn a_delete_is_not_resurrected_but_a_later_edit_is_kept() {
    let base = small();
    let mut local = base.clone();
    local.delete_opportunity("o-a", t0() + days(2)).unwrap();
    let (merged, conflicts) = merge_three_way(&base, &local, &base);
    assert!(merged.opportunity("o-a").is_none());
    assert!(merged.follow_ups.iter().all(|f| f.opportunity_id != "o-a"));
    assert!(merged.contact("c-1").unwrap().opportunity_ids.is_empty());
    assert_eq!(conflicts, vec![]);

    let mut remote = base.clone();
    let mut a = remote.opportunity("o-a").unwrap().clone();
    a.notes = "edited after the delete".into();
    remote.update_opportunity(a, t0() + days(3), "z").unwrap();
    let (merged, conflicts) = merge_three_way(&base, &local, &remote);
    assert_eq!(
        merged.opportunity("o-a").unwrap().notes,
        "edited after the delete"
    );
    assert!(merged.tombstones.iter().all(|t| t.id != "o-a"));
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        conflicts[0].resolution,
        ConflictResolution::RestoredAfterDelete
    );
}

#[test]
fn sample_is_deterministic_and_valid() {
    let a = sample::generate(50, t0());
    assert_eq!(a, sample::generate(50, t0()));
    assert_eq!(
        (
            a.opportunities.len(),
            a.contacts.len(),
            a.activities.len(),
            a.follow_ups.len()
        ),
        (50, 50, 150, 50)
    );
    for o in &a.opportunities {
        assert_eq!(o.validate(), Ok(()));
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Edits: (side, opportunity index, day offset, delete?).
    fn apply(d: &mut TrackerData, edits: &[(usize, i64, bool)], tag: &str) {
        for (n, (i, day, delete)) in edits.iter().enumerate() {
            let Some(o) = d
                .opportunities
                .get(i % d.opportunities.len().max(1))
                .cloned()
            else {
                continue;
            };
            let at = t0() + days(200 + day);
            if *delete {
                let _ = d.delete_opportunity(&o.id, at);
            } else {
                let mut o = o;
                o.notes = format!("{tag}{n}");
                let _ = d.update_opportunity(o, at, &format!("a-{tag}-{n}"));
            }
        }
    }

    fn sorted(d: &TrackerData) -> String {
        let mut d = d.clone();
        d.opportunities.sort_by(|a, b| a.id.cmp(&b.id));
        d.contacts.sort_by(|a, b| a.id.cmp(&b.id));
        d.activities.sort_by(|a, b| a.id.cmp(&b.id));
        d.follow_ups.sort_by(|a, b| a.id.cmp(&b.id));
        serde_json::to_string(&d).unwrap()
    }

    proptest! {
        #[test]
        fn merge_is_symmetric_and_idempotent(
            left in proptest::collection::vec((0usize..8, 0i64..5, any::<bool>()), 0..6),
            right in proptest::collection::vec((0usize..8, 0i64..5, any::<bool>()), 0..6),
        ) {
            let base = sample::generate(8, t0());
            let (mut local, mut remote) = (base.clone(), base.clone());
            apply(&mut local, &left, "l");
            apply(&mut remote, &right, "r");
            let (lr, _) = merge(&local, &remote);
            let (rl, _) = merge(&remote, &local);
            prop_assert_eq!(sorted(&lr), sorted(&rl));
            let (again, conflicts) = merge(&lr, &lr);
            prop_assert_eq!(sorted(&again), sorted(&lr));
            prop_assert!(conflicts.is_empty());
        }
    }
}

#[test]
fn an_opportunity_is_titled_company_em_dash_role_or_company_alone() {
    let mut opp = Opportunity::new("o-1", "Acme Robotics", t0());
    assert_eq!(opp.title(), "Acme Robotics");
    opp.role = "Engineer".into();
    assert_eq!(opp.title(), "Acme Robotics — Engineer");
}
