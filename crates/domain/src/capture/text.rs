//! The pasted text as tokens: words, numbers and single punctuation marks,
//! each with its place in characters (Unicode scalar values, which is how
//! the UI highlights and how `check_message` counts) and its line.
//!
//! Letters and digits are split apart ("10am" is `10` then `am`, "3rd" is
//! `3` then `rd`), so every reader sees numbers and words the same way
//! however they were run together; `joined` tells whether a token touched
//! the one before it.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with an apostrophe inside kept ("it's", "King's", "o'clock").
    Word,
    /// ASCII digits.
    Number,
    /// One mark that is neither letter, digit nor space.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub kind: Kind,
    /// First character, in characters from the start of the text.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Lower-case text (the mark itself for punctuation).
    pub lower: String,
    /// The text as written.
    pub raw: String,
    /// Which line of the text it is on, from 0.
    pub line: usize,
    /// Nothing (no space) between it and the token before.
    pub joined: bool,
}

impl Tok {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_str())
    }

    pub fn is_punct(&self, mark: char) -> bool {
        self.kind == Kind::Punct && self.lower.starts_with(mark)
    }

    /// Starts with a capital letter.
    pub fn capital(&self) -> bool {
        self.kind == Kind::Word && self.raw.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn number(&self) -> Option<u32> {
        if self.kind == Kind::Number && self.raw.len() <= 9 {
            self.raw.parse().ok()
        } else {
            None
        }
    }
}

/// The text prepared for the readers.
pub(super) struct Text {
    pub chars: Vec<char>,
    pub toks: Vec<Tok>,
    /// Each line as a range of token indices.
    pub lines: Vec<std::ops::Range<usize>>,
}

impl Text {
    pub fn new(text: &str) -> Text {
        let chars: Vec<char> = text.chars().collect();
        let mut toks: Vec<Tok> = Vec::with_capacity(chars.len() / 3 + 1);
        let mut line = 0;
        let mut line_start_tok = 0;
        let mut lines = Vec::new();
        let mut i = 0;
        let mut joined = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '\n' {
                lines.push(line_start_tok..toks.len());
                line_start_tok = toks.len();
                line += 1;
                i += 1;
                joined = false;
                continue;
            }
            if c.is_whitespace() {
                i += 1;
                joined = false;
                continue;
            }
            let start = i;
            let kind = if c.is_ascii_digit() {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                Kind::Number
            } else if c.is_alphabetic() {
                while i < chars.len()
                    && (chars[i].is_alphabetic()
                        || (is_apostrophe(chars[i])
                            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())))
                {
                    i += 1;
                }
                Kind::Word
            } else {
                i += 1;
                Kind::Punct
            };
            let raw: String = chars[start..i].iter().collect();
            let lower = raw
                .to_lowercase()
                .replace('\u{2019}', "'")
                .replace(['\u{2013}', '\u{2014}'], "-");
            toks.push(Tok {
                kind,
                start,
                end: i,
                lower,
                raw,
                line,
                joined,
            });
            joined = true;
        }
        lines.push(line_start_tok..toks.len());
        Text { chars, toks, lines }
    }

    /// The original text between two character offsets.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The original text of tokens `from..to`, spaces as written.
    pub fn span_text(&self, from: usize, to: usize) -> String {
        let to = to.min(self.toks.len());
        if from >= to {
            return String::new();
        }
        self.slice(self.toks[from].start, self.toks[to - 1].end)
    }

    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// Whether token `i` is the word or mark `word` (lower case).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.lower == word)
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_any(words))
    }

    /// The phrase (lower-case words separated by spaces) starts at `i`;
    /// returns the index after it. Hyphens between words may be written
    /// ("on-site", "in-person") or left out.
    pub fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        for (n, word) in phrase.split(' ').enumerate() {
            if n > 0 && self.is(j, "-") {
                j += 1;
            }
            if !self.is(j, word) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// Every place the phrase starts, as (first token, index after it).
    pub fn find_phrase(&self, phrase: &str) -> Vec<(usize, usize)> {
        (0..self.toks.len())
            .filter_map(|i| self.phrase_at(i, phrase).map(|end| (i, end)))
            .collect()
    }

    /// The line's label ("Date", "Time zone") when it starts "Label:".
    pub fn line_label(&self, line: usize) -> Option<(String, usize)> {
        let range = self.lines.get(line)?.clone();
        let colon = range
            .clone()
            .take(4)
            .find(|&i| self.toks[i].is_punct(':'))?;
        let words = range.start..colon;
        if words.is_empty() || !words.clone().all(|i| self.toks[i].kind == Kind::Word) {
            return None;
        }
        let label = words
            .map(|i| self.toks[i].lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Some((label, colon + 1))
    }

    /// The label of the line token `i` is on.
    pub fn label_of(&self, i: usize) -> Option<String> {
        let line = self.toks.get(i)?.line;
        self.line_label(line).map(|(label, _)| label)
    }

    /// Whether line `line` has no tokens.
    pub fn blank(&self, line: usize) -> bool {
        self.lines.get(line).is_none_or(|r| r.is_empty())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

#[cfg(test)]
mod tests;
