//! Pure advice rules: no UI framework, no browser APIs, no clock reads.
//!
//! Every function that needs the current time takes `now` as a parameter so
//! that it can be tested natively and deterministically.
//!
//! This is the root of its own package (`crates/domain`), which the app
//! re-exports as `graceful_decline::domain`; the alias below keeps the
//! `crate::domain::…` paths the code is written with.

extern crate self as domain;

pub mod vocab;

pub use vocab::{Channel, DeclineReason, InterviewStage, MessageKind, UnknownValue};
pub mod backup_health;
pub mod capture;
pub mod channel;
pub mod decision;
pub mod messages;
pub mod settings;
pub mod timing;
pub mod tracker;
