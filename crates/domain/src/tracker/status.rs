//! Where the relationship with one opportunity stands.

use serde::{Deserialize, Serialize};

use crate::domain::vocab::UnknownValue;
use crate::domain::MessageKind;

/// Where the relationship with an opportunity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Invited to interview; nothing decided yet.
    Invited,
    /// Going ahead with the interview.
    Proceeding,
    /// Suggested something else: a short call, video, another role.
    AlternativeProposed,
    /// Asked for (or agreed) a new time.
    Rescheduled,
    /// Said no, and intends to stay in touch.
    DeclinedKeepWarm,
    /// Withdrew after taking part.
    Withdrawn,
    /// Nothing more to do.
    Closed,
    /// Asked them something (the open facts, a faster timeline) and
    /// waiting for the answer before deciding.
    AwaitingAnswer,
}

impl Status {
    /// Every status, in the order a process usually moves through them.
    pub const ALL: &'static [Status] = &[
        Status::Invited,
        Status::Proceeding,
        Status::AlternativeProposed,
        Status::Rescheduled,
        Status::DeclinedKeepWarm,
        Status::Withdrawn,
        Status::Closed,
        Status::AwaitingAnswer,
    ];

    /// The stable machine name (as stored).
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Proceeding => "proceeding",
            Status::AlternativeProposed => "alternative_proposed",
            Status::Rescheduled => "rescheduled",
            Status::DeclinedKeepWarm => "declined_keep_warm",
            Status::Withdrawn => "withdrawn",
            Status::Closed => "closed",
            Status::AwaitingAnswer => "awaiting_answer",
        }
    }

    /// A short label for people.
    pub const fn label(self) -> &'static str {
        match self {
            Status::Invited => "Invited",
            Status::Proceeding => "Proceeding",
            Status::AlternativeProposed => "Alternative proposed",
            Status::Rescheduled => "Rescheduled",
            Status::DeclinedKeepWarm => "Declined, keeping in touch",
            Status::Withdrawn => "Withdrawn",
            Status::Closed => "Closed",
            Status::AwaitingAnswer => "Waiting for their answer",
        }
    }

    /// Statuses that say no, and so keep the reason why (a form asks for
    /// it, `set_status` stores it).
    pub const fn says_no(self) -> bool {
        matches!(self, Status::DeclinedKeepWarm | Status::Withdrawn)
    }

    /// Statuses that record the user's answer to the invitation; the time
    /// to reach one is the "time to decide" in the insights.
    pub const fn is_decision(self) -> bool {
        !matches!(self, Status::Invited | Status::Closed)
    }

    /// Whether the person has said yes to the interview: its timing is
    /// time to get ready, not a deadline to decline by.
    pub const fn is_going(self) -> bool {
        matches!(self, Status::Proceeding)
    }

    /// Statuses where an upcoming interview still matters.
    pub const fn interview_pending(self) -> bool {
        matches!(
            self,
            Status::Invited | Status::Proceeding | Status::Rescheduled | Status::AwaitingAnswer
        )
    }

    /// The status a sent message moves an opportunity to: a question or a
    /// request leaves it waiting for their answer (with a chase planned),
    /// a no closes the matter warmly. `None` for messages that change
    /// nothing (a note, a follow-up, a chase).
    pub const fn after_sending(kind: MessageKind) -> Option<Status> {
        Some(match kind {
            MessageKind::AskFirst | MessageKind::Expedite => Status::AwaitingAnswer,
            MessageKind::Reschedule | MessageKind::LateCancellation => Status::Rescheduled,
            MessageKind::IntroCall | MessageKind::VideoInstead | MessageKind::OtherRole => {
                Status::AlternativeProposed
            }
            MessageKind::Decline
            | MessageKind::DeclineOffer
            | MessageKind::DeclineOutreach
            | MessageKind::DeclineConfirmation => Status::DeclinedKeepWarm,
            MessageKind::Withdrawal => Status::Withdrawn,
            MessageKind::MissedInterview
            | MessageKind::LinkedInNote
            | MessageKind::FollowUp
            | MessageKind::Chase => return None,
        })
    }
}

impl std::str::FromStr for Status {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownValue {
                what: "status",
                given: s.to_string(),
                allowed: Status::ALL
                    .iter()
                    .map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn status_names_parse_and_serialise_alike() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>(), Ok(*s));
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        assert!("declined".parse::<Status>().is_err());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod sending_tests {
    use super::*;
    use crate::domain::timing::{plan_for_status, FollowUpDelay};
    use chrono::NaiveDate;

    #[test]
    fn a_question_waits_for_the_answer_with_a_chase_and_a_no_plans_the_follow_up() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for kind in [MessageKind::AskFirst, MessageKind::Expedite] {
            let status = Status::after_sending(kind).unwrap();
            assert_eq!(status, Status::AwaitingAnswer);
            let plan = plan_for_status(status, today, FollowUpDelay::default(), None);
            assert_eq!(plan.len(), 1);
            assert_eq!(plan[0].kind, MessageKind::Chase);
            assert!(status.interview_pending());
        }
        let no = Status::after_sending(MessageKind::Decline).unwrap();
        let plan = plan_for_status(
            no,
            today,
            FollowUpDelay::default(),
            Some(crate::domain::DeclineReason::AcceptedOffer),
        );
        assert_eq!(plan.len(), 2);
        assert_eq!(Status::after_sending(MessageKind::FollowUp), None);
        assert_eq!(
            "awaiting_answer".parse::<Status>(),
            Ok(Status::AwaitingAnswer)
        );
    }
}
