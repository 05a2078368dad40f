//! The signature under a message: the writer's name, the title and
//! organisation on the lines after it, found after a closing ("Kind
//! regards,"), a dash at the end ("— Megan, Brightline Health"), or as the
//! last paragraph when that starts with a name.

use super::people::{name_len, Sender};
use super::text::{Kind, Text};
use super::words::*;
use super::Hit;

/// Where the signature starts: (token index of the name, whether on its
/// own line).
pub(super) fn signature_start(text: &Text) -> Option<usize> {
    let n = text.toks.len();
    // A closing on its own line, the name on the next non-blank line.
    for line in (0..text.lines.len()).rev() {
        let range = text.lines[line].clone();
        if range.is_empty() {
            continue;
        }
        let words = range
            .clone()
            .filter(|&k| text.toks[k].kind == Kind::Word || text.toks[k].is("&"))
            .map(|k| text.toks[k].lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let only_marks = range
            .clone()
            .all(|k| text.toks[k].kind == Kind::Word || text.toks[k].is_any(&["&", ",", "!", "."]));
        if only_marks && CLOSINGS.contains(&words.as_str()) {
            let next = (line + 1..text.lines.len()).find(|&l| !text.blank(l))?;
            return Some(text.lines[next].start);
        }
    }
    // A closing or a dash near the end: "Thanks, Callum Reid", "- Pete @".
    for k in (n.saturating_sub(14)..n).rev() {
        let after = if text.toks[k].is("-") {
            k + 1
        } else if text.toks[k].is_any(&["thanks", "cheers", "best", "regards"]) {
            if text.is(k + 1, ",") {
                k + 2
            } else {
                k + 1
            }
        } else {
            continue;
        };
        // Not inside brackets: "(Central Time - Chicago)" names a zone.
        let line = text.toks[k].line;
        let bracketed = (text.lines[line].start..k)
            .rev()
            .any(|j| text.toks[j].is("("))
            && !(text.lines[line].start..k).any(|j| text.toks[j].is(")"));
        // A name, or an organisation signing ("- ShiftPro Recruitment").
        let on_last_line = text.toks[k].line == text.toks[n - 1].line;
        let signs = name_len(text, after) > 0 || (on_last_line && text.toks[k].is("-"));
        if !bracketed && text.tok(after).is_some_and(|t| t.capital()) && signs {
            return Some(after);
        }
    }
    // The last paragraph, when it starts with a name or a team.
    let last = (0..text.lines.len()).rev().find(|&l| !text.blank(l))?;
    let mut first = last;
    while first > 0 && !text.blank(first - 1) {
        first -= 1;
    }
    let start = text.lines[first].start;
    let line_end = text.lines[first].end;
    let ends_sentence = text.toks[line_end - 1].is_any(&[".", "?", "!", ":"]);
    (first > 0 && line_end - start <= 10 && !ends_sentence && text.toks[start].capital())
        .then_some(start)
}

pub(super) fn read_signature(text: &Text, start: usize, found: &mut Sender) {
    let line = text.toks[start].line;
    let mut k = start;
    if text.toks[k].is_any(HONORIFICS) {
        k += if text.is(k + 1, ".") { 2 } else { 1 };
    }
    let len = name_len(text, k);
    let line_end = text.lines[line].end;
    let mut rest = k + len;
    // "Northfield Mutual Insurance | Talent Acquisition": an organisation
    // and its team, not a person and a title.
    let team_after = len > 0 && {
        let mut j = k + len;
        while text.is_any(j, &["|", ",", "-"]) {
            j += 1;
        }
        j < line_end && (j..line_end).all(|x| text.toks[x].is_any(TEAM_WORDS))
    };
    if len > 0 && !team_after {
        found.name = Some(Hit::from_toks(text, k, k + len));
    } else {
        // "HR Team", "Marlowe Capital Early Careers Team": an organisation.
        push_org(text, k, line_end, found);
        rest = line_end;
    }
    // The rest of the name's line: ", Title, Org", "| Title | Org", "@ Org",
    // "(Title, Org)".
    if rest < line_end {
        let parts = split_parts(text, rest, line_end);
        for (n, (s, e)) in parts.iter().enumerate() {
            let is_title =
                (*s..*e).any(|j| text.toks[j].is_any(TITLE_WORDS)) || (n == 0 && parts.len() > 1);
            if is_title && found.title.is_none() && !text.toks[*s..*e].iter().any(|t| t.is("@")) {
                found.title = Some(Hit::from_toks(text, *s, *e));
            } else {
                push_org(text, *s, *e, found);
            }
        }
    }
    // The lines under it: the title, then the organisation.
    for next_line in line + 1..line + 4 {
        let Some(range) = text.lines.get(next_line).cloned() else {
            break;
        };
        if range.is_empty() {
            break;
        }
        let has_contact = range
            .clone()
            .any(|j| text.toks[j].is_any(&["@", "http", "https"]))
            || range
                .clone()
                .filter(|&j| text.toks[j].kind == Kind::Number)
                .count()
                > 2;
        let parts = split_parts(text, range.start, range.end);
        let Some(&(s, e)) = parts.first() else {
            continue;
        };
        if has_contact && parts.len() == 1 {
            continue;
        }
        let titled = (s..e).any(|j| text.toks[j].is_any(TITLE_WORDS));
        if titled && found.title.is_none() && found.name.is_some() {
            found.title = Some(Hit::from_toks(text, s, e));
            for &(s, e) in &parts[1..] {
                push_org(text, s, e, found);
            }
        } else if text.toks[s].capital() {
            push_org(text, s, e, found);
        }
    }
}

/// Splits a stretch of a line at ",", "|", "@", "(" and ")".
fn split_parts(text: &Text, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut s = from;
    for k in from..=to {
        let splits = k == to
            || text.toks.get(k).is_some_and(|t| {
                // A dash splits only with a space on a side: "Co-founder" stays.
                let spaced_dash =
                    t.is("-") && !(t.joined && text.tok(k + 1).is_some_and(|n| n.joined));
                t.is_any(&[",", "|", "@", "(", ")"]) || spaced_dash
            });
        if splits {
            if k > s {
                parts.push((s, k));
            }
            s = k + 1;
        }
    }
    parts
}

/// An organisation from a signature, without team words after it
/// ("Prairie Bolt recruiting", "Cobalt Ridge Software Recruiting Team").
fn push_org(text: &Text, from: usize, mut to: usize, found: &mut Sender) {
    let mut from = from;
    while from < to && text.toks[from].is_any(TEAM_WORDS) {
        from += 1;
    }
    // "Verdant Energy Talent Acquisition", but keep "Redpath Recruitment".
    let mut cut = from;
    while cut < to && !text.toks[cut].is_any(TEAM_WORDS) {
        cut += 1;
    }
    let trailing_team = (cut..to).all(|k| text.toks[k].is_any(TEAM_WORDS));
    if cut < to && trailing_team && (to - cut > 1 || !text.toks[cut].capital()) {
        to = cut;
    }
    while to > from && text.toks[to - 1].is_any(&["|", ",", "-", ":"]) {
        to -= 1;
    }
    let fits = to > from
        && to - from <= 6
        && (from..to).all(|k| {
            let t = &text.toks[k];
            t.capital() || t.is_any(&["&", "and", "of", "."])
        });
    if fits {
        found.orgs.push(Hit::from_toks(text, from, to));
    }
}
