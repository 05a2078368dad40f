//! Turns a [`MessageRequest`] into text by laying out the pieces from
//! `templates/` for the chosen channel, tone, length, spelling and
//! lateness; `writer.rs` fills the fields.

use std::borrow::Cow;

use super::grammar::join_list;
use super::request::{
    AskTopic, Field, Length, MessageRequest, Part, RenderedMessage, Spelling, Tone,
};
use super::templates::{self as t, AskUse, KindText, Late, Pair, ReasonText, ReasonUse};
use super::writer::Writer;
use crate::domain::{Channel, DeclineReason, MessageKind};

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

/// The choices that shape one message, resolved once.
struct Layout {
    text: &'static KindText,
    tone: usize,
    standard: bool,
    spelling: Spelling,
    /// The request is late and the kind has something to say about it.
    late: bool,
    /// The reason's texts, for kinds that use one.
    reason: Option<&'static ReasonText>,
    /// The user wrote their own reason sentence.
    own_reason: bool,
    /// The topics to ask, in `AskTopic::ALL` order, without repeats.
    asks: Vec<AskTopic>,
}

impl Layout {
    fn new(req: &MessageRequest) -> Self {
        let text = t::kind_text(req.kind);
        let reason = (text.reason != ReasonUse::None)
            .then(|| t::reason_text(req.reason.unwrap_or(DeclineReason::NoReason)));
        let mut asks: Vec<AskTopic> = AskTopic::ALL
            .iter()
            .copied()
            .filter(|topic| req.ask.contains(topic))
            .collect();
        match text.asks {
            AskUse::None => asks.clear(),
            AskUse::List if asks.is_empty() => asks = t::DEFAULT_ASKS.to_vec(),
            AskUse::List => asks.truncate(t::LIST_MAX),
            AskUse::RideAlong => asks.truncate(t::RIDE_ALONG_MAX),
        }
        Layout {
            text,
            tone: match req.tone {
                Tone::Warm => 0,
                Tone::Formal => 1,
            },
            standard: req.length == Length::Standard,
            spelling: req.spelling,
            late: req.late && !matches!(text.late, Late::Ignored),
            reason,
            own_reason: text.reason == ReasonUse::Said
                && !req.fields.get(Field::ReasonDetail).is_empty(),
            asks,
        }
    }

    fn pick(&self, pair: Pair) -> &'static str {
        pair[self.tone]
    }

    fn subject(&self) -> Pair {
        let late = self.text.late_subject;
        if self.late && !late[0].is_empty() {
            late
        } else {
            self.text.subject
        }
    }

    /// Email and LinkedIn: greeting; the opening, the decision and the
    /// reason; the questions; the line about the future; the close;
    /// sign-off and name. Only email carries the signature: LinkedIn
    /// already shows the profile next to the message.
    fn letter(&self, w: &mut Writer, greeting: Pair, sign_off: Pair, signed: bool) {
        w.piece(self.pick(greeting));
        w.brk("\n\n");
        w.piece(self.pick(self.text.open));
        self.substance(w);
        w.brk("\n\n");
        for piece in self.future() {
            w.piece(&piece);
        }
        self.ride_along(w);
        w.brk("\n\n");
        w.piece(self.pick(self.text.close));
        w.brk("\n\n");
        w.piece(self.pick(sign_off));
        w.brk("\n");
        w.piece("{user_name}");
        if signed {
            w.brk("\n");
            w.piece("{signature}");
        }
    }

    /// A call script in four headed sections, to read at a glance on the
    /// phone: ask for the contact, greet, say which interview and ask
    /// whether now is a good time; then the decision first.
    fn phone_script(&self, w: &mut Writer) {
        let [opening, points, questions, closing] = t::PHONE_HEADINGS;
        w.piece(opening);
        w.brk("\n");
        w.piece_or(t::PHONE_ASK_FOR_TITLED, t::PHONE_ASK_FOR);
        w.brk("\n");
        self.hello(w);
        w.piece(self.pick(t::GOOD_TIME));
        w.brk("\n\n");
        w.piece(points);
        w.bullets(true);
        w.piece(self.pick(self.text.call_open));
        self.substance(w);
        // The reason's door is left to the answers: said unasked, it
        // would repeat the first answer.
        if self.standard {
            w.piece(self.pick(self.text.more));
        }
        if self.text.reason == ReasonUse::Shapes {
            for piece in self.future() {
                w.piece(&piece);
            }
        }
        self.ride_along(w);
        w.bullets(false);
        let answers = self.answers();
        let answers = if self.standard {
            answers
        } else {
            &answers[..answers.len().min(1)]
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
        w.piece(self.pick(self.text.call_close));
    }

    /// Under thirty seconds: who, which interview, the decision or the
    /// request, the reason, how to answer, thanks.
    fn voicemail(&self, w: &mut Writer) {
        let about = self.pick(self.text.about);
        w.piece(&format!("{} {about}.", self.pick(t::VOICEMAIL_HELLO)));
        w.piece(self.pick(self.text.call_open));
        if self.text.explains {
            w.piece("{late_explanation}");
        }
        if self.late && matches!(self.text.late, Late::Note) {
            w.piece(self.pick(t::LATE_NOTE));
        }
        let short = self.pick(self.text.voicemail);
        if short.is_empty() {
            self.decision(w);
        } else {
            w.piece(short);
        }
        self.reason_sentence(w);
        w.piece_or(self.pick(t::CALL_BACK), self.pick(t::EMAIL_BACK));
        w.piece(self.pick(self.text.call_close));
    }

    /// "Hello …, this is …. I'm calling about …."
    fn hello(&self, w: &mut Writer) {
        w.piece(self.pick(t::PHONE_HELLO));
        let about = self.pick(self.text.about);
        if !about.is_empty() {
            let sentence = format!("{} {about}.", self.pick(t::CALLING_ABOUT));
            w.piece(&sentence);
        }
    }

    /// What follows the opening: the person's explanation, the late note,
    /// the decision or request, the reason and the questions. On the
    /// phone each is a bullet; in a letter they run on.
    fn substance(&self, w: &mut Writer) {
        if self.text.explains {
            w.piece("{late_explanation}");
        }
        if self.late && matches!(self.text.late, Late::Note) {
            w.piece(self.pick(t::LATE_NOTE));
        }
        self.decision(w);
        self.reason_sentence(w);
        if self.text.asks == AskUse::List {
            self.questions(w);
        }
    }

    fn decision(&self, w: &mut Writer) {
        if self.text.asks == AskUse::List && self.asks.len() == 1 {
            let one = format!(
                "{} {}?",
                self.pick(t::ASK_ONE_LEAD),
                t::ask_clause(self.asks[0])
            );
            w.piece(&one);
            return;
        }
        match self.text.late {
            Late::Core(late) if self.late => w.piece(self.pick(late)),
            _ => w.piece(self.pick(self.text.core)),
        }
    }

    /// The user's own sentence if they wrote one, else ours.
    fn reason_sentence(&self, w: &mut Writer) {
        if self.text.reason != ReasonUse::Said {
            return;
        }
        if self.own_reason {
            w.piece("{reason_detail}");
        } else if let Some(reason) = self.reason {
            w.piece(self.pick(reason.sentence));
        }
    }

    /// An `ask_first` message's questions, one per line.
    fn questions(&self, w: &mut Writer) {
        if self.asks.len() > 1 {
            for topic in &self.asks {
                w.item(t::ask_question(*topic));
            }
        }
    }

    /// One short question after the request and its context, so the
    /// request stays the first thing read.
    fn ride_along(&self, w: &mut Writer) {
        match self.text.asks {
            AskUse::RideAlong if !self.asks.is_empty() => {
                let clauses: Vec<&str> = self.asks.iter().map(|a| t::ask_clause(*a)).collect();
                let question = format!(
                    "{} {}?",
                    self.pick(t::RIDE_ALONG_LEAD),
                    join_list(&clauses, self.spelling)
                );
                w.piece(&question);
            }
            _ => {}
        }
    }

    /// The line about the future: the kind's context sentence and the
    /// reason's door at standard length; a follow-up's line always.
    fn future(&self) -> Vec<Cow<'static, str>> {
        let mut out = Vec::new();
        if self.standard {
            out.push(Cow::Borrowed(self.pick(self.text.more)));
        }
        match (self.text.reason, self.reason) {
            (ReasonUse::Said, Some(reason)) if self.standard => {
                out.push(Cow::Borrowed(self.pick(reason.door)))
            }
            (ReasonUse::Shapes, Some(reason)) => {
                out.push(Cow::Borrowed(self.pick(reason.follow_up)))
            }
            _ => {}
        }
        out
    }

    fn answers(&self) -> &'static [t::Answer] {
        match (self.text.reason, self.reason) {
            (ReasonUse::Said, Some(reason)) => reason.answers,
            _ => self.text.answers,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::messages::MessageFields;

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
        assert!(out
            .body
            .contains("- Family commitments keep me close to home.\n"));
        assert!(!out.body.contains("relocate"), "own words replace ours");
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
