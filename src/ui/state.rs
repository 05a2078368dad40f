//! Shared app state, provided once as context: the tracker data, the
//! user's settings and the storage notices. Pages read it with
//! `expect_context::<AppState>()` and change the tracker only through
//! `AppState::edit_tracker`, which saves after every successful change.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::domain::settings::Settings;
use crate::domain::tracker::{RecordKind, TrackerData, TrackerError};
use crate::storage::local::{Loaded, LocalStore, StoreError};
use crate::storage::{decode, round_trip_checked, SETTINGS_KEY, TRACKER_KEY};

/// How serious a storage notice is (drives colour and live-region politeness).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Worth knowing.
    Info,
    /// Something needs the user's attention soon.
    Warning,
    /// Data is at risk until the user acts.
    Error,
}

/// A message about storage shown in the banner until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Stable id so the same problem is not listed twice.
    pub id: &'static str,
    /// Severity.
    pub level: NoticeLevel,
    /// What happened and what to do, in plain words.
    pub text: String,
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
    store: StoredValue<LocalStore, LocalStorage>,
}

impl AppState {
    /// Loads everything from localStorage and provides the state as context.
    pub fn provide() -> AppState {
        let store = LocalStore::open();
        let mut notices = Vec::new();
        if !store.is_available() {
            notices.push(Notice {
                id: "unavailable",
                level: NoticeLevel::Warning,
                text: StoreError::Unavailable.to_string(),
            });
        }
        let tracker = match store.get_raw(TRACKER_KEY) {
            None => TrackerData::default(),
            Some(raw) => match decode(&raw) {
                Ok(data) => data,
                Err(e) => {
                    let kept = store.keep_aside(TRACKER_KEY, &raw);
                    notices.push(Notice {
                        id: "tracker-corrupt",
                        level: NoticeLevel::Error,
                        text: format!("Your saved tracker could not be read ({e}). It was kept untouched under \"{kept}\" and can be downloaded from Settings; the app starts empty meanwhile."),
                    });
                    TrackerData::default()
                }
            },
        };
        let settings = load_or_default::<Settings>(&store, SETTINGS_KEY, &mut notices);
        let state = AppState {
            tracker: RwSignal::new(tracker),
            settings: RwSignal::new(settings),
            notices: RwSignal::new(notices),
            store: StoredValue::new_local(store),
        };
        provide_context(state);
        state
    }

    /// Applies a change to the tracker and saves it. On an error from the
    /// change nothing is saved; a failed save keeps the data in memory and
    /// raises a notice.
    pub fn edit_tracker<R>(
        &self,
        change: impl FnOnce(&mut TrackerData) -> Result<R, TrackerError>,
    ) -> Result<R, TrackerError> {
        // The signal lives as long as the app; `None` would mean it was
        // disposed, which we report as "not found" rather than panic.
        let Some(result) = self.tracker.try_update(change) else {
            return Err(TrackerError::NotFound {
                kind: RecordKind::Opportunity,
                id: String::new(),
            });
        };
        if result.is_ok() {
            self.save_tracker();
        }
        result
    }

    /// Writes the tracker through the checked envelope.
    pub fn save_tracker(&self) {
        let outcome = self.tracker.with_untracked(|data| {
            round_trip_checked(data, now())
                .map_err(|e| StoreError::Other(e.to_string()))
                .and_then(|text| {
                    self.store
                        .with_value(|s| s.set_raw_checked(TRACKER_KEY, &text))
                })
        });
        self.report_save("tracker-save", outcome);
    }

    /// Replaces and saves the settings.
    pub fn save_settings(&self, settings: Settings) {
        let outcome = self
            .store
            .with_value(|s| s.save_json(SETTINGS_KEY, &settings));
        self.settings.set(settings);
        self.report_save("settings-save", outcome);
    }

    /// Reads a small JSON value (drafts and the like).
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        match self.store.with_value(|s| s.load_json(key)) {
            Loaded::Value(v) => Some(v),
            Loaded::Missing | Loaded::Corrupt { .. } => None,
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

fn load_or_default<T: DeserializeOwned + Default>(
    store: &LocalStore,
    key: &str,
    notices: &mut Vec<Notice>,
) -> T {
    match store.load_json(key) {
        Loaded::Value(v) => v,
        Loaded::Missing => T::default(),
        Loaded::Corrupt { backup_key, .. } => {
            notices.push(Notice {
                id: "settings-corrupt",
                level: NoticeLevel::Warning,
                text: format!("Saved settings could not be read and were kept under \"{backup_key}\"; defaults are in use."),
            });
            T::default()
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
