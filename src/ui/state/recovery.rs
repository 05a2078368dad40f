//! Saved data that could not be read: the copies kept aside, and the
//! user's way out (download them, then start fresh or import). The
//! repository keeps them (`storage::repo`); this shows them.

use crate::domain::tracker::TrackerData;
use crate::storage::Repository;
use leptos::prelude::*;

use super::notice_ids::*;
use super::AppState;

impl AppState {
    /// Whether tracker saves wait for the user's decision about unreadable
    /// saved data (reactive).
    pub fn saving_blocked(&self) -> bool {
        self.blocked.get()
    }

    /// Keys holding unreadable copies kept aside (reactive).
    pub fn unreadable_keys(&self) -> Vec<String> {
        self.unreadable.get()
    }

    /// The text kept under an unreadable-copy key, for download.
    pub fn unreadable_text(&self, key: &str) -> Option<String> {
        self.repo.with_value(|r| r.unreadable_text(key))
    }

    /// Forgets an unreadable copy (after the user downloaded it).
    pub fn discard_unreadable(&self, key: &str) {
        self.repo.update_value(|r| r.discard_unreadable(key));
        self.publish();
    }

    /// The user chose to go on without the unreadable saved tracker: save
    /// what is in this tab (possibly nothing) over it.
    pub fn start_fresh(&self) {
        self.repo.update_value(Repository::start_fresh);
        self.publish();
        self.dismiss(TRACKER_CORRUPT);
        self.save_tracker();
    }

    /// Replaces the whole tracker (an import) and saves it; this also
    /// settles any wait over unreadable saved data.
    pub fn replace_tracker(&self, data: TrackerData) {
        self.set_tracker(data);
        self.start_fresh();
    }
}
