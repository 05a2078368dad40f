use super::*;

fn args(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

fn check(line: &str, expected: Result<&str, &str>) {
    let got = parse_args(args(line)).map(|command| match command {
        Command::Help => "help".to_string(),
        Command::Report(a) => format!(
            "{} {} {}",
            a.stage,
            a.interview.to_rfc3339(),
            a.now.to_rfc3339()
        ),
    });
    assert_eq!(
        got.map_err(|e| e.to_string()),
        expected.map(str::to_string).map_err(str::to_string),
        "{line}"
    );
}

#[test]
fn good_command_lines_parse() {
    check(
        "--stage video --interview 2025-06-10T09:00:00+01:00 --now 2025-06-08T09:00:00Z",
        Ok("video 2025-06-10T09:00:00+01:00 2025-06-08T09:00:00+00:00"),
    );
    check(
        "--now=2025-06-08T09:00:00Z --stage=final --interview=2025-06-10T09:00:00.5-04:00",
        Ok("final 2025-06-10T09:00:00.500-04:00 2025-06-08T09:00:00+00:00"),
    );
    check("--stage video --help", Ok("help"));
    check("-h", Ok("help"));
}

#[test]
fn bad_command_lines_say_what_to_fix() {
    let interview = "--interview 2025-06-10T09:00:00Z";
    let now = "--now 2025-06-08T09:00:00Z";
    check(
        &format!("{interview} {now}"),
        Err("missing --stage: it is required"),
    );
    check(
        &format!("--stage video {now}"),
        Err("missing --interview: it is required"),
    );
    check(
        &format!("--stage video {interview} --now"),
        Err("--now needs a value after it"),
    );
    check(
        &format!("--stage video --stage final {interview} {now}"),
        Err("--stage is given twice: keep one"),
    );
    check(
        &format!("--stage video {interview} {now} --verbose"),
        Err("unknown argument \"--verbose\": use --stage, --interview and --now"),
    );
    check(
        &format!("--stage lunch {interview} {now}"),
        Err("unknown stage \"lunch\": use one of phone_screen, video, in_person, final"),
    );
    check(
        &format!("--stage video --interview 2025-02-30T09:00:00Z {now}"),
        Err("--interview \"2025-02-30T09:00:00Z\": 2025-02-30 is not a date in the calendar: check the day and the month"),
    );
    check(
        &format!("--stage video --interview 2025-06-10T09:00:00 {now}"),
        Err("--interview \"2025-06-10T09:00:00\": the time has no time zone: add Z or an offset such as +01:00"),
    );
    check(
        &format!("--stage video {interview} --now tomorrow"),
        Err("--now \"tomorrow\": not an RFC 3339 date and time: write it like 2025-06-10T09:00:00+01:00"),
    );
}

#[test]
fn instants_are_diagnosed_precisely() {
    let problem = |text| parse_instant(text).unwrap_err();
    assert_eq!(problem("2025-06-10 09:00"), InstantProblem::MissingZone);
    assert_eq!(problem("2025-06-10T09:00"), InstantProblem::MissingZone);
    assert_eq!(
        problem("2024-02-30T09:00:00+01:00"),
        InstantProblem::InvalidDate {
            year: 2024,
            month: 2,
            day: 30
        }
    );
    assert_eq!(
        problem("2025-13-01T09:00:00Z"),
        InstantProblem::InvalidDate {
            year: 2025,
            month: 13,
            day: 1
        }
    );
    assert_eq!(problem("2025-06-10T25:00:00Z"), InstantProblem::Unreadable);
    assert_eq!(
        problem("2025-06-10T09:00:00 Europe/London"),
        InstantProblem::Unreadable
    );
    assert_eq!(problem(""), InstantProblem::Unreadable);
    assert_eq!(
        parse_instant(" 2025-06-10T09:00:00Z ").map(|t| t.to_rfc3339()),
        Ok("2025-06-10T09:00:00+00:00".to_string())
    );
}

#[test]
fn the_report_has_the_documented_shape() {
    let Ok(Command::Report(a)) = parse_args(args(
        "--stage phone_screen --interview 2025-06-10T09:00:00+01:00 --now 2025-06-08T03:00:00Z",
    )) else {
        panic!("the arguments are valid");
    };
    let json = serde_json::to_value(build_report(&a)).unwrap();
    let expected = serde_json::json!({
        "stage": "phone_screen",
        "interview": "2025-06-10T09:00:00+01:00",
        "now": "2025-06-08T03:00:00Z",
        "notice": { "seconds": 190800, "hours": 53.0, "words": "2 days and 5 hours" },
        "deadline": "2025-06-08T09:00:00+01:00",
        "minimum_deadline": "2025-06-09T09:00:00+01:00",
        "deadline_countdown": "5 hours left",
        "classification": "acceptable",
        "label": "Acceptable notice",
        "explanation": json["explanation"],
        "next_step": "Send your message today: every hour of notice helps them re-plan.",
        "message_kind": "decline",
        "channel": {
            "name": "email",
            "label": "Email",
            "why": "At an early stage, such as a screening or a first video call, a polite and brief email is enough.",
            "follow_up_in_writing": false
        }
    });
    assert_eq!(json, expected);
    assert!(json["explanation"]
        .as_str()
        .unwrap()
        .contains("2 days and 5 hours"));
}

#[test]
fn every_classification_reaches_the_report() {
    let interview = "2025-06-10T09:00:00Z";
    for (now, class, channel) in [
        ("2025-06-01T09:00:00Z", "ample", "phone"),
        ("2025-06-07T00:00:00Z", "acceptable", "phone"),
        ("2025-06-09T09:00:00Z", "short_notice", "phone"),
        ("2025-06-10T07:00:00Z", "last_minute", "phone"),
        ("2025-06-10T09:00:00Z", "past", "phone"),
    ] {
        let Ok(Command::Report(a)) = parse_args(args(&format!(
            "--stage in_person --interview {interview} --now {now}"
        ))) else {
            panic!("the arguments are valid");
        };
        let report = build_report(&a);
        assert_eq!(
            (report.classification.as_str(), report.channel.name.as_str()),
            (class, channel),
            "{now}"
        );
        let late = class != "ample" && class != "acceptable";
        assert_eq!(report.channel.follow_up_in_writing, late);
        assert_eq!(
            report.message_kind,
            if late { "late_cancellation" } else { "decline" }
        );
    }
}
