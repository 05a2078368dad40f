//! Prints the timing advice for one interview as JSON.
//!
//! `cargo run --example timing -- --stage video --interview 2025-06-10T09:00:00+01:00 --now 2025-06-08T09:00:00Z`
//!
//! The output is described in docs/timing-json.md. Bad arguments print an
//! error and the usage on stderr and exit with code 2.

use std::process::ExitCode;

use graceful_decline::domain::timing::cli::{build_report, parse_args, Command, USAGE};

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Report(args)) => match serde_json::to_string_pretty(&build_report(&args)) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: could not write the report: {error}");
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("error: {error}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
