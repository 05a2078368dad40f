//! The leaves of the tree: what the engine can advise.

use crate::domain::{DeclineReason, MessageKind};

id_enum! {
    /// The broad kind of advice, one per family of leaves.
    Outcome {
        /// Go to the interview.
        Proceed = "proceed",
        /// Find out more before deciding.
        Research = "research",
        /// Propose another time.
        Reschedule = "reschedule",
        /// Propose a short introductory call before a full interview.
        IntroCall = "intro_call",
        /// Propose a video call instead of travelling.
        VideoInstead = "video_instead",
        /// Ask about another role at the company.
        OtherRole = "other_role",
        /// Decline politely.
        Decline = "decline",
    }
}

id_enum! {
    /// One leaf of the tree: an outcome, and for a decline, its reason.
    Verdict {
        Proceed = "proceed",
        Research = "research",
        Reschedule = "reschedule",
        IntroCall = "intro_call",
        VideoInstead = "video_instead",
        OtherRole = "other_role",
        DeclineAcceptedOffer = "decline_accepted_offer",
        DeclineLongProcess = "decline_long_process",
        DeclineRoleFit = "decline_role_fit",
        DeclinePay = "decline_pay",
        DeclineCulture = "decline_culture",
        DeclineTravelBalance = "decline_travel_balance",
        DeclineLocation = "decline_location",
        DeclineNoReason = "decline_no_reason",
    }
}

impl Outcome {
    /// A short label for a diagram or a heading.
    pub const fn label(self) -> &'static str {
        match self {
            Outcome::Proceed => "Go to the interview",
            Outcome::Research => "Research first",
            Outcome::Reschedule => "Ask to reschedule",
            Outcome::IntroCall => "Suggest a short intro call",
            Outcome::VideoInstead => "Suggest video instead of travel",
            Outcome::OtherRole => "Ask about another role",
            Outcome::Decline => "Decline politely",
        }
    }
}

impl Verdict {
    /// The broad kind of advice.
    pub const fn outcome(self) -> Outcome {
        match self {
            Verdict::Proceed => Outcome::Proceed,
            Verdict::Research => Outcome::Research,
            Verdict::Reschedule => Outcome::Reschedule,
            Verdict::IntroCall => Outcome::IntroCall,
            Verdict::VideoInstead => Outcome::VideoInstead,
            Verdict::OtherRole => Outcome::OtherRole,
            _ => Outcome::Decline,
        }
    }

    /// The reason to give when this leaf is a decline.
    pub const fn decline_reason(self) -> Option<DeclineReason> {
        match self {
            Verdict::DeclineAcceptedOffer => Some(DeclineReason::AcceptedOffer),
            Verdict::DeclineLongProcess => Some(DeclineReason::LongProcess),
            Verdict::DeclineRoleFit => Some(DeclineReason::RoleFit),
            Verdict::DeclinePay => Some(DeclineReason::Pay),
            Verdict::DeclineCulture => Some(DeclineReason::Culture),
            Verdict::DeclineTravelBalance => Some(DeclineReason::TravelBalance),
            Verdict::DeclineLocation => Some(DeclineReason::Location),
            Verdict::DeclineNoReason => Some(DeclineReason::NoReason),
            _ => None,
        }
    }

    /// The message to write when notice is not short; `None` when there is
    /// nothing to send yet. (A decline at short notice becomes a late
    /// cancellation: see `next_step`.)
    pub const fn message(self) -> Option<MessageKind> {
        match self.outcome() {
            Outcome::Proceed | Outcome::Research => None,
            Outcome::Reschedule => Some(MessageKind::Reschedule),
            Outcome::IntroCall => Some(MessageKind::IntroCall),
            Outcome::VideoInstead => Some(MessageKind::VideoInstead),
            Outcome::OtherRole => Some(MessageKind::OtherRole),
            Outcome::Decline => Some(MessageKind::Decline),
        }
    }

    /// The advice in one line.
    pub const fn headline(self) -> &'static str {
        match self {
            Verdict::Proceed => "Go to the interview.",
            Verdict::Research => "Find out a little more before you decide.",
            Verdict::Reschedule => "Ask to move the interview to a time that works.",
            Verdict::IntroCall => "Suggest a short introductory call before a full interview.",
            Verdict::VideoInstead => "Suggest a first conversation by video instead of the trip.",
            Verdict::OtherRole => "Ask about the other role that suits you better.",
            Verdict::DeclineAcceptedOffer => "Decline politely: you have accepted another offer.",
            Verdict::DeclineLongProcess => {
                "Decline politely: their process will not fit your timeline."
            }
            Verdict::DeclineRoleFit => "Decline politely: the role is not where you want to go.",
            Verdict::DeclinePay => "Decline politely: the pay does not meet your needs.",
            Verdict::DeclineCulture => "Decline politely: the culture is not a fit for you.",
            Verdict::DeclineTravelBalance => {
                "Decline politely: the travel and hours do not fit your life now."
            }
            Verdict::DeclineLocation => "Decline politely: the location does not work for you.",
            Verdict::DeclineNoReason => "Decline politely: this is not a job you want.",
        }
    }

    /// What to do next, in a sentence or two.
    pub const fn action(self) -> &'static str {
        match self.outcome() {
            Outcome::Proceed => "Say yes, then prepare: read up on the company and note the questions you want to ask them.",
            Outcome::Research => "Look up or ask about the open questions below, then come back and answer them.",
            Outcome::Reschedule => "Thank them for the invitation, say the time does not work, and offer two or three times that do.",
            Outcome::IntroCall => "Thank them and suggest a brief introductory call, so you both learn enough before committing to a full interview.",
            Outcome::VideoInstead => "Thank them and suggest a first conversation by video, so both sides can check the fit before anyone pays for travel.",
            Outcome::OtherRole => "Thank them, name the other opening, say briefly why your background fits it, and ask whether you could talk about that one.",
            Outcome::Decline => "Reply soon: thank them for their time, give a short reason without oversharing, and wish them well. Keep the door open by staying in touch.",
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn declines_and_only_declines_carry_a_reason_and_a_decline_message() {
        for v in Verdict::ALL {
            let is_decline = v.outcome() == Outcome::Decline;
            assert_eq!(v.decline_reason().is_some(), is_decline, "{v}");
            assert_eq!(v.message().is_some_and(MessageKind::is_decline), is_decline);
            assert!(v.headline().ends_with('.') && v.action().ends_with('.'));
        }
        for o in Outcome::ALL {
            assert!(Verdict::ALL.iter().any(|v| v.outcome() == *o), "{o}");
            assert!(!o.label().is_empty());
        }
    }
}
