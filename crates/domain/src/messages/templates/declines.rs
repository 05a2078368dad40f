//! Messages that say no: to the interview, after interviewing, to an
//! offer, to a recruiter's approach, and the note confirming a call.
//!
//! The seed: "Express gratitude for the offer, briefly explain your
//! reasoning (without oversharing), and wish the company well." The
//! decision is the second sentence; the reason (see `reasons.rs`) the
//! third. No "after careful consideration": that is the rejection
//! letter's phrase, and the recipient has written it too often.

use super::{KindText, Late, ReasonUse, BLANK};

pub(super) const DECLINE: KindText = KindText {
    subject: [
        "Not going ahead with the {role} interview",
        "Declining the {role} interview at {company}",
    ],
    late_subject: [
        "Not going ahead with the {role} interview {on:interview_when}",
        "Declining the {role} interview {on:interview_when}",
    ],
    open: [
        "Thank you for inviting me to interview for the {role} role at {company} {on:interview_when}.",
        "Thank you for inviting me to interview for the {role} position at {company} {on:interview_when}.",
    ],
    // The company is their own: said on the phone, it only lengthens the
    // first twenty seconds.
    about: [
        "the {role} interview {on:interview_when}",
        "the {role} interview {on:interview_when}",
    ],
    core: [
        "I've decided not to go ahead with the interview.",
        "I have decided not to go ahead with the interview.",
    ],
    // The seed's late-cancellation advice is an apology and the real
    // situation; a decline at short notice is still a decline, so no new
    // time is offered.
    late: Late::Core([
        "I've decided not to go ahead with the interview, and I'm sorry it's such short notice.",
        "I have decided not to go ahead with the interview, and I apologise for the short notice.",
    ]),
    reason: ReasonUse::Said,
    close: [
        "I wish you every success with the search.",
        "I wish you every success in filling the role.",
    ],
    call_close: [
        "Thank you for your time, and all the best with the search.",
        "Thank you, and I wish you every success in filling the role.",
    ],
    ..BLANK
};

/// After at least one interview: the time the team gave is the thanks.
pub(super) const WITHDRAWAL: KindText = KindText {
    subject: [
        "Withdrawing from the {role} process",
        "Withdrawal of my application for the {role} position",
    ],
    open: [
        "Thank you for the time you and the team have given me since I applied for the {role} role at {company}.",
        "Thank you for the time you and your colleagues have given me since I applied for the {role} position at {company}.",
    ],
    about: [
        "my application for the {role} role at {company}",
        "my application for the {role} position at {company}",
    ],
    core: [
        "I've decided to withdraw from the process.",
        "I have decided to withdraw from the process.",
    ],
    late: Late::Core([
        "I've decided to withdraw from the process, and I'm sorry it's such short notice before the next interview.",
        "I have decided to withdraw from the process, and I apologise for the short notice before the next interview.",
    ]),
    reason: ReasonUse::Said,
    close: [
        "All the best with the search.",
        "I wish you every success in filling the role.",
    ],
    call_close: [
        "Thank you for everything, and all the best with the search.",
        "Thank you, and I wish you every success in filling the role.",
    ],
    ..BLANK
};

pub(super) const DECLINE_OFFER: KindText = KindText {
    subject: [
        "Declining your offer for the {role} role",
        "Declining your offer for the {role} position at {company}",
    ],
    open: [
        "Thank you for offering me the {role} role at {company}.",
        "Thank you for offering me the {role} position at {company}.",
    ],
    about: [
        "your offer for the {role} role at {company}",
        "your offer for the {role} position at {company}",
    ],
    core: [
        "I've decided not to accept it.",
        "I have decided not to accept the offer.",
    ],
    reason: ReasonUse::Said,
    close: [
        "I wish you and the team every success.",
        "I wish you and your colleagues every success.",
    ],
    call_close: [
        "Thank you for the offer, and all the best to you and the team.",
        "Thank you for the offer, and I wish you and your colleagues every success.",
    ],
    ..BLANK
};

/// A recruiter's cold approach: nobody has spent time on an application
/// yet, so the thanks is for thinking of the person, and it is short.
pub(super) const DECLINE_OUTREACH: KindText = KindText {
    subject: [
        "The {role} role at {company}",
        "The {role} position at {company}",
    ],
    open: [
        "Thank you for thinking of me for {a:role} role at {company}.",
        "Thank you for contacting me about {a:role} position at {company}.",
    ],
    about: [
        "your message about the {role} role at {company}",
        "your message about the {role} position at {company}",
    ],
    core: [
        "It isn't a move I'm looking to make, so I'll pass on this one.",
        "It is not a move I am looking to make, so I will not be taking it further.",
    ],
    reason: ReasonUse::Said,
    close: [
        "All the best with the search.",
        "I wish you every success with the search.",
    ],
    call_close: [
        "Thank you for thinking of me, and all the best with the search.",
        "Thank you for thinking of me, and I wish you every success with the search.",
    ],
    ..BLANK
};

/// The written record after a decline by phone; the reason was said on
/// the call and is not repeated.
pub(super) const DECLINE_CONFIRMATION: KindText = KindText {
    subject: [
        "Following our call about the {role} interview",
        "Confirming our call about the {role} interview",
    ],
    open: [
        "Thank you for taking my call today.",
        "Thank you for speaking with me today.",
    ],
    about: [
        "the {role} interview at {company}",
        "the {role} interview at {company}",
    ],
    core: [
        "As I said, I won't be going ahead with the interview for the {role} role at {company}.",
        "As discussed, I will not be going ahead with the interview for the {role} position at {company}.",
    ],
    more: [
        "I'm putting it in writing so you have it for your records.",
        "I am confirming it in writing for your records.",
    ],
    close: [
        "I wish you every success with the search.",
        "I wish you every success in filling the role.",
    ],
    call_close: [
        "Thank you for your time, and all the best with the search.",
        "Thank you for your time, and I wish you every success in filling the role.",
    ],
    ..BLANK
};
