//! The storage code that needs serde and deflate, gathered behind one
//! table of function pointers (browser only).
//!
//! That code is about a third of the app, and a first visit has nothing
//! stored to read. The release build splits the wasm at `#[lazy]` points
//! (`scripts/wasm-split.mjs`), and `ui::state` fetches this table through
//! one of them: only when something is stored, or the first time a page
//! saves. Everything reached only through these pointers lands in a chunk
//! the first visit never downloads. The functions behave exactly like the
//! ones they wrap, so a test build simply uses [`CODEC`] directly.

use chrono::{DateTime, Utc};

use crate::domain::settings::Settings;
use crate::domain::tracker::TrackerData;

use super::backup::{preview_import, ImportError, ImportMode, ImportPreview};
use super::local::{Loaded, LocalStore, StoreError};
use super::meta::{BackupMeta, META_KEY};
use super::sync::{merge_remote, Merged};
use super::{decode, export_backup, round_trip_checked, SETTINGS_KEY};

/// Serde- and deflate-backed storage operations.
#[derive(Clone, Copy)]
pub struct Codec {
    /// Reads the stored tracker text (any schema version).
    pub decode: fn(&str) -> Result<TrackerData, String>,
    /// Encodes the tracker and proves it reads back the same.
    pub encode_checked: fn(&TrackerData, DateTime<Utc>) -> Result<String, String>,
    /// Merges another tab's saved text (see [`merge_remote`]).
    pub merge_remote: fn(&TrackerData, &TrackerData, &str) -> Result<Merged, String>,
    /// A backup file of everything tracked.
    pub export_backup: fn(&TrackerData, DateTime<Utc>) -> String,
    /// Reads a backup file and says what importing it would change.
    pub preview_import: fn(&str, &TrackerData, ImportMode) -> Result<ImportPreview, ImportError>,
    /// Reads the settings; unreadable ones are kept aside.
    pub load_settings: fn(&LocalStore) -> Loaded<Settings>,
    /// Writes the settings with a read-back check.
    pub save_settings: fn(&LocalStore, &Settings) -> Result<(), StoreError>,
    /// Reads the backup record.
    pub load_meta: fn(&LocalStore) -> Loaded<BackupMeta>,
    /// Writes the backup record.
    pub save_meta: fn(&LocalStore, &BackupMeta) -> Result<(), StoreError>,
    /// Parses settings another tab saved (`None` if unreadable).
    pub parse_settings: fn(&str) -> Option<Settings>,
    /// Parses a backup record another tab saved (`None` if unreadable).
    pub parse_meta: fn(&str) -> Option<BackupMeta>,
}

/// The one codec.
pub const CODEC: Codec = Codec {
    decode: |raw| decode(raw).map_err(|e| e.to_string()),
    encode_checked: |data, at| round_trip_checked(data, at).map_err(|e| e.to_string()),
    merge_remote: |base, local, raw| merge_remote(base, local, raw).map_err(|e| e.to_string()),
    export_backup,
    preview_import,
    load_settings: |store| store.load_json(SETTINGS_KEY),
    save_settings: |store, settings| store.save_json(SETTINGS_KEY, settings),
    load_meta: |store| store.load_json(META_KEY),
    save_meta: |store, meta| store.save_json(META_KEY, meta),
    parse_settings: |raw| serde_json::from_slice(raw.as_bytes()).ok(),
    parse_meta: |raw| serde_json::from_slice(raw.as_bytes()).ok(),
};
