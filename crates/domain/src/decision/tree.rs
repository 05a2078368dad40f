//! The decision tree as data, and the small interpreter that walks it.
//!
//! Each node asks one thing (a wizard question, or a named check computed
//! from answers already given) and each branch names the answers that take
//! it, a short label for a diagram, a sentence saying why, and where it
//! leads: another node or a leaf (`Verdict`). Several branches may lead to
//! the same node, so the drawing is a directed acyclic graph read top to
//! bottom. The data itself is in `tree_data.rs`.

use serde::Serialize;

use super::answers::OtherOffer;
use super::questions::{AnswerOption, QuestionId};
use super::situation::Situation;
use super::verdict::Verdict;

pub use super::tree_data::TREE;

id_enum! {
    /// Which node of the tree.
    NodeId {
        Start = "start",
        Role = "role",
        OtherRoleFit = "other_role_fit",
        OtherRoleLevel = "other_role_level",
        Pay = "pay",
        Culture = "culture",
        OtherRoleCulture = "other_role_culture",
        Balance = "balance",
        Location = "location",
        Growth = "growth",
        Elsewhere = "elsewhere",
        Race = "race",
        Pace = "pace",
        SlowStage = "slow_stage",
        Worry = "worry",
        Nerves = "nerves",
        Doubt = "doubt",
        Value = "value",
        Experience = "experience",
        Schedule = "schedule",
        Travel = "travel",
        OpenFacts = "open_facts",
        Onsite = "onsite",
    }
}

id_enum! {
    /// A question the engine answers itself from earlier answers.
    Check {
        /// Is this a later round with a deciding fact still unknown?
        LaterRoundUnknowns = "later_round_unknowns",
        /// Is another process close to an offer?
        RacingOffer = "racing_offer",
        /// Could the interview be on site (not a phone or video call)?
        MaybeOnsite = "maybe_onsite",
    }
}

/// The facts that decide whether the job can work at all and that a
/// recruiter can answer in a line: pay, where and how the work is done,
/// and the travel and hours. Before a screening they are asked in the
/// conversation itself; before a later round, which costs both sides a
/// lot more, they are worth asking first (the seed: "gather more
/// information before committing to a lengthy process").
pub const KEY_FACTS: &[QuestionId] = &[QuestionId::Pay, QuestionId::Location, QuestionId::Balance];

/// What the later-round check reads: the key facts and the stage.
const LATER_ROUND_READS: &[QuestionId] = &[
    QuestionId::Pay,
    QuestionId::Location,
    QuestionId::Balance,
    QuestionId::Stage,
];

/// The two answers of every check.
pub const CHECK_OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        id: "yes",
        label: "Yes",
    },
    AnswerOption {
        id: "no",
        label: "No",
    },
];

/// What a node asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ask {
    /// A wizard question: the branch follows the person's answer.
    Question(QuestionId),
    /// A check the engine computes from answers already given.
    Check(Check),
}

/// One node of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Node {
    /// Its stable id.
    pub id: NodeId,
    /// A short label for a drawn diagram.
    pub label: &'static str,
    /// What it asks.
    pub ask: Ask,
    /// Where each answer leads; together they cover every answer once.
    pub branches: &'static [Branch],
}

/// One way out of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Branch {
    /// A short label for a drawn diagram.
    pub label: &'static str,
    /// The answers (option ids) that take this branch.
    pub when: &'static [&'static str],
    /// Where it leads.
    pub to: Target,
    /// Why, in a plain sentence, as shown among the advice's reasons.
    pub why: &'static str,
}

/// Where a branch leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// Another node.
    Node(NodeId),
    /// A leaf: the advice.
    Leaf(Verdict),
}

/// One step of the path a situation took: the node and the branch taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The node.
    pub node: NodeId,
    /// The index of the branch taken in `node.branches`.
    pub branch: usize,
    /// The answer (option id) that chose the branch.
    pub answer: &'static str,
}

impl NodeId {
    /// The node with this id.
    pub fn node(self) -> &'static Node {
        // TREE is kept in the order of NodeId::ALL (tested).
        &TREE[self as usize]
    }
}

impl Check {
    /// The check as a question, for a diagram or an explanation.
    pub const fn text(self) -> &'static str {
        match self {
            Check::LaterRoundUnknowns => {
                "Is this a later round with pay, place or hours still unknown?"
            }
            Check::RacingOffer => "Is another process about to make you an offer?",
            Check::MaybeOnsite => "Could the interview be on site?",
        }
    }

    /// The questions whose answers the check reads.
    pub const fn reads(self) -> &'static [QuestionId] {
        match self {
            Check::LaterRoundUnknowns => LATER_ROUND_READS,
            Check::RacingOffer => &[QuestionId::OtherOffer],
            Check::MaybeOnsite => &[QuestionId::Stage],
        }
    }

    /// The check's answer for a situation ("yes" or "no").
    pub fn evaluate(self, situation: &Situation) -> &'static str {
        let yes = match self {
            Check::LaterRoundUnknowns => {
                situation.stage.is_some_and(|s| !s.is_screening())
                    && KEY_FACTS.iter().any(|q| situation.answer(*q) == "unknown")
            }
            Check::RacingOffer => situation.other_offer == OtherOffer::FarAlong,
            // A phone or video screen needs no trip; an unknown stage may.
            Check::MaybeOnsite => !situation.stage.is_some_and(|s| s.is_screening()),
        };
        if yes {
            "yes"
        } else {
            "no"
        }
    }
}

impl Ask {
    /// Every answer this node can receive.
    pub fn options(self) -> &'static [AnswerOption] {
        match self {
            Ask::Question(q) => q.question().options,
            Ask::Check(_) => CHECK_OPTIONS,
        }
    }

    /// The questions whose answers decide the branch.
    pub fn reads(self) -> &'static [QuestionId] {
        match self {
            Ask::Question(q) => std::slice::from_ref(&q.question().id),
            Ask::Check(c) => c.reads(),
        }
    }

    /// The answer (option id) that picks the branch for a situation.
    pub fn answer(self, situation: &Situation) -> &'static str {
        match self {
            Ask::Question(q) => situation.answer(q),
            Ask::Check(c) => c.evaluate(situation),
        }
    }

    /// The node's question in words.
    pub fn text(self) -> &'static str {
        match self {
            Ask::Question(q) => q.question().text,
            Ask::Check(c) => c.text(),
        }
    }
}

/// Walks the tree for a situation: the path taken and the leaf reached.
pub fn walk(situation: &Situation) -> (Vec<Step>, Verdict) {
    let mut path = Vec::with_capacity(16);
    let verdict = try_walk(situation, |step| path.push(step)).unwrap_or(FALLBACK);
    (path, verdict)
}

/// The leaf reached, without recording the path (for "what if" questions).
pub fn leaf_of(situation: &Situation) -> Verdict {
    leaf_from(NodeId::Start, situation)
}

/// The leaf reached when the walk starts at `node`: for "what if" questions
/// where the path up to `node` is known not to change.
pub fn leaf_from(node: NodeId, situation: &Situation) -> Verdict {
    try_walk_from(node, situation, |_| {}).unwrap_or(FALLBACK)
}

/// What `walk` returns if the tree data were ever broken (no branch for an
/// answer, or a loop). The tests prove it never happens; it exists so the
/// engine stays total without a panic.
const FALLBACK: Verdict = Verdict::Research;

/// A fault in the tree data; only tests ever see one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TreeFault {
    /// No branch of this node takes this answer.
    NoBranch(NodeId, &'static str),
    /// The walk went on longer than there are nodes.
    Loop,
}

/// Walks the tree, reporting each step, or says what is wrong with the data.
pub(crate) fn try_walk(
    situation: &Situation,
    on_step: impl FnMut(Step),
) -> Result<Verdict, TreeFault> {
    try_walk_from(NodeId::Start, situation, on_step)
}

fn try_walk_from(
    start: NodeId,
    situation: &Situation,
    mut on_step: impl FnMut(Step),
) -> Result<Verdict, TreeFault> {
    let mut id = start;
    for _ in 0..TREE.len() {
        let node = id.node();
        let answer = node.ask.answer(situation);
        let (index, branch) = node
            .branches
            .iter()
            .enumerate()
            .find(|(_, b)| b.when.contains(&answer))
            .ok_or(TreeFault::NoBranch(id, answer))?;
        on_step(Step {
            node: id,
            branch: index,
            answer,
        });
        match branch.to {
            Target::Node(next) => id = next,
            Target::Leaf(verdict) => return Ok(verdict),
        }
    }
    Err(TreeFault::Loop)
}
