//! What to do after the message has gone out, and when: plain records the
//! tracker can store and the calendar can export.
//!
//! Dates here are calendar dates in the user's own zone (the caller turns
//! "now" into today's date); `PlannedStep::due_at` gives the instant of the
//! reminder on that date.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::local_time::{local_instant, LocalTimeError};
use crate::domain::tracker::Status;
use crate::domain::{Channel, DeclineReason, MessageKind};

/// How long after a decline to send the first follow-up.
///
/// The seed warns that an immediate follow-up can seem insincere and says to
/// wait a few weeks or even months: the company gets to finish its hiring
/// round and the note does not come across as pushy. The choices span that
/// range; six weeks is the default because a typical process takes about a
/// month (the seed cites 27.5 days) plus time for feedback.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpDelay {
    /// Three weeks: the shortest wait that is not "immediate".
    ThreeWeeks,
    /// Six weeks: one typical hiring round has finished.
    #[default]
    SixWeeks,
    /// Three months: a new quarter, new openings.
    ThreeMonths,
    /// Six months: a light "still interested" note.
    SixMonths,
}

impl FollowUpDelay {
    /// Every choice, shortest first.
    pub const ALL: &'static [FollowUpDelay] = &[
        FollowUpDelay::ThreeWeeks,
        FollowUpDelay::SixWeeks,
        FollowUpDelay::ThreeMonths,
        FollowUpDelay::SixMonths,
    ];

    /// The stable machine name.
    pub const fn as_str(self) -> &'static str {
        match self {
            FollowUpDelay::ThreeWeeks => "three_weeks",
            FollowUpDelay::SixWeeks => "six_weeks",
            FollowUpDelay::ThreeMonths => "three_months",
            FollowUpDelay::SixMonths => "six_months",
        }
    }

    /// A short label for people.
    pub const fn label(self) -> &'static str {
        match self {
            FollowUpDelay::ThreeWeeks => "In 3 weeks",
            FollowUpDelay::SixWeeks => "In 6 weeks",
            FollowUpDelay::ThreeMonths => "In 3 months",
            FollowUpDelay::SixMonths => "In 6 months",
        }
    }

    /// The date this long after `from`. Months are calendar months, clamped
    /// to the end of shorter months (31 January + 3 months = 30 April).
    pub fn after(self, from: NaiveDate) -> NaiveDate {
        let later = match self {
            FollowUpDelay::ThreeWeeks => from.checked_add_days(Days::new(21)),
            FollowUpDelay::SixWeeks => from.checked_add_days(Days::new(42)),
            FollowUpDelay::ThreeMonths => from.checked_add_months(Months::new(3)),
            FollowUpDelay::SixMonths => from.checked_add_months(Months::new(6)),
        };
        later.unwrap_or(NaiveDate::MAX)
    }
}

/// Connect on LinkedIn this many days after the decline. The seed suggests
/// connecting with the interviewer after declining; the day after keeps the
/// interview fresh in their mind without landing in the same minute.
pub const LINKEDIN_AFTER_DAYS: u64 = 1;

/// Remind the user after this many business days without an answer to a
/// proposal (reschedule, shorter call, video instead, another role). Three
/// working days is long enough for a busy recruiter and short enough that
/// the proposed slot has not passed.
pub const PROPOSAL_REMINDER_BUSINESS_DAYS: u32 = 3;

/// Reminders are set for this local time of day (hour, minute): the start
/// of a working morning, when a short note is likely to be read.
pub const REMINDER_TIME: (u32, u32) = (9, 0);

/// Which step of the relationship this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Send a LinkedIn connection request with a short note.
    ConnectOnLinkedIn,
    /// The first follow-up after a decline.
    FollowUp,
    /// Chase a proposal that has had no answer.
    ChaseProposal,
}

/// One planned step: when, which message, how, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedStep {
    /// Which step this is.
    pub step: StepKind,
    /// The local date it is due.
    pub due: NaiveDate,
    /// The message the composer should write.
    pub kind: MessageKind,
    /// Where to send it.
    pub channel: Channel,
    /// What to do, in a sentence.
    pub what_to_do: String,
}

impl PlannedStep {
    /// The instant of the reminder: `REMINDER_TIME` on the due date in `zone`.
    pub fn due_at<Tz: TimeZone>(&self, zone: &Tz) -> Result<DateTime<Utc>, LocalTimeError> {
        local_instant(
            (self.due.year(), self.due.month(), self.due.day()),
            REMINDER_TIME,
            zone,
        )
    }
}

/// The steps after a decline sent on `declined_on`: a LinkedIn connection
/// the next day, then one follow-up after `delay`. Nothing immediate.
/// The same as [`plan_after_decline_for`] with no reason known.
pub fn plan_after_decline(declined_on: NaiveDate, delay: FollowUpDelay) -> Vec<PlannedStep> {
    plan_after_decline_for(declined_on, delay, None)
}

/// The steps after a decline for `reason`: the LinkedIn connection the
/// next day, then one follow-up after `delay` or the reason's own
/// minimum wait if that is longer, with what to say in it.
///
/// After accepting elsewhere or choosing to stay, the person has just
/// said yes to someone else: the follow-up waits at least six months and
/// is a hello, not "any openings?", which would undo the message it
/// follows. Other reasons name the kind of role worth hearing about, as
/// the seed's stories do (the more senior role, the role nearer home).
pub fn plan_after_decline_for(
    declined_on: NaiveDate,
    delay: FollowUpDelay,
    reason: Option<DeclineReason>,
) -> Vec<PlannedStep> {
    let (least, what_to_do) = follow_up_rule(reason.unwrap_or(DeclineReason::NoReason));
    vec![
        PlannedStep {
            step: StepKind::ConnectOnLinkedIn,
            due: declined_on.checked_add_days(Days::new(LINKEDIN_AFTER_DAYS)).unwrap_or(NaiveDate::MAX),
            kind: MessageKind::LinkedInNote,
            channel: Channel::LinkedIn,
            what_to_do: "Send the interviewer a LinkedIn connection request with a short note that mentions the interview.".to_string(),
        },
        PlannedStep {
            step: StepKind::FollowUp,
            due: delay.max(least).after(declined_on),
            kind: MessageKind::FollowUp,
            channel: Channel::Email,
            what_to_do: what_to_do.to_string(),
        },
    ]
}

/// The shortest wait before the follow-up, and what to say in it, per
/// reason. The seed: wait "a few weeks or even months" so the note does
/// not seem insincere or pushy.
const fn follow_up_rule(reason: DeclineReason) -> (FollowUpDelay, &'static str) {
    const USUAL: &str = "Send a brief, friendly note: thank them again and say you would be glad to hear about roles that fit your experience.";
    match reason {
        DeclineReason::AcceptedOffer => (
            FollowUpDelay::SixMonths,
            "Send a short hello to keep in touch, once you have settled into the new role. Don't ask about openings: you have just said yes elsewhere.",
        ),
        DeclineReason::StayingCurrent => (
            FollowUpDelay::SixMonths,
            "Send a short hello to keep in touch. Don't ask about openings unless you are looking again.",
        ),
        DeclineReason::Level => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about more senior roles.",
        ),
        DeclineReason::Pay => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about roles with a higher budget.",
        ),
        DeclineReason::Location => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about remote roles or ones nearer home.",
        ),
        DeclineReason::Commute => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about roles with more home working.",
        ),
        DeclineReason::TravelBalance => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about roles with less travel.",
        ),
        DeclineReason::Hours => (
            FollowUpDelay::SixWeeks,
            "Send a brief note: thank them again and say you would welcome hearing about roles with more regular hours.",
        ),
        DeclineReason::Timing => (
            FollowUpDelay::ThreeMonths,
            "Send a brief note once your circumstances allow a move: thank them again and say you would be glad to hear about roles that fit.",
        ),
        DeclineReason::RoleFit
        | DeclineReason::Culture
        | DeclineReason::LongProcess
        | DeclineReason::NoReason => (FollowUpDelay::ThreeWeeks, USUAL),
    }
}

/// The follow-ups a new status plans, whether it was set by hand or by a
/// sent message: after a no, the LinkedIn step and a later follow-up (the
/// reason decides how much later and what to say); after a proposal, a
/// question or a request, a reminder to chase it.
pub fn plan_for_status(
    status: Status,
    today: NaiveDate,
    delay: FollowUpDelay,
    reason: Option<DeclineReason>,
) -> Vec<PlannedStep> {
    match plan_kind(status) {
        PlanKind::AfterDecline => plan_after_decline_for(today, delay, reason),
        PlanKind::Chase => vec![plan_reminder_after_proposal(today)],
        PlanKind::Nothing => Vec::new(),
    }
}

/// Which follow-ups a move to a status plans, so a form can say so (and
/// ask how long to wait) before the move is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanKind {
    /// None.
    Nothing,
    /// After keeping in touch with a no: the LinkedIn step and a later
    /// follow-up, after a delay the user chooses.
    AfterDecline,
    /// After a proposal, a question or a request: a reminder to chase it
    /// if no answer comes within a few working days.
    Chase,
}

/// The follow-ups a move to `status` plans (see [`plan_for_status`]).
pub const fn plan_kind(status: Status) -> PlanKind {
    match status {
        Status::DeclinedKeepWarm => PlanKind::AfterDecline,
        Status::AlternativeProposed | Status::Rescheduled | Status::AwaitingAnswer => {
            PlanKind::Chase
        }
        Status::Invited | Status::Proceeding | Status::Withdrawn | Status::Closed => {
            PlanKind::Nothing
        }
    }
}

/// The reminder after proposing an alternative or asking to reschedule on
/// `sent_on`, if no answer has come within the business days allowed: a
/// short chase, not the months-later follow-up.
pub fn plan_reminder_after_proposal(sent_on: NaiveDate) -> PlannedStep {
    PlannedStep {
        step: StepKind::ChaseProposal,
        due: add_business_days(sent_on, PROPOSAL_REMINDER_BUSINESS_DAYS),
        kind: MessageKind::Chase,
        channel: Channel::Email,
        what_to_do: "If they have not answered, send a short, friendly note asking whether they had a chance to look at your proposal.".to_string(),
    }
}

/// The date `count` working days (Monday to Friday) after `date`. Public
/// holidays differ by country and are not known here, so only weekends are
/// skipped.
pub fn add_business_days(date: NaiveDate, count: u32) -> NaiveDate {
    let mut day = date;
    let mut left = count;
    while left > 0 {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return NaiveDate::MAX,
        }
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// What a form announces for a status is what the move then plans.
    #[test]
    fn the_plan_kind_says_what_every_status_plans() {
        let today = date(2026, 3, 10);
        for &status in Status::ALL {
            let steps = plan_for_status(status, today, FollowUpDelay::default(), None);
            let kinds: Vec<StepKind> = steps.iter().map(|s| s.step).collect();
            match plan_kind(status) {
                PlanKind::Nothing => assert!(kinds.is_empty(), "{status:?}"),
                PlanKind::Chase => assert_eq!(kinds, [StepKind::ChaseProposal], "{status:?}"),
                PlanKind::AfterDecline => {
                    assert_eq!(kinds.len(), 2, "{status:?}");
                    assert!(!kinds.contains(&StepKind::ChaseProposal), "{status:?}");
                }
            }
        }
    }

    fn check_business(from: NaiveDate, count: u32, expected: NaiveDate) {
        assert_eq!(add_business_days(from, count), expected, "{from} + {count}");
    }

    #[test]
    fn business_days_skip_weekends() {
        // 2025-06-02 is a Monday.
        check_business(date(2025, 6, 2), 3, date(2025, 6, 5));
        check_business(date(2025, 6, 4), 3, date(2025, 6, 9)); // Wed -> Mon
        check_business(date(2025, 6, 6), 3, date(2025, 6, 11)); // Fri -> Wed
        check_business(date(2025, 6, 7), 3, date(2025, 6, 11)); // Sat -> Wed
        check_business(date(2025, 6, 8), 3, date(2025, 6, 11)); // Sun -> Wed
        check_business(date(2025, 12, 31), 3, date(2026, 1, 5)); // over New Year
        check_business(date(2025, 6, 4), 0, date(2025, 6, 4));
        check_business(NaiveDate::MAX, 3, NaiveDate::MAX);
    }

    #[test]
    fn business_day_results_are_never_weekends_and_always_later() {
        let start = date(2024, 1, 1);
        for offset in 0..28u64 {
            let from = start + Days::new(offset);
            for count in 1..=10 {
                let due = add_business_days(from, count);
                assert!(!matches!(due.weekday(), Weekday::Sat | Weekday::Sun));
                let span = (due - from).num_days();
                assert!(
                    span >= i64::from(count) && span <= i64::from(count) + 4,
                    "{from} + {count} = {due}"
                );
            }
        }
    }

    #[test]
    fn follow_up_delays_use_calendar_weeks_and_months() {
        let check = |delay: FollowUpDelay, from, expected| {
            assert_eq!(delay.after(from), expected, "{delay:?}")
        };
        check(
            FollowUpDelay::ThreeWeeks,
            date(2025, 6, 2),
            date(2025, 6, 23),
        );
        check(
            FollowUpDelay::SixWeeks,
            date(2025, 12, 1),
            date(2026, 1, 12),
        );
        check(
            FollowUpDelay::ThreeMonths,
            date(2025, 11, 30),
            date(2026, 2, 28),
        );
        check(
            FollowUpDelay::ThreeMonths,
            date(2024, 11, 30),
            date(2025, 2, 28),
        );
        check(
            FollowUpDelay::SixMonths,
            date(2023, 8, 31),
            date(2024, 2, 29),
        );
        assert_eq!(FollowUpDelay::default(), FollowUpDelay::SixWeeks);
    }

    #[test]
    fn a_decline_plans_linkedin_the_next_day_and_no_immediate_follow_up() {
        let declined = date(2025, 6, 6);
        for delay in FollowUpDelay::ALL {
            let steps = plan_after_decline(declined, *delay);
            let summary: Vec<_> = steps.iter().map(|s| (s.step, s.kind, s.channel)).collect();
            assert_eq!(
                summary,
                vec![
                    (
                        StepKind::ConnectOnLinkedIn,
                        MessageKind::LinkedInNote,
                        Channel::LinkedIn
                    ),
                    (StepKind::FollowUp, MessageKind::FollowUp, Channel::Email),
                ]
            );
            assert_eq!(steps[0].due, date(2025, 6, 7));
            assert!((steps[1].due - declined).num_days() >= 21, "{delay:?}");
        }
    }

    #[test]
    fn a_proposal_is_chased_after_three_business_days_at_nine() {
        let step = plan_reminder_after_proposal(date(2025, 6, 6));
        assert_eq!(
            (step.step, step.due, step.kind),
            (
                StepKind::ChaseProposal,
                date(2025, 6, 11),
                MessageKind::Chase
            )
        );
        let nine_in_london = step.due_at(&chrono_tz::Europe::London).unwrap();
        assert_eq!(nine_in_london.to_rfc3339(), "2025-06-11T08:00:00+00:00");
    }

    #[test]
    fn the_follow_up_waits_and_speaks_as_the_reason_asks() {
        let declined = date(2025, 6, 2);
        let follow_up = |delay, reason| plan_after_decline_for(declined, delay, reason)[1].clone();
        // After saying yes elsewhere: six months at least, and no ask.
        for reason in [DeclineReason::AcceptedOffer, DeclineReason::StayingCurrent] {
            for delay in FollowUpDelay::ALL {
                let step = follow_up(*delay, Some(reason));
                assert_eq!(step.due, date(2025, 12, 2), "{reason}");
                assert!(step.what_to_do.contains("Don't ask about openings"));
            }
        }
        // The chosen delay stands when it is longer than the reason's.
        let level = follow_up(FollowUpDelay::ThreeMonths, Some(DeclineReason::Level));
        assert_eq!(level.due, date(2025, 9, 2));
        assert!(level.what_to_do.contains("more senior roles"));
        let level = follow_up(FollowUpDelay::ThreeWeeks, Some(DeclineReason::Level));
        assert_eq!(level.due, date(2025, 7, 14));
        // No reason keeps the plan as it was.
        assert_eq!(
            plan_after_decline(declined, FollowUpDelay::ThreeWeeks),
            plan_after_decline_for(declined, FollowUpDelay::ThreeWeeks, None)
        );
        assert_eq!(
            follow_up(FollowUpDelay::ThreeWeeks, None).due,
            date(2025, 6, 23)
        );
        for reason in DeclineReason::ALL {
            let step = follow_up(FollowUpDelay::ThreeWeeks, Some(*reason));
            assert!(step.what_to_do.ends_with('.'), "{reason}");
            assert_eq!(step.kind, MessageKind::FollowUp);
        }
    }

    #[test]
    fn delays_have_distinct_names() {
        let names: std::collections::HashSet<_> =
            FollowUpDelay::ALL.iter().map(|d| d.as_str()).collect();
        assert_eq!(names.len(), FollowUpDelay::ALL.len());
        assert!(FollowUpDelay::ALL.iter().all(|d| !d.label().is_empty()));
    }
}
