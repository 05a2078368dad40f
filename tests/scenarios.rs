//! The seed's stories as situations, each with the advice we expect.
//!
//! Every file in `tests/fixtures/scenarios/` must appear in `EXPECTED`, and
//! is read with the same `situation_from_json` the `advise` example uses,
//! so each fixture is also a valid input for
//! `cargo run --example advise < tests/fixtures/scenarios/NAME.json`.
// Native tier: these use native-only dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use graceful_decline::domain::decision::{
    advise, situation_from_json, Outcome, QuestionId, SituationError, Verdict,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};

/// What we expect for one fixture: the leaf, and the message and channel
/// of the next step (`None` when there is nothing to send).
struct Expected {
    file: &'static str,
    verdict: Verdict,
    message: Option<(MessageKind, Channel)>,
}

const fn expect(
    file: &'static str,
    verdict: Verdict,
    message: Option<(MessageKind, Channel)>,
) -> Expected {
    Expected {
        file,
        verdict,
        message,
    }
}

const EXPECTED: &[Expected] = &[
    // The prestige job with constant travel, and a young family at home:
    // a personal reason, so a call.
    expect(
        "travel_heavy_prestige_young_family",
        Verdict::DeclineTravelBalance,
        Some((MessageKind::Decline, Channel::Phone)),
    ),
    // The junior role when they want senior work.
    expect(
        "junior_role_wants_senior",
        Verdict::DeclineRoleFit,
        Some((MessageKind::Decline, Channel::Email)),
    ),
    // The data-analysis lover offered project management, with a better
    // opening at the same company.
    expect(
        "data_lover_offered_project_management",
        Verdict::OtherRole,
        Some((MessageKind::OtherRole, Channel::Email)),
    ),
    // The wrong location, after speaking with the hiring manager.
    expect(
        "wrong_location",
        Verdict::DeclineLocation,
        Some((MessageKind::Decline, Channel::Phone)),
    ),
    // Nerves only: the job fits and they want it.
    expect("nerves_only", Verdict::Proceed, None),
    // Culture not known yet, before a phone screen.
    expect("culture_unknown", Verdict::Research, None),
    // The same unknown before a full final round: a short call first.
    expect(
        "culture_unknown_before_final_round",
        Verdict::IntroCall,
        Some((MessageKind::IntroCall, Channel::Phone)),
    ),
    // Offer accepted elsewhere, two days before a final round: short notice.
    expect(
        "offer_accepted_elsewhere",
        Verdict::DeclineAcceptedOffer,
        Some((MessageKind::LateCancellation, Channel::Phone)),
    ),
    // A fit, but the time clashes.
    expect(
        "fit_but_scheduling_clash",
        Verdict::Reschedule,
        Some((MessageKind::Reschedule, Channel::Email)),
    ),
    // A fit, but a long trip for an in-person interview.
    expect(
        "long_trip_for_first_interview",
        Verdict::VideoInstead,
        Some((MessageKind::VideoInstead, Channel::Phone)),
    ),
    // Close to an offer elsewhere, and this process is too slow.
    expect(
        "far_along_elsewhere_slow_process",
        Verdict::DeclineLongProcess,
        Some((MessageKind::Decline, Channel::Email)),
    ),
    expect(
        "pay_below_needs",
        Verdict::DeclinePay,
        Some((MessageKind::Decline, Channel::Email)),
    ),
    // Unsure about the job, early in a career: the practice is worth it.
    expect("unsure_early_career", Verdict::Proceed, None),
    expect("nothing_known_yet", Verdict::Research, None),
];

fn fixtures_dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenarios"
    ))
}

fn check(expected: &Expected) {
    let path = fixtures_dir().join(format!("{}.json", expected.file));
    let text = fs::read_to_string(&path).unwrap();
    let situation = situation_from_json(&text).unwrap();
    let advice = advise(&situation);
    assert_eq!(advice.verdict, expected.verdict, "{}", expected.file);
    let step = advice.next_step;
    let got = step.message.zip(step.channel.map(|c| c.channel));
    assert_eq!(got, expected.message, "{}", expected.file);
    assert_eq!(step.decline_reason, expected.verdict.decline_reason());
    assert!(!advice.reasons.is_empty() && !advice.headline.is_empty());
}

#[test]
fn every_scenario_gets_its_expected_advice() {
    for expected in EXPECTED {
        check(expected);
    }
}

#[test]
fn every_fixture_file_has_an_expectation() {
    let mut files: Vec<String> = fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = EXPECTED
        .iter()
        .map(|e| format!("{}.json", e.file))
        .collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn every_outcome_appears_among_the_scenarios() {
    for outcome in Outcome::ALL {
        assert!(
            EXPECTED.iter().any(|e| e.verdict.outcome() == *outcome),
            "{outcome}"
        );
    }
}

#[test]
fn unknown_culture_is_the_one_open_question() {
    for file in ["culture_unknown", "culture_unknown_before_final_round"] {
        let text = fs::read_to_string(fixtures_dir().join(format!("{file}.json"))).unwrap();
        let advice = advise(&situation_from_json(&text).unwrap());
        let open: Vec<QuestionId> = advice.open_questions.iter().map(|o| o.question).collect();
        assert_eq!(open, [QuestionId::Culture], "{file}");
    }
}

#[test]
fn the_travel_story_explains_itself() {
    let text =
        fs::read_to_string(fixtures_dir().join("travel_heavy_prestige_young_family.json")).unwrap();
    let advice = advise(&situation_from_json(&text).unwrap());
    assert_eq!(
        advice.next_step.decline_reason,
        Some(DeclineReason::TravelBalance)
    );
    let last = advice.reasons.last().unwrap();
    assert!(last.why.contains("family"), "{}", last.why);
    // Were the travel to fit, the advice would no longer be a decline.
    assert!(advice
        .what_would_change
        .iter()
        .any(|c| c.question == QuestionId::Balance && c.outcome != Outcome::Decline));
}

/// The example's error path: the same function, so the same messages.
#[test]
fn bad_input_is_refused_with_the_field_named() {
    fn check_error(text: &str, expected: &str) {
        let err: SituationError = situation_from_json(text).unwrap_err();
        assert_eq!(err.to_string(), expected);
    }
    check_error(
        r#"{"culture": "fine"}"#,
        "field \"culture\" has no answer \"fine\": use one of fits, clashes, unknown",
    );
    check_error(
        r#"{"role_fit": "fits", "salary": "high"}"#,
        "unknown field \"salary\": use one of other_offer, role_fit, other_role, pay, culture, balance, location, timeline, worry, want_job, interview_value, experience, schedule, interview_travel, stage, hiring_manager, notice",
    );
    check_error(
        r#"{"stage": "lunch"}"#,
        "field \"stage\" has no answer \"lunch\": use one of phone_screen, video, in_person, final, unknown",
    );
}
