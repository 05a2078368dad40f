//! The next step after the advice: which message to write, with which
//! reason, by which channel. The channel rule itself lives in
//! `crate::domain::channel`; here we only describe the situation to it.

use serde::Serialize;

use super::answers::{HiringManager, Notice};
use super::situation::Situation;
use super::verdict::Verdict;
use crate::domain::channel::{recommend_channel, ChannelAdvice, ChannelContext};
use crate::domain::{DeclineReason, InterviewStage, MessageKind};

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NextStep {
    /// What to do, in a sentence or two.
    pub action: &'static str,
    /// The message to write, if there is one to send now.
    pub message: Option<MessageKind>,
    /// The reason to give, when the message is a decline.
    pub decline_reason: Option<DeclineReason>,
    /// How to send it, when there is a message.
    pub channel: Option<ChannelAdvice>,
    /// Why that channel, in a sentence.
    pub channel_why: Option<&'static str>,
}

/// The next step for a situation that reached `verdict`.
pub fn next_step(situation: &Situation, verdict: Verdict) -> NextStep {
    let late = short_notice(situation);
    let message = verdict.message().map(|kind| {
        if late && kind == MessageKind::Decline {
            MessageKind::LateCancellation
        } else {
            kind
        }
    });
    let channel = message.map(|_| recommend_channel(channel_context(situation, verdict)));
    NextStep {
        action: verdict.action(),
        message,
        decline_reason: verdict.decline_reason(),
        channel,
        channel_why: channel.map(|c| c.explanation()),
    }
}

/// Describes the situation to the shared channel rule.
pub fn channel_context(situation: &Situation, verdict: Verdict) -> ChannelContext {
    ChannelContext {
        stage: situation.stage,
        spoke_with_hiring_manager: situation.hiring_manager == HiringManager::Yes,
        // Family commitments are the seed's example of a personal reason,
        // and "a phone call might be more appropriate for sensitive
        // situations".
        sensitive: verdict == Verdict::DeclineTravelBalance,
        late: short_notice(situation),
    }
}

/// Whether the notice left is shorter than the seed's "golden window":
/// 24-48 hours is fine for an initial screening, while later in-person
/// rounds deserve at least 72 hours. When the stage is unknown we assume
/// the longer window, so the advice errs towards care.
pub fn short_notice(situation: &Situation) -> bool {
    match situation.notice {
        Notice::UnderADay => true,
        Notice::OneToThreeDays => !situation.stage.is_some_and(InterviewStage::is_screening),
        Notice::ThreeDaysOrMore | Notice::Unknown => false,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::Channel;

    fn check(notice: Notice, stage: Option<InterviewStage>, expected_late: bool) {
        let s = Situation {
            notice,
            stage,
            ..Situation::default()
        };
        assert_eq!(short_notice(&s), expected_late, "{notice:?} {stage:?}");
    }

    #[test]
    fn short_notice_follows_the_golden_window() {
        for stage in [
            None,
            Some(InterviewStage::PhoneScreen),
            Some(InterviewStage::Final),
        ] {
            check(Notice::UnderADay, stage, true);
            check(Notice::ThreeDaysOrMore, stage, false);
            check(Notice::Unknown, stage, false);
        }
        check(
            Notice::OneToThreeDays,
            Some(InterviewStage::PhoneScreen),
            false,
        );
        check(Notice::OneToThreeDays, Some(InterviewStage::Video), false);
        check(Notice::OneToThreeDays, Some(InterviewStage::InPerson), true);
        check(Notice::OneToThreeDays, None, true);
    }

    #[test]
    fn a_late_decline_becomes_a_late_cancellation_by_phone() {
        let s = Situation {
            notice: Notice::UnderADay,
            ..Situation::default()
        };
        let step = next_step(&s, Verdict::DeclinePay);
        assert_eq!(step.message, Some(MessageKind::LateCancellation));
        assert_eq!(step.decline_reason, Some(DeclineReason::Pay));
        assert_eq!(step.channel.map(|c| c.channel), Some(Channel::Phone));
        let step = next_step(&s, Verdict::Reschedule);
        assert_eq!(step.message, Some(MessageKind::Reschedule));
        assert_eq!(next_step(&s, Verdict::Proceed).channel, None);
    }
}
