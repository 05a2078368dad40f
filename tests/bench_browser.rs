//! Browser benchmark (run by `make bench`, not by `make test`): the
//! tracker's work on 10,000 opportunities timed in headless Chromium with
//! `performance.now()`, in the release profile the app ships with.
//! It prints figures; it asserts only that the work was done.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use graceful_decline::domain::tracker::{sample, Filter, Query, SearchIndex, SortKey, Status};
use graceful_decline::storage::pack::{pack, unpack};
use graceful_decline::storage::parse;
use graceful_decline::storage::{decode, encode};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = now_ms();
            f();
            now_ms() - t0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[wasm_bindgen_test]
fn tracker_with_ten_thousand_records() {
    let now: DateTime<Utc> = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    let data = sample::generate(10_000, now);
    let stored = encode(&data, now);
    let mut decoded = None;
    let decode_ms = median_ms(5, || decoded = decode(&stored).ok());
    let decoded = decoded.expect("the sample decodes");
    assert_eq!(decoded.opportunities.len(), 10_000);

    // The two halves of decoding, apart: inflating the packed text back to
    // JSON, and parsing that JSON into records.
    let json = serde_json::to_vec(&decoded).expect("the sample serialises");
    let (packed, packed_len) = pack(&json);
    let mut unpacked = Vec::new();
    let inflate_ms = median_ms(5, || {
        unpacked = unpack(&packed, packed_len, Some(json.len())).unwrap_or_default();
    });
    assert_eq!(unpacked, json);
    let mut parsed = 0;
    let parse_ms = median_ms(5, || {
        parsed = parse::tracker(&json).map_or(0, |d| d.opportunities.len());
    });
    assert_eq!(parsed, 10_000);

    let mut index = SearchIndex::default();
    let index_ms = median_ms(3, || {
        index = SearchIndex::build(&decoded);
    });
    let mut shown = 0;
    let keystroke_ms = median_ms(9, || {
        let query = Query {
            text: "acme eng".into(),
            filter: Filter {
                statuses: vec![Status::Invited, Status::DeclinedKeepWarm],
                ..Filter::default()
            },
            sort: SortKey::Company,
        };
        shown = query.positions(&decoded, &index, now).len();
    });
    let encode_ms = median_ms(3, || {
        let _ = encode(&decoded, now);
    });
    console_log!(
        "bench: browser 10k records: decode {decode_ms:.1} ms (unpack and inflate {inflate_ms:.1} ms, parse {parse_ms:.1} ms, {} bytes of JSON), search index {index_ms:.1} ms once per change, then search+filter+sort {keystroke_ms:.2} ms per keystroke ({shown} shown), encode {encode_ms:.1} ms, stored {} UTF-16 units",
        json.len(),
        stored.encode_utf16().count()
    );
}
