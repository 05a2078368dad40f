//! Parses the saved tracker's JSON: the one hot loop a returning user
//! waits on before the first screen (ten thousand records are about ten
//! megabytes of JSON).
//!
//! This file is the whole of its own package, `gd-parse` (crates/parse),
//! not a module of `storage`: the release profile compiles it at
//! opt-level 3 while the rest of the app is compiled for size. serde's
//! code for these types is generic, so it is compiled in the package that
//! names the concrete types, which is this one. In Chromium that takes
//! the parse of 10,000 records from 58 to 34 ms (`make bench`) for about
//! 17 KiB more in the chunks fetched in the background for offline use,
//! none of it in a first visit's download.
//!
//! Every parse of the current format goes through here, so the tracker's
//! deserializer exists once, in its fast form.

use gd_domain::tracker::TrackerData;
use serde::Deserialize;

/// Parses the tracker's data object: `{"opportunities": [...], ...}`.
pub fn tracker(json: &[u8]) -> serde_json::Result<TrackerData> {
    serde_json::from_slice(json)
}

/// Parses the tracker out of a plain envelope (backups and fixtures):
/// `{"schema_version": 2, ..., "data": {...}}`, ignoring the other fields.
pub fn tracker_in_envelope(json: &[u8]) -> serde_json::Result<TrackerData> {
    #[derive(Deserialize)]
    struct Envelope {
        data: TrackerData,
    }
    serde_json::from_slice::<Envelope>(json).map(|e| e.data)
}
