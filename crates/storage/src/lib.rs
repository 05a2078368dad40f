//! The only code that touches the browser's localStorage.
//!
//! This half is pure and natively tested: the versioned envelope and its
//! migrations (`envelope`, `migrate`, `pack`), backup export and checked import
//! (`backup`), and the CSV export (`csv`). The browser half, which reads
//! and writes localStorage and listens for other tabs, builds on these.
//!
//! This is the root of its own package (`crates/storage`), which the app
//! re-exports as `graceful_decline::storage`. `parse.rs` beside it is not
//! one of its modules but a package too (`gd-parse`), compiled for speed.
//! The aliases keep the `crate::domain::…` and `crate::storage::…` paths
//! the code is written with.

extern crate self as storage;
use gd_domain as domain;

pub mod backup;
mod backup_checks;
pub mod backup_settings;
#[cfg(target_arch = "wasm32")]
pub mod codec;
pub mod csv;
pub mod envelope;
#[cfg(target_arch = "wasm32")]
pub mod local;
#[cfg(target_arch = "wasm32")]
pub mod meta;
pub mod migrate;
pub mod pack;
/// The tracker's JSON parse, compiled for speed (its own package).
pub use gd_parse as parse;
#[cfg(target_arch = "wasm32")]
pub mod sync;

pub use backup::{
    export_backup, export_backup_with_settings, preview_import, ImportCounts, ImportError,
    ImportMode, ImportPreview, RecordRef, APP_MARKER, MAX_BACKUP_BYTES, MAX_RECORDS_PER_COLLECTION,
};
pub use backup_settings::SettingDifference;
pub use csv::{activity_report_csv, opportunities_csv};
pub use envelope::{
    decode, decode_envelope, encode, encode_plain, round_trip_checked, DecodeError, Decoded,
    EncodeError, CURRENT_SCHEMA_VERSION, KEY_PREFIX, SETTINGS_KEY, TEMPLATES_KEY, THEME_KEY,
    TRACKER_KEY, TRACKER_PREVIOUS_KEY,
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod backup_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
