//! Reading one opportunity's records so that a view re-renders for them
//! only. The tracker stays one value (the list's search and Home read
//! across all of it), and every edit says which opportunities it touched
//! (`domain::tracker::revisions`); a view of one opportunity waits on its
//! revision, an O(1) look-up per edit, instead of rescanning up to 10,000
//! records on every edit anywhere.

use leptos::prelude::*;

use super::AppState;
use crate::domain::tracker::{Revision, TrackerData};

impl AppState {
    /// What `read` finds for the opportunity `id` (its record, contacts,
    /// activity or follow-ups), as a memo that re-runs `read` only when an
    /// edit touched that opportunity, the id changed, or the whole tracker
    /// was replaced; and that notifies its readers only if the result
    /// differs.
    pub fn records_of<T>(
        &self,
        id: impl Into<Signal<String>>,
        read: impl Fn(&TrackerData, &str) -> T + Send + Sync + 'static,
    ) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let id = id.into();
        let revision = self.revision_of(id);
        let tracker = self.tracker;
        Memo::new(move |_| {
            // Read, not `track()`: tracking a memo that has never run does
            // not run it, so it would never subscribe to the revisions and
            // this read would never re-run (seen in the release build).
            let _ = revision.get();
            id.with(|id| tracker.with_untracked(|data| read(data, id)))
        })
    }

    /// The revision of the opportunity `id`, as a memo that notifies only
    /// when it moves.
    pub fn revision_of(&self, id: impl Into<Signal<String>>) -> Memo<Revision> {
        let id = id.into();
        let revisions = self.revisions;
        Memo::new(move |_| id.with(|id| revisions.with(|r| r.of(id))))
    }

    /// Replaces the whole tracker in this tab, without saving (another
    /// tab's merge, an import before its save, deleting everything; tests
    /// start from it). Every view re-reads.
    pub fn set_tracker(&self, data: TrackerData) {
        self.data.set(data);
        self.revisions.update(|r| r.everything_changed());
    }
}
