//! Everything the engine knows about one interview invitation.

use serde::{Deserialize, Serialize};

use super::answers::*;
use super::questions::{QuestionId, UNKNOWN_STAGE};
use crate::domain::InterviewStage;

/// The answers about one invitation. `Situation::default()` is "nothing
/// known yet": every question that has a "don't know" answer starts there.
///
/// In JSON every field is optional (a missing one keeps its default), names
/// are snake_case and unknown fields are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Situation {
    /// Committed or far along elsewhere.
    pub other_offer: OtherOffer,
    /// Fit with career goals, core skills and the work they want.
    pub role_fit: RoleFit,
    /// A better-suited role at the same company.
    pub other_role: OtherRole,
    /// Pay against needs.
    pub pay: Pay,
    /// Culture and values.
    pub culture: Culture,
    /// Travel and hours against personal and family commitments.
    pub balance: Balance,
    /// Location and relocation.
    pub location: Location,
    /// The length of the process against their timeline.
    pub timeline: Timeline,
    /// What weighs on them: the interview or the job.
    pub worry: Worry,
    /// Whether they would want the job once the interview is behind them.
    pub want_job: WantJob,
    /// What the interview itself is worth to them.
    pub interview_value: InterviewValue,
    /// Whether interviews are still new to them.
    pub experience: Experience,
    /// Whether the proposed time works.
    pub schedule: Schedule,
    /// Travel needed for the interview itself.
    pub interview_travel: InterviewTravel,
    /// The interview stage; `None` (JSON `"unknown"`) when not known yet.
    #[serde(with = "stage_answer")]
    pub stage: Option<InterviewStage>,
    /// Whether they have spoken with the hiring manager.
    pub hiring_manager: HiringManager,
    /// How soon the interview is.
    pub notice: Notice,
    /// Whether the role would help them grow.
    pub growth: Growth,
    /// Far along elsewhere: whether they would wait for this process.
    pub would_wait: WouldWait,
    /// Whether they have already interviewed there for this role.
    pub interviewed: Interviewed,
}

/// An answer that is not one of a question's options.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{question}\" has no answer \"{given}\": use one of {allowed}")]
pub struct AnswerError {
    /// The question that was being answered.
    pub question: QuestionId,
    /// The answer that did not match.
    pub given: String,
    /// The allowed answers, comma-separated.
    pub allowed: String,
}

impl Situation {
    /// The stable name of the current answer to a question.
    pub fn answer(&self, question: QuestionId) -> &'static str {
        match question {
            QuestionId::OtherOffer => self.other_offer.as_str(),
            QuestionId::RoleFit => self.role_fit.as_str(),
            QuestionId::OtherRole => self.other_role.as_str(),
            QuestionId::Pay => self.pay.as_str(),
            QuestionId::Culture => self.culture.as_str(),
            QuestionId::Balance => self.balance.as_str(),
            QuestionId::Location => self.location.as_str(),
            QuestionId::Timeline => self.timeline.as_str(),
            QuestionId::Worry => self.worry.as_str(),
            QuestionId::WantJob => self.want_job.as_str(),
            QuestionId::InterviewValue => self.interview_value.as_str(),
            QuestionId::Experience => self.experience.as_str(),
            QuestionId::Schedule => self.schedule.as_str(),
            QuestionId::InterviewTravel => self.interview_travel.as_str(),
            QuestionId::Stage => self.stage.map_or(UNKNOWN_STAGE, InterviewStage::as_str),
            QuestionId::HiringManager => self.hiring_manager.as_str(),
            QuestionId::Notice => self.notice.as_str(),
            QuestionId::Growth => self.growth.as_str(),
            QuestionId::WouldWait => self.would_wait.as_str(),
            QuestionId::Interviewed => self.interviewed.as_str(),
        }
    }

    /// The current answer to a question, worded as the wizard shows it.
    pub fn answer_label(&self, question: QuestionId) -> &'static str {
        let id = self.answer(question);
        question
            .question()
            .options
            .iter()
            .find(|o| o.id == id)
            .map_or(id, |o| o.label)
    }

    /// Sets the answer to a question by the option's stable name, so a UI
    /// can ask every question the same way.
    pub fn set_answer(&mut self, question: QuestionId, option: &str) -> Result<(), AnswerError> {
        fn pick<T>(found: Option<T>, slot: &mut T) -> bool {
            found.map(|v| *slot = v).is_some()
        }
        let ok = match question {
            QuestionId::OtherOffer => pick(OtherOffer::from_id(option), &mut self.other_offer),
            QuestionId::RoleFit => pick(RoleFit::from_id(option), &mut self.role_fit),
            QuestionId::OtherRole => pick(OtherRole::from_id(option), &mut self.other_role),
            QuestionId::Pay => pick(Pay::from_id(option), &mut self.pay),
            QuestionId::Culture => pick(Culture::from_id(option), &mut self.culture),
            QuestionId::Balance => pick(Balance::from_id(option), &mut self.balance),
            QuestionId::Location => pick(Location::from_id(option), &mut self.location),
            QuestionId::Timeline => pick(Timeline::from_id(option), &mut self.timeline),
            QuestionId::Worry => pick(Worry::from_id(option), &mut self.worry),
            QuestionId::WantJob => pick(WantJob::from_id(option), &mut self.want_job),
            QuestionId::InterviewValue => {
                pick(InterviewValue::from_id(option), &mut self.interview_value)
            }
            QuestionId::Experience => pick(Experience::from_id(option), &mut self.experience),
            QuestionId::Schedule => pick(Schedule::from_id(option), &mut self.schedule),
            QuestionId::InterviewTravel => {
                pick(InterviewTravel::from_id(option), &mut self.interview_travel)
            }
            QuestionId::Stage => pick(stage_from_id(option), &mut self.stage),
            QuestionId::HiringManager => {
                pick(HiringManager::from_id(option), &mut self.hiring_manager)
            }
            QuestionId::Notice => pick(Notice::from_id(option), &mut self.notice),
            QuestionId::Growth => pick(Growth::from_id(option), &mut self.growth),
            QuestionId::WouldWait => pick(WouldWait::from_id(option), &mut self.would_wait),
            QuestionId::Interviewed => pick(Interviewed::from_id(option), &mut self.interviewed),
        };
        if ok {
            Ok(())
        } else {
            Err(AnswerError {
                question,
                given: option.to_string(),
                allowed: question
                    .question()
                    .options
                    .iter()
                    .map(|o| o.id)
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    }
}

/// Reads a stage answer: a shared stage name, or "unknown" for `None`.
fn stage_from_id(id: &str) -> Option<Option<InterviewStage>> {
    if id == UNKNOWN_STAGE {
        Some(None)
    } else {
        id.parse().ok().map(Some)
    }
}

/// The stage is written as its shared name, or "unknown", so that every
/// field of the JSON uses the same word for "don't know yet".
mod stage_answer {
    use super::{stage_from_id, InterviewStage, UNKNOWN_STAGE};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        stage: &Option<InterviewStage>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(stage.map_or(UNKNOWN_STAGE, InterviewStage::as_str))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<InterviewStage>, D::Error> {
        let text = String::deserialize(d)?;
        stage_from_id(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown stage \"{text}\": use one of phone_screen, video, in_person, final, unknown"
            ))
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_option_of_every_question_can_be_set_and_read_back() {
        for id in QuestionId::ALL {
            for option in id.question().options {
                let mut s = Situation::default();
                assert_eq!(s.set_answer(*id, option.id), Ok(()));
                assert_eq!(s.answer(*id), option.id);
                assert_eq!(s.answer_label(*id), option.label);
            }
        }
    }

    #[test]
    fn a_wrong_answer_names_the_question_and_the_choices() {
        let mut s = Situation::default();
        let err = s.set_answer(QuestionId::Pay, "lots").unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"pay\" has no answer \"lots\": use one of meets, below, unknown"
        );
        assert_eq!(s, Situation::default());
    }

    #[test]
    fn default_is_dont_know_wherever_that_is_an_answer() {
        let s = Situation::default();
        for id in QuestionId::ALL {
            let has_unknown = id
                .question()
                .options
                .iter()
                .any(|o| matches!(o.id, "unknown" | "unsure"));
            if has_unknown {
                assert!(matches!(s.answer(*id), "unknown" | "unsure"), "{id}");
            }
        }
        assert_eq!(s.other_offer, OtherOffer::None);
    }

    #[test]
    fn serde_round_trips_and_accepts_a_partial_object() {
        let s: Situation = serde_json::from_str(r#"{"pay":"below","stage":"final"}"#).unwrap();
        assert_eq!(s.pay, Pay::Below);
        assert_eq!(s.stage, Some(InterviewStage::Final));
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains(r#""stage":"final""#));
        assert_eq!(serde_json::from_str::<Situation>(&json).unwrap(), s);
        let unknown: Situation = serde_json::from_str(r#"{"stage":"unknown"}"#).unwrap();
        assert_eq!(unknown.stage, None);
    }
}
