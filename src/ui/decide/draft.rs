//! The decision in progress, saved as a small JSON draft so a reload or a
//! closed tab resumes where the person was.
//!
//! The stored form keeps each answer as `"question=answer"` text read back
//! through `Situation::set_answer`, rather than deriving serde for the
//! whole `Situation`: that derive compiles a deserializer per answer enum,
//! tens of kilobytes of WebAssembly for a draft of a few lines.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::decision::{next_question, relevant_questions, QuestionId, Situation};
use crate::storage::KEY_PREFIX;

/// The storage key of the draft.
pub fn draft_key() -> String {
    format!("{KEY_PREFIX}decide-draft")
}

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

/// The draft as stored: `{"answers": ["pay=below", ...], "at": "stage",
/// "interview": 1764151200}` (`at` absent on the result; `interview` in
/// Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredDraft {
    /// `question=answer`, in the order answered.
    pub answers: Vec<String>,
    /// The question on screen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// When the interview is, in Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interview: Option<i64>,
}

impl From<&Draft> for StoredDraft {
    fn from(d: &Draft) -> Self {
        StoredDraft {
            answers: d
                .answered
                .iter()
                .map(|q| [q.as_str(), d.situation.answer(*q)].join("="))
                .collect(),
            at: d.at.map(|q| q.as_str().to_string()),
            interview: d.interview.map(|t| t.timestamp()),
        }
    }
}

impl From<StoredDraft> for Draft {
    /// Reads a stored draft, skipping anything no longer understood (a
    /// renamed question or answer), then settles where to resume.
    fn from(stored: StoredDraft) -> Self {
        let mut draft = Draft::default();
        for entry in &stored.answers {
            if let Some((q, a)) = entry.split_once('=') {
                if let Some(q) = QuestionId::from_id(q) {
                    draft.answer(q, a);
                }
            }
        }
        draft.at = stored.at.as_deref().and_then(QuestionId::from_id);
        draft.interview = stored
            .interview
            .and_then(|s| DateTime::from_timestamp(s, 0));
        draft.settled()
    }
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

/// The answers as the JSON object `advise` reads (every question, "don't
/// know" included), as saved with a tracker record. Built by hand for the
/// same reason as `StoredDraft`.
pub fn answers_json(situation: &Situation) -> serde_json::Value {
    serde_json::Value::Object(
        QuestionId::ALL
            .iter()
            .map(|q| (q.as_str().to_string(), situation.answer(*q).into()))
            .collect(),
    )
}
