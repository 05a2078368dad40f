//! The only code that touches the browser's localStorage.
//!
//! Everything but `local` is plain Rust and natively tested: the versioned
//! envelope and its migrations (`envelope`, `migrate`, `pack`), backup
//! export and checked import (`backup`), the CSV export (`csv`), and the
//! repository (`repo`) that owns loading, checked saving, merging with
//! other tabs (`sync`), recovery of unreadable data, the wizard's draft
//! (`draft`) and the backup record (`meta`). The repository is written
//! against a small key-value trait (`kv`): `local` is localStorage
//! (browser only), `memory` an in-memory store that tests tell to fail.
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
pub mod codec;
pub mod csv;
pub mod draft;
pub mod envelope;
pub mod kv;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod memory;
pub mod meta;
pub mod migrate;
pub mod pack;
/// The tracker's JSON parse, compiled for speed (its own package).
pub use gd_parse as parse;
pub mod repo;
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

pub use kv::{classify_dom_error, KeyValue, StoreError};
pub use repo::{LoadProblem, Loaded, Remote, Repository, SaveReport, Written};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod backup_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod repo_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
