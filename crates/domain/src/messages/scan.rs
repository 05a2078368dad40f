//! Case-insensitive phrase matching on word boundaries, without regex.
//!
//! The text is folded once into lower-case characters and split into word
//! tokens; a phrase matches a run of consecutive tokens. Everything is in
//! character offsets, which is what spans report.

use super::request::Span;

mod index;

pub(super) use index::phrase_key;
use index::{initials, pair_key, word_key, Index, PAIR};

/// A text prepared for matching.
pub(super) struct Scanned {
    /// The text, one folded character per original character.
    pub chars: Vec<char>,
    /// Word tokens as character ranges.
    pub words: Vec<Span>,
    /// Whether each token began with a capital letter before folding
    /// (company names, sentence starts).
    pub capital: Vec<bool>,
    /// Where each word starts like a one-word phrase (its first three
    /// characters), so a phrase is only tried there.
    words_index: Index,
    /// Where each pair of neighbouring words (only spaces or hyphens
    /// between) starts like the first two words of a longer phrase: most
    /// phrases begin with a common word ("the process", "i expect") and
    /// would otherwise be tried at every "the" and "I". With the one-word
    /// index this keeps a check of some 600 phrases within its budget of a
    /// few tens of microseconds.
    pairs_index: Index,
}

impl Scanned {
    pub fn new(text: &str) -> Self {
        let original: Vec<char> = text.chars().collect();
        let chars: Vec<char> = original.iter().copied().map(fold).collect();
        // About one word in six characters; sized once, not grown.
        let mut words = Vec::with_capacity(chars.len() / 4 + 1);
        let mut capital = Vec::with_capacity(chars.len() / 4 + 1);
        let mut i = 0;
        while i < chars.len() {
            if !is_word_char(chars[i]) {
                i += 1;
                continue;
            }
            let start = i;
            capital.push(original[i].is_uppercase());
            // An apostrophe between letters stays inside the word ("can't").
            while i < chars.len()
                && (is_word_char(chars[i])
                    || (chars[i] == '\'' && chars.get(i + 1).is_some_and(|c| is_word_char(*c))))
            {
                i += 1;
            }
            words.push(Span { start, end: i });
        }
        let keys: Vec<u64> = words
            .iter()
            .map(|w| initials(&chars[w.start..w.end]))
            .collect();
        let words_index = Index::new(keys.iter().map(|k| word_key(*k)).enumerate());
        let pairs = (1..words.len())
            .filter(|&i| {
                chars[words[i - 1].end..words[i].start]
                    .iter()
                    .all(|c| c.is_whitespace() || *c == '-')
            })
            .map(|i| (i - 1, pair_key(keys[i - 1], keys[i])));
        let pairs_index = Index::new(pairs);
        Scanned {
            chars,
            words,
            capital,
            words_index,
            pairs_index,
        }
    }

    /// The characters of one token.
    pub fn word(&self, index: usize) -> &[char] {
        let span = self.words[index];
        &self.chars[span.start..span.end]
    }

    /// Every place any of `phrases` occurs, in text order; overlapping
    /// matches ("my salary" in "my salary expectations") become one.
    pub fn find_any(&self, phrases: &Phrases) -> Vec<Span> {
        let mut found: Vec<Span> = self.matches(phrases).iter().map(|m| m.span).collect();
        merge_overlapping(&mut found);
        found
    }

    /// Every match of any of `phrases`, with its tokens, in text order;
    /// overlaps are kept, so a rule can judge each in its context.
    pub fn matches(&self, phrases: &Phrases) -> Vec<Match> {
        let mut found = Vec::new();
        for (phrase, key) in phrases.words.iter().zip(phrases.keys) {
            for first in self.starting_with(*key) {
                if let Some((last, end)) = self.match_at(first, phrase) {
                    let start = self.words[first].start;
                    found.push(Match {
                        first,
                        last,
                        span: Span { start, end },
                    });
                }
            }
        }
        found.sort_unstable_by_key(|m| (m.span.start, m.span.end));
        found
    }

    /// Whether any of `phrases` occurs.
    pub fn contains_any(&self, phrases: &Phrases) -> bool {
        phrases.words.iter().zip(phrases.keys).any(|(phrase, key)| {
            self.starting_with(*key)
                .any(|index| self.match_at(index, phrase).is_some())
        })
    }

    /// Whether token `index` matches any of `words` (single words, `*`
    /// allowed).
    pub fn word_is(&self, index: usize, words: &[&str]) -> bool {
        index < self.words.len() && words.iter().any(|w| word_matches(self.word(index), w))
    }

    /// The tokens before `index`, nearest first, at most `window` of them
    /// and none across a clause break (`,` `;` `:` `.` `!` `?` a dash, a
    /// bracket or a line break).
    pub fn before_in_clause(
        &self,
        index: usize,
        window: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        (0..index.min(self.words.len()))
            .rev()
            .take(window)
            .take_while(move |&i| !self.breaks_clause(self.words[i].end, self.words[i + 1].start))
    }

    /// The tokens after `last`, nearest first, at most `window` of them and
    /// none across a clause break.
    pub fn after_in_clause(&self, last: usize, window: usize) -> impl Iterator<Item = usize> + '_ {
        (last + 1..self.words.len())
            .take(window)
            .take_while(move |&i| !self.breaks_clause(self.words[i - 1].end, self.words[i].start))
    }

    /// Whether token `index` starts a sentence: the first token, or the
    /// first after `.`, `!`, `?` or a line break.
    pub fn starts_sentence(&self, index: usize) -> bool {
        index == 0
            || self.chars[self.words[index - 1].end..self.words[index].start]
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?' | '\n'))
    }

    /// Whether the gap between two tokens ends a clause; a hyphen only
    /// does with spaces around it (" - " used as a dash, not "dream-job").
    fn breaks_clause(&self, from: usize, to: usize) -> bool {
        let gap = &self.chars[from..to];
        gap.iter().any(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '.' | '!' | '?' | '\n' | '(' | ')' | '\u{2013}' | '\u{2014}'
            )
        }) || (gap.contains(&'-') && gap.iter().any(|c| c.is_whitespace()))
    }

    /// Indices of the tokens where a phrase with this key may start: its
    /// first word (or first two) start like the text's word (or words)
    /// there.
    fn starting_with(&self, key: u32) -> impl Iterator<Item = usize> + '_ {
        let index = if key & PAIR == 0 {
            &self.words_index
        } else {
            &self.pairs_index
        };
        index.tokens(key)
    }

    /// If `phrase` matches starting at token `index`, its last token and
    /// the end of the match.
    fn match_at(&self, index: usize, phrase: &str) -> Option<(usize, usize)> {
        let mut last = index;
        let mut end = self.words[index].start;
        // Bytes, not `str::split`: this runs for every candidate token.
        for (n, part) in phrase.as_bytes().split(|b| *b == b' ').enumerate() {
            let token = *self.words.get(index + n)?;
            // Words of a phrase may only be separated by spaces or hyphens.
            if n > 0
                && !self.chars[end..token.start]
                    .iter()
                    .all(|c| c.is_whitespace() || *c == '-')
            {
                return None;
            }
            if !word_matches_ascii(self.word(index + n), part) {
                return None;
            }
            end = token.end;
            last = index + n;
        }
        Some((last, end))
    }
}

/// A list of phrases and their keys in the index, computed when compiling
/// (build one with `phrases!`).
pub(super) struct Phrases {
    /// The phrases (see words.rs for their shape).
    pub words: &'static [&'static str],
    /// `phrase_key` of each.
    pub keys: &'static [u32],
}

/// A `Phrases` list from phrase literals, their keys computed by the
/// compiler.
macro_rules! phrases {
    ($($phrase:literal),* $(,)?) => {
        $crate::messages::scan::Phrases {
            words: &[$($phrase),*],
            // A named constant, so the keys are computed by the compiler
            // even where the list is written inside a function (tests).
            keys: {
                const KEYS: &[u32] = &[$($crate::messages::scan::phrase_key($phrase)),*];
                KEYS
            },
        }
    };
}
pub(super) use phrases;

/// One phrase found in a text: its first and last token and characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Match {
    pub first: usize,
    pub last: usize,
    pub span: Span,
}

/// Letters and digits, with a fast path for ASCII.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Sorts spans and joins the ones that overlap, so one passage gives one
/// finding.
pub(super) fn merge_overlapping(spans: &mut Vec<Span>) {
    spans.sort_unstable_by_key(|s| s.start);
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        match merged.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    *spans = merged;
}

/// Compares a token with a phrase word; a trailing `*` means "starts with".
pub(super) fn word_matches(token: &[char], pattern: &str) -> bool {
    word_matches_ascii(token, pattern.as_bytes())
}

/// `word_matches` on the bytes of an ASCII pattern (every word list is
/// ASCII; a test in words.rs keeps them so), which is what keeps the
/// checker within its budget.
fn word_matches_ascii(token: &[char], pattern: &[u8]) -> bool {
    let (stem, prefix) = match pattern.split_last() {
        Some((b'*', stem)) => (stem, true),
        _ => (pattern, false),
    };
    let fits = if prefix {
        token.len() >= stem.len()
    } else {
        token.len() == stem.len()
    };
    fits && stem
        .iter()
        .zip(token)
        .all(|(b, c)| u32::from(*b) == u32::from(*c))
}

/// One character to one character, so offsets survive: lower case (the
/// first char of the Unicode mapping) and curly apostrophes made straight.
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' => '\'',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The matched substrings of `phrases` in `text`.
    fn check(text: &str, phrases: &Phrases, expected: &[&str]) {
        let scanned = Scanned::new(text);
        let found: Vec<&str> = scanned
            .find_any(phrases)
            .iter()
            .filter_map(|s| s.slice(text))
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn matches_whole_words_ignoring_case() {
        check("THANK you, Thanks!", &phrases!["thank"], &["THANK"]);
        check(
            "Thankful thanks",
            &phrases!["thank*"],
            &["Thankful", "thanks"],
        );
        check("a message in a mess", &phrases!["a mess"], &["a mess"]);
        check("unamazing", &phrases!["amazing"], &[]);
    }

    #[test]
    fn phrases_span_spaces_and_hyphens_but_not_punctuation() {
        check(
            "my Dream  job, dream-job",
            &phrases!["dream job"],
            &["Dream  job", "dream-job"],
        );
        check("dream. Job", &phrases!["dream job"], &[]);
    }

    #[test]
    fn curly_apostrophes_and_non_ascii_keep_offsets() {
        check(
            "Ça, I can’t wait 🌱",
            &phrases!["can't wait"],
            &["can’t wait"],
        );
        check("İstanbul amazing", &phrases!["amazing"], &["amazing"]);
    }
}
