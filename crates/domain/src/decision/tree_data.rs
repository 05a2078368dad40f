//! The tree itself, as data. The order follows the seed's "Making The
//! Call" section and its decision tree: start from what is already
//! settled elsewhere and from fit with career goals; then the clear
//! mismatches (pay, culture, travel and hours, place, growth), each of
//! which rules the job out on its own. A fact not known yet never ends
//! the walk: it passes on, and becomes a question to ask (see `ask.rs`).
//! Then the pace of the process (against an offer elsewhere, or the
//! person's own timeline), nerves told apart from real doubts, and last
//! the practical problems (the time, the trip), which are handled
//! whatever else is still unknown. Only a later round with a deciding
//! fact unknown stops to ask first.
//!
//! `TREE` is in the order of `NodeId::ALL`. Every branch's `why` is one of
//! the reasons the advice shows, so it is written to the person.

use super::questions::QuestionId as Q;
use super::tree::{Ask, Branch, Check, Node, NodeId as N, Target};
use super::verdict::Verdict as V;

const fn go(node: N) -> Target {
    Target::Node(node)
}

const fn leaf(verdict: V) -> Target {
    Target::Leaf(verdict)
}

const fn branch(
    label: &'static str,
    when: &'static [&'static str],
    to: Target,
    why: &'static str,
) -> Branch {
    Branch {
        label,
        when,
        to,
        why,
    }
}

/// Every node of the decision tree; the walk starts at `start`.
pub const TREE: &[Node] = &[
    Node {
        id: N::Start,
        label: "Committed elsewhere?",
        ask: Ask::Question(Q::OtherOffer),
        branches: &[
            branch("Accepted another offer", &["accepted"], leaf(V::DeclineAcceptedOffer),
                "You have accepted another offer, so the kind thing is to free this slot for someone else."),
            branch("Staying put", &["staying"], leaf(V::DeclineStaying),
                "You have decided to stay where you are, so this process would take everyone's time for nothing."),
            branch("Far along elsewhere", &["far_along"], go(N::Role),
                "You are far along elsewhere, so first check whether you would want this job at all."),
            branch("No", &["none"], go(N::Role),
                "Nothing is settled elsewhere, so this invitation deserves a fair look."),
        ],
    },
    Node {
        id: N::Role,
        label: "Fits your goals and skills?",
        ask: Ask::Question(Q::RoleFit),
        branches: &[
            branch("Fits", &["fits"], go(N::Pay),
                "The role fits where you want to go and uses your core skills."),
            branch("Partly", &["partly"], go(N::Pay),
                "The role fits in part; on its own that is no reason to say no."),
            branch("Not sure", &["unknown"], go(N::Pay),
                "You are not sure yet how well the role fits; the first conversation is where to find out."),
            branch("Wrong kind of work", &["wrong_work"], go(N::OtherRoleFit),
                "The role centres on work you don't want to do, away from the skills you enjoy using."),
            branch("Wrong level", &["wrong_level"], go(N::OtherRoleLevel),
                "The level of the role is not the one you are aiming for."),
        ],
    },
    Node {
        id: N::OtherRoleFit,
        label: "A better role there?",
        ask: Ask::Question(Q::OtherRole),
        branches: &[
            branch("Yes", &["yes"], leaf(V::OtherRole),
                "They have another opening that suits you better, so ask about that one instead."),
            branch("No", &["no"], leaf(V::DeclineRoleFit),
                "With no better role at this company, a polite no frees your time for roles that fit."),
            branch("Not looked", &["unknown"], leaf(V::Research),
                "Before saying no, look through their other openings: a better fit may be waiting there."),
        ],
    },
    Node {
        id: N::OtherRoleLevel,
        label: "A role at your level there?",
        ask: Ask::Question(Q::OtherRole),
        branches: &[
            branch("Yes", &["yes"], leaf(V::OtherRole),
                "They have an opening at the level you want, so ask about that one instead."),
            branch("No", &["no"], leaf(V::DeclineLevel),
                "With no role at your level there, say no and say which level you want: it may be remembered when one opens."),
            branch("Not looked", &["unknown"], leaf(V::Research),
                "Before saying no, look for an opening at your level there: that is the role to ask about."),
        ],
    },
    Node {
        id: N::Pay,
        label: "Pay meets your needs?",
        ask: Ask::Question(Q::Pay),
        branches: &[
            branch("Below", &["below"], leaf(V::DeclinePay),
                "The pay is below what you need, and a good interview will not change that."),
            branch("Meets", &["meets"], go(N::Culture),
                "The pay meets your needs."),
            branch("Not sure", &["unknown"], go(N::Culture),
                "You don't know the pay yet: that is a question to ask, not a reason to stop."),
        ],
    },
    Node {
        id: N::Culture,
        label: "Culture fits you?",
        ask: Ask::Question(Q::Culture),
        branches: &[
            branch("Clashes", &["clashes"], go(N::OtherRoleCulture),
                "The company's culture or values clash with yours, which tends to turn into unhappiness later."),
            branch("Fits", &["fits"], go(N::Balance),
                "The culture and values seem to suit you."),
            branch("Not sure", &["unknown"], go(N::Balance),
                "You don't know the culture yet; reviews and the interview itself will tell you a lot."),
        ],
    },
    Node {
        id: N::OtherRoleCulture,
        label: "Another team there?",
        ask: Ask::Question(Q::OtherRole),
        branches: &[
            branch("Yes", &["yes"], leaf(V::OtherRole),
                "A different role there may sit in a team that works the way you like; it is worth asking."),
            branch("No", &["no"], leaf(V::DeclineCulture),
                "With no other role to try, saying no now may spare you unhappiness later."),
            branch("Not looked", &["unknown"], leaf(V::Research),
                "Look at their other openings, and at how different teams work, before you decide."),
        ],
    },
    Node {
        id: N::Balance,
        label: "Travel and hours fit life?",
        ask: Ask::Question(Q::Balance),
        branches: &[
            branch("Travel clashes", &["clashes"], leaf(V::DeclineTravelBalance),
                "The travel would clash with your personal or family commitments, however good the name."),
            branch("Hours clash", &["hours_clash"], leaf(V::DeclineHours),
                "The hours would clash with your personal or family commitments."),
            branch("Fits", &["fits"], go(N::Location),
                "The travel and hours fit your life."),
            branch("Not sure", &["unknown"], go(N::Location),
                "You don't know the travel or hours yet: worth asking."),
        ],
    },
    Node {
        id: N::Location,
        label: "Location works?",
        ask: Ask::Question(Q::Location),
        branches: &[
            branch("Needs a move", &["does_not_work"], leaf(V::DeclineLocation),
                "The job would need a move you cannot make."),
            branch("Commute", &["commute"], leaf(V::DeclineCommute),
                "The commute or the days in the office would not work for you."),
            branch("Works", &["works"], go(N::Growth),
                "The location works for you."),
            branch("Not sure", &["unknown"], go(N::Growth),
                "You don't know yet where the job is based or whether it is remote or hybrid: worth asking."),
        ],
    },
    Node {
        id: N::Growth,
        label: "Room to grow?",
        ask: Ask::Question(Q::Growth),
        branches: &[
            branch("Limited", &["limited"], leaf(V::DeclineGrowth),
                "The role would hold you where you are; many people weigh growth as much as pay."),
            branch("Good", &["good"], go(N::Elsewhere),
                "The role would be a real step forward."),
            branch("Not sure", &["unknown"], go(N::Elsewhere),
                "You don't know yet where the role leads; ask where people in it usually go next."),
        ],
    },
    Node {
        id: N::Elsewhere,
        label: "Racing another offer?",
        ask: Ask::Check(Check::RacingOffer),
        branches: &[
            branch("Yes", &["yes"], go(N::Race),
                "Nothing rules this job out, but another process is close to an offer."),
            branch("No", &["no"], go(N::Pace),
                "No other offer is about to force your hand."),
        ],
    },
    Node {
        id: N::Race,
        label: "Would you wait for it?",
        ask: Ask::Question(Q::WouldWait),
        branches: &[
            branch("Would not wait", &["no"], leaf(V::DeclineLongProcess),
                "You would take the other offer rather than wait, so a clear no now frees their slot."),
            branch("Would wait", &["yes"], leaf(V::Expedite),
                "Tell them about the pending offer and ask whether they can move faster: some can, and asking costs nothing."),
            branch("Not sure", &["unsure"], leaf(V::Expedite),
                "Asking whether they can move faster costs nothing, and their answer will help you choose."),
        ],
    },
    Node {
        id: N::Pace,
        label: "Can you wait for their process?",
        ask: Ask::Question(Q::Timeline),
        branches: &[
            branch("Too slow", &["too_slow"], go(N::SlowStage),
                "Their process is likely too long for you (as a general figure, hiring takes about four weeks, plus up to two for feedback)."),
            branch("Fits", &["fits"], go(N::Worry),
                "Their process fits your timeline."),
            branch("Not sure", &["unknown"], go(N::Worry),
                "You don't know how long their process takes: ask when you reply."),
        ],
    },
    Node {
        id: N::SlowStage,
        label: "A full round next?",
        ask: Ask::Question(Q::Stage),
        branches: &[
            branch("In person", &["in_person"], leaf(V::IntroCall),
                "A full round is a big investment for a process that may be too slow for you; a short call first settles it."),
            branch("Final round", &["final"], go(N::Worry),
                "Most of their process is behind you: go, and tell them when you need to decide."),
            branch("Screening or not sure", &["phone_screen", "video", "unknown"], go(N::Worry),
                "A screening is short: go, and ask early how long the rest of the process takes."),
        ],
    },
    Node {
        id: N::Worry,
        label: "What weighs on you?",
        ask: Ask::Question(Q::Worry),
        branches: &[
            branch("Nothing", &["nothing"], go(N::Schedule),
                "Nothing in particular holds you back."),
            branch("The interview", &["the_interview"], go(N::Nerves),
                "What weighs on you is the interview itself."),
            branch("Can't tell", &["unknown"], go(N::Nerves),
                "You can't tell yet what makes you hesitate."),
            branch("The job", &["the_job"], go(N::Doubt),
                "Something about the job itself gives you pause."),
            branch("Wouldn't get it", &["wouldnt_get_it"], go(N::Schedule),
                "Expecting to lose is not a reason to say no: let them decide. Even without the job, an interview brings practice, a pay benchmark and contacts."),
        ],
    },
    Node {
        id: N::Nerves,
        label: "Want the job after all?",
        ask: Ask::Question(Q::WantJob),
        branches: &[
            branch("Yes", &["yes"], go(N::Schedule),
                "You would want the job; what is left is nerves, which are normal and usually ease once you start talking."),
            branch("Not sure", &["unsure"], go(N::Value),
                "You are not sure you want the job, so weigh what the interview itself would give you."),
            branch("No", &["no"], leaf(V::DeclineRoleFit),
                "You would not want the job even if the interview went well: that is a real mismatch, not nerves."),
        ],
    },
    Node {
        id: N::Doubt,
        label: "Want it despite the doubt?",
        ask: Ask::Question(Q::WantJob),
        branches: &[
            branch("Yes", &["yes"], go(N::Schedule),
                "You would still want the job, so go, and use the interview to test your doubt."),
            branch("Not sure", &["unsure"], leaf(V::Research),
                "You have a doubt but can't tell yet whether it matters; put it into words and check it first."),
            branch("No", &["no"], leaf(V::DeclineRoleFit),
                "Your doubt about the job is a real concern, not nerves."),
        ],
    },
    Node {
        id: N::Value,
        label: "Interview worth it anyway?",
        ask: Ask::Question(Q::InterviewValue),
        branches: &[
            branch("A lot", &["a_lot"], go(N::Schedule),
                "That is reason enough to go, whatever you decide about the job."),
            branch("Not much", &["a_little"], leaf(V::DeclineNoReason),
                "You are unsure about the job and the interview would give you little; your time is better spent elsewhere."),
            branch("Not sure", &["unknown"], go(N::Experience),
                "You are not sure what the interview would give you."),
        ],
    },
    Node {
        id: N::Experience,
        label: "Early in your career?",
        ask: Ask::Question(Q::Experience),
        branches: &[
            branch("Yes", &["early"], go(N::Schedule),
                "Early in a career, or after few interviews, the practice and contacts count for more."),
            branch("No or not sure", &["seasoned", "unknown"], go(N::Schedule),
                "A first conversation is the cheapest way to learn whether you want this job."),
        ],
    },
    Node {
        id: N::Schedule,
        label: "Time works?",
        ask: Ask::Question(Q::Schedule),
        branches: &[
            branch("Clash", &["clash"], leaf(V::Reschedule),
                "The job could be right but the time is not, so ask to move it rather than decline."),
            branch("Emergency", &["emergency"], leaf(V::Reschedule),
                "Emergencies happen and most employers understand: tell them in a line and ask to rearrange."),
            branch("Works", &["works"], go(N::Onsite),
                "The time works for you."),
            branch("No time yet", &["unknown"], go(N::Onsite),
                "No time is set yet; check it against your calendar when it comes."),
        ],
    },
    Node {
        id: N::Travel,
        label: "Long trip to get there?",
        ask: Ask::Question(Q::InterviewTravel),
        branches: &[
            branch("Long trip", &["heavy"], leaf(V::VideoInstead),
                "The trip is long or costly, so ask whether this round could be held by video before anyone travels."),
            branch("Little or none", &["light"], go(N::OpenFacts),
                "Getting there is easy."),
            branch("Not sure", &["unknown"], go(N::OpenFacts),
                "Check where the interview is when you confirm."),
        ],
    },
    Node {
        id: N::OpenFacts,
        label: "Later round, facts unknown?",
        ask: Ask::Check(Check::LaterRoundUnknowns),
        branches: &[
            branch("Ask first", &["yes"], leaf(V::AskFirst),
                "A later round costs both sides a day; ask the open questions before you commit to it."),
            branch("Go", &["no"], leaf(V::Proceed),
                "Nothing stands in the way."),
        ],
    },
    Node {
        id: N::Onsite,
        label: "Could it be on site?",
        ask: Ask::Check(Check::MaybeOnsite),
        branches: &[
            branch("Maybe", &["yes"], go(N::Travel),
                "The interview may be on site, so the trip counts."),
            branch("Phone or video", &["no"], go(N::OpenFacts),
                "A phone or video call needs no trip."),
        ],
    },
];
