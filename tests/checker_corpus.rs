//! The etiquette checker against a corpus of realistic messages
//! (tests/fixtures/messages/*.json): good ones a recruiter would be glad to
//! receive, which should pass, and bad ones, each labelled with the rules
//! it should fire. Prints precision and recall per rule
//! (`cargo test --test checker_corpus -- --nocapture`), and fails if more
//! than 5 % of the good messages get a warning or an error, or if fewer
//! than 90 % of the bad ones get every rule they are labelled with.
// Native tier: reads files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use graceful_decline::domain::messages::{check, CheckInput, Finding, Rule, Severity};
use graceful_decline::domain::{Channel, MessageKind};
use serde::Deserialize;

/// One message of the corpus, as stored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// A short, unique, descriptive name.
    name: String,
    kind: MessageKind,
    channel: Channel,
    /// The opportunity's company, for the company-mismatch rule.
    company: Option<String>,
    subject: Option<String>,
    body: String,
    /// The rules that should fire; empty for a good message.
    expect: Vec<Rule>,
}

/// Every case, from every file, in file then list order.
fn corpus() -> Vec<(String, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/messages");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|path| {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let cases: Vec<Case> =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
            cases
                .into_iter()
                .map(move |case| (file.clone().unwrap_or_default(), case))
        })
        .collect()
}

fn findings(case: &Case) -> Vec<Finding> {
    check(&CheckInput {
        kind: case.kind,
        channel: case.channel,
        subject: case.subject.as_deref(),
        body: &case.body,
        company: case.company.as_deref(),
    })
}

/// The stable id of a rule, as in the JSON.
fn id(rule: Rule) -> String {
    serde_json::to_value(rule)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn the_checker_passes_good_messages_and_catches_bad_ones() {
    let corpus = corpus();
    let mut names = BTreeSet::new();
    for (file, case) in &corpus {
        assert!(names.insert(&case.name), "{file}: {} twice", case.name);
    }
    let good: Vec<&Case> = corpus
        .iter()
        .map(|(_, c)| c)
        .filter(|c| c.expect.is_empty())
        .collect();
    let bad: Vec<&Case> = corpus
        .iter()
        .map(|(_, c)| c)
        .filter(|c| !c.expect.is_empty())
        .collect();
    assert!(
        good.len() >= 25 && bad.len() >= 30,
        "{} good, {} bad",
        good.len(),
        bad.len()
    );

    // Per rule: (fired and labelled, fired but not labelled, labelled but not fired).
    let mut counts = vec![(0usize, 0usize, 0usize); Rule::ALL.len()];
    let mut good_flagged = Vec::new();
    let mut bad_missed = Vec::new();
    let mut bad_extra = Vec::new();
    for (_, case) in &corpus {
        let found = findings(case);
        let fired: BTreeSet<String> = found.iter().map(|f| id(f.rule)).collect();
        for (i, rule) in Rule::ALL.iter().enumerate() {
            let (labelled, did) = (case.expect.contains(rule), fired.contains(&id(*rule)));
            match (did, labelled) {
                (true, true) => counts[i].0 += 1,
                (true, false) => counts[i].1 += 1,
                (false, true) => counts[i].2 += 1,
                (false, false) => {}
            }
        }
        if case.expect.is_empty() {
            let serious: Vec<String> = found
                .iter()
                .filter(|f| f.severity != Severity::Info)
                .map(|f| format!("{} {:?}", id(f.rule), f.span))
                .collect();
            if !serious.is_empty() {
                good_flagged.push(format!("{}: {}", case.name, serious.join(", ")));
            }
        } else {
            let missing: Vec<String> = case
                .expect
                .iter()
                .filter(|rule| !fired.contains(&id(**rule)))
                .map(|rule| id(*rule))
                .collect();
            let extra: Vec<&String> = fired
                .iter()
                .filter(|rule| !case.expect.iter().any(|r| id(*r) == **rule))
                .collect();
            if !extra.is_empty() {
                bad_extra.push(format!("{}: also {extra:?}", case.name));
            }
            if !missing.is_empty() {
                bad_missed.push(format!(
                    "{}: missing {}, fired {:?}",
                    case.name,
                    missing.join(", "),
                    fired
                ));
            }
        }
    }

    println!(
        "{:<24} {:>3} {:>3} {:>3} {:>9} {:>6}",
        "rule", "tp", "fp", "fn", "precision", "recall"
    );
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{:.0} %", 100.0 * a as f64 / b as f64)
        }
    };
    for (rule, (tp, fp, fneg)) in Rule::ALL.iter().zip(&counts) {
        if tp + fp + fneg > 0 {
            println!(
                "{:<24} {tp:>3} {fp:>3} {fneg:>3} {:>9} {:>6}",
                id(*rule),
                ratio(*tp, tp + fp),
                ratio(*tp, tp + fneg)
            );
        }
    }
    let flagged_share = 100.0 * good_flagged.len() as f64 / good.len() as f64;
    let caught = bad.len() - bad_missed.len();
    let caught_share = 100.0 * caught as f64 / bad.len() as f64;
    println!(
        "good with a warning or error: {}/{} ({flagged_share:.1} %)",
        good_flagged.len(),
        good.len()
    );
    println!("bad caught: {caught}/{} ({caught_share:.1} %)", bad.len());
    for line in good_flagged.iter().chain(&bad_missed).chain(&bad_extra) {
        println!("  {line}");
    }
    assert!(
        flagged_share <= 5.0,
        "{flagged_share:.1} % of good messages get findings:\n{}",
        good_flagged.join("\n")
    );
    assert!(
        caught_share >= 90.0,
        "only {caught_share:.1} % of bad messages caught:\n{}",
        bad_missed.join("\n")
    );
}
