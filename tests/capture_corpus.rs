//! "Paste the invitation" against a corpus of invitations written in the
//! styles people receive (tests/fixtures/invitations/*.json, one each:
//! `{note, now, zone, text, expect}`). Prints the accuracy of every field
//! (`cargo test --test capture_corpus -- --nocapture`) and fails below
//! 95 % on the fields issue 16 names: company, role, the date and time
//! together, and the stage.
// Native tier: reads files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};
use graceful_decline::domain::capture::{capture, Capture};
use serde::Deserialize;

/// One invitation, as stored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about, for people reading the corpus.
    #[allow(dead_code)]
    note: String,
    now: DateTime<Utc>,
    zone: String,
    text: String,
    expect: Expected,
}

/// The values a careful person would take from the text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    company: Option<String>,
    role: Option<String>,
    contact_name: Option<String>,
    contact_title: Option<String>,
    contact_email: Option<String>,
    agency: Option<String>,
    interview_at: Option<DateTime<FixedOffset>>,
    interview_date: Option<String>,
    duration_minutes: Option<u32>,
    stage: String,
    format: String,
    meeting_service: Option<String>,
    location: Option<String>,
    /// The day only: the time a reply is due by is rarely written.
    reply_by: Option<String>,
}

/// The fields measured, in the order printed; the first four must reach
/// `REQUIRED`.
const FIELDS: &[&str] = &[
    "company",
    "role",
    "date_and_time",
    "stage",
    "contact_name",
    "contact_title",
    "contact_email",
    "agency",
    "duration_minutes",
    "format",
    "meeting_service",
    "location",
    "reply_by",
];
const GATED: usize = 4;
const REQUIRED: f64 = 0.95;

fn corpus() -> Vec<(String, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invitations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let case: Case =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, case)
        })
        .collect()
}

/// Case, spacing, punctuation, a leading "the", a title such as "Dr" and
/// a legal form at the end ("Ltd", "Co.") do not make two names differ.
fn key(value: &Option<String>) -> Option<String> {
    const IGNORED: &[&str] = &[
        "the", "dr", "ltd", "llp", "llc", "inc", "co", "gmbh", "pvt", "plc", "ab", "ag", "bv", "sa",
    ];
    value.as_ref().map(|v| {
        v.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !IGNORED.contains(&w.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether the captured value of `field` matches; with both, as text.
fn compare(field: &str, got: &Capture, want: &Expected) -> (bool, String, String) {
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "null".into());
    let same = |a: &Option<String>, b: &Option<String>| (key(a) == key(b), text(a), text(b));
    match field {
        "company" => same(&got.company, &want.company),
        "role" => same(&got.role, &want.role),
        "contact_name" => same(&got.contact_name, &want.contact_name),
        "contact_title" => same(&got.contact_title, &want.contact_title),
        "contact_email" => same(&got.contact_email, &want.contact_email),
        "agency" => same(&got.agency, &want.agency),
        "meeting_service" => same(&got.meeting_service, &want.meeting_service),
        "location" => same(&got.location, &want.location),
        "date_and_time" => {
            let got_date = got.interview_date.map(|d| d.to_string());
            let ok = got.interview_at == want.interview_at && got_date == want.interview_date;
            let show = |at: Option<DateTime<FixedOffset>>, d: &Option<String>| {
                format!(
                    "{} / {}",
                    at.map_or("null".into(), |t| t.to_rfc3339()),
                    text(d)
                )
            };
            (
                ok,
                show(got.interview_at, &got_date),
                show(want.interview_at, &want.interview_date),
            )
        }
        "reply_by" => {
            let got_day = got.reply_by.map(|t| t.date_naive().to_string());
            (
                got_day == want.reply_by,
                text(&got_day),
                text(&want.reply_by),
            )
        }
        "duration_minutes" => (
            got.duration_minutes == want.duration_minutes,
            format!("{:?}", got.duration_minutes),
            format!("{:?}", want.duration_minutes),
        ),
        "stage" => {
            let got = serde_json::to_value(got).unwrap()["stage"]
                .as_str()
                .unwrap()
                .to_string();
            (got == want.stage, got, want.stage.clone())
        }
        "format" => {
            let got = serde_json::to_value(got).unwrap()["format"]
                .as_str()
                .unwrap()
                .to_string();
            (got == want.format, got, want.format.clone())
        }
        other => panic!("no comparison for {other}"),
    }
}

#[test]
fn the_corpus_is_read_well_enough() {
    let cases = corpus();
    assert!(
        cases.len() >= 40,
        "the corpus has {} invitations",
        cases.len()
    );
    let mut right = vec![0usize; FIELDS.len()];
    let mut misses = Vec::new();
    for (name, case) in &cases {
        let got = capture(&case.text, case.now, &case.zone);
        for (n, field) in FIELDS.iter().enumerate() {
            let (ok, got, want) = compare(field, &got, &case.expect);
            if ok {
                right[n] += 1;
            } else {
                misses.push(format!("{name} {field}: got {got}, expected {want}"));
            }
        }
    }
    eprintln!("\nmisses:\n  {}", misses.join("\n  "));
    eprintln!("\n{:<18} {:>7} {:>7}", "field", "right", "%");
    let mut failing = Vec::new();
    for (n, field) in FIELDS.iter().enumerate() {
        let share = right[n] as f64 / cases.len() as f64;
        let gate = if n < GATED { "  (gated at 95 %)" } else { "" };
        eprintln!(
            "{field:<18} {:>3}/{:<3} {:>6.1}{gate}",
            right[n],
            cases.len(),
            share * 100.0
        );
        if n < GATED && share < REQUIRED {
            failing.push(format!("{field} {:.1} %", share * 100.0));
        }
    }
    assert!(failing.is_empty(), "below 95 %: {}", failing.join(", "));
}
