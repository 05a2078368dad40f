//! Another tab's saves (`storage::local::StoredChange`), and merging the
//! stored tracker into this tab against the common base (see
//! `storage::sync`).

use crate::domain::tracker::{Conflict, ConflictResolution};
use crate::storage::codec::Codec;
use crate::storage::local::StoredChange;
use crate::storage::TRACKER_KEY;
use leptos::prelude::*;

use super::notice_ids::*;
use super::{AppState, Notice, NoticeLevel};

impl AppState {
    /// Another tab saved something this app follows.
    pub(super) fn on_storage(&self, change: StoredChange) {
        match change {
            StoredChange::Tracker => self.on_remote_tracker(),
            StoredChange::Settings(raw) => self.with_codec(move |state, codec| {
                if let Some(s) = (codec.parse_settings)(&raw) {
                    state.settings.set(s);
                }
            }),
            StoredChange::Meta(raw) => self.with_codec(move |state, codec| {
                if let Some(m) = (codec.parse_meta)(&raw) {
                    state.meta.set(m);
                }
            }),
        }
    }

    /// Another tab changed the tracker key. The event's own value may
    /// already be stale, so the current stored text is what gets merged.
    fn on_remote_tracker(&self) {
        let Some(codec) = self.codec_or_later(|state| state.on_remote_tracker()) else {
            return;
        };
        if self.merge_stored(codec) {
            self.save_tracker();
        }
    }

    /// Merges the stored tracker into this tab if another tab changed it
    /// since this tab last read or wrote it. Returns whether this tab now
    /// holds changes the stored copy lacks (so it should save).
    pub(super) fn merge_stored(&self, codec: Codec) -> bool {
        let current = self.store.with_value(|s| s.get_raw(TRACKER_KEY));
        if self.seen.with_value(|seen| *seen == current) {
            return false;
        }
        let Some(raw) = current else {
            // The other tab deleted all data; follow it rather than write
            // everything back.
            self.delete_all();
            self.notify(Notice {
                id: TAB_CHANGE,
                level: NoticeLevel::Info,
                text: "All data was deleted in another tab, so this tab starts empty too.".into(),
            });
            return false;
        };
        let merged = self.base.with_value(|base| {
            self.tracker
                .with_untracked(|local| (codec.merge_remote)(base, local, &raw))
        });
        // A save this build cannot read (from a newer version in another
        // tab, say): keep it aside and stop saving here, as at start.
        let merged = match merged {
            Ok(m) => m,
            Err(e) => {
                let kept = self.store.with_value(|s| s.keep_aside(TRACKER_KEY, &raw));
                self.note_unreadable(kept);
                self.seen.set_value(Some(raw));
                self.blocked.set(true);
                self.notify(Notice {
                    id: TRACKER_CORRUPT,
                    level: NoticeLevel::Error,
                    text: format!("Another tab saved data this page cannot read. {e} Reload this page; until then, changes here stay in this tab only."),
                });
                return false;
            }
        };
        if !merged.conflicts.is_empty() {
            self.notify(Notice {
                id: TAB_CONFLICTS,
                level: NoticeLevel::Warning,
                text: conflict_text(&merged.conflicts),
            });
        }
        // Another tab saving valid data means the decision about unreadable
        // data was made there.
        if self.blocked.get_untracked() {
            self.blocked.set(false);
            self.dismiss(TRACKER_CORRUPT);
        }
        let needs_save = merged.needs_save();
        self.seen.set_value(Some(raw));
        self.base.set_value(merged.remote);
        self.tracker.set(merged.data);
        needs_save
    }
}

/// One sentence per clash, naming the record and whose edit was kept.
fn conflict_text(conflicts: &[Conflict]) -> String {
    let mut text = String::from(if conflicts.len() == 1 {
        "A record was changed in two tabs; the newer edit was kept:"
    } else {
        "Some records were changed in two tabs; the newer edit of each was kept:"
    });
    for c in conflicts {
        text.push(' ');
        text.push_str(c.kind.label());
        text.push_str(" “");
        text.push_str(&c.label);
        text.push_str("” (");
        text.push_str(match c.resolution {
            ConflictResolution::KeptLocal => "this tab's edit kept",
            ConflictResolution::KeptRemote => "the other tab's edit kept",
            ConflictResolution::RestoredAfterDelete => {
                "kept: changed after it was deleted elsewhere"
            }
        });
        text.push_str(").");
    }
    text
}
