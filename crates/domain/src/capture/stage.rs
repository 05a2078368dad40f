//! What kind of interview it is: the stage (the notice rules follow it),
//! the format, the meeting service and, in person, the address.
//!
//! The stage is read from the strongest cue: a final or panel round is
//! `final` however it is held (a video final is stage final, format
//! video); then a screening; then in person; then video. The format is in
//! person when the text sends the person somewhere, video when a service
//! or video is named, and phone when a call is.

use crate::InterviewStage;

use super::text::{Kind, Text};
use super::words::*;
use super::InterviewFormat;

/// A cue and the tokens it was read from.
pub(super) type Cue<T> = Option<(T, usize, usize)>;

/// The meeting service named in the text, first in the text.
pub(super) fn meeting_service(text: &Text) -> Cue<&'static str> {
    let mut best: Cue<&'static str> = None;
    for (phrase, name) in SERVICES {
        let found = if phrase.contains('.') {
            let (a, b) = phrase.split_once('.').unwrap_or((phrase, ""));
            text.find_phrase(&format!("{a} . {b}"))
                .into_iter()
                .find(|&(s, _)| text.toks[s + 1].joined)
        } else {
            text.find_phrase(phrase)
                .into_iter()
                .find(|&(s, _)| !CAPITALISED_ONLY.contains(phrase) || text.toks[s].capital())
        };
        if let Some((s, e)) = found {
            if best.is_none_or(|(_, bs, _)| s < bs) {
                best = Some((name, s, e));
            }
        }
    }
    best
}

/// The interview's stage. Without a word for it, an address makes it in
/// person and a meeting service a video interview.
pub(super) fn stage(
    text: &Text,
    place: Option<(usize, usize)>,
    service: Cue<&str>,
) -> Cue<InterviewStage> {
    let cues = [
        (FINAL, InterviewStage::Final),
        (SCREENING, InterviewStage::PhoneScreen),
        (IN_PERSON, InterviewStage::InPerson),
    ];
    for (phrases, stage) in cues {
        if let Some((s, e)) = first(text, phrases) {
            return Some((stage, s, e));
        }
    }
    if let Some((s, e)) = place {
        return Some((InterviewStage::InPerson, s, e));
    }
    if let Some((s, e)) = first(text, VIDEO) {
        return Some((InterviewStage::Video, s, e));
    }
    if let Some((_, s, e)) = service {
        return Some((InterviewStage::Video, s, e));
    }
    // A call with no other word for the round is a phone screen.
    first(text, PHONE).map(|(s, e)| (InterviewStage::PhoneScreen, s, e))
}

/// How it is held.
pub(super) fn format(
    text: &Text,
    place: Option<(usize, usize)>,
    service: Cue<&str>,
) -> Cue<InterviewFormat> {
    if let Some((s, e)) = first(text, IN_PERSON).or(place) {
        return Some((InterviewFormat::InPerson, s, e));
    }
    if let Some((_, s, e)) = service {
        return Some((InterviewFormat::Video, s, e));
    }
    if let Some((s, e)) = first(text, VIDEO) {
        return Some((InterviewFormat::Video, s, e));
    }
    first(text, PHONE).map(|(s, e)| (InterviewFormat::Phone, s, e))
}

fn first(text: &Text, phrases: &[&str]) -> Option<(usize, usize)> {
    phrases
        .iter()
        .filter_map(|p| text.find_phrase(p).into_iter().next())
        .min_by_key(|&(s, _)| s)
}

/// The address of an in-person interview, as (first token, end token).
pub(super) fn location(text: &Text) -> Option<(usize, usize)> {
    for line in 0..text.lines.len() {
        let Some((label, start)) = text.line_label(line) else {
            continue;
        };
        let end = text.lines[line].end;
        if LABELS.contains(&label.as_str()) && start < end && !remote(text, start, end) {
            return Some((start, end));
        }
    }
    for cue in ADDRESS_CUES {
        for (_, after) in text.find_phrase(cue) {
            if let Some(found) = address_from(text, after) {
                return Some(found);
            }
        }
    }
    (1..text.toks.len())
        .filter(|&i| {
            text.toks[i].is_any(STREETS) && text.toks[i].capital() && text.toks[i - 1].capital()
        })
        .find_map(|street| address_around(text, street))
}

/// The address starting at token `from`, when it starts with a number.
fn address_from(text: &Text, from: usize) -> Option<(usize, usize)> {
    let first = text.tok(from)?;
    let line = first.line;
    let part = address_part(text, line);
    let mut to = from;
    while to < text.toks.len() && part(to) && !text.toks[to].is_any(&["on", "at"]) {
        to += 1;
    }
    while to > from && text.toks[to - 1].is(",") {
        to -= 1;
    }
    (first.kind == Kind::Number && to > from + 1).then_some((from, to))
}

fn address_part(text: &Text, line: usize) -> impl Fn(usize) -> bool + '_ {
    move |k: usize| {
        let t = &text.toks[k];
        t.line == line
            && (t.capital()
                || t.kind == Kind::Number
                || t.is_any(ADDRESS_WORDS)
                || t.is_any(&[",", "#", "-"])
                || t.raw
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    }
}

/// The address around a street name, if it has a number in it (a
/// building or a postcode): "Orchard Row, a small fintech" is a company.
fn address_around(text: &Text, street: usize) -> Option<(usize, usize)> {
    let line = text.toks[street].line;
    let part = address_part(text, line);
    let mut from = street;
    while from > 0 && (part(from - 1) || initial_dot(text, from - 1)) {
        from -= 1;
    }
    while text.toks[from].is(",") {
        from += 1;
    }
    let mut to = street + 1;
    while to < text.toks.len() && part(to) && !text.toks[to].is_any(&["on", "at"]) {
        to += 1;
    }
    while to > from && text.toks[to - 1].is(",") {
        to -= 1;
    }
    (from..to)
        .any(|k| text.toks[k].kind == Kind::Number)
        .then_some((from, to))
}

/// "N." in "1550 N. Central Ave".
fn initial_dot(text: &Text, k: usize) -> bool {
    text.toks[k].is(".") && k > 0 && text.toks[k - 1].raw.len() == 1 && text.toks[k - 1].capital()
}

/// A labelled place that is a link or a meeting service, not an address.
fn remote(text: &Text, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        text.toks[k].is_any(&["http", "https", "online", "virtual", "tbc", "remote"])
            || SERVICES
                .iter()
                .any(|(p, _)| !p.contains(' ') && text.toks[k].is(p))
    })
}

#[cfg(test)]
mod tests;
