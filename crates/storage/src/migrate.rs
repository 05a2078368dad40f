//! Older saved shapes and how each becomes the current one.
//!
//! Version 1 (the first release) differed from version 2 in five ways:
//! times were RFC 3339 text; statuses were capitalised words ("Declined"
//! rather than "declined_keep_warm") and had no "alternative proposed" or
//! "rescheduled"; a contact belonged to at most one opportunity and had no
//! kind; a follow-up had a `done` flag instead of a completion time; and
//! the interview time was two loose fields. Version 2 stores times as
//! seconds, which with skipped empty fields keeps 10,000 opportunities
//! well inside the browser's storage quota.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::domain::tracker::{
    stamp, Activity, ActivityEntry, Contact, ContactKind, FollowUp, InterviewTime, Opportunity,
    SavedDecision, Status, TrackerData,
};
use crate::domain::vocab::{Channel, DeclineReason, InterviewStage, MessageKind};

/// The whole data set as version 1 saved it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct V1Data {
    opportunities: Vec<V1Opportunity>,
    contacts: Vec<V1Contact>,
    activities: Vec<V1Activity>,
    follow_ups: Vec<V1FollowUp>,
}

/// Converts version 1 data to the current shape.
pub fn v1_to_v2(v1: V1Data) -> TrackerData {
    TrackerData {
        opportunities: v1.opportunities.into_iter().map(opportunity).collect(),
        contacts: v1.contacts.into_iter().map(contact).collect(),
        activities: v1.activities.into_iter().map(activity).collect(),
        follow_ups: v1.follow_ups.into_iter().map(follow_up).collect(),
        tombstones: Vec::new(),
        user_templates: Vec::new(),
    }
}

#[derive(Debug, Deserialize)]
struct V1Opportunity {
    id: String,
    company: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    stage: Option<InterviewStage>,
    #[serde(default)]
    interview_at: Option<DateTime<Utc>>,
    #[serde(default)]
    interview_zone: Option<String>,
    #[serde(default)]
    pay_notes: String,
    status: V1Status,
    #[serde(default)]
    decline_reason: Option<DeclineReason>,
    #[serde(default)]
    decision: Option<SavedDecision>,
    #[serde(default)]
    notes: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// Version 1's status names.
#[derive(Debug, Clone, Copy, Deserialize)]
enum V1Status {
    Invited,
    Proceeding,
    Declined,
    Withdrawn,
    Closed,
}

#[derive(Debug, Deserialize)]
struct V1Contact {
    id: String,
    name: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    linkedin_url: String,
    #[serde(default)]
    linkedin_connected: bool,
    #[serde(default)]
    opportunity_id: Option<String>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
struct V1Activity {
    id: String,
    opportunity_id: String,
    at: DateTime<Utc>,
    kind: V1ActivityKind,
    #[serde(default)]
    text: String,
    #[serde(default)]
    message_kind: Option<MessageKind>,
    #[serde(default)]
    channel: Option<Channel>,
    #[serde(default)]
    from: Option<V1Status>,
    #[serde(default)]
    to: Option<V1Status>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum V1ActivityKind {
    Message,
    StatusChange,
    Call,
    Note,
}

#[derive(Debug, Deserialize)]
struct V1FollowUp {
    id: String,
    opportunity_id: String,
    due: DateTime<Utc>,
    action: String,
    #[serde(default)]
    suggested: Option<MessageKind>,
    #[serde(default)]
    done: bool,
    updated_at: DateTime<Utc>,
}

fn status(s: V1Status) -> Status {
    match s {
        V1Status::Invited => Status::Invited,
        V1Status::Proceeding => Status::Proceeding,
        // Version 1's only way to say no was "Declined"; keeping the door
        // open was always the app's advice, so it maps to that status.
        V1Status::Declined => Status::DeclinedKeepWarm,
        V1Status::Withdrawn => Status::Withdrawn,
        V1Status::Closed => Status::Closed,
    }
}

fn opportunity(o: V1Opportunity) -> Opportunity {
    Opportunity {
        id: o.id,
        company: o.company,
        role: o.role,
        source: o.source,
        stage: o.stage,
        interview: o.interview_at.map(|at| InterviewTime {
            at: stamp(at),
            zone: o.interview_zone.unwrap_or_else(|| "UTC".to_string()),
        }),
        pay_notes: o.pay_notes,
        status: status(o.status),
        decline_reason: o.decline_reason,
        decision: o.decision,
        notes: o.notes,
        created_at: stamp(o.created_at),
        updated_at: stamp(o.updated_at),
    }
}

fn contact(c: V1Contact) -> Contact {
    // Version 1 had no kind; a recruiter's title nearly always says so,
    // and anyone else is left as "other" for the user to refine.
    let title = c.title.to_lowercase();
    let kind = if title.contains("recruit") || title.contains("talent") {
        ContactKind::Recruiter
    } else {
        ContactKind::Other
    };
    Contact {
        id: c.id,
        name: c.name,
        title: c.title,
        kind,
        email: c.email,
        phone: c.phone,
        linkedin_url: c.linkedin_url,
        linkedin_connected: c.linkedin_connected,
        opportunity_ids: c.opportunity_id.into_iter().collect(),
        updated_at: stamp(c.updated_at),
    }
}

fn activity(a: V1Activity) -> Activity {
    let entry = match a.kind {
        V1ActivityKind::Message => ActivityEntry::Message {
            kind: a.message_kind.unwrap_or(MessageKind::Decline),
            channel: a.channel.unwrap_or(Channel::Email),
            sent: false,
            text: a.text,
        },
        V1ActivityKind::StatusChange => ActivityEntry::StatusChange {
            from: status(a.from.unwrap_or(V1Status::Invited)),
            to: status(a.to.unwrap_or(V1Status::Invited)),
        },
        V1ActivityKind::Call => ActivityEntry::Call { summary: a.text },
        V1ActivityKind::Note => ActivityEntry::Note { text: a.text },
    };
    Activity {
        id: a.id,
        opportunity_id: a.opportunity_id,
        at: stamp(a.at),
        entry,
    }
}

fn follow_up(f: V1FollowUp) -> FollowUp {
    let updated_at = stamp(f.updated_at);
    FollowUp {
        id: f.id,
        opportunity_id: f.opportunity_id,
        due: stamp(f.due),
        action: f.action,
        suggested: f.suggested,
        // Version 1 did not record when; the last change is the best guess.
        done_at: f.done.then_some(updated_at),
        updated_at,
    }
}
