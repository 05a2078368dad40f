//! Case-insensitive phrase matching on word boundaries, without regex.
//!
//! The text is folded once into lower-case characters and split into word
//! tokens; a phrase matches a run of consecutive tokens. Everything is in
//! character offsets, which is what spans report.

use super::request::Span;

/// A text prepared for matching.
pub(super) struct Scanned {
    /// The text, one folded character per original character.
    pub chars: Vec<char>,
    /// Word tokens as character ranges.
    pub words: Vec<Span>,
    /// Whether each token began with a capital letter before folding
    /// (company names, sentence starts).
    pub capital: Vec<bool>,
    /// Each token's first two characters (the second `'\0'` for a
    /// one-letter word) and index, sorted, so a phrase is only tried where
    /// a word starts like it: this keeps a check within its budget of a
    /// few tens of microseconds.
    initials: Vec<(Initials, usize)>,
    /// A 1024-bit filter of the initials present, so the many phrases that
    /// cannot occur are dismissed without a search.
    present: [u64; 16],
}

impl Scanned {
    pub fn new(text: &str) -> Self {
        let original: Vec<char> = text.chars().collect();
        let chars: Vec<char> = original.iter().copied().map(fold).collect();
        let mut words = Vec::new();
        let mut capital = Vec::new();
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
        let mut initials: Vec<(Initials, usize)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (initials(&chars[w.start..w.end]), i))
            .collect();
        initials.sort_unstable();
        let mut present = [0u64; 16];
        for (key, _) in &initials {
            let bit = filter_bit(*key);
            present[bit / 64] |= 1 << (bit % 64);
        }
        Scanned {
            chars,
            words,
            capital,
            initials,
            present,
        }
    }

    /// The characters of one token.
    pub fn word(&self, index: usize) -> &[char] {
        let span = self.words[index];
        &self.chars[span.start..span.end]
    }

    /// Every place any of `phrases` occurs, in text order; overlapping
    /// matches ("my salary" in "my salary expectations") become one.
    pub fn find_any(&self, phrases: &[&str]) -> Vec<Span> {
        let mut found: Vec<Span> = self.matches(phrases).iter().map(|m| m.span).collect();
        merge_overlapping(&mut found);
        found
    }

    /// Every match of any of `phrases`, with its tokens, in text order;
    /// overlaps are kept, so a rule can judge each in its context.
    pub fn matches(&self, phrases: &[&str]) -> Vec<Match> {
        let mut found = Vec::new();
        for phrase in phrases {
            for first in self.starting_with(phrase) {
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
    pub fn contains_any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|phrase| {
            self.starting_with(phrase)
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

    /// Indices of the tokens that start like the phrase's first word.
    fn starting_with(&self, phrase: &str) -> impl Iterator<Item = usize> + '_ {
        // Phrases are ASCII (a test in words.rs keeps them so).
        let byte = |i: usize| match phrase.as_bytes().get(i) {
            Some(b' ') | None => '\0',
            Some(b) => char::from(*b),
        };
        let key = (byte(0), if byte(0) == '\0' { '\0' } else { byte(1) });
        let bit = filter_bit(key);
        let from = if self.present[bit / 64] & (1 << (bit % 64)) == 0 {
            self.initials.len()
        } else {
            self.initials.partition_point(|(k, _)| *k < key)
        };
        self.initials[from..]
            .iter()
            .take_while(move |(k, _)| *k == key)
            .map(|(_, index)| *index)
    }

    /// If `phrase` matches starting at token `index`, its last token and
    /// the end of the match.
    fn match_at(&self, index: usize, phrase: &str) -> Option<(usize, usize)> {
        let mut last = index;
        let mut end = self.words[index].start;
        for (n, part) in phrase.split(' ').enumerate() {
            let token = *self.words.get(index + n)?;
            // Words of a phrase may only be separated by spaces or hyphens.
            if n > 0
                && !self.chars[end..token.start]
                    .iter()
                    .all(|c| c.is_whitespace() || *c == '-')
            {
                return None;
            }
            if !word_matches(self.word(index + n), part) {
                return None;
            }
            end = token.end;
            last = index + n;
        }
        Some((last, end))
    }
}

/// One phrase found in a text: its first and last token and characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Match {
    pub first: usize,
    pub last: usize,
    pub span: Span,
}

/// The first two characters of a word, the second `'\0'` if it has one.
type Initials = (char, char);

fn initials(word: &[char]) -> Initials {
    (
        word.first().copied().unwrap_or('\0'),
        word.get(1).copied().unwrap_or('\0'),
    )
}

/// Letters and digits, with a fast path for ASCII.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Where a word's initials fall in the 1024-bit filter.
fn filter_bit((first, second): Initials) -> usize {
    let mixed =
        (first as u32).wrapping_mul(0x9E37_79B1) ^ (second as u32).wrapping_mul(0x85EB_CA6B);
    (mixed.wrapping_mul(0x9E37_79B1) >> 22) as usize
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
    let (pattern, prefix) = match pattern.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (pattern, false),
    };
    let mut token = token.iter();
    for expected in pattern.chars() {
        if token.next() != Some(&expected) {
            return false;
        }
    }
    prefix || token.next().is_none()
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
    fn check(text: &str, phrases: &[&str], expected: &[&str]) {
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
        check("THANK you, Thanks!", &["thank"], &["THANK"]);
        check("Thankful thanks", &["thank*"], &["Thankful", "thanks"]);
        check("a message in a mess", &["a mess"], &["a mess"]);
        check("unamazing", &["amazing"], &[]);
    }

    #[test]
    fn phrases_span_spaces_and_hyphens_but_not_punctuation() {
        check(
            "my Dream  job, dream-job",
            &["dream job"],
            &["Dream  job", "dream-job"],
        );
        check("dream. Job", &["dream job"], &[]);
    }

    #[test]
    fn curly_apostrophes_and_non_ascii_keep_offsets() {
        check("Ça, I can’t wait 🌱", &["can't wait"], &["can’t wait"]);
        check("İstanbul amazing", &["amazing"], &["amazing"]);
    }
}
