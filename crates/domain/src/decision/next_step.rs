//! The next step after the advice: which message to write, with which
//! reason, by which channel. The channel rule itself lives in
//! `crate::domain::channel`; here we only describe the situation to it.

use serde::Serialize;

use super::answers::{HiringManager, Interviewed, Notice, Schedule};
use super::ask::AskItem;
use super::situation::Situation;
use super::verdict::{Outcome, Verdict};
use crate::domain::channel::{recommend_channel, ChannelAdvice, ChannelContext};
use crate::domain::messages::AskTopic;
use crate::domain::{Channel, DeclineReason, InterviewStage, MessageKind};

/// What to do now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    /// What to do, in a sentence or two.
    pub action: &'static str,
    /// The message to write, if there is one to send now.
    pub message: Option<MessageKind>,
    /// A no sent inside the notice the stage deserves: the message keeps
    /// its real reason and apologises for the short notice.
    pub late: bool,
    /// The reason to give, when the message says no.
    pub decline_reason: Option<DeclineReason>,
    /// How to send it, when there is a message.
    pub channel: Option<ChannelAdvice>,
    /// Why that channel, in a sentence.
    pub channel_why: Option<&'static str>,
    /// A second message after a call: the short written note that puts
    /// the call on record.
    pub then: Option<MessageKind>,
    /// One more piece of advice for this case (what to keep out of the
    /// message, a door a pay reason may leave open).
    pub tip: Option<&'static str>,
    /// The questions to ask, by topic (the composer words them).
    pub ask: Vec<AskTopic>,
}

/// What to do with a no inside the notice the stage deserves. The seed:
/// contact them promptly, apologise sincerely, explain briefly; vague
/// excuses are red flags.
pub const LATE_NO: &str = "Call today: apologise once for the short notice, give your real reason in a sentence, and wish them well. Offer no other time: you are not coming.";

/// What to do when a clash or an emergency means missing a time that is
/// close: a call now, one line of truth, and a way forward.
pub const LATE_CHANGE: &str = "Call now (a voicemail is fine): say in one line what has happened, apologise once, and offer two times or say when you will be back in touch.";

/// What to do when going ahead and nothing is left to ask.
pub const READY: &str = "Say yes today, then spend twenty minutes preparing.";

/// Shown when the next step is a call: the written note that puts it on
/// record.
pub const THEN_NOTE: &str =
    "After the call, send a short email saying the same, so there is a record.";

/// What to do once the interview time has gone and the person is stepping
/// back: the apology comes first, then the real reason.
pub const MISSED_AND_NO: &str = "Call today: apologise once for missing the interview, say in a line what happened, and give your real reason for stepping back.";

/// What to do once the interview time has gone and the person still wants
/// the job: apologise, explain in a line, and ask (not assume) whether
/// they would still meet.
pub const MISSED_AND_STILL_KEEN: &str = "Call today: apologise once for missing the interview, say in a line what happened, and ask whether they would still be willing to meet.";

/// How the time left compares with the notice the stage deserves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeBand {
    /// Enough notice, or no date yet.
    Ample,
    /// Less than the seed's golden window for this stage.
    Short,
    /// The interview time has already gone.
    Past,
}

impl NoticeBand {
    /// The band for a situation (see `short_notice` for the window).
    pub fn of(situation: &Situation) -> NoticeBand {
        if situation.notice == Notice::Past {
            NoticeBand::Past
        } else if short_notice(situation) {
            NoticeBand::Short
        } else {
            NoticeBand::Ample
        }
    }
}

/// THE table from outcome and notice to the message it leads to, and
/// whether that message is a late one. Documented in docs/advise-json.md.
///
/// - A no stays a no at short notice: `decline` (or `withdrawal`) marked
///   late, so it apologises for the notice and keeps its real reason. The
///   seed: "briefly explain"; vague excuses "can be red flags".
/// - Only a clash or an emergency (a `reschedule`) at short notice is a
///   `late_cancellation`, which asks for a new time.
/// - Once the time has gone, whatever comes next starts with an apology
///   for the missed interview.
pub const fn message_for(outcome: Outcome, band: NoticeBand) -> (Option<MessageKind>, bool) {
    use MessageKind as K;
    if let NoticeBand::Past = band {
        return (Some(K::MissedInterview), false);
    }
    let short = matches!(band, NoticeBand::Short);
    match outcome {
        Outcome::Proceed | Outcome::Research => (None, false),
        Outcome::AskFirst => (Some(K::AskFirst), false),
        Outcome::Reschedule if short => (Some(K::LateCancellation), false),
        Outcome::Reschedule => (Some(K::Reschedule), false),
        Outcome::IntroCall => (Some(K::IntroCall), false),
        Outcome::VideoInstead => (Some(K::VideoInstead), false),
        Outcome::OtherRole => (Some(K::OtherRole), false),
        Outcome::Expedite => (Some(K::Expedite), false),
        Outcome::Decline => (Some(K::Decline), short),
        Outcome::Withdraw => (Some(K::Withdrawal), short),
    }
}

/// The outcome for a situation that reached `verdict`: a no after an
/// interview there is a withdrawal.
pub fn outcome_for(situation: &Situation, verdict: Verdict) -> Outcome {
    match verdict.outcome() {
        Outcome::Decline if situation.interviewed == Interviewed::Yes => Outcome::Withdraw,
        other => other,
    }
}

/// The next step for a situation that reached `verdict`.
pub fn next_step(situation: &Situation, verdict: Verdict, ask: &[AskItem]) -> NextStep {
    let outcome = outcome_for(situation, verdict);
    let band = NoticeBand::of(situation);
    let (message, late) = message_for(outcome, band);
    let channel = message.map(|kind| channel_for(situation, verdict, kind));
    // A call that says no, or that changes plans late, is put in writing
    // afterwards: a no as a short confirmation, anything else as the same
    // message by email.
    let then = match (message, channel) {
        (Some(kind), Some(c)) if c.channel == Channel::Phone && kind.is_decline() => {
            Some(MessageKind::DeclineConfirmation)
        }
        (Some(kind), Some(c)) if c.channel == Channel::Phone && c.follow_up_in_writing => {
            Some(kind)
        }
        _ => None,
    };
    let action = match (band, outcome) {
        (NoticeBand::Past, o) if o.is_no() => MISSED_AND_NO,
        (NoticeBand::Past, _) => MISSED_AND_STILL_KEEN,
        (NoticeBand::Short, o) if o.is_no() => LATE_NO,
        (NoticeBand::Short, Outcome::Reschedule) => LATE_CHANGE,
        (_, Outcome::Proceed) if ask.is_empty() => READY,
        (_, o) => o.action(),
    };
    NextStep {
        action,
        message,
        late,
        decline_reason: verdict.decline_reason(),
        channel,
        channel_why: channel.map(|c| c.explanation()),
        then,
        tip: verdict.tip().filter(|_| band != NoticeBand::Past),
        ask: message_topics(outcome, ask),
    }
}

/// The questions the message itself asks. The person's own list can be
/// longer (what a typical week looks like is for the conversation), but a
/// recruiter reading on a phone answers a few plain facts: all of them in
/// an ask-first email, and at most two riding along with another request.
fn message_topics(outcome: Outcome, ask: &[AskItem]) -> Vec<AskTopic> {
    let most = if outcome == Outcome::AskFirst { 8 } else { 2 };
    ask.iter()
        .map(|a| a.question)
        .filter(|t| !matches!(t, AskTopic::Growth | AskTopic::Team))
        .take(most)
        .collect()
}

/// A no, a late change or a missed interview follows the seed's channel
/// rule; a question or a request for another time or format reads best in
/// writing, where they can check calendars and answer with facts.
fn channel_for(situation: &Situation, verdict: Verdict, kind: MessageKind) -> ChannelAdvice {
    let says_no_or_late = kind.is_decline()
        || matches!(
            kind,
            MessageKind::LateCancellation | MessageKind::MissedInterview
        );
    if kind == MessageKind::MissedInterview {
        ChannelAdvice::missed_interview()
    } else if says_no_or_late {
        recommend_channel(channel_context(situation, verdict))
    } else {
        ChannelAdvice::written_request()
    }
}

/// Describes the situation to the shared channel rule.
pub fn channel_context(situation: &Situation, verdict: Verdict) -> ChannelContext {
    ChannelContext {
        stage: situation.stage,
        // After an interview there, the people who met you are owed the
        // same personal word as a hiring manager you have spoken with.
        spoke_with_hiring_manager: situation.hiring_manager == HiringManager::Yes
            || situation.interviewed == Interviewed::Yes,
        // Family commitments are the seed's example of a personal reason,
        // and "a phone call might be more appropriate for sensitive
        // situations"; so is an emergency.
        sensitive: match verdict {
            Verdict::DeclineTravelBalance | Verdict::DeclineHours => true,
            Verdict::Reschedule => situation.schedule == Schedule::Emergency,
            _ => false,
        },
        late: matches!(
            NoticeBand::of(situation),
            NoticeBand::Short | NoticeBand::Past
        ),
    }
}

/// Whether the notice left is shorter than the seed's "golden window":
/// 24-48 hours is fine for an initial screening, while later in-person
/// rounds deserve at least 72 hours. When the stage is unknown we assume
/// the longer window, so the advice errs towards care. A time already
/// gone is short notice too.
pub fn short_notice(situation: &Situation) -> bool {
    match situation.notice {
        Notice::UnderADay | Notice::Past => true,
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
    fn a_late_decline_stays_an_honest_decline_by_phone() {
        let s = Situation {
            notice: Notice::UnderADay,
            ..Situation::default()
        };
        let step = next_step(&s, Verdict::DeclinePay, &[]);
        assert_eq!(step.message, Some(MessageKind::Decline));
        assert!(step.late);
        assert_eq!(step.decline_reason, Some(DeclineReason::Pay));
        assert_eq!(step.channel.map(|c| c.channel), Some(Channel::Phone));
        assert_eq!(step.then, Some(MessageKind::DeclineConfirmation));
        assert_eq!(step.action, LATE_NO);
        let step = next_step(&s, Verdict::Reschedule, &[]);
        assert_eq!(step.message, Some(MessageKind::LateCancellation));
        assert!(!step.late);
        assert_eq!(next_step(&s, Verdict::Proceed, &[]).channel, None);
    }

    #[test]
    fn the_message_table_covers_every_outcome_and_band() {
        use NoticeBand::*;
        for o in Outcome::ALL {
            assert_eq!(
                message_for(*o, Past),
                (Some(MessageKind::MissedInterview), false)
            );
            let (ample, late_ample) = message_for(*o, Ample);
            let (short, late_short) = message_for(*o, Short);
            assert!(!late_ample, "{o}");
            assert_eq!(late_short, o.is_no(), "{o}");
            // A no is never turned into a cancellation offering a new time.
            if o.is_no() {
                assert_eq!(ample, short, "{o}");
                assert!(short.is_some_and(MessageKind::is_decline), "{o}");
            } else {
                assert!(!ample.is_some_and(MessageKind::is_decline), "{o}");
            }
        }
        assert_eq!(
            message_for(Outcome::Reschedule, Short).0,
            Some(MessageKind::LateCancellation)
        );
        assert_eq!(
            message_for(Outcome::Withdraw, Ample).0,
            Some(MessageKind::Withdrawal)
        );
    }
}
