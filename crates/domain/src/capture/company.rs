//! The employer, the role, and the recruiting agency when it is not the
//! employer.
//!
//! Each reading of the company is a candidate with a weight for how surely
//! its words name the employer ("the role at X" more than "from X"); the
//! heaviest wins, the earliest among equals. An organisation whose name is
//! an agency's ("Redpath Recruitment", "Northstar Search") in a text that
//! speaks of a client is the agency, and the employer is the next
//! candidate.

use super::people::Sender;
use super::role::role;
use super::text::{Kind, Text};
use super::words::*;
use super::Hit;

/// What the company reader found.
#[derive(Debug, Default)]
pub(super) struct Employer {
    pub company: Option<Hit>,
    pub role: Option<Hit>,
    pub agency: Option<Hit>,
}

pub(super) fn employer(text: &Text, sender: &Sender, place: Option<(usize, usize)>) -> Employer {
    let role = role(text);
    let mut candidates: Vec<(u8, Hit)> = Vec::new();
    let mut add = |weight: u8, run: Option<(usize, usize)>| {
        if let Some((s, e)) = run {
            candidates.push((weight, Hit::from_toks(text, s, e)));
        }
    };
    let domain = sender
        .email
        .as_ref()
        .and_then(|e| e.value.split('@').nth(1))
        .map(|d| d.to_lowercase().replace(['-', '.'], ""));
    for k in 0..text.toks.len() {
        let t = &text.toks[k];
        if let Some((label, start)) = text
            .line_label(t.line)
            .filter(|_| k == text.lines[t.line].start)
        {
            if ["company", "employer", "organisation", "organization"].contains(&label.as_str()) {
                add(10, org_run(text, start));
            }
        }
        if t.is("behalf") && text.is(k + 1, "of") {
            let mut j = k + 2;
            if text.is(j, "our") && text.is(j + 1, "client") {
                j += 2;
            }
            if text.is(j, ",") {
                j += 1;
            }
            add(9, org_run(text, j));
        }
        if t.is("client") && text.is_any(k.wrapping_sub(1), &["my", "our", "a"]) {
            let j = if text.is(k + 1, ",") { k + 2 } else { k + 1 };
            add(9, org_run(text, j));
        }
        if t.is_any(&["at", "with"]) && k > 0 {
            let before = &text.toks[k - 1];
            let weight = if before.is_any(ROLE_NOUNS) || before.is_any(ROLE_NAMES) {
                8
            } else if role.as_ref().is_some_and(|r| r.end == before.end)
                || before.is_any(&[
                    "team",
                    "here",
                    "everyone",
                    "recruiter",
                    "talent",
                ])
                // "interview at Globex", but "interview with Jordan" is a person.
                || (before.is("interview") && t.is("at"))
                || (before.capital() && before.is_any(&["recruiter", "lead", "manager", "partner"]))
            {
                7
            } else {
                0
            };
            if weight > 0 {
                add(weight, org_run(text, k + 1));
            }
        }
        if t.is_any(&["applying", "applied", "application"]) && text.is(k + 1, "to") {
            add(7, org_run(text, k + 2));
        }
        if t.is_any(&["joining", "join"]) {
            add(6, org_run(text, k + 1));
        }
        if t.is("@") || (t.is("from") && k > 0) {
            add(6, org_run(text, k + 1));
        }
        if t.is_any(&["would", "wants", "is", "has"]) && k > 0 {
            let next = text.tok(k + 1).map(|n| n.lower.as_str());
            if matches!(next, Some("like" | "to" | "hiring" | "been")) || t.is("wants") {
                add(5, run_ending_at(text, k));
            }
        }
        if t.is_any(&["<", "/"]) && (text.is(k + 1, ">") || t.is("/")) {
            let j = if t.is("<") { k + 2 } else { k + 1 };
            let title_line = text.lines[t.line]
                .clone()
                .any(|x| text.toks[x].is_any(&["interview", "screen", "call", "invitation"]));
            if title_line && k > 0 && text.toks[k - 1].capital() {
                add(8, org_run(text, j));
            }
        }
        // "Castleford Foods Ltd": a legal form is evidence enough, wherever
        // the name stands.
        if t.is_any(SUFFIXES) && t.capital() && k > 0 && text.toks[k - 1].capital() {
            let mut s = k;
            while s > 0 && k - s < 5 && text.toks[s - 1].capital() && same_line_as(text, s - 1, k) {
                s -= 1;
            }
            if !text.toks[s].is_any(NOT_COMPANIES) {
                add(6, Some((s, k + 1)));
            }
        }
    }
    if let Some((s, e)) = place {
        let comma = (s..e).find(|&k| text.toks[k].is(","));
        if let Some(c) = comma.filter(|&c| (s..c).all(|k| text.toks[k].capital())) {
            add(4, Some((s, c)));
        }
    }
    for (n, org) in sender.orgs.iter().enumerate() {
        let weight = if n == 0 { 5 } else { 4 };
        candidates.push((weight, org.clone()));
    }
    // The writer's email domain confirms a name ("cobaltridge.com").
    for (weight, hit) in candidates.iter_mut() {
        let key = squash(&hit.value);
        let first = squash(hit.value.split_whitespace().next().unwrap_or(""));
        if domain
            .as_ref()
            .is_some_and(|d| first.len() >= 4 && (d.contains(&first) || d.starts_with(&key)))
        {
            *weight += 2;
        }
    }
    let client_text = text.toks.iter().any(|t| t.is_any(CLIENT_CUES));
    let is_agency = |hit: &Hit| {
        let words: Vec<String> = hit
            .value
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        words.len() > 1
            && !hit.value.to_lowercase().contains("talent acquisition")
            && (has(AGENCY_WORDS) || (client_text && has(AGENCY_WORDS_WITH_CLIENT)))
    };
    let agency = candidates
        .iter()
        .find(|(_, h)| is_agency(h))
        .map(|(_, h)| h.clone());
    let company = candidates
        .iter()
        .filter(|(_, h)| {
            agency
                .as_ref()
                .is_none_or(|a| squash(&a.value) != squash(&h.value))
        })
        .filter(|(_, h)| {
            role.as_ref()
                .is_none_or(|r| squash(&r.value) != squash(&h.value))
        })
        .fold(None::<&(u8, Hit)>, |best, c| match best {
            Some(b) if b.0 > c.0 || (b.0 == c.0 && b.1.start <= c.1.start) => Some(b),
            _ => Some(c),
        })
        .map(|(_, h)| h.clone());
    Employer {
        company,
        role,
        agency,
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An organisation's name from token `i`: capitalised words, with "&"
/// and a legal form; "the" before it is skipped.
fn org_run(text: &Text, mut i: usize) -> Option<(usize, usize)> {
    if text.is(i, "the") {
        i += 1;
    }
    let first = text.tok(i)?;
    if !first.capital() || first.is_any(NOT_COMPANIES) {
        return None;
    }
    let mut e = i;
    while e < text.toks.len() && e - i < 6 {
        let t = &text.toks[e];
        // "Pennant & Lowe", "University of Northbridge".
        let joins = t.is_any(&["&", "of"]) && e > i && text.tok(e + 1).is_some_and(|n| n.capital());
        // "Umbrella plc": a legal form in any case ends the name.
        if e > i && t.is_any(SUFFIXES) && same_line_as(text, e, i) {
            e += 1;
            break;
        }
        let same_line = t.line == first.line;
        if !(same_line
            && (t.capital()
                || joins
                || (t.kind == Kind::Word
                    && t.raw.len() >= 2
                    && t.raw.chars().all(|c| c.is_uppercase()))))
        {
            break;
        }
        e += 1;
    }
    (e > i).then_some((i, e))
}

/// The capitalised run that ends just before token `end`.
fn run_ending_at(text: &Text, end: usize) -> Option<(usize, usize)> {
    let mut s = end;
    while s > 0 && end - s < 5 {
        let t = &text.toks[s - 1];
        if !(t.capital() || t.is("&")) || t.line != text.toks[end.min(text.toks.len()) - 1].line {
            break;
        }
        s -= 1;
    }
    if s == end {
        return None;
    }
    // Only at the start of a sentence or line: "Bitterlake Studios would".
    let starts = s == 0
        || text.toks[s - 1].is_any(&[".", "!", "?", "-", ":"])
        || text.toks[s - 1].line != text.toks[s].line;
    (starts && !text.toks[s].is_any(NOT_COMPANIES)).then_some((s, end))
}

fn same_line_as(text: &Text, a: usize, b: usize) -> bool {
    text.toks[a].line == text.toks[b].line
}
