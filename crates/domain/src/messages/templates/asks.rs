//! The questions behind each `ask` topic: a full question for a list
//! (`ask_first`) and a clause for one short question riding along with
//! another request.
//!
//! REVIEW.md: "a question asked as a question". The seed lists pay,
//! culture, the role, travel and balance as what decides whether an
//! interview is worth it; these are the facts that settle them.

use super::Pair;
use crate::domain::messages::AskTopic;

/// The topics `ask_first` asks when the request names none: the three
/// that most often decide whether an interview is worth it.
pub(in super::super) const DEFAULT_ASKS: &[AskTopic] =
    &[AskTopic::Pay, AskTopic::RemoteHybrid, AskTopic::Timeline];

/// A ride-along question stays short: the first topics only, in
/// `AskTopic::ALL` order; the rest belong in an `ask_first` message.
pub(in super::super) const RIDE_ALONG_MAX: usize = 3;

/// Before the clauses of a ride-along question (a "?" follows them).
pub(in super::super) const RIDE_ALONG_LEAD: Pair =
    ["Could you also let me know", "Could you also tell me"];

/// Asking for video instead, the travel-cost question is about the
/// fallback, so it says so.
pub(in super::super) const VIDEO_TRAVEL_COSTS: Pair = [
    "If it does need to be in person, do you cover travel costs?",
    "If it does need to be in person, do you cover travel costs?",
];

/// A list of questions stays readable on a phone screen: the first five
/// topics, in `AskTopic::ALL` order (pay and the working pattern first).
pub(in super::super) const LIST_MAX: usize = 5;

/// `ask_first` with a single topic: one question, no list.
pub(in super::super) const ASK_ONE_LEAD: Pair = [
    "Before we fix a time, could you let me know",
    "Before we arrange a time, could you tell me",
];

/// The topic as a question of its own, for a list. "It" is the role the
/// opening named: five questions each saying "the role" read as a form.
pub(in super::super) const fn ask_question(topic: AskTopic) -> &'static str {
    match topic {
        AskTopic::Pay => "What is the pay range?",
        AskTopic::RemoteHybrid => "Is it remote, hybrid or office-based?",
        AskTopic::Location => "Where is it based?",
        AskTopic::Hours => "What are the usual working hours?",
        AskTopic::Travel => "How much travel does it involve?",
        AskTopic::Timeline => "How long does the process usually take?",
        AskTopic::Growth => "Where could it lead in a year or two?",
        AskTopic::Team => "Who would I be working with day to day?",
        AskTopic::TravelCosts => "Would you cover the cost of travelling to the interview?",
    }
}

/// The topic as a clause after "could you tell me".
pub(in super::super) const fn ask_clause(topic: AskTopic) -> &'static str {
    match topic {
        AskTopic::Pay => "the pay range",
        AskTopic::RemoteHybrid => "whether the role is remote, hybrid or office-based",
        AskTopic::Location => "where the role is based",
        AskTopic::Hours => "the usual working hours",
        AskTopic::Travel => "how much travel the role involves",
        AskTopic::Timeline => "how long the process usually takes",
        AskTopic::Growth => "where the role could lead",
        AskTopic::Team => "who I would be working with",
        AskTopic::TravelCosts => "whether you cover the cost of travelling to the interview",
    }
}
