//! Turning a wall-clock date and time in a time zone into an instant.
//!
//! People think of an interview as "10:00 on the 30th, London time". Around
//! daylight-saving changes such a time may not exist (the clocks jump over
//! it) or may happen twice (the clocks go back); dates like 30 February do
//! not exist at all. Each case is an error the user can act on, never a
//! panic and never a silent guess.

use chrono::{
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};

/// Why a local date and time could not be turned into an instant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    /// The text is not laid out as a date.
    #[error("\"{given}\" is not a date: write it as YYYY-MM-DD, for example 2025-03-28")]
    UnreadableDate {
        /// The text given.
        given: String,
    },
    /// The text is not laid out as a time.
    #[error("\"{given}\" is not a time: write it as HH:MM in 24-hour form, for example 14:30")]
    UnreadableTime {
        /// The text given.
        given: String,
    },
    /// The numbers do not make a calendar date (30 February, month 13).
    #[error(
        "{year:04}-{month:02}-{day:02} is not a date in the calendar: check the day and the month"
    )]
    InvalidDate {
        /// Year as given.
        year: i32,
        /// Month as given.
        month: u32,
        /// Day as given.
        day: u32,
    },
    /// The numbers do not make a time of day.
    #[error("{hour:02}:{minute:02} is not a time of day: use hours 00-23 and minutes 00-59")]
    InvalidTime {
        /// Hour as given.
        hour: u32,
        /// Minute as given.
        minute: u32,
    },
    /// The clocks jump over this time (spring forward).
    #[error("{local} does not exist in this time zone because the clocks jump forward then: check the time with the employer")]
    Nonexistent {
        /// The local date and time asked for.
        local: NaiveDateTime,
    },
    /// The clocks pass this time twice (fall back).
    #[error("{local} happens twice in this time zone because the clocks go back: it is either {earlier} or {later}, check which with the employer")]
    Ambiguous {
        /// The local date and time asked for.
        local: NaiveDateTime,
        /// The first occurrence, with its UTC offset.
        earlier: DateTime<FixedOffset>,
        /// The second occurrence, with its UTC offset.
        later: DateTime<FixedOffset>,
    },
}

/// The instant at which a wall clock in `zone` shows this date and time.
pub fn local_instant<Tz: TimeZone>(
    (year, month, day): (i32, u32, u32),
    (hour, minute): (u32, u32),
    zone: &Tz,
) -> Result<DateTime<Utc>, LocalTimeError> {
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(LocalTimeError::InvalidDate {
        year,
        month,
        day,
    })?;
    let time = NaiveTime::from_hms_opt(hour, minute, 0)
        .ok_or(LocalTimeError::InvalidTime { hour, minute })?;
    resolve(date.and_time(time), zone)
}

/// Like `local_instant`, from the text of a date field ("2025-03-30") and a
/// time field ("09:30", seconds allowed and ignored), as HTML inputs give them.
pub fn parse_local_instant<Tz: TimeZone>(
    date: &str,
    time: &str,
    zone: &Tz,
) -> Result<DateTime<Utc>, LocalTimeError> {
    let ymd = parse_date_parts(date).ok_or_else(|| LocalTimeError::UnreadableDate {
        given: date.to_string(),
    })?;
    let hm = parse_time_parts(time).ok_or_else(|| LocalTimeError::UnreadableTime {
        given: time.to_string(),
    })?;
    local_instant(ymd, hm, zone)
}

/// Splits "YYYY-MM-DD" into numbers without checking the calendar, so that
/// 2025-02-30 is reported as an impossible date rather than as unreadable.
pub(crate) fn parse_date_parts(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

/// Splits "HH:MM" or "HH:MM:SS" into hour and minute.
fn parse_time_parts(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    let seconds_ok = match (parts.next(), parts.next()) {
        (None, _) => true,
        (Some(s), None) => s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !(seconds_ok && two_digits(h) && two_digits(m)) {
        return None;
    }
    Some((h.parse().ok()?, m.parse().ok()?))
}

fn resolve<Tz: TimeZone>(local: NaiveDateTime, zone: &Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(instant) => Ok(instant.with_timezone(&Utc)),
        LocalResult::None => Err(LocalTimeError::Nonexistent { local }),
        LocalResult::Ambiguous(earlier, later) => Err(LocalTimeError::Ambiguous {
            local,
            earlier: earlier.fixed_offset(),
            later: later.fixed_offset(),
        }),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
