//! Shared app state, provided once as context: the tracker data, the
//! user's settings and the storage notices. Pages read it with
//! `expect_context::<AppState>()` and change the tracker only through
//! `AppState::edit_tracker`, which saves after every successful change.
//!
//! Faults are handled here so pages never see them:
//! - unreadable stored data is copied aside, the user is told, and the
//!   tracker is NOT saved again until the user chooses in Settings
//!   (download it, then start fresh or import a backup). The copy aside
//!   can fail too (a full disk), and only the user can decide that losing
//!   the damaged text is fine, so nothing writes over it on its own;
//! - no storage at all: the app runs in memory with a notice that stays;
//! - a full disk: the change stays in memory and the user is told to
//!   export;
//! - another tab's save is merged in (see `storage::sync`), with `base`
//!   the last copy this tab loaded, saved or merged. Before every save the
//!   stored text is compared with the last one this tab knew (`seen`): if
//!   another tab wrote in between (its `storage` event not yet delivered),
//!   that write is merged first, so a save never overwrites an edit this
//!   tab has not seen and `base` stays a true common ancestor.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::domain::settings::{Settings, ThemeChoice};
use crate::domain::tracker::{Edit, TrackerData, TrackerError};
use crate::storage::codec::Codec;
use crate::storage::local::{Loaded, LocalStore, StoreError, StoredChange};
use crate::storage::meta::BackupMeta;
use crate::storage::{ImportError, ImportMode, ImportPreview, TRACKER_KEY};
use crate::ui::{codec, perf};

mod notice;
mod recovery;
mod sync;

pub use notice::{notice_ids, Notice, NoticeLevel};
use notice_ids::*;
use recovery::unreadable_keys;

/// A value kept in Leptos' reactive arena on this thread, for types that
/// are not `Send` (Leptos calls that storage `LocalStorage`; it is not the
/// browser's localStorage, which only `storage::local` touches).
type ThreadLocal<T> = StoredValue<T, LocalStorage>;

/// Why `AppState::edit_tracker` changed nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The change was refused; the data is as it was.
    #[error(transparent)]
    Tracker(#[from] TrackerError),
    /// The app's state is gone (its page was torn down), so there is
    /// nothing to change.
    #[error("This page has closed its data; reload the page and try again.")]
    Gone,
}

/// The app's shared state. `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Opportunities, contacts, activity and follow-ups.
    pub tracker: RwSignal<TrackerData>,
    /// The user's defaults and theme.
    pub settings: RwSignal<Settings>,
    /// Storage notices for the banner.
    pub notices: RwSignal<Vec<Notice>>,
    store: ThreadLocal<LocalStore>,
    /// The tracker as last loaded from or saved to storage: the common
    /// ancestor for merging another tab's save.
    base: ThreadLocal<TrackerData>,
    /// The stored text of the tracker as this tab last read or wrote it.
    seen: ThreadLocal<Option<String>>,
    /// True while unreadable saved data waits for the user's decision.
    blocked: RwSignal<bool>,
    /// Keys holding unreadable copies kept aside.
    unreadable: RwSignal<Vec<String>>,
    /// Last export and changes since.
    meta: RwSignal<BackupMeta>,
}

impl AppState {
    /// Loads everything from localStorage, listens for other tabs' saves
    /// and provides the state as context. Whatever is stored is read with
    /// the storage codec, which `ui::mount` loads first when anything is
    /// stored (see `ui::codec`).
    pub fn provide() -> AppState {
        let store = LocalStore::open();
        let codec = codec::loaded();
        let mut notices = Vec::new();
        if !store.is_available() {
            notices.push(Notice {
                id: UNAVAILABLE,
                level: NoticeLevel::Warning,
                text: StoreError::Unavailable.to_string(),
            });
        }
        let mut blocked = false;
        // Timed: this is what a returning user waits for before the first
        // screen (the browser bench reads the measure).
        let (seen, decoded) = perf::measure(perf::TRACKER_LOAD, || {
            let seen = store.get_raw(TRACKER_KEY);
            let decoded = seen.as_deref().map(|raw| codec.map(|c| (c.decode)(raw)));
            (seen, decoded)
        });
        let tracker = match decoded {
            None => TrackerData::default(),
            Some(Some(Ok(data))) => data,
            // Mount loads the codec before the app whenever anything is
            // stored, so this is a safety net: read nothing, save nothing,
            // keep what is stored.
            Some(None) => {
                blocked = true;
                notices.push(Notice {
                    id: TRACKER_CORRUPT,
                    level: NoticeLevel::Error,
                    text: "Your saved tracker is not loaded yet. Reload the page; until then, changes stay in this tab only.".into(),
                });
                TrackerData::default()
            }
            Some(Some(Err(e))) => {
                // `decoded` is `Some` only when `seen` is.
                let raw = seen.as_deref().unwrap_or_default();
                blocked = true;
                let kept = store.keep_aside(TRACKER_KEY, raw);
                let text = if store.holds(&kept, raw) {
                    format!("Your saved tracker could not be read. {e} A copy is kept as it was. Until you decide in Settings and data (download the copy, then start fresh or import a backup), new changes stay in this tab only.")
                } else {
                    format!("Your saved tracker could not be read. {e} There was no room to copy it aside, so it is left untouched. New changes stay in this tab only until you decide in Settings and data.")
                };
                notices.push(Notice {
                    id: TRACKER_CORRUPT,
                    level: NoticeLevel::Error,
                    text,
                });
                TrackerData::default()
            }
        };
        let settings = match codec {
            Some(c) => settings_or_default((c.load_settings)(&store), &mut notices),
            None => Settings::default(),
        };
        let meta = match codec.map(|c| (c.load_meta)(&store)) {
            Some(Loaded::Value(m)) => m,
            _ => BackupMeta::default(),
        };
        let unreadable = unreadable_keys(&store);
        let state = AppState {
            base: StoredValue::new_local(tracker.clone()),
            tracker: RwSignal::new(tracker),
            settings: RwSignal::new(settings),
            notices: RwSignal::new(notices),
            store: StoredValue::new_local(store),
            seen: StoredValue::new_local(seen),
            blocked: RwSignal::new(blocked),
            unreadable: RwSignal::new(unreadable),
            meta: RwSignal::new(meta),
        };
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if let Some(change) = StoredChange::from_event(&ev) {
                state.on_storage(change);
            }
        });
        on_cleanup(move || handle.remove());
        provide_context(state);
        state
    }

    /// Applies a change to the tracker as one all-or-nothing edit (see
    /// `domain::tracker::edit`) and saves it. Only a complete change is
    /// shown and saved: on an error from the change the data is exactly
    /// as it was and nothing re-renders. A failed save keeps the data in
    /// memory and raises a notice.
    pub fn edit_tracker<R>(
        &self,
        change: impl FnOnce(&mut Edit<'_>) -> Result<R, TrackerError>,
    ) -> Result<R, EditError> {
        let result = self
            .tracker
            .try_maybe_update(|data| {
                let result = data.edit(change);
                (result.is_ok(), result)
            })
            .ok_or(EditError::Gone)?;
        let value = result?;
        self.save_tracker();
        Ok(value)
    }

    /// Writes the tracker through the checked envelope. Does nothing while
    /// unreadable saved data waits for the user's decision.
    pub fn save_tracker(&self) {
        if self.blocked.get_untracked() {
            return;
        }
        let Some(codec) = self.codec_or_later(|state| state.save_tracker()) else {
            return;
        };
        // Another tab may have saved since this tab last looked.
        self.merge_stored(codec);
        let outcome = self.tracker.with_untracked(|data| {
            (codec.encode_checked)(data, now())
                .map_err(StoreError::Other)
                .and_then(|text| {
                    self.store
                        .with_value(|s| s.set_raw_checked(TRACKER_KEY, &text))
                        .map(|()| text)
                })
        });
        let outcome = outcome.map(|text| {
            self.seen.set_value(Some(text));
            self.base
                .set_value(self.tracker.with_untracked(TrackerData::clone));
            self.meta.update(|m| m.changes_since_export += 1);
            self.save_meta();
        });
        self.report_save(TRACKER_SAVE, outcome);
    }

    /// Replaces and saves the settings.
    pub fn save_settings(&self, settings: Settings) {
        self.settings.set(settings);
        self.write_settings();
    }

    fn write_settings(&self) {
        let Some(codec) = self.codec_or_later(|state| state.write_settings()) else {
            return;
        };
        let outcome = self.settings.with_untracked(|settings| {
            self.store
                .with_value(|s| (codec.save_settings)(s, settings))
        });
        self.report_save("settings-save", outcome);
    }

    /// Runs `work` with the storage codec: now if it is loaded, else once
    /// its chunk has arrived.
    fn with_codec(&self, work: impl FnOnce(AppState, Codec) + 'static) {
        match codec::loaded() {
            Some(codec) => work(*self, codec),
            None => {
                let state = *self;
                leptos::task::spawn_local(async move { work(state, codec::load().await) });
            }
        }
    }

    /// The storage codec now, or `None` after arranging for `then` to run
    /// once its chunk has loaded (the state is read afresh at that point,
    /// so nothing done meanwhile is lost).
    fn codec_or_later(&self, then: impl FnOnce(AppState) + 'static) -> Option<Codec> {
        let codec = codec::loaded();
        if codec.is_none() {
            self.with_codec(|state, _| then(state));
        }
        codec
    }

    /// Reads a small JSON value (drafts and the like).
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        match self.store.with_value(|s| s.load_json(key)) {
            Loaded::Value(v) => Some(v),
            Loaded::Missing => None,
            Loaded::Corrupt { backup_key, .. } => {
                self.note_unreadable(backup_key);
                None
            }
        }
    }

    /// Saves a small JSON value; failures raise a notice.
    pub fn save<T: Serialize>(&self, key: &str, value: &T) {
        let outcome = self.store.with_value(|s| s.save_json(key, value));
        self.report_save("draft-save", outcome);
    }

    /// Forgets a stored value.
    pub fn remove(&self, key: &str) {
        self.store.with_value(|s| s.remove(key));
    }

    /// Adds or replaces a notice by id.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            list.retain(|n| n.id != notice.id);
            list.push(notice);
        });
    }

    /// Removes a notice by id.
    pub fn dismiss(&self, id: &str) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }

    /// Keeps the copy of the theme that `index.html` applies before the
    /// app loads in step with the settings.
    pub fn remember_theme(&self, theme: ThemeChoice) {
        self.store.with_value(|s| s.remember_theme(theme));
    }

    /// Whether the browser lets the app save at all.
    pub fn storage_available(&self) -> bool {
        self.store.with_value(LocalStore::is_available)
    }

    /// Last export and changes since (reactive).
    pub fn backup_meta(&self) -> BackupMeta {
        self.meta.get()
    }

    /// A backup file of everything tracked, and the export noted so the
    /// reminder rests.
    /// `None` only if the storage codec is not loaded, which cannot happen
    /// on the Settings page (it waits for the codec before it renders).
    pub fn export_backup(&self) -> Option<String> {
        let codec = codec::loaded()?;
        let at = now();
        let text = self
            .tracker
            .with_untracked(|d| (codec.export_backup)(d, at));
        self.meta.set(BackupMeta {
            last_export: Some(at),
            changes_since_export: 0,
        });
        self.save_meta();
        Some(text)
    }

    /// What importing the backup file `raw` in `mode` would change, against
    /// the current data (reactive: tracks the tracker). `None` only if the
    /// storage codec is not loaded, which cannot happen on the Settings
    /// page (it waits for the codec before it renders).
    pub fn preview_import(
        &self,
        raw: &str,
        mode: ImportMode,
    ) -> Option<Result<ImportPreview, ImportError>> {
        let codec = codec::loaded()?;
        Some(
            self.tracker
                .with(|current| (codec.preview_import)(raw, current, mode)),
        )
    }

    /// Removes every key of this app and starts empty.
    pub fn delete_all(&self) {
        self.store.with_value(|s| {
            for key in s.app_keys() {
                s.remove(&key);
            }
        });
        self.blocked.set(false);
        self.seen.set_value(None);
        self.base.set_value(TrackerData::default());
        self.tracker.set(TrackerData::default());
        self.settings.set(Settings::default());
        self.meta.set(BackupMeta::default());
        self.unreadable.set(Vec::new());
        self.notices.update(|l| l.retain(|n| n.id == UNAVAILABLE));
    }

    fn save_meta(&self) {
        let Some(codec) = self.codec_or_later(|state| state.save_meta()) else {
            return;
        };
        let _ = self
            .meta
            .with_untracked(|m| self.store.with_value(|s| (codec.save_meta)(s, m)));
    }

    fn report_save(&self, id: &'static str, outcome: Result<(), StoreError>) {
        match outcome {
            Ok(()) => {
                if self
                    .notices
                    .with_untracked(|l| l.iter().any(|n| n.id == id))
                {
                    self.dismiss(id);
                }
            }
            Err(StoreError::Unavailable) => {} // already announced at start
            Err(e) => self.notify(Notice {
                id,
                level: NoticeLevel::Error,
                text: e.to_string(),
            }),
        }
    }
}

fn settings_or_default(loaded: Loaded<Settings>, notices: &mut Vec<Notice>) -> Settings {
    match loaded {
        Loaded::Value(v) => v,
        Loaded::Missing => Settings::default(),
        Loaded::Corrupt { backup_key, .. } => {
            notices.push(Notice {
                id: "settings-corrupt",
                level: NoticeLevel::Warning,
                text: format!("Saved settings could not be read and were kept under \"{backup_key}\"; defaults are in use."),
            });
            Settings::default()
        }
    }
}

/// The current time from the browser clock (the domain never reads it).
pub fn now() -> DateTime<Utc> {
    let ms = js_sys::Date::now();
    DateTime::<Utc>::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// Random bits for record ids.
pub fn entropy() -> u64 {
    (js_sys::Math::random() * (u32::MAX as f64)) as u64
}
