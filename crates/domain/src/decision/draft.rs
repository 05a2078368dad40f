//! The decision in progress as the wizard walks it: the answers so far,
//! the questions answered in order, and the screen on show. Going forward
//! and back, and settling on a screen that still matters after an answer
//! changes the path, are rules of the wizard, so they live here with
//! `next_question` and `relevant_questions` and are tested natively. Its
//! stored form is `storage::draft`.

use chrono::{DateTime, Utc};

use super::questions::QuestionId;
use super::situation::Situation;
use super::wizard::{next_question, relevant_questions};

/// Answers so far and where the person is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// The answers (unanswered questions keep their "don't know" default).
    pub situation: Situation,
    /// The questions the person has answered, in the order they did.
    pub answered: Vec<QuestionId>,
    /// The question on screen; `None` shows the result.
    pub at: Option<QuestionId>,
    /// When the interview is, if they told us on the result page.
    pub interview: Option<DateTime<Utc>>,
}

impl Draft {
    /// A draft made consistent after loading or after a change: the screen
    /// is a question that still matters, or the result once nothing is left
    /// to ask.
    pub fn settled(mut self) -> Self {
        let pending = next_question(&self.situation, &self.answered);
        self.at = match self.at {
            Some(q) if relevant_questions(&self.situation).contains(&q) => Some(q),
            _ => pending,
        };
        self
    }

    /// Whether the person answered this question.
    pub fn has_answered(&self, question: QuestionId) -> bool {
        self.answered.contains(&question)
    }

    /// Records an answer (an option id of the question).
    pub fn answer(&mut self, question: QuestionId, option: &str) {
        if self.situation.set_answer(question, option).is_ok() && !self.has_answered(question) {
            self.answered.push(question);
        }
    }

    /// The screen after `question`: the next question in asking order, an
    /// unanswered one, or the result when nothing is left.
    pub fn forward(&mut self, question: QuestionId) {
        let order = relevant_questions(&self.situation);
        let after = order
            .iter()
            .position(|q| *q == question)
            .and_then(|i| order.get(i + 1).copied());
        self.at = after.or_else(|| next_question(&self.situation, &self.answered));
    }

    /// The screen before the current one (the last question from the result).
    pub fn back(&mut self) {
        let order = relevant_questions(&self.situation);
        self.at = match self.at {
            None => order.last().copied(),
            Some(q) => match order.iter().position(|x| *x == q) {
                Some(i) if i > 0 => Some(order[i - 1]),
                _ => Some(q),
            },
        };
    }

    /// Whether the person has answered nothing yet.
    pub fn is_empty(&self) -> bool {
        self.answered.is_empty() && self.interview.is_none()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
