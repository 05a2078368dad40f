//! "Paste the invitation": the details of an interview read from the
//! email or message the person received, on the device, with no network.
//!
//! `capture(text, now, zone)` is pure: `now` and the user's IANA zone are
//! passed in, zones named in the text resolve through the small table in
//! `zones` (the browser's wasm has no tz database), and every value comes
//! with the character offsets of the words it was read from (`found`), so
//! the UI can highlight them and let the person correct each one.
//!
//! - `text`: tokens with character offsets and lines.
//! - `zones`: IANA zones, abbreviations and their daylight-saving rules;
//!   `zone_words`: a zone as written after a time.
//! - `dates` and `calendar`: dates as written, and the day they settle on.
//! - `times`, `lengths`: times of day and ranges; how long it lasts.
//! - `people`, `signature`: the writer's name, title and email.
//! - `company`, `role`: employer, agency and role.
//! - `stage`: stage, format, meeting service and address.
//! - `words`: the word lists all of them match.
//! - `read`: which date is the interview's, which the reply-by, and the
//!   `found` list.
//! - `args`: the command line of `examples/capture.rs`.
//! - `start`: the corrected values, and the wizard draft, timing query or
//!   tracker records they start.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::InterviewStage;

pub mod args;
mod calendar;
mod company;
mod dates;
mod lengths;
mod people;
mod read;
mod role;
mod signature;
mod stage;
pub mod start;
mod text;
mod times;
mod words;
mod zone_words;
mod zones;

pub use args::{parse_capture_args, CaptureArgs, CaptureArgsError, CAPTURE_USAGE};
pub use start::{notice_for, Confirmed};

/// Everything read from one invitation. A value the text does not give is
/// `None` (`null` in JSON; `unknown` for stage and format).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capture {
    /// The employer.
    pub company: Option<String>,
    /// The role interviewed for, as written.
    pub role: Option<String>,
    /// The person who wrote, or who will run the interview.
    pub contact_name: Option<String>,
    pub contact_title: Option<String>,
    pub contact_email: Option<String>,
    /// The recruiting agency, when it is not the employer.
    pub agency: Option<String>,
    /// When the interview starts, at the offset of the zone the text names
    /// (or the user's). `None` when no time of day is given.
    #[serde(with = "rfc3339")]
    pub interview_at: Option<DateTime<FixedOffset>>,
    /// The interview's day, also when no time is given.
    pub interview_date: Option<NaiveDate>,
    pub duration_minutes: Option<u32>,
    /// `None` is written `unknown`.
    #[serde(with = "unknown_if_none")]
    pub stage: Option<InterviewStage>,
    /// `None` is written `unknown`.
    #[serde(with = "unknown_if_none")]
    pub format: Option<InterviewFormat>,
    /// "Zoom", "Microsoft Teams", "Google Meet", "Webex"…
    pub meeting_service: Option<String>,
    /// The address of an in-person interview.
    pub location: Option<String>,
    /// When the employer asks for an answer by. A day without a time
    /// means the end of that working day, 17:00.
    #[serde(with = "rfc3339")]
    pub reply_by: Option<DateTime<FixedOffset>>,
    /// The words each value was read from, in text order.
    pub found: Vec<Found>,
}

/// How the interview is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewFormat {
    Phone,
    Video,
    InPerson,
}

/// The words one value was read from: characters `start..end` of the
/// text (Unicode scalar values, as `check_message` counts them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub field: CaptureField,
    pub start: usize,
    pub end: usize,
}

/// The fields of `Capture`, named as in its JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaptureField {
    Company,
    Role,
    ContactName,
    ContactTitle,
    ContactEmail,
    Agency,
    /// The time of day (and zone) of the interview.
    InterviewAt,
    /// The words of the interview's date.
    InterviewDate,
    DurationMinutes,
    Stage,
    Format,
    MeetingService,
    Location,
    ReplyBy,
}

/// Reads an invitation. `now` anchors relative dates ("tomorrow", "next
/// Tuesday") and years left out; `zone` is the user's IANA zone, used when
/// the text names none and to choose the order of numeric dates (day
/// first outside the US). An unknown zone is read as UTC.
pub fn capture(text: &str, now: DateTime<Utc>, zone: &str) -> Capture {
    read::read(text, now, zone)
}

/// Whether `zone` is an IANA zone this module knows the rules of.
pub fn known_zone(zone: &str) -> bool {
    zones::zone_by_name(zone).is_some()
}

/// A value with the characters it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    value: String,
    start: usize,
    end: usize,
}

impl Hit {
    /// Tokens `from..to`, trimmed of stray marks at either end.
    fn from_toks(text: &text::Text, from: usize, to: usize) -> Hit {
        let to = to.min(text.toks.len());
        if from >= to {
            return Hit {
                value: String::new(),
                start: 0,
                end: 0,
            };
        }
        let (start, end) = (text.toks[from].start, text.toks[to - 1].end);
        let value = text.slice(start, end);
        let trimmed = value.trim_matches(|c: char| c.is_whitespace() || ",;:|-–—".contains(c));
        Hit {
            value: trimmed.to_string(),
            start,
            end,
        }
    }
}

/// The end of a working day, for a reply-by date without a time.
const END_OF_DAY: (u32, u32) = (17, 0);

fn end_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(END_OF_DAY.0, END_OF_DAY.1, 0).unwrap_or(NaiveTime::MIN)
}

/// RFC 3339 with the offset, seconds and no fraction, or null.
mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        value: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(at) => s.serialize_str(&at.to_rfc3339_opts(SecondsFormat::Secs, false)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| DateTime::parse_from_rfc3339(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}

/// A closed set whose absence is written "unknown".
mod unknown_if_none {
    use serde::de::value::StringDeserializer;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => v.serialize(s),
            None => s.serialize_str("unknown"),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        let name = String::deserialize(d)?;
        if name == "unknown" {
            return Ok(None);
        }
        T::deserialize(StringDeserializer::<D::Error>::new(name)).map(Some)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
