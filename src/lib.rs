//! Graceful Decline: decide whether to decline a job interview, compose the
//! message, time it, and keep the door open afterwards.
//!
//! Three layers, one direction (see ARCHITECTURE.md):
//! `ui` -> `storage` -> `domain`. The domain is pure Rust and is tested
//! natively; storage is the only code that touches localStorage; the UI
//! holds signals and calls the other two. The UI is compiled for the
//! browser only, so native builds stay small and fast.

// Packages of their own (crates/domain, crates/storage), each with its
// sources beside its manifest, so each can have its own optimisation level.
pub use gd_domain as domain;
pub use gd_storage as storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
