//! Prints the advice for every scenario fixture as plain text, the way a
//! person reads it on the result page, for a reviewer to read aloud:
//! `cargo run --example advice_report > advice.txt`.

use std::fs;

use graceful_decline::domain::decision::{advise, situation_from_json, THEN_NOTE};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/scenarios");
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let Ok(situation) = situation_from_json(&value["situation"].to_string()) else {
            continue;
        };
        let a = advise(&situation);
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        println!("=== {name}");
        println!("Story: {}", value["note"].as_str().unwrap_or(""));
        println!("HEADLINE: {}", a.headline);
        println!("What to do: {}", a.next_step.action);
        if let Some(tip) = a.next_step.tip {
            println!("Tip: {tip}");
        }
        if !a.ask.is_empty() {
            println!("Questions to ask:");
            for q in &a.ask {
                println!("  - {}", q.text);
            }
        }
        if let (Some(kind), Some(channel)) = (a.next_step.message, a.next_step.channel) {
            println!(
                "Message: {} by {} ({})",
                kind.label(),
                channel.channel.label(),
                a.next_step.channel_why.unwrap_or("")
            );
        }
        if a.next_step.then.is_some() {
            println!("Then: {THEN_NOTE}");
        }
        println!("Why:");
        for r in &a.reasons {
            println!("  {} -> {}: {}", r.question, r.answer, r.why);
        }
        if !a.open_questions.is_empty() {
            println!("Still worth finding out:");
            for o in &a.open_questions {
                println!("  {} {}", o.text, o.look_up);
            }
        }
        println!();
    }
}
