//! Turns a [`MessageRequest`] into text by laying out the pieces from
//! `templates/` for the chosen channel, tone, length, spelling and
//! lateness; `writer.rs` fills the fields.

use super::layout::Layout;
use super::request::{MessageRequest, Part, RenderedMessage};
use super::templates::{self as t, AskUse, Late, ReasonUse};
use super::writer::Writer;
use crate::domain::{Channel, MessageKind};

/// The channels that make sense for a kind, the usual one first.
///
/// A connection note only exists on LinkedIn. A late cancellation, a
/// missed interview and a declined offer are a call first (the seed:
/// contact them promptly; a call "shows greater respect" later in the
/// process), with email as the written record. A withdrawal after an
/// interview deserves email or a call; a follow-up weeks later is
/// written, never a cold call; a recruiter's approach is answered where
/// it came; the confirmation of a call is, by definition, written.
pub fn channels_for(kind: MessageKind) -> &'static [Channel] {
    use Channel::{Email, LinkedIn, Phone};
    match kind {
        MessageKind::Decline
        | MessageKind::Reschedule
        | MessageKind::IntroCall
        | MessageKind::VideoInstead
        | MessageKind::OtherRole => &[Email, Phone, LinkedIn],
        MessageKind::LateCancellation => &[Phone, Email],
        MessageKind::Withdrawal => &[Email, Phone],
        MessageKind::LinkedInNote => &[LinkedIn],
        MessageKind::FollowUp => &[Email, LinkedIn],
        MessageKind::AskFirst | MessageKind::Expedite | MessageKind::Chase => {
            &[Email, Phone, LinkedIn]
        }
        MessageKind::MissedInterview => &[Phone, Email],
        MessageKind::DeclineOffer => &[Phone, Email],
        MessageKind::DeclineOutreach => &[LinkedIn, Email],
        MessageKind::DeclineConfirmation => &[Email],
    }
}

/// Whether a kind's words depend on why the person said no (so the UI
/// shows the reason picker): the kinds that say no, which say the reason,
/// and the follow-up, whose line about the future follows from it.
pub fn reasons_apply(kind: MessageKind) -> bool {
    t::kind_text(kind).reason != ReasonUse::None
}

/// Whether the request's `late` flag changes this kind's words (a decline
/// or withdrawal apologises for the notice; a request with an interview
/// ahead adds one apology). Cancellations and missed interviews are late
/// by nature; offers, outreach and follow-ups have no interview ahead.
pub fn late_applies(kind: MessageKind) -> bool {
    !matches!(t::kind_text(kind).late, Late::Ignored)
}

/// Whether the request's `ask` topics are asked in this kind: as the
/// message itself (`ask_first`) or as one short question riding along.
pub fn asks_apply(kind: MessageKind) -> bool {
    t::kind_text(kind).asks != AskUse::None
}

/// Renders the message. Never fails: a blank required field becomes a
/// visible `[Label]` placeholder, listed in `placeholders`.
pub fn render(req: &MessageRequest) -> RenderedMessage {
    let layout = Layout::new(req);
    let mut body = Writer::new(&req.fields, req.spelling, Part::Body);
    match req.channel {
        Channel::Email => layout.letter(&mut body, t::EMAIL_GREETING, t::EMAIL_SIGN_OFF, true),
        Channel::LinkedIn => {
            layout.letter(&mut body, t::LINKEDIN_GREETING, t::LINKEDIN_SIGN_OFF, false)
        }
        Channel::Phone => layout.phone_script(&mut body),
    }
    let voicemail = (req.channel == Channel::Phone).then(|| {
        let mut w = Writer::new(&req.fields, req.spelling, Part::Body);
        layout.voicemail(&mut w);
        w.out
    });
    let mut placeholders = Vec::new();
    let subject = (req.channel == Channel::Email).then(|| {
        let mut subject = Writer::new(&req.fields, req.spelling, Part::Subject);
        subject.piece(layout.pick(layout.subject()));
        placeholders = subject.placeholders;
        subject.out
    });
    // A kind without a subject (a LinkedIn note) asked for by email gets
    // none, which the checker then reports, rather than an empty line.
    let subject = subject.filter(|s| !s.is_empty());
    placeholders.append(&mut body.placeholders);
    RenderedMessage {
        subject,
        body: body.out,
        placeholders,
        voicemail,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::messages::{AskTopic, Field, Length, MessageFields, Spelling, Tone};
    use crate::domain::DeclineReason;

    fn request(kind: MessageKind, channel: Channel, fields: MessageFields) -> MessageRequest {
        MessageRequest {
            spelling: Spelling::Uk,
            late: false,
            ask: Vec::new(),
            kind,
            reason: Some(DeclineReason::Location),
            channel,
            tone: Tone::Formal,
            length: Length::Standard,
            fields,
        }
    }

    /// Renders and checks every placeholder's span holds `[Label]`.
    fn check(req: &MessageRequest, expected: &[(Part, Field)]) -> RenderedMessage {
        let out = render(req);
        let found: Vec<(Part, Field)> =
            out.placeholders.iter().map(|p| (p.part, p.field)).collect();
        assert_eq!(found, expected);
        for p in &out.placeholders {
            let text = match p.part {
                Part::Subject => out.subject.as_deref().unwrap_or_default(),
                Part::Body => &out.body,
            };
            assert_eq!(
                p.span.slice(text),
                Some(format!("[{}]", p.field.label()).as_str())
            );
        }
        out
    }

    #[test]
    fn blank_required_fields_become_visible_placeholders() {
        let fields = MessageFields {
            user_name: "Zoë 🌱".into(),
            role: "Analyst".into(),
            ..MessageFields::default()
        };
        let req = request(MessageKind::Decline, Channel::Email, fields);
        let out = check(
            &req,
            &[
                (Part::Subject, Field::Company),
                (Part::Body, Field::ContactName),
                (Part::Body, Field::Company),
                (Part::Body, Field::InterviewWhen),
            ],
        );
        assert!(out.body.starts_with("Dear [Contact name],\n\n"));
        assert!(out.body.ends_with("Kind regards,\nZoë 🌱"));
    }

    #[test]
    fn optional_fields_choose_their_sentence() {
        let mut fields = MessageFields {
            contact_name: "Sam".into(),
            ..MessageFields::default()
        };
        let req = request(MessageKind::Decline, Channel::Phone, fields.clone());
        let out = render(&req);
        assert!(out.body.contains("ask for Sam.)"), "{}", out.body);
        assert!(out.body.contains("- The role would require me to relocate"));
        let voicemail = out.voicemail.unwrap_or_default();
        assert!(voicemail.contains("follow this up by email"), "{voicemail}");
        fields.contact_title = "Head of Talent".into();
        fields.reason_detail = "family commitments keep me close to home.".into();
        fields.user_phone = "+44 7700 900123".into();
        let out = render(&request(MessageKind::Decline, Channel::Phone, fields));
        assert!(out.body.contains("ask for Sam, Head of Talent.)"));
        assert!(
            out.body.contains(
                "- The role would require me to relocate, which I am not able to do at present.\n\
                 - Family commitments keep me close to home.\n"
            ),
            "own words follow ours: {}",
            out.body
        );
        let voicemail = out.voicemail.unwrap_or_default();
        assert!(
            voicemail.contains("reach me on +44 7700 900123."),
            "{voicemail}"
        );
    }

    #[test]
    fn the_call_asks_for_the_contact_before_greeting_them() {
        let fields = MessageFields {
            contact_name: "Sam".into(),
            ..MessageFields::default()
        };
        let body = render(&request(MessageKind::Decline, Channel::Phone, fields)).body;
        let ask = body.find("ask for Sam").unwrap_or(usize::MAX);
        let hello = body.find("Hello Sam").unwrap_or(0);
        assert!(ask < hello, "{body}");
        assert!(body.contains("Is now a convenient time to talk?"));
    }

    #[test]
    fn field_values_are_never_read_as_templates() {
        let fields = MessageFields {
            contact_name: "{company}".into(),
            company: "Acme".into(),
            ..MessageFields::default()
        };
        let body = render(&request(
            MessageKind::LinkedInNote,
            Channel::LinkedIn,
            fields,
        ))
        .body;
        assert!(body.starts_with("Hello {company},\n"), "{body}");
    }

    #[test]
    fn only_email_has_a_subject_and_only_phone_a_voicemail() {
        for channel in Channel::ALL {
            let req = request(MessageKind::Decline, *channel, MessageFields::default());
            let out = render(&req);
            assert_eq!(out.subject.is_some(), *channel == Channel::Email);
            assert_eq!(out.voicemail.is_some(), *channel == Channel::Phone);
        }
    }

    #[test]
    fn brief_phone_scripts_keep_one_answer() {
        let mut req = request(
            MessageKind::Decline,
            Channel::Phone,
            MessageFields::default(),
        );
        assert_eq!(render(&req).body.matches("\nQ: ").count(), 3);
        req.length = Length::Brief;
        assert_eq!(render(&req).body.matches("\nQ: ").count(), 1);
    }

    #[test]
    fn asks_ride_along_or_make_the_list() {
        let mut req = request(
            MessageKind::Reschedule,
            Channel::Email,
            MessageFields::default(),
        );
        req.ask = vec![AskTopic::Timeline, AskTopic::Pay];
        req.spelling = Spelling::Us;
        let body = render(&req).body;
        assert!(
            body.contains(
                "Could you also tell me the pay range and how long the process usually takes?"
            ),
            "{body}"
        );
        req.kind = MessageKind::AskFirst;
        req.ask = vec![AskTopic::Pay];
        assert!(render(&req)
            .body
            .contains("Before we arrange a time, could you tell me the pay range?"));
        req.ask = Vec::new();
        let body = render(&req).body;
        assert_eq!(body.matches("\n- ").count(), 3, "{body}");
        req.kind = MessageKind::Decline;
        req.ask = vec![AskTopic::Pay];
        assert!(!render(&req).body.contains("pay range"));
    }

    #[test]
    fn reasons_apply_only_to_kinds_that_say_no_and_the_follow_up() {
        let kinds: Vec<MessageKind> = MessageKind::ALL
            .iter()
            .copied()
            .filter(|k| reasons_apply(*k))
            .collect();
        assert_eq!(
            kinds,
            [
                MessageKind::Decline,
                MessageKind::Withdrawal,
                MessageKind::FollowUp,
                MessageKind::DeclineOffer,
                MessageKind::DeclineOutreach
            ]
        );
    }
}
