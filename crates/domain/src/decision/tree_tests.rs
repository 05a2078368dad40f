//! Proofs that the tree is total and deterministic, and that every branch
//! is taken.
//!
//! The full answer space is the product of all questions' options (about
//! 10^10 combinations), too many to list one by one. But the walk only
//! reads the questions on its path, so we enumerate the tree symbolically:
//! at each node we try every answer to its question, fixing it, and leave
//! the unread questions free. Each finished path stands for every
//! combination that agrees with its fixed answers; the paths' counts must
//! add up to the whole product exactly (no combination missed, none
//! counted twice). The path, reasons, open questions and next step depend
//! only on the path's answers and the three channel questions, so checking
//! every path against every channel answer checks every distinct one of
//! them. "What would change" also looks one answer beyond the path, so a
//! property test samples whole situations at random for that.

use proptest::prelude::*;

use super::*;
use crate::domain::{Channel, InterviewStage, MessageKind};

/// One finished symbolic path: its steps, its leaf, a situation that
/// takes it, and which questions it fixed.
struct PathCase {
    steps: Vec<Step>,
    verdict: Verdict,
    situation: Situation,
    fixed: Vec<QuestionId>,
}

fn enumerate_paths() -> Vec<PathCase> {
    fn go(
        id: NodeId,
        situation: Situation,
        fixed: Vec<QuestionId>,
        steps: Vec<Step>,
        out: &mut Vec<PathCase>,
    ) {
        assert!(steps.len() <= TREE.len(), "the tree has a loop at {id}");
        let node = id.node();
        // A check may read questions the path has not fixed yet: try each
        // combination of their answers, fixing them, so every combination
        // is still counted once.
        if let Ask::Check(_) = node.ask {
            if let Some(q) = node.ask.reads().iter().find(|q| !fixed.contains(q)) {
                for option in q.question().options {
                    let mut situation = situation;
                    assert_eq!(situation.set_answer(*q, option.id), Ok(()));
                    let mut fixed = fixed.clone();
                    fixed.push(*q);
                    go(id, situation, fixed, steps.clone(), out);
                }
                return;
            }
        }
        let answers: Vec<&'static str> = match node.ask {
            Ask::Question(q) if !fixed.contains(&q) => {
                q.question().options.iter().map(|o| o.id).collect()
            }
            ask => {
                // A question asked again, or a check: its inputs are fixed
                // by now, so the answer is determined here.
                for q in ask.reads() {
                    assert!(fixed.contains(q), "{id} reads {q} before it is fixed");
                }
                vec![ask.answer(&situation)]
            }
        };
        for answer in answers {
            let mut situation = situation;
            let mut fixed = fixed.clone();
            if let Ask::Question(q) = node.ask {
                assert_eq!(situation.set_answer(q, answer), Ok(()));
                if !fixed.contains(&q) {
                    fixed.push(q);
                }
            }
            let matching: Vec<usize> = (0..node.branches.len())
                .filter(|i| node.branches[*i].when.contains(&answer))
                .collect();
            assert_eq!(matching.len(), 1, "{id} answer {answer}");
            let mut steps = steps.clone();
            steps.push(Step {
                node: id,
                branch: matching[0],
                answer,
            });
            match node.branches[matching[0]].to {
                Target::Node(next) => go(next, situation, fixed, steps, out),
                Target::Leaf(verdict) => out.push(PathCase {
                    steps,
                    verdict,
                    situation,
                    fixed,
                }),
            }
        }
    }
    let mut out = Vec::new();
    go(
        NodeId::Start,
        Situation::default(),
        Vec::new(),
        Vec::new(),
        &mut out,
    );
    out
}

fn options_count(q: QuestionId) -> u64 {
    q.question().options.len() as u64
}

/// The questions outside the tree that the next step reads.
const STEP_QUESTIONS: &[QuestionId] = &[
    QuestionId::Stage,
    QuestionId::HiringManager,
    QuestionId::Notice,
    QuestionId::Interviewed,
];

/// Every situation with the path's fixed answers and each combination of
/// the channel questions.
fn with_channel_answers(base: Situation, fixed: &[QuestionId]) -> Vec<Situation> {
    let mut all = Vec::new();
    // When the path itself read the stage, it stays as the path fixed it.
    let stages: Vec<&str> = if fixed.contains(&QuestionId::Stage) {
        vec![base.answer(QuestionId::Stage)]
    } else {
        STAGE_OPTIONS.iter().map(|o| o.id).collect()
    };
    for stage in stages {
        for hm in HiringManager::ALL {
            for notice in Notice::ALL {
                for interviewed in Interviewed::ALL {
                    let mut s = base;
                    assert_eq!(s.set_answer(QuestionId::Stage, stage), Ok(()));
                    s.hiring_manager = *hm;
                    s.notice = *notice;
                    s.interviewed = *interviewed;
                    all.push(s);
                }
            }
        }
    }
    all
}

/// The invariants every advice must satisfy.
fn assert_valid(situation: &Situation, advice: &Advice) {
    // The path is a real walk from the start to the advice's leaf.
    assert_eq!(advice.path.first().map(|s| s.node), Some(NodeId::Start));
    for pair in advice.path.windows(2) {
        let branch = &pair[0].node.node().branches[pair[0].branch];
        assert_eq!(branch.to, Target::Node(pair[1].node), "{situation:?}");
    }
    let last = advice
        .path
        .last()
        .map(|s| s.node.node().branches[s.branch].to);
    assert_eq!(last, Some(Target::Leaf(advice.verdict)), "{situation:?}");
    assert_eq!(super::tree::try_walk(situation, |_| {}), Ok(advice.verdict));
    // It is explained.
    assert_eq!(advice.outcome, outcome_for(situation, advice.verdict));
    assert_eq!(advice.reasons.len(), advice.path.len());
    assert!(advice.reasons.iter().all(|r| r.why.ends_with('.')));
    assert!(advice.reasons.iter().all(|r| !r.answer.is_empty()));
    if advice.outcome == Outcome::Research {
        assert!(!advice.open_questions.is_empty(), "{situation:?}");
    }
    assert!(advice
        .what_would_change
        .iter()
        .all(|c| c.verdict != advice.verdict));
    assert_eq!(advice.alternatives.len(), Outcome::ALL.len() - 1);
    assert!(advice
        .alternatives
        .iter()
        .all(|a| a.outcome != advice.outcome));
    // The next step matches the outcome.
    let step = &advice.next_step;
    let past = situation.notice == Notice::Past;
    let sends = past || !matches!(advice.outcome, Outcome::Proceed | Outcome::Research);
    assert_eq!(step.message.is_some(), sends, "{situation:?}");
    assert_eq!(step.channel.is_some(), sends);
    assert_eq!(step.channel_why.is_some(), sends);
    assert_eq!(step.decline_reason, advice.verdict.decline_reason());
    if past {
        assert_eq!(step.message, Some(MessageKind::MissedInterview));
    } else {
        // A decline message exactly when the outcome is a no, and never a
        // cancellation that offers a new time in its place.
        assert_eq!(
            step.message.is_some_and(|m| m.is_decline()),
            advice.outcome.is_no(),
            "{situation:?}"
        );
    }
    if advice.outcome.is_no() {
        assert_ne!(step.message, Some(MessageKind::LateCancellation));
        assert!(advice.ask.is_empty());
    }
    assert_eq!(
        step.late,
        advice.outcome.is_no() && short_notice(situation) && !past
    );
    if advice.outcome == Outcome::AskFirst {
        assert!(!advice.ask.is_empty(), "{situation:?}");
    }
    // The message asks some of the person's questions, never others.
    assert!(step
        .ask
        .iter()
        .all(|t| advice.ask.iter().any(|a| a.question == *t)));
    if advice.outcome == Outcome::AskFirst {
        assert!(!step.ask.is_empty(), "{situation:?}");
    }
    // Every path that weighs the schedule can reach a reschedule.
    if advice.path.iter().any(|s| s.node == NodeId::Schedule) {
        let mut clash = *situation;
        clash.schedule = Schedule::Clash;
        assert_eq!(leaf_of(&clash), Verdict::Reschedule, "{situation:?}");
    }
}

#[test]
fn tree_is_in_id_order_and_every_node_takes_each_answer_exactly_once() {
    assert_eq!(TREE.len(), NodeId::ALL.len());
    for (index, id) in NodeId::ALL.iter().enumerate() {
        let node = id.node();
        assert_eq!(node.id, *id);
        assert_eq!(TREE[index].id, *id);
        assert!(!node.label.is_empty() && node.label.len() <= 32, "{id}");
        let options = node.ask.options();
        for option in options {
            let taking = node
                .branches
                .iter()
                .filter(|b| b.when.contains(&option.id))
                .count();
            assert_eq!(taking, 1, "{id}: answer {}", option.id);
        }
        for branch in node.branches {
            assert!(!branch.when.is_empty(), "{id}");
            for answer in branch.when {
                assert!(options.iter().any(|o| o.id == *answer), "{id}: {answer}");
            }
            assert!(!branch.label.is_empty() && branch.label.len() <= 32);
            assert!(branch.why.ends_with('.'), "{id}: {}", branch.label);
        }
    }
}

#[test]
fn symbolic_enumeration_covers_every_combination_exactly_once() {
    let paths = enumerate_paths();
    let total: u64 = QuestionId::ALL.iter().map(|q| options_count(*q)).product();
    let covered: u64 = paths
        .iter()
        .map(|p| total / p.fixed.iter().map(|q| options_count(*q)).product::<u64>())
        .sum();
    assert_eq!(covered, total);
    assert_eq!(
        paths.len(),
        93992,
        "a change to the tree changes this count"
    );
}

#[test]
fn every_node_branch_and_leaf_is_reached() {
    let paths = enumerate_paths();
    for node in TREE {
        for index in 0..node.branches.len() {
            let taken = paths.iter().any(|p| {
                p.steps
                    .iter()
                    .any(|s| s.node == node.id && s.branch == index)
            });
            assert!(taken, "{} branch {}", node.id, node.branches[index].label);
        }
    }
    for verdict in Verdict::ALL {
        assert!(paths.iter().any(|p| p.verdict == *verdict), "{verdict}");
    }
}

#[test]
fn every_distinct_advice_is_valid_and_follows_its_path() {
    let mut checked = 0;
    for case in enumerate_paths() {
        let advice = advise(&case.situation);
        assert_eq!(advice.path, case.steps);
        assert_eq!(advice.verdict, case.verdict);
        assert_eq!(advise(&case.situation), advice, "deterministic");
        assert!(serde_json::to_string(&advice).is_ok_and(|j| j.contains("\"next_step\"")));
        // Only the next step reads the channel answers, so the rest of the
        // advice is checked once per path and the next step for each.
        for situation in with_channel_answers(case.situation, &case.fixed) {
            let outcome = outcome_for(&situation, advice.verdict);
            let reads = questions_read(&advice.path);
            let ask = ask_items(&situation, outcome, &reads);
            let full = Advice {
                outcome,
                next_step: next_step(&situation, advice.verdict, &ask),
                alternatives: super::advice::alternatives(outcome, &advice.what_would_change),
                ask,
                ..advice.clone()
            };
            assert_valid(&situation, &full);
            checked += 1;
        }
    }
    assert!(checked > 1443, "{checked}");
}

#[test]
fn knowing_nothing_yet_means_go_and_ask_not_a_dead_end() {
    let advice = advise(&Situation::default());
    assert_eq!(advice.outcome, Outcome::Proceed);
    let ask: Vec<&str> = advice.ask.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(ask, ["pay", "remote_hybrid", "timeline"]);
    assert_eq!(Situation::default().stage, None::<InterviewStage>);
    // The same unknowns before a final round: ask first, by email.
    let final_round = Situation {
        stage: Some(InterviewStage::Final),
        ..Situation::default()
    };
    let advice = advise(&final_round);
    assert_eq!(advice.outcome, Outcome::AskFirst);
    assert_eq!(advice.next_step.message, Some(MessageKind::AskFirst));
    assert_eq!(
        advice.next_step.channel.map(|c| c.channel),
        Some(Channel::Email)
    );
}

fn any_situation() -> impl Strategy<Value = Situation> {
    let picks: Vec<_> = QuestionId::ALL
        .iter()
        .map(|q| 0..q.question().options.len())
        .collect();
    picks.prop_map(|indices| {
        let mut s = Situation::default();
        for (q, i) in QuestionId::ALL.iter().zip(indices) {
            let option = q.question().options[i].id;
            assert_eq!(s.set_answer(*q, option), Ok(()));
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_situation_gets_a_valid_explained_advice(s in any_situation()) {
        let advice = advise(&s);
        assert_valid(&s, &advice);
        prop_assert!(serde_json::to_string(&advice).is_ok());
        // "What would change" is exactly the single answers that change the
        // leaf, each checked by a full walk from the start.
        let mut expected = Vec::new();
        for q in questions_read(&advice.path) {
            for option in q.question().options {
                let mut changed = s;
                prop_assert_eq!(changed.set_answer(q, option.id), Ok(()));
                let verdict = leaf_of(&changed);
                if verdict != advice.verdict {
                    expected.push((q, option.id, verdict));
                }
            }
        }
        let got: Vec<_> = advice
            .what_would_change
            .iter()
            .map(|c| (c.question, c.answer, c.verdict))
            .collect();
        prop_assert_eq!(got, expected);
        for alt in &advice.alternatives {
            prop_assert_eq!(alt.reached_by.map(|c| c.outcome).unwrap_or(alt.outcome), alt.outcome);
            prop_assert_eq!(
                alt.reached_by.is_some(),
                advice.what_would_change.iter().any(|c| c.outcome == alt.outcome)
            );
        }
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(situation_from_json(&json), Ok(s));
    }

    #[test]
    fn unread_answers_never_change_the_decision(s in any_situation(), t in any_situation()) {
        // Copy into t every answer the path of s read, plus the channel
        // answers: the decision and its explanation must be the same. (What
        // would change may differ: a changed answer can lead to a question
        // the path did not read.)
        let advice = advise(&s);
        let mut mixed = t;
        let reads = questions_read(&advice.path);
        for q in reads.iter().chain(STEP_QUESTIONS) {
            prop_assert_eq!(mixed.set_answer(*q, s.answer(*q)), Ok(()));
        }
        let other = advise(&mixed);
        prop_assert_eq!(&other.path, &advice.path);
        prop_assert_eq!(&other.reasons, &advice.reasons);
        prop_assert_eq!(&other.open_questions, &advice.open_questions);
        prop_assert_eq!(other.next_step, advice.next_step);
    }
}

#[test]
fn an_outcome_that_says_yes_to_the_interview_never_says_no() {
    let yes: Vec<Outcome> = Outcome::ALL
        .iter()
        .copied()
        .filter(|o| o.accepts_the_interview())
        .collect();
    assert_eq!(
        yes,
        [Outcome::Proceed, Outcome::AskFirst, Outcome::Expedite]
    );
    use crate::domain::timing::Reply;
    for o in Outcome::ALL {
        assert!(!(o.accepts_the_interview() && o.is_no()), "{o:?}");
        // A no gets the notice rules; only a plain yes is told to say
        // yes; a yes that comes with questions is a question to send.
        assert_eq!(o.reply() == Reply::No, o.is_no(), "{o:?}");
        assert_eq!(o.reply() == Reply::Yes, *o == Outcome::Proceed, "{o:?}");
    }
    assert_eq!(Outcome::AskFirst.reply(), Reply::Proposal);
    assert_eq!(Outcome::Reschedule.reply(), Reply::Proposal);
}
