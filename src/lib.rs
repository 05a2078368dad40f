//! Graceful Decline: decide whether to decline a job interview, compose the
//! message, time it, and keep the door open afterwards.
//!
//! Three layers, one direction (see ARCHITECTURE.md):
//! `ui` -> `storage` -> `domain`. The domain is pure Rust and is tested
//! natively; storage is the only code that touches localStorage; the UI
//! holds signals and calls the other two. The UI is compiled for the
//! browser only, so native builds stay small and fast.

pub mod domain;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
