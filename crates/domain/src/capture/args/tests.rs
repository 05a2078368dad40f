use super::*;

fn parse(args: &[&str]) -> Result<CaptureArgs, String> {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    parse_capture_args(&args).map_err(|e| e.to_string())
}

#[test]
fn both_flags_in_any_order() {
    let want = CaptureArgs::Read {
        now: "2026-04-14T08:00:00Z".parse().unwrap(),
        zone: "Europe/London".into(),
    };
    assert_eq!(
        parse(&[
            "--now",
            "2026-04-14T09:00:00+01:00",
            "--zone",
            "Europe/London"
        ]),
        Ok(want.clone())
    );
    assert_eq!(
        parse(&["--zone", "Europe/London", "--now", "2026-04-14T08:00:00Z"]),
        Ok(want)
    );
    assert_eq!(parse(&["--help"]), Ok(CaptureArgs::Help));
}

#[test]
fn every_mistake_names_the_flag() {
    let fails = |args: &[&str], expected: &str| {
        assert_eq!(parse(args), Err(expected.to_string()), "{args:?}");
    };
    fails(&["--zone", "UTC"], "missing --now: it is required");
    fails(
        &["--now", "2026-04-14T08:00:00Z"],
        "missing --zone: it is required",
    );
    fails(&["--now"], "--now needs a value after it");
    fails(
        &["--zone", "UTC", "--zone", "UTC"],
        "--zone is given twice: keep one",
    );
    fails(
        &["--tz", "UTC"],
        "unknown argument \"--tz\": use --now and --zone",
    );
    fails(
        &["--now", "2026-04-14 08:00", "--zone", "UTC"],
        "--now \"2026-04-14 08:00\" is not an RFC 3339 date and time: write it like 2026-04-14T09:00:00Z or 2026-04-14T10:00:00+01:00",
    );
    fails(
        &["--now", "2026-04-14T08:00:00Z", "--zone", "Mars/Olympus"],
        "--zone \"Mars/Olympus\" is not a time zone we know: use an IANA name such as Europe/London, America/New_York or UTC",
    );
}
