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
use super::text::{Kind, Text};
use super::Hit;

/// Nouns after a role's name ("the Junior Accountant role").
const ROLE_NOUNS: &[&str] = &["role", "position", "post", "opening", "vacancy", "job"];

/// Nouns that are part of the role's name ("Graduate Analyst Programme").
const ROLE_NAMES: &[&str] = &["programme", "program", "internship", "apprenticeship"];

/// Words before a role's name.
const DETERMINERS: &[&str] = &["the", "our", "a", "an", "this", "your", "their"];

/// Capitalised words that do not start an employer's name.
const NOT_COMPANIES: &[&str] = &[
    "i",
    "we",
    "our",
    "you",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "microsoft",
    "zoom",
    "teams",
    "google",
    "linkedin",
    "indeed",
    "hi",
    "hello",
    "dear",
    "thanks",
    "interview",
    "please",
    "series",
];

/// Legal forms that end a company's name.
const SUFFIXES: &[&str] = &[
    "ltd", "llp", "llc", "inc", "gmbh", "plc", "pvt", "co", "corp", "limited", "ag", "sa", "bv",
];

/// Words that make an organisation an agency ("Redpath Recruitment",
/// "Northstar Search").
const AGENCY_WORDS: &[&str] = &[
    "recruitment",
    "search",
    "staffing",
    "resourcing",
    "personnel",
    "headhunters",
];

/// Words that make it an agency only in a text about a client ("Summit
/// Talent Partners"; an employer's "Talent" team is not one).
const AGENCY_WORDS_WITH_CLIENT: &[&str] = &["talent", "recruiting", "partners"];

/// Words in a text that say an agency is writing for a client.
const CLIENT_CUES: &[&str] = &["client", "behalf", "agency", "recruiter"];

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
                || before.is_any(&["team", "here", "everyone", "recruiter", "talent"])
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
        if t.is_any(SUFFIXES) && t.capital() && k > 0 && text.toks[k - 1].capital() {
            add(6, run_ending_at(text, k + 1));
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
        let joins = t.is("&") && text.tok(e + 1).is_some_and(|n| n.capital());
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

/// The role: a labelled line, "the X role", "the position of X", "as X
/// at", "hiring a X", "interview for X", a subject "Interview - X".
fn role(text: &Text) -> Option<Hit> {
    for line in 0..text.lines.len() {
        if let Some((label, start)) = text.line_label(line) {
            if ["position", "role", "job title", "job", "vacancy"].contains(&label.as_str()) {
                let end = (start..text.lines[line].end)
                    .find(|&k| text.toks[k].is("("))
                    .unwrap_or(text.lines[line].end);
                if end > start {
                    return Some(Hit::from_toks(text, start, end));
                }
            }
        }
    }
    for k in 0..text.toks.len() {
        let t = &text.toks[k];
        if t.is_any(&["role", "position"]) && text.is(k + 1, "of") {
            if let Some((s, e)) = title_run(text, k + 2) {
                return Some(Hit::from_toks(text, s, e));
            }
        }
        if t.is_any(ROLE_NOUNS) || t.is_any(ROLE_NAMES) {
            let keep = usize::from(t.is_any(ROLE_NAMES));
            let mut s = k;
            while s > 0 && k - s < 6 {
                let b = &text.toks[s - 1];
                // "of" and "and" inside a capitalised title: "Head of Marketing".
                let joins_capitals = b.is_any(&["of", "and"])
                    && text.toks[s].capital()
                    && s >= 2
                    && text.toks[s - 2].capital();
                let part = b.kind == Kind::Number
                    || joins_capitals
                    || (b.kind == Kind::Word
                        && !b.is_any(DETERMINERS)
                        && !b.is_any(&["for", "as", "of", "to", "in", "at", "about", "and"]))
                    || b.is_any(&["&", "/", "-"]);
                if !part || b.line != t.line {
                    break;
                }
                s -= 1;
            }
            if s < k && s > 0 && text.toks[s - 1].is_any(DETERMINERS) {
                return Some(Hit::from_toks(text, s, k + keep));
            }
        }
        if t.is("as") && text.is(k.wrapping_sub(1), "application") {
            if let Some((s, e)) = title_run(text, k + 1) {
                return Some(Hit::from_toks(text, s, e));
            }
        }
        if (t.is_any(&["hiring", "recruiting"])
            || (t.is("for") && text.is(k.wrapping_sub(1), "looking")))
            && text.is_any(k + 1, &["a", "an"])
        {
            if let Some((s, e)) = title_run(text, k + 2) {
                return Some(Hit::from_toks(text, s, e));
            }
        }
        if t.is("interview") && text.is(k + 1, "for") {
            if let Some((s, e)) = title_run(text, k + 2) {
                return Some(Hit::from_toks(text, s, e));
            }
        }
    }
    calendar_or_subject(text).map(|(s, e)| Hit::from_toks(text, s, e))
}

/// "Name <> Company (Role)" in a calendar title, or a subject line
/// "Interview - Role" / "Interview invitation: Role".
fn calendar_or_subject(text: &Text) -> Option<(usize, usize)> {
    let pair = (1..text.toks.len()).find(|&k| text.is(k, ">") && text.is(k - 1, "<"));
    if let Some(k) = pair {
        let line_end = text.lines[text.toks[k].line].end;
        let open = (k..line_end).find(|&j| text.is(j, "("))?;
        return title_run(text, open + 1);
    }
    for line in text.lines.iter() {
        let Some(first) =
            (line.start..line.end.min(line.start + 3)).find(|&k| text.is(k, "interview"))
        else {
            continue;
        };
        let mut j = first + 1;
        while text.is_any(j, &["invitation", "confirmation", ":", "-"]) {
            j += 1;
        }
        if j > first + 1 {
            if let Some(run) = title_run(text, j) {
                return Some(run);
            }
        }
    }
    None
}

/// A job title from token `i`: capitalised words with "of", "and", "&",
/// numbers and "/" inside ("Head of Talent", "Senior 3D Artist").
fn title_run(text: &Text, i: usize) -> Option<(usize, usize)> {
    let first = text.tok(i)?;
    if !first.capital() || first.is_any(NOT_COMPANIES) {
        return None;
    }
    let mut e = i;
    while let Some(t) = text.tok(e) {
        let inner =
            t.is_any(&["of", "and", "&", "/"]) && text.tok(e + 1).is_some_and(|n| n.capital());
        let ok = t.line == first.line
            && (t.capital()
                || inner
                || (t.kind == Kind::Number
                    && t.raw.len() <= 2
                    && text.tok(e + 1).is_some_and(|n| n.joined && n.capital())));
        if !ok {
            break;
        }
        e += 1;
    }
    Some((i, e))
}
