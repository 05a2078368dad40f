//! The repository: everything that decides how the app's data is read and
//! saved, written once against the [`KeyValue`] trait so that native tests
//! run it against [`MemoryStore`](crate::memory::MemoryStore) and the
//! browser against localStorage. `ui::state` holds the signals and the
//! notices and asks this for everything else.
//!
//! What it guarantees:
//! - unreadable saved data is copied aside and saving stops (`blocked`)
//!   until the user decides (`start_fresh`, an import, or another tab's
//!   valid save); the copy can fail too (a full disk), and then nothing
//!   writes over the original;
//! - a save never overwrites a version this tab has not seen: the stored
//!   text is compared with the last one this tab read or wrote (`seen`),
//!   and another tab's write is merged first against the common base;
//! - data written by a newer version of the app stops this tab writing
//!   anything (`newer`), so an old tab cannot undo an upgrade;
//! - every write is checked by reading it back.
//!
//! The common base is not kept as a copy of the tracker: it is what the
//! `seen` text decodes to (every save is round-trip checked, and a load or
//! a merge sets both from the same text), decoded only when another tab
//! actually wrote. That spares a clone of up to 10,000 records per save
//! and per load.

use chrono::{DateTime, Utc};

mod values;

pub use values::{app_keys, remember_theme};

use crate::codec::Codec;
use crate::domain::tracker::{Conflict, TrackerData};
use crate::envelope::{DecodeError, TRACKER_KEY};
use crate::kv::{set_checked, KeyValue, StoreError};
use crate::meta::{is_unreadable_key, BackupMeta};

/// The result of reading a stored value.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored under the key yet.
    Missing,
    /// Parsed.
    Value(T),
    /// Stored but unreadable: the raw text was copied to `backup_key`.
    Corrupt {
        /// Where the unreadable text was kept.
        backup_key: String,
        /// Why it could not be read.
        reason: String,
    },
}

/// Why the saved tracker was not loaded. In every case saving stops until
/// the user decides (or reloads), so nothing stored is overwritten.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// The storage codec has not arrived, so nothing could be read.
    CodecMissing,
    /// Written by a newer version of the app: this tab will write nothing.
    Newer(DecodeError),
    /// Unreadable; `kept` says whether a copy is safely aside.
    Unreadable {
        /// Why it could not be read.
        error: String,
        /// Whether the text is kept under its `.unreadable` key.
        kept: bool,
    },
}

/// What another tab did to the tracker since this tab last looked.
#[derive(Debug, Clone, PartialEq)]
pub enum Remote {
    /// Nothing (or this tab is not following: see `newer`).
    Unchanged,
    /// It deleted all data: this repository is reset and the tab should
    /// start empty too, rather than write everything back.
    Deleted,
    /// It saved valid data, merged with this tab's.
    Merged {
        /// The data to show now.
        data: TrackerData,
        /// Records both tabs changed, and which edit was kept.
        conflicts: Vec<Conflict>,
        /// This tab holds something the stored copy lacks (save it).
        needs_save: bool,
        /// Its save settled a wait over unreadable data.
        unblocked: bool,
    },
    /// It saved data this build cannot read: kept aside, saving stopped.
    Unreadable(DecodeError),
    /// It runs a newer version of the app: this tab stops writing.
    Newer(DecodeError),
}

/// The outcome of one tracker save.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveReport {
    /// What another tab had done, merged before writing.
    pub remote: Remote,
    /// The write itself.
    pub written: Result<Written, StoreError>,
}

/// Whether a write happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Stored and read back.
    Saved,
    /// Deliberately not written: unreadable data waits for the user, or a
    /// newer version of the app owns the data.
    Held,
}

/// See the module comment.
pub struct Repository<S> {
    store: S,
    available: bool,
    /// The stored tracker text as this tab last read or wrote it.
    seen: Option<String>,
    /// The common ancestor for merging another tab's save.
    base: Base,
    /// Unreadable saved data waits for the user's decision.
    blocked: bool,
    /// Data from a newer version of the app was found: write nothing.
    newer: bool,
    /// Keys holding unreadable copies kept aside.
    unreadable: Vec<String>,
    /// Last export and changes since.
    meta: BackupMeta,
}

/// The common ancestor of this tab and the stored copy.
enum Base {
    /// What `seen` decodes to (empty when nothing is stored).
    Seen,
    /// Kept apart from `seen` because `seen` is unreadable.
    Data(TrackerData),
}

impl<S: KeyValue> Repository<S> {
    /// A repository over `store`, which is usable when it can list its
    /// keys (localStorage's own probe happens when it is opened).
    pub fn new(store: S) -> Self {
        let keys = store.keys();
        let available = keys.is_ok();
        let unreadable = keys
            .unwrap_or_default()
            .into_iter()
            .filter(|k| is_unreadable_key(k))
            .collect();
        Repository {
            store,
            available,
            seen: None,
            base: Base::Seen,
            blocked: false,
            newer: false,
            unreadable,
            meta: BackupMeta::default(),
        }
    }

    /// The store underneath.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Whether saving is possible at all.
    pub fn is_available(&self) -> bool {
        self.available
    }

    /// Whether tracker saves are held: unreadable data waits for the user,
    /// or a newer version of the app owns the data.
    pub fn is_blocked(&self) -> bool {
        self.blocked || self.newer
    }

    /// Whether unreadable saved data waits for the user's decision (which
    /// `start_fresh` or an import settles).
    pub fn awaits_decision(&self) -> bool {
        self.blocked && !self.newer
    }

    /// Whether data from a newer version of the app was found.
    pub fn is_newer(&self) -> bool {
        self.newer
    }

    /// Last export and changes since.
    pub fn meta(&self) -> &BackupMeta {
        &self.meta
    }

    /// Keys holding unreadable copies kept aside.
    pub fn unreadable_keys(&self) -> &[String] {
        &self.unreadable
    }

    /// Reads the saved tracker. `codec` is `None` only when its chunk has
    /// not arrived (see `ui::codec`).
    pub fn load_tracker(&mut self, codec: Option<&Codec>) -> Result<TrackerData, LoadProblem> {
        let raw = match self.store.get(TRACKER_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) | Err(StoreError::Unavailable) => return Ok(TrackerData::default()),
            Err(e) => {
                // Not even readable: nothing to copy, so leave it alone.
                self.blocked = true;
                return Err(LoadProblem::Unreadable {
                    error: e.to_string(),
                    kept: false,
                });
            }
        };
        let Some(codec) = codec else {
            // Read nothing, save nothing, keep what is stored.
            self.blocked = true;
            self.seen = Some(raw);
            self.base = Base::Data(TrackerData::default());
            return Err(LoadProblem::CodecMissing);
        };
        let decoded = (codec.decode)(&raw);
        match decoded {
            Ok(data) => {
                self.seen = Some(raw);
                self.base = Base::Seen;
                Ok(data)
            }
            Err(e @ DecodeError::NewerVersion { .. }) => {
                self.hold_for_newer(raw);
                Err(LoadProblem::Newer(e))
            }
            Err(e) => {
                self.blocked = true;
                let kept = self.keep_aside(TRACKER_KEY, &raw);
                // The damaged text is what this tab has seen: another
                // tab's later save is then noticed and merged.
                self.seen = Some(raw);
                self.base = Base::Data(TrackerData::default());
                Err(LoadProblem::Unreadable {
                    error: e.to_string(),
                    kept: kept.is_some(),
                })
            }
        }
    }

    /// Merges another tab's tracker save into `local` if the stored text
    /// changed since this tab last read or wrote it.
    pub fn check_other_tabs(&mut self, codec: &Codec, local: &TrackerData) -> Remote {
        if self.newer {
            return Remote::Unchanged;
        }
        match self.store.get(TRACKER_KEY) {
            Ok(current) => self.follow(codec, local, current),
            // Nothing to compare with; a save will say why.
            Err(_) => Remote::Unchanged,
        }
    }

    /// Follows another tab's write, given what is stored now.
    fn follow(&mut self, codec: &Codec, local: &TrackerData, current: Option<String>) -> Remote {
        if current == self.seen {
            return Remote::Unchanged;
        }
        let Some(raw) = current else {
            self.delete_all();
            return Remote::Deleted;
        };
        let merged = match &self.base {
            Base::Data(base) => (codec.merge_remote)(base, local, &raw),
            Base::Seen => {
                let base = self.seen_data(codec);
                (codec.merge_remote)(&base, local, &raw)
            }
        };
        match merged {
            Ok(m) => {
                let needs_save = m.needs_save();
                let unblocked = std::mem::take(&mut self.blocked);
                // `raw` decodes to `m.remote`: the new common base.
                self.seen = Some(raw);
                self.base = Base::Seen;
                Remote::Merged {
                    data: m.data,
                    conflicts: m.conflicts,
                    needs_save,
                    unblocked,
                }
            }
            Err(e @ DecodeError::NewerVersion { .. }) => {
                self.keep_base(codec);
                self.hold_for_newer(raw);
                Remote::Newer(e)
            }
            Err(e) => {
                self.keep_base(codec);
                self.keep_aside(TRACKER_KEY, &raw);
                self.seen = Some(raw);
                self.blocked = true;
                Remote::Unreadable(e)
            }
        }
    }

    /// Saves the tracker: merges another tab's write first (the merged
    /// data is in `remote` and is what gets written), then writes through
    /// the checked envelope unless saving is held. A successful save
    /// counts as a change since the last export.
    pub fn save_tracker(
        &mut self,
        codec: &Codec,
        local: &TrackerData,
        now: DateTime<Utc>,
    ) -> SaveReport {
        if self.is_blocked() {
            return SaveReport {
                remote: Remote::Unchanged,
                written: Ok(Written::Held),
            };
        }
        // What is stored now must be read before anything is written over
        // it: a version this tab cannot see is never overwritten.
        let current = match self.store.get(TRACKER_KEY) {
            Ok(current) => current,
            Err(e) => {
                return SaveReport {
                    remote: Remote::Unchanged,
                    written: Err(e),
                }
            }
        };
        let remote = self.follow(codec, local, current);
        let data = match &remote {
            Remote::Unchanged => local,
            Remote::Merged { data, .. } => data,
            Remote::Deleted | Remote::Unreadable(_) | Remote::Newer(_) => {
                return SaveReport {
                    remote,
                    written: Ok(Written::Held),
                }
            }
        };
        let written = self.write_tracker(codec, data, now);
        if written == Ok(Written::Saved) {
            self.meta.changes_since_export += 1;
            // The reminder is a nicety: a failure here is not worth a notice.
            let _ = self.save_meta(codec);
        }
        SaveReport { remote, written }
    }

    /// The user chose to go on without the unreadable saved tracker: the
    /// next save writes over it. (Data from a newer version stays held:
    /// only a reload with the new version may write it.)
    pub fn start_fresh(&mut self) {
        self.blocked = false;
    }

    /// Removes every key of this app and starts empty.
    pub fn delete_all(&mut self) {
        for key in self.app_keys() {
            let _ = self.store.remove(&key);
        }
        self.seen = None;
        self.base = Base::Seen;
        self.blocked = false;
        self.newer = false;
        self.unreadable.clear();
        self.meta = BackupMeta::default();
    }

    /// Every key of this app (the origin is shared with other sites on
    /// github.io, so only our prefix counts).
    pub fn app_keys(&self) -> Vec<String> {
        app_keys(&self.store)
    }

    fn write_tracker(
        &mut self,
        codec: &Codec,
        data: &TrackerData,
        now: DateTime<Utc>,
    ) -> Result<Written, StoreError> {
        let text = (codec.encode_checked)(data, now).map_err(StoreError::Other)?;
        self.write(TRACKER_KEY, &text)?;
        self.seen = Some(text);
        self.base = Base::Seen;
        Ok(Written::Saved)
    }

    /// A checked write, unless a newer version owns the data.
    fn write(&self, key: &str, text: &str) -> Result<Written, StoreError> {
        if self.newer {
            return Ok(Written::Held);
        }
        set_checked(&self.store, key, text)?;
        Ok(Written::Saved)
    }

    /// Stops writing: the stored data belongs to a newer version.
    fn hold_for_newer(&mut self, raw: String) {
        self.newer = true;
        self.seen = Some(raw);
    }

    /// What the `seen` text decodes to.
    fn seen_data(&self, codec: &Codec) -> TrackerData {
        self.seen
            .as_deref()
            .and_then(|raw| (codec.decode)(raw).ok())
            .unwrap_or_default()
    }

    /// Before `seen` changes to text that cannot be read, keeps the base
    /// it stood for.
    fn keep_base(&mut self, codec: &Codec) {
        if let Base::Seen = self.base {
            self.base = Base::Data(self.seen_data(codec));
        }
    }
}
