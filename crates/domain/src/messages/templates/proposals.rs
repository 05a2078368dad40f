//! Messages that keep the door open by asking for something: another
//! time, a short call first, video instead of travel, another role, the
//! facts before committing, a faster process, and a nudge after any of
//! them.
//!
//! The seed's alternatives ("Reframing the Interview", "Exploring Other
//! Roles") in our own words. A new time is written so that any typed value
//! reads well: "move it to {proposed_time}" works for "Thursday 27
//! November at 10:00", "tomorrow at 2pm" and "next week" alike.

use super::{AskUse, KindText, Late, BLANK};

pub(super) const RESCHEDULE: KindText = KindText {
    subject: [
        "Moving the {role} interview",
        "Request to move the {role} interview",
    ],
    open: [
        "Thank you for arranging the interview for the {role} role {on:interview_when}.",
        "Thank you for arranging the interview for the {role} position {on:interview_when}.",
    ],
    about: [
        "the {role} interview {on:interview_when}",
        "the {role} interview {on:interview_when}",
    ],
    // A clash, said as one: the engine sends an emergency or a clash at
    // short notice as a late cancellation instead. A typed reason takes
    // the clash's place (see `layout.rs`).
    core: [
        "I have a commitment I can't move at that time. Could we move it to {proposed_time}?",
        "I have a commitment at that time that I am unable to move. Would it be possible to move the interview to {proposed_time}?",
    ],
    late: Late::Core([
        "I'm sorry for the short notice, but I can't make that time after all. Could we move it to {proposed_time}?",
        "I apologise for the short notice, but I am no longer able to attend at that time. Would it be possible to move the interview to {proposed_time}?",
    ]),
    asks: AskUse::RideAlong,
    more: [
        "If that doesn't suit, I can fit around the team's diary.",
        "If that time is inconvenient, I am happy to work around your team's availability.",
    ],
    close: [
        "I'm looking forward to meeting you.",
        "I look forward to speaking with you.",
    ],
    call_close: [
        "Thank you, and I'm looking forward to meeting you.",
        "Thank you, and I look forward to speaking with you.",
    ],
    answers: &[
        (
            "What other times would work?",
            "I can be flexible: tell me what suits the team and I'll fit around it.",
        ),
        (
            "Are you still interested in the role?",
            "Yes, very much; it's only the time that doesn't work.",
        ),
    ],
    ..BLANK
};

pub(super) const INTRO_CALL: KindText = KindText {
    subject: [
        "A short call before the {role} interview?",
        "An introductory call about the {role} position?",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role at {company}.",
        "Thank you for inviting me to interview for the {role} position at {company}.",
    ],
    about: [
        "your invitation to interview for the {role} role at {company}",
        "your invitation to interview for the {role} position at {company}",
    ],
    core: [
        "Before we set up a full interview, could we have a short introductory call of about twenty minutes? I could do {proposed_time}, or another time that suits you.",
        "Before a full interview, would it be possible to have a short introductory call of about twenty minutes? I am available {on:proposed_time}, or at another time convenient for you.",
    ],
    late: Late::Note,
    asks: AskUse::RideAlong,
    more: [
        "It would let us both check the fit before anyone commits more time.",
        "It would allow us both to confirm the fit before committing further time.",
    ],
    close: [
        "I look forward to hearing from you.",
        "I look forward to your reply.",
    ],
    call_close: [
        "Thank you for considering it.",
        "Thank you for considering it.",
    ],
    voicemail: [
        "Could we have a short call before a full interview? I could do {proposed_time}, or another time that suits you.",
        "Would a short call before a full interview be possible? I am available {on:proposed_time}, or at another time convenient for you.",
    ],
    answers: &[
        (
            "Why not go straight to the full interview?",
            "I'd like to understand the role a little better first, so the interview is a good use of everyone's time.",
        ),
        (
            "What would you like to cover?",
            "The main responsibilities, the team, and what success looks like in the first few months.",
        ),
    ],
    ..BLANK
};

pub(super) const VIDEO_INSTEAD: KindText = KindText {
    subject: [
        "A video call for the {role} interview?",
        "The {role} interview by video?",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role {on:interview_when}.",
        "Thank you for inviting me to interview for the {role} position {on:interview_when}.",
    ],
    about: [
        "the {role} interview {on:interview_when}",
        "the {role} interview {on:interview_when}",
    ],
    core: [
        "Getting to you would mean a long journey, so could we hold the first conversation by video instead?",
        "As attending in person would involve a long journey, would it be possible to hold the first conversation by video?",
    ],
    late: Late::Note,
    asks: AskUse::RideAlong,
    more: [
        "That way we can both check the fit before anyone spends time and money on travel.",
        "This would let us both assess the fit before any travel costs are incurred.",
    ],
    close: [
        "I'm happy to use whichever video tool you prefer.",
        "I am glad to use whichever video platform you prefer.",
    ],
    call_close: [
        "Thank you, and any video tool you like is fine by me.",
        "Thank you for considering it.",
    ],
    answers: &[
        (
            "Could you come in for a later round?",
            "Yes, if the call shows a good fit for both of us.",
        ),
        (
            "Which platform do you use?",
            "Any of the usual ones works for me.",
        ),
    ],
    ..BLANK
};

pub(super) const OTHER_ROLE: KindText = KindText {
    subject: [
        "The {other_role} opening at {company}",
        "Enquiry about the {other_role} position at {company}",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role.",
        "Thank you for inviting me to interview for the {role} position.",
    ],
    about: ["the {role} interview", "the {role} interview"],
    core: [
        "While reading about {company}, I noticed the {other_role} opening, and my experience in {relevant_skill} matches it closely. Could we talk about that one instead?",
        "While researching {company}, I noticed the {other_role} vacancy, which matches my experience in {relevant_skill} closely. Would it be possible to discuss it instead?",
    ],
    late: Late::Note,
    asks: AskUse::RideAlong,
    more: [
        "It's where I think I could contribute most.",
        "I believe it is where I could make the strongest contribution.",
    ],
    close: [
        "I'd be glad to talk whenever suits you.",
        "I would welcome a conversation at your convenience.",
    ],
    call_close: [
        "Thank you for considering it.",
        "Thank you for considering it.",
    ],
    answers: &[
        (
            "Would you still interview for the original role?",
            "I'd rather focus on the other opening, where my experience fits most closely.",
        ),
        (
            "What draws you to it?",
            "It uses the skills I'm strongest in every day.",
        ),
    ],
    ..BLANK
};

/// The open questions before committing (the decision engine's "ask
/// first"): pay, remote or hybrid, travel, timeline. The seed: a
/// mismatch on pay or the role itself is a reason not to go ahead, so it
/// is worth knowing before the team spends an interview on it.
pub(super) const ASK_FIRST: KindText = KindText {
    subject: [
        "A few questions about the {role} role",
        "Questions about the {role} position at {company}",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role at {company}.",
        "Thank you for inviting me to interview for the {role} position at {company}.",
    ],
    about: [
        "your invitation to interview for the {role} role at {company}",
        "your invitation to interview for the {role} position at {company}",
    ],
    core: [
        "Before we fix a time, could I ask a few questions?",
        "Before we arrange a time, may I ask a few questions?",
    ],
    late: Late::Note,
    asks: AskUse::List,
    more: [
        "Knowing this up front will help us both use the interview well.",
        "Knowing this in advance will help us both make good use of the interview.",
    ],
    close: [
        "I look forward to hearing from you.",
        "I look forward to your reply.",
    ],
    call_close: [
        "Thank you for your help.",
        "Thank you for your help.",
    ],
    voicemail: [
        "I have a few questions about the role before we fix a time.",
        "I have a few questions about the role before we arrange a time.",
    ],
    answers: &[(
        "Why do you want to know before the interview?",
        "I'd like to be sure the basics work for both of us before anyone spends time on an interview.",
    )],
    ..BLANK
};

/// Far along elsewhere: honest about the other process, no figures and no
/// names, and a concrete ask.
pub(super) const EXPEDITE: KindText = KindText {
    subject: [
        "Timing for the {role} interview",
        "The timeline for the {role} position",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role at {company}.",
        "Thank you for inviting me to interview for the {role} position at {company}.",
    ],
    about: [
        "the {role} interview at {company}",
        "the {role} interview at {company}",
    ],
    core: [
        "I want to be open with you: I'm at a late stage with another employer and expect to hear from them soon. Could we bring the interview forward, or speed up the next steps?",
        "I should let you know that I am at an advanced stage with another employer and expect a decision soon. Would it be possible to bring the interview forward, or to shorten the next steps?",
    ],
    late: Late::Note,
    asks: AskUse::RideAlong,
    more: [
        "I'd much rather make my decision with both options in front of me.",
        "I would prefer to make my decision with both options in front of me.",
    ],
    close: [
        "I can make myself available whenever suits the team.",
        "I can make myself available whenever suits your team.",
    ],
    call_close: [
        "Thank you for anything you can do.",
        "Thank you for considering this.",
    ],
    answers: &[
        (
            "When do you need to answer the other offer?",
            "I'll know the deadline once the offer is in writing, and I'll tell you straight away.",
        ),
        (
            "Is this role still your first choice?",
            "I'm keen on it, which is why I'm asking before I have to decide.",
        ),
    ],
    ..BLANK
};

/// A short nudge a few working days after proposing something, not the
/// months-later follow-up.
pub(super) const CHASE: KindText = KindText {
    subject: [
        "Following up: the {role} interview",
        "Following up on the {role} interview",
    ],
    open: [
        "I'd asked to move the {role} interview, and I'm following up in case my message got buried.",
        "I wrote earlier to ask whether the {role} interview could be moved, and I am following up on that message.",
    ],
    about: [
        "my request to move the {role} interview",
        "my request to move the {role} interview",
    ],
    core: [
        "I can still do {proposed_time}, or fit around whatever suits the team.",
        "I remain available {on:proposed_time}, or at another time convenient for you.",
    ],
    asks: AskUse::RideAlong,
    close: [
        "Thanks for your help with this.",
        "Thank you for your help with this.",
    ],
    call_close: [
        "Thanks for your help with this.",
        "Thank you for your help with this.",
    ],
    answers: &[(
        "Can you still do that time?",
        "Yes, and I'm flexible if another slot is easier.",
    )],
    ..BLANK
};
