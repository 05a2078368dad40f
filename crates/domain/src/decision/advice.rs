//! `advise`: walk the tree and explain the result in plain words.

use serde::Serialize;

use super::ask::{ask_items, AskItem};
use super::next_step::{next_step, outcome_for, NextStep, NoticeBand};
use super::questions::QuestionId;
use super::situation::Situation;
use super::tree::{leaf_from, walk, NodeId, Step};
use super::verdict::{Outcome, Verdict};

/// The engine's advice for one situation, with everything needed to
/// explain it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    /// The broad kind of advice.
    pub outcome: Outcome,
    /// The leaf of the tree that was reached.
    pub verdict: Verdict,
    /// The advice in one line.
    pub headline: &'static str,
    /// Which answers led here and why, one per step of the path.
    pub reasons: Vec<Reason>,
    /// The path through the tree (node and branch), for drawing it.
    pub path: Vec<Step>,
    /// Facts on the path still unknown, with what to look up or ask.
    pub open_questions: Vec<OpenQuestion>,
    /// Questions to put to the employer, riding along with the next step
    /// (empty for a no and for research).
    pub ask: Vec<AskItem>,
    /// Single answers that, changed, would change the advice.
    pub what_would_change: Vec<Change>,
    /// The other kinds of advice, and what would lead to each.
    pub alternatives: Vec<Alternative>,
    /// What to do now.
    pub next_step: NextStep,
}

/// One answer that led to the advice, and why it mattered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The node where it counted.
    pub node: NodeId,
    /// The question asked there.
    pub question: &'static str,
    /// The answer, in words.
    pub answer: &'static str,
    /// Why it led where it did.
    pub why: &'static str,
}

/// A fact still unknown and how to find it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OpenQuestion {
    /// Which question is unanswered.
    pub question: QuestionId,
    /// The question in words.
    pub text: &'static str,
    /// What to look up or ask.
    pub look_up: &'static str,
}

/// An answer that would change the advice: "if you answered `answer_label`
/// to `question_text`, the advice would be `headline`". The parts are kept
/// apart (and static) so a UI can lay them out and the engine stays fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The question.
    pub question: QuestionId,
    /// The question in words.
    pub question_text: &'static str,
    /// The other answer (option id).
    pub answer: &'static str,
    /// The other answer, in words.
    pub answer_label: &'static str,
    /// The leaf it would lead to.
    pub verdict: Verdict,
    /// The kind of advice it would lead to.
    pub outcome: Outcome,
    /// The advice it would lead to, in one line.
    pub headline: &'static str,
}

/// Another kind of advice that was considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// The kind of advice.
    pub outcome: Outcome,
    /// Its short label.
    pub label: &'static str,
    /// The first single changed answer that would lead to it, if any.
    pub reached_by: Option<Change>,
    /// In words: what would lead to it, or that no single answer would.
    pub note: &'static str,
}

/// The headline once a missed interview is followed by a no.
pub const MISSED_NO_HEADLINE: &str =
    "Apologise for missing the interview, and tell them why you are stepping back.";
/// The headline once a missed interview is followed by still wanting the job.
pub const MISSED_KEEN_HEADLINE: &str =
    "Apologise for missing the interview, and ask whether they would still meet you.";

/// The note on an alternative one changed answer would lead to.
pub const REACHABLE_NOTE: &str = "One different answer would lead here; see reached_by for which.";
/// The note on an alternative no single changed answer would lead to.
pub const UNREACHABLE_NOTE: &str = "No single answer of yours points here.";

/// Advises on a situation. Deterministic and total: every situation,
/// unknowns included, gets a leaf, reasons, and a next step.
pub fn advise(situation: &Situation) -> Advice {
    let (path, verdict) = walk(situation);
    let outcome = outcome_for(situation, verdict);
    let reads = questions_read(&path);
    let what_would_change = changes(situation, verdict, &path, &reads);
    let ask = ask_items(situation, outcome, &reads);
    // Once the time has gone, the apology is the headline.
    let headline = match (NoticeBand::of(situation), outcome.is_no()) {
        (NoticeBand::Past, true) => MISSED_NO_HEADLINE,
        (NoticeBand::Past, false) => MISSED_KEEN_HEADLINE,
        _ => verdict.headline(),
    };
    Advice {
        outcome,
        verdict,
        headline,
        reasons: path.iter().map(reason).collect(),
        open_questions: open_questions(situation, &reads),
        alternatives: alternatives(outcome, &what_would_change),
        what_would_change,
        next_step: next_step(situation, verdict, &ask),
        ask,
        path,
    }
}

/// The questions the path read, in order, each once.
pub fn questions_read(path: &[Step]) -> Vec<QuestionId> {
    let mut reads = Vec::with_capacity(16);
    for step in path {
        for q in step.node.node().ask.reads() {
            if !reads.contains(q) {
                reads.push(*q);
            }
        }
    }
    reads
}

fn reason(step: &Step) -> Reason {
    let node = step.node.node();
    let answer = node
        .ask
        .options()
        .iter()
        .find(|o| o.id == step.answer)
        .map_or(step.answer, |o| o.label);
    Reason {
        node: step.node,
        question: node.ask.text(),
        answer,
        why: node.branches.get(step.branch).map_or("", |b| b.why),
    }
}

fn open_questions(situation: &Situation, reads: &[QuestionId]) -> Vec<OpenQuestion> {
    reads
        .iter()
        .filter(|q| matches!(situation.answer(**q), "unknown" | "unsure"))
        .filter_map(|q| {
            let question = q.question();
            question.research.map(|look_up| OpenQuestion {
                question: *q,
                text: question.text,
                look_up,
            })
        })
        .collect()
}

/// Only the questions the path read can change the path, so trying each of
/// their other answers finds every single change that matters. The path up
/// to the first node that reads a question stays the same when that answer
/// changes, so each "what if" walk starts there.
fn changes(
    situation: &Situation,
    current: Verdict,
    path: &[Step],
    reads: &[QuestionId],
) -> Vec<Change> {
    let mut found = Vec::new();
    for q in reads {
        let Some(first) = path.iter().find(|s| s.node.node().ask.reads().contains(q)) else {
            continue;
        };
        let question = q.question();
        let given = situation.answer(*q);
        for option in question.options {
            if option.id == given {
                continue;
            }
            let mut changed = *situation;
            if changed.set_answer(*q, option.id).is_err() {
                continue;
            }
            let verdict = leaf_from(first.node, &changed);
            if verdict != current {
                found.push(Change {
                    question: *q,
                    question_text: question.text,
                    answer: option.id,
                    answer_label: option.label,
                    verdict,
                    outcome: outcome_for(&changed, verdict),
                    headline: verdict.headline(),
                });
            }
        }
    }
    found
}

pub(crate) fn alternatives(chosen: Outcome, changes: &[Change]) -> Vec<Alternative> {
    Outcome::ALL
        .iter()
        .filter(|o| **o != chosen)
        .map(|o| {
            let reached_by = changes.iter().find(|c| c.outcome == *o).copied();
            Alternative {
                outcome: *o,
                label: o.label(),
                reached_by,
                note: if reached_by.is_some() {
                    REACHABLE_NOTE
                } else {
                    UNREACHABLE_NOTE
                },
            }
        })
        .collect()
}
