//! Fetching the storage codec (`storage::codec`).
//!
//! In the release build (`--cfg gd_split`, see `scripts/wasm-split.mjs`)
//! `fetch` is a `#[lazy]` split point: the serde and deflate code behind
//! the codec arrives as a separate chunk, the first time it is needed.
//! `mount` waits for it only when something is stored; otherwise the app
//! starts at once and the codec loads the first time a page saves (and
//! when Settings opens: its backup download needs it at once).
//! Other builds (tests, `trunk serve`) have no chunks: the codec is there
//! from the start.

use std::cell::Cell;

use leptos::prelude::AnyView;

use crate::storage::codec::{Codec, CODEC};
use crate::ui::state::AppState;

/// What arrives in the chunk: the codec, and Home's "What needs you now"
/// list, which only has something to show when something is stored.
#[derive(Clone, Copy)]
struct Deferred {
    codec: Codec,
    needs_you_now: fn(AppState) -> AnyView,
}

const DEFERRED: Deferred = Deferred {
    codec: CODEC,
    needs_you_now: crate::ui::pages::needs_you_now,
};

thread_local! {
    static LOADED: Cell<Option<Deferred>> = const { Cell::new(None) };
}

#[cfg_attr(gd_split, leptos::lazy)]
fn fetch() -> Deferred {
    DEFERRED
}

fn deferred() -> Option<Deferred> {
    #[cfg(gd_split)]
    return LOADED.with(Cell::get);
    #[cfg(not(gd_split))]
    return Some(DEFERRED);
}

/// The codec, if it has been loaded.
pub fn loaded() -> Option<Codec> {
    deferred().map(|d| d.codec)
}

/// Home's "What needs you now" section, if its code has been loaded.
pub fn needs_you_now() -> Option<fn(AppState) -> AnyView> {
    deferred().map(|d| d.needs_you_now)
}

/// The codec, loading its chunk first if need be.
pub async fn load() -> Codec {
    if let Some(codec) = loaded() {
        return codec;
    }
    #[cfg(gd_split)]
    let d = fetch().await;
    #[cfg(not(gd_split))]
    let d = fetch();
    LOADED.with(|c| c.set(Some(d)));
    d.codec
}
