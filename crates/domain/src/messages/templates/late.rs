//! Short notice by necessity: a clash or an emergency just before the
//! interview, and the interview already missed.
//!
//! The seed: "Promptly contact the employer, offer a sincere apology, and
//! briefly explain the unavoidable situation", and "vague excuses can be
//! red flags". So the explanation is the person's own, one true line
//! (`late_explanation`, a visible gap until written), the apology is said
//! once, and nothing pretends the reason was something else.

use super::{KindText, BLANK};

/// A clash or an emergency at short notice: sorry, what happened, and a
/// new time, because the person still wants the interview.
pub(super) const LATE_CANCELLATION: KindText = KindText {
    subject: [
        "Unable to make the {role} interview {on:interview_when}",
        "Unable to attend the {role} interview {on:interview_when}",
    ],
    open: [
        "I'm sorry to tell you at such short notice that I can't make the interview for the {role} role {on:interview_when}.",
        "I apologise for the short notice, but I am unable to attend the interview for the {role} position {on:interview_when}.",
    ],
    call_open: [
        "I'm sorry for the short notice, but I can't make the interview.",
        "I apologise for the short notice, but I am unable to attend the interview.",
    ],
    about: [
        "the {role} interview {on:interview_when}",
        "the {role} interview {on:interview_when}",
    ],
    explains: true,
    core: [
        "I'd still very much like to meet: could we move it to {proposed_time}, or another time that suits the team?",
        "I remain keen to meet. Would it be possible to move the interview to {proposed_time}, or to another time that suits your team?",
    ],
    more: [
        "I realise this changes the team's plans.",
        "I realise this affects your team's plans.",
    ],
    close: [
        "Thank you for understanding.",
        "Thank you for your understanding.",
    ],
    call_close: [
        "Thank you for understanding.",
        "Thank you for your understanding.",
    ],
    voicemail: [
        "I'd still like to meet, so could we find another time?",
        "I remain keen to meet, so I hope we can find another time.",
    ],
    answers: &[
        (
            "Is everything all right?",
            "Yes, it's in hand, but it's kind of you to ask.",
        ),
        (
            "What other times could you do?",
            "I can fit around the team's diary; tell me what suits you.",
        ),
    ],
    ..BLANK
};

/// The time has passed. An apology of its own, the person's one line, no
/// excuses beyond it, and rearranging offered only as a question they can
/// say no to.
pub(super) const MISSED_INTERVIEW: KindText = KindText {
    subject: [
        "The {role} interview I missed",
        "Missed interview for the {role} position",
    ],
    open: [
        "I'm sorry that I missed our interview for the {role} role {past:interview_when}.",
        "I apologise for missing the interview for the {role} position {past:interview_when}.",
    ],
    call_open: [
        "I'm sorry that I missed our interview.",
        "I apologise for missing the interview.",
    ],
    // A missed time is named only when it still names the day: "tomorrow
    // at 2pm" cannot have been missed.
    about: [
        "the {role} interview {past:interview_when}",
        "the {role} interview {past:interview_when}",
    ],
    explains: true,
    core: [
        "I know you had set that time aside for me. If you're still open to it, could we find another time? I'd understand if not.",
        "I know that you had set that time aside for me. If you are still open to it, would you be willing to arrange another time? I would understand if not.",
    ],
    close: [
        "Thank you for considering it.",
        "Thank you for considering it.",
    ],
    call_close: [
        "Thank you for hearing me out.",
        "Thank you for taking my call.",
    ],
    voicemail: [
        "If you're still open to it, could we find another time?",
        "If you are still open to it, would you be willing to arrange another time?",
    ],
    answers: &[
        (
            "Are you still interested in the role?",
            "Yes, I am, if you're willing to find another time.",
        ),
        (
            "What happened?",
            "Just what I said, and I take responsibility for it.",
        ),
    ],
    ..BLANK
};
