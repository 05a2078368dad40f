//! Every sentence the composer can write, as data, in our own words.
//!
//! The shape follows the seed and REVIEW.md: the answer in the first two
//! lines, one real reason in one sentence ("briefly explain your reasoning
//! (without oversharing)"), thanks once, good wishes once, no offer the
//! person does not mean, no stock phrases of a rejection letter. Pairs are
//! `[warm, formal]`; warm uses contractions, formal does not.
//!
//! Tokens: `{key}` is a field (see `Field::key`); `{on:key}` is a time with
//! the preposition it needs ("on Thursday", "at 10:00", "tomorrow at
//! 2pm"); `{a:key}` puts "a" or "an" before the value. A piece naming an
//! optional field that is blank is left out whole; an empty piece is
//! skipped. Texts are in UK spelling; `grammar::UK_TO_US` turns them into
//! US spelling.
//!
//! Each field value appears once per message (the role, the company, the
//! time): a name said twice in four lines reads as generated. The letter
//! says them in `open`, the call in `about`; `core` never repeats them.
//!
//! - `declines.rs`: decline, withdrawal, the offer, the outreach, the
//!   written confirmation.
//! - `proposals.rs`: reschedule, intro call, video, other role, ask first,
//!   expedite, chase.
//! - `late.rs`: late cancellation and missed interview.
//! - `keep_in_touch.rs`: LinkedIn note and follow-up.
//! - `reasons.rs`: one sentence, one door and the phone answers per reason.
//! - `asks.rs`: the questions an `ask` topic puts.

mod asks;
mod declines;
mod keep_in_touch;
mod late;
mod proposals;
mod reasons;

pub(super) use asks::{
    ask_clause, ask_question, ASK_ONE_LEAD, DEFAULT_ASKS, LIST_MAX, RIDE_ALONG_LEAD,
    RIDE_ALONG_MAX, VIDEO_TRAVEL_COSTS,
};
pub(super) use reasons::{reason_text, ReasonText};

use crate::domain::MessageKind;

/// A text in both tones: `[warm, formal]`.
pub(super) type Pair = [&'static str; 2];

/// A likely question on a call and the honest answer to it.
pub(super) type Answer = (&'static str, &'static str);

/// What a late request (inside the notice the stage deserves) changes.
#[derive(Clone, Copy)]
pub(super) enum Late {
    /// Nothing: the kind is late by nature (a cancellation, a missed
    /// interview) or has no interview ahead (an offer, a follow-up).
    Ignored,
    /// The decision sentence becomes this one, which apologises for the
    /// short notice and keeps everything else (the real reason, no new
    /// time offered).
    Core(Pair),
    /// A short apology for the notice goes before the request.
    Note,
}

/// How the decline reason shapes the message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ReasonUse {
    /// The kind has nothing to do with a reason.
    None,
    /// Said in one sentence, with the reason's door at standard length
    /// and its answers on the phone.
    Said,
    /// Never said, but it picks the follow-up's line (no "any openings?"
    /// after accepting elsewhere).
    Shapes,
}

/// How the request's `ask` topics are used.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AskUse {
    /// Not asked here (a decline is no place for questions about pay).
    None,
    /// The message is the questions, one per line.
    List,
    /// One short extra question.
    RideAlong,
}

/// The pieces of one kind of message.
pub(super) struct KindText {
    /// Email subject line.
    pub subject: Pair,
    /// The subject when late, if it should differ (it names the time).
    pub late_subject: Pair,
    /// The letter's first sentence: the thanks and what it is about.
    pub open: Pair,
    /// The call's first point, when the decision is not (an apology).
    pub call_open: Pair,
    /// What a call or voicemail is about, after "I'm calling about".
    pub about: Pair,
    /// The decision or the request.
    pub core: Pair,
    /// What a late request changes.
    pub late: Late,
    /// How the reason is used.
    pub reason: ReasonUse,
    /// Whether the person's own explanation follows the opening.
    pub explains: bool,
    /// How ask topics are used.
    pub asks: AskUse,
    /// One more sentence for the standard length.
    pub more: Pair,
    /// The letter's last line: good wishes or the next step.
    pub close: Pair,
    /// The last words of a call or voicemail: the thanks, and good wishes
    /// or the next step.
    pub call_close: Pair,
    /// What the voicemail says instead of `core`, if that is too long.
    pub voicemail: Pair,
    /// Likely questions on a call, for kinds without a reason; brief
    /// scripts keep the first.
    pub answers: &'static [Answer],
}

/// The empty kind the others start from.
const BLANK: KindText = KindText {
    subject: ["", ""],
    late_subject: ["", ""],
    open: ["", ""],
    call_open: ["", ""],
    about: ["", ""],
    core: ["", ""],
    late: Late::Ignored,
    reason: ReasonUse::None,
    explains: false,
    asks: AskUse::None,
    more: ["", ""],
    close: ["", ""],
    call_close: ["", ""],
    voicemail: ["", ""],
    answers: &[],
};

/// Email greeting line.
/// People are greeted by first name ("Hi Jordan,"); see
/// `grammar::first_name` for when the whole name stays.
pub(super) const EMAIL_GREETING: Pair = ["Hi {first:contact_name},", "Dear {first:contact_name},"];
/// LinkedIn greeting, a little lighter than email.
pub(super) const LINKEDIN_GREETING: Pair =
    ["Hi {first:contact_name},", "Hello {first:contact_name},"];
/// Email sign-off word; the name (and signature) follow on their own
/// lines. Not "Best wishes": the message has wished them well already.
pub(super) const EMAIL_SIGN_OFF: Pair = ["Warm regards,", "Kind regards,"];
/// LinkedIn sign-off word.
pub(super) const LINKEDIN_SIGN_OFF: Pair = ["Best,", "Regards,"];

/// Phone script headings: opening, the points to make, the likely
/// questions, closing. Plain words so the script reads well at a glance.
pub(super) const PHONE_HEADINGS: [&str; 4] =
    ["Opening", "Points to make", "If they ask", "Closing"];
/// Said first, before any greeting: who to ask for if someone else
/// picks up (REVIEW.md: ask for the contact first, then greet).
pub(super) const PHONE_ASK_FOR: &str = "(If someone else answers, ask for {contact_name}.)";
/// The same, when the person's title is known.
pub(super) const PHONE_ASK_FOR_TITLED: &str =
    "(If someone else answers, ask for {contact_name}, {contact_title}.)";
/// Who is calling.
pub(super) const PHONE_HELLO: Pair = [
    "Hi {first:contact_name}, it's {user_name}.",
    "Hello {first:contact_name}, my name is {user_name}.",
];
/// A voicemail's first words, before the kind's `about`: one sentence,
/// because every second counts.
pub(super) const VOICEMAIL_HELLO: Pair = [
    "Hi {first:contact_name}, it's {user_name}, calling about",
    "Hello {first:contact_name}, this is {user_name}, calling about",
];
/// Before the kind's `about`.
pub(super) const CALLING_ABOUT: Pair = ["I'm calling about", "I am calling about"];
/// REVIEW.md: ask whether now is a good time before saying anything else.
pub(super) const GOOD_TIME: Pair = [
    "Is now a good time for a quick word?",
    "Is now a convenient time to talk?",
];
/// Voicemail with a number: where to call back.
pub(super) const CALL_BACK: Pair = [
    "You can call me back on {user_phone}.",
    "You can reach me on {user_phone}.",
];
/// Voicemail without a number: the written follow-up to reply to.
pub(super) const EMAIL_BACK: Pair = [
    "I'll follow this up by email, so you can reply there.",
    "I will follow this up by email, so you can reply there.",
];
/// A declined offer after accepting elsewhere: "I have accepted an offer
/// elsewhere" right after "not to accept the offer" says offer twice.
pub(super) const ACCEPTED_ANOTHER_ROLE: Pair = [
    "I've accepted another role.",
    "I have accepted another role.",
];
/// A recruiter's approach declined with a reason: the reason follows.
pub(super) const OUTREACH_PASS: Pair = ["I'll pass on this one", "I will not be taking it further"];
/// Reschedule with the person's own reason: the request after it.
pub(super) const RESCHEDULE_ASK: Pair = [
    "Could we move it to {proposed_time}?",
    "Would it be possible to move the interview to {proposed_time}?",
];
/// `ask_first` with one topic.
pub(super) const ONE_QUESTION_SUBJECT: Pair = [
    "A question about the {role} role",
    "A question about the {role} position at {company}",
];
/// A late request that is not a decline: one apology, once.
pub(super) const LATE_NOTE: Pair = [
    "I'm sorry this comes at such short notice.",
    "I apologise for the short notice.",
];

/// The pieces for each kind of message.
pub(super) const fn kind_text(kind: MessageKind) -> &'static KindText {
    match kind {
        MessageKind::Decline => &declines::DECLINE,
        MessageKind::Withdrawal => &declines::WITHDRAWAL,
        MessageKind::DeclineOffer => &declines::DECLINE_OFFER,
        MessageKind::DeclineOutreach => &declines::DECLINE_OUTREACH,
        MessageKind::DeclineConfirmation => &declines::DECLINE_CONFIRMATION,
        MessageKind::Reschedule => &proposals::RESCHEDULE,
        MessageKind::IntroCall => &proposals::INTRO_CALL,
        MessageKind::VideoInstead => &proposals::VIDEO_INSTEAD,
        MessageKind::OtherRole => &proposals::OTHER_ROLE,
        MessageKind::AskFirst => &proposals::ASK_FIRST,
        MessageKind::Expedite => &proposals::EXPEDITE,
        MessageKind::Chase => &proposals::CHASE,
        MessageKind::LateCancellation => &late::LATE_CANCELLATION,
        MessageKind::MissedInterview => &late::MISSED_INTERVIEW,
        MessageKind::LinkedInNote => &keep_in_touch::LINKEDIN_NOTE,
        MessageKind::FollowUp => &keep_in_touch::FOLLOW_UP,
    }
}
