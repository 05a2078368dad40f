//! Renders one built-in message and checks it, printing JSON.
//!
//! `cargo run --example compose -- --kind decline --reason pay --channel
//! phone --tone warm --length standard --spelling uk --field role=Analyst`
//!
//! Exit codes: 0 rendered with no error-severity finding, 1 rendered with
//! at least one (a gap left unfilled, usually), 2 the command line could
//! not be used. Flags, defaults and output: docs/compose-json.md.

use std::process::ExitCode;

use graceful_decline::domain::messages::{
    check, parse_compose_args, render, script_sections, AskTopic, CheckInput, Finding, Length,
    MessageRequest, Placeholder, ScriptSection, Severity, Spelling, Tone, COMPOSE_USAGE,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};
use serde::Serialize;

/// The JSON printed on stdout.
#[derive(Serialize)]
struct Report<'a> {
    kind: MessageKind,
    reason: Option<DeclineReason>,
    channel: Channel,
    tone: Tone,
    length: Length,
    spelling: Spelling,
    late: bool,
    ask: &'a [AskTopic],
    subject: Option<String>,
    body: String,
    sections: Option<Vec<ScriptSection>>,
    voicemail: Option<String>,
    placeholders: Vec<Placeholder>,
    errors: usize,
    warnings: usize,
    infos: usize,
    findings: Vec<Finding>,
    voicemail_findings: Option<Vec<Finding>>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let req = match parse_compose_args(&args) {
        Ok(req) => req,
        Err(err) => {
            eprintln!("compose: {err}\n{COMPOSE_USAGE}");
            return ExitCode::from(2);
        }
    };
    let report = report(&req);
    match serde_json::to_string_pretty(&report) {
        Ok(json) => println!("{json}"),
        Err(err) => {
            eprintln!("compose: could not write the message as JSON: {err}");
            return ExitCode::from(2);
        }
    }
    if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn report(req: &MessageRequest) -> Report<'_> {
    let out = render(req);
    let company = Some(req.fields.company.trim()).filter(|c| !c.is_empty());
    let check_text = |subject: Option<&str>, body: &str| {
        check(&CheckInput {
            kind: req.kind,
            channel: req.channel,
            subject,
            body,
            company,
        })
    };
    let findings = check_text(out.subject.as_deref(), &out.body);
    let voicemail_findings = out.voicemail.as_deref().map(|v| check_text(None, v));
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    Report {
        kind: req.kind,
        reason: req.reason,
        channel: req.channel,
        tone: req.tone,
        length: req.length,
        spelling: req.spelling,
        late: req.late,
        ask: &req.ask,
        sections: (req.channel == Channel::Phone).then(|| script_sections(&out.body)),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        subject: out.subject,
        body: out.body,
        voicemail: out.voicemail,
        placeholders: out.placeholders,
        findings,
        voicemail_findings,
    }
}
