//! Backup files: export everything to one JSON file, and import one with
//! every check done up front, showing the user what will change before
//! anything does.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::backup_checks::{check_data, check_marker};
use super::envelope::{decode_envelope, DecodeError, EnvelopeRef, CURRENT_SCHEMA_VERSION};
use crate::domain::tracker::{RecordKind, TrackerData, ValidationErrors};

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
    /// Add new records and replace those with the same id; keep the rest.
    #[default]
    Merge,
    /// Replace everything with the file's contents.
    ReplaceAll,
}

/// A record named for the preview list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    /// Which collection.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// What people call it (company, contact name, follow-up text).
    pub label: String,
}

/// Totals for the preview's summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportCounts {
    /// Records that are new here.
    pub added: usize,
    /// Records that will overwrite a different version here.
    pub replaced: usize,
    /// Records here that will be removed (replace-all only).
    pub removed: usize,
    /// Records identical on both sides.
    pub unchanged: usize,
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
    /// Records that will be removed (replace-all only).
    pub removed: Vec<RecordRef>,
    /// How many incoming records are identical to what is here.
    pub unchanged: usize,
}

/// Writes a backup file: the storage envelope with an `app` marker.
pub fn export_backup(data: &TrackerData, exported_at: DateTime<Utc>) -> String {
    let env = EnvelopeRef {
        app: Some(APP_MARKER),
        schema_version: CURRENT_SCHEMA_VERSION,
        saved_at: exported_at,
        data,
    };
    serde_json::to_string(&env).unwrap_or_default()
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
    check_marker(raw)?;
    let decoded = decode_envelope(raw)?;
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
    };
    let d = &preview.incoming;
    let mut diff = Diff::default();
    diff.collection(
        &current.opportunities,
        &d.opportunities,
        RecordKind::Opportunity,
        |o| &o.id,
        |o| o.company.clone(),
    );
    diff.collection(
        &current.contacts,
        &d.contacts,
        RecordKind::Contact,
        |c| &c.id,
        |c| c.name.clone(),
    );
    diff.collection(
        &current.activities,
        &d.activities,
        RecordKind::Activity,
        |a| &a.id,
        |_| RecordKind::Activity.label().to_string(),
    );
    diff.collection(
        &current.follow_ups,
        &d.follow_ups,
        RecordKind::FollowUp,
        |f| &f.id,
        |f| f.action.clone(),
    );
    preview.added = diff.added;
    preview.replaced = diff.replaced;
    preview.unchanged = diff.unchanged;
    if mode == ImportMode::ReplaceAll {
        preview.removed = diff.only_here;
    }
    Ok(preview)
}

impl ImportPreview {
    /// The totals for a summary line.
    pub fn counts(&self) -> ImportCounts {
        ImportCounts {
            added: self.added.len(),
            replaced: self.replaced.len(),
            removed: self.removed.len(),
            unchanged: self.unchanged,
        }
    }

    /// The data after the import. Imported records win over tombstones, so
    /// restoring a backup brings back records deleted since.
    pub fn apply(self, current: &TrackerData) -> TrackerData {
        match self.mode {
            ImportMode::ReplaceAll => self.incoming,
            ImportMode::Merge => {
                let mut out = current.clone();
                let inc = self.incoming;
                upsert(&mut out.opportunities, inc.opportunities, |o| o.id.clone());
                upsert(&mut out.contacts, inc.contacts, |c| c.id.clone());
                upsert(&mut out.activities, inc.activities, |a| a.id.clone());
                upsert(&mut out.follow_ups, inc.follow_ups, |f| f.id.clone());
                upsert(&mut out.user_templates, inc.user_templates, |t| {
                    t.id.clone()
                });
                let live: HashSet<(RecordKind, &str)> = out
                    .opportunities
                    .iter()
                    .map(|o| (RecordKind::Opportunity, o.id.as_str()))
                    .chain(
                        out.contacts
                            .iter()
                            .map(|c| (RecordKind::Contact, c.id.as_str())),
                    )
                    .chain(
                        out.activities
                            .iter()
                            .map(|a| (RecordKind::Activity, a.id.as_str())),
                    )
                    .chain(
                        out.follow_ups
                            .iter()
                            .map(|f| (RecordKind::FollowUp, f.id.as_str())),
                    )
                    .collect();
                let tombstones = out
                    .tombstones
                    .iter()
                    .filter(|t| !live.contains(&(t.kind, t.id.as_str())))
                    .cloned()
                    .collect();
                out.tombstones = tombstones;
                out
            }
        }
    }
}

#[derive(Default)]
struct Diff {
    added: Vec<RecordRef>,
    replaced: Vec<RecordRef>,
    only_here: Vec<RecordRef>,
    unchanged: usize,
}

impl Diff {
    fn collection<T: PartialEq>(
        &mut self,
        here: &[T],
        incoming: &[T],
        kind: RecordKind,
        id: impl Fn(&T) -> &String,
        label: impl Fn(&T) -> String,
    ) {
        let here_by_id: HashMap<&str, &T> = here.iter().map(|r| (id(r).as_str(), r)).collect();
        let incoming_ids: HashSet<&str> = incoming.iter().map(|r| id(r).as_str()).collect();
        let reference = |r: &T| RecordRef {
            kind,
            id: id(r).clone(),
            label: label(r),
        };
        for r in incoming {
            match here_by_id.get(id(r).as_str()) {
                None => self.added.push(reference(r)),
                Some(old) if *old == r => self.unchanged += 1,
                Some(_) => self.replaced.push(reference(r)),
            }
        }
        self.only_here.extend(
            here.iter()
                .filter(|r| !incoming_ids.contains(id(r).as_str()))
                .map(reference),
        );
    }
}

fn upsert<T>(into: &mut Vec<T>, incoming: Vec<T>, id: impl Fn(&T) -> String) {
    let index: HashMap<String, usize> = into.iter().enumerate().map(|(i, r)| (id(r), i)).collect();
    for r in incoming {
        match index.get(&id(&r)) {
            Some(&i) => into[i] = r,
            None => into.push(r),
        }
    }
}
