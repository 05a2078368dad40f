//! The explainable decision engine: should this interview be declined,
//! and if not outright, what instead?
//!
//! A `Situation` holds the answers (each with an honest "don't know" where
//! one may not know yet); `advise` walks the decision tree `TREE`, which is
//! plain data, and returns `Advice`: the outcome, the reasons in plain
//! words, the path taken, what is still unknown, which single answers
//! would change the advice, and the next step (message kind, reason and
//! channel). `QUESTIONS`, `Situation::set_answer` and `next_question` let
//! a wizard ask one question at a time without knowing the questions.

#[macro_use]
mod macros;

mod advice;
mod answers;
mod ask;
mod draft;
mod json;
mod next_step;
mod questions;
mod situation;
mod tree;
mod tree_data;
mod verdict;
mod wizard;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tree_tests;

pub use advice::{
    advise, questions_read, Advice, Alternative, Change, OpenQuestion, Reason, REACHABLE_NOTE,
    UNREACHABLE_NOTE,
};
pub use answers::{
    Balance, Culture, Experience, Growth, HiringManager, InterviewTravel, InterviewValue,
    Interviewed, Location, Notice, OtherOffer, OtherRole, Pay, RoleFit, Schedule, Timeline,
    WantJob, Worry, WouldWait,
};
pub use ask::{ask_items, ask_text, AskItem};
pub use draft::Draft;
pub use json::{situation_from_json, SituationError};
pub use next_step::{
    channel_context, message_for, next_step, outcome_for, short_notice, NextStep, NoticeBand,
    LATE_CHANGE, LATE_NO, READY, THEN_NOTE,
};
pub use questions::{AnswerOption, Question, QuestionId, QUESTIONS, STAGE_OPTIONS, UNKNOWN_STAGE};
pub use situation::{AnswerError, Situation};
pub use tree::{
    leaf_from, leaf_of, walk, Ask, Branch, Check, Node, NodeId, Step, Target, CHECK_OPTIONS,
    KEY_FACTS, TREE,
};
pub use verdict::{Outcome, Verdict};
pub use wizard::{next_question, relevant_questions};
