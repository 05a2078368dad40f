//! Keep the door open: the tracker's records (opportunities, contacts,
//! activity, follow-ups), the operations that change them, the queries the
//! lists and dashboard ask, and the merge that reconciles two browser tabs.
//!
//! Everything here is pure: operations take `now` and any new ids from the
//! caller, and nothing reads a clock or storage. `TrackerData` is the one
//! aggregate that `storage` saves; it is plain data, so adding a collection
//! later means adding a `#[serde(default)]` field.

pub mod devices;
pub mod edit;
pub mod history;
pub mod ids;
pub mod insights;
pub mod merge;
pub mod ops;
pub mod plan;
pub mod query;
pub mod records;
pub mod report;
pub mod revisions;
mod revive;
pub mod sample;
pub mod status;
pub mod validate;

use serde::{Deserialize, Serialize};

use crate::domain::messages::UserTemplate;

pub use devices::{merge_devices, replace_with, DeviceMerge, RecordRef, Resolution, Resolved};
pub use edit::Edit;
pub use history::{
    been_here_before, company_key, same_company, ContactMatch, History, KnownContact, Lookup,
    PastOpportunity,
};
pub use insights::{insights, Insights};
pub use merge::{merge, merge_three_way, Conflict, ConflictResolution};
pub use ops::TrackerError;
pub use plan::PlannedChange;
pub use query::{
    needs_attention, Attention, Filter, Query, SearchIndex, SortKey, ATTENTION_HORIZON_DAYS,
};
pub use records::title;
pub use records::{
    new_id, stamp, Activity, ActivityEntry, Contact, ContactKind, FollowUp, InterviewTime,
    Opportunity, RecordKind, SavedDecision, Status, Tombstone,
};
pub use report::{
    activity_report, ActivityReport, ReportEvent, ReportEventKind, ReportOpportunity,
};
pub use revisions::{Revision, Revisions};
pub use validate::{FieldError, ValidationErrors};

/// Everything the user has tracked, plus their own message templates (so
/// backups include them). Settings are kept elsewhere.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrackerData {
    /// Every opportunity, in the order they were added.
    pub opportunities: Vec<Opportunity>,
    /// Every contact.
    pub contacts: Vec<Contact>,
    /// Every activity entry, across all opportunities.
    pub activities: Vec<Activity>,
    /// Every follow-up, done or not.
    pub follow_ups: Vec<FollowUp>,
    /// Deleted records, remembered so that merging tabs does not revive them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<Tombstone>,
    /// The user's own message templates, kept here so backups include them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub user_templates: Vec<UserTemplate>,
}

impl TrackerData {
    /// How many live records there are in all collections.
    pub fn record_count(&self) -> usize {
        self.opportunities.len()
            + self.contacts.len()
            + self.activities.len()
            + self.follow_ups.len()
    }

    /// Saves a user template, replacing the one with the same id.
    pub fn add_user_template(&mut self, mut template: UserTemplate) -> Result<(), TrackerError> {
        template.validate()?;
        template.updated_at = stamp(template.updated_at);
        match self.user_templates.iter_mut().find(|t| t.id == template.id) {
            Some(old) => *old = template,
            None => self.user_templates.push(template),
        }
        Ok(())
    }

    /// Deletes a user template; deleting one that is gone is not an error.
    pub fn delete_user_template(&mut self, id: &str) -> Result<(), TrackerError> {
        self.user_templates.retain(|t| t.id != id);
        Ok(())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod devices_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod history_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod report_tests;
