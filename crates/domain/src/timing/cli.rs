//! The scriptable entry point behind `examples/timing.rs`: argument parsing
//! and the JSON report, here so they are unit tested and the example stays
//! a few lines long. The JSON is documented in `docs/timing-json.md`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Serialize};

use super::assess::{assess_timing, TimingAdvice};
use super::local_time::parse_date_parts;
use super::notice::Notice;
use crate::domain::channel::ChannelContext;
use crate::domain::{InterviewStage, UnknownValue};

/// How to call the example; printed for `--help` and after an error.
pub const USAGE: &str =
    "usage: cargo run --example timing -- --stage STAGE --interview RFC3339 --now RFC3339
  STAGE    phone_screen, video, in_person or final
  RFC3339  a date, time and UTC offset, e.g. 2025-06-10T09:00:00+01:00 or 2025-06-10T08:00:00Z";

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print the usage text.
    Help,
    /// Print the timing report for these arguments.
    Report(TimingArgs),
}

/// The three inputs of a timing report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimingArgs {
    /// The interview's stage.
    pub stage: InterviewStage,
    /// When the interview starts.
    pub interview: DateTime<FixedOffset>,
    /// The moment the report is for.
    pub now: DateTime<FixedOffset>,
}

/// A command line that cannot be used, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgsError {
    /// A required flag is absent.
    #[error("missing {flag}: it is required")]
    MissingFlag {
        /// The flag, e.g. `--now`.
        flag: &'static str,
    },
    /// A flag came last with no value after it.
    #[error("{flag} needs a value after it")]
    MissingValue {
        /// The flag.
        flag: &'static str,
    },
    /// A flag was given twice.
    #[error("{flag} is given twice: keep one")]
    Repeated {
        /// The flag.
        flag: &'static str,
    },
    /// Something that is not one of our flags.
    #[error("unknown argument \"{given}\": use --stage, --interview and --now")]
    UnknownArgument {
        /// The argument as given.
        given: String,
    },
    /// The stage is not one of ours.
    #[error(transparent)]
    Stage(#[from] UnknownValue),
    /// A date and time that cannot be used.
    #[error("{flag} \"{given}\": {problem}")]
    Instant {
        /// The flag.
        flag: &'static str,
        /// The text given.
        given: String,
        /// What is wrong with it.
        problem: InstantProblem,
    },
}

/// Why a date and time could not be read as an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InstantProblem {
    /// No UTC offset, so the moment is not known.
    #[error("the time has no time zone: add Z or an offset such as +01:00")]
    MissingZone,
    /// The calendar has no such day.
    #[error(
        "{year:04}-{month:02}-{day:02} is not a date in the calendar: check the day and the month"
    )]
    InvalidDate {
        /// Year as given.
        year: i32,
        /// Month as given.
        month: u32,
        /// Day as given.
        day: u32,
    },
    /// Anything else.
    #[error("not an RFC 3339 date and time: write it like 2025-06-10T09:00:00+01:00")]
    Unreadable,
}

/// The JSON report (see `docs/timing-json.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimingReport {
    /// The stage's machine name.
    pub stage: InterviewStage,
    /// The interview start as given.
    pub interview: String,
    /// `now` as given.
    pub now: String,
    /// The notice left.
    pub notice: Notice,
    /// The recommended decline-by deadline, in the interview's offset.
    pub deadline: String,
    /// The last acceptable moment, in the interview's offset.
    pub minimum_deadline: String,
    /// Time left until `deadline` in words, or how long ago it passed.
    pub deadline_countdown: String,
    /// `ample`, `acceptable`, `short_notice`, `last_minute` or `past`.
    pub classification: String,
    /// The classification for people.
    pub label: String,
    /// Why this classification.
    pub explanation: String,
    /// What to do now.
    pub next_step: String,
    /// The message the composer should write.
    pub message_kind: String,
    /// How to get in touch.
    pub channel: ChannelReport,
}

/// The channel part of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelReport {
    /// `email`, `phone` or `linkedin`.
    pub name: String,
    /// The channel for people.
    pub label: String,
    /// Why this channel.
    pub why: String,
    /// Whether a written note should follow the call.
    pub follow_up_in_writing: bool,
}

/// Reads `--stage`, `--interview` and `--now` (each as `--flag value` or
/// `--flag=value`), or `--help`. The program name must not be included.
pub fn parse_args<I, S>(args: I) -> Result<Command, ArgsError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut stage = None;
    let mut interview = None;
    let mut now = None;
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            None => (arg.clone(), None),
        };
        let (flag, slot): (&'static str, &mut Option<String>) = match name.as_str() {
            "--stage" => ("--stage", &mut stage),
            "--interview" => ("--interview", &mut interview),
            "--now" => ("--now", &mut now),
            _ => return Err(ArgsError::UnknownArgument { given: arg }),
        };
        if slot.is_some() {
            return Err(ArgsError::Repeated { flag });
        }
        let value = inline
            .or_else(|| args.next())
            .ok_or(ArgsError::MissingValue { flag })?;
        *slot = Some(value);
    }
    let stage = stage.ok_or(ArgsError::MissingFlag { flag: "--stage" })?;
    let interview = interview.ok_or(ArgsError::MissingFlag {
        flag: "--interview",
    })?;
    let now = now.ok_or(ArgsError::MissingFlag { flag: "--now" })?;
    Ok(Command::Report(TimingArgs {
        stage: stage.parse()?,
        interview: instant_arg("--interview", &interview)?,
        now: instant_arg("--now", &now)?,
    }))
}

/// Reads an RFC 3339 instant, saying precisely what is wrong if it fails.
pub fn parse_instant(text: &str) -> Result<DateTime<FixedOffset>, InstantProblem> {
    let text = text.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Ok(instant);
    }
    if let Some((year, month, day)) = text.get(..10).and_then(parse_date_parts) {
        if NaiveDate::from_ymd_opt(year, month, day).is_none() {
            return Err(InstantProblem::InvalidDate { year, month, day });
        }
    }
    let without_zone = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .any(|format| NaiveDateTime::parse_from_str(text, format).is_ok());
    Err(if without_zone {
        InstantProblem::MissingZone
    } else {
        InstantProblem::Unreadable
    })
}

/// The report for these arguments.
pub fn build_report(args: &TimingArgs) -> TimingReport {
    let advice: TimingAdvice = assess_timing(
        &args.interview,
        args.stage,
        &args.now,
        ChannelContext::default(),
    );
    let offset = *args.interview.offset();
    let show = |at: DateTime<chrono::Utc>| {
        at.with_timezone(&offset)
            .to_rfc3339_opts(SecondsFormat::Secs, true)
    };
    TimingReport {
        stage: args.stage,
        interview: args.interview.to_rfc3339_opts(SecondsFormat::Secs, true),
        now: args.now.to_rfc3339_opts(SecondsFormat::Secs, true),
        deadline: show(advice.deadline.recommended),
        minimum_deadline: show(advice.deadline.minimum),
        deadline_countdown: advice.deadline.countdown_words(&args.now),
        classification: advice.class.as_str().to_string(),
        label: advice.class.label().to_string(),
        explanation: advice.explanation.clone(),
        next_step: advice.next_step.clone(),
        message_kind: advice.message_kind.as_str().to_string(),
        channel: ChannelReport {
            name: advice.channel.channel.as_str().to_string(),
            label: advice.channel.channel.label().to_string(),
            why: advice
                .channel
                .explanation_at(advice.out_of_hours)
                .to_string(),
            follow_up_in_writing: advice.channel.follow_up_in_writing,
        },
        notice: advice.notice,
    }
}

fn instant_arg(flag: &'static str, given: &str) -> Result<DateTime<FixedOffset>, ArgsError> {
    parse_instant(given).map_err(|problem| ArgsError::Instant {
        flag,
        given: given.to_string(),
        problem,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
