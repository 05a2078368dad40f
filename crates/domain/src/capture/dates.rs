//! Dates as invitations write them: "Tuesday 14 April", "April 14th,
//! 2026", "14/04/2026", "14.04.2026", "2026-04-14", "the 27th",
//! "next Tuesday", "tomorrow".
//!
//! Numeric dates with both numbers up to 12 are read day first outside
//! the US, unless a number over 12 or a weekday named with it settles the
//! order. A date without a year is the next one on or after a fortnight
//! ago (an invitation is for the future, but "last Monday's call" may
//! appear). Relative dates count from today in the user's zone.

use chrono::{Days, NaiveDate, Weekday};

use super::calendar::{relative_weekday, settle, Parts};
use super::text::{Kind, Text};
use crate::domain::messages::MONTH_WORDS as MONTHS;

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
mod tests;
