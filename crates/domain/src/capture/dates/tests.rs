use super::*;

/// Today is Wednesday 15 April 2026.
fn check(text: &str, month_first: bool, expected: &[(&str, &str)]) {
    let today = NaiveDate::from_ymd_opt(2026, 4, 15).unwrap();
    let parsed = Text::new(text);
    let found: Vec<(String, String)> = find_dates(&parsed, today, month_first)
        .iter()
        .map(|m| {
            (
                parsed.span_text(m.from, m.to),
                m.date.format("%Y-%m-%d").to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(found, expected, "{text}");
}

#[test]
fn written_dates() {
    check(
        "on Tuesday 21 April at 10",
        false,
        &[("Tuesday 21 April", "2026-04-21")],
    );
    check(
        "April 14th, 2027.",
        false,
        &[("April 14th, 2027", "2027-04-14")],
    );
    check(
        "Monday the 6th of July",
        false,
        &[("Monday the 6th of July", "2026-07-06")],
    );
    check(
        "24 Aug 2026 (Mon)",
        false,
        &[("24 Aug 2026 (Mon)", "2026-08-24")],
    );
    check("Sept 3", true, &[("Sept 3", "2026-09-03")]);
    check("on the 27th", false, &[("the 27th", "2026-04-27")]);
    check("the 2nd", false, &[("the 2nd", "2026-05-02")]);
    check("in 1 April", false, &[("1 April", "2026-04-01")]);
    check("in 31 March", false, &[("31 March", "2027-03-31")]);
    check("you may 3 times", false, &[]);
}

#[test]
fn numeric_dates_follow_the_region_unless_settled() {
    check("03/04/2026", false, &[("03/04/2026", "2026-04-03")]);
    check("03/04/2026", true, &[("03/04/2026", "2026-03-04")]);
    check("13/04", true, &[("13/04", "2026-04-13")]);
    check("4/14", false, &[("4/14", "2026-04-14")]);
    check(
        "Friday, 04/10/2026",
        false,
        &[("Friday, 04/10/2026", "2026-04-10")],
    );
    check(
        "Monday 02/11/2026",
        true,
        &[("Monday 02/11/2026", "2026-11-02")],
    );
    check(
        "14.04.2026 and 2026-05-01",
        false,
        &[("14.04.2026", "2026-04-14"), ("2026-05-01", "2026-05-01")],
    );
    check("at 9.30 or 10-11, call 646-555-0199", false, &[]);
}

#[test]
fn relative_dates_count_from_today() {
    check("tomorrow", false, &[("tomorrow", "2026-04-16")]);
    check(
        "the day after tomorrow",
        false,
        &[("the day after tomorrow", "2026-04-17")],
    );
    check("this Friday", false, &[("this Friday", "2026-04-17")]);
    check("next Tuesday", false, &[("next Tuesday", "2026-04-21")]);
    check("next Friday", false, &[("next Friday", "2026-04-24")]);
    check("on Wednesday", false, &[("on Wednesday", "2026-04-22")]);
    check("thurs", false, &[("thurs", "2026-04-16")]);
    check("last Monday, the sun", false, &[]);
}
