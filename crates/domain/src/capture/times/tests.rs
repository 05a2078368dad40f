use super::*;

/// Words, hour, minute, end of the range, offset in July in minutes.
type Reading = (String, u32, u32, Option<(u32, u32)>, Option<i32>);

fn times(text: &str) -> Vec<Reading> {
    let parsed = Text::new(text);
    let taken = vec![false; parsed.toks.len()];
    let summer = chrono::NaiveDate::from_ymd_opt(2026, 7, 1)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap();
    find_times(&parsed, &taken, None)
        .iter()
        .map(|t| {
            (
                parsed.span_text(t.from, t.to),
                t.hour,
                t.minute,
                t.until,
                t.zone
                    .and_then(|z| z.resolve(summer))
                    .map(|d| d.offset().local_minus_utc() / 60),
            )
        })
        .collect()
}

#[test]
fn clock_readings() {
    assert_eq!(
        times("2pm EST")[0],
        ("2pm EST".into(), 14, 0, None, Some(-240))
    );
    assert_eq!(times("at 9.30am")[0].1, 9);
    assert_eq!(times("10:30 a.m.")[0].0, "10:30 a.m.");
    assert_eq!(
        times("at 1500hrs SGT")[0],
        ("1500hrs SGT".into(), 15, 0, None, Some(480))
    );
    assert_eq!(
        times("3-4pm")[0],
        ("3-4pm".into(), 15, 0, Some((16, 0)), None)
    );
    assert_eq!(times("10-10:45am")[0].3, Some((10, 45)));
    assert_eq!(times("free thurs 4ish")[0].1, 16);
    assert_eq!(times("at 11 o'clock")[0].1, 11);
    assert_eq!(times("at noon")[0].1, 12);
    assert_eq!(
        times("@ 3p CT")[0],
        ("3p CT".into(), 15, 0, None, Some(-300))
    );
    assert_eq!(times("09:30 (CEST)")[0].4, Some(120));
    assert_eq!(times("17:00 UTC+1")[0].4, Some(60));
    assert_eq!(times("11:00 AM Eastern")[0].4, Some(-240));
    assert_eq!(times("1:30 PM - 2:15 PM Central Time")[0].3, Some((14, 15)));
    assert_eq!(
        times("13:00-13:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London")[0].4,
        Some(60)
    );
}

#[test]
fn outlook_offsets_take_the_named_zones_rules() {
    let zone = |t: &str| times(t)[0].4;
    assert_eq!(
        zone("1:00 PM (UTC-05:00) Eastern Time (US & Canada)"),
        Some(-240)
    );
    assert_eq!(zone("13:00 (UTC+01:00) Amsterdam, Berlin, Bern"), Some(120));
    assert_eq!(zone("13:00 (UTC+01:00)"), Some(60));
}

#[test]
fn numbers_that_are_not_times() {
    assert!(times("at 3 Hardman Street").is_empty());
    assert!(times("call 646-555-0199 or 0117 496 0321, ID 345 678").is_empty());
    assert!(times("Round 2 of 3").is_empty());
}
