//! The decline-by deadline, the classification of the notice left, and
//! what to do about it (next step, channel, kind of message).

use chrono::{DateTime, TimeDelta, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::notice::{duration_in_words, notice_left, Notice};
use super::rules::{notice_rule, NoticeRule};
use crate::domain::channel::{recommend_channel, ChannelAdvice, ChannelContext};
use crate::domain::{InterviewStage, MessageKind};

/// When the message should go out at the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclineDeadline {
    /// The decline-by deadline we recommend (48 h or 72 h before).
    pub recommended: DateTime<Utc>,
    /// The last moment that is still acceptable (24 h or 72 h before).
    pub minimum: DateTime<Utc>,
    /// The rule both come from.
    pub rule: NoticeRule,
}

impl DeclineDeadline {
    /// Time left until the recommended deadline (negative once passed):
    /// what a live countdown shows.
    pub fn time_left<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> TimeDelta {
        self.recommended.signed_duration_since(now)
    }

    /// The countdown in words: "1 day and 3 hours left", "passed 2 hours ago".
    pub fn countdown_words<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> String {
        let left = self.time_left(now);
        if left > TimeDelta::zero() {
            format!("{} left", duration_in_words(left))
        } else {
            format!("passed {} ago", duration_in_words(-left))
        }
    }
}

/// How the notice left compares with what the stage calls for. Ordered
/// from best to worst, so a later `now` never gives a smaller value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeClass {
    /// Before the recommended deadline with a day to spare.
    Ample,
    /// Still within the notice the seed accepts for this stage.
    Acceptable,
    /// Less notice than the stage calls for, but some hours remain.
    ShortNotice,
    /// Less than `LAST_MINUTE_HOURS` before the interview.
    LastMinute,
    /// The interview time has come or gone.
    Past,
}

impl NoticeClass {
    /// Every class, from best to worst.
    pub const ALL: &'static [NoticeClass] = &[
        NoticeClass::Ample,
        NoticeClass::Acceptable,
        NoticeClass::ShortNotice,
        NoticeClass::LastMinute,
        NoticeClass::Past,
    ];

    /// The stable machine name, as in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            NoticeClass::Ample => "ample",
            NoticeClass::Acceptable => "acceptable",
            NoticeClass::ShortNotice => "short_notice",
            NoticeClass::LastMinute => "last_minute",
            NoticeClass::Past => "past",
        }
    }

    /// A short label for people.
    pub const fn label(self) -> &'static str {
        match self {
            NoticeClass::Ample => "Ample notice",
            NoticeClass::Acceptable => "Acceptable notice",
            NoticeClass::ShortNotice => "Short notice",
            NoticeClass::LastMinute => "Last minute",
            NoticeClass::Past => "Interview time has passed",
        }
    }

    /// Whether this is a late cancellation: call first, then write.
    pub const fn is_late(self) -> bool {
        matches!(
            self,
            NoticeClass::ShortNotice | NoticeClass::LastMinute | NoticeClass::Past
        )
    }

    /// The message to compose for this much notice.
    pub const fn message_kind(self) -> MessageKind {
        if self.is_late() {
            MessageKind::LateCancellation
        } else {
            MessageKind::Decline
        }
    }
}

/// Everything the timing screen shows for one interview at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimingAdvice {
    /// The stage the rules were taken from.
    pub stage: InterviewStage,
    /// When the interview starts.
    pub interview: DateTime<Utc>,
    /// The notice left at `now`.
    pub notice: Notice,
    /// The decline-by deadlines.
    pub deadline: DeclineDeadline,
    /// The notice left, classified.
    pub class: NoticeClass,
    /// Why this class, in a sentence or two.
    pub explanation: String,
    /// What to do now.
    pub next_step: String,
    /// How to get in touch (a call first when late).
    pub channel: ChannelAdvice,
    /// Which message the composer should write.
    pub message_kind: MessageKind,
    /// It is outside office hours where the person is (before 08:00 or
    /// from 19:00 on `now`'s clock): a call now would go unanswered, so a
    /// late notice is written at once and the call made when offices open.
    #[serde(default)]
    pub out_of_hours: bool,
}

/// The hours, on the person's clock, in which a call to an office is
/// likely to be answered.
pub const OFFICE_HOURS: std::ops::Range<u32> = 8..19;

/// The decline-by deadlines for an interview at this stage.
pub fn decline_deadline<Tz: TimeZone>(
    interview: &DateTime<Tz>,
    stage: InterviewStage,
) -> DeclineDeadline {
    let rule = notice_rule(stage);
    let start = interview.with_timezone(&Utc);
    // Only an interview within days of chrono's earliest date could
    // underflow; clamping keeps the function total.
    let before = |notice: TimeDelta| {
        start
            .checked_sub_signed(notice)
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    };
    DeclineDeadline {
        recommended: before(rule.recommended()),
        minimum: before(rule.minimum()),
        rule,
    }
}

/// Classifies the notice left (negative once the interview has started).
pub fn classify_notice(notice: TimeDelta, stage: InterviewStage) -> NoticeClass {
    let rule = notice_rule(stage);
    if notice >= rule.ample_from() {
        NoticeClass::Ample
    } else if notice >= rule.minimum() {
        NoticeClass::Acceptable
    } else if notice >= rule.last_minute_below() {
        NoticeClass::ShortNotice
    } else if notice > TimeDelta::zero() {
        NoticeClass::LastMinute
    } else {
        NoticeClass::Past
    }
}

/// The full timing advice. `facts` carries what else is known about the
/// relationship (hiring manager, sensitive reason); its `stage` and `late`
/// fields are set here from the arguments.
pub fn assess_timing<A: TimeZone, B: TimeZone>(
    interview: &DateTime<A>,
    stage: InterviewStage,
    now: &DateTime<B>,
    facts: ChannelContext,
) -> TimingAdvice {
    let notice = notice_left(interview, now);
    let deadline = decline_deadline(interview, stage);
    let class = classify_notice(notice.duration(), stage);
    let channel = recommend_channel(ChannelContext {
        stage: Some(stage),
        late: class.is_late(),
        ..facts
    });
    let out_of_hours = !OFFICE_HOURS.contains(&now.hour());
    TimingAdvice {
        stage,
        interview: interview.with_timezone(&Utc),
        explanation: explanation(class, stage, &notice),
        next_step: next_step(class, &deadline.rule, out_of_hours),
        out_of_hours,
        message_kind: class.message_kind(),
        notice,
        deadline,
        class,
        channel,
    }
}

/// What the person is about to tell them, which decides what the time
/// left means: for a no, the notice the seed asks for (`TimingAdvice`'s
/// own deadline and steps); for a yes, time to get ready; for a proposal
/// (another time, a short call, video, another role, questions first),
/// how soon to ask.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// Saying no, or not yet decided: the decline-by deadline applies.
    #[default]
    No,
    /// Saying yes to the interview.
    Yes,
    /// Asking for something else first.
    Proposal,
}

/// The timing for a yes or a proposal: no deadline to decline by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyAdvice {
    /// A heading that changes only with the class of notice, so a screen
    /// reader is not interrupted as the minutes pass (the time left is
    /// shown beside it).
    pub label: String,
    /// What to do now.
    pub next_step: String,
}

impl TimingAdvice {
    /// What this timing means for a yes or a proposal; `None` for a no,
    /// whose advice is this `TimingAdvice` itself. A short notice is then
    /// a reason to reply at once, never to cancel or to apologise for
    /// notice nobody was owed.
    pub fn reply(&self, reply: Reply) -> Option<ReplyAdvice> {
        let (label, next_step) = match (reply, self.class) {
            (Reply::No, _) => return None,
            (_, NoticeClass::Past) => (
                NoticeClass::Past.label(),
                "Check the date in the invitation. If the interview has been missed, write to them today with a short, honest apology and ask whether another time is possible.",
            ),
            (Reply::Yes, NoticeClass::LastMinute) => (
                "Starting soon: confirm now",
                "Confirm straight away, by phone if they have not heard from you, and get ready to go.",
            ),
            (Reply::Yes, _) => (
                "Say yes today",
                "Reply today to say yes: a prompt answer shows you are keen and lets them hold the slot for you. Add the interview to your calendar below.",
            ),
            (Reply::Proposal, NoticeClass::LastMinute) => (
                "Starting soon: call now",
                "Call them straight away: it starts too soon for an email to be read in time. Then confirm what you agreed in writing.",
            ),
            (Reply::Proposal, NoticeClass::ShortNotice) => (
                "Ask today, by phone if you can",
                "With this little time left, call today if you can and follow up in writing, so they can answer before the day.",
            ),
            (Reply::Proposal, _) => (
                "Ask today",
                "Send it today: the sooner they have your question or request, the sooner they can answer and plan around it.",
            ),
        };
        Some(ReplyAdvice {
            label: label.to_string(),
            next_step: next_step.to_string(),
        })
    }
}

fn explanation(class: NoticeClass, stage: InterviewStage, notice: &Notice) -> String {
    let rule = notice_rule(stage);
    let name = stage.label().to_lowercase();
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let stage_name = format!("{article} {name}");
    let owed = if rule.minimum_hours == rule.recommended_hours {
        format!("{} hours", rule.recommended_hours)
    } else {
        format!("{} to {} hours", rule.minimum_hours, rule.recommended_hours)
    };
    let left = &notice.words;
    match class {
        NoticeClass::Ample => format!(
            "You have {left} left: comfortably more than the {owed} of notice {stage_name} calls for. The team has time to re-plan and offer the slot to someone else."
        ),
        NoticeClass::Acceptable => format!(
            "You have {left} left: you can still give the {owed} of notice {stage_name} calls for, but the margin is shrinking."
        ),
        NoticeClass::ShortNotice => format!(
            "You have only {left} left, less than the {owed} of notice {stage_name} calls for. The team may not be able to fill the slot, so a personal apology matters."
        ),
        NoticeClass::LastMinute => format!(
            "The interview starts in {left}. The interviewer may already be preparing or on the way, so they need to hear from you straight away."
        ),
        NoticeClass::Past => format!(
            "The interview time has passed ({left}). A prompt, honest apology still limits the damage to your reputation."
        ),
    }
}

fn next_step(class: NoticeClass, rule: &NoticeRule, out_of_hours: bool) -> String {
    match class {
        NoticeClass::ShortNotice | NoticeClass::LastMinute if out_of_hours => "It is outside office hours, so a call now would go unanswered: send a short written apology now so it is waiting for them, then call as soon as their office opens.".to_string(),
        NoticeClass::Ample => format!(
            "Take the time to be sure, then send your message before the decline-by deadline, {} hours before the interview.",
            rule.recommended_hours
        ),
        NoticeClass::Acceptable => "Send your message today: every hour of notice helps them re-plan.".to_string(),
        NoticeClass::ShortNotice => "Call them now to say you will not be coming, then send a short written apology so it is on record.".to_string(),
        NoticeClass::LastMinute => "Call right away, apologise sincerely with a brief honest reason, then confirm in writing.".to_string(),
        NoticeClass::Past => "Call or write as soon as you can with a sincere, brief apology and no excuses you would not stand behind.".to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
