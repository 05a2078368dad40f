//! A job-search activity report for a date range: the opportunities the
//! person picks, each with its dated status changes, messages sent and
//! outcome, in neutral words. Some unemployment offices ask for exactly
//! this, so it says what was done and leaves out what is private: notes,
//! call summaries, message texts and the reasons for a no.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use std::collections::{HashMap, HashSet};

use super::records::{Activity, ActivityEntry, FollowUp, Opportunity};
use super::status::Status;
use super::TrackerData;
use crate::domain::{Channel, MessageKind};

/// The report, ready to render or export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityReport {
    /// First day covered.
    pub from: NaiveDate,
    /// Last day covered (inclusive).
    pub to: NaiveDate,
    /// The chosen opportunities, in order of their first event in the
    /// range (those with none last, by company).
    pub opportunities: Vec<ReportOpportunity>,
}

/// One opportunity in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOpportunity {
    /// Its id.
    pub id: String,
    /// The employer.
    pub company: String,
    /// The job title ("" if not recorded).
    pub role: String,
    /// The people involved: "Priya Haddad (Recruiter)".
    pub contacts: Vec<String>,
    /// Where it stood at the end of the range, in neutral words:
    /// "Declined the interview".
    pub outcome: String,
    /// What happened in the range, oldest first.
    pub events: Vec<ReportEvent>,
}

/// One dated line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEvent {
    /// The day, in the person's zone.
    pub date: NaiveDate,
    /// The instant, for ordering events within a day.
    pub at: DateTime<Utc>,
    /// What sort of event.
    pub kind: ReportEventKind,
    /// What happened: "Email sent: declining the interview".
    pub text: String,
}

/// The sorts of event a report lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportEventKind {
    /// The invitation was recorded.
    Invitation,
    /// The status changed.
    StatusChange,
    /// A message was marked as sent.
    MessageSent,
    /// A phone call was logged.
    Call,
    /// A follow-up was done.
    FollowUp,
    /// The interview's date.
    Interview,
}

/// The report for `from..=to` (days in `zone`) over the opportunities
/// with the given ids (`&str` or `String`); unknown ids are skipped.
pub fn activity_report<Tz: TimeZone, Id: AsRef<str>>(
    data: &TrackerData,
    opportunity_ids: &[Id],
    from: NaiveDate,
    to: NaiveDate,
    zone: &Tz,
) -> ActivityReport {
    let day = |at: DateTime<Utc>| at.with_timezone(zone).date_naive();
    let in_range = |at: DateTime<Utc>| (from..=to).contains(&day(at));
    // One pass over each collection, not one per opportunity: a tracker
    // can hold 10,000 records and the report may cover all of them.
    let wanted: HashSet<&str> = opportunity_ids.iter().map(AsRef::as_ref).collect();
    let mut logs: HashMap<&str, Vec<&Activity>> = HashMap::new();
    for a in data
        .activities
        .iter()
        .filter(|a| wanted.contains(a.opportunity_id.as_str()))
    {
        logs.entry(&a.opportunity_id).or_default().push(a);
    }
    let mut follow_ups: HashMap<&str, Vec<&FollowUp>> = HashMap::new();
    for f in data
        .follow_ups
        .iter()
        .filter(|f| wanted.contains(f.opportunity_id.as_str()))
    {
        follow_ups.entry(&f.opportunity_id).or_default().push(f);
    }
    let mut people: HashMap<&str, Vec<String>> = HashMap::new();
    for c in &data.contacts {
        for id in c
            .opportunity_ids
            .iter()
            .filter(|id| wanted.contains(id.as_str()))
        {
            people
                .entry(id)
                .or_default()
                .push(format!("{} ({})", c.name, c.kind.label()));
        }
    }
    let mut opportunities: Vec<ReportOpportunity> = data
        .opportunities
        .iter()
        .filter(|o| wanted.contains(o.id.as_str()))
        .map(|o| {
            let mut events = Vec::new();
            let mut push = |at, kind, text: String| {
                if in_range(at) {
                    events.push(ReportEvent {
                        date: day(at),
                        at,
                        kind,
                        text,
                    });
                }
            };
            push(o.created_at, ReportEventKind::Invitation, invitation(o));
            let mut log = logs.remove(o.id.as_str()).unwrap_or_default();
            log.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
            // Before its first logged change it stood where that change
            // started; with none logged (older data), where it stands now.
            let mut status = log
                .iter()
                .find_map(|a| match a.entry {
                    ActivityEntry::StatusChange { from, .. } => Some(from),
                    _ => None,
                })
                .unwrap_or(o.status);
            for a in log {
                match &a.entry {
                    ActivityEntry::StatusChange { to: next, .. } => {
                        if day(a.at) <= to {
                            status = *next;
                        }
                        let text = status_words(*next).to_string();
                        push(a.at, ReportEventKind::StatusChange, text);
                    }
                    ActivityEntry::Message {
                        kind,
                        channel,
                        sent: true,
                        ..
                    } => push(
                        a.at,
                        ReportEventKind::MessageSent,
                        message_words(*kind, *channel),
                    ),
                    ActivityEntry::Call { .. } => {
                        push(a.at, ReportEventKind::Call, "Phone call".to_string())
                    }
                    ActivityEntry::Message { .. } | ActivityEntry::Note { .. } => {}
                }
            }
            for f in follow_ups.remove(o.id.as_str()).unwrap_or_default() {
                if let Some(done) = f.done_at {
                    push(
                        done,
                        ReportEventKind::FollowUp,
                        format!("Followed up: {}", f.action),
                    );
                }
            }
            let attended = matches!(
                o.status,
                Status::Proceeding | Status::Rescheduled | Status::Withdrawn
            );
            if let Some(interview) = o.interview.as_ref().filter(|_| attended) {
                let text = "Interview scheduled".to_string();
                push(interview.at, ReportEventKind::Interview, text);
            }
            events.sort_by_key(|e| e.at);
            ReportOpportunity {
                id: o.id.clone(),
                company: o.company.clone(),
                role: o.role.clone(),
                contacts: people.remove(o.id.as_str()).unwrap_or_default(),
                outcome: status_words(status).to_string(),
                events,
            }
        })
        .collect();
    opportunities.sort_by(|a, b| {
        let first = |o: &ReportOpportunity| o.events.first().map(|e| e.date);
        match (first(a), first(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.company.cmp(&b.company))
    });
    ActivityReport {
        from,
        to,
        opportunities,
    }
}

/// "Interview invitation recorded (Video interview)": dated when it was
/// added to the tracker, which is all the app knows of its arrival.
fn invitation(o: &Opportunity) -> String {
    match o.stage {
        Some(stage) => format!("Interview invitation recorded ({})", stage.label()),
        None => "Interview invitation recorded".to_string(),
    }
}

/// Where an opportunity stands, as a report says it: plain facts, no
/// reasons.
pub const fn status_words(status: Status) -> &'static str {
    match status {
        Status::Invited => "Invited to interview",
        Status::Proceeding => "Accepted the interview",
        Status::AlternativeProposed => "Proposed an alternative to the interview",
        Status::Rescheduled => "Arranged a new interview time",
        Status::DeclinedKeepWarm => "Declined the interview",
        Status::Withdrawn => "Withdrew from the process",
        Status::Closed => "Process closed",
        Status::AwaitingAnswer => "Asked the employer a question; awaiting their reply",
    }
}

/// "Email sent: declining the interview".
fn message_words(kind: MessageKind, channel: Channel) -> String {
    let how = match channel {
        Channel::Email => "Email sent",
        Channel::Phone => "Phone call made",
        Channel::LinkedIn => "LinkedIn message sent",
    };
    let what = match kind {
        MessageKind::Decline => "declining the interview",
        MessageKind::Reschedule => "asking to reschedule",
        MessageKind::IntroCall => "suggesting a short introductory call",
        MessageKind::VideoInstead => "suggesting a video interview",
        MessageKind::OtherRole => "asking about another role",
        MessageKind::LateCancellation => "cancelling at short notice and asking for a new time",
        MessageKind::Withdrawal => "withdrawing from the process",
        MessageKind::LinkedInNote => "connecting",
        MessageKind::FollowUp => "following up",
        MessageKind::AskFirst => "asking questions about the role",
        MessageKind::Expedite => "asking about the timeline",
        MessageKind::MissedInterview => "about a missed interview",
        MessageKind::DeclineOffer => "declining a job offer",
        MessageKind::DeclineOutreach => "declining a recruiter's approach",
        MessageKind::Chase => "following up on a proposed time",
        MessageKind::DeclineConfirmation => "confirming a decline in writing",
    };
    format!("{how}: {what}")
}
