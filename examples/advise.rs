//! Reads one situation as JSON on stdin and prints the advice as JSON.
//!
//! `jq .situation tests/fixtures/scenarios/nerves_only.json | cargo run --example advise`
//!
//! The fields and the shape of the output are described in
//! docs/advise-json.md. A field or value we do not know is reported on
//! stderr, naming the field, with exit code 2.

use std::io::{Read, Write};
use std::process::ExitCode;

use graceful_decline::domain::decision::{advise, situation_from_json};

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("error: could not read the situation from stdin: {e}");
        return ExitCode::from(2);
    }
    let situation = match situation_from_json(&input) {
        Ok(situation) => situation,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match serde_json::to_string_pretty(&advise(&situation)) {
        // A closed pipe (say, `| head`) is not worth a panic.
        Ok(json) => match writeln!(std::io::stdout().lock(), "{json}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!("error: could not write the advice: {e}");
            ExitCode::FAILURE
        }
    }
}
