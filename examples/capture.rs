//! Reads an invitation on standard input and prints what it found as JSON.
//!
//! `cargo run --example capture -- --now 2026-04-14T09:00:00Z --zone
//! Europe/London < message.txt`
//!
//! Exit codes: 0 read (whatever was found), 2 the command line or the
//! input could not be used. Flags and output: docs/capture-json.md.

use std::io::Read;
use std::process::ExitCode;

use graceful_decline::domain::capture::{capture, parse_capture_args, CaptureArgs, CAPTURE_USAGE};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (now, zone) = match parse_capture_args(&args) {
        Ok(CaptureArgs::Read { now, zone }) => (now, zone),
        Ok(CaptureArgs::Help) => {
            println!("{CAPTURE_USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("capture: {err}\n{CAPTURE_USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut text = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("capture: could not read the invitation from standard input: {err}");
        return ExitCode::from(2);
    }
    match serde_json::to_string_pretty(&capture(&text, now, &zone)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("capture: could not write the result as JSON: {err}");
            ExitCode::from(2)
        }
    }
}
