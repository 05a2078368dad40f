//! The tree itself, as data. Order of the questions follows the seed's
//! "Making The Call" section and its decision tree: start from what is
//! already settled elsewhere and from fit with career goals; clear
//! mismatches (pay, culture, balance, location, a slow process) come
//! before open questions; only when the job could work do we look at
//! nerves, the value of the interview itself, and the practical
//! alternatives (another time, a video call).
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
            branch("Far along elsewhere", &["far_along"], go(N::Race),
                "You are far along elsewhere, so this process has to keep pace with that one."),
            branch("No", &["none"], go(N::Role),
                "Nothing is settled elsewhere, so this invitation deserves a fair look."),
        ],
    },
    Node {
        id: N::Race,
        label: "Can this process keep up?",
        ask: Ask::Question(Q::Timeline),
        branches: &[
            branch("Too slow", &["too_slow"], leaf(V::DeclineLongProcess),
                "A process of about six weeks will not keep up with the offer you are close to elsewhere."),
            branch("Keeps up", &["fits"], go(N::Role),
                "Their process can keep pace with your other one."),
            branch("Not sure", &["unknown"], go(N::Role),
                "You don't know yet how long their process takes; that is worth asking."),
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
                "You are not sure yet how well the role fits; that is worth finding out."),
            branch("Wrong kind of work", &["wrong_work"], go(N::OtherRoleFit),
                "The role centres on work you don't want to do, away from the skills you enjoy using."),
            branch("Wrong level", &["wrong_level"], go(N::OtherRoleFit),
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
                "Before saying no, look at their other openings: a better fit may be waiting there."),
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
                "You don't know the pay yet; that is easy to look up or ask."),
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
                "You don't know the culture yet; a little research can tell you a lot."),
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
            branch("Clashes", &["clashes"], leaf(V::DeclineTravelBalance),
                "The travel or hours would clash with your personal or family commitments, however good the name."),
            branch("Fits", &["fits"], go(N::Location),
                "The travel and hours fit your life."),
            branch("Not sure", &["unknown"], go(N::Location),
                "You don't know yet how much travel or what hours it needs; that is worth asking."),
        ],
    },
    Node {
        id: N::Location,
        label: "Location works?",
        ask: Ask::Question(Q::Location),
        branches: &[
            branch("Doesn't work", &["does_not_work"], leaf(V::DeclineLocation),
                "The location, or the move it needs, does not work for you."),
            branch("Works", &["works"], go(N::Pace),
                "The location works for you."),
            branch("Not sure", &["unknown"], go(N::Pace),
                "You don't know yet where the job would be based; that is worth asking."),
        ],
    },
    Node {
        id: N::Pace,
        label: "Process fits your timeline?",
        ask: Ask::Question(Q::Timeline),
        branches: &[
            branch("Too slow", &["too_slow"], leaf(V::IntroCall),
                "A full process of about six weeks is long for your timeline; a short call first tells you whether it is worth it."),
            branch("Fits", &["fits"], go(N::OpenFacts),
                "Their process fits your timeline."),
            branch("Not sure", &["unknown"], go(N::OpenFacts),
                "You don't know yet how long their process takes."),
        ],
    },
    Node {
        id: N::OpenFacts,
        label: "Key facts still unknown?",
        ask: Ask::Check(Check::KeyFactsUnknown),
        branches: &[
            branch("Some unknown", &["yes"], go(N::FullRound),
                "Nothing rules the job out, but some key facts are still unknown."),
            branch("All known", &["no"], go(N::Worry),
                "Everything you know about the job could work for you."),
        ],
    },
    Node {
        id: N::FullRound,
        label: "A full interview?",
        ask: Ask::Question(Q::Stage),
        branches: &[
            branch("In person or final", &["in_person", "final"], leaf(V::IntroCall),
                "This is a full interview, so a short call first is kinder to everyone's time while the open questions get answers."),
            branch("Screening or not sure", &["phone_screen", "video", "unknown"], leaf(V::Research),
                "Look up what you can first; what you cannot find, ask early in the conversation."),
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
        ],
    },
    Node {
        id: N::Nerves,
        label: "Want the job after all?",
        ask: Ask::Question(Q::WantJob),
        branches: &[
            branch("Yes", &["yes"], go(N::Schedule),
                "You would want the job; what is left is nerves, which are normal and pass once you are in the room."),
            branch("Not sure", &["unsure"], go(N::Value),
                "You are not sure you want the job, so it helps to weigh what the interview itself would give you."),
            branch("No", &["no"], leaf(V::DeclineNoReason),
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
            branch("No", &["no"], leaf(V::DeclineNoReason),
                "Your doubt about the job is a real concern, not nerves."),
        ],
    },
    Node {
        id: N::Value,
        label: "Interview worth it anyway?",
        ask: Ask::Question(Q::InterviewValue),
        branches: &[
            branch("A lot", &["a_lot"], go(N::Schedule),
                "The interview itself is worth a lot to you: insight, a pay benchmark, contacts or practice."),
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
            branch("No or not sure", &["seasoned", "unknown"], leaf(V::Research),
                "Work out what you would want from this interview before you decide."),
        ],
    },
    Node {
        id: N::Schedule,
        label: "Time works?",
        ask: Ask::Question(Q::Schedule),
        branches: &[
            branch("Clash", &["clash"], leaf(V::Reschedule),
                "The job could be right but the time is not, so ask to move it rather than decline."),
            branch("Works", &["works"], go(N::Travel),
                "The time works for you."),
            branch("No time yet", &["unknown"], go(N::Travel),
                "No time is set yet; check it against your calendar when it comes."),
        ],
    },
    Node {
        id: N::Travel,
        label: "Long trip to get there?",
        ask: Ask::Question(Q::InterviewTravel),
        branches: &[
            branch("Long trip", &["heavy"], leaf(V::VideoInstead),
                "The trip is long or costly, so a first talk by video lets both sides check the fit before anyone travels."),
            branch("Little or none", &["light"], leaf(V::Proceed),
                "Getting there is easy, so nothing stands in the way."),
            branch("Not sure", &["unknown"], leaf(V::Proceed),
                "Nothing stands in the way; check where the interview is when you confirm."),
        ],
    },
];
