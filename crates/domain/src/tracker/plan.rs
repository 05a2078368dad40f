//! A status change with the follow-ups it plans, as one edit: the status
//! form and the composer's "record as sent" both move an opportunity on
//! this way, so the rule (which status plans what, for which reason) and
//! the records it makes live in one place.

use chrono::{DateTime, TimeZone, Utc};

use super::edit::Edit;
use super::ops::TrackerError;
use super::records::{FollowUp, RecordKind};
use super::status::Status;
use super::TrackerData;
use crate::domain::timing::{plan_for_status, FollowUpDelay};
use crate::domain::DeclineReason;

/// Where an opportunity is moving, and what decides its follow-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedChange {
    /// The new status.
    pub status: Status,
    /// Why, for a no (it also sets how long the follow-up waits).
    pub reason: Option<DeclineReason>,
    /// How long after a no the follow-up comes, at the least.
    pub delay: FollowUpDelay,
}

impl TrackerData {
    /// Moves an opportunity to `change.status` and adds the follow-ups
    /// that status plans, as one edit (see [`Edit::move_with_plan`]).
    pub fn move_with_plan<Tz: TimeZone>(
        &mut self,
        id: &str,
        change: PlannedChange,
        now: DateTime<Utc>,
        zone: &Tz,
        next_id: impl FnMut(RecordKind) -> String,
    ) -> Result<usize, TrackerError> {
        self.edit(|edit| edit.move_with_plan(id, change, now, zone, next_id))
    }
}

impl Edit<'_> {
    /// Moves an opportunity to `change.status` and adds the follow-ups
    /// that status plans, each due at the reminder time of its day in
    /// `zone`. `next_id` makes the new records' ids. Returns how many
    /// follow-ups were added.
    ///
    /// Every due time is worked out before anything changes: a reminder
    /// time the clocks skip or repeat in `zone` is an error the user sees
    /// (`TrackerError::Time`), never quietly moved to `now`.
    pub fn move_with_plan<Tz: TimeZone>(
        &mut self,
        id: &str,
        change: PlannedChange,
        now: DateTime<Utc>,
        zone: &Tz,
        mut next_id: impl FnMut(RecordKind) -> String,
    ) -> Result<usize, TrackerError> {
        let today = now.with_timezone(zone).date_naive();
        let steps = plan_for_status(change.status, today, change.delay, change.reason);
        let dues = steps
            .iter()
            .map(|step| step.due_at(zone))
            .collect::<Result<Vec<_>, _>>()?;
        let added = steps.len();
        let activity = next_id(RecordKind::Activity);
        self.set_status(id, change.status, change.reason, now, &activity)?;
        for (step, due) in steps.into_iter().zip(dues) {
            self.add_follow_up(FollowUp {
                id: next_id(RecordKind::FollowUp),
                opportunity_id: id.to_string(),
                due,
                action: step.what_to_do,
                suggested: Some(step.kind),
                done_at: None,
                updated_at: now,
            })?;
        }
        Ok(added)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::tracker::{new_id, Opportunity};
    use crate::domain::MessageKind;

    #[test]
    fn a_no_after_accepting_elsewhere_plans_linkedin_and_a_late_hello() {
        let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let mut d = TrackerData::default();
        d.add_opportunity(Opportunity::new("o-1", "Acme", now))
            .unwrap();
        let mut n = 0;
        let added = d
            .move_with_plan(
                "o-1",
                PlannedChange {
                    status: Status::DeclinedKeepWarm,
                    reason: Some(DeclineReason::AcceptedOffer),
                    delay: FollowUpDelay::default(),
                },
                now,
                &Utc,
                |kind| {
                    n += 1;
                    new_id(kind, now, n)
                },
            )
            .unwrap();
        assert_eq!(added, 2);
        assert_eq!(
            d.opportunity("o-1").map(|o| o.status),
            Some(Status::DeclinedKeepWarm)
        );
        assert_eq!(d.follow_ups[0].suggested, Some(MessageKind::LinkedInNote));
        // At least six months after accepting elsewhere.
        assert!(d.follow_ups[1].due >= Utc.with_ymd_and_hms(2026, 9, 10, 0, 0, 0).unwrap());
    }
}
