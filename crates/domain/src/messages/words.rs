//! The checker's word lists and limits, as data in one place.
//!
//! Phrases are lower case, matched case-insensitively on word boundaries
//! (see `scan.rs`); words in a phrase are separated by one space, which
//! matches any run of spaces or hyphens in the text. A trailing `*` makes
//! the last word a prefix ("thank*" matches "thanks" and "thankful").
//! Curly apostrophes in the text are read as straight ones.

use super::scan::{phrases, Phrases};
use crate::domain::{Channel, MessageKind};

mod content;
mod names;
mod tone;

pub(super) use content::*;
pub(crate) use names::MONTHS;
pub(super) use names::*;
pub(super) use tone::*;

/// Signs of gratitude. The seed: "Expressing sincere gratitude is
/// paramount. Thank the interviewer for their time and the opportunity."
/// Whole words, not "thank*": "Thankfully I found something better" thanks
/// no one.
pub(super) const THANKS: Phrases = phrases![
    "thank",
    "thanks",
    "thanked",
    "thanking",
    "thankful",
    "thankyou",
    "appreciat*",
    "grateful",
    "gratitude",
];

/// Well-wishing or an open door. The seed asks to "wish the company
/// well" and to keep "the door open for future opportunities". For a late
/// cancellation the offer of a new time is the open door (`NEW_TIMES`); in
/// a decline it is an offer not meant, and no door.
pub(super) const DOOR_OPEN: Phrases = phrases![
    "wish you",
    "wishing you",
    "wish the team",
    "wish your team",
    "wish the company",
    "wish everyone",
    "continued success",
    "hope you find",
    "hope the team",
    "hope it goes well",
    "hope everything goes",
    "find the right person",
    "find the right candidate",
    "find a great candidate",
    "hear from you if",
    "hear from you about",
    "hear about future",
    "hearing about future",
    "hear about roles",
    "hearing about roles",
    "future openings",
    "keep me in mind",
    "bear me in mind",
    "glad to hear about",
    "happy to hear about",
    "hope you're well",
    "hope you are well",
    "connect",
    "future positions",
    "best wishes",
    "all the best",
    "best of luck",
    "good luck",
    "every success",
    "hope the search",
    "hope things",
    "hope all is well",
    "hope our paths",
    "paths cross",
    "cross paths",
    "stay in touch",
    "keep in touch",
    "staying in touch",
    "stay connected",
    "future roles",
    "future opportunit*",
    "in future",
    "in the future",
];

/// For a late cancellation the open door is a new time, and REVIEW.md
/// wants it "offered as times": any of `OFFERS` counts, and so do these
/// ("I could do Thursday or Friday instead").
pub(super) const NEW_TIMES: Phrases = phrases![
    "instead",
    "could do",
    "can do",
    "free on",
    "available on",
    "next week",
    "this week",
];

/// Kinds that must wish them well or leave the door open: the ones that
/// say no (every decline kind) and the ones whose whole point is the
/// relationship (a note, a follow-up).
pub(super) const fn needs_door_open(kind: MessageKind) -> bool {
    kind.is_decline() || matches!(kind, MessageKind::LinkedInNote | MessageKind::FollowUp)
}

/// An apology. The seed, on unavoidable late cancellations: "offer a
/// sincere apology".
pub(super) const APOLOGY: Phrases =
    phrases!["sorry", "apologi*", "apology", "apologiz*", "regret*"];

/// Kinds that owe an apology: cancelling late, and missing the interview.
pub(super) const fn needs_apology(kind: MessageKind) -> bool {
    matches!(
        kind,
        MessageKind::LateCancellation | MessageKind::MissedInterview
    )
}

/// Words that criticise the company, its people or its process. The seed:
/// "Focus on the positive"; a decline is not the place for a complaint,
/// and recruiters talk to each other.
pub(super) const NEGATIVE: Phrases = phrases![
    "rude",
    "unprofessional",
    "disorganised",
    "disorganized",
    "disrespect*",
    "toxic",
    "terrible",
    "awful",
    "horrible",
    "dreadful",
    "incompetent",
    "chaotic",
    "ridiculous",
    "absurd",
    "insulting",
    "insult",
    "lowball*",
    "waste of time",
    "wasted my time",
    "frustrat*",
    "annoy*",
    "worst",
    "unreasonable",
    "shady",
    "hostile",
    "pathetic",
    "sloppy",
    "arrogant",
    "clueless",
    "red flag*",
    "bait and switch",
    "underpaid",
    "stingy",
    "greedy",
    "exploitative",
    "a joke",
    "a mess",
    "messy",
    "hate",
    "hated",
];

/// Salary talk in words. The seed: briefly explain "without oversharing";
/// figures invite a negotiation the message is meant to end.
pub(super) const SALARY: Phrases = phrases![
    "salary of",
    "salary is",
    "salary was",
    "my salary",
    "current salary",
    "salary expectation*",
    "expected salary",
    "per annum",
    "compensation of",
    "pay of",
    "package of",
];

/// Currency signs that make a following number a money amount.
pub(super) const CURRENCY_SIGNS: &[char] = &['$', '£', '€', '¥', '₹', '₩', '₽', '₺', '₪', '₦'];

/// Currency names and codes that make an adjacent number a money amount.
pub(super) const CURRENCY_WORDS: &[&str] = &[
    "usd", "eur", "gbp", "cad", "aud", "chf", "inr", "jpy", "nzd", "sek", "nok", "dkk", "dollar*",
    "euro*", "pound*", "rupee*",
];

/// Words that start (another) explanation. Two in one message is a sign
/// of justifying rather than informing; the seed: "Keep your explanation
/// concise".
pub(super) const EXPLANATION: Phrases = phrases![
    "because",
    "due to",
    "the reason",
    "my reasons",
    "as a result",
    "on top of that",
    "not to mention",
    "to be honest",
];

/// Explanation starters allowed before the message reads as oversharing.
pub(super) const MAX_EXPLANATIONS: usize = 1;

/// A sentence longer than this is usually an explanation running on; our
/// longest built-in sentence is about 25 words.
pub(super) const MAX_SENTENCE_WORDS: usize = 40;

/// Excitement that reads as false in a message that says no. The seed:
/// "Avoid excessive enthusiasm ... not creating a false impression of
/// continued interest."
pub(super) const SUPERLATIVES: Phrases = phrases![
    "dream job",
    "dream role",
    "dream company",
    "amazing",
    "incredibl*",
    "so excited",
    "super excited",
    "really excited",
    "thrilled",
    "fantastic",
    "awesome",
    "wonderful",
    "phenomenal",
    "extraordinary",
    "ecstatic",
    "perfect opportunity",
    "perfect fit",
    "absolutely love",
    "love this",
    "best company",
    "best opportunity",
    "once in a lifetime",
];

/// Kinds that turn the role down for good: every decline kind but the
/// late cancellation, after which wanting the interview still is honest
/// and offering a new time is the point. Promises of interest and offers
/// to reschedule contradict these.
pub(super) const fn declines_the_role(kind: MessageKind) -> bool {
    kind.is_decline() && !matches!(kind, MessageKind::LateCancellation)
}

/// LinkedIn's limit for a connection request note, in characters; over
/// it the note cannot be sent at all.
pub(super) const LINKEDIN_NOTE_LIMIT: usize = 300;

/// The lower limit some LinkedIn accounts get for notes; over it is worth
/// knowing, not an error.
pub(super) const LINKEDIN_NOTE_SHORT_LIMIT: usize = 200;

/// The most words a message of this kind should have on this channel, if
/// words are the limit (a connection note is bounded by its characters).
///
/// The seed's "The Importance of Gratitude and Brevity": thank them,
/// explain briefly, and stop. Our standard templates run to 70-110 words
/// by email (up to 100 on LinkedIn, 175 for a call script), so the bands
/// leave room for a personal sentence or two while flagging a message
/// that has grown into a letter. A LinkedIn message is read on a phone,
/// so it is shorter; a call script is longer because it holds answers
/// that may never be said aloud.
pub(super) const fn max_words(kind: MessageKind, channel: Channel) -> Option<usize> {
    match (kind, channel) {
        (MessageKind::LinkedInNote, _) => None,
        (_, Channel::Email) => Some(170),
        (_, Channel::LinkedIn) => Some(130),
        (_, Channel::Phone) => Some(260),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The matcher relies on these: lower-case ASCII, single spaces, and a
    /// `*` only at the end of a word, after three letters or more (the
    /// index keys words by their first three).
    #[test]
    fn every_phrase_has_the_shape_the_matcher_expects() {
        let phrase_lists = [
            &THANKS,
            &DOOR_OPEN,
            &NEW_TIMES,
            &APOLOGY,
            &NEGATIVE,
            &SALARY,
            &EXPLANATION,
            &SUPERLATIVES,
            &INTEREST,
            &FUTURE_PROMISES,
            &OFFERS,
            &STOCK_PHRASES,
            &PASSIVE_AGGRESSIVE,
            &RECAPS,
            &FEEDBACK_DEMANDS,
            &APOLOGY_WORDS,
            &OVERSHARING,
            &BLAME,
            &BLAMED,
            &BLAME_WORDS,
            &VAGUE_EXCUSES,
            &DECISIONS,
            &NEGATED_DECISIONS,
            &NOTE_CONTEXT,
            &DAY_SLIPS,
        ];
        let word_lists = [
            CURRENCY_WORDS,
            NEGATORS,
            GUILT_WORDS,
            FEELING_WORDS,
            HATE_WORDS,
            SELF_AFTER,
            REFLEXIVE,
            DECLINED_OBJECTS,
            INTENSIFIERS,
            COMPANY_SUFFIXES,
            AT_COMPANY,
            OWN_EMPLOYER,
            OWN_POSSESSIVES,
            NAME_FILLERS,
            AT,
            THE,
            TEAM,
            DEPARTMENTS,
            WEEKDAYS,
            MONTHS,
            ABBREVIATIONS,
        ];
        let lists = phrase_lists.iter().map(|p| p.words).chain(word_lists);

        let bad: Vec<&str> = lists
            .flat_map(|list| list.iter().copied())
            .filter(|p| {
                let words_ok = p.split(' ').all(|w| {
                    let stem = w.strip_suffix('*').unwrap_or(w);
                    stem.len() >= if w.ends_with('*') { 3 } else { 1 }
                        && stem
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'')
                });
                !words_ok
            })
            .collect();
        assert_eq!(bad, Vec::<&str>::new());
    }
}
