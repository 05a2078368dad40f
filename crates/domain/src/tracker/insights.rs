//! Numbers about the user's own process: why they decline, where things
//! stand, and how long they take to decide. The seed notes that the
//! average interview process runs about four weeks; knowing one's own
//! time-to-decide helps answer invitations within the notice the seed
//! asks for.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::records::{ActivityEntry, Status};
use super::TrackerData;
use crate::domain::vocab::DeclineReason;

/// Summary figures for the insights page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Insights {
    /// How many opportunities were declined or withdrawn for each reason.
    pub declines_by_reason: BTreeMap<DeclineReason, usize>,
    /// How many opportunities are in each status.
    pub by_status: BTreeMap<Status, usize>,
    /// How many saved decisions ended in each advice outcome (the decision
    /// engine's stable names); opportunities without one are not counted.
    pub by_outcome: BTreeMap<String, usize>,
    /// Days from the invitation to the first decision, for those decided.
    pub days_to_decide: Option<DaysToDecide>,
}

/// Middle and average of the days taken to decide.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DaysToDecide {
    /// How many opportunities were measured.
    pub count: usize,
    /// Median, in days (fractional).
    pub median: f64,
    /// Mean, in days (fractional).
    pub mean: f64,
}

/// Computes the insights from the whole data set.
pub fn insights(data: &TrackerData) -> Insights {
    let mut out = Insights::default();
    for o in &data.opportunities {
        *out.by_status.entry(o.status).or_default() += 1;
        if let (Some(reason), Status::DeclinedKeepWarm | Status::Withdrawn | Status::Closed) =
            (o.decline_reason, o.status)
        {
            *out.declines_by_reason.entry(reason).or_default() += 1;
        }
        if let Some(outcome) = o.decision.as_ref().and_then(|d| d.advice_outcome.clone()) {
            *out.by_outcome.entry(outcome).or_default() += 1;
        }
    }

    // The first change into a decision status is when the user answered.
    let mut first_decision: HashMap<&str, DateTime<Utc>> = HashMap::new();
    for a in &data.activities {
        if let ActivityEntry::StatusChange { to, .. } = a.entry {
            if to.is_decision() {
                first_decision
                    .entry(a.opportunity_id.as_str())
                    .and_modify(|t| *t = (*t).min(a.at))
                    .or_insert(a.at);
            }
        }
    }
    let mut days: Vec<f64> = data
        .opportunities
        .iter()
        .filter_map(|o| {
            let decided = first_decision.get(o.id.as_str())?;
            let secs = (*decided - o.created_at).num_seconds().max(0);
            Some(secs as f64 / 86_400.0)
        })
        .collect();
    out.days_to_decide = summarise(&mut days);
    out
}

fn summarise(days: &mut [f64]) -> Option<DaysToDecide> {
    if days.is_empty() {
        return None;
    }
    days.sort_by(f64::total_cmp);
    let n = days.len();
    let median = if n % 2 == 1 {
        days[n / 2]
    } else {
        (days[n / 2 - 1] + days[n / 2]) / 2.0
    };
    let mean = days.iter().sum::<f64>() / n as f64;
    Some(DaysToDecide {
        count: n,
        median,
        mean,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(mut input: Vec<f64>, expected: Option<(usize, f64, f64)>) {
        let got = summarise(&mut input).map(|d| (d.count, d.median, d.mean));
        assert_eq!(got, expected);
    }

    #[test]
    fn median_and_mean() {
        check(vec![], None);
        check(vec![2.0], Some((1, 2.0, 2.0)));
        check(vec![3.0, 1.0, 2.0], Some((3, 2.0, 2.0)));
        check(vec![4.0, 1.0, 2.0, 9.0], Some((4, 3.0, 4.0)));
    }
}
