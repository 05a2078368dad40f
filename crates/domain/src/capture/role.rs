//! The role: a labelled line ("Position:"), "the X role", "the position
//! of X", "application as X", "hiring a X", "interview for X", a calendar
//! title "Name <> Company (Role)" or a subject "Interview - Role".

use super::text::{Kind, Text};
use super::words::*;
use super::Hit;

/// The role: a labelled line, "the X role", "the position of X", "as X
/// at", "hiring a X", "interview for X", a subject "Interview - X".
pub(super) fn role(text: &Text) -> Option<Hit> {
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
        if t.is_any(&["role", "position", "post", "vacancy"]) && text.is(k + 1, "of") {
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
        // "application as Data Engineer", "joining us as a Junior
        // Developer", "applying to be a Barista".
        let as_a = t.is("as") || (t.is("be") && text.is(k.wrapping_sub(1), "to"));
        if as_a {
            let j = if text.is_any(k + 1, &["a", "an"]) {
                k + 2
            } else {
                k + 1
            };
            if let Some((s, e)) = title_run(text, j) {
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
        let inner = t.is_any(&["of", "and", "&", "/", "in"])
            && text.tok(e + 1).is_some_and(|n| n.capital());
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
