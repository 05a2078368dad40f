//! The closed vocabularies every part of the advice shares: interview
//! stages, channels, message kinds and decline reasons.
//!
//! They live together here because the decision engine, the composer, the
//! timing rules and the tracker all speak them; each is a plain enum with a
//! stable snake_case name used in JSON, URLs and stored data.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Defines a closed enum with its stable snake_case names, `ALL`, a
/// human label, `Display` (the stable name) and `FromStr` with an error
/// that lists the allowed values.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant, )+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable machine name (as in JSON and URLs).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// A short label for people.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| UnknownValue {
                        what: $what,
                        given: s.to_string(),
                        allowed: $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "),
                    })
            }
        }
    };
}

/// A value that is not one of a vocabulary's names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} \"{given}\": use one of {allowed}")]
pub struct UnknownValue {
    /// Which vocabulary was asked for ("stage", "channel", ...).
    pub what: &'static str,
    /// The text that did not match.
    pub given: String,
    /// The allowed names, comma-separated.
    pub allowed: String,
}

vocabulary! {
    /// How far along the hiring process the interview is. The seed ties the
    /// notice owed and the channel to this: screenings are lighter, later
    /// and in-person rounds take more preparation from the hiring team.
    InterviewStage, "stage" {
        PhoneScreen = "phone_screen", "Phone screen";
        Video = "video", "Video interview";
        InPerson = "in_person", "In-person interview";
        Final = "final", "Final or panel round";
    }
}

impl InterviewStage {
    /// Screenings (phone or video) are the early, lighter rounds.
    pub const fn is_screening(self) -> bool {
        matches!(self, InterviewStage::PhoneScreen | InterviewStage::Video)
    }
}

vocabulary! {
    /// How a message reaches the employer.
    Channel, "channel" {
        Email = "email", "Email";
        Phone = "phone", "Phone call";
        LinkedIn = "linkedin", "LinkedIn message";
    }
}

vocabulary! {
    /// Every kind of message the composer can write.
    MessageKind, "kind" {
        Decline = "decline", "Decline the interview";
        Reschedule = "reschedule", "Ask to reschedule";
        IntroCall = "intro_call", "Suggest a short intro call first";
        VideoInstead = "video_instead", "Suggest a video call instead of travel";
        OtherRole = "other_role", "Ask about another role";
        LateCancellation = "late_cancellation", "Cancel at short notice";
        Withdrawal = "withdrawal", "Withdraw after interviewing";
        LinkedInNote = "linkedin_note", "LinkedIn connection note";
        FollowUp = "follow_up", "Follow up later";
        AskFirst = "ask_first", "Ask a few questions first";
        Expedite = "expedite", "Ask whether they can move faster";
        MissedInterview = "missed_interview", "Apologise for a missed interview";
        DeclineOffer = "decline_offer", "Decline a job offer";
        DeclineOutreach = "decline_outreach", "Decline a recruiter's approach";
        Chase = "chase", "Nudge after proposing a time";
        DeclineConfirmation = "decline_confirmation", "Confirm a phone decline in writing";
    }
}

impl MessageKind {
    /// Kinds that say no to the role, where enthusiasm would mislead and
    /// an offer of another time is never meant. (A late cancellation is
    /// not one: it asks for a new time because the person still wants the
    /// job.)
    pub const fn is_decline(self) -> bool {
        matches!(
            self,
            MessageKind::Decline
                | MessageKind::Withdrawal
                | MessageKind::DeclineOffer
                | MessageKind::DeclineOutreach
                | MessageKind::DeclineConfirmation
        )
    }
}

vocabulary! {
    /// Why someone declines; each has its own short, non-oversharing wording.
    DeclineReason, "reason" {
        AcceptedOffer = "accepted_offer", "Accepted another offer";
        Pay = "pay", "Pay does not meet my needs";
        RoleFit = "role_fit", "Role or career direction";
        Culture = "culture", "Culture or values";
        Location = "location", "Location or relocation";
        TravelBalance = "travel_balance", "Travel or work-life balance";
        Timing = "timing", "Timing or personal circumstances";
        LongProcess = "long_process", "Process too long for my timeline";
        NoReason = "no_reason", "Prefer not to say";
        Level = "level", "The level is not the one I want";
        Hours = "hours", "The hours do not fit my life";
        Commute = "commute", "The commute or office days";
        StayingCurrent = "staying_current", "Staying in my current role";
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips_through_from_str_and_serde() {
        for s in InterviewStage::ALL {
            assert_eq!(s.as_str().parse::<InterviewStage>(), Ok(*s));
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        for k in MessageKind::ALL {
            assert_eq!(k.as_str().parse::<MessageKind>(), Ok(*k));
        }
        for r in DeclineReason::ALL {
            assert_eq!(r.as_str().parse::<DeclineReason>(), Ok(*r));
        }
        for c in Channel::ALL {
            assert_eq!(c.as_str().parse::<Channel>(), Ok(*c));
        }
    }

    #[test]
    fn unknown_value_names_the_vocabulary_and_the_choices() {
        let err = "lunch".parse::<InterviewStage>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown stage \"lunch\": use one of phone_screen, video, in_person, final"
        );
    }
}
