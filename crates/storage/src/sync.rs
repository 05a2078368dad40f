//! Cross-tab sync: another tab's save arrives as a `storage` event (or is
//! found before a save, see `repo`); it is decoded and merged with this tab's data against
//! the last copy both started from.

use crate::domain::tracker::{merge_three_way, Conflict, TrackerData};

use super::envelope::{decode, DecodeError};

/// The outcome of merging another tab's save into this one.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The data to show now.
    pub data: TrackerData,
    /// What the other tab saved (the new common base).
    pub remote: TrackerData,
    /// Records both tabs changed, and which edit was kept.
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// Whether this tab holds something the other tab's copy lacks, so it
    /// must save the merged result for both to agree.
    pub fn needs_save(&self) -> bool {
        self.data != self.remote
    }
}

/// Decodes another tab's saved text and merges it with `local`, both
/// having started from `base`.
pub fn merge_remote(
    base: &TrackerData,
    local: &TrackerData,
    raw: &str,
) -> Result<Merged, DecodeError> {
    let remote = decode(raw)?;
    let (data, conflicts) = merge_three_way(base, local, &remote);
    Ok(Merged {
        data,
        remote,
        conflicts,
    })
}
