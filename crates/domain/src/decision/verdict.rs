//! The leaves of the tree: what the engine can advise.

use crate::domain::timing::Reply;
use crate::domain::DeclineReason;

id_enum! {
    /// The broad kind of advice, one per family of leaves. These ids are
    /// stored with saved decisions: add, never rename.
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
        /// Ask the open questions before committing to a later round.
        AskFirst = "ask_first",
        /// Tell them about a pending offer and ask whether they can move faster.
        Expedite = "expedite",
        /// Withdraw from a process after interviewing.
        Withdraw = "withdraw",
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
        AskFirst = "ask_first",
        Expedite = "expedite",
        DeclineStaying = "decline_staying",
        DeclineLevel = "decline_level",
        DeclineHours = "decline_hours",
        DeclineCommute = "decline_commute",
        DeclineGrowth = "decline_growth",
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
            Outcome::AskFirst => "Ask before you commit",
            Outcome::Expedite => "Ask them to move faster",
            Outcome::Withdraw => "Withdraw politely",
        }
    }

    /// Whether the outcome says no to the role.
    pub const fn is_no(self) -> bool {
        matches!(self, Outcome::Decline | Outcome::Withdraw)
    }

    /// Whether the advice says yes to the interview (perhaps with
    /// questions, or asking them to move faster): its timing is a prompt
    /// reply and time to get ready, never a deadline to decline by.
    pub const fn accepts_the_interview(self) -> bool {
        matches!(
            self,
            Outcome::Proceed | Outcome::AskFirst | Outcome::Expedite
        )
    }

    /// What the person is about to send them, for the timing advice: a
    /// plain yes, a no, or (for everything else, a yes with questions
    /// included) a question or a request they should send today.
    pub const fn reply(self) -> Reply {
        match self {
            Outcome::Proceed => Reply::Yes,
            Outcome::Decline | Outcome::Withdraw => Reply::No,
            _ => Reply::Proposal,
        }
    }

    /// What to do next, in a sentence or two.
    pub const fn action(self) -> &'static str {
        match self {
            Outcome::Proceed => "Say yes today, and plan to ask the questions below early in the conversation.",
            Outcome::Research => "Spend ten minutes on the check under “Still worth finding out”, then come back and change your answer if it changed.",
            Outcome::Reschedule => "Reply today: thank them, say briefly that you have a commitment you can't move (no details needed), and offer two or three times that work.",
            Outcome::IntroCall => "Thank them and suggest a 20-minute call first, so you both learn enough before a full round.",
            Outcome::VideoInstead => "Thank them and ask whether this round could be held by video, so nobody pays for travel before the fit is clear.",
            Outcome::OtherRole => "Thank them, name the other opening, say in a line why your background fits it, and ask whether you could talk about that one instead.",
            Outcome::Decline => "Reply today: thank them, give your real reason in one sentence without private details, and wish them well. Offer nothing you do not mean.",
            Outcome::AskFirst => "Reply today: say you are glad to go ahead, and ask the questions below so you can plan.",
            Outcome::Expedite => "Reply today: accept the interview, say you expect an offer elsewhere soon, and ask when they expect to decide. Decide once they answer.",
            Outcome::Withdraw => "Tell them today, thank the people who met you, give your real reason in one sentence, and wish them well.",
        }
    }
}

impl Verdict {
    /// The broad kind of advice at this leaf (a decline becomes a
    /// withdrawal when the person has already interviewed: see
    /// `outcome_for`).
    pub const fn outcome(self) -> Outcome {
        match self {
            Verdict::Proceed => Outcome::Proceed,
            Verdict::Research => Outcome::Research,
            Verdict::Reschedule => Outcome::Reschedule,
            Verdict::IntroCall => Outcome::IntroCall,
            Verdict::VideoInstead => Outcome::VideoInstead,
            Verdict::OtherRole => Outcome::OtherRole,
            Verdict::AskFirst => Outcome::AskFirst,
            Verdict::Expedite => Outcome::Expedite,
            _ => Outcome::Decline,
        }
    }

    /// The reason to give when this leaf is a decline.
    pub const fn decline_reason(self) -> Option<DeclineReason> {
        match self {
            Verdict::DeclineAcceptedOffer => Some(DeclineReason::AcceptedOffer),
            Verdict::DeclineStaying => Some(DeclineReason::StayingCurrent),
            Verdict::DeclineLongProcess => Some(DeclineReason::LongProcess),
            Verdict::DeclineRoleFit => Some(DeclineReason::RoleFit),
            // Both say the same true thing: the person wants more scope
            // than this role gives (the seed's junior-role story, whose
            // "interest in more senior responsibilities" was remembered).
            Verdict::DeclineLevel | Verdict::DeclineGrowth => Some(DeclineReason::Level),
            Verdict::DeclinePay => Some(DeclineReason::Pay),
            Verdict::DeclineCulture => Some(DeclineReason::Culture),
            Verdict::DeclineTravelBalance => Some(DeclineReason::TravelBalance),
            Verdict::DeclineHours => Some(DeclineReason::Hours),
            Verdict::DeclineLocation => Some(DeclineReason::Location),
            Verdict::DeclineCommute => Some(DeclineReason::Commute),
            Verdict::DeclineNoReason => Some(DeclineReason::NoReason),
            _ => None,
        }
    }

    /// One more piece of advice for this leaf, where the general action
    /// leaves something out: a door a pay reason can leave open, what to
    /// keep out of the message.
    pub const fn tip(self) -> Option<&'static str> {
        Some(match self {
            Verdict::DeclinePay => "If a higher figure would change your answer, say the number; if not, offer nothing.",
            Verdict::DeclineLevel | Verdict::DeclineGrowth => "Say which level you are looking for and ask them to keep you in mind.",
            Verdict::DeclineLocation | Verdict::DeclineCommute => "Stay connected on LinkedIn: a role nearer home may come up there or through them.",
            Verdict::DeclineStaying => "Keep the counter-offer and any figures out of the message: that you are staying is enough.",
            Verdict::DeclineTravelBalance | Verdict::DeclineHours => "Keep family details out of the message: “my commitments outside work” is enough.",
            Verdict::DeclineCulture => "In the message, say it is not the right fit for how you work; no criticism of theirs.",
            Verdict::DeclineLongProcess => "If the other offer is not signed yet, you can wait until it is before you send this.",
            Verdict::Expedite => "Do not name the other company or its pay.",
            Verdict::OtherRole => "Say whether you would still like to keep this interview meanwhile.",
            Verdict::Proceed => "Practise “tell me about yourself” aloud twice, and note two examples of your work.",
            _ => return None,
        })
    }

    /// The advice in one line.
    pub const fn headline(self) -> &'static str {
        match self {
            Verdict::Proceed => "Go to the interview.",
            Verdict::Research => "Check one thing before you decide.",
            Verdict::Reschedule => "Ask to move the interview to a time you can make.",
            Verdict::IntroCall => "Suggest a short call before a full round.",
            Verdict::VideoInstead => {
                "Before you book the trip, ask whether this round could be held by video."
            }
            Verdict::OtherRole => "Ask about the other role that suits you better.",
            Verdict::AskFirst => "Ask the open questions before you commit to this round.",
            Verdict::Expedite => {
                "Tell them about your other offer and ask whether they can move faster."
            }
            Verdict::DeclineAcceptedOffer => "Say no politely: you have accepted another offer.",
            Verdict::DeclineStaying => "Say no politely: you are staying in your current job.",
            Verdict::DeclineLongProcess => "Say no politely: you will not wait for their process.",
            Verdict::DeclineRoleFit => "Say no politely: the work is not what you want to do.",
            Verdict::DeclineLevel => "Say no politely, and say which level you are looking for.",
            Verdict::DeclineGrowth => "Say no politely: the role would not let you grow.",
            Verdict::DeclinePay => "Say no politely: the pay does not meet your needs.",
            Verdict::DeclineCulture => "Say no politely: the way they work is not a fit for you.",
            Verdict::DeclineTravelBalance => {
                "Say no politely: the travel does not fit your life now."
            }
            Verdict::DeclineHours => "Say no politely: the hours do not fit your life now.",
            Verdict::DeclineLocation => "Say no politely: the move is not one you can make.",
            Verdict::DeclineCommute => "Say no politely: the commute does not work for you.",
            Verdict::DeclineNoReason => "Say no politely: this is not a job you want.",
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
            assert!(v.headline().ends_with('.'));
        }
        for o in Outcome::ALL {
            // Withdraw is a decline after an interview, not a leaf.
            if *o != Outcome::Withdraw {
                assert!(Verdict::ALL.iter().any(|v| v.outcome() == *o), "{o}");
            }
            assert!(!o.label().is_empty() && o.action().ends_with('.'));
        }
    }
}
