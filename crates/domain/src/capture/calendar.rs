//! Settling a date as written into a calendar day: the year when it is
//! left out, the order of two numbers, and weekdays relative to today.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A date as written, before the year and the order are settled.
#[derive(Debug, Clone, Copy)]
pub(super) enum Parts {
    /// Day and month known (a month name, or an ISO date).
    Named {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// Two numbers in an order to settle, and maybe a year.
    Numeric { a: u32, b: u32, year: Option<i32> },
    /// "the 27th": a day of this month or the next.
    DayOnly(u32),
}

pub(super) fn settle(
    parts: Parts,
    weekday: Option<Weekday>,
    today: NaiveDate,
    month_first: bool,
) -> Option<NaiveDate> {
    let fits = |d: &NaiveDate| weekday.is_none_or(|w| d.weekday() == w);
    match parts {
        Parts::Named { day, month, year } => with_year(day, month, year, today, weekday)
            .or_else(|| with_year(day, month, year, today, None)),
        Parts::DayOnly(day) => {
            let this = NaiveDate::from_ymd_opt(today.year(), today.month(), day);
            let next_month = today.checked_add_months(chrono::Months::new(1))?;
            let next = NaiveDate::from_ymd_opt(next_month.year(), next_month.month(), day);
            [this, next]
                .into_iter()
                .flatten()
                .find(|d| *d >= today && fits(d))
        }
        Parts::Numeric { a, b, year } => {
            let read = |day, month| {
                with_year(day, month, year, today, weekday)
                    .or_else(|| with_year(day, month, year, today, None))
            };
            let (day_first, month_first_date) = (read(a, b), read(b, a));
            match (day_first, month_first_date) {
                (Some(d), None) | (None, Some(d)) => Some(d),
                (Some(d), Some(m)) => {
                    let prefer_month = match weekday {
                        Some(_) if fits(&d) != fits(&m) => fits(&m),
                        _ => month_first,
                    };
                    Some(if prefer_month { m } else { d })
                }
                (None, None) => None,
            }
        }
    }
}

/// The date with its year: as written, or the first fitting one from a
/// fortnight ago (and matching the weekday, when one is named).
pub(super) fn with_year(
    day: u32,
    month: u32,
    year: Option<i32>,
    today: NaiveDate,
    weekday: Option<Weekday>,
) -> Option<NaiveDate> {
    let fits = |d: &NaiveDate| weekday.is_none_or(|w| d.weekday() == w);
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year, month, day).filter(fits);
    }
    let earliest = today.checked_sub_days(Days::new(14))?;
    (today.year()..=today.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= earliest && fits(d))
}

/// "next Tuesday" is the Tuesday of next week; "Tuesday", "this Tuesday"
/// and "on Tuesday" the first Tuesday after today.
pub(super) fn relative_weekday(
    today: NaiveDate,
    weekday: Weekday,
    next_week: bool,
) -> Option<NaiveDate> {
    let ahead =
        |from: Weekday| (7 + weekday.num_days_from_monday() - from.num_days_from_monday()) % 7;
    if next_week {
        let monday = today.checked_add_days(Days::new(
            (7 - today.weekday().num_days_from_monday()).into(),
        ))?;
        return monday.checked_add_days(Days::new(weekday.num_days_from_monday().into()));
    }
    let days = match ahead(today.weekday()) {
        0 => 7,
        n => n,
    };
    today.checked_add_days(Days::new(days.into()))
}
