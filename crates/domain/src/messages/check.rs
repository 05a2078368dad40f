//! The etiquette checker: runs on every edit, on built-in and hand-edited
//! text alike, and returns findings the UI can highlight.

use super::detect;
use super::finding::{Finding, Rule, Severity};
use super::request::{Part, Span};
use super::scan::Scanned;
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
    let subject = input.subject.map(str::trim).filter(|s| !s.is_empty());
    if input.channel == Channel::Email && subject.is_none() {
        out.push(finding(
            Severity::Error,
            Rule::MissingSubject,
            Part::Subject,
            None,
        ));
    }
    if input.subject.is_some() {
        let text = Scanned::new(input.subject.unwrap_or_default());
        check_phrases(input.kind, Part::Subject, &text, &mut out);
    }
    let body = Scanned::new(input.body);
    if body.words.is_empty() {
        out.push(finding(
            Severity::Error,
            Rule::EmptyMessage,
            Part::Body,
            None,
        ));
    } else {
        check_phrases(input.kind, Part::Body, &body, &mut out);
        check_body(input, &body, &mut out);
    }
    out.sort_by_key(|f| (f.severity, f.part, f.span.map(|s| s.start)));
    out
}

/// Rules about what is said, for subject and body alike.
fn check_phrases(kind: MessageKind, part: Part, text: &Scanned, out: &mut Vec<Finding>) {
    let mut each = |spans: Vec<Span>, severity, rule| {
        out.extend(
            spans
                .into_iter()
                .map(|s| finding(severity, rule, part, Some(s))),
        );
    };
    each(
        detect::unfilled(&text.chars),
        Severity::Error,
        Rule::UnfilledPlaceholder,
    );
    each(
        detect::salary_figures(text),
        Severity::Warning,
        Rule::SalaryFigure,
    );
    each(
        text.find_any(words::NEGATIVE),
        Severity::Warning,
        Rule::NegativeWords,
    );
    if kind.is_decline() {
        each(
            detect::exclamations(&text.chars),
            Severity::Warning,
            Rule::ExclamationMark,
        );
        each(
            text.find_any(words::SUPERLATIVES),
            Severity::Warning,
            Rule::FalseEnthusiasm,
        );
    }
    if words::declines_the_role(kind) {
        each(
            text.find_any(words::FUTURE_PROMISES),
            Severity::Warning,
            Rule::ContradictoryPromise,
        );
    }
}

/// Rules about the message as a whole.
fn check_body(input: &CheckInput, body: &Scanned, out: &mut Vec<Finding>) {
    let whole = |severity, rule| finding(severity, rule, Part::Body, None);
    let chars = body.chars.len();
    if input.kind == MessageKind::LinkedInNote && chars > words::LINKEDIN_NOTE_SHORT_LIMIT {
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
            message: format!("This note is {chars} characters. {message} {limit}."),
            fix: fix.to_string(),
            span: Some(Span {
                start: limit,
                end: chars,
            }),
            ..whole(severity, Rule::LinkedInLimit)
        });
    }
    if !body.contains_any(words::THANKS) {
        out.push(whole(Severity::Warning, Rule::NoThanks));
    }
    let max_words = words::max_words(input.kind, input.channel);
    if let Some(max) = max_words.filter(|max| body.words.len() > *max) {
        out.push(Finding {
            message: format!(
                "At {} words this is long; aim for {max} or fewer.",
                body.words.len()
            ),
            fix: "Keep the thanks, the decision and one short reason; cut the rest.".to_string(),
            ..whole(Severity::Warning, Rule::TooLong)
        });
    }
    let explanations = body.find_any(words::EXPLANATION);
    for span in explanations.into_iter().skip(words::MAX_EXPLANATIONS) {
        out.push(Finding {
            message: "Another explanation: the reason is turning into a justification.".to_string(),
            fix: "Give one short reason and stop.".to_string(),
            ..finding(
                Severity::Warning,
                Rule::LongExplanation,
                Part::Body,
                Some(span),
            )
        });
    }
    for (span, count) in detect::long_sentences(body) {
        out.push(Finding {
            message: format!("This sentence runs to {count} words."),
            fix: "Split it, or cut it down to the point itself.".to_string(),
            ..finding(
                Severity::Warning,
                Rule::LongExplanation,
                Part::Body,
                Some(span),
            )
        });
    }
    if words::needs_door_open(input.kind) && !body.contains_any(words::DOOR_OPEN) {
        out.push(whole(Severity::Warning, Rule::NoWellWishing));
    }
    if input.kind == MessageKind::LateCancellation && !body.contains_any(words::APOLOGY) {
        out.push(whole(Severity::Warning, Rule::NoApology));
    }
}

fn finding(severity: Severity, rule: Rule, part: Part, span: Option<Span>) -> Finding {
    let (message, fix) = rule.advice();
    Finding {
        severity,
        rule,
        message: message.to_string(),
        fix: fix.to_string(),
        part,
        span,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use Severity::{Error, Info, Warning};

    /// A decline that passes every rule; tests break one thing at a time.
    const GOOD: &str = "Dear Sam,\n\nThank you for inviting me to interview for the Analyst role. \
        I have decided not to go ahead. I wish you every success with the search.\n\nKind regards,\nAlex";

    /// Checks `body` and compares (severity, rule, highlighted text) in order.
    fn expect(
        kind: MessageKind,
        channel: Channel,
        subject: Option<&str>,
        body: &str,
        expected: &[(Severity, Rule, Option<&str>)],
    ) {
        let input = CheckInput {
            company: None,
            kind,
            channel,
            subject,
            body,
        };
        let got: Vec<(Severity, Rule, Option<&str>)> = check(&input)
            .iter()
            .map(|f| {
                let text = match f.part {
                    Part::Subject => subject.unwrap_or_default(),
                    Part::Body => body,
                };
                (f.severity, f.rule, f.span.and_then(|s| s.slice(text)))
            })
            .collect();
        assert_eq!(got, expected, "for {body:?}");
    }

    fn decline(body: &str, expected: &[(Severity, Rule, Option<&str>)]) {
        expect(MessageKind::Decline, Channel::Phone, None, body, expected);
    }

    #[test]
    fn a_good_decline_has_no_findings() {
        decline(GOOD, &[]);
        expect(
            MessageKind::Decline,
            Channel::Email,
            Some("The Analyst role"),
            GOOD,
            &[],
        );
    }

    #[test]
    fn no_thanks_is_a_warning_on_the_whole_body() {
        let body = GOOD.replace("Thank you for inviting", "You invited");
        decline(&body, &[(Warning, Rule::NoThanks, None)]);
    }

    #[test]
    fn too_long_depends_on_channel() {
        let padding = " I have given this real thought over the past week.".repeat(13);
        let body = GOOD.replace(" I wish", &format!("{padding} I wish"));
        decline(&body, &[]);
        expect(
            MessageKind::Decline,
            Channel::LinkedIn,
            None,
            &body,
            &[(Warning, Rule::TooLong, None)],
        );
    }

    #[test]
    fn salary_figures_and_salary_talk_are_oversharing() {
        let body = GOOD.replace(
            "go ahead.",
            "go ahead: a salary of $50k is below my 60,000 EUR.",
        );
        decline(
            &body,
            &[
                (Warning, Rule::SalaryFigure, Some("salary of")),
                (Warning, Rule::SalaryFigure, Some("$50k")),
                (Warning, Rule::SalaryFigure, Some("60,000 EUR")),
            ],
        );
    }

    #[test]
    fn criticism_of_company_people_or_process_is_flagged() {
        let body = GOOD.replace(
            "go ahead.",
            "go ahead. The process was Chaotic and a waste of time.",
        );
        decline(
            &body,
            &[
                (Warning, Rule::NegativeWords, Some("Chaotic")),
                (Warning, Rule::NegativeWords, Some("waste of time")),
            ],
        );
    }

    #[test]
    fn a_second_explanation_is_flagged() {
        let body = GOOD.replace(
            "go ahead.",
            "go ahead because of the commute. Also due to my family.",
        );
        decline(&body, &[(Warning, Rule::LongExplanation, Some("due to"))]);
    }

    #[test]
    fn enthusiasm_only_counts_in_kinds_that_say_no() {
        let body = GOOD.replace("go ahead.", "go ahead. It was my Dream Job!!");
        let expected = [
            (Warning, Rule::FalseEnthusiasm, Some("Dream Job")),
            (Warning, Rule::ExclamationMark, Some("!!")),
        ];
        decline(&body, &expected);
        expect(
            MessageKind::DeclineOffer,
            Channel::Phone,
            None,
            &body.replace("Thank you", "Sorry, and thank you"),
            &expected,
        );
        expect(MessageKind::Reschedule, Channel::Phone, None, &body, &[]);
    }

    #[test]
    fn promises_of_interest_contradict_a_decline_but_not_a_cancellation() {
        let body = GOOD.replace(
            "go ahead.",
            "go ahead, but I am still very interested in this role.",
        );
        decline(
            &body,
            &[(
                Warning,
                Rule::ContradictoryPromise,
                Some("still very interested"),
            )],
        );
        let cancel = body.replace("Thank you", "Sorry, and thank you");
        expect(
            MessageKind::LateCancellation,
            Channel::Phone,
            None,
            &cancel,
            &[],
        );
    }

    #[test]
    fn closing_kinds_need_well_wishing_or_an_open_door() {
        let body = GOOD.replace(" I wish you every success with the search.", "");
        decline(&body, &[(Warning, Rule::NoWellWishing, None)]);
        expect(MessageKind::Reschedule, Channel::Phone, None, &body, &[]);
    }

    #[test]
    fn a_late_cancellation_needs_an_apology() {
        expect(
            MessageKind::LateCancellation,
            Channel::Phone,
            None,
            GOOD,
            &[(Warning, Rule::NoApology, None)],
        );
    }

    #[test]
    fn placeholders_are_errors_in_subject_and_body() {
        let body = GOOD
            .replace("Sam", "[Contact name]")
            .replace("Analyst", "{role}");
        expect(
            MessageKind::Decline,
            Channel::Email,
            Some("About {role}"),
            &body,
            &[
                (Error, Rule::UnfilledPlaceholder, Some("{role}")),
                (Error, Rule::UnfilledPlaceholder, Some("[Contact name]")),
                (Error, Rule::UnfilledPlaceholder, Some("{role}")),
            ],
        );
    }

    #[test]
    fn email_needs_a_subject_other_channels_do_not() {
        let missing = [(Error, Rule::MissingSubject, None)];
        expect(MessageKind::Decline, Channel::Email, None, GOOD, &missing);
        expect(
            MessageKind::Decline,
            Channel::Email,
            Some("  "),
            GOOD,
            &missing,
        );
        expect(MessageKind::Decline, Channel::LinkedIn, None, GOOD, &[]);
    }

    #[test]
    fn linkedin_notes_over_200_are_info_and_over_300_an_error() {
        let note = "Thanks for the chat about the interview; I'd be glad to stay in touch. ";
        let check_note = |len: usize, expected: &[(Severity, Rule, Option<&str>)]| {
            let body: String = note.chars().cycle().take(len).collect();
            expect(
                MessageKind::LinkedInNote,
                Channel::LinkedIn,
                None,
                &body,
                expected,
            );
        };
        check_note(200, &[]);
        let over_200: String = note.chars().cycle().skip(200).take(50).collect();
        check_note(250, &[(Info, Rule::LinkedInLimit, Some(&over_200))]);
        let over_300: String = note.chars().cycle().skip(300).take(20).collect();
        check_note(320, &[(Error, Rule::LinkedInLimit, Some(&over_300))]);
    }

    #[test]
    fn an_empty_body_is_one_error() {
        decline(" \n ", &[(Error, Rule::EmptyMessage, None)]);
    }

    #[test]
    fn findings_serialise_with_stable_names() {
        let input = CheckInput {
            company: None,
            kind: MessageKind::Decline,
            channel: Channel::Email,
            subject: None,
            body: GOOD,
        };
        let json = serde_json::to_value(check(&input)).unwrap_or_default();
        assert_eq!(json[0]["rule"], "missing_subject");
        assert_eq!(json[0]["severity"], "error");
        assert_eq!(json[0]["part"], "subject");
        assert_eq!(json[0]["span"], serde_json::Value::Null);
    }
}
