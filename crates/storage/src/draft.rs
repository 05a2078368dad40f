//! The wizard's draft as stored, so a reload or a closed tab resumes where
//! the person was, and the answers as saved with a tracker record.
//!
//! The stored form keeps each answer as `"question=answer"` text read back
//! through `Situation::set_answer`, rather than deriving serde for the
//! whole `Situation`: that derive compiles a deserializer per answer enum,
//! tens of kilobytes of WebAssembly for a draft of a few lines.

use chrono::DateTime;
use serde::{Deserialize, Serialize};

use crate::domain::decision::{Draft, QuestionId, Situation};
use crate::envelope::KEY_PREFIX;

/// The storage key of the draft.
pub fn draft_key() -> String {
    format!("{KEY_PREFIX}decide-draft")
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::decision::QuestionId;

    fn round_trip(draft: &Draft) -> Draft {
        let text = serde_json::to_string(&StoredDraft::from(draft)).unwrap();
        Draft::from(serde_json::from_str::<StoredDraft>(&text).unwrap())
    }

    #[test]
    fn a_draft_reads_back_as_it_was_saved() {
        let mut draft = Draft::default().settled();
        draft.answer(QuestionId::Stage, "final");
        draft.forward(QuestionId::Stage);
        draft.interview = DateTime::from_timestamp(1_764_151_200, 0);
        assert_eq!(round_trip(&draft), draft);
    }

    #[test]
    fn the_stored_form_is_question_equals_answer_and_unix_seconds() {
        let mut draft = Draft::default().settled();
        draft.answer(QuestionId::Stage, "final");
        draft.at = Some(QuestionId::Notice);
        draft.interview = DateTime::from_timestamp(1_764_151_200, 0);
        let text = serde_json::to_string(&StoredDraft::from(&draft)).unwrap();
        assert_eq!(
            text,
            r#"{"answers":["stage=final"],"at":"notice","interview":1764151200}"#
        );
    }

    #[test]
    fn answers_no_longer_understood_are_skipped_and_the_screen_settles() {
        let stored = StoredDraft {
            answers: vec!["stage=final".into(), "gone=yes".into(), "stage".into()],
            at: Some("no-such-question".into()),
            interview: None,
        };
        let draft = Draft::from(stored);
        assert_eq!(draft.answered, vec![QuestionId::Stage]);
        assert_eq!(draft.at, Some(QuestionId::Notice));
    }

    #[test]
    fn the_answers_json_names_every_question() {
        let json = answers_json(&Situation::default());
        let object = json.as_object().unwrap();
        assert_eq!(object.len(), QuestionId::ALL.len());
    }
}
