//! All-or-nothing edits. A change of several steps (an opportunity with its
//! first contact, a status with its follow-ups, a sent message with the
//! status it leads to) runs through an [`Edit`], which remembers how to
//! undo each step it made. If a later step fails, the earlier ones are
//! undone in reverse order, so the data is exactly as it was before the
//! change, and the caller shows and saves only a complete change.
//!
//! Undoing keeps a copy of only the records a step touches (the one
//! opportunity whose status moves, say), never of the whole tracker: it
//! can hold 10,000 records and every keystroke-sized edit would pay for
//! copying them all. Each operation of [`TrackerData`] is itself atomic
//! (it checks everything before it changes anything), which is what makes
//! one undo entry per successful step enough.
//!
//! An edit also notes which opportunities each step touched (the record
//! itself, or its contacts, activity and follow-ups), so the UI can tell
//! only their pages that something changed ([`super::revisions`]).

use std::collections::BTreeSet;
use std::ops::Deref;

use chrono::{DateTime, Utc};

use super::ops::TrackerError;
use super::records::{Activity, Contact, FollowUp, Opportunity, Status};
use super::TrackerData;
use crate::domain::messages::UserTemplate;
use crate::domain::DeclineReason;

/// How to put back what one successful step changed.
type Undo = Box<dyn FnOnce(&mut TrackerData)>;

/// A change in progress: the tracker's operations, each remembered so the
/// whole change can be undone. Reading goes through `Deref`, so
/// `edit.opportunity(id)` sees the change so far.
pub struct Edit<'a> {
    data: &'a mut TrackerData,
    undo: Vec<Undo>,
    touched: BTreeSet<String>,
}

impl TrackerData {
    /// Runs `change` as one edit: all of it, or (when it returns an error)
    /// none of it.
    pub fn edit<R>(
        &mut self,
        change: impl FnOnce(&mut Edit<'_>) -> Result<R, TrackerError>,
    ) -> Result<R, TrackerError> {
        self.edit_touching(change).map(|(value, _)| value)
    }

    /// Runs `change` as one edit, like [`TrackerData::edit`], and on
    /// success also says which opportunities it touched: those whose
    /// record, contacts, activity or follow-ups changed. A failed change
    /// touched nothing.
    pub fn edit_touching<R>(
        &mut self,
        change: impl FnOnce(&mut Edit<'_>) -> Result<R, TrackerError>,
    ) -> Result<(R, BTreeSet<String>), TrackerError> {
        let mut edit = Edit {
            data: self,
            undo: Vec::new(),
            touched: BTreeSet::new(),
        };
        match change(&mut edit) {
            Ok(value) => Ok((value, edit.touched)),
            Err(e) => {
                edit.roll_back();
                Err(e)
            }
        }
    }
}

impl Deref for Edit<'_> {
    type Target = TrackerData;

    fn deref(&self) -> &TrackerData {
        self.data
    }
}

impl Edit<'_> {
    /// Adds a new opportunity (see [`TrackerData::add_opportunity`]).
    pub fn add_opportunity(&mut self, opp: Opportunity) -> Result<(), TrackerError> {
        let id = opp.id.clone();
        self.data.add_opportunity(opp)?;
        self.push_undo(|d| drop(d.opportunities.pop()));
        self.touch([id]);
        Ok(())
    }

    /// Replaces an opportunity's fields (see [`TrackerData::update_opportunity`]).
    pub fn update_opportunity(
        &mut self,
        opp: Opportunity,
        now: DateTime<Utc>,
        activity_id: &str,
    ) -> Result<(), TrackerError> {
        let restore = self.keep_opportunity(&opp.id);
        let id = opp.id.clone();
        self.data.update_opportunity(opp, now, activity_id)?;
        self.push_undo(restore);
        self.touch([id]);
        Ok(())
    }

    /// Moves an opportunity to a new status (see [`TrackerData::set_status`]).
    pub fn set_status(
        &mut self,
        id: &str,
        status: Status,
        reason: Option<DeclineReason>,
        now: DateTime<Utc>,
        activity_id: &str,
    ) -> Result<(), TrackerError> {
        let restore = self.keep_opportunity(id);
        self.data.set_status(id, status, reason, now, activity_id)?;
        self.push_undo(restore);
        self.touch([id.to_string()]);
        Ok(())
    }

    /// Deletes an opportunity with its activity and follow-ups (see
    /// [`TrackerData::delete_opportunity`]).
    pub fn delete_opportunity(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<Opportunity, TrackerError> {
        let d = &*self.data;
        let Some(at) = d.opportunities.iter().position(|o| o.id == id) else {
            return self.data.delete_opportunity(id, now);
        };
        // What the cascade removes or unlinks, with where it was.
        let activities = removed_where(&d.activities, |a| a.opportunity_id == id);
        let follow_ups = removed_where(&d.follow_ups, |f| f.opportunity_id == id);
        let contacts = removed_where(&d.contacts, |c| c.opportunity_ids.iter().any(|o| o == id));
        let tombstones = d.tombstones.len();
        // The other opportunities of the contacts it unlinks show them too.
        let linked: Vec<String> = contacts
            .iter()
            .flat_map(|(_, c)| c.opportunity_ids.iter().cloned())
            .collect();
        let removed = self.data.delete_opportunity(id, now)?;
        self.touch(linked);
        self.touch([id.to_string()]);
        let opp = removed.clone();
        self.push_undo(move |d| {
            d.tombstones.truncate(tombstones);
            for (i, c) in contacts {
                d.contacts[i] = c;
            }
            reinsert(&mut d.follow_ups, follow_ups);
            reinsert(&mut d.activities, activities);
            d.opportunities.insert(at, opp);
        });
        Ok(removed)
    }

    /// Adds a contact (see [`TrackerData::add_contact`]).
    pub fn add_contact(&mut self, contact: Contact) -> Result<(), TrackerError> {
        let linked = contact.opportunity_ids.clone();
        self.data.add_contact(contact)?;
        self.push_undo(|d| drop(d.contacts.pop()));
        self.touch(linked);
        Ok(())
    }

    /// Replaces a contact's fields (see [`TrackerData::update_contact`]).
    pub fn update_contact(
        &mut self,
        contact: Contact,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        let restore = self.keep_contact(&contact.id);
        let linked = self.linked_to(&contact.id);
        let now_linked = contact.opportunity_ids.clone();
        self.data.update_contact(contact, now)?;
        self.push_undo(restore);
        self.touch(linked);
        self.touch(now_linked);
        Ok(())
    }

    /// Links a contact to an opportunity (see [`TrackerData::link_contact`]).
    pub fn link_contact(
        &mut self,
        contact_id: &str,
        opportunity_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        let restore = self.keep_contact(contact_id);
        let linked = self.linked_to(contact_id);
        self.data.link_contact(contact_id, opportunity_id, now)?;
        self.push_undo(restore);
        self.touch(linked);
        self.touch([opportunity_id.to_string()]);
        Ok(())
    }

    /// Deletes a contact (see [`TrackerData::delete_contact`]).
    pub fn delete_contact(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<Contact, TrackerError> {
        let at = self.data.contacts.iter().position(|c| c.id == id);
        let removed = self.data.delete_contact(id, now)?;
        self.touch(removed.opportunity_ids.clone());
        if let Some(at) = at {
            let contact = removed.clone();
            self.push_undo(move |d| {
                d.tombstones.pop();
                d.contacts.insert(at, contact);
            });
        }
        Ok(removed)
    }

    /// Adds an activity entry (see [`TrackerData::add_activity`]); the
    /// opportunity's `updated_at` moves with it.
    pub fn add_activity(&mut self, activity: Activity) -> Result<(), TrackerError> {
        let restore = self.keep_opportunity(&activity.opportunity_id);
        let id = activity.opportunity_id.clone();
        self.data.add_activity(activity)?;
        self.push_undo(restore);
        self.touch([id]);
        Ok(())
    }

    /// Adds a follow-up (see [`TrackerData::add_follow_up`]).
    pub fn add_follow_up(&mut self, follow_up: FollowUp) -> Result<(), TrackerError> {
        let id = follow_up.opportunity_id.clone();
        self.data.add_follow_up(follow_up)?;
        self.push_undo(|d| drop(d.follow_ups.pop()));
        self.touch([id]);
        Ok(())
    }

    /// Marks a follow-up done or open (see [`TrackerData::complete_follow_up`]).
    pub fn complete_follow_up(
        &mut self,
        id: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<(), TrackerError> {
        let kept = self
            .data
            .follow_ups
            .iter()
            .position(|f| f.id == id)
            .map(|i| (i, self.data.follow_ups[i].clone()));
        self.data.complete_follow_up(id, done, now)?;
        if let Some((i, old)) = kept {
            self.touch([old.opportunity_id.clone()]);
            self.push_undo(move |d| d.follow_ups[i] = old);
        }
        Ok(())
    }

    /// Deletes a follow-up (see [`TrackerData::delete_follow_up`]).
    pub fn delete_follow_up(&mut self, id: &str, now: DateTime<Utc>) -> Result<(), TrackerError> {
        let kept = self
            .data
            .follow_ups
            .iter()
            .position(|f| f.id == id)
            .map(|i| (i, self.data.follow_ups[i].clone()));
        self.data.delete_follow_up(id, now)?;
        if let Some((i, old)) = kept {
            self.touch([old.opportunity_id.clone()]);
            self.push_undo(move |d| {
                d.tombstones.pop();
                d.follow_ups.insert(i, old);
            });
        }
        Ok(())
    }

    /// Saves a user template (see [`TrackerData::add_user_template`]).
    pub fn add_user_template(&mut self, template: UserTemplate) -> Result<(), TrackerError> {
        let kept = self
            .data
            .user_templates
            .iter()
            .position(|t| t.id == template.id)
            .map(|i| (i, self.data.user_templates[i].clone()));
        self.data.add_user_template(template)?;
        self.push_undo(move |d| match kept {
            Some((i, old)) => d.user_templates[i] = old,
            None => drop(d.user_templates.pop()),
        });
        Ok(())
    }

    /// Deletes a user template (see [`TrackerData::delete_user_template`]).
    pub fn delete_user_template(&mut self, id: &str) -> Result<(), TrackerError> {
        let kept = removed_where(&self.data.user_templates, |t| t.id == id);
        self.data.delete_user_template(id)?;
        self.push_undo(move |d| reinsert(&mut d.user_templates, kept));
        Ok(())
    }

    /// Notes opportunities whose page shows what a step changed.
    fn touch(&mut self, ids: impl IntoIterator<Item = String>) {
        self.touched.extend(ids);
    }

    /// The opportunities the contact `id` is linked to now.
    fn linked_to(&self, id: &str) -> Vec<String> {
        self.data
            .contact(id)
            .map(|c| c.opportunity_ids.clone())
            .unwrap_or_default()
    }

    fn push_undo(&mut self, undo: impl FnOnce(&mut TrackerData) + 'static) {
        self.undo.push(Box::new(undo));
    }

    /// Puts back every step made so far, the last first.
    fn roll_back(self) {
        for undo in self.undo.into_iter().rev() {
            undo(self.data);
        }
    }

    /// How to restore the opportunity `id` as it is now, with the activity
    /// log's length (a status change appends to it). Does nothing if there
    /// is no such opportunity: the step will fail and change nothing.
    fn keep_opportunity(&self, id: &str) -> impl FnOnce(&mut TrackerData) + 'static {
        let kept = self
            .data
            .opportunities
            .iter()
            .position(|o| o.id == id)
            .map(|i| (i, self.data.opportunities[i].clone()));
        let activities = self.data.activities.len();
        move |d: &mut TrackerData| {
            if let Some((i, old)) = kept {
                d.opportunities[i] = old;
            }
            d.activities.truncate(activities);
        }
    }

    /// How to restore the contact `id` as it is now.
    fn keep_contact(&self, id: &str) -> impl FnOnce(&mut TrackerData) + 'static {
        let kept = self
            .data
            .contacts
            .iter()
            .position(|c| c.id == id)
            .map(|i| (i, self.data.contacts[i].clone()));
        move |d: &mut TrackerData| {
            if let Some((i, old)) = kept {
                d.contacts[i] = old;
            }
        }
    }
}

/// Copies of the records matching `pred`, with their positions.
fn removed_where<T: Clone>(list: &[T], pred: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    list.iter()
        .enumerate()
        .filter(|(_, x)| pred(x))
        .map(|(i, x)| (i, x.clone()))
        .collect()
}

/// Puts records back at the positions `removed_where` found them (in
/// ascending order, so every earlier one is already back in place).
fn reinsert<T>(list: &mut Vec<T>, removed: Vec<(usize, T)>) {
    for (i, x) in removed {
        list.insert(i, x);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod touched_tests;
