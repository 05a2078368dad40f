//! "Ask about" items: the facts still unknown turned into questions the
//! person can put to the recruiter, riding along with whatever step comes
//! first (the seed: "gather more information before committing").
//!
//! A fact not known yet is never a dead end: before a screening it is
//! asked early in the conversation (a screening exists for that); before
//! a later round it is asked first, by email; and a message proposing a
//! new time or a video call can carry the same questions.

use serde::Serialize;

use super::answers::{Balance, Culture, Growth, InterviewTravel, Location, Pay, RoleFit, Timeline};
use super::questions::QuestionId;
use super::situation::Situation;
use super::verdict::Outcome;
use crate::domain::messages::AskTopic;

/// One question to ask the employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AskItem {
    /// Which topic (the composer words it in the message).
    pub question: AskTopic,
    /// The question in words, for the person.
    pub text: &'static str,
}

/// How many questions the advice suggests at most.
pub const MOST_QUESTIONS: usize = 3;

/// Which questions matter most when there are more than three: a cost the
/// person would carry, then the facts that decide whether the job can work
/// at all, then what the conversation will show anyway.
const PRIORITY: &[AskTopic] = &[
    AskTopic::TravelCosts,
    AskTopic::Pay,
    AskTopic::RemoteHybrid,
    AskTopic::Timeline,
    AskTopic::Hours,
    AskTopic::Travel,
    AskTopic::Location,
    AskTopic::Team,
    AskTopic::Growth,
];

/// The question for each topic, as the advice shows it to the person.
pub const fn ask_text(topic: AskTopic) -> &'static str {
    match topic {
        AskTopic::Pay => "What is the pay range for the role?",
        AskTopic::RemoteHybrid => {
            "Where is the team based, and is the role remote, hybrid or in the office?"
        }
        AskTopic::Location => "Where would the job be based?",
        AskTopic::Hours => "What hours does the role usually involve?",
        AskTopic::Travel => "How much travel does the role involve?",
        AskTopic::Timeline => "How many rounds are there, and when do you expect to decide?",
        AskTopic::Growth => "Where do people in this role usually go next?",
        AskTopic::Team => {
            "What does a typical week in the role look like, and how does the team work together?"
        }
        AskTopic::TravelCosts => "Would you cover the cost of travelling to the interview?",
    }
}

/// The questions to ask for a situation whose advice is `outcome`, given
/// the questions its path read (`reads`): only a fact the advice weighed
/// and found unknown becomes a question. Empty for a no (nothing rides
/// along with a decline) and for research (the step is the person's own).
pub fn ask_items(situation: &Situation, outcome: Outcome, reads: &[QuestionId]) -> Vec<AskItem> {
    let mut topics: Vec<AskTopic> = Vec::with_capacity(6);
    match outcome {
        Outcome::Decline | Outcome::Withdraw | Outcome::Research => return Vec::new(),
        _ => {}
    }
    let read = |q: QuestionId| reads.contains(&q);
    if read(QuestionId::Pay) && situation.pay == Pay::Unknown {
        topics.push(AskTopic::Pay);
    }
    if read(QuestionId::Location) && situation.location == Location::Unknown {
        topics.push(AskTopic::RemoteHybrid);
    }
    if read(QuestionId::Balance) && situation.balance == Balance::Unknown {
        topics.push(AskTopic::Hours);
        topics.push(AskTopic::Travel);
    }
    // Racing another offer, or too slow for the person: the timeline is
    // the point of the message.
    let slow_or_unknown = read(QuestionId::Timeline)
        && matches!(situation.timeline, Timeline::Unknown | Timeline::TooSlow);
    if slow_or_unknown || matches!(outcome, Outcome::Expedite | Outcome::IntroCall) {
        topics.push(AskTopic::Timeline);
    }
    // The day-to-day work and how the team works are one question: what
    // the role is really like.
    let role_unknown = read(QuestionId::RoleFit) && situation.role_fit == RoleFit::Unknown;
    let culture_unknown = read(QuestionId::Culture) && situation.culture == Culture::Unknown;
    if role_unknown || culture_unknown {
        topics.push(AskTopic::Team);
    }
    if read(QuestionId::Growth) && situation.growth == Growth::Unknown {
        topics.push(AskTopic::Growth);
    }
    // Travel to a later round is a real cost; employers often cover it,
    // and asking is normal.
    let later_round = situation.stage.is_some_and(|s| !s.is_screening());
    if later_round
        && situation.interview_travel == InterviewTravel::Heavy
        && outcome == Outcome::VideoInstead
    {
        topics.push(AskTopic::TravelCosts);
    }
    // Three questions at most, the weightiest first: more than that is a
    // questionnaire, not a conversation. The rest stay under "still worth
    // finding out".
    topics.sort_by_key(|t| PRIORITY.iter().position(|p| p == t));
    topics.truncate(MOST_QUESTIONS);
    topics
        .into_iter()
        .map(|question| AskItem {
            question,
            text: ask_text(question),
        })
        .collect()
}
