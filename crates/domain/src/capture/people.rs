//! Who wrote: the contact's name, title and email, and the organisation
//! their signature names (which the company reader weighs).
//!
//! The signature is the surest source: the lines after a closing ("Kind
//! regards,"), a dash at the end ("— Megan, Brightline Health"), or the
//! last paragraph when it starts with a name. Failing that, an
//! introduction ("this is Jake Moreno", "it's Tom from"), a label
//! ("Interviewer:", "Organiser:") or "Jennifer Ames will call you".

use super::text::{Kind, Text};
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

/// Lines (or line starts) that close a message before the signature.
const CLOSINGS: &[&str] = &[
    "kind regards",
    "best regards",
    "warm regards",
    "regards",
    "best wishes",
    "with best wishes",
    "best",
    "thanks",
    "thank you",
    "many thanks",
    "thanks & regards",
    "thanks and regards",
    "cheers",
    "yours sincerely",
    "sincerely",
    "yours faithfully",
    "looking forward to it",
    "all the best",
    "ngā mihi",
    "good luck",
    "speak soon",
    "thx",
];

/// Capitalised words that are never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "team",
    "hr",
    "talent",
    "acquisition",
    "recruiting",
    "recruitment",
    "careers",
    "people",
    "the",
    "thanks",
    "regards",
    "best",
    "interview",
    "invitation",
    "phone",
    "screen",
    "video",
    "meeting",
    "microsoft",
    "sent",
    "subject",
    "hi",
    "hello",
    "dear",
    "our",
    "we",
    "i",
    "date",
    "time",
    "from",
    "great",
    "good",
    "looking",
    "please",
];

/// Words that make a signature line a job title rather than a company.
const TITLE_WORDS: &[&str] = &[
    "recruiter",
    "manager",
    "partner",
    "coordinator",
    "co-ordinator",
    "advisor",
    "adviser",
    "officer",
    "director",
    "lead",
    "head",
    "consultant",
    "executive",
    "assistant",
    "producer",
    "specialist",
    "ceo",
    "cto",
    "founder",
    "vp",
    "president",
    "pharmacist",
    "engineer",
    "generalist",
    "sourcer",
    "associate",
    "team",
    "administrator",
    "business",
    "owner",
    "principal",
];

/// Words of a team's name ("Early Careers Team", "Talent Acquisition").
const TEAM_WORDS: &[&str] = &[
    "team",
    "recruiting",
    "recruitment",
    "talent",
    "acquisition",
    "careers",
    "early",
    "hr",
    "people",
    "hiring",
];

/// Lower-case words inside names.
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "da", "di", "du", "le", "la", "bin", "al",
];

const HONORIFICS: &[&str] = &["dr", "mr", "mrs", "ms", "miss", "prof"];

/// Labelled lines whose value is not the writer's email (the candidate's
/// own address appears on them).
const OTHER_PEOPLES_LINES: &[&str] = &["to", "cc", "bcc", "guests", "who", "attendees"];

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

/// Where the signature starts: (token index of the name, whether on its
/// own line).
fn signature_start(text: &Text) -> Option<usize> {
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
        } else if text.toks[k].is_any(&["thanks", "cheers", "best"]) {
            if text.is(k + 1, ",") {
                k + 2
            } else {
                k + 1
            }
        } else {
            continue;
        };
        if text.tok(after).is_some_and(|t| t.capital()) && name_len(text, after) > 0 {
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

fn read_signature(text: &Text, start: usize, found: &mut Sender) {
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
        let spaced_dash = text.toks[k.min(text.toks.len() - 1)].is("-")
            && !(text.toks[k].joined && text.tok(k + 1).is_some_and(|n| n.joined));
        if k == to || text.toks[k].is_any(&[",", "|", "@", "(", ")"]) || spaced_dash {
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
mod tests {
    use super::*;

    fn who(text: &str) -> [Option<String>; 3] {
        let found = sender(&Text::new(text));
        [found.name, found.title, found.email].map(|h| h.map(|h| h.value))
    }

    fn some(values: [&str; 3]) -> [Option<String>; 3] {
        values.map(|v| (!v.is_empty()).then(|| v.to_string()))
    }

    #[test]
    fn signatures_after_a_closing() {
        assert_eq!(
            who("Hi,\n\nSee you then.\n\nKind regards,\n\nDr. Ana da Silva\nHead of People, Acme\nana@acme.io"),
            some(["Ana da Silva", "Head of People", "ana@acme.io"])
        );
        assert_eq!(
            who("Details below.\n\nBest,\nImogen Clarke | Talent Partner | Tidewater"),
            some(["Imogen Clarke", "Talent Partner", ""])
        );
        assert_eq!(
            who("Sounds good? — Theo Barnes, Co-founder & CEO")[1].as_deref(),
            Some("Co-founder & CEO")
        );
    }

    #[test]
    fn teams_are_organisations_not_people() {
        let found = sender(&Text::new(
            "Book a slot.\n\nNorthfield Mutual Insurance | Talent Acquisition",
        ));
        assert_eq!(found.name, None);
        assert_eq!(
            found.orgs.first().map(|o| o.value.as_str()),
            Some("Northfield Mutual Insurance")
        );
        let found = sender(&Text::new("Good luck!\nMarlowe Capital Early Careers Team"));
        assert_eq!(found.name, None);
        assert_eq!(
            found.orgs.first().map(|o| o.value.as_str()),
            Some("Marlowe Capital")
        );
    }

    #[test]
    fn names_from_introductions_and_labels() {
        assert_eq!(
            who("Hi Elena, this is Jake Moreno, a recruiter with Lattice Point."),
            some(["Jake Moreno", "Recruiter", ""])
        );
        assert_eq!(
            who("Organizer: lena.brandt@fernhill.de\nGuests: maya@example.com"),
            some(["Lena Brandt", "", "lena.brandt@fernhill.de"])
        );
        assert_eq!(
            who("To: me@example.com\nFrom a no-reply: no-reply@ats.com")[2],
            None
        );
    }
}
