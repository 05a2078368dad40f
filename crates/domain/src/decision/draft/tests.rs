//! The wizard's navigation: forward through the questions that matter,
//! back through them, and settling after a change of path.

use super::*;

fn start() -> Draft {
    Draft::default().settled()
}

/// Answers whatever is on screen with its first option and moves on,
/// until the result shows; returns the questions seen.
fn walk_to_result(draft: &mut Draft) -> Vec<QuestionId> {
    let mut seen = Vec::new();
    while let Some(q) = draft.at {
        assert!(
            seen.len() <= QuestionId::ALL.len(),
            "the wizard loops: {seen:?}"
        );
        seen.push(q);
        draft.answer(q, q.question().options[0].id);
        draft.forward(q);
    }
    seen
}

#[test]
fn a_fresh_draft_starts_with_the_invitation() {
    let draft = start();
    assert_eq!(draft.at, Some(QuestionId::Stage));
    assert!(draft.is_empty());
}

#[test]
fn forward_then_back_retraces_the_same_questions() {
    let mut draft = start();
    let seen = walk_to_result(&mut draft);
    assert_eq!(draft.at, None, "the result shows at the end");
    assert_eq!(seen, relevant_questions(&draft.situation));
    for q in seen.iter().rev() {
        draft.back();
        assert_eq!(draft.at, Some(*q));
    }
    // Back from the first question stays there.
    draft.back();
    assert_eq!(draft.at, seen.first().copied());
}

#[test]
fn forward_skips_nothing_unanswered_and_ends_on_the_result() {
    let mut draft = start();
    draft.answer(QuestionId::Stage, "final");
    draft.forward(QuestionId::Stage);
    assert_eq!(draft.at, Some(QuestionId::Notice));
    assert!(draft.has_answered(QuestionId::Stage));
    assert!(!draft.is_empty());
}

#[test]
fn an_answer_that_is_not_an_option_is_not_recorded() {
    let mut draft = start();
    draft.answer(QuestionId::Stage, "no-such-answer");
    assert!(!draft.has_answered(QuestionId::Stage));
    assert!(draft.is_empty());
}

#[test]
fn settling_moves_off_a_question_that_no_longer_matters() {
    let mut draft = start();
    walk_to_result(&mut draft);
    let relevant = relevant_questions(&draft.situation);
    let gone = QuestionId::ALL
        .iter()
        .copied()
        .find(|q| !relevant.contains(q))
        .expect("some question is off this path");
    draft.at = Some(gone);
    let settled = draft.clone().settled();
    assert_eq!(
        settled.at,
        next_question(&settled.situation, &settled.answered)
    );
    // A question that still matters stays on screen.
    draft.at = Some(QuestionId::Stage);
    assert_eq!(draft.settled().at, Some(QuestionId::Stage));
}
