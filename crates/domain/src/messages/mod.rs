//! Message templates and the etiquette checker.
//!
//! The composer renders one of our built-in templates ([`render`]) from a
//! [`MessageRequest`], then the user may edit the text freely; the checker
//! ([`check`]) runs on every edit and points at what the seed warns
//! against: no thanks, too long, oversharing, false enthusiasm, no
//! well-wishing, unfilled placeholders, a missing subject, a LinkedIn note
//! over the limit.
//!
//! Every text and word list is data in one named place (`templates/`,
//! `words.rs`, the spelling table in `spelling.rs`), so wording can change
//! without touching the logic. Rendering is in three steps: `layout.rs`
//! decides which pieces a letter, call script or voicemail says and in
//! what order; `writer.rs` fills the fields, with `grammar.rs` keeping
//! typed values reading as English (prepositions before times, a/an,
//! capitals, punctuation at the joins); `when.rs` writes RFC 3339 times
//! in English whatever the browser's language. The code avoids regex and
//! heavy generics because it ships to phones as WebAssembly.

mod args;
mod check;
mod compose_args;
mod detect;
mod finding;
mod grammar;
mod highlight;
mod layout;
pub mod mailto;
mod render;
mod request;
mod scan;
mod spelling;
mod templates;
mod used;
mod user_template;
mod when;
mod words;
mod writer;

pub use args::{parse_check_args, ArgsError, CheckArgs, CHECK_USAGE};
pub use check::{check, CheckInput};
pub use compose_args::{
    parse_compose_args, script_sections, ComposeArgsError, ScriptSection, COMPOSE_USAGE,
};
pub use finding::{Finding, Rule, Severity};
pub use grammar::{as_sentence, indefinite_article, join_list, tidy_name, time_preposition};
pub use highlight::{highlight_segments, Segment};
pub use mailto::mailto_url;
pub use render::{asks_apply, channels_for, late_applies, reasons_apply, render};
pub use request::{
    AskTopic, Field, Length, MessageFields, MessageRequest, Part, Placeholder, RenderedMessage,
    Span, Spelling, Tone,
};
pub use used::fields_used;
pub use user_template::{
    fill_user_template, merge_user_templates, user_template_id, UserTemplate, MAX_TEMPLATE_NAME,
};
pub(crate) use when::MONTHS;
pub use when::{english_date_time, english_when, iso_date, list_date, short_date, short_date_time};
pub(crate) use words::MONTHS as MONTH_WORDS;
