//! Carrying the tracker between devices: a backup made on another device
//! merged with the data here, and every outcome named so a preview can
//! show it before anything changes.
//!
//! # The rule
//!
//! The newest change to each record wins, and a deletion is a change: it
//! is remembered as a tombstone with the time it was made, and it beats
//! any copy last changed at or before that time. A copy changed after the
//! deletion (on a device that had not heard of it) is newer, so it comes
//! back, and the preview says so.
//!
//! # Why this means "since they last met"
//!
//! Without a server, no device knows when the two last exchanged data. It
//! does not need to: a copy the other device already had when they last
//! met, and has not touched since, was last changed before that meeting,
//! so it is older than any deletion made here since, and stays deleted.
//! The same holds the other way round for the other device's deletions,
//! which travel in its backup as tombstones. What cannot be told apart is
//! whether a copy that differs from this one was edited there or here was
//! edited since; the newer edit is kept and the older one is listed in
//! `resolved`, so nothing is dropped without the preview naming it.
//!
//! The rule leans on the devices' clocks; a clock that is far wrong loses
//! (or wins) ties it should not. Times are whole seconds, and a deletion
//! made in the same second as the change it meets wins.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::merge::{merge, Mergeable};
use super::records::{Activity, ActivityEntry, Contact, FollowUp, Opportunity, RecordKind};
use super::revive::{keep_revived_history, relink_revived, revived_opportunities};
use super::TrackerData;

/// A record named for a preview list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordRef {
    /// Which collection.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// What people call it: "Analyst at Acme", "Priya Haddad", "Acme:
    /// note", "Acme: Check in".
    pub label: String,
}

/// How a record the two copies disagreed on was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Resolution {
    /// Both copies have it, and this device's was changed later, so the
    /// file's older version is not used.
    KeptHere {
        /// When the copy here last changed.
        here_at: DateTime<Utc>,
        /// When the file's copy last changed.
        file_at: DateTime<Utc>,
    },
    /// Deleted here, but the file's copy was changed after that: it comes
    /// back.
    RestoredFromFile {
        /// When it was deleted here.
        deleted_at: DateTime<Utc>,
        /// When the file's copy last changed.
        changed_at: DateTime<Utc>,
    },
    /// Deleted here, and the file's copy is no newer than the deletion: it
    /// stays deleted.
    StaysDeleted {
        /// When it was deleted here.
        deleted_at: DateTime<Utc>,
        /// When the file's copy last changed.
        changed_at: DateTime<Utc>,
    },
    /// Deleted on the other device after it last changed here: removed.
    DeletedInFile {
        /// When the other device deleted it.
        deleted_at: DateTime<Utc>,
        /// When the copy here last changed.
        changed_at: DateTime<Utc>,
    },
    /// Deleted on the other device, but changed here after that: kept.
    KeptDespiteDeleteInFile {
        /// When the other device deleted it.
        deleted_at: DateTime<Utc>,
        /// When the copy here last changed.
        changed_at: DateTime<Utc>,
    },
    /// An activity entry or follow-up whose opportunity is deleted, so it
    /// goes with it (or is not brought in).
    OpportunityDeleted,
}

impl Resolution {
    /// What the merge did and why, in a sentence for the import preview.
    pub fn explanation(&self) -> &'static str {
        match self {
            Resolution::KeptHere { .. } => {
                "Changed on both devices; the later change, made here, is kept."
            }
            Resolution::RestoredFromFile { .. } => {
                "Deleted here, but changed on the other device after that, so it comes back."
            }
            Resolution::StaysDeleted { .. } => {
                "Deleted here after its last change on the other device, so it stays deleted."
            }
            Resolution::DeletedInFile { .. } => {
                "Deleted on the other device after its last change here, so it is removed."
            }
            Resolution::KeptDespiteDeleteInFile { .. } => {
                "Deleted on the other device, but changed here since, so it is kept."
            }
            Resolution::OpportunityDeleted => "Its opportunity is deleted, so it goes too.",
        }
    }
}

/// One settled disagreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolved {
    /// The record.
    pub record: RecordRef,
    /// What the merge did, with the times that decided it.
    pub resolution: Resolution,
}

/// The result of merging another device's copy into this one.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceMerge {
    /// The data after the merge.
    pub merged: TrackerData,
    /// Records that will be new here.
    pub added: Vec<RecordRef>,
    /// Records here that will take a different version.
    pub changed: Vec<RecordRef>,
    /// Records here that will be removed.
    pub removed: Vec<RecordRef>,
    /// How many of the file's records are identical to the ones here.
    pub unchanged: usize,
    /// Every record the copies disagreed on that is not simply "the
    /// file's newer version is taken", with how it was settled: kept
    /// here, deleted, restored, or staying deleted.
    pub resolved: Vec<Resolved>,
}

/// Merges `file` (another device's backup) into `here` by the rule in the
/// module documentation, naming every outcome.
pub fn merge_devices(here: &TrackerData, file: &TrackerData) -> DeviceMerge {
    let revived = revived_opportunities(here, file);
    let (here, file) = (
        keep_revived_history(here, file, &revived),
        keep_revived_history(file, here, &revived),
    );
    let (here, file) = (here.as_ref(), file.as_ref());
    let (mut merged, _) = merge(here, file);
    relink_revived(&mut merged, here, file, &revived);
    let mut out = DeviceMerge {
        merged: TrackerData::default(),
        added: Vec::new(),
        changed: Vec::new(),
        removed: Vec::new(),
        unchanged: 0,
        resolved: Vec::new(),
    };
    let names = Names::new(here, file);
    let mut sides = Sides {
        here_deleted: deletions(here),
        file_deleted: deletions(file),
        names: &names,
        out: &mut out,
    };
    sides.classify(
        &here.opportunities,
        &file.opportunities,
        &merged.opportunities,
    );
    sides.classify(&here.contacts, &file.contacts, &merged.contacts);
    sides.classify(&here.activities, &file.activities, &merged.activities);
    sides.classify(&here.follow_ups, &file.follow_ups, &merged.follow_ups);
    out.merged = merged;
    out
}

/// What replacing `here` with `file` outright would do (the exact
/// restore), named as a merge names things; nothing is `resolved`, since
/// the file wins everything.
pub fn replace_with(here: &TrackerData, file: &TrackerData) -> DeviceMerge {
    let mut out = DeviceMerge {
        merged: file.clone(),
        added: Vec::new(),
        changed: Vec::new(),
        removed: Vec::new(),
        unchanged: 0,
        resolved: Vec::new(),
    };
    let names = Names::new(here, file);
    diff(&names, &mut out, &here.opportunities, &file.opportunities);
    diff(&names, &mut out, &here.contacts, &file.contacts);
    diff(&names, &mut out, &here.activities, &file.activities);
    diff(&names, &mut out, &here.follow_ups, &file.follow_ups);
    out
}

fn diff<T: Mergeable + Labelled>(names: &Names<'_>, out: &mut DeviceMerge, here: &[T], file: &[T]) {
    let here_by_id: HashMap<&str, &T> = here.iter().map(|r| (r.id(), r)).collect();
    let file_by_id: HashMap<&str, &T> = file.iter().map(|r| (r.id(), r)).collect();
    let reference = |r: &T| RecordRef {
        kind: T::KIND,
        id: r.id().to_string(),
        label: names.label(r),
    };
    for f in file {
        match here_by_id.get(f.id()) {
            None => out.added.push(reference(f)),
            Some(h) if *h == f => out.unchanged += 1,
            Some(_) => out.changed.push(reference(f)),
        }
    }
    out.removed.extend(
        here.iter()
            .filter(|h| !file_by_id.contains_key(h.id()))
            .map(reference),
    );
}

type Deleted<'a> = HashMap<(RecordKind, &'a str), DateTime<Utc>>;

fn deletions(data: &TrackerData) -> Deleted<'_> {
    let mut map = Deleted::new();
    for t in &data.tombstones {
        let at = map.entry((t.kind, t.id.as_str())).or_insert(t.deleted_at);
        *at = (*at).max(t.deleted_at);
    }
    map
}

struct Sides<'a, 'o> {
    here_deleted: Deleted<'a>,
    file_deleted: Deleted<'a>,
    names: &'a Names<'a>,
    out: &'o mut DeviceMerge,
}

impl Sides<'_, '_> {
    fn classify<T: Mergeable + Labelled>(&mut self, here: &[T], file: &[T], merged: &[T]) {
        let file_by_id: HashMap<&str, &T> = file.iter().map(|r| (r.id(), r)).collect();
        let here_by_id: HashMap<&str, &T> = here.iter().map(|r| (r.id(), r)).collect();
        let merged_by_id: HashMap<&str, &T> = merged.iter().map(|r| (r.id(), r)).collect();
        for h in here {
            let key = (T::KIND, h.id());
            let f = file_by_id.get(h.id()).copied();
            let reference = self.reference(h);
            match merged_by_id.get(h.id()).copied() {
                None => {
                    let resolution = match self.file_deleted.get(&key) {
                        Some(&deleted_at) => Resolution::DeletedInFile {
                            deleted_at,
                            changed_at: h.version(),
                        },
                        None => Resolution::OpportunityDeleted,
                    };
                    self.out.removed.push(reference.clone());
                    self.resolve(reference, resolution);
                }
                // Named as it will be: "Lead engineer at Globex", not the old role.
                Some(m) if m != h => self.out.changed.push(self.reference(m)),
                Some(_) => match f {
                    Some(f) if f == h => self.out.unchanged += 1,
                    Some(f) => self.resolve(
                        reference,
                        Resolution::KeptHere {
                            here_at: h.version(),
                            file_at: f.version(),
                        },
                    ),
                    None => {
                        if let Some(&deleted_at) = self.file_deleted.get(&key) {
                            self.resolve(
                                reference,
                                Resolution::KeptDespiteDeleteInFile {
                                    deleted_at,
                                    changed_at: h.version(),
                                },
                            );
                        }
                    }
                },
            }
        }
        for f in file.iter().filter(|f| !here_by_id.contains_key(f.id())) {
            let deleted_here = self.here_deleted.get(&(T::KIND, f.id())).copied();
            let kept = merged_by_id.contains_key(f.id());
            if kept {
                self.out.added.push(self.reference(f));
            }
            let resolution = match (deleted_here, kept) {
                (Some(deleted_at), true) => Resolution::RestoredFromFile {
                    deleted_at,
                    changed_at: f.version(),
                },
                (Some(deleted_at), false) => Resolution::StaysDeleted {
                    deleted_at,
                    changed_at: f.version(),
                },
                (None, false) => Resolution::OpportunityDeleted,
                (None, true) => continue,
            };
            self.resolve(self.reference(f), resolution);
        }
    }

    fn reference<T: Mergeable + Labelled>(&self, record: &T) -> RecordRef {
        RecordRef {
            kind: T::KIND,
            id: record.id().to_string(),
            label: self.names.label(record),
        }
    }

    fn resolve(&mut self, record: RecordRef, resolution: Resolution) {
        self.out.resolved.push(Resolved { record, resolution });
    }
}

/// Company names by opportunity id, from both copies, so that an entry
/// whose opportunity exists on one side only is still named.
struct Names<'a> {
    companies: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(here: &'a TrackerData, file: &'a TrackerData) -> Self {
        let companies = file
            .opportunities
            .iter()
            .chain(&here.opportunities)
            .map(|o| (o.id.as_str(), o.company.as_str()))
            .collect();
        Names { companies }
    }

    fn company(&self, opportunity_id: &str) -> &str {
        self.companies
            .get(opportunity_id)
            .copied()
            .unwrap_or("A deleted opportunity")
    }

    fn label<T: Labelled>(&self, record: &T) -> String {
        record.label_with(self)
    }
}

/// How each kind of record is named in a preview.
trait Labelled {
    fn label_with(&self, names: &Names<'_>) -> String;
}

impl Labelled for Opportunity {
    fn label_with(&self, _: &Names<'_>) -> String {
        if self.role.trim().is_empty() {
            self.company.clone()
        } else {
            format!("{} at {}", self.role, self.company)
        }
    }
}

impl Labelled for Contact {
    fn label_with(&self, _: &Names<'_>) -> String {
        self.name.clone()
    }
}

impl Labelled for Activity {
    fn label_with(&self, names: &Names<'_>) -> String {
        let what = match &self.entry {
            ActivityEntry::Message { kind, .. } => format!("message ({})", kind.label()),
            ActivityEntry::StatusChange { to, .. } => format!("status set to {}", to.label()),
            ActivityEntry::Call { .. } => "phone call".to_string(),
            ActivityEntry::Note { .. } => "note".to_string(),
        };
        format!("{}: {what}", names.company(&self.opportunity_id))
    }
}

impl Labelled for FollowUp {
    fn label_with(&self, names: &Names<'_>) -> String {
        format!("{}: {}", names.company(&self.opportunity_id), self.action)
    }
}
