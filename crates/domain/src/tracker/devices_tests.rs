//! Two devices that started from the same data, each edited on its own,
//! then merged: every record's outcome is named and both directions agree.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;

fn at(hours: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap() + Duration::hours(hours)
}

/// What both devices had when they last met: seven opportunities, one
/// contact on the first.
fn common() -> TrackerData {
    let mut d = TrackerData::default();
    for (id, company) in [
        ("o-a", "Acme"),
        ("o-b", "Initech"),
        ("o-c", "Globex"),
        ("o-d", "Hooli"),
        ("o-e", "Umbrella"),
        ("o-f", "Stark"),
        ("o-u", "Untouched"),
    ] {
        d.add_opportunity(Opportunity::new(id, company, at(0)))
            .unwrap();
    }
    let mut c = Contact::new("c-1", "Priya Haddad", ContactKind::Recruiter, at(0));
    c.opportunity_ids.push("o-u".into());
    d.add_contact(c).unwrap();
    d
}

fn edit(d: &mut TrackerData, id: &str, notes: &str, when: DateTime<Utc>) {
    let mut o = d.opportunity(id).unwrap().clone();
    o.notes = notes.into();
    d.update_opportunity(o, when, "unused").unwrap();
}

/// The phone (here) and the laptop (the file), edited apart.
fn two_devices() -> (TrackerData, TrackerData) {
    let (mut phone, mut laptop) = (common(), common());
    // Deleted on the phone, untouched on the laptop.
    phone.delete_opportunity("o-a", at(1)).unwrap();
    // Deleted on the phone, then changed on the laptop.
    phone.delete_opportunity("o-b", at(2)).unwrap();
    edit(
        &mut laptop,
        "o-b",
        "laptop, after the phone deleted it",
        at(3),
    );
    // Changed on the phone, then deleted on the laptop.
    edit(
        &mut phone,
        "o-c",
        "phone, before the laptop deleted it",
        at(1),
    );
    laptop.delete_opportunity("o-c", at(3)).unwrap();
    // Deleted on the laptop, then changed on the phone.
    laptop.delete_opportunity("o-d", at(1)).unwrap();
    edit(
        &mut phone,
        "o-d",
        "phone, after the laptop deleted it",
        at(2),
    );
    // Changed on both; the laptop's is newer, then the phone's.
    edit(&mut phone, "o-e", "phone", at(2));
    edit(&mut laptop, "o-e", "laptop", at(3));
    edit(&mut phone, "o-f", "phone", at(3));
    edit(&mut laptop, "o-f", "laptop", at(2));
    // New on the laptop.
    let mut g = Opportunity::new("o-g", "Wayne", at(4));
    g.role = "Analyst".into();
    laptop.add_opportunity(g).unwrap();
    (phone, laptop)
}

fn outcome(m: &DeviceMerge, id: &str) -> Option<Resolution> {
    m.resolved
        .iter()
        .find(|r| r.record.id == id)
        .map(|r| r.resolution)
}

fn ids(list: &[RecordRef]) -> Vec<&str> {
    list.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn each_kind_of_disagreement_is_settled_by_the_newest_change_and_named() {
    let (phone, laptop) = two_devices();
    let m = merge_devices(&phone, &laptop);
    let notes = |id: &str| m.merged.opportunity(id).map(|o| o.notes.as_str());

    assert_eq!(notes("o-a"), None);
    assert!(matches!(
        outcome(&m, "o-a"),
        Some(Resolution::StaysDeleted { .. })
    ));
    assert_eq!(notes("o-b"), Some("laptop, after the phone deleted it"));
    assert_eq!(
        outcome(&m, "o-b"),
        Some(Resolution::RestoredFromFile {
            deleted_at: at(2),
            changed_at: at(3)
        })
    );
    assert_eq!(notes("o-c"), None);
    assert_eq!(
        outcome(&m, "o-c"),
        Some(Resolution::DeletedInFile {
            deleted_at: at(3),
            changed_at: at(1)
        })
    );
    assert_eq!(notes("o-d"), Some("phone, after the laptop deleted it"));
    assert!(matches!(
        outcome(&m, "o-d"),
        Some(Resolution::KeptDespiteDeleteInFile { .. })
    ));
    assert_eq!(notes("o-e"), Some("laptop"));
    assert_eq!(notes("o-f"), Some("phone"));
    assert_eq!(
        outcome(&m, "o-f"),
        Some(Resolution::KeptHere {
            here_at: at(3),
            file_at: at(2)
        })
    );

    assert_eq!(ids(&m.added), ["o-b", "o-g"]);
    assert_eq!(m.added[1].label, "Analyst at Wayne");
    assert_eq!(ids(&m.changed), ["o-e"]);
    assert_eq!(ids(&m.removed), ["o-c"]);
    // The untouched opportunity and the contact.
    assert_eq!(m.unchanged, 2);
}

#[test]
fn both_directions_reach_the_same_records() {
    let (phone, laptop) = two_devices();
    let sorted = |d: &TrackerData| {
        let mut o = d.opportunities.clone();
        o.sort_by(|a, b| a.id.cmp(&b.id));
        let mut t = d.tombstones.clone();
        t.sort_by(|a, b| a.id.cmp(&b.id));
        (o, t, d.contacts.clone())
    };
    let one = merge_devices(&phone, &laptop).merged;
    let other = merge_devices(&laptop, &phone).merged;
    assert_eq!(sorted(&one), sorted(&other));
    // Importing the merged copy back changes nothing.
    let again = merge_devices(&one, &other);
    assert!(again.added.is_empty() && again.changed.is_empty() && again.removed.is_empty());
}

/// Every version of every record in either copy either survives, is
/// replaced by a listed change, or is named with its resolution.
#[test]
fn nothing_is_lost_without_being_named() {
    let (phone, laptop) = two_devices();
    for (here, file) in [(&phone, &laptop), (&laptop, &phone)] {
        let m = merge_devices(here, file);
        let named = |id: &str| {
            m.resolved.iter().any(|r| r.record.id == id) || m.changed.iter().any(|r| r.id == id)
        };
        for o in here.opportunities.iter().chain(&file.opportunities) {
            let survived = m.merged.opportunity(&o.id) == Some(o);
            assert!(survived || named(&o.id), "{} lost silently", o.id);
        }
    }
}

#[test]
fn a_child_of_an_opportunity_deleted_elsewhere_goes_with_it_and_says_so() {
    let (mut phone, mut laptop) = (common(), common());
    laptop.delete_opportunity("o-u", at(1)).unwrap();
    phone
        .add_follow_up(FollowUp {
            id: "f-1".into(),
            opportunity_id: "o-u".into(),
            due: at(50),
            action: "Check in".into(),
            suggested: None,
            done_at: None,
            updated_at: at(2),
        })
        .unwrap();
    let m = merge_devices(&phone, &laptop);
    assert!(m.merged.follow_ups.is_empty());
    assert_eq!(outcome(&m, "f-1"), Some(Resolution::OpportunityDeleted));
    let removed: Vec<&str> = m.removed.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(removed, ["Untouched", "Untouched: Check in"]);
    // The contact loses its link to the deleted opportunity.
    assert_eq!(ids(&m.changed), ["c-1"]);
}

#[test]
fn an_opportunity_brought_back_keeps_its_history_and_contacts() {
    let (mut phone, mut laptop) = (common(), common());
    for d in [&mut phone, &mut laptop] {
        d.add_activity(Activity {
            id: "a-1".into(),
            opportunity_id: "o-u".into(),
            at: at(0),
            entry: ActivityEntry::Note {
                text: "Kind recruiter".into(),
            },
        })
        .unwrap();
    }
    laptop.delete_opportunity("o-u", at(1)).unwrap();
    edit(&mut phone, "o-u", "still interested", at(2));
    for (here, file) in [(&phone, &laptop), (&laptop, &phone)] {
        let m = merge_devices(here, file);
        assert_eq!(m.merged.activities_for("o-u").len(), 1);
        assert_eq!(m.merged.contacts[0].opportunity_ids, ["o-u"]);
        assert!(m.merged.tombstones.iter().all(|t| t.id != "o-u"));
    }
}

mod property {
    use proptest::prelude::*;

    use super::*;

    /// One device's edit: which opportunity, delete or change, at which hour.
    fn edits() -> impl Strategy<Value = Vec<(usize, bool, i64)>> {
        proptest::collection::vec((0..4usize, any::<bool>(), 1..6i64), 0..6)
    }

    fn apply(d: &mut TrackerData, mut steps: Vec<(usize, bool, i64)>, who: &str) {
        steps.sort_by_key(|s| s.2);
        let ids = ["o-a", "o-b", "o-c", "o-u"];
        for (i, delete, hour) in steps {
            if d.opportunity(ids[i]).is_none() {
                continue;
            }
            if delete {
                d.delete_opportunity(ids[i], at(hour)).unwrap();
            } else {
                edit(d, ids[i], &format!("{who} at {hour}"), at(hour));
            }
        }
    }

    proptest! {
        #[test]
        fn any_two_devices_agree_and_name_every_loss(a in edits(), b in edits()) {
            let (mut phone, mut laptop) = (common(), common());
            apply(&mut phone, a, "phone");
            apply(&mut laptop, b, "laptop");
            let one = merge_devices(&phone, &laptop);
            let other = merge_devices(&laptop, &phone);
            let live = |d: &TrackerData| {
                let mut o = d.opportunities.clone();
                o.sort_by(|x, y| x.id.cmp(&y.id));
                (o, d.contacts.clone())
            };
            prop_assert_eq!(live(&one.merged), live(&other.merged));
            for (m, here, file) in [(&one, &phone, &laptop), (&other, &laptop, &phone)] {
                for o in here.opportunities.iter().chain(&file.opportunities) {
                    let survived = m.merged.opportunity(&o.id) == Some(o);
                    let named = m.resolved.iter().any(|r| r.record.id == o.id)
                        || m.changed.iter().any(|r| r.id == o.id);
                    prop_assert!(survived || named, "{} lost silently", o.id);
                }
            }
        }
    }
}

#[test]
fn every_resolution_is_explained_in_its_own_sentence() {
    let (t, u) = (at(1), at(2));
    let all = [
        Resolution::KeptHere {
            here_at: u,
            file_at: t,
        },
        Resolution::RestoredFromFile {
            deleted_at: t,
            changed_at: u,
        },
        Resolution::StaysDeleted {
            deleted_at: u,
            changed_at: t,
        },
        Resolution::DeletedInFile {
            deleted_at: u,
            changed_at: t,
        },
        Resolution::KeptDespiteDeleteInFile {
            deleted_at: t,
            changed_at: u,
        },
        Resolution::OpportunityDeleted,
    ];
    let said: std::collections::HashSet<&str> = all.iter().map(Resolution::explanation).collect();
    assert_eq!(said.len(), all.len(), "no two outcomes read the same");
    for s in said {
        assert!(
            s.ends_with('.') && s.chars().next().unwrap().is_uppercase(),
            "{s}"
        );
    }
}
