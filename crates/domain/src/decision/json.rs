//! Reading a `Situation` from JSON text with errors that name the field.
//!
//! serde's own message for a wrong enum value does not say which field it
//! was in, so we read the object field by field through the same
//! `set_answer` the wizard uses.

use super::questions::QuestionId;
use super::situation::{AnswerError, Situation};

/// Why a JSON text is not a situation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SituationError {
    /// Not JSON at all.
    #[error("this is not valid JSON: {0}")]
    Json(String),
    /// JSON, but not an object.
    #[error("a situation is a JSON object of answers, such as {{\"pay\": \"meets\"}}")]
    NotAnObject,
    /// A field that is not a question.
    #[error("unknown field \"{field}\": use one of {allowed}")]
    UnknownField {
        /// The field as written.
        field: String,
        /// The known field names, comma-separated.
        allowed: String,
    },
    /// A field whose value is not a string.
    #[error("field \"{field}\" must be a string, such as \"unknown\"")]
    NotAString {
        /// The field as written.
        field: String,
    },
    /// A field whose value is not one of its answers.
    #[error("field {0}")]
    UnknownAnswer(#[from] AnswerError),
}

/// Reads a situation from JSON. Every field is optional; a missing one
/// keeps its default ("don't know" where that is an answer).
pub fn situation_from_json(text: &str) -> Result<Situation, SituationError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| SituationError::Json(e.to_string()))?;
    let object = value.as_object().ok_or(SituationError::NotAnObject)?;
    let mut situation = Situation::default();
    for (field, answer) in object {
        let question = QuestionId::from_id(field).ok_or_else(|| SituationError::UnknownField {
            field: field.clone(),
            allowed: QuestionId::ALL
                .iter()
                .map(|q| q.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
        let answer = answer.as_str().ok_or_else(|| SituationError::NotAString {
            field: field.clone(),
        })?;
        situation.set_answer(question, answer)?;
    }
    Ok(situation)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(text: &str, expected: &str) {
        let err = situation_from_json(text).unwrap_err();
        assert_eq!(err.to_string(), expected, "{text}");
    }

    #[test]
    fn errors_name_the_field_and_the_choices() {
        check(
            r#"{"pay": "lots"}"#,
            "field \"pay\" has no answer \"lots\": use one of meets, below, unknown",
        );
        check(
            r#"{"salary": "meets"}"#,
            "unknown field \"salary\": use one of other_offer, role_fit, other_role, pay, culture, balance, location, timeline, worry, want_job, interview_value, experience, schedule, interview_travel, stage, hiring_manager, notice, growth, would_wait, interviewed",
        );
        check(
            r#"{"stage": 3}"#,
            "field \"stage\" must be a string, such as \"unknown\"",
        );
        check(
            "[]",
            "a situation is a JSON object of answers, such as {\"pay\": \"meets\"}",
        );
        check(
            "{\"pay\": ",
            "this is not valid JSON: EOF while parsing a value at line 1 column 8",
        );
    }

    #[test]
    fn agrees_with_serde_on_valid_input() {
        let text = r#"{"pay": "below", "stage": "unknown", "notice": "under_a_day"}"#;
        let ours = situation_from_json(text).unwrap();
        let serde: Situation = serde_json::from_str(text).unwrap();
        assert_eq!(ours, serde);
        assert_eq!(situation_from_json("{}").unwrap(), Situation::default());
    }
}
