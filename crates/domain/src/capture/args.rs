//! Command-line arguments of the `capture` example, parsed here so the
//! parsing is unit tested and the example stays a thin shell. The output
//! is described in docs/capture-json.md.

use chrono::{DateTime, Utc};

use super::known_zone;

/// How to call the example, printed for `--help` and after an error.
pub const CAPTURE_USAGE: &str =
    "usage: cargo run --example capture -- --now RFC3339 --zone IANA < message.txt
  --now   the moment relative dates count from, e.g. 2026-04-14T09:00:00Z
  --zone  your IANA time zone, e.g. Europe/London or America/New_York";

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureArgs {
    /// Print the usage text.
    Help,
    /// Read the invitation on standard input with these.
    Read { now: DateTime<Utc>, zone: String },
}

/// A command line that cannot be used; each names the flag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptureArgsError {
    #[error("missing {0}: it is required")]
    Missing(&'static str),
    #[error("{0} needs a value after it")]
    MissingValue(&'static str),
    #[error("{0} is given twice: keep one")]
    Repeated(&'static str),
    #[error("unknown argument \"{0}\": use --now and --zone")]
    Unknown(String),
    #[error("--now \"{0}\" is not an RFC 3339 date and time: write it like 2026-04-14T09:00:00Z or 2026-04-14T10:00:00+01:00")]
    BadNow(String),
    #[error("--zone \"{0}\" is not a time zone we know: use an IANA name such as Europe/London, America/New_York or UTC")]
    BadZone(String),
}

/// Parses the arguments after the program name.
pub fn parse_capture_args(args: &[String]) -> Result<CaptureArgs, CaptureArgsError> {
    let mut now: Option<&str> = None;
    let mut zone: Option<&str> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, slot) = match arg.as_str() {
            "--help" | "-h" => return Ok(CaptureArgs::Help),
            "--now" => ("--now", &mut now),
            "--zone" => ("--zone", &mut zone),
            other => return Err(CaptureArgsError::Unknown(other.to_string())),
        };
        let value = rest.next().ok_or(CaptureArgsError::MissingValue(flag))?;
        if slot.replace(value).is_some() {
            return Err(CaptureArgsError::Repeated(flag));
        }
    }
    let now = now.ok_or(CaptureArgsError::Missing("--now"))?;
    let zone = zone.ok_or(CaptureArgsError::Missing("--zone"))?;
    let now = DateTime::parse_from_rfc3339(now)
        .map_err(|_| CaptureArgsError::BadNow(now.to_string()))?
        .with_timezone(&Utc);
    if !known_zone(zone) {
        return Err(CaptureArgsError::BadZone(zone.to_string()));
    }
    Ok(CaptureArgs::Read {
        now,
        zone: zone.to_string(),
    })
}

#[cfg(test)]
mod tests;
