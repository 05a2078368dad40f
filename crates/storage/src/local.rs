//! localStorage itself (browser only): the [`KeyValue`] the repository
//! (`repo`) runs on in the browser, with the probe that tells whether the
//! browser lets the page store anything, and the browser's errors
//! classified (`kv::classify_dom_error`).
//!
//! Not `gloo-storage`: its `LocalStorage` reads and writes JSON-encoded
//! values (our envelope is stored as raw text, which other tabs, the
//! static theme script and the E2E tests read), its `raw()` panics when
//! the browser refuses storage (private mode) where we must run in
//! memory, and its errors keep a `DOMException`'s name but not its code,
//! which old WebKit's full disk (code 22) needs.

use wasm_bindgen::JsCast;

use super::envelope::{KEY_PREFIX, SETTINGS_KEY, TRACKER_KEY};
pub use super::kv::StoreError;
use super::kv::{classify_dom_error, set_checked, KeyValue};
use super::meta::META_KEY;
pub use super::repo::Loaded;
use super::repo::{app_keys, remember_theme};
use crate::domain::settings::ThemeChoice;

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
        self.get(key).ok().flatten()
    }

    /// Writes `value` and checks that it reads back identical.
    pub fn set_raw_checked(&self, key: &str, value: &str) -> Result<(), StoreError> {
        set_checked(self, key, value)
    }

    /// Keeps the plain copy of the theme choice in step (see
    /// `repo::remember_theme`).
    pub fn remember_theme(&self, theme: ThemeChoice) {
        remember_theme(self, theme);
    }

    /// Removes `key` (missing keys and refusals are ignored: nothing to lose).
    pub fn remove(&self, key: &str) {
        let _ = KeyValue::remove(self, key);
    }

    /// Every key of this app (the origin is shared with other sites on
    /// github.io, so only our prefix counts).
    pub fn app_keys(&self) -> Vec<String> {
        app_keys(self)
    }

    /// Whether anything of this app is stored, read without the probe
    /// write `open` makes: start-up asks this before the app opens
    /// storage itself, and one probe per page load is enough.
    pub fn has_app_data() -> bool {
        !app_keys(&LocalStore {
            storage: browser_storage(),
        })
        .is_empty()
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?
            .get_item(key)
            .map_err(|e| match store_error(e) {
                StoreError::Other(why) => StoreError::Unreadable(why),
                other => other,
            })
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = self.storage()?;
        let len = s.length().map_err(store_error)?;
        Ok((0..len).filter_map(|i| s.key(i).ok().flatten()).collect())
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

fn store_error(err: wasm_bindgen::JsValue) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) => classify_dom_error(&e.name(), e.code(), &e.message()),
        None => StoreError::Other("unknown error".into()),
    }
}
