//! Turns a [`MessageRequest`] into text by laying out the pieces from
//! `templates.rs` for the chosen channel, tone and length.

use super::request::{
    Field, Length, MessageFields, MessageRequest, Part, Placeholder, RenderedMessage, Span, Tone,
};
use super::templates::{self as t, KindText};
use crate::domain::{Channel, DeclineReason, MessageKind};

/// The channels that make sense for a kind, the usual one first.
///
/// A connection note only exists on LinkedIn. A late cancellation is a
/// call first (the seed: contact them promptly), with email as the
/// written record; it is not something to send as a LinkedIn message. A
/// withdrawal after an interview deserves email or a call, and a
/// follow-up weeks later is written, never a cold call.
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

/// Whether a kind says why (so the UI shows the reason picker).
pub fn reasons_apply(kind: MessageKind) -> bool {
    t::kind_text(kind).takes_reason
}

/// Renders the message. Never fails: a blank required field becomes a
/// visible `[Label]` placeholder, listed in `placeholders`.
pub fn render(req: &MessageRequest) -> RenderedMessage {
    let text = t::kind_text(req.kind);
    let tone = match req.tone {
        Tone::Warm => 0,
        Tone::Formal => 1,
    };
    let layout = Layout {
        text,
        tone,
        standard: req.length == Length::Standard,
        reason: match (text.takes_reason, req.reason) {
            (true, Some(reason)) => t::reason_sentence(reason),
            (true, None) => t::reason_sentence(DeclineReason::NoReason),
            (false, _) => "",
        },
        detail: if text.takes_detail {
            t::REASON_DETAIL
        } else {
            ""
        },
    };
    let mut body = Writer::new(&req.fields, Part::Body);
    match req.channel {
        Channel::Email => layout.letter(&mut body, t::EMAIL_GREETING, t::EMAIL_SIGN_OFF, true),
        Channel::LinkedIn => {
            layout.letter(&mut body, t::LINKEDIN_GREETING, t::LINKEDIN_SIGN_OFF, false)
        }
        Channel::Phone => layout.phone_script(&mut body),
    }
    let mut placeholders = Vec::new();
    let subject = (req.channel == Channel::Email).then(|| {
        let mut subject = Writer::new(&req.fields, Part::Subject);
        subject.piece(text.subject[tone]);
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
    }
}

/// The choices that shape one message, resolved once.
struct Layout {
    text: &'static KindText,
    tone: usize,
    standard: bool,
    reason: &'static str,
    detail: &'static str,
}

impl Layout {
    /// Email and LinkedIn: greeting, one paragraph of substance, the
    /// closing sentence, sign-off and name. Only email carries the
    /// signature: LinkedIn already shows the profile next to the message.
    fn letter(&self, w: &mut Writer, greeting: [&str; 2], sign_off: [&str; 2], signed: bool) {
        let text = self.text;
        w.piece(greeting[self.tone]);
        w.brk("\n\n");
        for piece in self.substance() {
            w.piece(piece);
        }
        w.brk("\n\n");
        w.piece(text.close[self.tone]);
        w.brk("\n\n");
        w.piece(sign_off[self.tone]);
        w.brk("\n");
        w.piece("{user_name}");
        if signed {
            w.brk("\n");
            w.piece("{signature}");
        }
    }

    /// A call script in four headed sections, so it can be read at a
    /// glance while on the phone.
    fn phone_script(&self, w: &mut Writer) {
        let text = self.text;
        let [opening, points, questions, closing] = t::PHONE_HEADINGS;
        w.piece(opening);
        w.brk("\n");
        w.piece(t::PHONE_HELLO[self.tone]);
        w.piece(text.opening[self.tone]);
        w.brk("\n");
        w.piece(t::PHONE_ASK_FOR);
        w.brk("\n\n");
        w.piece(points);
        for piece in self.substance().into_iter().skip(1) {
            w.brk("\n");
            w.prefixed("- ", piece);
        }
        let answers = if self.standard {
            text.answers
        } else {
            &text.answers[..text.answers.len().min(1)]
        };
        if !answers.is_empty() {
            w.brk("\n\n");
            w.piece(questions);
            for (question, answer) in answers {
                w.brk("\n");
                w.prefixed("Q: ", question);
                w.brk("\n");
                w.prefixed("A: ", answer);
            }
        }
        w.brk("\n\n");
        w.piece(closing);
        w.brk("\n");
        w.piece(text.close[self.tone]);
        w.piece(t::PHONE_GOODBYE[self.tone]);
    }

    /// Opening, decision, reason, detail and (standard only) context.
    fn substance(&self) -> [&'static str; 5] {
        let text = self.text;
        let more = if self.standard {
            text.more[self.tone]
        } else {
            ""
        };
        [
            text.opening[self.tone],
            text.core[self.tone],
            self.reason,
            self.detail,
            more,
        ]
    }
}

/// Appends template pieces, filling `{key}`s and tracking placeholders
/// by character offset as it goes.
struct Writer<'a> {
    fields: &'a MessageFields,
    part: Part,
    out: String,
    /// Characters in `out`, kept so spans need no recount.
    chars: usize,
    /// What goes before the next piece that is actually written.
    sep: &'static str,
    placeholders: Vec<Placeholder>,
}

impl<'a> Writer<'a> {
    fn new(fields: &'a MessageFields, part: Part) -> Self {
        Writer {
            fields,
            part,
            out: String::with_capacity(768),
            chars: 0,
            sep: "",
            placeholders: Vec::new(),
        }
    }

    fn piece(&mut self, template: &str) {
        self.prefixed("", template);
    }

    /// Writes one piece unless it is empty or names a blank optional field.
    fn prefixed(&mut self, prefix: &str, template: &str) {
        if template.is_empty() || self.leaves_out(template) {
            return;
        }
        if !self.out.is_empty() {
            let sep = self.sep;
            self.push(sep);
        }
        self.sep = " ";
        self.push(prefix);
        self.fill(template);
    }

    /// The next written piece starts after `sep` instead of a space.
    fn brk(&mut self, sep: &'static str) {
        self.sep = sep;
    }

    fn leaves_out(&self, template: &str) -> bool {
        template
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}'))
            .filter_map(|(key, _)| Field::from_key(key))
            .any(|f| f.is_optional() && self.fields.get(f).is_empty())
    }

    fn fill(&mut self, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.push(&rest[..open]);
            let after = &rest[open + 1..];
            let field = after
                .split_once('}')
                .and_then(|(key, tail)| Some((Field::from_key(key)?, tail)));
            match field {
                Some((field, tail)) => {
                    self.value(field);
                    rest = tail;
                }
                None => {
                    self.push("{");
                    rest = after;
                }
            }
        }
        self.push(rest);
    }

    /// The user's value, inserted as is (never re-read as a template), or
    /// a visible `[Label]` when blank.
    fn value(&mut self, field: Field) {
        let value = self.fields.get(field);
        if !value.is_empty() {
            self.push(value);
            return;
        }
        let start = self.chars;
        self.push("[");
        self.push(field.label());
        self.push("]");
        self.placeholders.push(Placeholder {
            field,
            part: self.part,
            span: Span {
                start,
                end: self.chars,
            },
        });
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
        self.chars += s.chars().count();
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn request(kind: MessageKind, channel: Channel, fields: MessageFields) -> MessageRequest {
        MessageRequest {
            spelling: Default::default(),
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
    fn optional_fields_drop_their_sentence_when_blank() {
        let mut fields = MessageFields {
            contact_name: "Sam".into(),
            ..MessageFields::default()
        };
        let req = request(MessageKind::Decline, Channel::Phone, fields.clone());
        assert!(!render(&req).body.contains("ask for"));
        assert!(!render(&req).body.contains("In brief"));
        fields.contact_title = "Head of Talent".into();
        fields.reason_detail = "family commitments".into();
        let body = render(&request(MessageKind::Decline, Channel::Phone, fields)).body;
        assert!(body.contains("ask for Sam, Head of Talent."));
        assert!(body.contains("- In brief: family commitments."));
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
    fn only_email_has_a_subject() {
        for channel in Channel::ALL {
            let req = request(MessageKind::Decline, *channel, MessageFields::default());
            assert_eq!(render(&req).subject.is_some(), *channel == Channel::Email);
        }
    }

    #[test]
    fn brief_phone_scripts_keep_one_answer_and_drop_the_context_sentence() {
        let mut req = request(
            MessageKind::Decline,
            Channel::Phone,
            MessageFields::default(),
        );
        req.length = Length::Brief;
        let body = render(&req).body;
        assert_eq!(body.matches("\nQ: ").count(), 1);
        assert!(!body.contains("appreciate the time"));
    }

    #[test]
    fn reasons_apply_only_to_kinds_that_say_no_to_the_role() {
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
                MessageKind::DeclineOffer,
                MessageKind::DeclineOutreach
            ]
        );
    }
}
