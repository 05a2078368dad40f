//! The etiquette checker: runs on every edit, on built-in and hand-edited
//! text alike, and returns findings the UI can highlight.
//!
//! The words each rule looks for live in `words.rs` (and its `words/`
//! files), the detectors that read them in context in `detect.rs` (and
//! `detect/`); this file only says which rule applies to which kind of
//! message, and how much it matters (`Rule::severity`).

use super::detect::{self, Company};
use super::finding::{Finding, Rule, Severity};
use super::request::{Part, Span};
use super::scan::{merge_overlapping, Scanned};
use super::words;
use crate::domain::{Channel, MessageKind};

/// The text to check and what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInput<'a> {
    /// What the message does (some rules only apply to some kinds).
    pub kind: MessageKind,
    /// How it will be sent.
    pub channel: Channel,
    /// The email subject, if any.
    pub subject: Option<&'a str>,
    /// The message or call script.
    pub body: &'a str,
    /// The opportunity's company, when known: a message naming another
    /// company (pasted from another draft) is the worst possible slip.
    pub company: Option<&'a str>,
}

/// Checks a message. Findings come errors first, then by position.
pub fn check(input: &CheckInput) -> Vec<Finding> {
    let mut out = Vec::new();
    let company = input
        .company
        .map(str::trim)
        .and_then(|name| Some((name, Company::new(name)?)));
    let company = company.as_ref().map(|(name, ours)| (*name, ours));
    let subject = input.subject.map(str::trim).filter(|s| !s.is_empty());
    if input.channel == Channel::Email && subject.is_none() {
        out.push(finding(Rule::MissingSubject, Part::Subject, None));
    }
    if let Some(subject) = input.subject {
        let text = Scanned::new(subject);
        check_phrases(input.kind, company, Part::Subject, &text, &mut out);
    }
    let body = Scanned::new(input.body);
    if body.words.is_empty() {
        out.push(finding(Rule::EmptyMessage, Part::Body, None));
    } else {
        check_phrases(input.kind, company, Part::Body, &body, &mut out);
        check_body(input, company, &body, &mut out);
    }
    out.sort_by_key(|f| (f.severity, f.part, f.span.map(|s| s.start)));
    out
}

/// Rules about what is said, for subject and body alike.
fn check_phrases(
    kind: MessageKind,
    company: Option<(&str, &Company)>,
    part: Part,
    text: &Scanned,
    out: &mut Vec<Finding>,
) {
    let mut each = |spans: Vec<Span>, rule| {
        out.extend(spans.into_iter().map(|s| finding(rule, part, Some(s))));
    };
    each(detect::unfilled(&text.chars), Rule::UnfilledPlaceholder);
    each(detect::salary_figures(text), Rule::SalaryFigure);
    let (blame, criticism) = detect::blame_and_criticism(text);
    each(blame, Rule::Blame);
    each(criticism, Rule::NegativeWords);
    each(text.find_any(&words::OVERSHARING), Rule::Oversharing);
    each(detect::vague_excuses(text), Rule::VagueExcuse);
    each(text.find_any(&words::STOCK_PHRASES), Rule::StockPhrase);
    each(
        text.find_any(&words::FEEDBACK_DEMANDS),
        Rule::FeedbackDemand,
    );
    let mut pointed = text.find_any(&words::PASSIVE_AGGRESSIVE);
    // "As I said" recaps a call in a confirmation; elsewhere it points.
    if kind != MessageKind::DeclineConfirmation {
        pointed.extend(text.find_any(&words::RECAPS));
        merge_overlapping(&mut pointed);
    }
    each(pointed, Rule::PassiveAggressive);
    if kind.is_decline() {
        each(detect::exclamations(&text.chars), Rule::ExclamationMark);
        each(
            detect::unnegated(text, &words::SUPERLATIVES),
            Rule::FalseEnthusiasm,
        );
    }
    if words::declines_the_role(kind) {
        each(
            detect::contradictory_promises(text),
            Rule::ContradictoryPromise,
        );
        each(detect::unnegated(text, &words::OFFERS), Rule::OfferNotMeant);
    }
    for (span, slip) in detect::field_slips(text) {
        let (message, fix) = slip.advice();
        out.push(Finding {
            message: message.to_string(),
            fix: fix.to_string(),
            ..finding(Rule::FieldSlip, part, Some(span))
        });
    }
    if let Some((company, ours)) = company {
        for span in detect::other_companies(text, ours) {
            out.push(Finding {
                message: format!("This names another company; the message is for {company}."),
                fix: format!("Replace it with {company}, or check the message was written for this opportunity."),
                ..finding(Rule::CompanyMismatch, part, Some(span))
            });
        }
    }
}

/// Rules about the message as a whole.
fn check_body(
    input: &CheckInput,
    company: Option<(&str, &Company)>,
    body: &Scanned,
    out: &mut Vec<Finding>,
) {
    let whole = |rule| finding(rule, Part::Body, None);
    let kind = input.kind;
    let chars = body.chars.len();
    if kind == MessageKind::LinkedInNote && chars > words::LINKEDIN_NOTE_SHORT_LIMIT {
        let (severity, limit, message, fix) = if chars > words::LINKEDIN_NOTE_LIMIT {
            (
                Severity::Error,
                words::LINKEDIN_NOTE_LIMIT,
                "LinkedIn stops connection notes at",
                "Cut it to fit; the highlighted part is over the limit.",
            )
        } else {
            (
                Severity::Info,
                words::LINKEDIN_NOTE_SHORT_LIMIT,
                "Some LinkedIn accounts can only send notes of",
                "If LinkedIn refuses it, use the brief version.",
            )
        };
        out.push(Finding {
            severity,
            message: format!("This note is {chars} characters. {message} {limit}."),
            fix: fix.to_string(),
            span: Some(Span {
                start: limit,
                end: chars,
            }),
            ..whole(Rule::LinkedInLimit)
        });
    }
    if !body.contains_any(&words::THANKS) {
        out.push(whole(Rule::NoThanks));
    }
    let max_words = words::max_words(kind, input.channel);
    if let Some(max) = max_words.filter(|max| body.words.len() > *max) {
        out.push(Finding {
            message: format!(
                "At {} words this is long; aim for {max} or fewer.",
                body.words.len()
            ),
            fix: "Keep the thanks, the decision and one short reason; cut the rest.".to_string(),
            ..whole(Rule::TooLong)
        });
    }
    let explanations = body.find_any(&words::EXPLANATION);
    for span in explanations.into_iter().skip(words::MAX_EXPLANATIONS) {
        out.push(Finding {
            message: "Another explanation: the reason is turning into a justification.".to_string(),
            fix: "Give one short reason and stop.".to_string(),
            ..finding(Rule::LongExplanation, Part::Body, Some(span))
        });
    }
    for (span, count) in detect::long_sentences(body) {
        out.push(Finding {
            message: format!("This sentence runs to {count} words."),
            fix: "Split it, or cut it down to the point itself.".to_string(),
            ..finding(Rule::LongExplanation, Part::Body, Some(span))
        });
    }
    let new_time = kind == MessageKind::LateCancellation
        && (body.contains_any(&words::OFFERS) || body.contains_any(&words::NEW_TIMES));
    if words::needs_door_open(kind) && !new_time && !body.contains_any(&words::DOOR_OPEN) {
        out.push(whole(Rule::NoWellWishing));
    }
    if words::needs_apology(kind) && !body.contains_any(&words::APOLOGY) {
        out.push(whole(Rule::NoApology));
    }
    for span in detect::over_apology(body) {
        out.push(finding(Rule::OverApology, Part::Body, Some(span)));
    }
    if kind.is_decline() && !detect::states_decision(body) {
        out.push(whole(Rule::NoClearDecision));
    }
    if kind == MessageKind::LinkedInNote
        && !body.contains_any(&words::NOTE_CONTEXT)
        && !company.is_some_and(|(_, ours)| detect::names_company(body, ours))
    {
        out.push(whole(Rule::GenericNote));
    }
}

/// A finding with the rule's own severity and words.
fn finding(rule: Rule, part: Part, span: Option<Span>) -> Finding {
    let (message, fix) = rule.advice();
    Finding {
        severity: rule.severity(),
        rule,
        message: message.to_string(),
        fix: fix.to_string(),
        part,
        span,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod rule_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
