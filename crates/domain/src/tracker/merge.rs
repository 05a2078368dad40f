//! Reconciles two copies of the data, as when another tab saved while this
//! one was open.
//!
//! Records are merged one by one by id. A record present or changed on
//! only one side survives as it is there. A record changed on both sides
//! resolves to the newer `updated_at` (ties go to the copy that sorts
//! later as JSON, so both tabs reach the same answer) and is reported as a
//! `Conflict` so the user can be told which edit was kept. Deletions are
//! remembered as tombstones: a tombstone newer than a record's last change
//! removes it, so a delete in one tab is not undone by the other tab's
//! older copy; a change made after the deletion brings the record back,
//! and that is reported too.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::records::{Activity, Contact, FollowUp, Opportunity, RecordKind, Tombstone};
use super::TrackerData;
use crate::domain::messages::merge_user_templates;

/// One record the two copies disagreed on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Which collection.
    pub kind: RecordKind,
    /// The record's id.
    pub id: String,
    /// A name people recognise (company, contact name, follow-up text).
    pub label: String,
    /// What the merge did about it.
    pub resolution: ConflictResolution,
}

/// What the merge kept for a conflicting record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictResolution {
    /// Both changed it; this tab's newer version was kept.
    KeptLocal,
    /// Both changed it; the other tab's newer version was kept.
    KeptRemote,
    /// It was changed after being deleted elsewhere, so it was kept.
    RestoredAfterDelete,
}

/// Merges two copies without knowing their common ancestor: any record
/// that differs between them is reported as a conflict.
pub fn merge(local: &TrackerData, remote: &TrackerData) -> (TrackerData, Vec<Conflict>) {
    merge_inner(None, local, remote)
}

/// Merges two copies that both started from `base` (the data this tab
/// last loaded or saved): a record changed on one side only is taken
/// quietly, and only records changed on both sides are conflicts.
pub fn merge_three_way(
    base: &TrackerData,
    local: &TrackerData,
    remote: &TrackerData,
) -> (TrackerData, Vec<Conflict>) {
    merge_inner(Some(base), local, remote)
}

fn merge_inner(
    base: Option<&TrackerData>,
    local: &TrackerData,
    remote: &TrackerData,
) -> (TrackerData, Vec<Conflict>) {
    let mut deleted: HashMap<(RecordKind, &str), DateTime<Utc>> = HashMap::new();
    for t in local.tombstones.iter().chain(&remote.tombstones) {
        let at = deleted
            .entry((t.kind, t.id.as_str()))
            .or_insert(t.deleted_at);
        *at = (*at).max(t.deleted_at);
    }
    let mut m = Merger {
        deleted,
        restored: HashSet::new(),
        conflicts: Vec::new(),
    };
    let mut merged = TrackerData {
        opportunities: m.collection(
            base.map(|b| b.opportunities.as_slice()),
            &local.opportunities,
            &remote.opportunities,
        ),
        contacts: m.collection(
            base.map(|b| b.contacts.as_slice()),
            &local.contacts,
            &remote.contacts,
        ),
        activities: m.collection(
            base.map(|b| b.activities.as_slice()),
            &local.activities,
            &remote.activities,
        ),
        follow_ups: m.collection(
            base.map(|b| b.follow_ups.as_slice()),
            &local.follow_ups,
            &remote.follow_ups,
        ),
        tombstones: Vec::new(),
        user_templates: merge_user_templates(
            base.map(|b| b.user_templates.as_slice()),
            &local.user_templates,
            &remote.user_templates,
        ),
    };
    let mut tombstones: Vec<Tombstone> = m
        .deleted
        .iter()
        .filter(|(key, _)| !m.restored.contains(*key))
        .map(|((kind, id), at)| Tombstone {
            kind: *kind,
            id: id.to_string(),
            deleted_at: *at,
        })
        .collect();
    tombstones.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    merged.tombstones = tombstones;
    drop_dangling_references(&mut merged);
    (merged, m.conflicts)
}

/// Removes activity and follow-ups whose opportunity is gone and unlinks
/// contacts from it, which a merge can leave behind when one tab deleted
/// an opportunity while the other added to it.
fn drop_dangling_references(data: &mut TrackerData) {
    let live: HashSet<&str> = data.opportunities.iter().map(|o| o.id.as_str()).collect();
    data.activities
        .retain(|a| live.contains(a.opportunity_id.as_str()));
    data.follow_ups
        .retain(|f| live.contains(f.opportunity_id.as_str()));
    for c in &mut data.contacts {
        c.opportunity_ids.retain(|id| live.contains(id.as_str()));
    }
}

/// What the merge needs to know about each kind of record.
pub(super) trait Mergeable: Clone + PartialEq + Serialize {
    const KIND: RecordKind;
    fn id(&self) -> &str;
    fn version(&self) -> DateTime<Utc>;
    fn label(&self) -> String;
}

impl Mergeable for Opportunity {
    const KIND: RecordKind = RecordKind::Opportunity;
    fn id(&self) -> &str {
        &self.id
    }
    fn version(&self) -> DateTime<Utc> {
        self.updated_at
    }
    fn label(&self) -> String {
        self.company.clone()
    }
}

impl Mergeable for Contact {
    const KIND: RecordKind = RecordKind::Contact;
    fn id(&self) -> &str {
        &self.id
    }
    fn version(&self) -> DateTime<Utc> {
        self.updated_at
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Mergeable for Activity {
    const KIND: RecordKind = RecordKind::Activity;
    fn id(&self) -> &str {
        &self.id
    }
    fn version(&self) -> DateTime<Utc> {
        self.at
    }
    fn label(&self) -> String {
        RecordKind::Activity.label().to_string()
    }
}

impl Mergeable for FollowUp {
    const KIND: RecordKind = RecordKind::FollowUp;
    fn id(&self) -> &str {
        &self.id
    }
    fn version(&self) -> DateTime<Utc> {
        self.updated_at
    }
    fn label(&self) -> String {
        self.action.clone()
    }
}

struct Merger<'a> {
    deleted: HashMap<(RecordKind, &'a str), DateTime<Utc>>,
    restored: HashSet<(RecordKind, &'a str)>,
    conflicts: Vec<Conflict>,
}

impl<'a> Merger<'a> {
    fn collection<T: Mergeable>(
        &mut self,
        base: Option<&[T]>,
        local: &'a [T],
        remote: &'a [T],
    ) -> Vec<T> {
        let remote_by_id: HashMap<&str, &T> = remote.iter().map(|r| (r.id(), r)).collect();
        let local_ids: HashSet<&str> = local.iter().map(Mergeable::id).collect();
        let base_by_id: Option<HashMap<&str, &T>> =
            base.map(|b| b.iter().map(|r| (r.id(), r)).collect());

        let mut out = Vec::with_capacity(local.len().max(remote.len()));
        let pairs = local
            .iter()
            .map(|l| (Some(l), remote_by_id.get(l.id()).copied()))
            .chain(
                remote
                    .iter()
                    .filter(|r| !local_ids.contains(r.id()))
                    .map(|r| (None, Some(r))),
            );
        for (l, r) in pairs {
            let chosen = match (l, r) {
                (Some(l), Some(r)) if l == r => l,
                (Some(l), Some(r)) => {
                    let base_copy = base_by_id.as_ref().and_then(|b| b.get(l.id()).copied());
                    self.resolve(base_copy, l, r)
                }
                (Some(only), None) | (None, Some(only)) => only,
                (None, None) => continue,
            };
            let key = (T::KIND, chosen.id());
            if let Some(deleted_at) = self.deleted.get(&key) {
                if *deleted_at >= chosen.version() {
                    continue;
                }
                self.restored.insert(key);
                self.report(chosen, ConflictResolution::RestoredAfterDelete);
            }
            out.push(chosen.clone());
        }
        out
    }

    fn resolve<'t, T: Mergeable>(&mut self, base: Option<&T>, l: &'t T, r: &'t T) -> &'t T {
        if let Some(base) = base {
            if base == l {
                return r;
            }
            if base == r {
                return l;
            }
        }
        let local_wins = match l.version().cmp(&r.version()) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => json(l) >= json(r),
        };
        if local_wins {
            self.report(l, ConflictResolution::KeptLocal);
            l
        } else {
            self.report(r, ConflictResolution::KeptRemote);
            r
        }
    }

    fn report<T: Mergeable>(&mut self, record: &T, resolution: ConflictResolution) {
        self.conflicts.push(Conflict {
            kind: T::KIND,
            id: record.id().to_string(),
            label: record.label(),
            resolution,
        });
    }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
