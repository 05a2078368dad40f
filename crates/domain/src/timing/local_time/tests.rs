use super::*;
use chrono::Datelike;
use chrono_tz::{America, Australia, Europe, Pacific};
use proptest::prelude::*;

fn check<Tz: TimeZone>(date: &str, time: &str, zone: Tz, expected: Result<&str, LocalTimeError>) {
    let got = parse_local_instant(date, time, &zone).map(|instant| instant.to_rfc3339());
    assert_eq!(got, expected.map(str::to_string), "{date} {time}");
}

fn naive(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn offset_time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

#[test]
fn ordinary_times_become_instants() {
    check(
        "2025-06-10",
        "09:30",
        Europe::London,
        Ok("2025-06-10T08:30:00+00:00"),
    );
    check(
        "2025-01-10",
        "09:30",
        Europe::London,
        Ok("2025-01-10T09:30:00+00:00"),
    );
    check(
        "2025-06-10",
        "09:30:00",
        America::New_York,
        Ok("2025-06-10T13:30:00+00:00"),
    );
    check("2025-06-10", "09:30", Utc, Ok("2025-06-10T09:30:00+00:00"));
    check(
        "2025-06-10",
        "09:30",
        FixedOffset::east_opt(5 * 3600 + 1800).unwrap(),
        Ok("2025-06-10T04:00:00+00:00"),
    );
}

#[test]
fn midnight_and_year_boundaries_move_the_utc_date() {
    check(
        "2025-12-31",
        "23:59",
        Pacific::Auckland,
        Ok("2025-12-31T10:59:00+00:00"),
    );
    check(
        "2026-01-01",
        "00:00",
        America::Los_Angeles,
        Ok("2026-01-01T08:00:00+00:00"),
    );
    check(
        "2024-02-29",
        "00:00",
        Australia::Sydney,
        Ok("2024-02-28T13:00:00+00:00"),
    );
}

#[test]
fn spring_forward_gaps_are_reported() {
    // London skips 01:00-01:59 on 30 March 2025; New York skips 02:00-02:59
    // on 9 March 2025.
    check(
        "2025-03-30",
        "01:30",
        Europe::London,
        Err(LocalTimeError::Nonexistent {
            local: naive("2025-03-30 01:30"),
        }),
    );
    check(
        "2025-03-30",
        "02:00",
        Europe::London,
        Ok("2025-03-30T01:00:00+00:00"),
    );
    check(
        "2025-03-09",
        "02:30",
        America::New_York,
        Err(LocalTimeError::Nonexistent {
            local: naive("2025-03-09 02:30"),
        }),
    );
    // Lord Howe Island moves its clocks by half an hour.
    check(
        "2025-10-05",
        "02:15",
        Australia::Lord_Howe,
        Err(LocalTimeError::Nonexistent {
            local: naive("2025-10-05 02:15"),
        }),
    );
}

#[test]
fn fall_back_overlaps_are_reported_with_both_candidates() {
    check(
        "2025-11-02",
        "01:30",
        America::New_York,
        Err(LocalTimeError::Ambiguous {
            local: naive("2025-11-02 01:30"),
            earlier: offset_time("2025-11-02T01:30:00-04:00"),
            later: offset_time("2025-11-02T01:30:00-05:00"),
        }),
    );
    check(
        "2025-10-26",
        "01:00",
        Europe::London,
        Err(LocalTimeError::Ambiguous {
            local: naive("2025-10-26 01:00"),
            earlier: offset_time("2025-10-26T01:00:00+01:00"),
            later: offset_time("2025-10-26T01:00:00+00:00"),
        }),
    );
}

#[test]
fn impossible_dates_and_times_are_reported() {
    let invalid = |year, month, day| Err(LocalTimeError::InvalidDate { year, month, day });
    check("2025-02-30", "09:00", Utc, invalid(2025, 2, 30));
    check("2025-02-29", "09:00", Utc, invalid(2025, 2, 29));
    check("2024-02-29", "09:00", Utc, Ok("2024-02-29T09:00:00+00:00"));
    check("2025-13-01", "09:00", Utc, invalid(2025, 13, 1));
    check("2025-04-31", "09:00", Utc, invalid(2025, 4, 31));
    check(
        "2025-06-10",
        "24:00",
        Utc,
        Err(LocalTimeError::InvalidTime {
            hour: 24,
            minute: 0,
        }),
    );
    check(
        "2025-06-10",
        "12:60",
        Utc,
        Err(LocalTimeError::InvalidTime {
            hour: 12,
            minute: 60,
        }),
    );
    let unreadable_date = |given: &str| {
        Err(LocalTimeError::UnreadableDate {
            given: given.to_string(),
        })
    };
    check("30/02/2025", "09:00", Utc, unreadable_date("30/02/2025"));
    check("", "09:00", Utc, unreadable_date(""));
    check("2025-6-1", "09:00", Utc, unreadable_date("2025-6-1"));
    let unreadable_time = |given: &str| {
        Err(LocalTimeError::UnreadableTime {
            given: given.to_string(),
        })
    };
    check("2025-06-10", "9am", Utc, unreadable_time("9am"));
    check(
        "2025-06-10",
        "09:00:00:00",
        Utc,
        unreadable_time("09:00:00:00"),
    );
}

#[test]
fn error_messages_say_what_to_do() {
    let message = |date, time, zone: &chrono_tz::Tz| {
        parse_local_instant(date, time, zone)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        message("2025-02-30", "09:00", &Europe::London),
        "2025-02-30 is not a date in the calendar: check the day and the month"
    );
    assert_eq!(
        message("2025-03-30", "01:30", &Europe::London),
        "2025-03-30 01:30:00 does not exist in this time zone because the clocks jump forward then: check the time with the employer"
    );
    let overlap = message("2025-11-02", "01:30", &America::New_York);
    assert!(
        overlap.contains("2025-11-02 01:30:00 -04:00 or 2025-11-02 01:30:00 -05:00"),
        "{overlap}"
    );
}

proptest! {
    #[test]
    fn any_numbers_give_an_instant_or_an_error_never_a_panic(
        year in -300_000i32..300_000,
        month in 0u32..14,
        day in 0u32..33,
        hour in 0u32..26,
        minute in 0u32..62,
        zone in proptest::sample::select(vec![Europe::London, America::New_York, Australia::Lord_Howe, Pacific::Apia]),
    ) {
        match local_instant((year, month, day), (hour, minute), &zone) {
            Ok(instant) => {
                let local = instant.with_timezone(&zone);
                prop_assert_eq!((local.year(), local.month(), local.day()), (year, month, day));
            }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}
