//! Which channel to use for a message that says no (or "not like this").
//!
//! The seed's "Choosing the Right Communication Method": email is fine for
//! early screenings and when you are simply not interested; a phone call
//! shows more respect later in the process, once you have spoken with the
//! hiring manager, and in sensitive situations. A late cancellation is
//! always a call first, followed by a short written note so that there is a
//! record of the apology.

use serde::{Deserialize, Serialize};

use super::vocab::{Channel, InterviewStage};

/// What we know about the relationship when choosing how to get in touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelContext {
    /// How far along the process the interview is (`None`: not known yet).
    pub stage: Option<InterviewStage>,
    /// They have already spoken with the hiring manager directly.
    pub spoke_with_hiring_manager: bool,
    /// The reason is personal or delicate (health, family, an emergency).
    pub sensitive: bool,
    /// The notice left is short or last-minute (see `timing`).
    pub late: bool,
}

/// Why a channel was chosen; a closed set so the UI and tests can match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelRule {
    /// Short notice: call now so they can re-plan today, then write.
    LateNotice,
    /// A delicate reason is kinder said in person.
    Sensitive,
    /// A relationship with the hiring manager deserves a personal call.
    KnowsHiringManager,
    /// Later or in-person rounds took real preparation from the team.
    LaterStage,
    /// An early screening: a polite email is enough.
    EarlyScreening,
    /// Not a no but a question or a request (another time, a format,
    /// the open facts): best in writing, where they can answer with facts.
    WrittenRequest,
    /// The interview time has gone: call as soon as you can.
    MissedInterview,
}

/// The recommended channel and the reason for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelAdvice {
    /// The channel to use first.
    pub channel: Channel,
    /// Whether a short written note should follow the call.
    pub follow_up_in_writing: bool,
    /// Which rule decided.
    pub rule: ChannelRule,
}

impl ChannelAdvice {
    /// One sentence for people on why this channel.
    pub fn explanation(&self) -> &'static str {
        match self.rule {
            ChannelRule::LateNotice => "With this little notice, call so they hear it today and can re-plan.",
            ChannelRule::Sensitive => "A personal or delicate reason comes across with more care in a call than in an email.",
            ChannelRule::KnowsHiringManager => "You have already spoken with the hiring manager, so a personal call respects that relationship.",
            ChannelRule::LaterStage => "Later and in-person rounds take real preparation from the team; a call shows you value that effort.",
            ChannelRule::EarlyScreening => "At an early stage, such as a screening or a first video call, a polite and brief email is enough.",
            ChannelRule::WrittenRequest => "A question or a request reads best in writing, so they can reply with facts.",
            ChannelRule::MissedInterview => "You missed a time they had set aside: call as soon as you can, so they hear the apology from you.",
        }
    }

    /// The explanation, told at a time when offices are closed
    /// (`TimingAdvice::out_of_hours`): a late notice's call then waits for
    /// the morning, so "call today" would be the wrong advice.
    pub fn explanation_at(&self, out_of_hours: bool) -> &'static str {
        match self.rule {
            ChannelRule::LateNotice if out_of_hours => "With this little notice they should hear it from you on the phone, as early as their office opens.",
            _ => self.explanation(),
        }
    }

    /// A call as soon as possible, with the apology in writing after.
    pub const fn missed_interview() -> ChannelAdvice {
        ChannelAdvice {
            channel: Channel::Phone,
            follow_up_in_writing: true,
            rule: ChannelRule::MissedInterview,
        }
    }

    /// Email, for a question or a request rather than a no.
    pub const fn written_request() -> ChannelAdvice {
        ChannelAdvice {
            channel: Channel::Email,
            follow_up_in_writing: false,
            rule: ChannelRule::WrittenRequest,
        }
    }
}

/// Recommends email or a phone call for saying no, following the seed's
/// order of concerns: lateness first, then sensitivity, then the
/// relationship, then the stage.
pub fn recommend_channel(ctx: ChannelContext) -> ChannelAdvice {
    let (channel, rule) = if ctx.late {
        (Channel::Phone, ChannelRule::LateNotice)
    } else if ctx.sensitive {
        (Channel::Phone, ChannelRule::Sensitive)
    } else if ctx.spoke_with_hiring_manager {
        (Channel::Phone, ChannelRule::KnowsHiringManager)
    } else if ctx.stage.is_some_and(|s| !s.is_screening()) {
        (Channel::Phone, ChannelRule::LaterStage)
    } else {
        (Channel::Email, ChannelRule::EarlyScreening)
    };
    ChannelAdvice {
        channel,
        follow_up_in_writing: rule == ChannelRule::LateNotice,
        rule,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(ctx: ChannelContext, channel: Channel, rule: ChannelRule) {
        let advice = recommend_channel(ctx);
        assert_eq!((advice.channel, advice.rule), (channel, rule), "{ctx:?}");
        assert!(!advice.explanation().is_empty());
    }

    #[test]
    fn early_screening_is_an_email() {
        for stage in [
            None,
            Some(InterviewStage::PhoneScreen),
            Some(InterviewStage::Video),
        ] {
            check(
                ChannelContext {
                    stage,
                    ..Default::default()
                },
                Channel::Email,
                ChannelRule::EarlyScreening,
            );
        }
    }

    #[test]
    fn later_stages_are_a_call() {
        for stage in [InterviewStage::InPerson, InterviewStage::Final] {
            let ctx = ChannelContext {
                stage: Some(stage),
                ..Default::default()
            };
            check(ctx, Channel::Phone, ChannelRule::LaterStage);
        }
    }

    #[test]
    fn relationship_and_sensitivity_override_the_stage() {
        let base = ChannelContext {
            stage: Some(InterviewStage::PhoneScreen),
            ..Default::default()
        };
        check(
            ChannelContext {
                spoke_with_hiring_manager: true,
                ..base
            },
            Channel::Phone,
            ChannelRule::KnowsHiringManager,
        );
        check(
            ChannelContext {
                sensitive: true,
                spoke_with_hiring_manager: true,
                ..base
            },
            Channel::Phone,
            ChannelRule::Sensitive,
        );
    }

    #[test]
    fn late_notice_is_a_call_then_a_note_whatever_else_is_true() {
        for stage in InterviewStage::ALL {
            for sensitive in [false, true] {
                for spoke in [false, true] {
                    let ctx = ChannelContext {
                        stage: Some(*stage),
                        sensitive,
                        spoke_with_hiring_manager: spoke,
                        late: true,
                    };
                    let advice = recommend_channel(ctx);
                    assert_eq!(advice.channel, Channel::Phone);
                    assert!(advice.follow_up_in_writing);
                    assert_eq!(advice.rule, ChannelRule::LateNotice);
                }
            }
        }
    }

    #[test]
    fn only_late_notice_asks_for_a_written_follow_up() {
        let advice = recommend_channel(ChannelContext {
            sensitive: true,
            ..Default::default()
        });
        assert!(!advice.follow_up_in_writing);
    }
}
