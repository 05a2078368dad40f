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
    /// A late cancellation or a missed interview without an apology.
    NoApology,
    /// Health, family or money troubles, or another employer's pay.
    Oversharing,
    /// Blame laid on them or their process.
    Blame,
    /// "As I mentioned", "per my last email".
    PassiveAggressive,
    /// "Something came up", "personal reasons" with nothing more.
    VagueExcuse,
    /// Three or more apologies, or "so so sorry".
    OverApology,
    /// A message that says no without ever saying so.
    NoClearDecision,
    /// A demand for feedback or an explanation.
    FeedbackDemand,
    /// A LinkedIn note that names neither the company, the role nor how
    /// you know them.
    GenericNote,
    /// Another company's name where the opportunity's belongs.
    CompanyMismatch,
    /// Form-letter phrases: "after careful consideration", "at this time".
    StockPhrase,
    /// An offer of a new time inside a message that turns the role down.
    OfferNotMeant,
    /// A slip from a filled-in field: "at Thursday", "..", a lowercase
    /// sentence start.
    FieldSlip,
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
        Rule::Oversharing,
        Rule::Blame,
        Rule::PassiveAggressive,
        Rule::VagueExcuse,
        Rule::OverApology,
        Rule::NoClearDecision,
        Rule::FeedbackDemand,
        Rule::GenericNote,
        Rule::CompanyMismatch,
        Rule::StockPhrase,
        Rule::OfferNotMeant,
        Rule::FieldSlip,
    ];

    /// How much a finding of this rule matters. A LinkedIn note between the
    /// short and the full limit is the one exception (info, not error).
    pub const fn severity(self) -> Severity {
        match self {
            Rule::EmptyMessage
            | Rule::UnfilledPlaceholder
            | Rule::MissingSubject
            | Rule::LinkedInLimit
            | Rule::CompanyMismatch => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// What is wrong and how to fix it, for rules whose wording is fixed.
    pub(super) const fn advice(self) -> (&'static str, &'static str) {
        match self {
            Rule::EmptyMessage => ("The message is empty.", "Start from a template or write a few lines."),
            Rule::UnfilledPlaceholder => ("This gap has not been filled in.", "Replace it with the real detail, or delete it."),
            Rule::MissingSubject => ("An email needs a subject line.", "Add a short subject that names the role."),
            Rule::LinkedInLimit | Rule::TooLong | Rule::LongExplanation | Rule::CompanyMismatch | Rule::FieldSlip => ("", ""),
            Rule::NoThanks => ("The message never thanks them.", "Thank them for their time or the invitation, in one sentence."),
            Rule::SalaryFigure => ("Pay figures overshare and invite a negotiation.", "Say the pay does not meet your needs, without numbers."),
            Rule::NegativeWords => ("This criticises the company, its people or its process.", "Leave it out: keep the reason about fit, not fault."),
            Rule::ExclamationMark => ("An exclamation mark sounds eager in a message that says no.", "Use a full stop."),
            Rule::FalseEnthusiasm => ("Strong enthusiasm suggests an interest you are turning down.", "Use a plain, polite word, or cut it."),
            Rule::ContradictoryPromise => ("This promises interest that contradicts your decision.", "Leave the door open gently instead: \"I'd be glad to stay in touch.\""),
            Rule::NoWellWishing => ("The message neither wishes them well nor leaves the door open.", "End with one sentence wishing them success or offering to stay in touch (or to reschedule)."),
            Rule::NoApology => ("Cancelling late or missing the interview needs an apology.", "Say you are sorry, once and sincerely."),
            Rule::Oversharing => ("This shares private detail (health, family or money) they do not need.", "Give the reason in a few plain words, such as \"a family matter\", and leave the detail out."),
            Rule::Blame => ("This blames them or their process, and burns the bridge the message keeps.", "Leave it out, or say what you need instead: \"I need a faster process\"."),
            Rule::PassiveAggressive => ("This reads as pointing out that they missed something.", "Say it again plainly, as if for the first time."),
            Rule::VagueExcuse => ("A vague excuse reads as no reason at all.", "Give the real reason in a few words: \"a family emergency\", \"I've accepted another offer\"."),
            Rule::OverApology => ("So many apologies make a small thing big.", "Apologise once, sincerely, then give the next step."),
            Rule::NoClearDecision => ("The message never says plainly that you are not going ahead.", "Say it in the first two lines: \"I've decided not to go ahead with the interview.\""),
            Rule::FeedbackDemand => ("This demands feedback or an explanation they do not owe you.", "Ask gently, if at all: \"If you have any feedback, I'd welcome it.\""),
            Rule::GenericNote => ("The note names neither the company, the role nor how you know them.", "Mention the interview or conversation and the company, so they know who you are."),
            Rule::StockPhrase => ("This sounds like a form letter.", "Say it in your own plain words, or cut it."),
            Rule::OfferNotMeant => ("This offers a new time inside a no; they may take you up on it.", "Leave it out, or say you would be glad to hear about future roles."),
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::MessageKind;

    /// docs/check-message-json.md, which promises to be exactly true.
    fn docs() -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/check-message-json.md"
        );
        std::fs::read_to_string(path).unwrap_or_default()
    }

    #[test]
    fn every_rule_is_documented_once_with_its_id_and_severity() {
        let docs = docs();
        let rows: Vec<&str> = docs.lines().filter(|l| l.starts_with("| `")).collect();
        for rule in Rule::ALL {
            let id = serde_json::to_value(rule).unwrap_or_default();
            let id = id.as_str().unwrap_or_default();
            let severity = match rule {
                Rule::LinkedInLimit => "error / info".to_string(),
                _ => format!("{:?}", rule.severity()).to_lowercase(),
            };
            let row = format!("| `{id}` | {severity} |");
            let found = rows.iter().filter(|l| l.starts_with(&row)).count();
            assert_eq!(found, 1, "docs row starting {row}");
        }
        let rule_rows = rows
            .iter()
            .filter(|l| l.contains("| error") || l.contains("| warning"));
        assert_eq!(rule_rows.count(), Rule::ALL.len());
    }

    #[test]
    fn every_kind_is_documented_as_a_value_of_kind() {
        let docs = docs();
        let row = docs
            .lines()
            .find(|l| l.starts_with("| `--kind`"))
            .unwrap_or_default();
        for kind in MessageKind::ALL {
            assert!(row.contains(&format!("`{kind}`")), "{kind} in {row}");
        }
    }
}
