//! The storage codec in the app's state: loaded once (`ui::codec`) and
//! held in a signal of `AppState`, so everything that reads or writes
//! stored text finds it in context.
//!
//! In the split release build the codec's code arrives in a chunk of its
//! own: before mount when anything is stored, otherwise the first time
//! something must be written or another tab's save read. Until then such
//! work waits as data (`Pending`), not as callbacks, and the one task
//! that fetches the codec runs it, in order, when the codec arrives. Each
//! item reads the state afresh at that point, so nothing done meanwhile is
//! lost. Other builds have the codec from the start and never wait.

use leptos::prelude::*;

use super::AppState;
use crate::storage::codec::Codec;
use crate::ui::codec;

/// Work that needs the codec, waiting for it to arrive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Pending {
    /// Save the tracker as it is by then.
    SaveTracker,
    /// Save the settings as they are by then.
    SaveSettings,
    /// Another tab changed the tracker key.
    RemoteTracker,
    /// Another tab saved these settings.
    RemoteSettings(String),
    /// Another tab saved this backup record.
    RemoteMeta(String),
}

/// The codec's place in `AppState`: the codec once loaded, and what waits
/// for it.
#[derive(Clone, Copy)]
pub(super) struct CodecSlot {
    /// The codec, once its code is here.
    codec: RwSignal<Option<Codec>>,
    /// What waits for it, oldest first (kept out of the reactive graph:
    /// only the codec's arrival runs it).
    waiting: StoredValue<Vec<Pending>>,
    /// Whether the codec's chunk has been asked for.
    asked: StoredValue<bool>,
}

impl CodecSlot {
    /// The slot, holding the codec if it is already loaded.
    pub(super) fn new() -> CodecSlot {
        CodecSlot {
            codec: RwSignal::new(codec::loaded()),
            waiting: StoredValue::new(Vec::new()),
            asked: StoredValue::new(false),
        }
    }
}

impl AppState {
    /// Runs what waited for the codec, in order. Taken first: an item may
    /// itself ask for more work, which then runs at once (the codec is
    /// here). Untracked: it runs in a task, not in a view.
    fn run_waiting(&self, codec: Codec) {
        let waiting = self
            .slot
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        untrack(|| {
            for work in waiting {
                self.run_pending(work, codec);
            }
        });
    }

    /// The codec now, or `None` after queuing `work` for its arrival
    /// (and asking for it, once).
    pub(super) fn codec_or_wait(&self, work: Pending) -> Option<Codec> {
        if let Some(codec) = self.codec_now() {
            return Some(codec);
        }
        self.slot.waiting.update_value(|waiting| {
            // The same request twice in a row is one request: each reads
            // the state as it is when it runs.
            if waiting.last() != Some(&work) {
                waiting.push(work);
            }
        });
        if !self.slot.asked.get_value() {
            self.slot.asked.set_value(true);
            let state = *self;
            leptos::task::spawn_local(async move {
                let codec = codec::load().await;
                if state.slot.codec.try_set(Some(codec)).is_none() {
                    state.run_waiting(codec);
                }
            });
        }
        None
    }

    /// Runs `work` now if the codec is here, else once it has arrived.
    pub(super) fn run_with_codec(&self, work: Pending) {
        match self.codec_now() {
            Some(codec) => self.run_pending(work, codec),
            None => {
                self.codec_or_wait(work);
            }
        }
    }

    /// The codec if it is here: in the slot, or loaded meanwhile by a page
    /// that waits for it before it renders (Settings). Reads no signal, so
    /// views and memos may call it.
    pub(super) fn codec_now(&self) -> Option<Codec> {
        self.slot.codec.get_untracked().or_else(codec::loaded)
    }

    fn run_pending(&self, work: Pending, codec: Codec) {
        match work {
            Pending::SaveTracker => self.save_tracker(),
            Pending::SaveSettings => self.write_settings(),
            Pending::RemoteTracker => self.on_remote_tracker(),
            Pending::RemoteSettings(raw) => self.settings_from_other_tab(codec, &raw),
            Pending::RemoteMeta(raw) => self.meta_from_other_tab(codec, &raw),
        }
    }
}
