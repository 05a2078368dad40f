//! Slips a filled-in field leaves behind: a day after the wrong
//! preposition ("at Thursday", "on tomorrow"), doubled punctuation
//! ("Ltd..", ",."), a stray space before a comma, and a sentence that
//! starts in lower case.

use crate::messages::request::Span;
use crate::messages::scan::{merge_overlapping, Scanned};
use crate::messages::words::{ABBREVIATIONS, DAY_SLIPS};

/// What kind of slip, for the words of the finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::messages) enum Slip {
    /// "at Thursday", "on tomorrow".
    DayPreposition,
    /// "..", ",.", " ,".
    Punctuation,
    /// A sentence (or the message) starting with a lower-case letter.
    LowercaseStart,
}

impl Slip {
    /// What is wrong and how to fix it.
    pub(in crate::messages) const fn advice(self) -> (&'static str, &'static str) {
        match self {
            Slip::DayPreposition => (
                "This day does not fit the word before it, as a filled-in time often does not.",
                "Write \"on Thursday\", or just \"tomorrow\".",
            ),
            Slip::Punctuation => (
                "Doubled or stray punctuation, often left where a field ends in its own full stop.",
                "Keep one mark and no space before it.",
            ),
            Slip::LowercaseStart => (
                "This sentence starts with a lower-case letter.",
                "Start it with a capital letter.",
            ),
        }
    }
}

/// Every slip, in text order.
pub(in crate::messages) fn field_slips(text: &Scanned) -> Vec<(Span, Slip)> {
    let words = &text.words;
    let mut found: Vec<(Span, Slip)> = text
        .find_any(&DAY_SLIPS)
        .into_iter()
        .map(|s| (s, Slip::DayPreposition))
        .collect();
    found.extend(
        (0..words.len())
            .filter(|&i| starts_lowercase_sentence(text, i))
            .map(|i| (words[i], Slip::LowercaseStart)),
    );
    let mut punctuation = punctuation_slips(&text.chars);
    merge_overlapping(&mut punctuation);
    found.extend(punctuation.into_iter().map(|s| (s, Slip::Punctuation)));
    found.sort_by_key(|(s, _)| s.start);
    found
}

/// A word in lower case where a sentence starts: the message's first word,
/// or the first after a sentence's end and a space, unless that end was an
/// abbreviation's full stop ("e.g. the", "etc. and") or dots that trail
/// off ("Well... it", or "Ltd.. and", reported as punctuation already).
fn starts_lowercase_sentence(text: &Scanned, i: usize) -> bool {
    let first = text.chars[text.words[i].start];
    if text.capital[i] || !first.is_lowercase() || !text.starts_sentence(i) {
        return false;
    }
    if i == 0 {
        return true;
    }
    let gap = &text.chars[text.words[i - 1].end..text.words[i].start];
    let after_space = gap.iter().any(|c| c.is_whitespace());
    let abbreviation = gap.first() == Some(&'.')
        && (text.word(i - 1).len() == 1 || text.word_is(i - 1, ABBREVIATIONS));
    let trailing_dots = gap.windows(2).any(|pair| pair == ['.', '.']);
    after_space && !abbreviation && !trailing_dots
}

/// Whether the word just before `at` is an abbreviation ("Ltd", "Inc").
fn after_abbreviation(chars: &[char], at: usize) -> bool {
    let start = chars[..at]
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |p| p + 1);
    let word: String = chars[start..at]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect();
    !word.is_empty() && ABBREVIATIONS.contains(&word.as_str())
}

/// Runs of full stops and commas other than an ellipsis ("Ltd..", ",.",
/// ".,"), a mark after `?` or `!` ("?."), and a space before a comma or
/// full stop that ends a word ("Hi ,").
fn punctuation_slips(chars: &[char]) -> Vec<Span> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !matches!(chars[i], '.' | ',') {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && matches!(chars[i], '.' | ',') {
            i += 1;
        }
        let run = &chars[start..i];
        let ellipsis = run.len() >= 3 && run.iter().all(|c| *c == '.');
        let doubled = run.len() >= 2 && !ellipsis;
        let after_mark = start > 0 && matches!(chars[start - 1], '?' | '!');
        let ends_word = i == chars.len() || chars[i].is_whitespace();
        let spaced = start >= 2
            && chars[start - 1] == ' '
            && chars[start - 2].is_alphanumeric()
            && ends_word
            && !ellipsis;
        // "Holdings Ltd., I noticed": the full stop is the abbreviation's.
        let abbreviation_then_comma = run == ['.', ','] && after_abbreviation(chars, start);
        if (doubled && !abbreviation_then_comma) || after_mark {
            found.push(Span { start, end: i });
        } else if spaced {
            found.push(Span {
                start: start - 1,
                end: i,
            });
        }
    }
    found
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, Slip)]) {
        let got: Vec<(&str, Slip)> = field_slips(&Scanned::new(text))
            .into_iter()
            .filter_map(|(s, slip)| Some((s.slice(text)?, slip)))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn days_after_the_wrong_preposition() {
        check(
            "See you at Thursday, or on tomorrow. At 10 on Friday.",
            &[
                ("at Thursday", Slip::DayPreposition),
                ("on tomorrow", Slip::DayPreposition),
            ],
        );
    }

    #[test]
    fn doubled_and_stray_punctuation_but_not_an_ellipsis_or_numbers() {
        check(
            "Acme Ltd.. Hi ,then ,. Well... it is 1,000.50 at example.com. Why?.",
            &[
                ("..", Slip::Punctuation),
                (",.", Slip::Punctuation),
                (".", Slip::Punctuation),
            ],
        );
        check(
            "Dear Sam ,\nThanks .",
            &[(" ,", Slip::Punctuation), (" .", Slip::Punctuation)],
        );
    }

    #[test]
    fn a_comma_after_an_abbreviations_full_stop_is_no_slip() {
        check(
            "While reading about Acme Ltd., I noticed the role,.",
            &[(",.", Slip::Punctuation)],
        );
    }

    #[test]
    fn lowercase_sentence_starts_but_not_after_abbreviations() {
        check(
            "thanks. the role, e.g. the data work, etc. and more.\nkind regards, at example.com ok",
            &[
                ("thanks", Slip::LowercaseStart),
                ("the", Slip::LowercaseStart),
                ("kind", Slip::LowercaseStart),
            ],
        );
    }
}
