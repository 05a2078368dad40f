//! The composer's parts: the draft every part shares, the option and
//! field inputs, the editor with its live checks and highlighted preview,
//! the send actions, the tracker record and the user's own templates.
//! The page itself is `pages::compose`.

mod actions;
mod draft;
mod editor;
mod options;
mod templates;

pub use actions::{RecordInTracker, SendActions};
pub use draft::{Draft, DraftStart, DraftText};
pub use editor::{Checks, Editor};
pub use options::{FieldInputs, MessageOptions, OpportunityPicker};
pub use templates::MyTemplates;
