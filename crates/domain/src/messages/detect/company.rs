//! Another company's name where the opportunity's belongs, pasted from an
//! earlier draft. Conservative on purpose: a name counts as a company only
//! with a cue ("the role at Globex", "the Globex team", "Globex Ltd"), and
//! never when the words around it make it the writer's own employer ("I've
//! accepted a role at Hooli"). A name found that way is then flagged
//! wherever else it appears capitalised.

use crate::messages::request::Span;
use crate::messages::scan::{merge_overlapping, Scanned};
use crate::messages::words::{
    AT, AT_COMPANY, COMPANY_SUFFIXES, DEPARTMENTS, MONTHS, NAME_FILLERS, OWN_EMPLOYER,
    OWN_EMPLOYER_WINDOW, OWN_POSSESSIVES, TEAM, THE, WEEKDAYS,
};

/// The longest run of capitalised words read as one name.
const MAX_NAME_WORDS: usize = 4;

/// The opportunity's company, read once per check: the words that tell
/// it from another.
pub(in crate::messages) struct Company {
    keys: Vec<String>,
}

impl Company {
    /// `None` when the name has no words to compare.
    pub(in crate::messages) fn new(name: &str) -> Option<Company> {
        let ours = Scanned::new(name);
        let mut keys = keys(&ours, 0, ours.words.len());
        if keys.is_empty() {
            keys = (0..ours.words.len()).map(|i| key(ours.word(i))).collect();
        }
        (!keys.is_empty()).then_some(Company { keys })
    }
}

/// Spans naming a company other than `ours`.
pub(in crate::messages) fn other_companies(text: &Scanned, ours: &Company) -> Vec<Span> {
    let our_keys = &ours.keys;
    let mut found = Vec::new();
    let mut others: Vec<String> = Vec::new();
    let mut i = 0;
    while i < text.words.len() {
        let Some(last) = name_at(text, i) else {
            i += 1;
            continue;
        };
        let name = keys(text, i, last + 1);
        let ours_too =
            name.iter().any(|k| our_keys.contains(k)) || name.concat() == our_keys.concat();
        if !name.is_empty() && !ours_too {
            found.push(Span {
                start: text.words[i].start,
                end: text.words[last].end,
            });
            // Its first word tells it apart; a later one may be common
            // ("Harbour Analytics" and "the Analytics team").
            others.extend(name.into_iter().take(1));
        }
        i = last + 1;
    }
    // The same name elsewhere, capitalised: "with Globex", "Globex's".
    if !others.is_empty() {
        for (j, word) in text.words.iter().enumerate() {
            if text.capital[j] && others.contains(&key(text.word(j))) {
                found.push(*word);
            }
        }
    }
    merge_overlapping(&mut found);
    found
}

/// Whether `text` names the company (any of its telling words, any case).
pub(in crate::messages) fn names_company(text: &Scanned, ours: &Company) -> bool {
    (0..text.words.len()).any(|j| ours.keys.contains(&key(text.word(j))))
}

/// If a cued company name starts at token `i`, its last token (suffixes
/// and a trailing "Team" left out).
fn name_at(text: &Scanned, i: usize) -> Option<usize> {
    let never =
        |j: usize| text.word_is(j, WEEKDAYS) || text.word_is(j, MONTHS) || text.word(j) == ['i'];
    if !text.capital[i] {
        return None;
    }
    let mut run_last = i;
    while run_last + 1 < text.words.len()
        && run_last + 1 - i < MAX_NAME_WORDS
        && text.capital[run_last + 1]
        && joins(text, run_last)
    {
        run_last += 1;
    }
    let mut last = run_last;
    while last > i && (text.word_is(last, COMPANY_SUFFIXES) || text.word_is(last, TEAM)) {
        last -= 1;
    }
    // A suffix is capitalised, so it is in the run ("Globex Ltd").
    let suffixed =
        last < run_last && (last + 1..=run_last).any(|j| text.word_is(j, COMPANY_SUFFIXES));
    // Most capitalised words have no cue at all: leave before the costlier
    // checks (this runs on every keystroke).
    let mut before = text.before_in_clause(i, 2);
    let (previous, noun) = (before.next(), before.next());
    let after_the = previous.is_some_and(|p| text.word_is(p, THE));
    let after_at = previous.is_some_and(|p| text.word_is(p, AT));
    if !(suffixed || after_the || after_at) || (i..=last).any(never) {
        return None;
    }
    let at_company =
        after_at && noun.is_some_and(|n| text.word_is(n, AT_COMPANY) && !own_employer(text, n));
    let the_team = after_the
        && text.word_is(last + 1, TEAM)
        && joins(text, last)
        && !(i..=last).all(|j| text.word_is(j, DEPARTMENTS))
        && !own_employer(text, i);
    let cued = at_company || the_team || (suffixed && !own_employer(text, i));
    cued.then_some(last)
}

/// Words before token `noun` that make the name after it the writer's own
/// employer, past, present or next.
fn own_employer(text: &Scanned, noun: usize) -> bool {
    (noun > 0 && text.word_is(noun - 1, OWN_POSSESSIVES))
        || text
            .before_in_clause(noun, OWN_EMPLOYER_WINDOW)
            .any(|j| text.word_is(j, OWN_EMPLOYER))
}

/// Whether tokens `j` and `j + 1` are one name: only spaces or an
/// ampersand between them ("Procter & Gamble").
fn joins(text: &Scanned, j: usize) -> bool {
    match text.words.get(j + 1) {
        Some(next) => text.chars[text.words[j].end..next.start]
            .iter()
            .all(|c| *c == ' ' || *c == '&'),
        None => false,
    }
}

/// The words that tell a company from another: folded, without a
/// possessive "'s", fillers ("the", "and") or suffixes ("Ltd").
fn keys(text: &Scanned, from: usize, to: usize) -> Vec<String> {
    (from..to)
        .filter(|&j| {
            !text.word_is(j, NAME_FILLERS)
                && !text.word_is(j, COMPANY_SUFFIXES)
                && !text.word_is(j, TEAM)
        })
        .map(|j| key(text.word(j)))
        .collect()
}

fn key(word: &[char]) -> String {
    word.strip_suffix(&['\'', 's'])
        .unwrap_or(word)
        .iter()
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The names flagged in `text` when the message is for `company`.
    fn check(text: &str, company: &str, expected: &[&str]) {
        let ours = Company::new(company).unwrap_or(Company { keys: Vec::new() });
        let found = other_companies(&Scanned::new(text), &ours);
        let got: Vec<&str> = found.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(got, expected, "in {text:?} for {company:?}");
    }

    #[test]
    fn another_company_after_a_cue_and_wherever_else_it_appears() {
        let text = "Thanks for the role at Globex. Globex was kind.";
        check(text, "Initech", &["Globex", "Globex"]);
        check("I enjoyed meeting the Globex team.", "Initech", &["Globex"]);
        check(
            "Thanks to all at Blue Yonder Ltd.",
            "Initech",
            &["Blue Yonder"],
        );
        check(
            "The role at Blue Yonder Ltd was clear.",
            "Initech",
            &["Blue Yonder"],
        );
        check(
            "An offer from Umbrella Corp, sadly.",
            "Initech",
            &["Umbrella"],
        );
    }

    #[test]
    fn never_the_real_company_people_departments_or_own_employers() {
        for text in [
            "Thank you for the interview at Initech Ltd and the Initech team.",
            "Thank you for the role at INITECH's Leeds office.",
            "I spoke with Jordan Lee and the Data team about the role at Initech.",
            "I've accepted a role at Hooli, and my current role at Umbrella ends.",
            "I'll be joining the Hooli team. Globex was my first interview.",
            "The interview at Thursday is off.",
        ] {
            check(text, "Initech Ltd", &[]);
        }
        check("The role at North Wind was great.", "NorthWind", &[]);
    }
}
