//! One real reason per sentence, and what follows from it.
//!
//! The seed: a mismatch on pay, culture, the role itself, location,
//! travel and balance are the honest grounds for saying no; say one
//! "without oversharing" and about fit, not faults ("Focus on the
//! positive"). Its success stories set the doors: the candidate who
//! declined a junior role "expressing interest in more senior
//! responsibilities" was called back for a leadership post, and the one
//! who declined over location was referred to a role nearer home. So each
//! reason carries the door it honestly opens, and the phone answers a
//! recruiter's likely questions the way that reason would: a pay reason
//! may welcome a better offer, an accepted offer does not.

use super::{Answer, Pair};
use crate::domain::DeclineReason;

/// Everything a reason changes in a message.
pub(in super::super) struct ReasonText {
    /// The reason, said once (empty for "prefer not to say").
    pub sentence: Pair,
    /// Said instead of `sentence` when every field it names is given
    /// (empty: always `sentence`).
    pub sentence_if: Pair,
    /// The standard letter's line about the future.
    pub door: Pair,
    /// Said instead of `door` when every field it names is given.
    pub door_if: Pair,
    /// The follow-up's line about the future, weeks later.
    pub follow_up: Pair,
    /// Likely questions on the call; brief scripts keep the first.
    pub answers: &'static [Answer],
}

/// The usual follow-up line: the skill names the kind of role, so the
/// note is easy to act on.
const SKILL_FOLLOW_UP: Pair = [
    "If a role that draws on my experience in {relevant_skill} comes up, I'd welcome hearing about it.",
    "Should a role that draws on my experience in {relevant_skill} become available, I would welcome hearing about it.",
];

/// No alternative text.
const NONE: Pair = ["", ""];

/// Said where the person has no particular door to open.
const STAY_IN_TOUCH: Pair = [
    "I'd be glad to stay in touch.",
    "I would be glad to stay in touch.",
];

/// Asked on nearly every call; the answer that fits most reasons.
const KEEP_ON_FILE: Answer = (
    "Can we keep your details on file?",
    "Yes, please; I'm always happy to hear about roles that fit.",
);

/// What the reason changes.
pub(in super::super) const fn reason_text(reason: DeclineReason) -> &'static ReasonText {
    match reason {
        DeclineReason::AcceptedOffer => &ACCEPTED_OFFER,
        DeclineReason::Pay => &PAY,
        DeclineReason::RoleFit => &ROLE_FIT,
        DeclineReason::Level => &LEVEL,
        DeclineReason::Culture => &CULTURE,
        DeclineReason::Location => &LOCATION,
        DeclineReason::Commute => &COMMUTE,
        DeclineReason::TravelBalance => &TRAVEL,
        DeclineReason::Hours => &HOURS,
        DeclineReason::Timing => &TIMING,
        DeclineReason::LongProcess => &LONG_PROCESS,
        DeclineReason::StayingCurrent => &STAYING_CURRENT,
        DeclineReason::NoReason => &NO_REASON,
    }
}

const ACCEPTED_OFFER: ReasonText = ReasonText {
    sentence: [
        "I've accepted an offer elsewhere, for a role that matches where I want to go next.",
        "I have accepted an offer elsewhere, for a role that matches the direction I want to take.",
    ],
    door: STAY_IN_TOUCH,
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "I've settled into my new role, and I'd be glad to keep in touch.",
        "I have settled into my new role, and I would be glad to keep in touch.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind of you, but I've accepted the other offer and I'm committed to it.",
        ),
        (
            "Can we keep your details on file?",
            "Of course. I'm settled for now, but I'd be glad to stay in touch.",
        ),
        (
            "Where are you going, if you don't mind me asking?",
            "I'd rather not say until I've started, if that's all right.",
        ),
    ],
};

const PAY: ReasonText = ReasonText {
    sentence: [
        "The pay for the role is below what I need at this point.",
        "The salary for the role is below what I need at this stage of my career.",
    ],
    door: [
        "If the budget for the role changes, I'd be glad to talk again.",
        "Should the budget for the role change, I would be glad to talk again.",
    ],
    sentence_if: NONE,
    // The seed's tip: if a higher figure would change the answer, say it.
    door_if: [
        "If the role could reach {pay_figure}, I'd gladly talk again.",
        "If the role could reach {pay_figure}, I would gladly talk again.",
    ],
    follow_up: [
        "If a role with a higher budget comes up, I'd welcome hearing about it.",
        "Should a role with a higher budget become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "If there's room to move on the pay, I'd gladly talk it through.",
        ),
        // "||" divides the answer naming the figure from the one said
        // when it is blank; neither asks what the budget allows (an
        // offer has already said).
        (
            "What are you looking for?",
            "If the role could reach {pay_figure}, I'd gladly talk again.||Pay nearer the top of the market for this kind of role; if the budget moves, I'd be glad to hear.",
        ),
        KEEP_ON_FILE,
    ],
};

/// The wrong kind of work (the seed's data analyst offered project
/// management), kept apart from the wrong level.
const ROLE_FIT: ReasonText = ReasonText {
    sentence: [
        "I want my next role to focus on a different kind of work.",
        "I would like my next role to focus on a different kind of work.",
    ],
    door: [
        "If a role closer to what I'm looking for comes up, I'd welcome hearing about it.",
        "Should a role closer to what I am looking for become available, I would welcome hearing about it.",
    ],
    // The skill says which work, so the reason is worth reading.
    sentence_if: [
        "I want my next role to centre on {relevant_skill}.",
        "I would like my next role to centre on {relevant_skill}.",
    ],
    door_if: NONE,
    follow_up: SKILL_FOLLOW_UP,
    answers: &[
        (
            "Is there anything we could change?",
            "Not for this role, I'm afraid; it's the work itself that points away from where I'm heading.",
        ),
        (
            "What kind of work are you after?",
            "Work built around the skills I enjoy using most; I'm happy to say more if it helps.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, for roles closer to that.",
        ),
    ],
};

/// The seed's winning signal: "interest in more senior responsibilities".
const LEVEL: ReasonText = ReasonText {
    sentence: [
        "I'm looking for a role with more senior responsibility than this one.",
        "I am looking for a role with more senior responsibility than this one offers.",
    ],
    door: [
        "If a more senior role opens up, I'd welcome hearing about it.",
        "Should a more senior role become available, I would welcome hearing about it.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "If a more senior role opens up, I'd welcome hearing about it.",
        "Should a more senior role become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "If a more senior role comes up, I'd be very glad to talk about it.",
        ),
        (
            "What level are you aiming for?",
            "The next step up, with more ownership of decisions and of the team's direction.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, especially for more senior roles.",
        ),
    ],
};

/// In neutral words: a question of fit, never of the team's faults.
const CULTURE: ReasonText = ReasonText {
    sentence: [
        "I've come to think the team's way of working isn't the best match for how I work.",
        "On reflection, the team's way of working is not the best match for how I work.",
    ],
    door: STAY_IN_TOUCH,
    sentence_if: NONE,
    door_if: NONE,
    follow_up: SKILL_FOLLOW_UP,
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind of you, but it's a question of the setting that suits me best.",
        ),
        (
            "What kind of team would suit you?",
            "It's about fit rather than anything specific, so I'd rather leave it there.",
        ),
        KEEP_ON_FILE,
    ],
};

/// A move the person cannot make (not a commute: see `COMMUTE`).
const LOCATION: ReasonText = ReasonText {
    sentence: [
        "Taking the role would mean relocating, which I can't do at the moment.",
        "The role would require me to relocate, which I am not able to do at present.",
    ],
    door: [
        "If a remote version of the role ever comes up, I'd welcome hearing about it.",
        "Should a remote version of the role become available, I would welcome hearing about it.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "If a remote role, or one nearer to where I live, comes up, I'd welcome hearing about it.",
        "Should a remote role, or one nearer to where I live, become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "If the role could be done remotely, I'd be glad to talk again.",
        ),
        (
            "Would a relocation package help?",
            "That's kind, but it's the move itself I can't make right now, not the cost.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, for remote roles or ones nearer home.",
        ),
    ],
};

/// The daily journey and the office days, with no move involved.
const COMMUTE: ReasonText = ReasonText {
    sentence: [
        "The commute and the number of office days wouldn't work for me.",
        "The commute and the number of office days would not be workable for me.",
    ],
    door: [
        "If the role could be mostly remote, I'd be glad to talk again.",
        "Should the role allow mostly remote work, I would be glad to talk again.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "If a role with more home working comes up, I'd welcome hearing about it.",
        "Should a role with more home working become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "Fewer office days would change things, so if that's possible, I'd be glad to talk.",
        ),
        (
            "Would hybrid work?",
            "It depends on the number of days in the office; tell me what's possible and I'll give you a straight answer.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, especially for roles with more home working.",
        ),
    ],
};

/// Time away from home, kept apart from the hours themselves.
const TRAVEL: ReasonText = ReasonText {
    sentence: [
        "The amount of travel the role involves doesn't fit with my life outside work.",
        "The travel the role involves is not compatible with my commitments outside work.",
    ],
    door: [
        "If a role with less travel comes up, I'd welcome hearing about it.",
        "Should a role with less travel become available, I would welcome hearing about it.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "If a role with less travel comes up, I'd welcome hearing about it.",
        "Should a role with less travel become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "If the travel could be much lighter, I'd be glad to talk again.",
        ),
        (
            "How much travel would work for you?",
            "Occasional trips are fine; it's regular time away that I can't manage.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, for roles with less travel.",
        ),
    ],
};

const HOURS: ReasonText = ReasonText {
    sentence: [
        "The hours the role needs don't fit with my life outside work.",
        "The working hours are not compatible with my commitments outside work.",
    ],
    door: [
        "If a role with more regular hours comes up, I'd welcome hearing about it.",
        "Should a role with more regular hours become available, I would welcome hearing about it.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "If a role with more regular hours comes up, I'd welcome hearing about it.",
        "Should a role with more regular hours become available, I would welcome hearing about it.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "If the hours could be more flexible, I'd be glad to talk again.",
        ),
        (
            "What hours would work for you?",
            "Steady daytime hours are what I can commit to.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please, for roles with more regular hours.",
        ),
    ],
};

const TIMING: ReasonText = ReasonText {
    sentence: [
        "It isn't the right time for me to change jobs.",
        "This is not the right moment for me to change roles.",
    ],
    door: [
        "I'd welcome hearing from you in a few months.",
        "I would welcome hearing from you in a few months.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: SKILL_FOLLOW_UP,
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind, but it's my own timing rather than anything about the role.",
        ),
        (
            "When would be a better time?",
            "I can't say yet, but I'd welcome hearing from you in a few months.",
        ),
        KEEP_ON_FILE,
    ],
};

const LONG_PROCESS: ReasonText = ReasonText {
    sentence: [
        "The hiring process is longer than my own timeline allows.",
        "The length of the hiring process does not fit my own timeline.",
    ],
    door: [
        "I'd welcome hearing about future roles.",
        "I would welcome hearing about future roles.",
    ],
    sentence_if: NONE,
    door_if: NONE,
    follow_up: SKILL_FOLLOW_UP,
    answers: &[
        (
            "Is there anything we could change?",
            "If the process could be much shorter, I'd be glad to talk again.",
        ),
        (
            "How quickly do you need to move?",
            "I need to decide within the next few weeks.",
        ),
        KEEP_ON_FILE,
    ],
};

/// Staying put, a counter-offer included; the details stay private.
const STAYING_CURRENT: ReasonText = ReasonText {
    sentence: [
        "I'm staying in my current role.",
        "I will be remaining with my current employer.",
    ],
    door: STAY_IN_TOUCH,
    sentence_if: NONE,
    door_if: NONE,
    follow_up: [
        "I'm still in the same role, and I'd be glad to keep in touch.",
        "I remain in the same role, and I would be glad to keep in touch.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind of you, but my mind is made up: I'm staying where I am.",
        ),
        (
            "Did they make you a counter-offer?",
            "I'd rather keep the details between me and my employer, if that's all right.",
        ),
        (
            "Can we keep your details on file?",
            "Of course; I'd be glad to stay in touch.",
        ),
    ],
};

/// "Prefer not to say": no reason sentence, and a short answer if asked.
const NO_REASON: ReasonText = ReasonText {
    sentence: ["", ""],
    door: STAY_IN_TOUCH,
    sentence_if: NONE,
    door_if: NONE,
    follow_up: SKILL_FOLLOW_UP,
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind of you, but my mind is made up.",
        ),
        (
            "May I ask why?",
            "I'd rather keep it short, but it's about my own plans, not anything you've done.",
        ),
        KEEP_ON_FILE,
    ],
};
