//! Checks a message read from stdin and prints the findings as JSON.
//!
//! `cargo run --example check_message -- --kind decline --channel email
//! --subject "About the interview" --company "Initech" < message.txt`
//!
//! Exit codes: 0 no error-severity finding, 1 at least one, 2 the command
//! line or stdin could not be used. The output is described in
//! docs/check-message-json.md.

use std::io::Read;
use std::process::ExitCode;

use graceful_decline::domain::messages::{
    check, parse_check_args, CheckInput, Finding, Severity, CHECK_USAGE,
};
use graceful_decline::domain::{Channel, MessageKind};
use serde::Serialize;

/// The JSON printed on stdout.
#[derive(Serialize)]
struct Report<'a> {
    kind: MessageKind,
    channel: Channel,
    errors: usize,
    warnings: usize,
    infos: usize,
    findings: &'a [Finding],
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_check_args(&args) {
        Ok(args) => args,
        Err(err) => {
            eprintln!("check_message: {err}\n{CHECK_USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut body = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut body) {
        eprintln!("check_message: could not read the message from stdin as UTF-8 text: {err}");
        return ExitCode::from(2);
    }
    let findings = check(&CheckInput {
        company: args.company.as_deref(),
        kind: args.kind,
        channel: args.channel,
        subject: args.subject.as_deref(),
        body: &body,
    });
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let report = Report {
        kind: args.kind,
        channel: args.channel,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        findings: &findings,
    };
    match serde_json::to_string_pretty(&report) {
        Ok(json) => println!("{json}"),
        Err(err) => {
            eprintln!("check_message: could not write the findings as JSON: {err}");
            return ExitCode::from(2);
        }
    }
    if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
