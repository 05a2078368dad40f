//! Dates and times written in English for the message text, whatever
//! language the browser speaks: the recipient reads "Thursday 27 November
//! at 10:00" inside English sentences, never "jeudi 27 novembre".
//!
//! UK style is day-month and the 24-hour clock ("Thursday 27 November at
//! 14:30"); US style is month-day and the 12-hour clock, with the minutes
//! left out on the hour ("Thursday, November 27 at 2:30 PM", "at 10 AM").
//! The wall-clock time is the one in the value's own offset: an interview
//! is written at the time it happens where it happens. The year is left
//! out, as in speech: an interview is weeks away, not years.

use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Timelike};

use super::request::Spelling;

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' English names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The date and time in English, in the value's own offset.
pub fn english_date_time<Tz: TimeZone>(when: &DateTime<Tz>, spelling: Spelling) -> String {
    let local = when.naive_local();
    let weekday = WEEKDAYS[local.weekday().num_days_from_monday() as usize];
    let month = MONTHS[local.month0() as usize];
    let day = local.day();
    let (hour, minute) = (local.hour(), local.minute());
    match spelling {
        Spelling::Uk => format!("{weekday} {day} {month} at {hour:02}:{minute:02}"),
        Spelling::Us => {
            let (h12, half) = match hour {
                0 => (12, "AM"),
                1..=11 => (hour, "AM"),
                12 => (12, "PM"),
                _ => (hour - 12, "PM"),
            };
            let clock = if minute == 0 {
                format!("{h12} {half}")
            } else {
                format!("{h12}:{minute:02} {half}")
            };
            format!("{weekday}, {month} {day} at {clock}")
        }
    }
}

/// A date on screen, short: "Tue 10 Mar 2026", in the value's own offset.
/// The app's lists and cards write dates this one way (`ui::format`).
pub fn short_date<Tz: TimeZone>(when: &DateTime<Tz>) -> String {
    let local = when.naive_local();
    let weekday = &WEEKDAYS[local.weekday().num_days_from_monday() as usize][..3];
    let month = &MONTHS[local.month0() as usize][..3];
    format!("{weekday} {} {month} {}", local.day(), local.year())
}

/// A date and time on screen, short: "Tue 10 Mar 2026, 14:30".
pub fn short_date_time<Tz: TimeZone>(when: &DateTime<Tz>) -> String {
    let local = when.naive_local();
    format!(
        "{}, {:02}:{:02}",
        short_date(when),
        local.hour(),
        local.minute()
    )
}

/// A date as a file name wants it, sorting by day: "2026-03-10".
pub fn iso_date<Tz: TimeZone>(when: &DateTime<Tz>) -> String {
    let local = when.naive_local();
    format!(
        "{:04}-{:02}-{:02}",
        local.year(),
        local.month(),
        local.day()
    )
}

/// A typed time value as the message should show it: an RFC 3339 instant
/// ("2025-11-27T10:00:00+00:00") written in English, anything else (free
/// text such as "tomorrow at 2pm") returned unchanged.
pub fn english_when(value: &str, spelling: Spelling) -> String {
    match DateTime::<FixedOffset>::parse_from_rfc3339(value.trim()) {
        Ok(instant) => english_date_time(&instant, spelling),
        Err(_) => value.to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use chrono::{FixedOffset, TimeZone as _, Utc};

    #[test]
    fn short_dates_are_in_the_values_own_offset() {
        let at = Utc.with_ymd_and_hms(2026, 3, 10, 23, 30, 0).unwrap();
        assert_eq!(super::short_date(&at), "Tue 10 Mar 2026");
        assert_eq!(super::short_date_time(&at), "Tue 10 Mar 2026, 23:30");
        let tokyo = at.with_timezone(&FixedOffset::east_opt(9 * 3600).unwrap());
        assert_eq!(super::short_date_time(&tokyo), "Wed 11 Mar 2026, 08:30");
        assert_eq!(super::iso_date(&tokyo), "2026-03-11");
        let september = Utc.with_ymd_and_hms(2026, 9, 6, 7, 5, 0).unwrap();
        assert_eq!(super::short_date_time(&september), "Sun 6 Sep 2026, 07:05");
    }

    use super::*;

    fn check(value: &str, uk: &str, us: &str) {
        assert_eq!(english_when(value, Spelling::Uk), uk, "{value}");
        assert_eq!(english_when(value, Spelling::Us), us, "{value}");
    }

    #[test]
    fn rfc3339_instants_are_written_in_english_in_their_own_offset() {
        check(
            "2025-11-27T10:00:00+00:00",
            "Thursday 27 November at 10:00",
            "Thursday, November 27 at 10 AM",
        );
        check(
            "2025-11-27T14:30:00+01:00",
            "Thursday 27 November at 14:30",
            "Thursday, November 27 at 2:30 PM",
        );
        check(
            "2026-01-05T00:05:00-05:00",
            "Monday 5 January at 00:05",
            "Monday, January 5 at 12:05 AM",
        );
        check(
            "2026-06-01T12:00:00Z",
            "Monday 1 June at 12:00",
            "Monday, June 1 at 12 PM",
        );
    }

    #[test]
    fn free_text_is_kept_as_typed() {
        for value in ["tomorrow at 2pm", "next week", "27/11 10h", ""] {
            check(value, value, value);
        }
    }

    #[test]
    fn a_zoned_time_is_written_at_its_local_wall_clock() {
        use chrono::TimeZone;
        let paris = chrono_tz::Europe::Paris;
        let when = paris.with_ymd_and_hms(2025, 7, 3, 9, 15, 0).unwrap();
        assert_eq!(
            english_date_time(&when, Spelling::Uk),
            "Thursday 3 July at 09:15"
        );
    }
}

/// A date people read in a list or a printed report, unambiguous on both
/// sides of the Atlantic: "Tue 3 Nov 2026" (UK) or "Tue, Nov 3, 2026" (US).
pub fn list_date(date: chrono::NaiveDate, spelling: Spelling) -> String {
    let weekday = &WEEKDAYS[date.weekday().num_days_from_monday() as usize][..3];
    let month = &MONTHS[date.month0() as usize][..3];
    match spelling {
        Spelling::Us => format!("{weekday}, {month} {}, {}", date.day(), date.year()),
        Spelling::Uk => format!("{weekday} {} {month} {}", date.day(), date.year()),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod list_date_tests {
    use super::*;

    #[test]
    fn list_dates_name_the_weekday_and_the_month() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(list_date(d, Spelling::Uk), "Tue 3 Nov 2026");
        assert_eq!(list_date(d, Spelling::Us), "Tue, Nov 3, 2026");
    }
}
