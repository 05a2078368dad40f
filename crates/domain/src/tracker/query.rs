//! The questions the lists and the dashboard ask: search, filter and sort
//! the opportunities, and "what needs me now".
//!
//! What a search reads of each opportunity (its words, lowercased, and its
//! next follow-up) is prepared once per change of the data in a
//! [`SearchIndex`], not on every keystroke: a view keeps one beside the
//! data (the tracker list holds it in a memo of the tracker), and a
//! keystroke then only compares words and sorts (`benches/tracker.rs`
//! times both). An index that no longer fits the data is never trusted:
//! the query builds a fresh one.

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

/// What a search reads of each opportunity, prepared once for the data it
/// was built from: per opportunity (in `TrackerData::opportunities`
/// order) its company, role, notes and contacts' names in lower case, its
/// company alone in lower case (for sorting), and its earliest open
/// follow-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchIndex {
    ids: Vec<String>,
    text: Vec<String>,
    company: Vec<String>,
    next_follow_up: Vec<Option<DateTime<Utc>>>,
}

impl SearchIndex {
    /// Reads every opportunity of `data` once.
    pub fn build(data: &TrackerData) -> SearchIndex {
        let position: HashMap<&str, usize> = data
            .opportunities
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let mut text: Vec<String> = data
            .opportunities
            .iter()
            .map(|o| {
                let mut s =
                    String::with_capacity(o.company.len() + o.role.len() + o.notes.len() + 32);
                for part in [o.company.as_str(), o.role.as_str(), o.notes.as_str()] {
                    s.push_str(part);
                    s.push('\n');
                }
                s
            })
            .collect();
        for c in &data.contacts {
            for id in &c.opportunity_ids {
                if let Some(&i) = position.get(id.as_str()) {
                    text[i].push_str(&c.name);
                    text[i].push('\n');
                }
            }
        }
        let next = next_open_follow_up(data);
        let next_follow_up = data
            .opportunities
            .iter()
            .map(|o| next.get(o.id.as_str()).copied())
            .collect();
        SearchIndex {
            ids: data.opportunities.iter().map(|o| o.id.clone()).collect(),
            text: text.iter().map(|s| s.to_lowercase()).collect(),
            company: data
                .opportunities
                .iter()
                .map(|o| o.company.to_lowercase())
                .collect(),
            next_follow_up,
        }
    }

    /// Whether this index was built from data with these opportunities in
    /// this order (a cheap check: their ids, not their words).
    pub fn fits(&self, data: &TrackerData) -> bool {
        self.ids.len() == data.opportunities.len()
            && self
                .ids
                .iter()
                .zip(&data.opportunities)
                .all(|(id, o)| *id == o.id)
    }

    /// The earliest open follow-up of the opportunity at `position`.
    pub fn next_follow_up(&self, position: usize) -> Option<DateTime<Utc>> {
        self.next_follow_up.get(position).copied().flatten()
    }
}

impl Query {
    /// The matching opportunities in order.
    pub fn run<'a>(&self, data: &'a TrackerData, now: DateTime<Utc>) -> Vec<&'a Opportunity> {
        let index = SearchIndex::build(data);
        self.positions(data, &index, now)
            .into_iter()
            .map(|i| &data.opportunities[i])
            .collect()
    }

    /// The positions in `data.opportunities` of the matching opportunities,
    /// in order, read through `index` (built from `data`; if it does not
    /// fit, a fresh one is built and used instead).
    pub fn positions(
        &self,
        data: &TrackerData,
        index: &SearchIndex,
        now: DateTime<Utc>,
    ) -> Vec<usize> {
        if !index.fits(data) {
            return self.positions(data, &SearchIndex::build(data), now);
        }
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let due_by = now + FOLLOW_UP_LOOKAHEAD;
        let f = &self.filter;
        let mut hits: Vec<usize> = data
            .opportunities
            .iter()
            .enumerate()
            .filter(|(i, o)| {
                (f.statuses.is_empty() || f.statuses.contains(&o.status))
                    && f.stage.is_none_or(|s| o.stage == Some(s))
                    && (!f.has_due_follow_up
                        || index.next_follow_up[*i].is_some_and(|d| d <= due_by))
                    && words.iter().all(|w| index.text[*i].contains(w.as_str()))
            })
            .map(|(i, _)| i)
            .collect();

        let o = |i: &usize| &data.opportunities[*i];
        let by_id = |a: &usize, b: &usize| o(a).id.cmp(&o(b).id);
        match self.sort {
            SortKey::Updated => {
                hits.sort_by(|a, b| o(b).updated_at.cmp(&o(a).updated_at).then(by_id(a, b)))
            }
            SortKey::Company => {
                hits.sort_by(|a, b| index.company[*a].cmp(&index.company[*b]).then(by_id(a, b)))
            }
            SortKey::InterviewDate => hits.sort_by(|a, b| {
                let at = |i: &usize| o(i).interview.as_ref().map(|t| t.at);
                none_last(at(a), at(b)).then(by_id(a, b))
            }),
            SortKey::NextFollowUp => hits.sort_by(|a, b| {
                none_last(index.next_follow_up[*a], index.next_follow_up[*b]).then(by_id(a, b))
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

fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
