//! Helpers for a wizard that asks one question at a time, and only the
//! questions that matter for this person's path through the tree.

use super::advice::questions_read;
use super::questions::QuestionId;
use super::situation::Situation;
use super::tree::walk;
use super::verdict::Outcome;

/// The questions whose answers the advice for this situation depends on,
/// in the order a wizard should ask them: the path's questions, then, when
/// there is a message to send, the ones that choose its channel.
pub fn relevant_questions(situation: &Situation) -> Vec<QuestionId> {
    let (path, verdict) = walk(situation);
    // The invitation itself comes first, as a person would tell it: which
    // round and how soon. Every outcome needs the notice: once the time
    // has gone, even "go" starts with an apology for the missed interview.
    let mut questions = vec![QuestionId::Stage, QuestionId::Notice];
    let mut add = |q: QuestionId| {
        if !questions.contains(&q) {
            questions.push(q);
        }
    };
    for q in questions_read(&path) {
        add(q);
    }
    if verdict.outcome() == Outcome::Decline {
        // A no after an interview there is a withdrawal, and the people
        // you met (or a hiring manager you know) are owed a call.
        add(QuestionId::Interviewed);
        add(QuestionId::HiringManager);
    }
    questions
}

/// The next question to ask, given those already answered; `None` when the
/// advice can no longer change with an unasked question. Ask it, store the
/// answer with `Situation::set_answer`, and call this again: earlier
/// answers can change which questions matter.
pub fn next_question(situation: &Situation, answered: &[QuestionId]) -> Option<QuestionId> {
    relevant_questions(situation)
        .into_iter()
        .find(|q| !answered.contains(q))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::decision::{advise, Outcome};

    /// Plays the wizard with fixed answers and returns the questions asked.
    fn play(answers: &[(QuestionId, &str)]) -> (Vec<QuestionId>, Outcome) {
        let mut s = Situation::default();
        let mut asked = Vec::new();
        while let Some(q) = next_question(&s, &asked) {
            let answer = answers
                .iter()
                .find(|(id, _)| *id == q)
                .map_or("unknown", |(_, a)| a);
            if s.set_answer(q, answer).is_err() {
                // Questions without "unknown" keep their default.
            }
            asked.push(q);
        }
        (asked, advise(&s).outcome)
    }

    #[test]
    fn an_accepted_offer_needs_only_the_channel_questions_after_it() {
        let (asked, outcome) = play(&[(QuestionId::OtherOffer, "accepted")]);
        assert_eq!(outcome, Outcome::Decline);
        assert_eq!(
            asked,
            [
                QuestionId::Stage,
                QuestionId::Notice,
                QuestionId::OtherOffer,
                QuestionId::Interviewed,
                QuestionId::HiringManager,
            ]
        );
    }

    #[test]
    fn a_good_fit_is_asked_about_nerves_and_logistics() {
        use QuestionId as Q;
        let (asked, outcome) = play(&[
            (Q::RoleFit, "fits"),
            (Q::Pay, "meets"),
            (Q::Culture, "fits"),
            (Q::Balance, "fits"),
            (Q::Location, "works"),
            (Q::Timeline, "fits"),
            (Q::Worry, "the_interview"),
            (Q::WantJob, "yes"),
            (Q::Schedule, "works"),
            (Q::InterviewTravel, "light"),
        ]);
        assert_eq!(outcome, Outcome::Proceed);
        assert_eq!(
            asked,
            [
                Q::Stage,
                Q::Notice,
                Q::OtherOffer,
                Q::RoleFit,
                Q::Pay,
                Q::Culture,
                Q::Balance,
                Q::Location,
                Q::Growth,
                Q::Timeline,
                Q::Worry,
                Q::WantJob,
                Q::Schedule,
                Q::InterviewTravel
            ]
        );
    }
}
