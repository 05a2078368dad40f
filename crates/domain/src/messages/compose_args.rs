//! Command-line arguments of the `compose` example, parsed here so the
//! parsing is unit tested and the example stays a thin shell. The output
//! is described in docs/compose-json.md.

use serde::Serialize;

use super::render::{channels_for, reasons_apply};
use super::request::{AskTopic, Field, Length, MessageFields, MessageRequest, Spelling, Tone};
use super::when::english_when;
use crate::domain::{Channel, DeclineReason, MessageKind, UnknownValue};

/// How to call the example, printed with every argument error.
pub const COMPOSE_USAGE: &str =
    "usage: compose [--kind KIND] [--reason REASON] [--channel CHANNEL] \
[--tone warm|formal] [--length brief|standard] [--spelling us|uk] [--late] [--ask TOPIC,...] \
[--field KEY=VALUE]...";

/// A command line that cannot be used; each names what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeArgsError {
    #[error("{0} needs a value after it")]
    MissingValue(String),
    #[error("{0} is given twice: give it once")]
    Repeated(String),
    #[error("unknown option \"{0}\": use --kind, --reason, --channel, --tone, --length, --spelling, --late, --ask or --field")]
    UnknownFlag(String),
    #[error("--field {0} needs the form key=value")]
    NotKeyValue(String),
    #[error("kind {0} takes no reason: leave out --reason")]
    ReasonNotTaken(MessageKind),
    #[error("kind {kind} is not sent by {channel}: use one of {allowed}")]
    ChannelNotOffered {
        kind: MessageKind,
        channel: Channel,
        allowed: String,
    },
    #[error(transparent)]
    BadValue(#[from] UnknownValue),
}

/// Parses the arguments after the program name into a request. Times
/// given as RFC 3339 (`interview_when`, `proposed_time`) are written in
/// English in the chosen spelling; any other value is used as typed.
pub fn parse_compose_args(args: &[String]) -> Result<MessageRequest, ComposeArgsError> {
    let mut single: [(&str, Option<&str>); 8] = [
        ("--kind", None),
        ("--reason", None),
        ("--channel", None),
        ("--tone", None),
        ("--length", None),
        ("--spelling", None),
        ("--ask", None),
        ("--late", None),
    ];
    let mut fields = MessageFields::default();
    let mut given: Vec<Field> = Vec::new();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--field" {
            let pair = rest
                .next()
                .ok_or_else(|| ComposeArgsError::MissingValue(flag.clone()))?;
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| ComposeArgsError::NotKeyValue(pair.clone()))?;
            let field = Field::from_key(key).ok_or_else(|| UnknownValue {
                what: "field",
                given: key.to_string(),
                allowed: Field::ALL
                    .iter()
                    .map(|f| f.key())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
            if given.contains(&field) {
                return Err(ComposeArgsError::Repeated(format!("--field {key}")));
            }
            given.push(field);
            *slot(&mut fields, field) = value.to_string();
            continue;
        }
        let Some((_, value)) = single.iter_mut().find(|(name, _)| name == flag) else {
            return Err(ComposeArgsError::UnknownFlag(flag.clone()));
        };
        let next = if flag == "--late" {
            "yes"
        } else {
            rest.next()
                .ok_or_else(|| ComposeArgsError::MissingValue(flag.clone()))?
        };
        if value.replace(next).is_some() {
            return Err(ComposeArgsError::Repeated(flag.clone()));
        }
    }
    let [kind, reason, channel, tone, length, spelling, ask, late] = single.map(|(_, v)| v);
    let kind: MessageKind = kind.unwrap_or("decline").parse()?;
    let reason = reason.map(str::parse::<DeclineReason>).transpose()?;
    if reason.is_some() && !reasons_apply(kind) {
        return Err(ComposeArgsError::ReasonNotTaken(kind));
    }
    let allowed = channels_for(kind);
    let channel = match channel {
        Some(name) => name.parse()?,
        None => allowed[0],
    };
    if !allowed.contains(&channel) {
        return Err(ComposeArgsError::ChannelNotOffered {
            kind,
            channel,
            allowed: names(allowed.iter().map(|c| c.as_str())),
        });
    }
    let spelling = pick(
        spelling,
        "spelling",
        &[("uk", Spelling::Uk), ("us", Spelling::Us)],
    )?;
    for field in [Field::InterviewWhen, Field::ProposedTime] {
        let value = slot(&mut fields, field);
        *value = english_when(value, spelling);
    }
    Ok(MessageRequest {
        kind,
        reason,
        channel,
        tone: pick(
            tone,
            "tone",
            &[("warm", Tone::Warm), ("formal", Tone::Formal)],
        )?,
        length: pick(
            length,
            "length",
            &[("standard", Length::Standard), ("brief", Length::Brief)],
        )?,
        spelling,
        late: late.is_some(),
        ask: match ask {
            Some(list) => list
                .split(',')
                .map(|name| {
                    AskTopic::from_id(name.trim()).ok_or_else(|| UnknownValue {
                        what: "ask topic",
                        given: name.trim().to_string(),
                        allowed: names(AskTopic::ALL.iter().map(|t| t.as_str())),
                    })
                })
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
        },
        fields,
    })
}

/// One headed section of a phone script, for the JSON output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScriptSection {
    /// "Opening", "Points to make", "If they ask" or "Closing".
    pub heading: String,
    /// The lines under it, as rendered ("- " and "Q: " prefixes kept).
    pub lines: Vec<String>,
}

/// A rendered phone script split into its headed sections (blocks
/// separated by a blank line, the first line the heading).
pub fn script_sections(body: &str) -> Vec<ScriptSection> {
    body.split("\n\n")
        .filter_map(|block| {
            let mut lines = block.lines();
            let heading = lines.next()?.to_string();
            Some(ScriptSection {
                heading,
                lines: lines.map(str::to_string).collect(),
            })
        })
        .collect()
}

/// The first value is the default when the flag is not given.
fn pick<T: Copy>(
    given: Option<&str>,
    what: &'static str,
    choices: &[(&str, T)],
) -> Result<T, UnknownValue> {
    let Some(given) = given else {
        return Ok(choices[0].1);
    };
    choices
        .iter()
        .find(|(name, _)| *name == given)
        .map(|(_, value)| *value)
        .ok_or_else(|| UnknownValue {
            what,
            given: given.to_string(),
            allowed: names(choices.iter().map(|(name, _)| *name)),
        })
}

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

fn slot(fields: &mut MessageFields, field: Field) -> &mut String {
    match field {
        Field::UserName => &mut fields.user_name,
        Field::Signature => &mut fields.signature,
        Field::ContactName => &mut fields.contact_name,
        Field::ContactTitle => &mut fields.contact_title,
        Field::Company => &mut fields.company,
        Field::Role => &mut fields.role,
        Field::OtherRole => &mut fields.other_role,
        Field::RelevantSkill => &mut fields.relevant_skill,
        Field::InterviewWhen => &mut fields.interview_when,
        Field::ProposedTime => &mut fields.proposed_time,
        Field::ReasonDetail => &mut fields.reason_detail,
        Field::LateExplanation => &mut fields.late_explanation,
        Field::UserPhone => &mut fields.user_phone,
        Field::PayFigure => &mut fields.pay_figure,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<MessageRequest, String> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        parse_compose_args(&args).map_err(|e| e.to_string())
    }

    fn fails(args: &[&str], expected: &str) {
        assert_eq!(
            parse(args).map(|_| ()),
            Err(expected.to_string()),
            "{args:?}"
        );
    }

    #[test]
    fn defaults_fill_what_is_not_given() {
        let req = parse(&[]).unwrap();
        assert_eq!(
            (
                req.kind,
                req.reason,
                req.channel,
                req.tone,
                req.length,
                req.spelling,
                req.late
            ),
            (
                MessageKind::Decline,
                None,
                Channel::Email,
                Tone::Warm,
                Length::Standard,
                Spelling::Uk,
                false
            )
        );
        assert_eq!(
            parse(&["--kind", "late_cancellation"]).unwrap().channel,
            Channel::Phone
        );
    }

    #[test]
    fn every_flag_and_field_is_read() {
        let req = parse(&[
            "--kind",
            "reschedule",
            "--channel",
            "phone",
            "--tone",
            "formal",
            "--length",
            "brief",
            "--spelling",
            "us",
            "--late",
            "--ask",
            "pay, timeline",
            "--field",
            "company=Acme=Co",
            "--field",
            "proposed_time=2025-11-27T10:00:00+00:00",
            "--field",
            "interview_when=tomorrow at 2pm",
        ])
        .unwrap();
        assert_eq!(req.kind, MessageKind::Reschedule);
        assert_eq!(
            (req.channel, req.tone, req.length),
            (Channel::Phone, Tone::Formal, Length::Brief)
        );
        assert_eq!((req.spelling, req.late), (Spelling::Us, true));
        assert_eq!(req.ask, [AskTopic::Pay, AskTopic::Timeline]);
        assert_eq!(req.fields.company, "Acme=Co");
        assert_eq!(req.fields.proposed_time, "Thursday, November 27 at 10 AM");
        assert_eq!(req.fields.interview_when, "tomorrow at 2pm");
        let req = parse(&[
            "--reason",
            "pay",
            "--field",
            "interview_when=2025-11-27T10:00:00Z",
        ])
        .unwrap();
        assert_eq!(req.reason, Some(DeclineReason::Pay));
        assert_eq!(req.fields.interview_when, "Thursday 27 November at 10:00");
    }

    #[test]
    fn every_mistake_names_what_was_wrong() {
        fails(&["--kind", "lunch"], "unknown kind \"lunch\": use one of decline, reschedule, intro_call, video_instead, other_role, late_cancellation, withdrawal, linkedin_note, follow_up, ask_first, expedite, missed_interview, decline_offer, decline_outreach, chase, decline_confirmation");
        fails(&["--reason", "bored"], "unknown reason \"bored\": use one of accepted_offer, pay, role_fit, culture, location, travel_balance, timing, long_process, no_reason, level, hours, commute, staying_current");
        fails(
            &["--kind", "reschedule", "--reason", "pay"],
            "kind reschedule takes no reason: leave out --reason",
        );
        fails(
            &["--kind", "linkedin_note", "--channel", "email"],
            "kind linkedin_note is not sent by email: use one of linkedin",
        );
        fails(
            &["--tone", "cheery"],
            "unknown tone \"cheery\": use one of warm, formal",
        );
        fails(
            &["--length", "long"],
            "unknown length \"long\": use one of standard, brief",
        );
        fails(
            &["--spelling", "au"],
            "unknown spelling \"au\": use one of uk, us",
        );
        fails(&["--ask", "pay,perks"], "unknown ask topic \"perks\": use one of pay, remote_hybrid, location, hours, travel, timeline, growth, team, travel_costs");
        fails(&["--field", "mood=happy"], "unknown field \"mood\": use one of user_name, signature, contact_name, contact_title, company, role, other_role, relevant_skill, interview_when, proposed_time, reason_detail, late_explanation, user_phone, pay_figure");
        fails(
            &["--field", "company"],
            "--field company needs the form key=value",
        );
        fails(
            &["--field", "role=A", "--field", "role=B"],
            "--field role is given twice: give it once",
        );
        fails(&["--late", "--late"], "--late is given twice: give it once");
        fails(&["--tone"], "--tone needs a value after it");
        fails(&["-k", "decline"], "unknown option \"-k\": use --kind, --reason, --channel, --tone, --length, --spelling, --late, --ask or --field");
    }

    #[test]
    fn a_script_splits_into_its_sections() {
        let sections = script_sections("Opening\nHello.\n\nPoints to make\n- One.\n- Two.");
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[1].heading, "Points to make");
        assert_eq!(sections[1].lines, ["- One.", "- Two."]);
    }
}
