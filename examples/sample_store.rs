//! Prints the localStorage entry the app would hold for the benchmark data
//! set, as JSON: `{"key": "graceful-decline:v1:tracker", "value": "..."}`.
//!
//! `cargo run --release --example sample_store [-- COUNT] > sample.json`
//!
//! COUNT opportunities (default 10,000), each with a contact, three
//! activity entries and a follow-up, from `tracker::sample` with the same
//! fixed clock as the criterion bench, so every run prints the same text.
//! The value goes through `round_trip_checked`, exactly as the app's save
//! does. `scripts/bench-browser.mjs` seeds a browser with it to time the
//! real app loading and searching ten thousand records.

use std::process::ExitCode;

use chrono::{TimeZone, Utc};
use graceful_decline::domain::tracker::sample;
use graceful_decline::storage::{round_trip_checked, TRACKER_KEY};

const DEFAULT_COUNT: usize = 10_000;

fn main() -> ExitCode {
    let count = match std::env::args().nth(1).map(|a| a.replace('_', "").parse()) {
        None => DEFAULT_COUNT,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("usage: sample_store [COUNT]  (a whole number of opportunities)");
            return ExitCode::from(2);
        }
    };
    // The criterion bench's clock (benches/tracker.rs), so both time the same data.
    let now = Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).unwrap();
    let data = sample::generate(count, now);
    let value = match round_trip_checked(&data, now) {
        Ok(value) => value,
        Err(error) => {
            eprintln!("error: the sample would not be saved: {error}");
            return ExitCode::FAILURE;
        }
    };
    let entry = serde_json::json!({ "key": TRACKER_KEY, "value": value });
    println!("{entry}");
    ExitCode::SUCCESS
}
