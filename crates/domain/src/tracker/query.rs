//! The questions the lists and the dashboard ask: search, filter and sort
//! the opportunities, and "what needs me now".
//!
//! Queries run from scratch on every keystroke; with 10,000 opportunities
//! that stays within a frame (see `benches/tracker.rs`), so there is no
//! index to keep in step with the data.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::records::{Opportunity, Status};
use super::TrackerData;
use crate::domain::vocab::InterviewStage;

/// How far ahead a follow-up counts as "due now": the rest of today and a
/// little more, whatever the user's time zone.
pub const FOLLOW_UP_LOOKAHEAD: Duration = Duration::hours(24);

/// How many days ahead the dashboard lists interviews: a week is enough to
/// decide, compose and still give the notice the seed asks for.
pub const ATTENTION_HORIZON_DAYS: i64 = 7;

/// Which opportunities to show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Show only these statuses; empty shows all.
    pub statuses: Vec<Status>,
    /// Show only this stage.
    pub stage: Option<InterviewStage>,
    /// Show only opportunities with an open follow-up due by now.
    pub has_due_follow_up: bool,
}

/// The order of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    /// Most recently changed first.
    #[default]
    Updated,
    /// Company name, A to Z.
    Company,
    /// Soonest interview first; those without one last.
    InterviewDate,
    /// Soonest open follow-up first; those without one last.
    NextFollowUp,
}

impl SortKey {
    /// Every sort order, for the picker.
    pub const ALL: &'static [SortKey] = &[
        SortKey::Updated,
        SortKey::Company,
        SortKey::InterviewDate,
        SortKey::NextFollowUp,
    ];

    /// A short label for people.
    pub const fn label(self) -> &'static str {
        match self {
            SortKey::Updated => "Recently updated",
            SortKey::Company => "Company",
            SortKey::InterviewDate => "Interview date",
            SortKey::NextFollowUp => "Next follow-up",
        }
    }
}

/// A search box, filters and a sort order together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    /// Words to look for in company, role, contact names and notes; every
    /// word must appear somewhere, in any case.
    pub text: String,
    /// Which opportunities to keep.
    pub filter: Filter,
    /// The order.
    pub sort: SortKey,
}

impl Query {
    /// The matching opportunities in order.
    pub fn run<'a>(&self, data: &'a TrackerData, now: DateTime<Utc>) -> Vec<&'a Opportunity> {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let contact_names = if words.is_empty() {
            HashMap::new()
        } else {
            contact_names_by_opportunity(data)
        };
        let needs_follow_ups = self.filter.has_due_follow_up || self.sort == SortKey::NextFollowUp;
        let next_follow_up = if needs_follow_ups {
            next_open_follow_up(data)
        } else {
            HashMap::new()
        };
        let due_by = now + FOLLOW_UP_LOOKAHEAD;

        let mut hits: Vec<&Opportunity> = data
            .opportunities
            .iter()
            .filter(|o| {
                let f = &self.filter;
                (f.statuses.is_empty() || f.statuses.contains(&o.status))
                    && f.stage.is_none_or(|s| o.stage == Some(s))
                    && (!f.has_due_follow_up
                        || next_follow_up
                            .get(o.id.as_str())
                            .is_some_and(|d| *d <= due_by))
            })
            .filter(|o| {
                words.is_empty() || {
                    let names = contact_names.get(o.id.as_str());
                    let haystack = haystack(o, names.map(Vec::as_slice).unwrap_or(&[]));
                    words.iter().all(|w| haystack.contains(w.as_str()))
                }
            })
            .collect();

        match self.sort {
            SortKey::Updated => {
                hits.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(by_id(a, b)))
            }
            SortKey::Company => {
                hits.sort_by_cached_key(|o| (o.company.to_lowercase(), o.id.clone()))
            }
            SortKey::InterviewDate => hits.sort_by(|a, b| {
                none_last(
                    a.interview.as_ref().map(|i| i.at),
                    b.interview.as_ref().map(|i| i.at),
                )
                .then(by_id(a, b))
            }),
            SortKey::NextFollowUp => hits.sort_by(|a, b| {
                let next = |o: &Opportunity| next_follow_up.get(o.id.as_str()).copied();
                none_last(next(a), next(b)).then(by_id(a, b))
            }),
        }
        hits
    }
}

/// Something on the dashboard that wants the user's attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Attention {
    /// A follow-up that is due (within `FOLLOW_UP_LOOKAHEAD`) or overdue.
    FollowUpDue {
        /// The follow-up.
        follow_up_id: String,
        /// Its opportunity.
        opportunity_id: String,
        /// When it is due.
        due: DateTime<Utc>,
        /// Its due time has passed.
        overdue: bool,
    },
    /// An interview coming up while the user has not said no; the timing
    /// rules turn this into a "decide by" deadline.
    InterviewSoon {
        /// The opportunity.
        opportunity_id: String,
        /// When the interview is.
        at: DateTime<Utc>,
    },
}

impl Attention {
    /// The time the item is about, for ordering.
    pub fn when(&self) -> DateTime<Utc> {
        match self {
            Attention::FollowUpDue { due, .. } => *due,
            Attention::InterviewSoon { at, .. } => *at,
        }
    }
}

/// What needs the user now: open follow-ups due or overdue, and interviews
/// within the next `horizon_days` for opportunities still in play,
/// earliest first.
pub fn needs_attention(
    data: &TrackerData,
    now: DateTime<Utc>,
    horizon_days: i64,
) -> Vec<Attention> {
    let due_by = now + FOLLOW_UP_LOOKAHEAD;
    let horizon = now + Duration::days(horizon_days.max(0));
    let mut items: Vec<Attention> = data
        .follow_ups
        .iter()
        .filter(|f| f.is_open() && f.due <= due_by)
        .map(|f| Attention::FollowUpDue {
            follow_up_id: f.id.clone(),
            opportunity_id: f.opportunity_id.clone(),
            due: f.due,
            overdue: f.due < now,
        })
        .collect();
    items.extend(data.opportunities.iter().filter_map(|o| {
        let at = o.interview.as_ref()?.at;
        (o.status.interview_pending() && at >= now && at <= horizon).then(|| {
            Attention::InterviewSoon {
                opportunity_id: o.id.clone(),
                at,
            }
        })
    }));
    items.sort_by_key(|a| a.when());
    items
}

/// Each opportunity's earliest open follow-up.
pub fn next_open_follow_up(data: &TrackerData) -> HashMap<&str, DateTime<Utc>> {
    let mut next: HashMap<&str, DateTime<Utc>> = HashMap::new();
    for f in data.follow_ups.iter().filter(|f| f.is_open()) {
        next.entry(f.opportunity_id.as_str())
            .and_modify(|d| *d = (*d).min(f.due))
            .or_insert(f.due);
    }
    next
}

fn contact_names_by_opportunity(data: &TrackerData) -> HashMap<&str, Vec<&str>> {
    let mut names: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in &data.contacts {
        for id in &c.opportunity_ids {
            names.entry(id.as_str()).or_default().push(c.name.as_str());
        }
    }
    names
}

fn haystack(o: &Opportunity, contact_names: &[&str]) -> String {
    let mut s = String::with_capacity(o.company.len() + o.role.len() + o.notes.len() + 32);
    for part in [o.company.as_str(), o.role.as_str(), o.notes.as_str()]
        .into_iter()
        .chain(contact_names.iter().copied())
    {
        s.push_str(part);
        s.push('\n');
    }
    s.to_lowercase()
}

fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn by_id(a: &Opportunity, b: &Opportunity) -> Ordering {
    a.id.cmp(&b.id)
}
