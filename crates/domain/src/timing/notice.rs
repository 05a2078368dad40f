//! How much notice is left before the interview, as a number and in words.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// The time between now and the interview. Negative once it has started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    /// Whole seconds until the interview (negative: seconds since it began).
    pub seconds: i64,
    /// The same in hours, rounded to two decimals, for display and JSON.
    pub hours: f64,
    /// For people: "2 days and 5 hours", "40 minutes",
    /// "already started 3 hours ago".
    pub words: String,
}

impl Notice {
    /// The notice as a duration (negative once the interview has started).
    pub fn duration(&self) -> TimeDelta {
        TimeDelta::seconds(self.seconds)
    }

    /// Whether the interview time has come or gone.
    pub fn has_started(&self) -> bool {
        self.seconds <= 0
    }
}

/// The notice left between `now` and the interview. The two instants may be
/// in different time zones: only the instants matter.
pub fn notice_left<A: TimeZone, B: TimeZone>(interview: &DateTime<A>, now: &DateTime<B>) -> Notice {
    // chrono's range (about 262,000 years) fits easily in a TimeDelta
    // (about 292 million years), so this subtraction cannot overflow.
    let seconds = interview
        .with_timezone(&Utc)
        .signed_duration_since(now)
        .num_seconds();
    let words = match seconds {
        s if s > 0 => duration_in_words(TimeDelta::seconds(s)),
        0 => "starting now".to_string(),
        s => format!(
            "already started {} ago",
            duration_in_words(TimeDelta::seconds(-s))
        ),
    };
    Notice {
        seconds,
        hours: round_to_hundredths(seconds as f64 / 3600.0),
        words,
    }
}

/// A non-negative duration in words, at most two units, rounded down so
/// that the time left is never overstated: "2 days and 5 hours",
/// "1 hour and 10 minutes", "40 minutes", "less than a minute".
pub fn duration_in_words(duration: TimeDelta) -> String {
    let minutes = duration.num_minutes().max(0);
    let (days, hours, mins) = (minutes / (24 * 60), (minutes / 60) % 24, minutes % 60);
    match (days, hours, mins) {
        (0, 0, 0) => "less than a minute".to_string(),
        (0, 0, m) => unit(m, "minute"),
        (0, h, 0) => unit(h, "hour"),
        (0, h, m) => format!("{} and {}", unit(h, "hour"), unit(m, "minute")),
        (d, 0, _) => unit(d, "day"),
        (d, h, _) => format!("{} and {}", unit(d, "day"), unit(h, "hour")),
    }
}

fn unit(count: i64, name: &str) -> String {
    if count == 1 {
        format!("1 {name}")
    } else {
        format!("{count} {name}s")
    }
}

fn round_to_hundredths(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn at(rfc3339: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap()
    }

    fn check(interview: &str, now: &str, hours: f64, words: &str) {
        let notice = notice_left(&at(interview), &at(now));
        assert_eq!((notice.hours, notice.words.as_str()), (hours, words));
    }

    #[test]
    fn words_use_the_two_largest_units() {
        let i = "2025-06-10T09:00:00Z";
        check(i, "2025-06-08T04:00:00Z", 53.0, "2 days and 5 hours");
        check(i, "2025-06-08T04:30:00Z", 52.5, "2 days and 4 hours");
        check(i, "2025-06-09T09:00:00Z", 24.0, "1 day");
        check(i, "2025-06-10T07:50:00Z", 1.17, "1 hour and 10 minutes");
        check(i, "2025-06-10T06:00:00Z", 3.0, "3 hours");
        check(i, "2025-06-10T08:20:00Z", 0.67, "40 minutes");
        check(i, "2025-06-10T08:59:00Z", 0.02, "1 minute");
        check(i, "2025-06-10T08:59:30Z", 0.01, "less than a minute");
        check(i, "2025-06-10T09:00:00Z", 0.0, "starting now");
        check(
            i,
            "2025-06-10T12:00:00Z",
            -3.0,
            "already started 3 hours ago",
        );
        check(
            i,
            "2025-06-10T09:00:20Z",
            -0.01,
            "already started less than a minute ago",
        );
    }

    #[test]
    fn only_the_instants_matter_not_the_zones() {
        // 09:00 in London (BST, +01:00) is 04:00 in New York (EDT, -04:00).
        check(
            "2025-06-10T09:00:00+01:00",
            "2025-06-10T04:00:00-04:00",
            0.0,
            "starting now",
        );
        let utc_now = Utc.with_ymd_and_hms(2025, 6, 10, 6, 0, 0).unwrap();
        let notice = notice_left(&at("2025-06-10T09:00:00+01:00"), &utc_now);
        assert_eq!(notice.words, "2 hours");
        assert!(!notice.has_started());
        assert_eq!(notice.duration(), TimeDelta::hours(2));
    }
}
