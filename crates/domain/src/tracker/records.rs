//! The tracker's records: opportunities, contacts, activity entries,
//! follow-ups and the tombstones that remember deletions.
//!
//! Every record carries a stable string id and the time it last changed,
//! so that two browser tabs can merge their copies record by record (see
//! `merge`). Times are stored as whole seconds since the epoch: that keeps
//! ten thousand opportunities well inside the browser's storage quota, and
//! `stamp` truncates every `now` the operations receive so that what is
//! saved decodes to exactly what was in memory.

use chrono::serde::{ts_seconds, ts_seconds_option};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::vocab::{Channel, DeclineReason, InterviewStage, MessageKind};

pub use super::ids::{new_id, stamp};
pub use super::status::Status;

/// "Company — Role" (an em dash), or the company alone when the role is
/// not known: how an opportunity is named wherever it is listed.
pub fn title(company: &str, role: &str) -> String {
    if role.is_empty() {
        company.to_string()
    } else {
        format!("{company} — {role}")
    }
}

/// One interview invitation (or other opening) the user is weighing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// Stable id, made by `new_id`.
    pub id: String,
    /// Company name; the only required text.
    pub company: String,
    /// Job title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// Where it came from (a recruiter, a job board, a referral).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// How far along the process the interview is, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<InterviewStage>,
    /// When the interview is, if one is scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<InterviewTime>,
    /// Free notes on pay (ranges, what was said).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pay_notes: String,
    /// Where the relationship stands.
    pub status: Status,
    /// Why the user said no, once they have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<DeclineReason>,
    /// The decision helper's answers and advice, saved as it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<SavedDecision>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// When the invitation was recorded.
    #[serde(with = "ts_seconds")]
    pub created_at: DateTime<Utc>,
    /// When anything on this record last changed.
    #[serde(with = "ts_seconds")]
    pub updated_at: DateTime<Utc>,
}

impl Opportunity {
    /// How the app names an opportunity everywhere: "Company — Role" (an
    /// em dash, spaced), or the company alone when the role is not known.
    pub fn title(&self) -> String {
        title(&self.company, &self.role)
    }

    /// A new opportunity with only the required fields, status `Invited`.
    pub fn new(id: impl Into<String>, company: impl Into<String>, now: DateTime<Utc>) -> Self {
        let now = stamp(now);
        Opportunity {
            id: id.into(),
            company: company.into(),
            role: String::new(),
            source: String::new(),
            stage: None,
            interview: None,
            pay_notes: String::new(),
            status: Status::Invited,
            decline_reason: None,
            decision: None,
            notes: String::new(),
            created_at: now,
            updated_at: now,
        }
    }
}

/// An interview instant and the IANA zone the user entered it in, so the
/// UI can show it back in the zone it was agreed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewTime {
    /// The instant, in UTC.
    #[serde(with = "ts_seconds")]
    pub at: DateTime<Utc>,
    /// IANA zone name such as "Europe/London" or "UTC".
    pub zone: String,
}

/// The decision helper's result kept as opaque JSON, so the tracker does
/// not depend on the decision engine's types and old saves survive its
/// changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedDecision {
    /// The answers as the decision engine serialised them.
    #[serde(default)]
    pub answers: serde_json::Value,
    /// The outcome's stable name, if the engine gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_outcome: Option<String>,
    /// One line for lists and exports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub advice_summary: String,
}

/// A person on the employer's side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable id, made by `new_id`.
    pub id: String,
    /// Their name; required.
    pub name: String,
    /// Job title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Their part in the process.
    pub kind: ContactKind,
    /// Email address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Phone number as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// LinkedIn profile URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub linkedin_url: String,
    /// Already connected on LinkedIn; the seed's way to keep the door open.
    #[serde(default, skip_serializing_if = "is_false")]
    pub linkedin_connected: bool,
    /// Ids of the opportunities this person is part of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opportunity_ids: Vec<String>,
    /// When anything on this record last changed.
    #[serde(with = "ts_seconds")]
    pub updated_at: DateTime<Utc>,
}

impl Contact {
    /// A new contact with only a name.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        kind: ContactKind,
        now: DateTime<Utc>,
    ) -> Self {
        Contact {
            id: id.into(),
            name: name.into(),
            title: String::new(),
            kind,
            email: String::new(),
            phone: String::new(),
            linkedin_url: String::new(),
            linkedin_connected: false,
            opportunity_ids: Vec::new(),
            updated_at: stamp(now),
        }
    }
}

/// A contact's part in the hiring process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// In-house or agency recruiter.
    Recruiter,
    /// The person the role reports to.
    HiringManager,
    /// Someone on the interview panel.
    Interviewer,
    /// Anyone else.
    Other,
}

impl ContactKind {
    /// Every kind, in display order.
    pub const ALL: &'static [ContactKind] = &[
        ContactKind::Recruiter,
        ContactKind::HiringManager,
        ContactKind::Interviewer,
        ContactKind::Other,
    ];

    /// A short label for people.
    pub const fn label(self) -> &'static str {
        match self {
            ContactKind::Recruiter => "Recruiter",
            ContactKind::HiringManager => "Hiring manager",
            ContactKind::Interviewer => "Interviewer",
            ContactKind::Other => "Other",
        }
    }
}

/// One line in an opportunity's activity log. Entries are written once
/// and never edited, so `at` doubles as the record's version for merging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Stable id, made by `new_id`.
    pub id: String,
    /// The opportunity this belongs to.
    pub opportunity_id: String,
    /// When it happened.
    #[serde(with = "ts_seconds")]
    pub at: DateTime<Utc>,
    /// What happened.
    pub entry: ActivityEntry,
}

/// What an activity entry records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityEntry {
    /// A message composed (and perhaps sent).
    Message {
        /// Which kind of message.
        kind: MessageKind,
        /// How it was (or will be) delivered.
        channel: Channel,
        /// Whether the user marked it as sent.
        #[serde(default, skip_serializing_if = "is_false")]
        sent: bool,
        /// The message text.
        text: String,
    },
    /// The status changed.
    StatusChange {
        /// Status before.
        from: Status,
        /// Status after.
        to: Status,
    },
    /// A phone call, with what was said.
    Call {
        /// Short summary.
        summary: String,
    },
    /// A free note.
    Note {
        /// The note.
        text: String,
    },
}

/// Something to do later, such as the seed's "follow up in a few weeks".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// Stable id, made by `new_id`.
    pub id: String,
    /// The opportunity this belongs to.
    pub opportunity_id: String,
    /// When it is due.
    #[serde(with = "ts_seconds")]
    pub due: DateTime<Utc>,
    /// What to do, in the user's words.
    pub action: String,
    /// The message kind the composer should offer, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<MessageKind>,
    /// When it was done; `None` while it is still to do.
    #[serde(
        default,
        with = "ts_seconds_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub done_at: Option<DateTime<Utc>>,
    /// When anything on this record last changed.
    #[serde(with = "ts_seconds")]
    pub updated_at: DateTime<Utc>,
}

impl FollowUp {
    /// Whether it is still to do.
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }
}

/// Which collection a record lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// An `Opportunity`.
    Opportunity,
    /// A `Contact`.
    Contact,
    /// An `Activity`.
    Activity,
    /// A `FollowUp`.
    FollowUp,
}

impl RecordKind {
    /// A short label for people ("opportunity", "contact", ...).
    pub const fn label(self) -> &'static str {
        match self {
            RecordKind::Opportunity => "opportunity",
            RecordKind::Contact => "contact",
            RecordKind::Activity => "activity entry",
            RecordKind::FollowUp => "follow-up",
        }
    }

    /// The prefix `new_id` puts on ids of this kind.
    pub const fn id_prefix(self) -> &'static str {
        match self {
            RecordKind::Opportunity => "o",
            RecordKind::Contact => "c",
            RecordKind::Activity => "a",
            RecordKind::FollowUp => "f",
        }
    }
}

/// Remembers that a record was deleted, so that another tab's older copy
/// does not bring it back when the two are merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// Which collection it was in.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// When it was deleted.
    #[serde(with = "ts_seconds")]
    pub deleted_at: DateTime<Utc>,
}

fn is_false(b: &bool) -> bool {
    !*b
}
