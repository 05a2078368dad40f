//! How the tracker feels with 10,000 opportunities (each with a contact,
//! three activity entries and a follow-up): loading, saving, and one
//! keystroke in the search box. Run briefly with
//! `cargo bench --bench tracker -- --warm-up-time 1 --measurement-time 2`.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

use graceful_decline::domain::tracker::{
    needs_attention, sample, Filter, Query, SearchIndex, SortKey, Status,
};
use graceful_decline::storage::{decode, encode, encode_plain, round_trip_checked};

const N: usize = 10_000;

fn tracker(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).unwrap();
    let data = sample::generate(N, now);
    let packed = encode(&data, now);
    let plain = encode_plain(&data, now);
    println!(
        "encoded size for {N} opportunities: {} UTF-16 units packed ({} bytes as UTF-8); {} bytes plain JSON",
        packed.encode_utf16().count(),
        packed.len(),
        plain.len()
    );

    c.bench_function("decode 10k (packed)", |b| {
        b.iter(|| decode(black_box(&packed)))
    });
    c.bench_function("decode 10k (plain JSON)", |b| {
        b.iter(|| decode(black_box(&plain)))
    });
    c.bench_function("encode 10k (packed)", |b| {
        b.iter(|| encode(black_box(&data), now))
    });
    c.bench_function("round_trip_checked 10k", |b| {
        b.iter(|| round_trip_checked(black_box(&data), now))
    });

    let keystroke = Query {
        text: "globex analyst".into(),
        filter: Filter {
            statuses: vec![Status::Invited, Status::Proceeding, Status::Rescheduled],
            ..Filter::default()
        },
        sort: SortKey::NextFollowUp,
    };
    // What the list does once per change of the data, then per keystroke.
    c.bench_function("search index 10k (once per change)", |b| {
        b.iter(|| SearchIndex::build(black_box(&data)))
    });
    let index = SearchIndex::build(&data);
    c.bench_function("search+filter+sort 10k (one keystroke)", |b| {
        b.iter(|| {
            black_box(&keystroke)
                .positions(black_box(&data), &index, now)
                .len()
        })
    });
    c.bench_function("needs_attention 10k", |b| {
        b.iter(|| needs_attention(black_box(&data), now, 7).len())
    });
}

criterion_group!(benches, tracker);
criterion_main!(benches);
