//! Who wrote: the contact's name, title and email, and the organisation
//! their signature names (which the company reader weighs).
//!
//! The signature is the surest source: the lines after a closing ("Kind
//! regards,"), a dash at the end ("— Megan, Brightline Health"), or the
//! last paragraph when it starts with a name. Failing that, an
//! introduction ("this is Jake Moreno", "it's Tom from"), a label
//! ("Interviewer:", "Organiser:") or "Jennifer Ames will call you".

use super::signature::{read_signature, signature_start};
use super::text::{Kind, Text};
use super::words::*;
use super::Hit;

/// What the text says about its writer.
#[derive(Debug, Default)]
pub(super) struct Sender {
    pub name: Option<Hit>,
    pub title: Option<Hit>,
    pub email: Option<Hit>,
    /// Organisations named in the signature, first the surest.
    pub orgs: Vec<Hit>,
}

pub(super) fn sender(text: &Text) -> Sender {
    let mut found = Sender {
        email: email(text),
        ..Sender::default()
    };
    if let Some(start) = signature_start(text) {
        read_signature(text, start, &mut found);
    }
    if found.name.is_none() {
        found.name = named_elsewhere(text, &mut found);
    }
    if found.title.is_none() && found.name.is_some() {
        found.title = title_from_introduction(text);
    }
    found
}

/// "I'm the Head of Talent at Orchard Row", "I am a Technical Recruiter
/// with": the writer's title.
fn title_from_introduction(text: &Text) -> Option<Hit> {
    (0..text.toks.len()).find_map(|k| {
        let intro = text.is(k, "i'm") || (text.is(k, "i") && text.is(k + 1, "am"));
        let j = if text.is(k, "i'm") { k + 1 } else { k + 2 };
        if !intro || !text.is_any(j, &["a", "an", "the"]) {
            return None;
        }
        let s = j + 1;
        let e =
            (s..text.toks.len().min(s + 6)).find(|&x| text.is_any(x, &["at", "with", "for"]))?;
        let titled = (s..e).all(|x| text.toks[x].kind == Kind::Word || text.is(x, "&"));
        (e > s && e - s <= 4 && titled).then(|| {
            let mut hit = Hit::from_toks(text, s, e);
            if !text.toks[s].capital() {
                hit.value = hit
                    .value
                    .split(' ')
                    .map(capitalise)
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            hit
        })
    })
}

/// How many tokens from `k` make a person's name (0 if none).
pub(super) fn name_len(text: &Text, k: usize) -> usize {
    let mut n = 0;
    while n < 4 {
        let Some(t) = text.tok(k + n) else { break };
        // "Pieter de Vries", "Ana da Silva".
        let particle =
            n > 0 && t.is_any(PARTICLES) && text.tok(k + n + 1).is_some_and(|next| next.capital());
        if particle {
            n += 1;
            continue;
        }
        if !(t.capital() && t.kind == Kind::Word)
            || t.is_any(NOT_NAMES)
            || (n > 0 && !t_on_line(text, k, k + n))
        {
            break;
        }
        n += 1;
    }
    // Any capitalised word straight after makes it a longer name or an
    // organisation ("Hollis Brandt LLP Talent Acquisition").
    let next = text.tok(k + n);
    if n == 0 || next.is_some_and(|t| t.capital() && t.line == text.toks[k].line) {
        return 0;
    }
    n
}

fn t_on_line(text: &Text, a: usize, b: usize) -> bool {
    text.toks[a].line == text.toks[b].line
}

/// A name from an introduction, a label or "X will call you".
fn named_elsewhere(text: &Text, found: &mut Sender) -> Option<Hit> {
    for k in 0..text.toks.len() {
        let t = &text.toks[k];
        // "this is Jake Moreno, a recruiter with", "it's Grace from".
        let intro = (t.is("is") && text.is(k.wrapping_sub(1), "this"))
            || t.is_any(&["it's", "its"])
            || (t.is("is") && text.is(k.wrapping_sub(1), "name"));
        if intro {
            let len = name_len(text, k + 1);
            if len > 0 {
                if text.is(k + 1 + len, ",") && text.is_any(k + 2 + len, &["a", "an", "the"]) {
                    let s = k + 3 + len;
                    let e = (s..text.toks.len().min(s + 4))
                        .find(|&j| text.toks[j].is_any(&["at", "with", "from", ",", "."]))
                        .unwrap_or(s);
                    if e > s {
                        let mut title = Hit::from_toks(text, s, e);
                        title.value = capitalise(&title.value);
                        found.title = Some(title);
                    }
                }
                return Some(Hit::from_toks(text, k + 1, k + 1 + len));
            }
        }
        // "Interviewer: Marcus Bell, Director of Customer Success".
        if t.is(":")
            && k > 0
            && text.toks[k - 1].is_any(&["interviewer", "organiser", "organizer", "contact"])
        {
            let len = name_len(text, k + 1);
            if len > 0 {
                let line_end = text.lines[t.line].end;
                let has_email = (k + 2 + len..line_end).any(|x| text.toks[x].is("@"));
                if text.is(k + 1 + len, ",") && k + 2 + len < line_end && !has_email {
                    found.title = Some(Hit::from_toks(text, k + 2 + len, line_end));
                }
                // "Lisa Chen (Marketing Manager)".
                if text.is(k + 1 + len, "(") {
                    let close = (k + 2 + len..line_end).find(|&x| text.is(x, ")"));
                    if let Some(close) = close.filter(|&c| c > k + 2 + len) {
                        found.title = Some(Hit::from_toks(text, k + 2 + len, close));
                    }
                }
                return Some(Hit::from_toks(text, k + 1, k + 1 + len));
            }
            let next_start = text.tok(k + 1).map(|t| t.start);
            if let Some(email) = found.email.as_ref().filter(|e| Some(e.start) == next_start) {
                return name_from_email(email);
            }
        }
        // "Jennifer Ames will call you", "Gemma Price (organiser)",
        // "Priyanka (our VP Eng)".
        let len = if t.capital() { name_len(text, k) } else { 0 };
        if len > 0 && (k == 0 || !text.toks[k - 1].capital()) {
            let after = k + len;
            if text.is(after, "will") && text.is_any(after + 1, &["call", "ring", "phone"]) {
                return Some(Hit::from_toks(text, k, after));
            }
            if text.is(after, "(") {
                if text.is_any(after + 1, &["organiser", "organizer"]) {
                    return Some(Hit::from_toks(text, k, after));
                }
                if text.is_any(after + 1, &["our", "the"]) {
                    if let Some(close) = (after + 2..after + 8).find(|&j| text.is(j, ")")) {
                        found.title = Some(Hit::from_toks(text, after + 2, close));
                        return Some(Hit::from_toks(text, k, after));
                    }
                }
            }
        }
    }
    None
}

/// "lena.brandt@…" is Lena Brandt.
fn name_from_email(email: &Hit) -> Option<Hit> {
    let local = email.value.split('@').next()?;
    let (first, last) = local.split_once('.')?;
    if first.len() < 2 || last.len() < 2 || !local.chars().all(|c| c.is_alphabetic() || c == '.') {
        return None;
    }
    Some(Hit {
        value: format!("{} {}", capitalise(first), capitalise(last)),
        start: email.start,
        end: email.end,
    })
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The writer's email: the first address not on a recipients' line and
/// not a no-reply one.
fn email(text: &Text) -> Option<Hit> {
    let chars = &text.chars;
    let ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    for at in (0..chars.len()).filter(|&i| chars[i] == '@') {
        let mut s = at;
        while s > 0 && ok(chars[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < chars.len() && (chars[e].is_ascii_alphanumeric() || ".-".contains(chars[e])) {
            e += 1;
        }
        while e > at + 1 && chars[e - 1] == '.' {
            e -= 1;
        }
        let address: String = chars[s..e].iter().collect();
        let Some((local, domain)) = address.split_once('@') else {
            continue;
        };
        if local.is_empty() || !domain.contains('.') {
            continue;
        }
        let plain = local.replace(['-', '_', '.'], "").to_lowercase();
        if plain.contains("noreply") || plain.contains("donotreply") {
            continue;
        }
        let tok = text
            .toks
            .iter()
            .position(|t| t.start <= at && at < t.end.max(t.start + 1));
        let line_label = tok.and_then(|k| text.label_of(k));
        let on_others = line_label.is_some_and(|l| OTHER_PEOPLES_LINES.contains(&l.as_str()))
            || tok.is_some_and(|k| {
                let line = text.toks[k].line;
                text.lines[line]
                    .clone()
                    .next()
                    .is_some_and(|f| text.toks[f].is("invitation"))
            });
        if on_others {
            continue;
        }
        return Some(Hit {
            value: address,
            start: s,
            end: e,
        });
    }
    None
}

#[cfg(test)]
mod tests;
