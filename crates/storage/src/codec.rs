//! The storage code that needs serde and deflate, gathered behind one
//! table of function pointers.
//!
//! That code is about a third of the app, and a first visit has nothing
//! stored to read. The release build splits the wasm at `#[lazy]` points
//! (`scripts/wasm-split.mjs`), and `ui::codec` fetches this table through
//! one of them: only when something is stored, or the first time a page
//! saves. Everything reached only through these pointers lands in a chunk
//! the first visit never downloads, which is why the repository (`repo`)
//! is handed a `Codec` rather than calling `decode` and friends itself.
//! The functions behave exactly like the ones they wrap, so tests (native
//! and browser) simply use [`CODEC`].

use chrono::{DateTime, Utc};

use crate::domain::settings::Settings;
use crate::domain::tracker::TrackerData;

use super::backup::export_backup_with_settings;
use super::backup::{preview_import, ImportError, ImportMode, ImportPreview};
use super::meta::BackupMeta;
use super::sync::{merge_remote, Merged};
use super::{decode, round_trip_checked, DecodeError};

/// Serde- and deflate-backed storage operations.
#[derive(Clone, Copy)]
pub struct Codec {
    /// Reads the stored tracker text (any schema version).
    pub decode: fn(&str) -> Result<TrackerData, DecodeError>,
    /// Encodes the tracker and proves it reads back the same.
    pub encode_checked: fn(&TrackerData, DateTime<Utc>) -> Result<String, String>,
    /// Merges another tab's saved text (see [`merge_remote`]).
    pub merge_remote: fn(&TrackerData, &TrackerData, &str) -> Result<Merged, DecodeError>,
    /// A backup file of everything tracked, with the settings.
    pub export_backup: fn(&TrackerData, &Settings, DateTime<Utc>) -> String,
    /// Reads a backup file and says what importing it would change.
    pub preview_import: fn(&str, &TrackerData, ImportMode) -> Result<ImportPreview, ImportError>,
    /// Parses stored settings.
    pub parse_settings: fn(&str) -> Result<Settings, String>,
    /// The settings as stored.
    pub settings_text: fn(&Settings) -> Result<String, String>,
    /// Parses a stored backup record.
    pub parse_meta: fn(&str) -> Result<BackupMeta, String>,
    /// The backup record as stored.
    pub meta_text: fn(&BackupMeta) -> Result<String, String>,
}

/// The one codec.
pub const CODEC: Codec = Codec {
    decode,
    encode_checked: |data, at| round_trip_checked(data, at).map_err(|e| e.to_string()),
    merge_remote,
    export_backup: export_backup_with_settings,
    preview_import,
    parse_settings: |raw| serde_json::from_slice(raw.as_bytes()).map_err(|e| e.to_string()),
    settings_text: |settings| serde_json::to_string(settings).map_err(|e| e.to_string()),
    parse_meta: |raw| serde_json::from_slice(raw.as_bytes()).map_err(|e| e.to_string()),
    meta_text: |meta| serde_json::to_string(meta).map_err(|e| e.to_string()),
};
