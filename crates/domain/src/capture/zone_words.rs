//! A zone as written after a time, optionally in brackets: "EST",
//! "(GMT)", "UTC+1", "Central European Time", "London time",
//! "Europe/Berlin", and Outlook's "(UTC+00:00) Dublin, Edinburgh, Lisbon,
//! London", where the named places' rules win over the bracketed offset.

use super::text::{Kind, Text};
use super::zones::{
    fixed, zone_by_abbreviation, zone_by_city, zone_by_long_name, zone_by_name, Zone, ZoneRule,
};

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
