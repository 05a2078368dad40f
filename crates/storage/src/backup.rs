//! Backup files: export everything to one JSON file, and import one with
//! every check done up front, showing the user what will change before
//! anything does.
//!
//! A backup is how the data travels between devices, so importing one
//! merges by default: the newest change to each record wins and a
//! deletion made on either device stays deleted unless the record was
//! changed after it (the rule and why it holds without a server are in
//! `domain::tracker::devices`). Replacing everything restores the file
//! exactly. The file also carries the settings (see `backup_settings`),
//! and it is accepted as pasted text: phones share a `.json` file as text,
//! and mail apps add words around it, a byte-order mark or line breaks.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::backup_checks::{check_data, check_marker};
use super::envelope::{decode_envelope, DecodeError, CURRENT_SCHEMA_VERSION};
use crate::domain::settings::Settings;
pub use crate::domain::tracker::RecordRef;
use crate::domain::tracker::{
    merge_devices, replace_with, RecordKind, Resolved, TrackerData, ValidationErrors,
};

/// Marks a file as this app's backup.
pub const APP_MARKER: &str = "graceful-decline";
/// Largest backup file accepted. Backups are plain JSON so people can read
/// them; 10,000 sample opportunities export to about 10.5 MB, so this
/// leaves room for that with long notes while refusing files that are
/// clearly not ours.
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;
/// Most records accepted in any one collection (opportunities, contacts,
/// activity, follow-ups); five times the 10,000 opportunities the app is
/// built to handle comfortably.
pub const MAX_RECORDS_PER_COLLECTION: usize = 50_000;

/// Why a file cannot be imported. Nothing has changed when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Bigger than any backup this app writes.
    #[error("The file is {bytes} bytes; backups are at most {max} bytes. Is this the right file?")]
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Valid JSON, but no `app` marker.
    #[error("This file is not a Graceful Decline backup.")]
    NotABackup,
    /// The envelope or a record could not be read (includes newer versions).
    #[error("{0}")]
    Decode(#[from] DecodeError),
    /// One collection has more records than allowed.
    #[error("The file has {count} {} records; at most {max} are allowed.", .kind.label())]
    TooManyRecords {
        /// Which collection.
        kind: RecordKind,
        /// How many the file has.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// Two records in the file share an id.
    #[error("The file has two {} records with id {id}.", .kind.label())]
    DuplicateId {
        /// Which collection.
        kind: RecordKind,
        /// The shared id.
        id: String,
    },
    /// A record points at an opportunity the file does not contain.
    #[error("The {} {id} refers to opportunity {target}, which is not in the file.", .kind.label())]
    DanglingReference {
        /// Which collection the record is in.
        kind: RecordKind,
        /// The record's id.
        id: String,
        /// The missing opportunity's id.
        target: String,
    },
    /// A record fails the same checks the forms apply.
    #[error("The {} {id} is not valid: {errors}", .kind.label())]
    InvalidRecord {
        /// Which collection.
        kind: RecordKind,
        /// The record's id.
        id: String,
        /// What is wrong with which field.
        errors: ValidationErrors,
    },
}

/// How an import combines with the data already here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportMode {
    /// Combine with the data here, record by record: the newest change
    /// wins, deletions included.
    #[default]
    Merge,
    /// Replace everything (records and settings) with the file's contents.
    ReplaceAll,
}

/// Totals for the preview's summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportCounts {
    /// Records that are new here.
    pub added: usize,
    /// Records that will overwrite a different version here.
    pub replaced: usize,
    /// Records here that will be removed.
    pub removed: usize,
    /// Records identical on both sides.
    pub unchanged: usize,
    /// Records the two copies disagreed on, settled by the merge.
    pub resolved: usize,
}

/// What an import would do, computed before anything changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// How it combines with the current data.
    pub mode: ImportMode,
    /// The file's data, checked and in the current shape.
    pub incoming: TrackerData,
    /// When the backup was made, if it says.
    pub exported_at: Option<DateTime<Utc>>,
    /// The older format it was migrated from, if any.
    pub migrated_from: Option<u32>,
    /// Records that will be added.
    pub added: Vec<RecordRef>,
    /// Records that will replace a different version here.
    pub replaced: Vec<RecordRef>,
    /// Records here that will be removed: deleted on the other device
    /// (merge), or not in the file (replace-all).
    pub removed: Vec<RecordRef>,
    /// How many incoming records are identical to what is here.
    pub unchanged: usize,
    /// Merge only: every record the copies disagreed on other than "the
    /// file's newer version is taken" (those are in `replaced`), with how
    /// it was settled, so nothing is kept, dropped or revived unseen.
    pub resolved: Vec<Resolved>,
    /// The settings the file carries; `None` for backups made before
    /// settings were included (see `settings_differences`).
    pub settings: Option<Settings>,
}

/// Writes a backup file of the records only, as backups were before they
/// carried settings.
pub fn export_backup(data: &TrackerData, exported_at: DateTime<Utc>) -> String {
    write_backup(data, None, exported_at)
}

/// Writes a backup file: the storage envelope with an `app` marker and
/// the settings.
pub fn export_backup_with_settings(
    data: &TrackerData,
    settings: &Settings,
    exported_at: DateTime<Utc>,
) -> String {
    write_backup(data, Some(settings), exported_at)
}

fn write_backup(
    data: &TrackerData,
    settings: Option<&Settings>,
    exported_at: DateTime<Utc>,
) -> String {
    /// The plain envelope plus the backup's own fields; readers of the
    /// envelope skip the fields they do not know.
    #[derive(Serialize)]
    struct BackupFile<'a> {
        app: &'a str,
        schema_version: u32,
        saved_at: DateTime<Utc>,
        #[serde(skip_serializing_if = "Option::is_none")]
        settings: Option<&'a Settings>,
        data: &'a TrackerData,
    }
    let file = BackupFile {
        app: APP_MARKER,
        schema_version: CURRENT_SCHEMA_VERSION,
        saved_at: exported_at,
        settings,
        data,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads and checks a backup file and works out what importing it into
/// `current` would do. Every check happens here; `ImportPreview::apply`
/// cannot fail.
pub fn preview_import(
    raw: &str,
    current: &TrackerData,
    mode: ImportMode,
) -> Result<ImportPreview, ImportError> {
    if raw.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge {
            bytes: raw.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    let raw = backup_text(raw);
    let settings = check_marker(&raw)?;
    let decoded = decode_envelope(&raw)?;
    check_data(&decoded.data)?;

    let mut preview = ImportPreview {
        mode,
        incoming: decoded.data,
        exported_at: decoded.saved_at,
        migrated_from: decoded.migrated_from,
        added: Vec::new(),
        replaced: Vec::new(),
        removed: Vec::new(),
        unchanged: 0,
        resolved: Vec::new(),
        settings,
    };
    let outcome = match mode {
        ImportMode::Merge => merge_devices(current, &preview.incoming),
        ImportMode::ReplaceAll => replace_with(current, &preview.incoming),
    };
    preview.added = outcome.added;
    preview.replaced = outcome.changed;
    preview.removed = outcome.removed;
    preview.unchanged = outcome.unchanged;
    preview.resolved = outcome.resolved;
    Ok(preview)
}

/// Finds the backup in text as people share it. A phone's share sheet
/// sends the file as text, which a mail or chat app may wrap in words
/// ("Here's my backup", "Sent from my iPhone"), start with a byte-order
/// mark, or break into lines. The export is one line of JSON (line breaks
/// inside values are written `\n`), so a line break inside the object
/// that stops it parsing was added on the way and is removed.
fn backup_text(raw: &str) -> Cow<'_, str> {
    let text = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let text = match (text.find('{'), text.rfind('}')) {
        (Some(start), Some(end)) if start < end => &text[start..=end],
        _ => text,
    };
    let parses = || serde_json::from_slice::<serde::de::IgnoredAny>(text.as_bytes()).is_ok();
    if text.contains(['\r', '\n']) && !parses() {
        Cow::Owned(text.replace(['\r', '\n'], ""))
    } else {
        Cow::Borrowed(text)
    }
}

impl ImportPreview {
    /// The totals for a summary line.
    pub fn counts(&self) -> ImportCounts {
        ImportCounts {
            added: self.added.len(),
            replaced: self.replaced.len(),
            removed: self.removed.len(),
            unchanged: self.unchanged,
            resolved: self.resolved.len(),
        }
    }

    /// The data after the import: the file exactly (replace-all), or the
    /// merge of the file into `current` by the rule the preview showed.
    /// `current` may have changed since the preview (another tab); the
    /// same rule then applies to it.
    pub fn apply(self, current: &TrackerData) -> TrackerData {
        match self.mode {
            ImportMode::ReplaceAll => self.incoming,
            ImportMode::Merge => merge_devices(current, &self.incoming).merged,
        }
    }
}
