//! Detectors that need more than a phrase list: money amounts, gaps
//! left unfilled, exclamation marks and run-on sentences here; phrases
//! read in their clause (`context`), another company's name (`company`)
//! and slips from filled-in fields (`slips`) beside.

mod company;
mod context;
mod slips;

pub(super) use company::{names_company, other_companies, Company};
pub(super) use context::{
    blame_and_criticism, contradictory_promises, over_apology, states_decision, unnegated,
    vague_excuses,
};
pub(super) use slips::field_slips;

use super::request::Span;
use super::scan::{merge_overlapping, word_matches, Scanned};
use super::words::{CURRENCY_SIGNS, CURRENCY_WORDS, MAX_SENTENCE_WORDS, SALARY};

/// Money amounts and salary talk: "$80,000", "£45k", "80k", "60 000
/// euros", "USD 90", "my salary is".
/// Words just before a figure that make it the person's own ask.
const OWN_ASK_WORDS: &[&str] = &["reach", "reaches", "reached", "around", "least"];

pub(super) fn salary_figures(text: &Scanned) -> Vec<Span> {
    let mut found = text.find_any(&SALARY);
    let words = &text.words;
    for (i, word) in words.iter().enumerate() {
        let token = text.word(i);
        if !token[0].is_ascii_digit() {
            continue;
        }
        let (last, number_end) = number_end(text, i);
        let thousands = token.len() > 1
            && token[token.len() - 1] == 'k'
            && token[..token.len() - 1].iter().all(char::is_ascii_digit);
        let sign = currency_sign_before(text, word.start);
        let word_after = words.get(last + 1).filter(|next| {
            gap_is_space(text, number_end, next.start) && is_currency_word(text, last + 1)
        });
        let word_before = i
            .checked_sub(1)
            .filter(|&p| gap_is_space(text, words[p].end, word.start) && is_currency_word(text, p));
        let start = sign
            .or(word_before.map(|p| words[p].start))
            .unwrap_or(word.start);
        let end = word_after.map_or(number_end, |next| next.end);
        // "If the role could reach £65,000": the person naming their own
        // figure, the door a pay decline may leave open (the advice says to
        // name it), not another employer's pay overshared.
        let own_ask = (i.saturating_sub(4)..i).any(|p| text.word_is(p, OWN_ASK_WORDS));
        let figure = thousands || sign.is_some() || word_after.is_some() || word_before.is_some();
        if figure && !own_ask {
            found.push(Span { start, end });
        }
    }
    merge_overlapping(&mut found);
    found
}

/// Gaps still to fill: `[Anything short]` on one line, or `{field_name}`.
pub(super) fn unfilled(chars: &[char]) -> Vec<Span> {
    /// A bracketed note longer than this is prose, not a placeholder.
    const MAX_INSIDE: usize = 60;
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let close = match chars[i] {
            '[' => chars[i + 1..]
                .iter()
                .take(MAX_INSIDE + 1)
                .position(|c| matches!(c, ']' | '[' | '\n'))
                .filter(|&n| n > 0 && chars[i + 1 + n] == ']'),
            '{' => chars[i + 1..]
                .iter()
                .position(|c| !(c.is_alphanumeric() || *c == '_'))
                .filter(|&n| n > 0 && chars[i + 1 + n] == '}'),
            _ => None,
        };
        match close {
            Some(n) => {
                found.push(Span {
                    start: i,
                    end: i + n + 2,
                });
                i += n + 2;
            }
            None => i += 1,
        }
    }
    found
}

/// Each run of exclamation marks.
pub(super) fn exclamations(chars: &[char]) -> Vec<Span> {
    let mut found: Vec<Span> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if *c != '!' {
            continue;
        }
        match found.last_mut() {
            Some(last) if last.end == i => last.end = i + 1,
            _ => found.push(Span {
                start: i,
                end: i + 1,
            }),
        }
    }
    found
}

/// Sentences (split at `.`, `!`, `?` and line breaks) with more than
/// `MAX_SENTENCE_WORDS` words, and their word counts.
pub(super) fn long_sentences(text: &Scanned) -> Vec<(Span, usize)> {
    let words = &text.words;
    let mut found = Vec::new();
    let mut first = 0;
    for i in 1..=words.len() {
        let ends = i == words.len()
            || text.chars[words[i - 1].end..words[i].start]
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?' | '\n'));
        if ends {
            let count = i - first;
            if count > MAX_SENTENCE_WORDS {
                let span = Span {
                    start: words[first].start,
                    end: words[i - 1].end,
                };
                found.push((span, count));
            }
            first = i;
        }
    }
    found
}

/// The last token and character end of a number that may continue as
/// "80,000" or "1.5".
fn number_end(text: &Scanned, index: usize) -> (usize, usize) {
    let mut last = index;
    while let Some(next) = text.words.get(last + 1) {
        let gap = &text.chars[text.words[last].end..next.start];
        let digits = text.word(last + 1).iter().all(char::is_ascii_digit);
        if digits && matches!(gap, [',' | '.' | ' ']) {
            last += 1;
        } else {
            break;
        }
    }
    (last, text.words[last].end)
}

/// A currency sign right before `start`, perhaps with one space between.
fn currency_sign_before(text: &Scanned, start: usize) -> Option<usize> {
    let before = |n: usize| start.checked_sub(n).map(|i| (i, text.chars[i]));
    match (before(1), before(2)) {
        (Some((i, c)), _) if CURRENCY_SIGNS.contains(&c) => Some(i),
        (Some((_, ' ')), Some((i, c))) if CURRENCY_SIGNS.contains(&c) => Some(i),
        _ => None,
    }
}

fn is_currency_word(text: &Scanned, index: usize) -> bool {
    let token = text.word(index);
    CURRENCY_WORDS.iter().any(|w| word_matches(token, w))
}

fn gap_is_space(text: &Scanned, from: usize, to: usize) -> bool {
    text.chars[from..to].iter().all(|c| c.is_whitespace())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(found: Vec<Span>, text: &str, expected: &[&str]) {
        let got: Vec<&str> = found.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn money_amounts_in_any_common_form() {
        let text = "Offered $80,000 or £ 45k, I want 90K, 60 000 euros, USD 90 and 3 interviews.";
        check(
            salary_figures(&Scanned::new(text)),
            text,
            &["$80,000", "£ 45k", "90K", "60 000 euros", "USD 90"],
        );
        let text = "My salary expectations are firm";
        check(
            salary_figures(&Scanned::new(text)),
            text,
            &["My salary expectations"],
        );
    }

    #[test]
    fn naming_your_own_figure_is_no_overshare() {
        let text = "If the role could reach £65,000, I'd gladly talk. They pay me $70k now.";
        check(salary_figures(&Scanned::new(text)), text, &["$70k"]);
    }

    #[test]
    fn unfilled_gaps_but_not_prose_in_brackets() {
        let text = "Dear [Contact name], re {role} [x] and [] {} {not closed [a\nb]";
        let chars: Vec<char> = text.chars().collect();
        check(unfilled(&chars), text, &["[Contact name]", "{role}", "[x]"]);
    }

    #[test]
    fn runs_of_exclamation_marks_are_one_finding() {
        let text = "Great!!! Thanks!";
        let chars: Vec<char> = text.chars().collect();
        check(exclamations(&chars), text, &["!!!", "!"]);
    }

    #[test]
    fn sentences_over_the_limit_are_reported_with_their_length() {
        let long = vec!["word"; MAX_SENTENCE_WORDS + 1].join(" ");
        let text = format!("Short one. {long}.\nAnother short one.");
        let found = long_sentences(&Scanned::new(&text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.slice(&text), Some(long.as_str()));
        assert_eq!(found[0].1, MAX_SENTENCE_WORDS + 1);
    }
}
