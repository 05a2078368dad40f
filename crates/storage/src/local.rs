//! localStorage itself (browser only): availability, checked writes,
//! quota errors, and values that fail to parse kept aside instead of
//! being overwritten.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;

use super::envelope::{KEY_PREFIX, SETTINGS_KEY, THEME_KEY, TRACKER_KEY};
use super::meta::{unreadable_key, META_KEY};
use crate::domain::settings::ThemeChoice;

/// What went wrong writing to localStorage, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Disabled, private mode, or blocked by the browser.
    #[error("This browser is not letting the app save (private mode or storage turned off). Your changes live only in this tab until you export a backup.")]
    Unavailable,
    /// The site's storage quota is full.
    #[error("Storage on this device is full, so the last change was not saved. Nothing is lost in this tab: export a backup, then delete old records.")]
    QuotaExceeded,
    /// The write happened but did not read back the same.
    #[error("The browser did not keep the last change (it read back differently). Export a backup to be safe.")]
    NotKept,
    /// Any other failure reported by the browser.
    #[error("Saving failed: {0}. Export a backup to be safe.")]
    Other(String),
}

/// The result of reading a JSON value.
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

/// The page's localStorage, or none when the browser refuses it.
#[derive(Clone)]
pub struct LocalStore {
    storage: Option<web_sys::Storage>,
}

impl LocalStore {
    /// Opens localStorage and proves it works with a probe write.
    pub fn open() -> Self {
        let storage = browser_storage().filter(|s| {
            // A full disk refuses the probe too, but reading still works
            // and the saved data must be shown, so only other refusals
            // count as "no storage".
            let probe = format!("{KEY_PREFIX}probe");
            match s.set_item(&probe, "1") {
                Ok(()) => {
                    let _ = s.remove_item(&probe);
                    true
                }
                Err(e) => store_error(e) == StoreError::QuotaExceeded,
            }
        });
        LocalStore { storage }
    }

    /// Whether saving is possible at all.
    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The raw text under `key`.
    pub fn get_raw(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    /// Writes `value` and checks that it reads back identical.
    pub fn set_raw_checked(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = self.storage.as_ref().ok_or(StoreError::Unavailable)?;
        storage.set_item(key, value).map_err(store_error)?;
        match storage.get_item(key) {
            Ok(Some(back)) if back == value => Ok(()),
            _ => Err(StoreError::NotKept),
        }
    }

    /// Keeps the plain copy of the theme choice (see [`THEME_KEY`]) in step,
    /// writing only when it differs. Failures are ignored: the copy only
    /// saves a flash of the other theme while the app loads.
    pub fn remember_theme(&self, theme: ThemeChoice) {
        let Some(s) = &self.storage else {
            return;
        };
        let want = match theme {
            ThemeChoice::System => None,
            other => Some(other.as_str()),
        };
        if s.get_item(THEME_KEY).ok().flatten().as_deref() == want {
            return;
        }
        let _ = match want {
            Some(v) => s.set_item(THEME_KEY, v),
            None => s.remove_item(THEME_KEY),
        };
    }

    /// Removes `key` (missing keys and refusals are ignored: nothing to lose).
    pub fn remove(&self, key: &str) {
        if let Some(s) = &self.storage {
            let _ = s.remove_item(key);
        }
    }

    /// Every key of this app (the origin is shared with other sites on
    /// github.io, so only our prefix counts).
    pub fn app_keys(&self) -> Vec<String> {
        self.storage.as_ref().map(app_keys_in).unwrap_or_default()
    }

    /// Whether anything of this app is stored, read without the probe
    /// write `open` makes: start-up asks this before the app opens
    /// storage itself, and one probe per page load is enough.
    pub fn has_app_data() -> bool {
        browser_storage().is_some_and(|s| !app_keys_in(&s).is_empty())
    }

    /// Reads and parses a JSON value; an unreadable value is kept under a
    /// backup key and reported, never silently replaced.
    pub fn load_json<T: DeserializeOwned>(&self, key: &str) -> Loaded<T> {
        let Some(raw) = self.get_raw(key) else {
            return Loaded::Missing;
        };
        match serde_json::from_slice(raw.as_bytes()) {
            Ok(v) => Loaded::Value(v),
            Err(e) => Loaded::Corrupt {
                backup_key: self.keep_aside(key, &raw),
                reason: e.to_string(),
            },
        }
    }

    /// Serializes and writes a JSON value with a read-back check.
    pub fn save_json<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StoreError> {
        let text = serde_json::to_string(value).map_err(|e| StoreError::Other(e.to_string()))?;
        self.set_raw_checked(key, &text)
    }

    /// Copies an unreadable value to `<key>.unreadable` (unless an
    /// identical copy is already there) and returns that key.
    pub fn keep_aside(&self, key: &str, raw: &str) -> String {
        let backup_key = unreadable_key(key);
        if self.get_raw(&backup_key).as_deref() != Some(raw) {
            let _ = self.set_raw_checked(&backup_key, raw);
        }
        backup_key
    }

    /// Whether `raw` is safely kept under `backup_key` (it reads back).
    pub fn holds(&self, backup_key: &str, raw: &str) -> bool {
        self.get_raw(backup_key).as_deref() == Some(raw)
    }
}

/// Asks the browser to keep this site's storage even when space runs low
/// or the site goes unvisited. `None` when the browser cannot say.
pub async fn request_persistence() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser has already granted persistent storage.
pub async fn is_persistent() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// What another tab's write changed, of what this app follows (from the
/// browser's `storage` event, which fires in every other tab).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredChange {
    /// The tracker: merge the stored copy (the event's own value may
    /// already be stale).
    Tracker,
    /// The settings, as now stored.
    Settings(String),
    /// The backup record, as now stored.
    Meta(String),
}

impl StoredChange {
    /// The change a `storage` event reports; `None` for `clear()`, a
    /// removed value or a key this app does not follow.
    pub fn from_event(ev: &web_sys::StorageEvent) -> Option<Self> {
        match ev.key()?.as_str() {
            TRACKER_KEY => Some(Self::Tracker),
            SETTINGS_KEY => ev.new_value().map(Self::Settings),
            META_KEY => ev.new_value().map(Self::Meta),
            _ => None,
        }
    }
}

/// The browser's localStorage, if the page may use it.
fn browser_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn app_keys_in(s: &web_sys::Storage) -> Vec<String> {
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect()
}

fn store_error(err: wasm_bindgen::JsValue) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::QuotaExceeded,
        Some(e) => StoreError::Other(e.message()),
        None => StoreError::Other("unknown error".into()),
    }
}
