//! Dates as invitations write them: "Tuesday 14 April", "April 14th,
//! 2026", "14/04/2026", "14.04.2026", "2026-04-14", "the 27th",
//! "next Tuesday", "tomorrow".
//!
//! Numeric dates with both numbers up to 12 are read day first outside
//! the US, unless a number over 12 or a weekday named with it settles the
//! order. A date without a year is the next one on or after a fortnight
//! ago (an invitation is for the future, but "last Monday's call" may
//! appear). Relative dates count from today in the user's zone.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::text::{Kind, Text};

/// A date found in the text, with the tokens it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DateMention {
    pub date: NaiveDate,
    /// First token.
    pub from: usize,
    /// One past the last token.
    pub to: usize,
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("mon", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("tue", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("weds", Weekday::Wed),
    ("wed", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thu", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("fri", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sat", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("sun", Weekday::Sun),
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const ORDINALS: &[&str] = &["st", "nd", "rd", "th"];

/// Every date in the text, in order. `month_first` is the order numeric
/// dates take when nothing in them settles it.
pub(super) fn find_dates(text: &Text, today: NaiveDate, month_first: bool) -> Vec<DateMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.toks.len() {
        match date_at(text, i, today, month_first) {
            Some(mention) => {
                i = mention.to;
                found.push(mention);
            }
            None => i += 1,
        }
    }
    found
}

fn date_at(text: &Text, i: usize, today: NaiveDate, month_first: bool) -> Option<DateMention> {
    let tok = text.tok(i)?;
    if let Some(end) = text.phrase_at(i, "the day after tomorrow") {
        return Some(DateMention {
            date: today.checked_add_days(Days::new(2))?,
            from: i,
            to: end,
        });
    }
    if tok.is("today") || tok.is("tomorrow") {
        let days = if tok.is("today") { 0 } else { 1 };
        return Some(DateMention {
            date: today.checked_add_days(Days::new(days))?,
            from: i,
            to: i + 1,
        });
    }
    if let Some(weekday) = weekday_at(text, i) {
        let mut j = i + 1;
        if text.is(j, ".") || text.is(j, ",") {
            j += 1;
        }
        if let Some((parts, end)) = absolute_at(text, j) {
            let date = settle(parts, Some(weekday), today, month_first)?;
            return Some(DateMention {
                date,
                from: i,
                to: end,
            });
        }
        // Short forms ("sat", "sun") are ordinary words unless capitalised.
        if tok.lower.len() <= 3 && !tok.capital() {
            return None;
        }
        let before = i.checked_sub(1).and_then(|b| text.tok(b));
        if before.is_some_and(|b| b.is_any(&["last", "past", "every", "previous"])) {
            return None;
        }
        let next = before.is_some_and(|b| b.is("next"));
        let from = if before.is_some_and(|b| b.is_any(&["next", "this", "on", "coming"])) {
            i - 1
        } else {
            i
        };
        return Some(DateMention {
            date: relative_weekday(today, weekday, next)?,
            from,
            to: i + 1,
        });
    }
    let (parts, mut end) = absolute_at(text, i)?;
    // "24 Aug 2026 (Mon)", "18-06-2026 (Thursday)".
    let mut weekday = None;
    if text.is(end, "(") {
        if let Some(w) = weekday_at(text, end + 1).filter(|_| text.is(end + 2, ")")) {
            weekday = Some(w);
            end += 3;
        }
    }
    let date = settle(parts, weekday, today, month_first)?;
    Some(DateMention {
        date,
        from: i,
        to: end,
    })
}

/// A date as written, before the year and the order are settled.
#[derive(Debug, Clone, Copy)]
enum Parts {
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

fn absolute_at(text: &Text, i: usize) -> Option<(Parts, usize)> {
    let tok = text.tok(i)?;
    if tok.is("the") {
        let day = small_number(text, i + 1, 31)?;
        if !text.is_any(i + 2, ORDINALS) {
            return None;
        }
        let mut j = i + 3;
        if text.is(j, "of") {
            j += 1;
        }
        if let Some(month) = month_at(text, j) {
            let (year, end) = year_after(text, j + 1);
            return Some((Parts::Named { day, month, year }, end));
        }
        return Some((Parts::DayOnly(day), i + 3));
    }
    if let Some(month) = month_at(text, i) {
        let mut j = i + 1;
        if text.is(j, ".") {
            j += 1;
        }
        let day = small_number(text, j, 31)?;
        j += 1;
        if text.is_any(j, ORDINALS) {
            j += 1;
        }
        let (year, end) = year_after(text, j);
        return Some((Parts::Named { day, month, year }, end));
    }
    if tok.kind != Kind::Number {
        return None;
    }
    // Glued to something before ("R-10293", "+44"): not a date.
    if tok.joined && i > 0 && !text.toks[i - 1].is_any(&["(", ",", ":"]) {
        return None;
    }
    if let Some(found) = numeric_at(text, i) {
        return Some(found);
    }
    let day = small_number(text, i, 31)?;
    let mut j = i + 1;
    if text.is_any(j, ORDINALS) {
        j += 1;
    }
    if text.is(j, "of") {
        j += 1;
    }
    let month = month_at(text, j)?;
    let (year, end) = year_after(text, j + 1);
    Some((Parts::Named { day, month, year }, end))
}

/// "14/04/2026", "4/14", "14.04.2026", "14-04-2026", "2026-04-14".
fn numeric_at(text: &Text, i: usize) -> Option<(Parts, usize)> {
    let glued = |j: usize| text.tok(j).is_some_and(|t| t.joined);
    let sep = text
        .tok(i + 1)
        .filter(|t| t.is_any(&["/", ".", "-"]) && t.joined)?;
    let first = &text.toks[i];
    if first.raw.len() == 4 && sep.is("-") {
        let year: i32 = first.raw.parse().ok()?;
        let month = small_number(text, i + 2, 12).filter(|_| glued(i + 2))?;
        if !(text.is(i + 3, "-") && glued(i + 3) && glued(i + 4)) {
            return None;
        }
        let day = small_number(text, i + 4, 31)?;
        return Some((
            Parts::Named {
                day,
                month,
                year: Some(year),
            },
            i + 5,
        ));
    }
    let a = small_number(text, i, 31)?;
    let b = small_number(text, i + 2, 31).filter(|_| glued(i + 2))?;
    let year = (text
        .tok(i + 3)
        .is_some_and(|t| t.lower == sep.lower && t.joined)
        && glued(i + 4))
    .then(|| text.tok(i + 4))
    .flatten()
    .and_then(|t| match t.raw.len() {
        4 => t.raw.parse::<i32>().ok(),
        2 => t.raw.parse::<i32>().ok().map(|y| 2000 + y),
        _ => None,
    });
    // Dots and dashes only make a date with a year ("9.30" is a time).
    if year.is_none() && !sep.is("/") {
        return None;
    }
    let end = if year.is_some() { i + 5 } else { i + 3 };
    // "1/2/3/4" or a fraction in a longer number is not a date.
    if text
        .tok(end)
        .is_some_and(|t| t.joined && t.is_any(&["/", "-"]))
    {
        return None;
    }
    Some((Parts::Numeric { a, b, year }, end))
}

fn settle(
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
fn with_year(
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
fn relative_weekday(today: NaiveDate, weekday: Weekday, next_week: bool) -> Option<NaiveDate> {
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

pub(super) fn weekday_at(text: &Text, i: usize) -> Option<Weekday> {
    let tok = text.tok(i)?;
    WEEKDAYS
        .iter()
        .find(|(name, _)| tok.lower == *name)
        .map(|(_, w)| *w)
}

fn month_at(text: &Text, i: usize) -> Option<u32> {
    let tok = text.tok(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    // "may" is a month only as "May".
    if tok.lower == "may" && !tok.capital() {
        return None;
    }
    let word = tok.lower.as_str();
    let n = MONTHS.iter().position(|m| {
        *m == word
            || (word.len() >= 3 && m.starts_with(word) && (word.len() == 3 || word == "sept"))
    })?;
    Some(n as u32 + 1)
}

fn small_number(text: &Text, i: usize, max: u32) -> Option<u32> {
    let tok = text.tok(i)?;
    if tok.raw.len() > 2 {
        return None;
    }
    tok.number().filter(|n| (1..=max).contains(n))
}

/// An optional ", 2026" or " 2026" after a day and month.
fn year_after(text: &Text, i: usize) -> (Option<i32>, usize) {
    let j = if text.is(i, ",") { i + 1 } else { i };
    match text.tok(j) {
        Some(t) if t.kind == Kind::Number && t.raw.len() == 4 => match t.raw.parse() {
            Ok(year) if (1990..2200).contains(&year) => (Some(year), j + 1),
            _ => (None, i),
        },
        _ => (None, i),
    }
}

#[cfg(test)]
mod tests {
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
}
