//! Where each piece of a message goes, for a letter (email, LinkedIn), a
//! call script and its voicemail: the choices of one request (tone,
//! length, lateness, reason, questions) resolved once, then laid out.

use std::borrow::Cow;

use super::grammar::join_list;
use super::request::{AskTopic, Field, Length, MessageRequest, Spelling, Tone};
use super::templates::{self as t, AskUse, KindText, Late, Pair, ReasonText, ReasonUse};
use super::writer::Writer;
use crate::domain::{DeclineReason, MessageKind};

/// The choices that shape one message, resolved once.
pub(super) struct Layout {
    kind: MessageKind,
    text: &'static KindText,
    tone: usize,
    standard: bool,
    spelling: Spelling,
    /// The request is late and the kind has something to say about it.
    late: bool,
    /// The reason's texts, for kinds that use one.
    reason: Option<&'static ReasonText>,
    /// The reason picked ("prefer not to say" when none).
    reason_id: DeclineReason,
    /// The user wrote their own reason sentence.
    own_reason: bool,
    /// The topics to ask, in `AskTopic::ALL` order, without repeats.
    asks: Vec<AskTopic>,
}

impl Layout {
    pub(super) fn new(req: &MessageRequest) -> Self {
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
            kind: req.kind,
            text,
            tone: match req.tone {
                Tone::Warm => 0,
                Tone::Formal => 1,
            },
            standard: req.length == Length::Standard,
            spelling: req.spelling,
            late: req.late && !matches!(text.late, Late::Ignored),
            reason,
            reason_id: req.reason.unwrap_or(DeclineReason::NoReason),
            own_reason: text.reason == ReasonUse::Said
                && !req.fields.get(Field::ReasonDetail).is_empty(),
            asks,
        }
    }

    pub(super) fn pick(&self, pair: Pair) -> &'static str {
        pair[self.tone]
    }

    pub(super) fn subject(&self) -> Pair {
        if self.kind == MessageKind::AskFirst && self.asks.len() == 1 {
            return t::ONE_QUESTION_SUBJECT;
        }
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
    pub(super) fn letter(&self, w: &mut Writer, greeting: Pair, sign_off: Pair, signed: bool) {
        w.piece(self.pick(greeting));
        w.brk("\n\n");
        w.piece(self.pick(self.text.open));
        self.substance(w);
        w.brk("\n\n");
        for (piece, given) in self.future() {
            w.piece_given_or(given, &piece);
        }
        // The extra question after the request and its follow-on, in a
        // paragraph of its own, so no "if that doesn't suit" seems to point
        // at it; then the closing line, so the message still ends warmly.
        w.brk("\n\n");
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
    pub(super) fn phone_script(&self, w: &mut Writer) {
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
            for (piece, given) in self.future() {
                w.piece_given_or(given, &piece);
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
                let (first, blank) = answer.split_once("||").unwrap_or((answer, answer));
                w.prefixed_or("A: ", first, blank);
            }
        }
        w.brk("\n\n");
        w.piece(closing);
        w.brk("\n");
        w.piece(self.pick(self.text.call_close));
    }

    /// Under thirty seconds: who, which interview, the decision or the
    /// request, the reason, how to answer, thanks.
    pub(super) fn voicemail(&self, w: &mut Writer) {
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
        let one_question = self.text.asks == AskUse::List && self.asks.len() == 1;
        if short.is_empty() || one_question {
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
        if self.kind == MessageKind::Reschedule && self.has_detail(w) {
            // Their own one-line reason in place of "a commitment".
            if self.late {
                w.piece(self.pick(t::LATE_NOTE));
            }
            w.piece("{reason_detail}");
            w.piece(self.pick(t::RESCHEDULE_ASK));
            return;
        }
        if self.kind == MessageKind::DeclineOutreach && self.outreach_reason(w) {
            return;
        }
        match self.text.late {
            Late::Core(late) if self.late => w.piece(self.pick(late)),
            _ => w.piece(self.pick(self.text.core)),
        }
    }

    fn has_detail(&self, w: &Writer) -> bool {
        w.given(Field::ReasonDetail)
    }

    /// A recruiter's approach with a reason: "I'll pass on this one: the
    /// reason", not "it isn't a move I'm looking to make" and then a
    /// reason that says otherwise. Writes it and returns true, or
    /// returns false when there is no reason to give.
    fn outreach_reason(&self, w: &mut Writer) -> bool {
        let lead = self.pick(t::OUTREACH_PASS);
        let Some(reason) = self
            .reason
            .filter(|_| self.reason_id != DeclineReason::NoReason)
        else {
            if self.has_detail(w) {
                w.piece(&format!("{lead}."));
                return true;
            }
            return false;
        };
        let join = |sentence: &str| format!("{lead}: {}", lower_first(sentence));
        let sentence_if = self.pick(reason.sentence_if);
        let sentence_if = if sentence_if.is_empty() {
            String::new()
        } else {
            join(sentence_if)
        };
        w.piece_given_or(&sentence_if, &join(self.pick(reason.sentence)));
        true
    }

    /// The picked reason's sentence, then the person's own sentence if
    /// they wrote one: an addition, never a replacement, so the reason
    /// and the door and answers that follow from it agree.
    fn reason_sentence(&self, w: &mut Writer) {
        if self.text.reason != ReasonUse::Said {
            return;
        }
        let offer_taken = self.kind == MessageKind::DeclineOffer
            && self.reason_id == DeclineReason::AcceptedOffer;
        let outreach = self.kind == MessageKind::DeclineOutreach;
        if offer_taken {
            w.piece(self.pick(t::ACCEPTED_ANOTHER_ROLE));
        } else if let (Some(reason), false) = (self.reason, outreach) {
            w.piece_given_or(self.pick(reason.sentence_if), self.pick(reason.sentence));
        }
        if self.own_reason {
            w.piece("{reason_detail}");
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
                // Asking for video, the cost of coming in is a question
                // about the in-person fallback, said as one.
                let costs_apart = self.kind == MessageKind::VideoInstead;
                let clauses: Vec<&str> = self
                    .asks
                    .iter()
                    .filter(|a| !(costs_apart && **a == AskTopic::TravelCosts))
                    .map(|a| t::ask_clause(*a))
                    .collect();
                if !clauses.is_empty() {
                    let question = format!(
                        "{} {}?",
                        self.pick(t::RIDE_ALONG_LEAD),
                        join_list(&clauses, self.spelling)
                    );
                    w.piece(&question);
                }
                if costs_apart && self.asks.contains(&AskTopic::TravelCosts) {
                    w.piece(self.pick(t::VIDEO_TRAVEL_COSTS));
                }
            }
            _ => {}
        }
    }

    /// The line about the future: the kind's context sentence and the
    /// reason's door at standard length; a follow-up's line always.
    fn future(&self) -> Vec<(Cow<'static, str>, &'static str)> {
        let mut out = Vec::new();
        if self.standard {
            out.push((Cow::Borrowed(self.pick(self.text.more)), ""));
        }
        match (self.text.reason, self.reason) {
            (ReasonUse::Said, Some(reason)) if self.standard => out.push((
                Cow::Borrowed(self.pick(reason.door)),
                self.pick(reason.door_if),
            )),
            (ReasonUse::Shapes, Some(reason)) => {
                out.push((Cow::Borrowed(self.pick(reason.follow_up)), ""))
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

/// A sentence made a clause after a colon: "The pay …" gives "the pay
/// …"; "I've …" keeps its capital.
fn lower_first(sentence: &str) -> String {
    let first_word = sentence.split([' ', '\'']).next().unwrap_or_default();
    match sentence.chars().next() {
        Some(c) if first_word != "I" && c.is_uppercase() => c
            .to_lowercase()
            .chain(sentence[c.len_utf8()..].chars())
            .collect(),
        _ => sentence.to_string(),
    }
}
