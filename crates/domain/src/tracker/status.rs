//! Where the relationship with one opportunity stands.

use serde::{Deserialize, Serialize};

use crate::domain::vocab::UnknownValue;

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
        }
    }

    /// Statuses that record the user's answer to the invitation; the time
    /// to reach one is the "time to decide" in the insights.
    pub const fn is_decision(self) -> bool {
        !matches!(self, Status::Invited | Status::Closed)
    }

    /// Statuses where an upcoming interview still matters.
    pub const fn interview_pending(self) -> bool {
        matches!(
            self,
            Status::Invited | Status::Proceeding | Status::Rescheduled
        )
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
