//! Shared app state, provided once as context: the tracker data, the
//! user's settings and the storage notices. Pages read it with
//! `expect_context::<AppState>()` and change the tracker only through
//! `AppState::edit_tracker`, which saves after every complete change.
//!
//! How data is read and saved (checked writes, merging another tab's save
//! against the common base, unreadable data kept aside, data from a newer
//! version left alone, drafts, the backup record) is `storage::repo`,
//! tested natively. This module holds the signals that show its state and
//! turns its outcomes into notices, so pages never see a fault:
//! - unreadable saved data: the user is told, and the tracker is not
//!   saved again until they choose in Settings;
//! - no storage at all: the app runs in memory with a notice that stays;
//! - a full disk: the change stays in memory and the user is told to
//!   export;
//! - another tab's save is merged in, with a notice when records clashed;
//!   data from a newer version stops this tab saving and asks for a reload.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::domain::decision::Draft;
use crate::domain::settings::{Settings, ThemeChoice};
use crate::domain::tracker::{Edit, Revisions, TrackerData, TrackerError};
use crate::storage::local::{LocalStore, StoredChange};
use crate::storage::meta::BackupMeta;
use crate::storage::{ImportError, ImportMode, ImportPreview, Repository, StoreError, Written};
use crate::ui::{codec, perf};

mod notice;
mod records;
mod recovery;
mod slot;
mod sync;

use notice::{load_notice, settings_or_default};
pub use notice::{notice_ids, Notice, NoticeLevel};
use notice_ids::*;
use slot::{CodecSlot, Pending};

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
    /// Opportunities, contacts, activity and follow-ups, for views that
    /// read across records (the list's search, Home, insights). A view of
    /// one opportunity's records reads them with `records_of`, which
    /// re-runs only when they change. Changed through `edit_tracker`.
    pub tracker: ReadSignal<TrackerData>,
    /// The writable half of `tracker`, kept here so that every change
    /// also moves the revisions.
    data: RwSignal<TrackerData>,
    /// Which opportunities changed since a view last looked (see
    /// `domain::tracker::revisions`).
    revisions: RwSignal<Revisions>,
    /// The user's defaults and theme.
    pub settings: RwSignal<Settings>,
    /// Storage notices for the banner.
    pub notices: RwSignal<Vec<Notice>>,
    /// Reads and saves everything (see `storage::repo`).
    repo: ThreadLocal<Repository<LocalStore>>,
    /// The repository's state, mirrored for the views (`publish`):
    /// unreadable saved data waits for the user's decision.
    blocked: RwSignal<bool>,
    /// Keys holding unreadable copies kept aside.
    unreadable: RwSignal<Vec<String>>,
    /// Last export and changes since.
    meta: RwSignal<BackupMeta>,
    /// The storage codec, loaded once, and the work waiting for it (see
    /// `slot`).
    slot: CodecSlot,
}

impl AppState {
    /// Loads everything from localStorage, listens for other tabs' saves
    /// and provides the state as context. Whatever is stored is read with
    /// the storage codec, which `ui::mount` loads first when anything is
    /// stored (see `ui::codec`).
    pub fn provide() -> AppState {
        let mut repo = Repository::new(LocalStore::open());
        let codec = codec::loaded();
        let mut notices = Vec::new();
        if !repo.is_available() {
            notices.push(Notice {
                id: UNAVAILABLE,
                level: NoticeLevel::Warning,
                text: StoreError::Unavailable.to_string(),
            });
        }
        // Timed: this is what a returning user waits for before the first
        // screen (the browser bench reads the measure).
        let loaded = perf::measure(perf::TRACKER_LOAD, || repo.load_tracker(codec.as_ref()));
        let tracker = loaded.unwrap_or_else(|problem| {
            notices.push(load_notice(problem));
            TrackerData::default()
        });
        let settings = match &codec {
            Some(c) => settings_or_default(repo.load_settings(c), &mut notices),
            None => Settings::default(),
        };
        if let Some(c) = &codec {
            repo.load_meta(c);
        }
        let data = RwSignal::new(tracker);
        let state = AppState {
            blocked: RwSignal::new(repo.awaits_decision()),
            unreadable: RwSignal::new(repo.unreadable_keys().to_vec()),
            meta: RwSignal::new(repo.meta().clone()),
            tracker: data.read_only(),
            data,
            revisions: RwSignal::new(Revisions::default()),
            settings: RwSignal::new(settings),
            notices: RwSignal::new(notices),
            repo: StoredValue::new_local(repo),
            slot: CodecSlot::new(),
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
    /// as it was and nothing re-renders. Views of one opportunity's records
    /// (`records_of`) re-render only if the change touched it. A failed
    /// save keeps the data in memory and raises a notice.
    pub fn edit_tracker<R>(
        &self,
        change: impl FnOnce(&mut Edit<'_>) -> Result<R, TrackerError>,
    ) -> Result<R, EditError> {
        let result = self
            .data
            .try_maybe_update(|data| {
                let result = data.edit_touching(change);
                (result.is_ok(), result)
            })
            .ok_or(EditError::Gone)?;
        let (value, touched) = result?;
        self.revisions.update(|r| r.touched(&touched));
        self.save_tracker();
        Ok(value)
    }

    /// Writes the tracker through the checked envelope, merging another
    /// tab's save first. Does nothing while saving is held (unreadable
    /// saved data waits for the user, or a newer version owns the data).
    pub fn save_tracker(&self) {
        if self.repo.with_value(Repository::is_blocked) {
            return;
        }
        let Some(codec) = self.codec_or_wait(Pending::SaveTracker) else {
            return;
        };
        let report = self.tracker.with_untracked(|data| {
            self.repo
                .try_update_value(|r| r.save_tracker(&codec, data, now()))
        });
        let Some(report) = report else {
            return;
        };
        self.apply_remote(report.remote);
        self.publish();
        self.report_save(TRACKER_SAVE, report.written);
    }

    /// Replaces and saves the settings.
    pub fn save_settings(&self, settings: Settings) {
        self.settings.set(settings);
        self.write_settings();
    }

    fn write_settings(&self) {
        let Some(codec) = self.codec_or_wait(Pending::SaveSettings) else {
            return;
        };
        let outcome = self
            .settings
            .with_untracked(|settings| self.repo.with_value(|r| r.save_settings(&codec, settings)));
        self.report_save("settings-save", outcome);
    }

    /// The wizard's saved draft, if any (an unreadable one is kept aside).
    pub fn load_draft(&self) -> Option<Draft> {
        let draft = self.repo.try_update_value(Repository::load_draft).flatten();
        self.publish();
        draft
    }

    /// Saves the wizard's draft (an empty one is forgotten); failures
    /// raise a notice.
    pub fn save_draft(&self, draft: &Draft) {
        let outcome = self.repo.with_value(|r| r.save_draft(draft));
        self.report_save("draft-save", outcome);
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
        self.repo.with_value(|r| r.remember_theme(theme));
    }

    /// Whether the browser lets the app save at all.
    pub fn storage_available(&self) -> bool {
        self.repo.with_value(Repository::is_available)
    }

    /// Last export and changes since (reactive).
    pub fn backup_meta(&self) -> BackupMeta {
        self.meta.get()
    }

    /// A backup file of everything tracked and the settings, and the
    /// export noted so the reminder rests.
    /// `None` only if the storage codec is not loaded, which cannot happen
    /// on the Settings page (it waits for the codec before it renders).
    pub fn export_backup(&self) -> Option<String> {
        let codec = self.codec_now()?;
        let at = now();
        let text = self.settings.with_untracked(|settings| {
            self.tracker
                .with_untracked(|d| (codec.export_backup)(d, settings, at))
        });
        self.repo.update_value(|r| r.note_export(&codec, at));
        self.publish();
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
        let codec = self.codec_now()?;
        Some(
            self.tracker
                .with(|current| (codec.preview_import)(raw, current, mode)),
        )
    }

    /// Removes every key of this app and starts empty.
    pub fn delete_all(&self) {
        self.repo.update_value(Repository::delete_all);
        self.set_tracker(TrackerData::default());
        self.settings.set(Settings::default());
        self.publish();
        self.notices.update(|l| l.retain(|n| n.id == UNAVAILABLE));
    }

    /// Shows the repository's state in the signals the views read, each
    /// set only when it changed.
    fn publish(&self) {
        let Some((blocked, unreadable, meta)) = self.repo.try_with_value(|r| {
            (
                r.awaits_decision(),
                r.unreadable_keys().to_vec(),
                r.meta().clone(),
            )
        }) else {
            return;
        };
        set_if_changed(self.blocked, blocked);
        set_if_changed(self.unreadable, unreadable);
        set_if_changed(self.meta, meta);
    }

    fn report_save(&self, id: &'static str, outcome: Result<Written, StoreError>) {
        match outcome {
            Ok(Written::Saved) => {
                if self
                    .notices
                    .with_untracked(|l| l.iter().any(|n| n.id == id))
                {
                    self.dismiss(id);
                }
            }
            // Held: the notice that explains why is already up.
            Ok(Written::Held) => {}
            Err(StoreError::Unavailable) => {} // already announced at start
            Err(e) => self.notify(Notice {
                id,
                level: NoticeLevel::Error,
                text: e.to_string(),
            }),
        }
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
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
