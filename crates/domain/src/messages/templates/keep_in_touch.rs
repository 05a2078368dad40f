//! Messages that tend the relationship after a no: the LinkedIn
//! connection note and the follow-up weeks or months later.
//!
//! The seed: connect with the interviewer on LinkedIn, "mentioning the
//! interview"; follow up after "a few weeks or even months", never at
//! once. Neither reminds them of the no: the follow-up opens with them,
//! and its one line about the future depends on why the person declined
//! (see `reasons.rs`: after accepting elsewhere there is no "any
//! openings?").

use super::{KindText, ReasonUse, BLANK};

/// A connection request note. Standard stays within LinkedIn's 300
/// characters and brief within 200 for realistic names; the company is
/// named once.
pub(super) const LINKEDIN_NOTE: KindText = KindText {
    open: [
        "Thank you for getting in touch about the {role} interview at {company}.",
        "Thank you for contacting me about the {role} interview at {company}.",
    ],
    // The note has a point: the no, and the wish to stay in touch.
    close: [
        "I've decided not to go ahead, but I'd be glad to stay in touch.",
        "I have decided not to go ahead, but I would be glad to stay in touch.",
    ],
    call_close: [
        "Thank you, and I'd be glad to stay in touch.",
        "Thank you, and I would be glad to stay in touch.",
    ],
    ..BLANK
};

/// Weeks or months later. Opens with them, names the role once as the
/// last contact (not "the conversation", which may never have happened),
/// and ends on the reason's line.
pub(super) const FOLLOW_UP: KindText = KindText {
    // Not "Keeping in touch": the body's last line may say it.
    subject: ["A quick hello from {user_name}", "A brief update from {user_name}"],
    open: [
        "I hope all is well with you and the team at {company}.",
        "I hope all is well with you and your colleagues at {company}.",
    ],
    about: [
        "the {role} role at {company}",
        "the {role} position at {company}",
    ],
    core: [
        "We were last in touch about the {role} role, and I wanted to thank you again for thinking of me.",
        "We were last in contact about the {role} position, and I wanted to thank you again for considering me.",
    ],
    reason: ReasonUse::Shapes,
    call_close: [
        "Thank you, and all the best to the team.",
        "Thank you, and my best wishes to your colleagues.",
    ],
    ..BLANK
};
