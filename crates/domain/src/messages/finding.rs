//! What the checker reports: a severity, a stable rule id, words for
//! people and the span to highlight.

use serde::{Deserialize, Serialize};

use super::request::{Part, Span};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Fix before sending.
    Error,
    /// Worth a look.
    Warning,
    /// Good to know.
    Info,
}

/// Which rule a finding comes from; the names are stable (JSON, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Nothing to check yet.
    EmptyMessage,
    /// A `[...]` or `{field}` gap is still in the text.
    UnfilledPlaceholder,
    /// An email without a subject line.
    MissingSubject,
    /// A LinkedIn connection note over 300 characters (error) or 200 (info).
    LinkedInLimit,
    /// No thanks or appreciation anywhere.
    NoThanks,
    /// More words than the kind and channel call for.
    TooLong,
    /// Pay figures or salary talk.
    SalaryFigure,
    /// Criticism of the company, its people or its process.
    NegativeWords,
    /// More than one explanation, or a run-on sentence.
    LongExplanation,
    /// An exclamation mark in a message that says no.
    ExclamationMark,
    /// Superlatives in a message that says no.
    FalseEnthusiasm,
    /// A promise of interest that contradicts a decline.
    ContradictoryPromise,
    /// No well-wishing or open door where the kind needs one.
    NoWellWishing,
    /// A late cancellation without an apology.
    NoApology,
}

impl Rule {
    /// Every rule.
    pub const ALL: &'static [Rule] = &[
        Rule::EmptyMessage,
        Rule::UnfilledPlaceholder,
        Rule::MissingSubject,
        Rule::LinkedInLimit,
        Rule::NoThanks,
        Rule::TooLong,
        Rule::SalaryFigure,
        Rule::NegativeWords,
        Rule::LongExplanation,
        Rule::ExclamationMark,
        Rule::FalseEnthusiasm,
        Rule::ContradictoryPromise,
        Rule::NoWellWishing,
        Rule::NoApology,
    ];

    /// What is wrong and how to fix it, for rules whose wording is fixed.
    pub(super) const fn advice(self) -> (&'static str, &'static str) {
        match self {
            Rule::EmptyMessage => ("The message is empty.", "Start from a template or write a few lines."),
            Rule::UnfilledPlaceholder => ("This gap has not been filled in.", "Replace it with the real detail, or delete it."),
            Rule::MissingSubject => ("An email needs a subject line.", "Add a short subject that names the role."),
            Rule::LinkedInLimit | Rule::TooLong | Rule::LongExplanation => ("", ""),
            Rule::NoThanks => ("The message never thanks them.", "Thank them for their time or the invitation, in one sentence."),
            Rule::SalaryFigure => ("Pay figures overshare and invite a negotiation.", "Say the pay does not meet your needs, without numbers."),
            Rule::NegativeWords => ("This criticises the company, its people or its process.", "Leave it out: keep the reason about fit, not fault."),
            Rule::ExclamationMark => ("An exclamation mark sounds eager in a message that says no.", "Use a full stop."),
            Rule::FalseEnthusiasm => ("Strong enthusiasm suggests an interest you are turning down.", "Use a plain, polite word, or cut it."),
            Rule::ContradictoryPromise => ("This promises interest that contradicts your decision.", "Leave the door open gently instead: \"I'd be glad to stay in touch.\""),
            Rule::NoWellWishing => ("The message neither wishes them well nor leaves the door open.", "End with one sentence wishing them success or offering to stay in touch (or to reschedule)."),
            Rule::NoApology => ("A late cancellation needs an apology.", "Say you are sorry for the short notice, once and sincerely."),
        }
    }
}

/// One thing to look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Error, warning or info.
    pub severity: Severity,
    /// The rule that fired.
    pub rule: Rule,
    /// What is wrong, in a sentence.
    pub message: String,
    /// A suggested fix, in a sentence.
    pub fix: String,
    /// Subject or body (rules about the whole message point at the body).
    pub part: Part,
    /// The characters to highlight in that part; `None`: the whole part.
    pub span: Option<Span>,
}
