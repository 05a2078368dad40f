//! The checker's tests: each rule fires on what it should and stays quiet
//! on what it should not, one `expect` call per case (the second
//! edition's rules are in `rule_tests.rs`).

use super::*;
use Severity::{Error, Info, Warning};

/// A decline that passes every rule; tests break one thing at a time.
pub(super) const GOOD: &str = "Dear Sam,\n\nThank you for inviting me to interview for the Analyst role. \
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
        "go ahead. It felt Chaotic and a waste of time.",
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
