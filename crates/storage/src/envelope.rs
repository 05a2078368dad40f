//! The versioned envelope every save is wrapped in:
//! `{"schema_version": 2, "saved_at": "...", "data": {...}}`, or, as
//! `encode` writes it for localStorage, with the data packed (see `pack`):
//! `{"schema_version": 2, "saved_at": "...", "data_packed": "...",
//! "data_packed_len": 1234, "data_len": 9876}`. Backups and fixtures use
//! the plain form. `data_len` (the unpacked length, so reading allocates
//! once) came later within version 2: it is optional, and readers that
//! predate it ignore it.
//!
//! Decoding reads the version first and migrates older shapes forward, so a
//! returning user's data is never lost to an upgrade; data written by a
//! newer app is refused with a clear error rather than misread.

use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::migrate;
use super::pack::{pack, unpack};
use crate::domain::tracker::TrackerData;

/// Every key this app uses starts with this, so our data is easy to find
/// and never collides with another app on the same origin (GitHub Pages
/// shares one origin between all of a user's projects). The `v1` is the
/// key layout's version, not the data format's.
pub const KEY_PREFIX: &str = "graceful-decline:v1:";
/// The tracker's data, in the envelope.
pub const TRACKER_KEY: &str = "graceful-decline:v1:tracker";
/// The last copy that decoded cleanly, kept for recovery if the current
/// one is damaged.
pub const TRACKER_PREVIOUS_KEY: &str = "graceful-decline:v1:tracker.previous";
/// The user's settings.
pub const SETTINGS_KEY: &str = "graceful-decline:v1:settings";
/// The user's own message templates.
pub const TEMPLATES_KEY: &str = "graceful-decline:v1:templates";
/// A plain-text copy of the theme the user chose ("light" or "dark";
/// absent for "match my device"), for the one-line script in `index.html`
/// that applies it before the app has loaded, so a dark choice never
/// flashes light. The settings remain the record.
pub const THEME_KEY: &str = "graceful-decline:v1:theme";

/// The data format this version writes. Version 1 was the first shape
/// (times as text, one opportunity per contact, see `migrate`); version 2
/// stores times as seconds and skips empty fields to stay small; version 3
/// has the same shape but more names in it (the second edition's message
/// kinds and decline reasons, such as `ask_first` and `staying_current`),
/// which an app that reads version 2 cannot know: the number tells it to
/// say "made by a newer version" instead of failing on an unknown name.
pub const CURRENT_SCHEMA_VERSION: u32 = 3;

/// Why saved data could not be read. Nothing is changed when decoding
/// fails, so the caller can keep the raw text for recovery.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is not JSON at all (cut off, or edited by hand).
    #[error("The saved data is damaged and is not valid JSON ({0}).")]
    NotJson(String),
    /// JSON, but not our envelope.
    #[error("The saved data is not in this app's format ({0}).")]
    NotAnEnvelope(String),
    /// Written by a newer version of the app than this one.
    #[error("This data was saved by a newer version of the app (format {found}; this version reads up to {supported}). Reload the page to get the new version; nothing has been changed.")]
    NewerVersion {
        /// The version found.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A version number this app never wrote.
    #[error("The saved data has format version {0}, which no version of this app ever wrote.")]
    UnknownVersion(u32),
    /// The packed data is damaged (cut off, or changed by hand).
    #[error("The saved data is damaged: {0}.")]
    Damaged(String),
    /// The envelope is fine but a record has the wrong shape.
    #[error("The saved data (format {version}) has a problem: {detail}")]
    BadData {
        /// The envelope's version.
        version: u32,
        /// What serde reported, with its line and column.
        detail: String,
    },
}

/// Why data was not written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    /// The encoded text did not decode to the same data, so writing it
    /// would have lost something.
    #[error("Saving was stopped because the saved copy would not read back the same ({0}). Your data in this tab is unchanged; export a backup.")]
    RoundTripMismatch(String),
}

/// A decoded envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The data, in the current shape.
    pub data: TrackerData,
    /// When it was saved, if the envelope says.
    pub saved_at: Option<DateTime<Utc>>,
    /// The older version it was migrated from; save it again to upgrade.
    pub migrated_from: Option<u32>,
}

/// Reads saved data of any known version.
pub fn decode(raw: &str) -> Result<TrackerData, DecodeError> {
    decode_envelope(raw).map(|d| d.data)
}

/// Reads saved data of any known version, with the envelope's details.
pub fn decode_envelope(raw: &str) -> Result<Decoded, DecodeError> {
    let peek = peek(raw)?;
    let version = peek
        .schema_version
        .ok_or_else(|| DecodeError::NotAnEnvelope("no schema_version field".into()))?;
    if version > CURRENT_SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    let unpacked = match (&peek.data_packed, peek.data_packed_len) {
        (Some(text), Some(len)) => Some(
            unpack(text, len, peek.data_len).map_err(|e| DecodeError::Damaged(e.to_string()))?,
        ),
        (Some(_), None) => return Err(DecodeError::Damaged("its length is missing".into())),
        _ => None,
    };
    let source = match &unpacked {
        Some(bytes) => Source::Data(bytes),
        None => Source::Envelope(raw),
    };
    let (data, migrated_from) = match version {
        1 => (migrate::v1_to_v2(source.parse(version)?), Some(1)),
        // Every version 2 value is a version 3 value: the same shape,
        // fewer names.
        2 => (source.parse_current(2)?, Some(2)),
        CURRENT_SCHEMA_VERSION => (source.parse_current(version)?, None),
        v => return Err(DecodeError::UnknownVersion(v)),
    };
    Ok(Decoded {
        data,
        saved_at: peek.saved_at,
        migrated_from,
    })
}

/// Writes the data in the current format.
pub fn encode(data: &TrackerData, saved_at: DateTime<Utc>) -> String {
    // Serialising these plain types cannot fail (no maps with non-text
    // keys, no custom serialisers); an empty result would be caught by
    // `round_trip_checked` before anything is written.
    let json = serde_json::to_vec(data).unwrap_or_default();
    let (packed, packed_len) = pack(&json);
    let env = PackedEnvelope {
        schema_version: CURRENT_SCHEMA_VERSION,
        saved_at,
        data_packed: packed,
        data_packed_len: packed_len,
        data_len: json.len(),
    };
    serde_json::to_string(&env).unwrap_or_default()
}

/// Writes the data in the current format without packing, as backups and
/// test fixtures are written: readable, and about eight times larger.
pub fn encode_plain(data: &TrackerData, saved_at: DateTime<Utc>) -> String {
    let env = EnvelopeRef {
        app: None,
        schema_version: CURRENT_SCHEMA_VERSION,
        saved_at,
        data,
    };
    serde_json::to_string(&env).unwrap_or_default()
}

/// Encodes and checks that the text decodes to exactly `data`, so a bug in
/// the format can never replace good saved data with something unreadable.
pub fn round_trip_checked(
    data: &TrackerData,
    saved_at: DateTime<Utc>,
) -> Result<String, EncodeError> {
    let raw = encode(data, saved_at);
    match decode(&raw) {
        Ok(back) if back == *data => Ok(raw),
        Ok(_) => Err(EncodeError::RoundTripMismatch(
            "a record changed on the way (times must be whole seconds; use tracker::stamp)".into(),
        )),
        Err(e) => Err(EncodeError::RoundTripMismatch(e.to_string())),
    }
}

/// The envelope as written; `app` is set only in backup files.
#[derive(Serialize)]
pub(crate) struct EnvelopeRef<'a, T> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app: Option<&'a str>,
    pub schema_version: u32,
    pub saved_at: DateTime<Utc>,
    pub data: &'a T,
}

#[derive(Serialize)]
struct PackedEnvelope {
    schema_version: u32,
    saved_at: DateTime<Utc>,
    data_packed: String,
    data_packed_len: usize,
    data_len: usize,
}

#[derive(Deserialize)]
struct Envelope<T> {
    data: T,
}

/// The envelope's small fields; the plain `data` is skipped unbuilt.
#[derive(Deserialize)]
struct Peek {
    schema_version: Option<u32>,
    #[serde(default)]
    saved_at: Option<DateTime<Utc>>,
    #[serde(default)]
    data_packed: Option<String>,
    #[serde(default)]
    data_packed_len: Option<usize>,
    #[serde(default)]
    data_len: Option<usize>,
    #[serde(default)]
    #[allow(dead_code)]
    data: Option<IgnoredAny>,
}

fn peek(raw: &str) -> Result<Peek, DecodeError> {
    // serde would read a struct from a JSON array too; an envelope is
    // always an object.
    let trimmed = raw.trim_start();
    if !trimmed.is_empty() && !trimmed.starts_with('{') {
        return Err(DecodeError::NotAnEnvelope("it is not a JSON object".into()));
    }
    serde_json::from_slice(raw.as_bytes()).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => DecodeError::NotAnEnvelope(e.to_string()),
        _ => DecodeError::NotJson(e.to_string()),
    })
}

/// Where the data object is: inside the plain envelope, or unpacked.
///
/// Both are read with `from_slice`, never `from_str`: each reader type
/// makes serde_json compile the whole tracker deserializer again, and
/// in WebAssembly that copy costs tens of kilobytes.
enum Source<'a> {
    Envelope(&'a str),
    Data(&'a [u8]),
}

fn bad_data(version: u32) -> impl Fn(serde_json::Error) -> DecodeError {
    move |e| DecodeError::BadData {
        version,
        detail: e.to_string(),
    }
}

impl Source<'_> {
    /// Reads the current format through `gd_parse`, the fast copy of the
    /// tracker's deserializer (see src/storage/parse.rs).
    /// Reads the current shape, which `version` (the current one, or an
    /// older one with the same shape) was written in; errors name it.
    fn parse_current(&self, version: u32) -> Result<TrackerData, DecodeError> {
        let bad = bad_data(version);
        match self {
            Source::Envelope(raw) => gd_parse::tracker_in_envelope(raw.as_bytes()).map_err(bad),
            Source::Data(bytes) => gd_parse::tracker(bytes).map_err(bad),
        }
    }

    /// Reads an older format's data.
    fn parse<T: serde::de::DeserializeOwned>(&self, version: u32) -> Result<T, DecodeError> {
        let bad = bad_data(version);
        match self {
            Source::Envelope(raw) => serde_json::from_slice::<Envelope<T>>(raw.as_bytes())
                .map(|e| e.data)
                .map_err(bad),
            Source::Data(bytes) => serde_json::from_slice(bytes).map_err(bad),
        }
    }
}
