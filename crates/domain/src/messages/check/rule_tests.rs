//! The second edition's rules, one table of cases per rule family, all
//! through one `rules` helper.

use super::tests::GOOD;
use super::*;
use Severity::Error;

/// Checks `body` as a `kind` message by phone (so no subject rules) for
/// `company`, and compares the rules that fired with what they highlight.
fn rules(kind: MessageKind, body: &str, company: Option<&str>, expected: &[(Rule, Option<&str>)]) {
    let input = CheckInput {
        company,
        kind,
        channel: Channel::Phone,
        subject: None,
        body,
    };
    let mut got: Vec<(Rule, Option<&str>)> = check(&input)
        .iter()
        .map(|f| (f.rule, f.span.and_then(|s| s.slice(body))))
        .collect();
    got.sort_by_key(|(rule, text)| (format!("{rule:?}"), text.map(str::to_string)));
    let mut expected = expected.to_vec();
    expected.sort_by_key(|(rule, text)| (format!("{rule:?}"), text.map(str::to_string)));
    assert_eq!(got, expected, "for {body:?}");
}

/// `GOOD` with its decision sentence replaced by `sentence`.
fn decline_saying(sentence: &str) -> String {
    GOOD.replace("I have decided not to go ahead.", sentence)
}

/// A late cancellation that passes every rule; tests add one thing.
const CANCEL: &str = "Hello Sam,\n\nI'm sorry for the short notice: I can't attend tomorrow's \
    interview because of a family emergency. Could we find another time next week? \
    Thank you for understanding.\n\nAlex";

#[test]
fn words_about_the_writer_or_negated_are_not_flagged() {
    use MessageKind::{Decline, LateCancellation};
    for (kind, body) in [
        (
            Decline,
            decline_saying("I have decided not to go ahead. I'm still interested in the company."),
        ),
        (
            Decline,
            decline_saying("I don't think I'm the perfect fit, so I won't go ahead."),
        ),
        (
            Decline,
            decline_saying("I won't be going ahead, and I won't change my mind."),
        ),
        (
            LateCancellation,
            CANCEL.replace(
                "Thank you",
                "I feel awful about the short notice and I hate to cancel. Thank you",
            ),
        ),
        (
            Decline,
            GOOD.replace(
                "I wish you every success with the search.",
                "I wish the team continued success.",
            ),
        ),
        (
            Decline,
            GOOD.replace(
                "I wish you every success with the search.",
                "I hope you find a great candidate.",
            ),
        ),
    ] {
        rules(kind, &body, None, &[]);
    }
}

#[test]
fn thankfully_is_not_thanks_and_a_no_must_be_said() {
    rules(
        MessageKind::Decline,
        "Thankfully I found something better. Good luck.",
        None,
        &[(Rule::NoThanks, None), (Rule::NoClearDecision, None)],
    );
    rules(
        MessageKind::Withdrawal,
        &GOOD.replace(
            "I have decided not to go ahead.",
            "It has been a busy month.",
        ),
        None,
        &[(Rule::NoClearDecision, None)],
    );
}

#[test]
fn oversharing_blame_and_passive_aggression_are_spans() {
    let cases: [(&str, Rule, &str); 12] = [
        (
            "My divorce is taking all my time.",
            Rule::Oversharing,
            "divorce",
        ),
        (
            "My therapist advised against it.",
            Rule::Oversharing,
            "My therapist",
        ),
        ("Honestly I'm drowning in debt.", Rule::Oversharing, "debt"),
        ("My mother's chemo starts then.", Rule::Oversharing, "chemo"),
        ("Nobody told me the range.", Rule::Blame, "Nobody told me"),
        (
            "The process was disorganised.",
            Rule::Blame,
            "The process was disorganised",
        ),
        (
            "As I mentioned, it is done.",
            Rule::PassiveAggressive,
            "As I mentioned",
        ),
        (
            "Per my last email, it is done.",
            Rule::PassiveAggressive,
            "Per my last",
        ),
        (
            "As previously stated, it is done.",
            Rule::PassiveAggressive,
            "As previously stated",
        ),
        (
            "Please tell me why I was not chosen.",
            Rule::FeedbackDemand,
            "Please tell me why I",
        ),
        (
            "I expect feedback on my tasks.",
            Rule::FeedbackDemand,
            "I expect feedback",
        ),
        (
            "I'd like to know why I was moved.",
            Rule::FeedbackDemand,
            "know why I",
        ),
    ];
    for (sentence, rule, highlighted) in cases {
        let body = decline_saying(&format!("I have decided not to go ahead. {sentence}"));
        rules(
            MessageKind::Decline,
            &body,
            None,
            &[(rule, Some(highlighted))],
        );
    }
}

#[test]
fn vague_excuses_unless_the_detail_follows() {
    for (sentence, highlighted) in [
        (
            "Something came up, so I can't attend.",
            Some("Something came up"),
        ),
        (
            "Something unavoidable means I can't attend.",
            Some("Something unavoidable"),
        ),
        (
            "Due to unforeseen circumstances I can't attend.",
            Some("unforeseen"),
        ),
        (
            "For personal reasons, I can't attend.",
            Some("personal reasons"),
        ),
        (
            "Something came up at home: my son is ill, so I can't attend.",
            None,
        ),
    ] {
        let body = CANCEL.replace(
            "I can't attend tomorrow's interview because of a family emergency.",
            sentence,
        );
        let expected: Vec<(Rule, Option<&str>)> = highlighted
            .map(|h| (Rule::VagueExcuse, Some(h)))
            .into_iter()
            .collect();
        rules(MessageKind::LateCancellation, &body, None, &expected);
    }
}

#[test]
fn a_third_apology_or_a_gushing_one_is_too_many() {
    let three = CANCEL.replace("Thank you", "Sorry again. Apologies too. Thank you");
    rules(
        MessageKind::LateCancellation,
        &three,
        None,
        &[(Rule::OverApology, Some("Apologies"))],
    );
    let gush = CANCEL.replace("I'm sorry", "I'm so so sorry");
    rules(
        MessageKind::LateCancellation,
        &gush,
        None,
        &[(Rule::OverApology, Some("so so sorry"))],
    );
}

#[test]
fn offers_belong_in_a_late_cancellation_not_in_a_decline() {
    rules(MessageKind::LateCancellation, CANCEL, None, &[]);
    let body = decline_saying("I have decided not to go ahead, but I'm happy to reschedule.");
    rules(
        MessageKind::Decline,
        &body,
        None,
        &[(Rule::OfferNotMeant, Some("reschedule"))],
    );
    let body = decline_saying("I have decided not to go ahead. Let me know another time.");
    rules(
        MessageKind::DeclineOffer,
        &body,
        None,
        &[(Rule::OfferNotMeant, Some("another time"))],
    );
}

#[test]
fn stock_phrases_enthusiasm_and_slips() {
    let cases: [(&str, Rule, &str); 6] = [
        (
            "After careful consideration, I will not go ahead.",
            Rule::StockPhrase,
            "After careful consideration",
        ),
        (
            "I will not go ahead at this time.",
            Rule::StockPhrase,
            "at this time",
        ),
        (
            "It is my dream company, but I will not go ahead.",
            Rule::FalseEnthusiasm,
            "dream company",
        ),
        (
            "I was so excited, but I will not go ahead.",
            Rule::FalseEnthusiasm,
            "so excited",
        ),
        (
            "I will not go ahead at Thursday.",
            Rule::FieldSlip,
            "at Thursday",
        ),
        ("I will not go ahead.. sadly.", Rule::FieldSlip, ".."),
    ];
    for (sentence, rule, highlighted) in cases {
        rules(
            MessageKind::Decline,
            &decline_saying(sentence),
            None,
            &[(rule, Some(highlighted))],
        );
    }
    let body = decline_saying("I will not go ahead. the search is yours.");
    rules(
        MessageKind::Decline,
        &body,
        None,
        &[(Rule::FieldSlip, Some("the"))],
    );
}

#[test]
fn a_note_names_the_company_the_role_or_how_you_met() {
    let generic = "Hi Sam, thanks for your time. I'd be glad to stay in touch.";
    rules(
        MessageKind::LinkedInNote,
        generic,
        None,
        &[(Rule::GenericNote, None)],
    );
    let named = "Hi Sam, thanks for your time at Initech. I'd be glad to stay in touch.";
    rules(MessageKind::LinkedInNote, named, Some("Initech"), &[]);
    let met = "Hi Sam, thanks for the interview. I'd be glad to stay in touch.";
    rules(MessageKind::LinkedInNote, met, None, &[]);
}

#[test]
fn another_company_is_an_error_but_never_the_real_one() {
    let body = GOOD.replace("the Analyst role", "the Analyst role at Globex");
    rules(
        MessageKind::Decline,
        &body,
        Some("Initech"),
        &[(Rule::CompanyMismatch, Some("Globex"))],
    );
    rules(MessageKind::Decline, &body, Some("Globex Ltd"), &[]);
    rules(MessageKind::Decline, &body, None, &[]);
    let input = CheckInput {
        company: Some("Initech"),
        kind: MessageKind::Decline,
        channel: Channel::Email,
        subject: Some("The role at Globex"),
        body: GOOD,
    };
    let found = check(&input);
    assert_eq!(found[0].rule, Rule::CompanyMismatch);
    assert_eq!(found[0].severity, Error);
    assert_eq!(found[0].part, Part::Subject);
    assert!(found[0].message.contains("Initech"), "{}", found[0].message);
}
