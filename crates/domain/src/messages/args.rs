//! Command-line arguments of the `check_message` example, parsed here so
//! the parsing is unit tested and the example stays a thin shell.

use crate::domain::{Channel, MessageKind, UnknownValue};

/// How to call the example, printed with every argument error.
pub const CHECK_USAGE: &str =
    "usage: check_message --kind KIND --channel CHANNEL [--subject SUBJECT] [--company NAME] < body.txt";

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckArgs {
    /// `--kind`, e.g. `decline`.
    pub kind: MessageKind,
    /// `--channel`, e.g. `email`.
    pub channel: Channel,
    /// `--subject`, if given.
    pub subject: Option<String>,
    /// `--company`, the opportunity's company, if given: a message naming
    /// another company is then an error.
    pub company: Option<String>,
}

/// A command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgsError {
    #[error("missing {0}: it is required")]
    MissingFlag(&'static str),
    #[error("{0} needs a value after it")]
    MissingValue(String),
    #[error("{0} is given twice: give it once")]
    Repeated(String),
    #[error("unknown option \"{0}\": use --kind, --channel, --subject or --company")]
    UnknownFlag(String),
    #[error(transparent)]
    BadValue(#[from] UnknownValue),
}

/// Parses the arguments after the program name.
pub fn parse_check_args(args: &[String]) -> Result<CheckArgs, ArgsError> {
    let mut kind = None;
    let mut channel = None;
    let mut subject = None;
    let mut company = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let slot = match flag.as_str() {
            "--kind" => &mut kind,
            "--channel" => &mut channel,
            "--subject" => &mut subject,
            "--company" => &mut company,
            _ => return Err(ArgsError::UnknownFlag(flag.clone())),
        };
        let value = rest
            .next()
            .ok_or_else(|| ArgsError::MissingValue(flag.clone()))?;
        if slot.replace(value.as_str()).is_some() {
            return Err(ArgsError::Repeated(flag.clone()));
        }
    }
    Ok(CheckArgs {
        kind: kind.ok_or(ArgsError::MissingFlag("--kind"))?.parse()?,
        channel: channel
            .ok_or(ArgsError::MissingFlag("--channel"))?
            .parse()?,
        subject: subject.map(str::to_string),
        company: company.map(str::to_string),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(args: &[&str], expected: Result<CheckArgs, &str>) {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let got = parse_check_args(&args).map_err(|e| e.to_string());
        assert_eq!(got, expected.map_err(str::to_string), "for {args:?}");
    }

    #[test]
    fn flags_in_any_order_with_an_optional_subject_and_company() {
        let expected = CheckArgs {
            kind: MessageKind::Decline,
            channel: Channel::Email,
            subject: Some("Hi there".into()),
            company: Some("Initech Ltd".into()),
        };
        check(
            &[
                "--channel",
                "email",
                "--company",
                "Initech Ltd",
                "--subject",
                "Hi there",
                "--kind",
                "decline",
            ],
            Ok(expected.clone()),
        );
        let no_subject = CheckArgs {
            subject: None,
            company: None,
            ..expected
        };
        check(&["--kind", "decline", "--channel", "email"], Ok(no_subject));
    }

    #[test]
    fn every_mistake_says_what_to_do() {
        check(
            &["--kind", "decline"],
            Err("missing --channel: it is required"),
        );
        check(
            &["--channel", "phone"],
            Err("missing --kind: it is required"),
        );
        check(&["--kind"], Err("--kind needs a value after it"));
        check(
            &["--kind", "decline", "--channel", "email", "--company"],
            Err("--company needs a value after it"),
        );
        check(
            &["--kind", "decline", "--kind", "decline"],
            Err("--kind is given twice: give it once"),
        );
        check(
            &["-k", "decline"],
            Err("unknown option \"-k\": use --kind, --channel, --subject or --company"),
        );
        check(
            &["--kind", "decline", "--channel", "fax"],
            Err("unknown channel \"fax\": use one of email, phone, linkedin"),
        );
    }
}
