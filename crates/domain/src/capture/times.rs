//! Times of day, their ranges and zones, and lengths: "2pm EST",
//! "14:00 CET", "9.30am", "1500hrs SGT", "10-10:45am", "3-4pm",
//! "4ish", "11 o'clock", "noon", "45 minutes", "half an hour".
//!
//! A bare number is a time only after "at" or "@" ("at 3"), and an hour
//! without am/pm from 1 to 6 is read as afternoon: nobody is invited to an
//! interview at 3 in the morning, and "at 3" in an email means 15:00.

use super::text::{Kind, Text};
use super::zones::{
    fixed, zone_by_abbreviation, zone_by_city, zone_by_long_name, zone_by_name, Zone, ZoneRule,
};

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

/// A length found in the text, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DurationMention {
    pub minutes: u32,
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

/// A zone written right after a time, optionally in brackets: "EST",
/// "(GMT)", "UTC+1", "Central European Time", "London time",
/// "(UTC+00:00) Dublin, Edinburgh, Lisbon, London".
pub(super) fn zone_at(text: &Text, i: usize, user: Option<&ZoneRule>) -> Option<(Zone, usize)> {
    let open = text.is(i, "(");
    let j = if open { i + 1 } else { i };
    let (zone, mut end) = zone_words_at(text, j, user)?;
    if open && text.is(end, ")") {
        end += 1;
    }
    // Outlook names the zone's cities after its offset; the city's rules
    // know about summer time, the offset does not.
    if let Zone::Fixed(_) = zone {
        let line = text.tok(j)?.line;
        let mut k = end;
        while k < text.toks.len() && text.toks[k].line == line && k < end + 12 {
            if let Some(rule) = city_at(text, k) {
                return Some((Zone::Rule(rule.0), rule.1.max(end)));
            }
            // "(UTC-05:00) Eastern Time (US & Canada)".
            if let Some((named @ Zone::Rule(_), after)) = zone_words_at(text, k, user) {
                return Some((named, after));
            }
            k += 1;
        }
    }
    Some((zone, end))
}

fn zone_words_at(text: &Text, j: usize, user: Option<&ZoneRule>) -> Option<(Zone, usize)> {
    let tok = text.tok(j)?;
    if tok.kind != Kind::Word {
        return None;
    }
    // "UTC+1", "GMT-05:00", "UTC +05:30".
    if tok.raw == "UTC" || tok.raw == "GMT" {
        if let Some((offset, end)) = offset_after(text, j + 1) {
            return Some((Zone::Fixed(offset), end));
        }
    }
    let time_word = |k: usize| text.is(k, "time");
    // IANA name: "Europe/Berlin".
    if text.is(j + 1, "/") {
        if let Some(rule) = (j + 2..j + 5).rev().find_map(|end| {
            zone_by_name(&text.span_text(j, end + 1).replace(' ', "_")).map(|r| (r, end + 1))
        }) {
            return Some((Zone::Rule(rule.0), rule.1));
        }
    }
    if tok.capital() || tok.raw.chars().all(|c| c.is_ascii_uppercase()) {
        if let Some(zone) = zone_by_abbreviation(&tok.raw, user) {
            let end = if time_word(j + 1) { j + 2 } else { j + 1 };
            return Some((zone, end));
        }
    }
    for words in [2, 1] {
        let name = (j..j + words)
            .map(|k| text.tok(k).map(|t| t.lower.clone()).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ");
        if time_word(j + words) {
            if let Some(zone) = zone_by_long_name(&name) {
                return Some((zone, j + words + 1));
            }
        }
    }
    let (rule, end) = city_at(text, j)?;
    time_word(end).then_some((Zone::Rule(rule), end + 1))
}

/// A city of the zone table, in one or two words ("London", "New York").
fn city_at(text: &Text, k: usize) -> Option<(&'static ZoneRule, usize)> {
    if !text.tok(k)?.capital() {
        return None;
    }
    for words in [2, 1] {
        if (k..k + words).all(|w| text.tok(w).is_some_and(|t| t.kind == Kind::Word)) {
            if let Some(rule) = zone_by_city(&text.span_text(k, k + words)) {
                return Some((rule, k + words));
            }
        }
    }
    None
}

/// "+1", "-05:00", "+0530" after UTC or GMT.
fn offset_after(text: &Text, i: usize) -> Option<(chrono::FixedOffset, usize)> {
    let sign = match text.tok(i)?.lower.as_str() {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    let hours_tok = text.tok(i + 1)?;
    let n = hours_tok.number()?;
    let (hours, mut minutes, mut end) = match hours_tok.raw.len() {
        1 | 2 => (n, 0, i + 2),
        4 => (n / 100, n % 100, i + 2),
        _ => return None,
    };
    if text.is(end, ":") {
        if let Some(m) = text.tok(end + 1).and_then(|t| t.number()) {
            minutes = m;
            end += 2;
        }
    }
    if hours > 14 || minutes > 59 {
        return None;
    }
    fixed(sign * (hours as i32 * 60 + minutes as i32)).map(|o| (o, end))
}

/// Lengths of time. Words after a length that make it something else
/// than the interview's ("a 10-minute presentation", "10 minutes early").
const NOT_THE_LENGTH: &[&str] = &[
    "presentation",
    "early",
    "before",
    "break",
    "drive",
    "walk",
    "prior",
    "ago",
    "late",
    "task",
    "exercise",
    "test",
    "assessment",
    "to",
    "of",
];

/// Every length in the text ("45 minutes", "1.5 hours", "an hour").
pub(super) fn find_durations(text: &Text) -> Vec<DurationMention> {
    let mut found = Vec::new();
    for i in 0..text.toks.len() {
        let Some((minutes, end)) = duration_at(text, i) else {
            continue;
        };
        let mut k = end;
        if text.is(k, ")") {
            k += 1;
        }
        if text.is_any(k, NOT_THE_LENGTH) || text.is_any(k + 1, &["presentation", "task"]) {
            continue;
        }
        if found.last().is_some_and(|d: &DurationMention| d.to > i) {
            continue;
        }
        found.push(DurationMention {
            minutes,
            from: i,
            to: end,
        });
    }
    found
}

fn duration_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    const WORDS: &[(&str, u32)] = &[
        ("an hour and a half", 90),
        ("one and a half hours", 90),
        ("half an hour", 30),
        ("an hour", 60),
        ("one hour", 60),
        ("hour long", 60),
        ("two hours", 120),
        ("three hours", 180),
    ];
    for (phrase, minutes) in WORDS {
        if let Some(end) = text.phrase_at(i, phrase) {
            return Some((*minutes, end));
        }
    }
    let tok = text.tok(i)?;
    let whole = tok.number().filter(|_| tok.raw.len() <= 3)?;
    let mut j = i + 1;
    let mut tenths = 0;
    if text.is(j, ".")
        && text
            .tok(j + 1)
            .is_some_and(|t| t.raw.len() == 1 && t.joined)
    {
        tenths = text.tok(j + 1)?.number()?;
        j += 2;
    }
    if text.is(j, "-") {
        j += 1;
    }
    let unit = text.tok(j)?;
    let minutes = match unit.lower.as_str() {
        "min" | "mins" | "minute" | "minutes" | "mn" if tenths == 0 => whole,
        "hr" | "hrs" | "hour" | "hours" | "h" => whole * 60 + tenths * 6,
        _ => return None,
    };
    (5..=480).contains(&minutes).then_some((minutes, j + 1))
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn lengths() {
        let lengths = |text: &str| -> Vec<u32> {
            find_durations(&Text::new(text))
                .iter()
                .map(|d| d.minutes)
                .collect()
        };
        assert_eq!(lengths("a 30 min phone screen, 45-minute call"), [30, 45]);
        assert_eq!(
            lengths("about an hour; 1.5 hours; half an hour"),
            [60, 90, 30]
        );
        assert_eq!(
            lengths("a 10-minute presentation, 1500hrs"),
            Vec::<u32>::new()
        );
        assert_eq!(lengths("Duration: 2 hours"), [120]);
    }
}
