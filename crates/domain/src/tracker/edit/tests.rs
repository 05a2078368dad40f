//! A change that fails half-way leaves the data exactly as it was.

use chrono::{
    DateTime, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};

use crate::domain::timing::{offsets_of_local, FollowUpDelay, LocalTimeError};
use crate::domain::tracker::{
    new_id, sample, Activity, ActivityEntry, Contact, ContactKind, FollowUp, PlannedChange,
    RecordKind, Status, TrackerData, TrackerError,
};
use crate::domain::DeclineReason;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 8, 0, 0).unwrap()
}

/// Runs `change` on a copy of `before`, expects it to fail with
/// `expected`, and checks nothing changed.
fn check_rolls_back<R: std::fmt::Debug>(
    before: &TrackerData,
    expected: TrackerError,
    change: impl FnOnce(&mut super::Edit<'_>) -> Result<R, TrackerError>,
) {
    let mut data = before.clone();
    let result = data.edit(change);
    assert_eq!(result.unwrap_err(), expected);
    assert_eq!(&data, before, "a failed edit must leave the data as it was");
}

fn follow_up(id: &str, opportunity: &str) -> FollowUp {
    FollowUp {
        id: id.into(),
        opportunity_id: opportunity.into(),
        due: t0(),
        action: "Say hello".into(),
        suggested: None,
        done_at: None,
        updated_at: t0(),
    }
}

fn sample_data() -> TrackerData {
    sample::generate(30, t0())
}

fn duplicate(kind: RecordKind, id: &str) -> TrackerError {
    TrackerError::DuplicateId {
        kind,
        id: id.into(),
    }
}

#[test]
fn a_complete_edit_is_kept() {
    let mut data = sample_data();
    let id = data.opportunities[0].id.clone();
    let added = data
        .edit(|e| {
            e.add_follow_up(follow_up("f-new", &id))?;
            e.set_status(&id, Status::Withdrawn, None, t0(), "a-new")?;
            Ok(e.follow_ups.len())
        })
        .unwrap();
    assert_eq!(added, data.follow_ups.len());
    assert_eq!(
        data.opportunity(&id).map(|o| o.status),
        Some(Status::Withdrawn)
    );
    assert!(data.follow_ups.iter().any(|f| f.id == "f-new"));
}

#[test]
fn a_new_opportunity_whose_first_contact_fails_is_not_added() {
    let before = sample_data();
    let taken = before.contacts[0].id.clone();
    check_rolls_back(&before, duplicate(RecordKind::Contact, &taken), |e| {
        e.add_opportunity(crate::domain::tracker::Opportunity::new(
            "o-new",
            "Acme",
            t0(),
        ))?;
        let mut c = Contact::new(taken.as_str(), "Sam", ContactKind::Recruiter, t0());
        c.opportunity_ids.push("o-new".into());
        e.add_contact(c)
    });
}

#[test]
fn every_kind_of_step_is_undone_when_a_later_one_fails() {
    let before = sample_data();
    let first = before.opportunities[0].id.clone();
    let second = before.opportunities[1].id.clone();
    let contact = before.contacts[0].clone();
    let done = before.follow_ups[0].id.clone();
    let gone = before.follow_ups[1].id.clone();
    check_rolls_back(&before, not_found("o-missing"), |e| {
        let mut renamed = e.opportunity(&second).unwrap().clone();
        renamed.company = "Renamed".into();
        renamed.status = Status::Closed;
        e.update_opportunity(renamed, t0(), "a-1")?;
        e.set_status(&second, Status::Withdrawn, None, t0(), "a-2")?;
        let mut c = contact.clone();
        c.name = "Someone else".into();
        e.update_contact(c, t0())?;
        e.link_contact(&contact.id, &second, t0())?;
        e.complete_follow_up(&done, true, t0())?;
        e.delete_follow_up(&gone, t0())?;
        e.delete_opportunity(&first, t0())?;
        e.delete_contact(&contact.id, t0())?;
        e.add_follow_up(follow_up("f-new", &second))?;
        e.add_activity(Activity {
            id: "a-note".into(),
            opportunity_id: second.clone(),
            at: t0(),
            entry: ActivityEntry::Note {
                text: "Called".into(),
            },
        })?;
        // The last step names an opportunity that is not there.
        e.set_status("o-missing", Status::Closed, None, t0(), "a-x")
    });
}

#[test]
fn deleting_an_opportunity_with_everything_hanging_off_it_is_undone_in_place() {
    let before = sample_data();
    // The opportunity with the most linked records, so the cascade bites.
    let id = before
        .opportunities
        .iter()
        .max_by_key(|o| before.activities_for(&o.id).len() + before.follow_ups_for(&o.id).len())
        .map(|o| o.id.clone())
        .unwrap();
    assert!(!before.activities_for(&id).is_empty());
    check_rolls_back(&before, not_found("o-missing"), |e| {
        e.delete_opportunity(&id, t0())?;
        e.set_status("o-missing", Status::Closed, None, t0(), "a-x")
    });
}

fn not_found(id: &str) -> TrackerError {
    TrackerError::NotFound {
        kind: RecordKind::Opportunity,
        id: id.into(),
    }
}

#[test]
fn templates_come_back_too() {
    let mut before = sample_data();
    let template = crate::domain::messages::UserTemplate {
        id: "t-1".into(),
        ..sample_template()
    };
    before.add_user_template(template.clone()).unwrap();
    check_rolls_back(&before, not_found("o-missing"), |e| {
        e.delete_user_template("t-1")?;
        e.add_user_template(crate::domain::messages::UserTemplate {
            id: "t-2".into(),
            ..template.clone()
        })?;
        e.set_status("o-missing", Status::Closed, None, t0(), "a-x")
    });
}

fn sample_template() -> crate::domain::messages::UserTemplate {
    crate::domain::messages::UserTemplate {
        id: "t-0".into(),
        name: "Mine".into(),
        kind: crate::domain::MessageKind::Decline,
        channel: crate::domain::Channel::Email,
        subject: None,
        body: "Thank you for your time.".into(),
        updated_at: t0(),
    }
}

/// A status change whose second follow-up clashes: the status, its
/// activity entry and the first follow-up are all undone.
#[test]
fn a_status_change_whose_follow_up_fails_half_way_changes_nothing() {
    let before = sample_data();
    let id = before
        .opportunities
        .iter()
        .find(|o| o.status != Status::DeclinedKeepWarm)
        .map(|o| o.id.clone())
        .unwrap();
    let clash = before.follow_ups[0].id.clone();
    let mut ids = vec![clash.clone(), "f-first".into(), "a-status".into()];
    let change = PlannedChange {
        status: Status::DeclinedKeepWarm,
        reason: Some(DeclineReason::AcceptedOffer),
        delay: FollowUpDelay::default(),
    };
    check_rolls_back(&before, duplicate(RecordKind::FollowUp, &clash), |e| {
        e.move_with_plan(&id, change, t0(), &Utc, |_| ids.pop().unwrap())
    });
    // The same through the one-call form.
    let mut data = before.clone();
    let mut ids = vec![clash.clone(), "f-first".into(), "a-status".into()];
    let result = data.move_with_plan(&id, change, t0(), &Utc, |_| ids.pop().unwrap());
    assert_eq!(result, Err(duplicate(RecordKind::FollowUp, &clash)));
    assert_eq!(data, before);
}

/// A zone whose clocks jump from 09:00 to 10:00 on 11 March 2026, the day
/// a decline on the 10th plans its LinkedIn step for.
#[derive(Debug, Clone, Copy)]
struct SkipsNine;

fn skip_offset(utc: &NaiveDateTime) -> FixedOffset {
    let jump = NaiveDate::from_ymd_opt(2026, 3, 11)
        .unwrap()
        .and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    FixedOffset::east_opt(if *utc < jump { 0 } else { 3600 }).unwrap()
}

impl TimeZone for SkipsNine {
    type Offset = FixedOffset;
    fn from_offset(_: &FixedOffset) -> Self {
        SkipsNine
    }
    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        offsets_of_local(local, skip_offset)
    }
    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        skip_offset(&utc.and_time(NaiveTime::MIN))
    }
    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        skip_offset(utc)
    }
}

#[test]
fn a_reminder_the_clocks_skip_is_an_error_and_nothing_changes() {
    let before = sample_data();
    let id = before
        .opportunities
        .iter()
        .find(|o| o.status != Status::DeclinedKeepWarm)
        .map(|o| o.id.clone())
        .unwrap();
    let change = PlannedChange {
        status: Status::DeclinedKeepWarm,
        reason: None,
        delay: FollowUpDelay::default(),
    };
    let mut data = before.clone();
    let result = data.move_with_plan(&id, change, t0(), &SkipsNine, |kind| new_id(kind, t0(), 7));
    let Err(TrackerError::Time(LocalTimeError::Nonexistent { local })) = result else {
        panic!("expected the skipped reminder time, got {result:?}");
    };
    assert_eq!(local.to_string(), "2026-03-11 09:00:00");
    assert!(TrackerError::Time(LocalTimeError::Nonexistent { local })
        .to_string()
        .contains("Nothing was changed"));
    assert_eq!(data, before);
}
