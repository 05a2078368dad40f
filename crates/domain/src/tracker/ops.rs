//! The operations the forms call. Each checks its input, changes the data
//! only when everything is valid, and stamps `updated_at` with `now`.

use chrono::{DateTime, Utc};

use super::records::{
    stamp, Activity, ActivityEntry, Contact, FollowUp, Opportunity, RecordKind, Status, Tombstone,
};
use super::validate::ValidationErrors;
use super::TrackerData;
use crate::domain::timing::LocalTimeError;
use crate::domain::vocab::DeclineReason;

/// Why an operation was refused. Nothing changes when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrackerError {
    /// The record is not there (perhaps deleted in another tab).
    #[error("That {} no longer exists; it may have been deleted in another tab.", .kind.label())]
    NotFound {
        /// Which collection was searched.
        kind: RecordKind,
        /// The id asked for.
        id: String,
    },
    /// A record with this id already exists.
    #[error("A {} with id {id} already exists.", .kind.label())]
    DuplicateId {
        /// Which collection.
        kind: RecordKind,
        /// The clashing id.
        id: String,
    },
    /// Some fields need fixing.
    #[error("Please fix: {0}")]
    Invalid(#[from] ValidationErrors),
    /// A planned reminder falls on a time the clocks skip or repeat
    /// (daylight saving), so its instant is not known.
    #[error("A follow-up could not be planned: {0}. Nothing was changed.")]
    Time(#[from] LocalTimeError),
}

impl TrackerData {
    /// The opportunity with this id.
    pub fn opportunity(&self, id: &str) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| o.id == id)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// An opportunity's activity log, oldest first.
    pub fn activities_for(&self, opportunity_id: &str) -> Vec<&Activity> {
        let mut list: Vec<&Activity> = self
            .activities
            .iter()
            .filter(|a| a.opportunity_id == opportunity_id)
            .collect();
        list.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        list
    }

    /// An opportunity's follow-ups, soonest first.
    pub fn follow_ups_for(&self, opportunity_id: &str) -> Vec<&FollowUp> {
        let mut list: Vec<&FollowUp> = self
            .follow_ups
            .iter()
            .filter(|f| f.opportunity_id == opportunity_id)
            .collect();
        list.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
        list
    }

    /// The contacts linked to an opportunity.
    pub fn contacts_for(&self, opportunity_id: &str) -> Vec<&Contact> {
        self.contacts
            .iter()
            .filter(|c| c.opportunity_ids.iter().any(|id| id == opportunity_id))
            .collect()
    }

    /// Adds a new opportunity.
    pub fn add_opportunity(&mut self, mut opp: Opportunity) -> Result<(), TrackerError> {
        opp.validate()?;
        if self.opportunity(&opp.id).is_some() {
            return Err(duplicate(RecordKind::Opportunity, &opp.id));
        }
        opp.created_at = stamp(opp.created_at);
        opp.updated_at = stamp(opp.updated_at);
        self.opportunities.push(opp);
        Ok(())
    }

    /// Replaces an opportunity's fields. A changed status is logged in its
    /// activity under `activity_id`, as `set_status` would.
    pub fn update_opportunity(
        &mut self,
        mut opp: Opportunity,
        now: DateTime<Utc>,
        activity_id: &str,
    ) -> Result<(), TrackerError> {
        opp.validate()?;
        let now = stamp(now);
        let index = self.opportunity_index(&opp.id)?;
        let old_status = self.opportunities[index].status;
        if old_status != opp.status {
            self.ensure_new_activity_id(activity_id)?;
        }
        opp.created_at = self.opportunities[index].created_at;
        opp.updated_at = now;
        let (id, new_status) = (opp.id.clone(), opp.status);
        self.opportunities[index] = opp;
        if old_status != new_status {
            self.log_status_change(&id, old_status, new_status, now, activity_id);
        }
        Ok(())
    }

    /// Deletes an opportunity with its activity and follow-ups, unlinks its
    /// contacts, and leaves tombstones so other tabs delete them too.
    pub fn delete_opportunity(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<Opportunity, TrackerError> {
        let now = stamp(now);
        let index = self.opportunity_index(id)?;
        let removed = self.opportunities.remove(index);
        let mut tombstones = vec![tombstone(RecordKind::Opportunity, id, now)];
        self.activities.retain(|a| {
            let keep = a.opportunity_id != id;
            if !keep {
                tombstones.push(tombstone(RecordKind::Activity, &a.id, now));
            }
            keep
        });
        self.follow_ups.retain(|f| {
            let keep = f.opportunity_id != id;
            if !keep {
                tombstones.push(tombstone(RecordKind::FollowUp, &f.id, now));
            }
            keep
        });
        for contact in &mut self.contacts {
            if contact.opportunity_ids.iter().any(|o| o == id) {
                contact.opportunity_ids.retain(|o| o != id);
                contact.updated_at = now;
            }
        }
        self.tombstones.extend(tombstones);
        Ok(removed)
    }

    /// Moves an opportunity to a new status, logging the change under
    /// `activity_id`. A decline reason is kept only for statuses that say
    /// no; moving back to an open status clears it.
    pub fn set_status(
        &mut self,
        id: &str,
        status: Status,
        reason: Option<DeclineReason>,
        now: DateTime<Utc>,
        activity_id: &str,
    ) -> Result<(), TrackerError> {
        let now = stamp(now);
        let index = self.opportunity_index(id)?;
        if self.opportunities[index].status != status {
            self.ensure_new_activity_id(activity_id)?;
        }
        let opp = &mut self.opportunities[index];
        let old = opp.status;
        opp.status = status;
        opp.decline_reason = match status {
            s if s.says_no() => reason.or(opp.decline_reason),
            Status::Closed => opp.decline_reason,
            _ => None,
        };
        opp.updated_at = now;
        if old != status {
            self.log_status_change(id, old, status, now, activity_id);
        }
        Ok(())
    }

    /// Adds a contact; its opportunity links must exist.
    pub fn add_contact(&mut self, mut contact: Contact) -> Result<(), TrackerError> {
        contact.validate()?;
        if self.contact(&contact.id).is_some() {
            return Err(duplicate(RecordKind::Contact, &contact.id));
        }
        for opp in &contact.opportunity_ids {
            self.opportunity_index(opp)?;
        }
        contact.updated_at = stamp(contact.updated_at);
        self.contacts.push(contact);
        Ok(())
    }

    /// Replaces a contact's fields; its opportunity links must exist.
    pub fn update_contact(
        &mut self,
        mut contact: Contact,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        contact.validate()?;
        let index = self.contact_index(&contact.id)?;
        for opp in &contact.opportunity_ids {
            self.opportunity_index(opp)?;
        }
        contact.updated_at = stamp(now);
        self.contacts[index] = contact;
        Ok(())
    }

    /// Deletes a contact, leaving a tombstone.
    pub fn delete_contact(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<Contact, TrackerError> {
        let index = self.contact_index(id)?;
        let removed = self.contacts.remove(index);
        self.tombstones
            .push(tombstone(RecordKind::Contact, id, stamp(now)));
        Ok(removed)
    }

    /// Links a contact to an opportunity (doing nothing if already linked).
    pub fn link_contact(
        &mut self,
        contact_id: &str,
        opportunity_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        self.opportunity_index(opportunity_id)?;
        let index = self.contact_index(contact_id)?;
        let contact = &mut self.contacts[index];
        if !contact.opportunity_ids.iter().any(|o| o == opportunity_id) {
            contact.opportunity_ids.push(opportunity_id.to_string());
            contact.updated_at = stamp(now);
        }
        Ok(())
    }

    /// Adds an entry to an opportunity's activity log; the opportunity's
    /// `updated_at` moves too, so "recently updated" lists it first.
    pub fn add_activity(&mut self, mut activity: Activity) -> Result<(), TrackerError> {
        activity.validate()?;
        let index = self.opportunity_index(&activity.opportunity_id)?;
        self.ensure_new_activity_id(&activity.id)?;
        activity.at = stamp(activity.at);
        let opp = &mut self.opportunities[index];
        opp.updated_at = opp.updated_at.max(activity.at);
        self.activities.push(activity);
        Ok(())
    }

    /// Adds a follow-up to an opportunity.
    pub fn add_follow_up(&mut self, mut follow_up: FollowUp) -> Result<(), TrackerError> {
        follow_up.validate()?;
        self.opportunity_index(&follow_up.opportunity_id)?;
        if self.follow_ups.iter().any(|f| f.id == follow_up.id) {
            return Err(duplicate(RecordKind::FollowUp, &follow_up.id));
        }
        follow_up.due = stamp(follow_up.due);
        follow_up.updated_at = stamp(follow_up.updated_at);
        self.follow_ups.push(follow_up);
        Ok(())
    }

    /// Marks a follow-up done (`done: false` reopens it).
    pub fn complete_follow_up(
        &mut self,
        id: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        let now = stamp(now);
        let follow_up = self
            .follow_ups
            .iter_mut()
            .find(|f| f.id == id)
            .ok_or_else(|| not_found(RecordKind::FollowUp, id))?;
        follow_up.done_at = done.then_some(now);
        follow_up.updated_at = now;
        Ok(())
    }

    /// Deletes a follow-up, leaving a tombstone.
    pub fn delete_follow_up(&mut self, id: &str, now: DateTime<Utc>) -> Result<(), TrackerError> {
        let index = self
            .follow_ups
            .iter()
            .position(|f| f.id == id)
            .ok_or_else(|| not_found(RecordKind::FollowUp, id))?;
        self.follow_ups.remove(index);
        self.tombstones
            .push(tombstone(RecordKind::FollowUp, id, stamp(now)));
        Ok(())
    }

    /// Forgets tombstones older than `before`. Call it rarely (say, for
    /// deletions older than 90 days): a tab that has been closed longer
    /// than that could otherwise bring such records back.
    pub fn prune_tombstones(&mut self, before: DateTime<Utc>) {
        self.tombstones.retain(|t| t.deleted_at >= before);
    }

    fn log_status_change(
        &mut self,
        opportunity_id: &str,
        from: Status,
        to: Status,
        at: DateTime<Utc>,
        activity_id: &str,
    ) {
        self.activities.push(Activity {
            id: activity_id.to_string(),
            opportunity_id: opportunity_id.to_string(),
            at,
            entry: ActivityEntry::StatusChange { from, to },
        });
    }

    fn ensure_new_activity_id(&self, id: &str) -> Result<(), TrackerError> {
        if id.is_empty() || self.activities.iter().any(|a| a.id == id) {
            return Err(duplicate(RecordKind::Activity, id));
        }
        Ok(())
    }

    fn opportunity_index(&self, id: &str) -> Result<usize, TrackerError> {
        self.opportunities
            .iter()
            .position(|o| o.id == id)
            .ok_or_else(|| not_found(RecordKind::Opportunity, id))
    }

    fn contact_index(&self, id: &str) -> Result<usize, TrackerError> {
        self.contacts
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(|| not_found(RecordKind::Contact, id))
    }
}

fn not_found(kind: RecordKind, id: &str) -> TrackerError {
    TrackerError::NotFound {
        kind,
        id: id.to_string(),
    }
}

fn duplicate(kind: RecordKind, id: &str) -> TrackerError {
    TrackerError::DuplicateId {
        kind,
        id: id.to_string(),
    }
}

fn tombstone(kind: RecordKind, id: &str, deleted_at: DateTime<Utc>) -> Tombstone {
    Tombstone {
        kind,
        id: id.to_string(),
        deleted_at,
    }
}
