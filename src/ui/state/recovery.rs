//! Saved data that could not be read: the copies kept aside, and the
//! user's way out (download them, then start fresh or import).

use crate::domain::tracker::TrackerData;
use crate::storage::local::LocalStore;
use crate::storage::meta::is_unreadable_key;
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
        if !is_unreadable_key(key) {
            return None;
        }
        self.store.with_value(|s| s.get_raw(key))
    }

    /// Forgets an unreadable copy (after the user downloaded it).
    pub fn discard_unreadable(&self, key: &str) {
        if is_unreadable_key(key) {
            self.store.with_value(|s| s.remove(key));
            self.unreadable.update(|k| k.retain(|x| x != key));
        }
    }

    /// The user chose to go on without the unreadable saved tracker: save
    /// what is in this tab (possibly nothing) over it.
    pub fn start_fresh(&self) {
        self.blocked.set(false);
        self.dismiss(TRACKER_CORRUPT);
        self.save_tracker();
    }

    /// Replaces the whole tracker (an import) and saves it; this also
    /// settles any wait over unreadable saved data.
    pub fn replace_tracker(&self, data: TrackerData) {
        self.tracker.set(data);
        self.start_fresh();
    }

    pub(super) fn note_unreadable(&self, key: String) {
        self.unreadable.update(|k| {
            if !k.contains(&key) {
                k.push(key);
            }
        });
    }
}

/// The keys of unreadable copies kept aside.
pub(super) fn unreadable_keys(store: &LocalStore) -> Vec<String> {
    store
        .app_keys()
        .into_iter()
        .filter(|k| is_unreadable_key(k))
        .collect()
}
