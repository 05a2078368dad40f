//! Times of day and their ranges, with the zone written after them:
//! "2pm EST", "14:00 CET", "9.30am", "1500hrs SGT", "10-10:45am", "3-4pm",
//! "4ish", "11 o'clock", "noon".
//!
//! A bare number is a time only after "at" or "@" ("at 3"), and an hour
//! without am/pm from 1 to 6 is read as afternoon: nobody is invited to an
//! interview at 3 in the morning, and "at 3" in an email means 15:00.

use super::text::{Kind, Text};
use super::zone_words::zone_at;
use super::zones::{Zone, ZoneRule};

/// A time of day found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TimeMention {
    pub hour: u32,
    pub minute: u32,
    /// The end of a range ("10:00-11:00"), as hour and minute.
    pub until: Option<(u32, u32)>,
    /// The zone written with it.
    pub zone: Option<Zone>,
    pub from: usize,
    pub to: usize,
}

/// Every time of day in the text, skipping tokens already read as dates.
pub(super) fn find_times(text: &Text, taken: &[bool], user: Option<&ZoneRule>) -> Vec<TimeMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.toks.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        match time_at(text, i, user) {
            Some(mention) => {
                i = mention.to;
                found.push(mention);
            }
            None => i += 1,
        }
    }
    found
}

/// A clock reading: hour as written, minute, whether pm (if said), and
/// whether it is certainly a time rather than a number.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    pm: Option<bool>,
    sure: bool,
    /// Written with a leading zero or past 12: a 24-hour reading.
    twenty_four: bool,
    end: usize,
}

fn time_at(text: &Text, i: usize, user: Option<&ZoneRule>) -> Option<TimeMention> {
    let start = clock_at(text, i)?;
    let mut end = start.end;
    let mut until = None;
    let mut start_pm = start.pm;
    if text.is_any(end, &["-", "to", "until", "and", "till"]) {
        if let Some(stop) = clock_at(text, end + 1) {
            if start_pm.is_none() {
                if let Some(pm) = stop.pm {
                    // "3-4pm" is afternoon; "11-1pm" starts in the morning.
                    let later = stop.hour % 12 + if pm { 12 } else { 0 };
                    start_pm = Some(pm && start.hour % 12 + 12 <= later);
                }
            }
            until = Some(to_24(&stop, stop.pm));
            end = stop.end;
        }
    }
    if !start.sure && until.is_none() {
        let cue = i > 0 && text.toks[i - 1].is_any(&["at", "@", "from", "between", "around"]);
        let next_is_name = text
            .tok(end)
            .is_some_and(|t| t.capital() || t.kind == Kind::Number);
        if !cue || next_is_name {
            return None;
        }
    }
    let (hour, minute) = to_24(&start, start_pm);
    let (zone, end) = match zone_at(text, end, user) {
        Some((zone, after)) => (Some(zone), after),
        None => (None, end),
    };
    Some(TimeMention {
        hour,
        minute,
        until: until.filter(|&(h, m)| h * 60 + m > hour * 60 + minute),
        zone,
        from: i,
        to: end,
    })
}

fn to_24(clock: &Clock, pm: Option<bool>) -> (u32, u32) {
    let hour = match pm {
        Some(true) => clock.hour % 12 + 12,
        Some(false) => clock.hour % 12,
        None if !clock.twenty_four && (1..=6).contains(&clock.hour) => clock.hour + 12,
        None => clock.hour,
    };
    (hour, clock.minute)
}

fn clock_at(text: &Text, i: usize) -> Option<Clock> {
    let tok = text.tok(i)?;
    if tok.is("noon") || tok.is("midday") {
        return Some(Clock {
            hour: 12,
            minute: 0,
            pm: Some(true),
            sure: true,
            twenty_four: false,
            end: i + 1,
        });
    }
    if tok.kind != Kind::Number
        || (tok.joined && i > 0 && !text.toks[i - 1].is_any(&["@", "(", "-"]))
    {
        return None;
    }
    let glued = |j: usize| text.tok(j).is_some_and(|t| t.joined);
    let mut j = i + 1;
    let (hour, mut minute, mut sure) = if tok.raw.len() == 4 {
        // "1500hrs", "1500 h".
        let n = tok.number()?;
        if !text.is_any(j, &["hrs", "h", "hours"]) {
            return None;
        }
        j += 1;
        (n / 100, n % 100, true)
    } else if tok.raw.len() <= 2 {
        (tok.number()?, 0, false)
    } else {
        return None;
    };
    if text.is_any(j, &[":", ".", "h"]) && glued(j) && glued(j + 1) {
        if let Some(m) = text
            .tok(j + 1)
            .filter(|t| t.raw.len() == 2)
            .and_then(|t| t.number())
        {
            minute = m;
            sure = true;
            j += 2;
        }
    }
    let mut pm = None;
    if let Some(t) = text.tok(j) {
        let period = match t.lower.as_str() {
            "am" => Some((false, 1)),
            "pm" => Some((true, 1)),
            "a" | "p" if text.is(j + 1, ".") && text.is(j + 2, "m") => {
                Some((t.lower == "p", if text.is(j + 3, ".") { 4 } else { 3 }))
            }
            "p" | "a" if t.joined => Some((t.lower == "p", 1)),
            _ => None,
        };
        if let Some((is_pm, len)) = period {
            pm = Some(is_pm);
            sure = true;
            j += len;
        } else if t.is("o'clock") || (t.is("ish") && t.joined) {
            sure = true;
            j += 1;
        }
    }
    let valid = match pm {
        Some(_) => (1..=12).contains(&hour),
        None => hour <= 23,
    };
    if !valid || minute > 59 {
        return None;
    }
    Some(Clock {
        hour,
        minute,
        pm,
        sure,
        twenty_four: tok.raw.starts_with('0') || hour > 12,
        end: j,
    })
}

#[cfg(test)]
mod tests;
