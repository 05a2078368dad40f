//! The pieces of the decision page: the saved draft, one question at a
//! time, the summary of answers, the result with its tree drawing, and the
//! "save to tracker" form. The questions, the tree and the advice all come
//! from `crate::domain::decision`; here we only ask and show.

mod result;
mod save;
mod tree;
mod wizard;

pub use crate::domain::decision::Draft;
pub use crate::storage::draft::{answers_json, draft_key, StoredDraft};
pub use result::DecisionResult;
pub use save::SaveToTracker;
pub use tree::{PathDiagram, TreeDiagram};
pub use wizard::{AnswerSummary, QuestionStep, StartOver};
