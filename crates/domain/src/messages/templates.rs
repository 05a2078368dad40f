//! Every sentence the composer can write, as data.
//!
//! The wording is ours; the shape follows the seed: thank them first
//! ("Expressing sincere gratitude is paramount"), say the decision plainly,
//! give at most one short reason ("Keep your explanation concise and avoid
//! oversharing"), no false enthusiasm, and end by wishing them well or
//! leaving the door open. Pairs are `[warm, formal]`. `{key}` is replaced
//! by a field (see `Field::key`); a piece naming an optional field that is
//! blank is left out whole. An empty piece is skipped.
//!
//! Sentences never use the words the checker looks for (see `words.rs`):
//! the exhaustive test in `render.rs` proves every combination passes.

use crate::domain::{DeclineReason, MessageKind};

/// The pieces of one kind of message, in the order they are said.
pub(super) struct KindText {
    /// Email subject line.
    pub subject: [&'static str; 2],
    /// Thanks and what the message is about.
    pub opening: [&'static str; 2],
    /// The decision or the request itself.
    pub core: [&'static str; 2],
    /// Whether the decline reason sentence belongs here.
    pub takes_reason: bool,
    /// Whether the user's optional reason detail belongs here.
    pub takes_detail: bool,
    /// One more sentence of context, for the standard length only.
    pub more: [&'static str; 2],
    /// Well-wishing, an open door, or the practical next step.
    pub close: [&'static str; 2],
    /// Phone scripts: questions likely to come back and what to answer.
    /// Brief scripts keep only the first.
    pub answers: &'static [(&'static str, &'static str)],
}

/// Said after the reason sentence when the user gave a detail. One short
/// clause at most: the seed's "without going into unnecessary detail".
pub(super) const REASON_DETAIL: &str = "In brief: {reason_detail}.";

/// Email greeting line.
pub(super) const EMAIL_GREETING: [&str; 2] = ["Hi {contact_name},", "Dear {contact_name},"];
/// LinkedIn greeting, a little lighter than email.
pub(super) const LINKEDIN_GREETING: [&str; 2] = ["Hi {contact_name},", "Hello {contact_name},"];
/// Email sign-off word; the name (and signature) follow on their own lines.
pub(super) const EMAIL_SIGN_OFF: [&str; 2] = ["Warm regards,", "Kind regards,"];
/// LinkedIn sign-off word.
pub(super) const LINKEDIN_SIGN_OFF: [&str; 2] = ["Best,", "Regards,"];

/// Phone script headings: opening, the points to make, the likely
/// questions, closing. Plain words so the script reads well aloud.
pub(super) const PHONE_HEADINGS: [&str; 4] =
    ["Opening", "Points to make", "If they ask", "Closing"];
/// How the call starts, before the kind's own opening.
pub(super) const PHONE_HELLO: [&str; 2] = [
    "Hello {contact_name}, this is {user_name}.",
    "Hello {contact_name}, my name is {user_name}.",
];
/// Only when a title is known: who to ask for if someone else picks up.
pub(super) const PHONE_ASK_FOR: &str =
    "(If someone else answers, ask for {contact_name}, {contact_title}.)";
/// The last words of a call. No thanks here: every script has thanked
/// them already, and twice in a row sounds rehearsed.
pub(super) const PHONE_GOODBYE: [&str; 2] = ["Take care, bye for now.", "Goodbye."];

/// One sentence per reason: true, short, and about the fit rather than
/// about the employer's faults (the seed: focus on the positive).
pub(super) const fn reason_sentence(reason: DeclineReason) -> &'static str {
    match reason {
        DeclineReason::AcceptedOffer => {
            "I have accepted a position elsewhere that fits my current goals."
        }
        DeclineReason::Pay => "The pay for the role does not meet what I need at this stage.",
        DeclineReason::RoleFit => {
            "The role points in a different direction from the one I want my career to take."
        }
        DeclineReason::Culture => {
            "Having learned more, I do not think the way the team works is the right match for me."
        }
        DeclineReason::Location => {
            "The location would mean a move that I am not able to make at the moment."
        }
        DeclineReason::TravelBalance => {
            "The travel the role involves does not fit with my commitments outside work."
        }
        DeclineReason::Timing => {
            "My personal circumstances mean this is not the right time for me to change roles."
        }
        DeclineReason::LongProcess => "The hiring timeline is longer than my own situation allows.",
        DeclineReason::NoReason => "",
        DeclineReason::Level => {
            "I am looking for a role with more senior responsibility than this one."
        }
        DeclineReason::Hours => "The hours the role needs do not fit my commitments outside work.",
        DeclineReason::Commute => "The commute and the days in the office would not work for me.",
        DeclineReason::StayingCurrent => "I have decided to stay in my current role.",
    }
}

/// The pieces for each kind of message.
pub(super) const fn kind_text(kind: MessageKind) -> &'static KindText {
    match kind {
        MessageKind::Decline => &DECLINE,
        MessageKind::Reschedule => &RESCHEDULE,
        MessageKind::IntroCall => &INTRO_CALL,
        MessageKind::VideoInstead => &VIDEO_INSTEAD,
        MessageKind::OtherRole => &OTHER_ROLE,
        MessageKind::LateCancellation => &LATE_CANCELLATION,
        MessageKind::Withdrawal => &WITHDRAWAL,
        MessageKind::LinkedInNote => &LINKEDIN_NOTE,
        MessageKind::FollowUp => &FOLLOW_UP,
        MessageKind::AskFirst => &ASK_FIRST,
        MessageKind::Expedite => &EXPEDITE,
        MessageKind::MissedInterview => &MISSED_INTERVIEW,
        MessageKind::DeclineOffer => &DECLINE_OFFER,
        MessageKind::DeclineOutreach => &DECLINE_OUTREACH,
        MessageKind::Chase => &CHASE,
        MessageKind::DeclineConfirmation => &DECLINE_CONFIRMATION,
    }
}

const DECLINE: KindText = KindText {
    subject: [
        "About the {role} interview at {company}",
        "Declining the {role} interview at {company}",
    ],
    opening: [
        "Thanks so much for inviting me to interview for the {role} role at {company} on {interview_when}.",
        "Thank you for inviting me to interview for the {role} position at {company} on {interview_when}.",
    ],
    core: [
        "I've thought it over and have decided not to go ahead with the interview.",
        "After careful consideration, I have decided to withdraw from the process.",
    ],
    takes_reason: true,
    takes_detail: true,
    more: [
        "I'm grateful for the time you've already put into my application.",
        "I appreciate the time you have already given to my application.",
    ],
    close: [
        "I hope the search goes well, and I'd be glad to stay in touch about future roles.",
        "I wish you every success in filling the role and would welcome hearing about future opportunities.",
    ],
    answers: &[
        (
            "Is there anything we could change?",
            "That's kind of you to ask, but my decision for this role is made.",
        ),
        (
            "Can we keep your details on file?",
            "Yes, please. I'd be glad to hear about roles that match my experience.",
        ),
    ],
};

const RESCHEDULE: KindText = KindText {
    subject: [
        "Moving the {role} interview",
        "Request to reschedule the {role} interview",
    ],
    opening: [
        "Thanks for setting up the interview for the {role} role on {interview_when}.",
        "Thank you for arranging the interview for the {role} position on {interview_when}.",
    ],
    core: [
        "An earlier commitment clashes with that time, so I can't make it. Would {proposed_time} work for you instead?",
        "Unfortunately, an earlier commitment prevents me from attending at that time. Could we move the interview to {proposed_time}?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "If that doesn't suit, I'm happy to fit around whatever is easiest for the team.",
        "If that is inconvenient, I am glad to work around the times that suit your team.",
    ],
    close: [
        "Thanks for understanding, and sorry for the change.",
        "Thank you for your understanding, and my apologies for the change.",
    ],
    answers: &[
        (
            "What times would work for you?",
            "{proposed_time} is ideal, and I can be flexible around other times this week or next.",
        ),
        (
            "Are you still interested in the role?",
            "Yes, I'm looking forward to the conversation.",
        ),
    ],
};

const INTRO_CALL: KindText = KindText {
    subject: [
        "A short call before the {role} interview?",
        "Proposal: an introductory call about the {role} position",
    ],
    opening: [
        "Thanks for the invitation to interview for the {role} role at {company}.",
        "Thank you for the invitation to interview for the {role} position at {company}.",
    ],
    core: [
        "Before we set up a full interview, could we have a short introductory call of around 20 minutes?",
        "Before a full interview, would it be possible to have a short introductory call of about 20 minutes?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "It would let us both check the fit before either of us commits more time.",
        "It would allow us both to confirm the fit before committing further time to the process.",
    ],
    close: [
        "I could do {proposed_time}, or another time that suits you.",
        "I am available at {proposed_time}, or at another time convenient for you.",
    ],
    answers: &[
        (
            "Why not go straight to the full interview?",
            "I'd like to understand the role a little better first, so the interview is a good use of everyone's time.",
        ),
        (
            "What would you like to cover?",
            "The main responsibilities, the team, and what success looks like in the first months.",
        ),
    ],
};

const VIDEO_INSTEAD: KindText = KindText {
    subject: [
        "A video call for the {role} interview?",
        "Request: a video call for the {role} interview",
    ],
    opening: [
        "Thanks for inviting me to interview for the {role} role on {interview_when}.",
        "Thank you for inviting me to interview for the {role} position on {interview_when}.",
    ],
    core: [
        "As getting there would mean a long trip, could we hold the first conversation by video call instead?",
        "As attending in person would involve considerable travel, would it be possible to hold the first conversation by video call?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "That way we can both check the fit before anyone spends time and money on travel.",
        "This would let us both assess the fit before any travel costs are incurred.",
    ],
    close: [
        "I'm happy to use whichever video tool you prefer.",
        "I am glad to use whichever video platform you prefer.",
    ],
    answers: &[
        (
            "Could you come in for a later round?",
            "Yes, if the call shows a good fit for both of us, I'd be glad to come in later on.",
        ),
        (
            "Which platform do you use?",
            "Any of the common ones works for me.",
        ),
    ],
};

const OTHER_ROLE: KindText = KindText {
    subject: [
        "The {other_role} opening at {company}",
        "Enquiry about the {other_role} position at {company}",
    ],
    opening: [
        "Thanks for inviting me to interview for the {role} role.",
        "Thank you for inviting me to interview for the {role} position.",
    ],
    core: [
        "While looking at {company}, I came across the {other_role} opening, and my experience in {relevant_skill} lines up closely with it. Could we talk about that role instead?",
        "While researching {company}, I noticed the {other_role} opening. My experience in {relevant_skill} matches that role more closely; would it be possible to discuss it instead?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "I think that role is where I could contribute most to the team.",
        "I believe that role is where I could make the strongest contribution.",
    ],
    close: [
        "I'd be glad to talk whenever suits you.",
        "I would welcome a conversation at your convenience.",
    ],
    answers: &[
        (
            "Would you still interview for the {role} role?",
            "I'd rather focus on the {other_role} role, where my {relevant_skill} experience fits most closely.",
        ),
        (
            "What draws you to the {other_role} role?",
            "It draws on my {relevant_skill} experience every day.",
        ),
    ],
};

const LATE_CANCELLATION: KindText = KindText {
    subject: [
        "Sorry, I can't make the {role} interview on {interview_when}",
        "Cancellation: {role} interview on {interview_when}",
    ],
    opening: [
        "I'm sorry to get in touch at such short notice about the {role} interview on {interview_when}.",
        "I apologise for the short notice regarding the {role} interview on {interview_when}.",
    ],
    core: [
        "Something unavoidable has come up, and I won't be able to attend.",
        "An unavoidable matter has arisen, and I am unable to attend.",
    ],
    takes_reason: false,
    takes_detail: true,
    more: [
        "I know this changes plans you and the team had made, and I'm sorry for that.",
        "I understand this affects your team's schedule, and I regret the inconvenience.",
    ],
    close: [
        "If you'd still like to meet, I'd be glad to reschedule at a time that suits you. Thank you for understanding.",
        "Should you wish to meet at another time, I would be glad to reschedule. Thank you for your understanding.",
    ],
    answers: &[
        (
            "Would you like to reschedule?",
            "Yes, thank you. Any time this week or next that suits the team works for me.",
        ),
        (
            "Is everything all right?",
            "Thank you for asking. It's in hand; I simply can't be there as planned.",
        ),
    ],
};

const WITHDRAWAL: KindText = KindText {
    subject: [
        "My application for {role}",
        "Withdrawal of my application: {role}",
    ],
    opening: [
        "Thank you for the interview on {interview_when} and for the time you and the team gave me.",
        "Thank you for the interview on {interview_when} and for the time you and your colleagues spent with me.",
    ],
    core: [
        "Having thought it through, I've decided to withdraw my application for the {role} role.",
        "After careful reflection, I have decided to withdraw my application for the {role} position.",
    ],
    takes_reason: true,
    takes_detail: true,
    more: [
        "I learned a lot about {company} in our conversation.",
        "I valued learning more about {company} and its work.",
    ],
    close: [
        "I wish you and the team well with the search, and I'd be glad to stay in touch.",
        "I wish you every success in filling the role and hope our paths cross again.",
    ],
    answers: &[
        (
            "Could anything change your decision?",
            "Thank you for asking, but my decision is settled.",
        ),
        (
            "Can we stay in touch?",
            "Yes, I'd welcome that. I'll connect with you on LinkedIn.",
        ),
    ],
};

/// A connection request note. Standard stays within LinkedIn's 300
/// characters and brief within 200 for realistic names; the checker
/// warns if the user's fields push it over.
const LINKEDIN_NOTE: KindText = KindText {
    subject: ["", ""],
    opening: [
        "Thanks for talking with me about the {role} interview at {company}.",
        "Thank you for our conversation about the {role} interview at {company}.",
    ],
    core: ["", ""],
    takes_reason: false,
    takes_detail: false,
    more: [
        "I'm following the work at {company} with interest.",
        "I continue to follow the work at {company} with interest.",
    ],
    close: [
        "I'd be glad to stay in touch.",
        "I would welcome staying in touch.",
    ],
    answers: &[],
};

const FOLLOW_UP: KindText = KindText {
    subject: [
        "Checking in after the {role} conversation",
        "Following up: {role} at {company}",
    ],
    opening: [
        "A while ago I stepped back from the {role} interview at {company}, and I wanted to thank you again for thinking of me.",
        "Some time ago I withdrew from the interview process for the {role} position at {company}; thank you again for considering me.",
    ],
    core: [
        "If a role that suits my experience in {relevant_skill} opens up, I'd be glad to hear about it.",
        "Should a position matching my experience in {relevant_skill} become available, I would welcome hearing about it.",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "I've kept an eye on the work at {company} since we spoke.",
        "I have followed the progress at {company} with interest since we spoke.",
    ],
    close: [
        "I hope things are going well for you and the team.",
        "I hope all is well with you and your team.",
    ],
    answers: &[],
};

// First drafts of the second edition's kinds; the messages issue rewrites
// their wording and layout.

const ASK_FIRST: KindText = KindText {
    subject: [
        "A few questions about the {role} role",
        "Questions about the {role} position at {company}",
    ],
    opening: [
        "Thanks for inviting me to interview for the {role} role at {company}.",
        "Thank you for inviting me to interview for the {role} position at {company}.",
    ],
    core: [
        "Before we book a time, could you tell me the pay range, whether the role is remote or hybrid, how much travel it involves and how long the process usually takes?",
        "Before we arrange a time, could you share the salary range, whether the role is remote or hybrid, the travel involved and the expected length of the process?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "Knowing these up front helps me make sure I don't take up the team's time on a poor fit.",
        "Knowing these in advance will help me make the best use of the team's time.",
    ],
    close: [
        "Thanks, and I look forward to hearing from you.",
        "Thank you, and I look forward to your reply.",
    ],
    answers: &[(
        "Why do you want to know now?",
        "I'd like to be sure the basics work for me before the team spends time on an interview.",
    )],
};

const EXPEDITE: KindText = KindText {
    subject: [
        "Timing for the {role} process",
        "Timeline for the {role} position at {company}",
    ],
    opening: [
        "Thanks for inviting me to interview for the {role} role at {company}.",
        "Thank you for inviting me to interview for the {role} position at {company}.",
    ],
    core: [
        "I want to be open with you: I'm expecting an offer from another company soon. Is there any way your process could move a little faster?",
        "In the interest of transparency, I expect to receive an offer from another company shortly. Would it be possible to move your process forward more quickly?",
    ],
    takes_reason: false,
    takes_detail: false,
    more: [
        "I'm keen on this role and would like the chance to decide with both in front of me.",
        "I am interested in this role and would value the chance to consider both together.",
    ],
    close: [
        "Thanks for anything you can do.",
        "Thank you for considering this.",
    ],
    answers: &[(
        "When do you need to answer the other offer?",
        "Within the next week or so; I'm happy to share more once the offer is in writing.",
    )],
};

const MISSED_INTERVIEW: KindText = KindText {
    subject: [
        "Sorry I missed the {role} interview",
        "Apology: the {role} interview on {interview_when}",
    ],
    opening: [
        "I'm very sorry that I missed our interview for the {role} role on {interview_when}.",
        "Please accept my apology for missing the interview for the {role} position on {interview_when}.",
    ],
    core: ["{late_explanation}", "{late_explanation}"],
    takes_reason: false,
    takes_detail: false,
    more: [
        "I know you and the team set that time aside for me.",
        "I understand that you and your colleagues set aside that time for me.",
    ],
    close: [
        "I would understand if you'd rather not rearrange, and thank you for your patience.",
        "I would fully understand if you prefer not to rearrange, and thank you for your patience.",
    ],
    answers: &[],
};

const DECLINE_OFFER: KindText = KindText {
    subject: [
        "Your offer for the {role} role",
        "The offer for the {role} position at {company}",
    ],
    opening: [
        "Thank you for offering me the {role} role at {company}.",
        "Thank you for offering me the {role} position at {company}.",
    ],
    core: [
        "I've thought it over carefully and have decided not to accept.",
        "Having considered it carefully, I have decided not to accept the offer.",
    ],
    takes_reason: true,
    takes_detail: true,
    more: [
        "I enjoyed meeting the team during the process.",
        "I appreciated meeting the team during the process.",
    ],
    close: [
        "I wish you and the team every success.",
        "I wish you and your colleagues every success.",
    ],
    answers: &[],
};

const DECLINE_OUTREACH: KindText = KindText {
    subject: ["About the {role} role", "The {role} position at {company}"],
    opening: [
        "Thanks for reaching out about the {role} role at {company}.",
        "Thank you for contacting me about the {role} position at {company}.",
    ],
    core: [
        "It isn't the right move for me, so I'll pass on this one.",
        "It is not the right move for me, so I will not be pursuing it.",
    ],
    takes_reason: true,
    takes_detail: false,
    more: ["", ""],
    close: [
        "I'd be glad to hear from you if something closer to my experience comes up.",
        "I would be glad to hear from you about roles closer to my experience.",
    ],
    answers: &[],
};

const CHASE: KindText = KindText {
    subject: [
        "Re: moving the {role} interview",
        "Following up: rescheduling the {role} interview",
    ],
    opening: [
        "I wanted to check whether you saw my note about moving the {role} interview.",
        "I am following up on my message about rescheduling the {role} interview.",
    ],
    core: [
        "I can still do {proposed_time}, or another time that suits you.",
        "I remain available at {proposed_time}, or another time convenient for you.",
    ],
    takes_reason: false,
    takes_detail: false,
    more: ["", ""],
    close: ["Thanks.", "Thank you."],
    answers: &[],
};

const DECLINE_CONFIRMATION: KindText = KindText {
    subject: [
        "Following our call about the {role} interview",
        "Confirming our call: the {role} interview",
    ],
    opening: [
        "Thanks for taking my call today.",
        "Thank you for speaking with me today.",
    ],
    core: [
        "As I said, I won't be going ahead with the {role} interview.",
        "As discussed, I will not be proceeding with the interview for the {role} position.",
    ],
    takes_reason: false,
    takes_detail: false,
    more: ["", ""],
    close: [
        "Thanks again for your understanding, and all the best with the search.",
        "Thank you again for your understanding, and best wishes with the search.",
    ],
    answers: &[],
};
