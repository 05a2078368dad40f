//! Time zones without a time-zone database: a small table of the rules
//! people's invitations actually name, the same in the browser's wasm
//! (which has no tz data) and the CLI.
//!
//! A zone is a standard offset plus one of five daylight-saving rules
//! (none, US, EU, southern Australia, New Zealand), which covers the zones
//! of nearly every English-language invitation. Abbreviations resolve to
//! the zone people mean by them: "EST" written in July means New York's
//! wall clock, so "ET", "EST" and "EDT" all follow New York's rules (and
//! "CET" Paris's, "AEST" Sydney's). Only "GMT", "UTC", "BST" and explicit
//! offsets such as "UTC+1" are fixed.

use chrono::{
    DateTime, Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, TimeDelta, Weekday,
};

use crate::timing::offsets_of_local;

/// Daylight-saving rules, by where they apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dst {
    None,
    /// Second Sunday of March to first Sunday of November, at 02:00 local.
    Us,
    /// Last Sunday of March to last Sunday of October, at 01:00 UTC.
    Eu,
    /// First Sunday of October to first Sunday of April, at 02:00 standard.
    AuSouth,
    /// Last Sunday of September to first Sunday of April, at 02:00 standard.
    Nz,
}

/// One IANA zone as far as invitations need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ZoneRule {
    pub name: &'static str,
    /// Standard (winter) offset east of UTC, in minutes.
    pub standard: i32,
    pub dst: Dst,
    /// Numeric dates are written month first there (03/04 is March 4).
    pub month_first: bool,
}

/// A zone as named in a text or by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Zone {
    Rule(&'static ZoneRule),
    Fixed(FixedOffset),
}

const fn z(name: &'static str, standard: i32, dst: Dst, month_first: bool) -> ZoneRule {
    ZoneRule {
        name,
        standard,
        dst,
        month_first,
    }
}

/// The zones we know by IANA name. The city part of each name ("London",
/// "New York") also names it in text ("London time", Outlook's
/// "(UTC+00:00) Dublin, Edinburgh, Lisbon, London").
const ZONES: &[ZoneRule] = &[
    z("UTC", 0, Dst::None, false),
    z("Etc/UTC", 0, Dst::None, false),
    z("GMT", 0, Dst::None, false),
    z("Europe/London", 0, Dst::Eu, false),
    z("Europe/Dublin", 0, Dst::Eu, false),
    z("Europe/Lisbon", 0, Dst::Eu, false),
    z("Atlantic/Reykjavik", 0, Dst::None, false),
    z("Europe/Paris", 60, Dst::Eu, false),
    z("Europe/Berlin", 60, Dst::Eu, false),
    z("Europe/Amsterdam", 60, Dst::Eu, false),
    z("Europe/Brussels", 60, Dst::Eu, false),
    z("Europe/Madrid", 60, Dst::Eu, false),
    z("Europe/Rome", 60, Dst::Eu, false),
    z("Europe/Vienna", 60, Dst::Eu, false),
    z("Europe/Zurich", 60, Dst::Eu, false),
    z("Europe/Stockholm", 60, Dst::Eu, false),
    z("Europe/Oslo", 60, Dst::Eu, false),
    z("Europe/Copenhagen", 60, Dst::Eu, false),
    z("Europe/Warsaw", 60, Dst::Eu, false),
    z("Europe/Prague", 60, Dst::Eu, false),
    z("Europe/Budapest", 60, Dst::Eu, false),
    z("Europe/Belgrade", 60, Dst::Eu, false),
    z("Africa/Lagos", 60, Dst::None, false),
    z("Europe/Athens", 120, Dst::Eu, false),
    z("Europe/Helsinki", 120, Dst::Eu, false),
    z("Europe/Kyiv", 120, Dst::Eu, false),
    z("Europe/Bucharest", 120, Dst::Eu, false),
    z("Europe/Sofia", 120, Dst::Eu, false),
    z("Africa/Johannesburg", 120, Dst::None, false),
    z("Europe/Istanbul", 180, Dst::None, false),
    z("Europe/Moscow", 180, Dst::None, false),
    z("Africa/Nairobi", 180, Dst::None, false),
    z("Asia/Riyadh", 180, Dst::None, false),
    z("Asia/Dubai", 240, Dst::None, false),
    z("Asia/Karachi", 300, Dst::None, false),
    z("Asia/Kolkata", 330, Dst::None, false),
    z("Asia/Calcutta", 330, Dst::None, false),
    z("Asia/Dhaka", 360, Dst::None, false),
    z("Asia/Bangkok", 420, Dst::None, false),
    z("Asia/Jakarta", 420, Dst::None, false),
    z("Asia/Singapore", 480, Dst::None, false),
    z("Asia/Hong_Kong", 480, Dst::None, false),
    z("Asia/Shanghai", 480, Dst::None, false),
    z("Asia/Manila", 480, Dst::None, true),
    z("Australia/Perth", 480, Dst::None, false),
    z("Asia/Tokyo", 540, Dst::None, false),
    z("Asia/Seoul", 540, Dst::None, false),
    z("Australia/Darwin", 570, Dst::None, false),
    z("Australia/Adelaide", 570, Dst::AuSouth, false),
    z("Australia/Brisbane", 600, Dst::None, false),
    z("Australia/Sydney", 600, Dst::AuSouth, false),
    z("Australia/Melbourne", 600, Dst::AuSouth, false),
    z("Australia/Canberra", 600, Dst::AuSouth, false),
    z("Australia/Hobart", 600, Dst::AuSouth, false),
    z("Pacific/Auckland", 720, Dst::Nz, false),
    z("America/Sao_Paulo", -180, Dst::None, false),
    z("America/Argentina/Buenos_Aires", -180, Dst::None, false),
    z("America/Halifax", -240, Dst::Us, false),
    z("America/New_York", -300, Dst::Us, true),
    z("America/Toronto", -300, Dst::Us, false),
    z("America/Detroit", -300, Dst::Us, true),
    z("America/Bogota", -300, Dst::None, false),
    z("America/Chicago", -360, Dst::Us, true),
    z("America/Mexico_City", -360, Dst::None, false),
    z("America/Winnipeg", -360, Dst::Us, false),
    z("America/Denver", -420, Dst::Us, true),
    z("America/Edmonton", -420, Dst::Us, false),
    z("America/Phoenix", -420, Dst::None, true),
    z("America/Los_Angeles", -480, Dst::Us, true),
    z("America/Vancouver", -480, Dst::Us, false),
    z("America/Anchorage", -540, Dst::Us, true),
    z("Pacific/Honolulu", -600, Dst::None, true),
];

/// Abbreviations and names written after a time, and the zone each means.
/// Short capital abbreviations only count in capitals ("ET", not "et").
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ET", "America/New_York"),
    ("EST", "America/New_York"),
    ("EDT", "America/New_York"),
    ("Eastern", "America/New_York"),
    ("CT", "America/Chicago"),
    ("CST", "America/Chicago"),
    ("CDT", "America/Chicago"),
    ("MT", "America/Denver"),
    ("MST", "America/Denver"),
    ("MDT", "America/Denver"),
    ("PT", "America/Los_Angeles"),
    ("PST", "America/Los_Angeles"),
    ("PDT", "America/Los_Angeles"),
    ("Pacific", "America/Los_Angeles"),
    ("AKST", "America/Anchorage"),
    ("HST", "Pacific/Honolulu"),
    ("AST", "America/Halifax"),
    ("WET", "Europe/Lisbon"),
    ("WEST", "Europe/Lisbon"),
    ("CET", "Europe/Paris"),
    ("CEST", "Europe/Paris"),
    ("EET", "Europe/Athens"),
    ("EEST", "Europe/Athens"),
    ("MSK", "Europe/Moscow"),
    ("SAST", "Africa/Johannesburg"),
    ("GST", "Asia/Dubai"),
    ("PKT", "Asia/Karachi"),
    ("IST", "Asia/Kolkata"),
    ("SGT", "Asia/Singapore"),
    ("HKT", "Asia/Hong_Kong"),
    ("JST", "Asia/Tokyo"),
    ("KST", "Asia/Seoul"),
    ("AWST", "Australia/Perth"),
    ("ACST", "Australia/Adelaide"),
    ("ACDT", "Australia/Adelaide"),
    ("AEST", "Australia/Sydney"),
    ("AEDT", "Australia/Sydney"),
    ("AET", "Australia/Sydney"),
    ("NZST", "Pacific/Auckland"),
    ("NZDT", "Pacific/Auckland"),
    ("NZT", "Pacific/Auckland"),
    ("UK", "Europe/London"),
];

/// Names that need "Time" after them to be a zone ("Central Time", not
/// "Central Ave").
const NAMES_WITH_TIME: &[(&str, &str)] = &[
    ("central european", "Europe/Paris"),
    ("central", "America/Chicago"),
    ("mountain", "America/Denver"),
    ("british", "Europe/London"),
    ("india", "Asia/Kolkata"),
    ("indian", "Asia/Kolkata"),
];

/// Fixed abbreviations: what they name never changes with the season.
const FIXED: &[(&str, i32)] = &[("GMT", 0), ("UTC", 0), ("Z", 0), ("BST", 60)];

/// The rule for an IANA name, if the table has it.
pub(super) fn zone_by_name(name: &str) -> Option<&'static ZoneRule> {
    ZONES.iter().find(|z| z.name.eq_ignore_ascii_case(name))
}

/// The rule for a city named in the text ("London", "New York").
pub(super) fn zone_by_city(city: &str) -> Option<&'static ZoneRule> {
    ZONES.iter().find(|z| {
        z.name
            .rsplit('/')
            .next()
            .is_some_and(|c| c.replace('_', " ").eq_ignore_ascii_case(city))
    })
}

/// The zone an abbreviation or name means, for a user in `user`. "IST"
/// is Irish Standard Time to someone in Ireland, India's elsewhere.
pub(super) fn zone_by_abbreviation(word: &str, user: Option<&ZoneRule>) -> Option<Zone> {
    if word == "IST" && user.is_some_and(|u| u.name == "Europe/Dublin") {
        return zone_by_name("Europe/Dublin").map(Zone::Rule);
    }
    if let Some((_, minutes)) = FIXED.iter().find(|(a, _)| *a == word) {
        return fixed(*minutes).map(Zone::Fixed);
    }
    let short = word.len() <= 4;
    ABBREVIATIONS
        .iter()
        .find(|(a, _)| {
            if short {
                *a == word
            } else {
                a.eq_ignore_ascii_case(word)
            }
        })
        .and_then(|(_, name)| zone_by_name(name))
        .map(Zone::Rule)
}

/// The zone a name followed by "Time" means ("Central Time").
pub(super) fn zone_by_long_name(words: &str) -> Option<Zone> {
    NAMES_WITH_TIME
        .iter()
        .find(|(n, _)| *n == words)
        .and_then(|(_, name)| zone_by_name(name))
        .map(Zone::Rule)
}

pub(super) fn fixed(minutes: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(minutes * 60)
}

impl ZoneRule {
    /// The offset in force at a UTC instant.
    pub fn offset_at(&self, utc: &NaiveDateTime) -> FixedOffset {
        let minutes = self.standard + if self.in_dst(utc) { 60 } else { 0 };
        fixed(minutes).unwrap_or(FixedOffset::east_opt(0).expect("zero is an offset"))
    }

    fn in_dst(&self, utc: &NaiveDateTime) -> bool {
        let year = utc.year();
        // Local standard time: transitions are stated in it (or in UTC).
        let standard = *utc + TimeDelta::minutes(self.standard.into());
        let at = |date: Option<NaiveDate>, hour: u32| date.and_then(|d| d.and_hms_opt(hour, 0, 0));
        let between =
            |start: Option<NaiveDateTime>, end: Option<NaiveDateTime>, t| match (start, end) {
                (Some(s), Some(e)) => s <= t && t < e,
                _ => false,
            };
        match self.dst {
            Dst::None => false,
            Dst::Us => between(
                at(nth_sunday(year, 3, 2), 2),
                at(nth_sunday(year, 11, 1), 1),
                standard,
            ),
            Dst::Eu => between(
                at(last_sunday(year, 3), 1),
                at(last_sunday(year, 10), 1),
                *utc,
            ),
            Dst::AuSouth => !between(
                at(nth_sunday(year, 4, 1), 2),
                at(nth_sunday(year, 10, 1), 2),
                standard,
            ),
            Dst::Nz => !between(
                at(nth_sunday(year, 4, 1), 2),
                at(last_sunday(year, 9), 2),
                standard,
            ),
        }
    }
}

impl Zone {
    /// The instant a wall clock in this zone shows `local`. A time the
    /// clocks skip is read with the offset before the change; one they
    /// repeat, as its first occurrence.
    pub fn resolve(&self, local: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
        let offset = match self {
            Zone::Fixed(offset) => *offset,
            Zone::Rule(rule) => match offsets_of_local(&local, |utc| rule.offset_at(utc)) {
                MappedLocalTime::Single(o) | MappedLocalTime::Ambiguous(o, _) => o,
                MappedLocalTime::None => rule.offset_at(&(local - TimeDelta::days(1))),
            },
        };
        local.and_local_timezone(offset).single()
    }

    /// Where numeric dates are written month first, if the zone says.
    pub fn month_first(&self) -> Option<bool> {
        match self {
            Zone::Rule(rule) => Some(rule.month_first),
            Zone::Fixed(_) => None,
        }
    }
}

fn nth_sunday(year: i32, month: u32, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n)
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }?;
    let last = next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    last.checked_sub_days(chrono::Days::new(back.into()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
