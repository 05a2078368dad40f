//! Another tab's saves (`storage::local::StoredChange`): what the
//! repository found (`storage::Remote`) shown in this tab.

use crate::storage::local::StoredChange;
use crate::storage::Remote;
use leptos::prelude::*;

use super::notice::conflict_text;
use super::notice_ids::*;
use super::slot::Pending;
use super::{AppState, Notice, NoticeLevel};
use crate::storage::codec::Codec;

impl AppState {
    /// Another tab saved something this app follows.
    pub(super) fn on_storage(&self, change: StoredChange) {
        match change {
            StoredChange::Tracker => self.on_remote_tracker(),
            StoredChange::Settings(raw) => self.run_with_codec(Pending::RemoteSettings(raw)),
            StoredChange::Meta(raw) => self.run_with_codec(Pending::RemoteMeta(raw)),
        }
    }

    /// Another tab saved the settings `raw`: this tab shows them.
    pub(super) fn settings_from_other_tab(&self, codec: Codec, raw: &str) {
        let settings = self
            .repo
            .with_value(|r| r.settings_from_other_tab(&codec, raw));
        if let Some(s) = settings {
            self.settings.set(s);
        }
    }

    /// Another tab saved the backup record `raw`: this tab shows it.
    pub(super) fn meta_from_other_tab(&self, codec: Codec, raw: &str) {
        self.repo.update_value(|r| {
            // An unreadable record from another tab is ignored.
            let _ = r.meta_from_other_tab(&codec, raw);
        });
        self.publish();
    }

    /// Another tab changed the tracker key. The event's own value may
    /// already be stale, so the current stored text is what gets merged.
    pub(super) fn on_remote_tracker(&self) {
        let Some(codec) = self.codec_or_wait(Pending::RemoteTracker) else {
            return;
        };
        let remote = self.tracker.with_untracked(|local| {
            self.repo
                .try_update_value(|r| r.check_other_tabs(&codec, local))
        });
        let needs_save = remote.is_some_and(|remote| self.apply_remote(remote));
        self.publish();
        if needs_save {
            self.save_tracker();
        }
    }

    /// Shows what another tab did. Returns whether this tab holds changes
    /// the stored copy lacks (so it should save).
    pub(super) fn apply_remote(&self, remote: Remote) -> bool {
        match remote {
            Remote::Unchanged => false,
            Remote::Deleted => {
                // Follow the other tab rather than write everything back.
                self.delete_all();
                self.notify(Notice {
                    id: TAB_CHANGE,
                    level: NoticeLevel::Info,
                    text: "All data was deleted in another tab, so this tab starts empty too."
                        .into(),
                });
                false
            }
            Remote::Merged {
                data,
                conflicts,
                needs_save,
                unblocked,
            } => {
                if !conflicts.is_empty() {
                    self.notify(Notice {
                        id: TAB_CONFLICTS,
                        level: NoticeLevel::Warning,
                        text: conflict_text(&conflicts),
                    });
                }
                // Another tab saving valid data means the decision about
                // unreadable data was made there.
                if unblocked {
                    self.dismiss(TRACKER_CORRUPT);
                }
                self.set_tracker(data);
                needs_save
            }
            Remote::Unreadable(e) => {
                self.notify(Notice {
                    id: TRACKER_CORRUPT,
                    level: NoticeLevel::Error,
                    text: format!("Another tab saved data this page cannot read. {e} Reload this page; until then, changes here stay in this tab only."),
                });
                false
            }
            Remote::Newer(e) => {
                self.notify(Notice {
                    id: NEWER_VERSION,
                    level: NoticeLevel::Error,
                    text: format!("Another tab runs a newer version of the app. {e} Until then, changes here stay in this tab only."),
                });
                false
            }
        }
    }
}
