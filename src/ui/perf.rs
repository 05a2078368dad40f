//! User Timing measures around the work a user waits for, taken inside the
//! page with the browser's own clock. `scripts/bench-browser.mjs` reads
//! them from the release build (`performance.getEntriesByName`), and they
//! show up in the DevTools Performance panel for anyone profiling.
//!
//! A measure costs three calls into the browser and one small entry per
//! load or search, which the browser drops with the page.

/// Reading the saved tracker from localStorage and decoding it, once per
/// page load.
pub const TRACKER_LOAD: &str = "gd:load";
/// One run of the tracker list's search, filter, sort and paging: the
/// work behind each keystroke in the search box.
pub const TRACKER_QUERY: &str = "gd:query";

/// Fetching the storage codec's wasm chunk before the app mounts (the split
/// release build, when something is stored; see `ui::codec`).
pub const CODEC_LOAD: &str = "gd:codec";

/// The app's first render: state, header and navigation (includes
/// [`STATE`]). The routed page renders one task later (see `App`).
pub const MOUNT: &str = "gd:mount";

/// Opening storage and reading everything saved into the app's state,
/// once per page load (includes [`TRACKER_LOAD`]).
pub const STATE: &str = "gd:state";

/// Marks the start of the measure `name`; [`end`] records it.
pub fn start(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("{name}:start"));
    }
}

/// Records the measure `name` from the mark [`start`] set. Marks and
/// measures only fail for reserved names, which these are not; a missing
/// figure must never stop the app.
pub fn end(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let mark = format!("{name}:start");
        let _ = performance.measure_with_start_mark(name, &mark);
        performance.clear_marks_with_mark_name(&mark);
    }
}

/// Runs `work` and records how long it took as the User Timing measure
/// `name`. Without a `performance` object the work simply runs.
pub fn measure<R>(name: &str, work: impl FnOnce() -> R) -> R {
    start(name);
    let result = work();
    end(name);
    result
}
