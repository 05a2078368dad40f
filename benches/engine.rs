//! How long `advise` takes on the scenario fixtures (target: well under
//! 10 microseconds each, so the wizard can re-advise on every answer).
//!
//! `cargo bench --bench engine -- --warm-up-time 1 --measurement-time 2`

use std::fs;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use graceful_decline::domain::decision::{advise, situation_from_json, Situation};

fn fixtures() -> Vec<(String, Situation)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/scenarios");
    let mut all: Vec<(String, Situation)> = fs::read_dir(dir)
        .expect("the fixtures folder exists")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_stem()?.to_string_lossy().into_owned();
            // A fixture is {"note", "situation", "expect"}: only the
            // situation is the engine's input.
            let fixture: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(&path).ok()?).ok()?;
            let situation = situation_from_json(&fixture.get("situation")?.to_string()).ok()?;
            Some((name, situation))
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

fn engine(c: &mut Criterion) {
    let all = fixtures();
    let mut group = c.benchmark_group("advise");
    for (name, situation) in &all {
        group.bench_function(name.as_str(), |b| b.iter(|| advise(black_box(situation))));
    }
    group.finish();
    c.bench_function("advise_all_fixtures", |b| {
        b.iter(|| {
            for (_, situation) in &all {
                black_box(advise(black_box(situation)));
            }
        })
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
