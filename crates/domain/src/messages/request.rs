//! What the composer asks for (kind, reason, channel, tone, length, the
//! user's fields) and what it gets back (text plus where the gaps are).

use serde::{Deserialize, Serialize};

use crate::domain::{Channel, DeclineReason, MessageKind};

/// How personal the wording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Friendly and direct, with contractions; for recruiters you know.
    #[default]
    Warm,
    /// Polite and reserved; for people you have not met yet.
    Formal,
}

impl Tone {
    /// Every tone, in display order.
    pub const ALL: &'static [Tone] = &[Tone::Warm, Tone::Formal];
}

/// How much the message says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Length {
    /// Only what must be said (and a 200-character LinkedIn note).
    Brief,
    /// One more sentence of context (and a 300-character LinkedIn note).
    #[default]
    Standard,
}

/// US or UK spelling ("apologize" or "apologise").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Spelling {
    /// American English.
    Us,
    /// British English.
    #[default]
    Uk,
}

impl Spelling {
    /// Every spelling, in display order.
    pub const ALL: &'static [Spelling] = &[Spelling::Us, Spelling::Uk];

    /// The spelling a browser language implies: `en-US` (and other
    /// American locales) give US spelling, everything else UK.
    pub fn from_language(language: &str) -> Spelling {
        let lower = language.to_ascii_lowercase();
        if lower == "en-us" || lower.starts_with("en-us-") || lower == "es-us" {
            Spelling::Us
        } else {
            Spelling::Uk
        }
    }
}

impl Length {
    /// Every length, in display order.
    pub const ALL: &'static [Length] = &[Length::Brief, Length::Standard];
}

/// The facts the user types once; templates pick what they need.
///
/// Everything is a plain `String` so the UI can bind inputs directly. A
/// blank value (empty or only spaces) counts as not given.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageFields {
    /// The user's own name, used to sign off.
    pub user_name: String,
    /// Optional lines under the name (title, phone number).
    pub signature: String,
    /// The recruiter or interviewer being written to.
    pub contact_name: String,
    /// Optional: their job title.
    pub contact_title: String,
    /// The employer.
    pub company: String,
    /// The role the interview is for.
    pub role: String,
    /// Another opening the user would rather talk about.
    pub other_role: String,
    /// The skill that makes the other role a better match.
    pub relevant_skill: String,
    /// When the interview is or was, already formatted for the user's locale.
    pub interview_when: String,
    /// A new date and time to propose, already formatted.
    pub proposed_time: String,
    /// Optional: one more sentence in the person's own words, said right
    /// after the picked reason's sentence (which it adds to, so the door
    /// and phone answers that follow the picked reason still agree).
    pub reason_detail: String,
    /// For a late cancellation or a missed interview: the person's own
    /// one-line, truthful explanation (an emergency, a clash).
    pub late_explanation: String,
    /// Optional: the number a phone message asks them to call back on.
    pub user_phone: String,
    /// Optional, for a pay reason: the figure that would change the
    /// person's mind, said where the message leaves the pay door open.
    pub pay_figure: String,
}

/// One of the [`MessageFields`], so placeholders can say which input to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    UserName,
    Signature,
    ContactName,
    ContactTitle,
    Company,
    Role,
    OtherRole,
    RelevantSkill,
    InterviewWhen,
    ProposedTime,
    ReasonDetail,
    LateExplanation,
    UserPhone,
    PayFigure,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: &'static [Field] = &[
        Field::UserName,
        Field::Signature,
        Field::ContactName,
        Field::ContactTitle,
        Field::Company,
        Field::Role,
        Field::OtherRole,
        Field::RelevantSkill,
        Field::InterviewWhen,
        Field::ProposedTime,
        Field::ReasonDetail,
        Field::LateExplanation,
        Field::UserPhone,
        Field::PayFigure,
    ];

    /// The key used inside template texts, as in `{company}`.
    pub const fn key(self) -> &'static str {
        match self {
            Field::UserName => "user_name",
            Field::Signature => "signature",
            Field::ContactName => "contact_name",
            Field::ContactTitle => "contact_title",
            Field::Company => "company",
            Field::Role => "role",
            Field::OtherRole => "other_role",
            Field::RelevantSkill => "relevant_skill",
            Field::InterviewWhen => "interview_when",
            Field::ProposedTime => "proposed_time",
            Field::ReasonDetail => "reason_detail",
            Field::LateExplanation => "late_explanation",
            Field::UserPhone => "user_phone",
            Field::PayFigure => "pay_figure",
        }
    }

    /// A label for people; also the text of the visible placeholder.
    pub const fn label(self) -> &'static str {
        match self {
            Field::UserName => "Your name",
            Field::Signature => "Signature",
            Field::ContactName => "Contact name",
            Field::ContactTitle => "Contact title",
            Field::Company => "Company",
            Field::Role => "Role",
            Field::OtherRole => "Other role",
            Field::RelevantSkill => "Relevant skill",
            Field::InterviewWhen => "Interview date and time",
            Field::ProposedTime => "Proposed new time",
            Field::ReasonDetail => "Your reason, in one sentence",
            Field::LateExplanation => "What happened, in one line",
            Field::UserPhone => "Your phone number",
            Field::PayFigure => "The figure that would change your mind",
        }
    }

    /// An example value to show in an empty input, so the person knows
    /// the shape wanted (a sentence, a time, free text). The explanation's
    /// examples are specific on purpose: the seed calls vague excuses a
    /// red flag, so the prompt shows what a real one sounds like.
    pub const fn example(self) -> &'static str {
        match self {
            Field::UserName => "Alex Morgan",
            Field::Signature => "Data analyst | +44 7700 900123",
            Field::ContactName => "Jordan Lee",
            Field::ContactTitle => "Talent Partner",
            Field::Company => "Northwind Traders",
            Field::Role => "Senior Data Analyst",
            Field::OtherRole => "Analytics Engineer",
            Field::RelevantSkill => "data modelling",
            Field::InterviewWhen => "Thursday 27 November at 10:00, or tomorrow at 2pm",
            Field::ProposedTime => "Monday 1 December at 14:00, or any time on Friday",
            Field::ReasonDetail => "I want to stay in healthcare analytics",
            Field::LateExplanation => {
                "My train was cancelled and the next one arrived too late / My son fell ill and I had to collect him from school"
            }
            Field::UserPhone => "+44 7700 900123",
            Field::PayFigure => "£65,000",
        }
    }

    /// Fields written as a whole sentence of their own (capital first,
    /// one full stop), wherever the user's punctuation left them.
    pub const fn is_sentence(self) -> bool {
        matches!(self, Field::ReasonDetail | Field::LateExplanation)
    }

    /// People's names, which get capitals when typed all lower case.
    pub const fn is_name(self) -> bool {
        matches!(self, Field::UserName | Field::ContactName)
    }

    /// Optional fields drop their whole sentence when blank instead of
    /// showing a placeholder: a message reads fine without them.
    pub const fn is_optional(self) -> bool {
        matches!(
            self,
            Field::Signature
                | Field::ContactTitle
                | Field::ReasonDetail
                | Field::UserPhone
                | Field::PayFigure
        )
    }

    /// Looks a template key up. A `match`, not a search of `ALL`: every
    /// render looks up each token twice, on every keystroke.
    pub fn from_key(key: &str) -> Option<Field> {
        Some(match key {
            "user_name" => Field::UserName,
            "signature" => Field::Signature,
            "contact_name" => Field::ContactName,
            "contact_title" => Field::ContactTitle,
            "company" => Field::Company,
            "role" => Field::Role,
            "other_role" => Field::OtherRole,
            "relevant_skill" => Field::RelevantSkill,
            "interview_when" => Field::InterviewWhen,
            "proposed_time" => Field::ProposedTime,
            "reason_detail" => Field::ReasonDetail,
            "late_explanation" => Field::LateExplanation,
            "user_phone" => Field::UserPhone,
            "pay_figure" => Field::PayFigure,
            _ => return None,
        })
    }
}

impl MessageFields {
    /// Sets one field.
    pub fn set(&mut self, field: Field, value: String) {
        *self.slot(field) = value;
    }

    /// One field as typed (not trimmed), to read.
    pub fn raw(&self, field: Field) -> &String {
        match field {
            Field::UserName => &self.user_name,
            Field::Signature => &self.signature,
            Field::ContactName => &self.contact_name,
            Field::ContactTitle => &self.contact_title,
            Field::Company => &self.company,
            Field::Role => &self.role,
            Field::OtherRole => &self.other_role,
            Field::RelevantSkill => &self.relevant_skill,
            Field::InterviewWhen => &self.interview_when,
            Field::ProposedTime => &self.proposed_time,
            Field::ReasonDetail => &self.reason_detail,
            Field::LateExplanation => &self.late_explanation,
            Field::UserPhone => &self.user_phone,
            Field::PayFigure => &self.pay_figure,
        }
    }

    /// One field, to write.
    pub fn slot(&mut self, field: Field) -> &mut String {
        match field {
            Field::UserName => &mut self.user_name,
            Field::Signature => &mut self.signature,
            Field::ContactName => &mut self.contact_name,
            Field::ContactTitle => &mut self.contact_title,
            Field::Company => &mut self.company,
            Field::Role => &mut self.role,
            Field::OtherRole => &mut self.other_role,
            Field::RelevantSkill => &mut self.relevant_skill,
            Field::InterviewWhen => &mut self.interview_when,
            Field::ProposedTime => &mut self.proposed_time,
            Field::ReasonDetail => &mut self.reason_detail,
            Field::LateExplanation => &mut self.late_explanation,
            Field::UserPhone => &mut self.user_phone,
            Field::PayFigure => &mut self.pay_figure,
        }
    }

    /// The trimmed value of one field (empty when not given).
    pub fn get(&self, field: Field) -> &str {
        self.raw(field).trim()
    }
}

/// Everything needed to render one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRequest {
    /// What the message does.
    pub kind: MessageKind,
    /// Why, for kinds that take a reason (see `reasons_apply`); `None`
    /// reads as "prefer not to say".
    pub reason: Option<DeclineReason>,
    /// How it is sent; should be one of `channels_for(kind)`.
    pub channel: Channel,
    /// Warm or formal.
    pub tone: Tone,
    /// Brief or standard.
    pub length: Length,
    /// US or UK spelling.
    #[serde(default)]
    pub spelling: Spelling,
    /// A decline sent inside the notice the stage deserves: the message
    /// keeps its real reason and apologises for the short notice.
    #[serde(default)]
    pub late: bool,
    /// For `ask_first` (and riding along elsewhere): the open questions to
    /// ask, as the decision engine names them.
    #[serde(default)]
    pub ask: Vec<AskTopic>,
    /// The user's facts.
    pub fields: MessageFields,
}

/// A question a message can ask the employer before the person commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskTopic {
    /// The pay range.
    Pay,
    /// Remote, hybrid or in the office.
    RemoteHybrid,
    /// The travel the job involves.
    Travel,
    /// The hours the job involves.
    Hours,
    /// How long the hiring process takes.
    Timeline,
    /// Where the job is based.
    Location,
    /// Where the role could lead.
    Growth,
    /// The team and how it works.
    Team,
    /// Whether they cover the cost of travelling to the interview.
    TravelCosts,
}

impl AskTopic {
    /// Every topic, in the order a message asks them.
    pub const ALL: &'static [AskTopic] = &[
        AskTopic::Pay,
        AskTopic::RemoteHybrid,
        AskTopic::Location,
        AskTopic::Hours,
        AskTopic::Travel,
        AskTopic::Timeline,
        AskTopic::Growth,
        AskTopic::Team,
        AskTopic::TravelCosts,
    ];

    /// The stable name.
    pub const fn as_str(self) -> &'static str {
        match self {
            AskTopic::Pay => "pay",
            AskTopic::RemoteHybrid => "remote_hybrid",
            AskTopic::Travel => "travel",
            AskTopic::Hours => "hours",
            AskTopic::Timeline => "timeline",
            AskTopic::Location => "location",
            AskTopic::Growth => "growth",
            AskTopic::Team => "team",
            AskTopic::TravelCosts => "travel_costs",
        }
    }

    /// Looks a topic up by its stable name.
    pub fn from_id(id: &str) -> Option<AskTopic> {
        AskTopic::ALL.iter().copied().find(|t| t.as_str() == id)
    }
}

/// A range of characters (not bytes): `start..end`, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Index of the first character.
    pub start: usize,
    /// Index one past the last character.
    pub end: usize,
}

impl Span {
    /// The text the span covers, or `None` if it does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        if self.start > self.end {
            return None;
        }
        // Byte offsets of every character boundary, the end included.
        let mut bounds = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let start = bounds.nth(self.start)?;
        let end = match self.end - self.start {
            0 => start,
            n => bounds.nth(n - 1)?,
        };
        text.get(start..end)
    }
}

/// Which part of a message a span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The email subject line.
    Subject,
    /// The message or call script.
    Body,
}

/// A visible gap like `[Contact name]` left for a required field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placeholder {
    /// The field to fill.
    pub field: Field,
    /// Subject or body.
    pub part: Part,
    /// Where the token is, brackets included.
    pub span: Span,
}

/// A rendered message, ready to edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedMessage {
    /// Email subject line; `None` for phone scripts and LinkedIn.
    pub subject: Option<String>,
    /// The message or call script.
    pub body: String,
    /// Every placeholder left in subject and body, in order.
    pub placeholders: Vec<Placeholder>,
    /// Phone scripts only: what to say if the call goes to voicemail
    /// (under thirty seconds). It uses no field the script does not, so
    /// its gaps are the body's gaps and are not listed again.
    #[serde(default)]
    pub voicemail: Option<String>,
}
