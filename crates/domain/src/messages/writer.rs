//! Appends template pieces, filling `{key}`, `{on:key}` and `{a:key}`
//! tokens so the result reads as English whatever was typed, and
//! tracking placeholders by character offset as it goes.
//!
//! What it fixes at the joins (REVIEW.md's "slips from filled fields"):
//! a value starting a sentence gets a capital; "Ltd." before a full stop
//! gives one stop, not two; "tomorrow at 2pm." before a question mark
//! loses its stop; "the Analyst role role" loses the template's noun; a
//! name typed all in lower case gets its capitals; a sentence field gets
//! a capital and one closing mark.

use std::borrow::Cow;

use super::grammar::{
    as_sentence, calendar_capitals, ends_in_abbreviation, first_name, indefinite_article,
    inline_value, is_fixed_time, strip_tags, tidy_name, time_preposition, ROLE_NOUNS,
};
use super::request::{Field, MessageFields, Part, Placeholder, Span, Spelling};
use super::spelling::spell;

/// How a token writes its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The value as typed (tidied).
    Plain,
    /// A time, after the preposition it needs.
    On,
    /// After "a" or "an".
    Article,
    /// A time that has passed, after its preposition, only when it still
    /// names the day ("on Thursday 27 November", not "tomorrow at 2pm");
    /// otherwise nothing, not even a placeholder.
    Past,
    /// A person's first name, to greet them by.
    First,
}

pub(super) struct Writer<'a> {
    fields: &'a MessageFields,
    spelling: Spelling,
    part: Part,
    pub out: String,
    /// Characters in `out`, kept so spans need no recount.
    chars: usize,
    /// What goes before the next piece that is actually written.
    sep: &'static str,
    /// A prefix ("- ", "Q: ") was just written: the next word starts a
    /// sentence.
    fresh: bool,
    /// Every piece is a bullet point on its own line (a call's points).
    bullets: bool,
    pub placeholders: Vec<Placeholder>,
}

impl<'a> Writer<'a> {
    pub fn new(fields: &'a MessageFields, spelling: Spelling, part: Part) -> Self {
        Writer {
            fields,
            spelling,
            part,
            out: String::with_capacity(1024),
            chars: 0,
            sep: "",
            fresh: false,
            bullets: false,
            placeholders: Vec::new(),
        }
    }

    /// Writes one piece (separated from the last by a space or the
    /// pending break) unless it is empty or names a blank optional field.
    pub fn piece(&mut self, template: &str) {
        if self.bullets {
            self.item(template);
        } else {
            self.prefixed("", template);
        }
    }

    /// A bullet point on a line of its own.
    pub fn item(&mut self, template: &str) {
        self.brk("\n");
        self.prefixed("- ", template);
    }

    /// From now on, every piece is a bullet point (or no longer is).
    pub fn bullets(&mut self, on: bool) {
        self.bullets = on;
    }

    /// `first`, or `fallback` if `first` names a blank optional field.
    pub fn piece_or(&mut self, first: &str, fallback: &str) {
        if self.leaves_out(first) {
            self.piece(fallback);
        } else {
            self.piece(first);
        }
    }

    /// `first` if every field it names is given, else `fallback`.
    pub fn piece_given_or(&mut self, first: &str, fallback: &str) {
        if first.is_empty() || self.names_blank(first) {
            self.piece(fallback);
        } else {
            self.piece(first);
        }
    }

    /// `piece_or` after a prefix such as "- " or "Q: ".
    pub fn prefixed_or(&mut self, prefix: &str, first: &str, fallback: &str) {
        if self.leaves_out(first) {
            self.prefixed(prefix, fallback);
        } else {
            self.prefixed(prefix, first);
        }
    }

    /// The same, after a prefix such as "- " or "Q: ".
    pub fn prefixed(&mut self, prefix: &str, template: &str) {
        if template.is_empty() || self.leaves_out(template) {
            return;
        }
        if !self.out.is_empty() {
            let sep = self.sep;
            self.push(sep);
        }
        self.sep = " ";
        if !prefix.is_empty() {
            self.push(prefix);
            self.fresh = true;
        }
        self.fill(template);
    }

    /// The next written piece starts after `sep` instead of a space.
    pub fn brk(&mut self, sep: &'static str) {
        if !self.out.is_empty() {
            self.sep = sep;
        }
    }

    /// Whether a field is given (not blank once its tags go).
    pub fn given(&self, field: Field) -> bool {
        !self.blank(field)
    }

    fn leaves_out(&self, template: &str) -> bool {
        tokens(template).any(|f| f.is_optional() && self.blank(f))
    }

    fn names_blank(&self, template: &str) -> bool {
        tokens(template).any(|f| self.blank(f))
    }

    /// Whether a field counts as not given (blank once its tags go).
    fn blank(&self, field: Field) -> bool {
        strip_tags(self.fields.get(field)).trim().is_empty()
    }

    fn fill(&mut self, template: &str) {
        let spelled = spell(template, self.spelling);
        let mut rest: &str = &spelled;
        while let Some(open) = rest.find('{') {
            self.push(&rest[..open]);
            let after = &rest[open + 1..];
            let token = after
                .split_once('}')
                .and_then(|(token, tail)| Some((parse_token(token)?, tail)));
            match token {
                Some(((field, mode), tail)) => {
                    let written = self.value(field, mode);
                    rest = self.after_value(written, tail);
                }
                None => {
                    self.push("{");
                    rest = after;
                }
            }
        }
        self.push(rest);
    }

    /// Writes the user's value (never re-read as a template), or a
    /// visible `[Label]` when blank; returns where the value starts in
    /// `out` (`None` for a placeholder).
    fn value(&mut self, field: Field, mode: Mode) -> Option<usize> {
        let stripped = strip_tags(self.fields.get(field));
        let raw = stripped.trim();
        if mode == Mode::Past && (raw.is_empty() || !is_fixed_time(raw)) {
            // "our interview {past:…}." reads "our interview."
            let kept = self.out.trim_end_matches(' ').len();
            let cut = self.out.len() - kept;
            self.out.truncate(kept);
            self.chars -= cut;
            return None;
        }
        let lead = match mode {
            Mode::Plain | Mode::First => None,
            Mode::Past => time_preposition(raw),
            Mode::On if raw.is_empty() => Some("on"),
            Mode::On => time_preposition(raw),
            Mode::Article => Some(indefinite_article(raw)),
        };
        if let Some(word) = lead {
            self.push_cased(word);
            self.push(" ");
        }
        if raw.is_empty() {
            let start = self.chars;
            self.push("[");
            self.push(field.label());
            self.push("]");
            self.placeholders.push(Placeholder {
                field,
                part: self.part,
                span: Span {
                    start,
                    end: self.chars,
                },
            });
            return None;
        }
        let value: Cow<str> = if field.is_sentence() {
            Cow::Owned(as_sentence(raw))
        } else if field.is_name() && mode == Mode::First {
            Cow::Owned(first_name(&tidy_name(inline_value(raw))).to_string())
        } else if field.is_name() {
            tidy_name(inline_value(raw))
        } else if matches!(field, Field::InterviewWhen | Field::ProposedTime) {
            calendar_capitals(inline_value(raw))
        } else {
            Cow::Borrowed(inline_value(raw))
        };
        let start = self.out.len();
        self.push_cased(&value);
        Some(start)
    }

    /// Pushes the text, with a capital if it starts a sentence here.
    fn push_cased(&mut self, text: &str) {
        let before = self.out.trim_end_matches(' ');
        let start = self.fresh
            || match before.chars().last() {
                None => true,
                Some('.') => !ends_in_abbreviation(before),
                Some(c) => matches!(c, '?' | '!' | '\n'),
            };
        match text.chars().next() {
            Some(c) if start && c.is_lowercase() => {
                let upper: String = c.to_uppercase().collect();
                self.push(&upper);
                self.push(&text[c.len_utf8()..]);
            }
            _ => self.push(text),
        }
    }

    /// The template text after a value (written from byte `start` of
    /// `out`), with the joins tidied: one full stop, no stop before a
    /// question mark, no doubled job noun.
    fn after_value<'t>(&mut self, start: Option<usize>, tail: &'t str) -> &'t str {
        let Some(start) = start else {
            return tail;
        };
        let value = &self.out[start..];
        if value.ends_with(['.', '?', '!']) && tail.starts_with('.') {
            return &tail[1..];
        }
        if value.ends_with('.')
            && tail.starts_with(['?', '!', ',', ';', ':'])
            && !ends_in_abbreviation(value)
        {
            self.out.pop();
            self.chars -= 1;
            return tail;
        }
        let Some(next) = tail.strip_prefix(' ') else {
            return tail;
        };
        let last = last_word(value);
        let word_len = next
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len());
        let word = &next[..word_len];
        let is_job = is_role_noun(last);
        if (!word.is_empty() && same_word(word, last)) || (is_job && is_role_noun(word)) {
            return &next[word_len..];
        }
        // "the Analyst role interview" reads as "the Analyst interview".
        let after_role = AFTER_ROLE.iter().any(|w| w.eq_ignore_ascii_case(word));
        if is_job && after_role && value.ends_with(last) {
            let stem_len = value[..value.len() - last.len()].trim_end().len();
            if stem_len > 0 {
                let cut_chars = value[stem_len..].chars().count();
                self.out.truncate(start + stem_len);
                self.chars -= cut_chars;
            }
        }
        tail
    }

    fn push(&mut self, s: &str) {
        if !s.is_empty() {
            self.fresh = false;
        }
        self.out.push_str(s);
        self.chars += s.chars().count();
    }
}

/// Nouns a role name sits before ("the {role} interview"), where a role
/// typed as "Analyst role" would read "the Analyst role interview".
const AFTER_ROLE: &[&str] = &["interview", "process", "offer"];

fn same_word(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// The fields a template names.
fn tokens(template: &str) -> impl Iterator<Item = Field> + '_ {
    template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .filter_map(|(token, _)| parse_token(token))
        .map(|(f, _)| f)
}

/// `key`, `on:key`, `a:key`, `past:key` or `first:key`.
fn parse_token(token: &str) -> Option<(Field, Mode)> {
    let (mode, key) = match token.split_once(':') {
        Some(("on", key)) => (Mode::On, key),
        Some(("a", key)) => (Mode::Article, key),
        Some(("past", key)) => (Mode::Past, key),
        Some(("first", key)) => (Mode::First, key),
        Some(_) => return None,
        None => (Mode::Plain, token),
    };
    Some((Field::from_key(key)?, mode))
}

/// The last run of letters in a value ("role" in "Analyst role.").
fn last_word(value: &str) -> &str {
    let trimmed = value.trim_end_matches(|c: char| !c.is_alphabetic());
    let start = trimmed.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
    });
    &trimmed[start..]
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Fills one template with one field set to `value`.
    fn check(template: &str, field: Field, value: &str, expected: &str) {
        let mut fields = MessageFields::default();
        match field {
            Field::Company => fields.company = value.into(),
            Field::Role => fields.role = value.into(),
            Field::ProposedTime => fields.proposed_time = value.into(),
            Field::InterviewWhen => fields.interview_when = value.into(),
            Field::ContactName => fields.contact_name = value.into(),
            Field::LateExplanation => fields.late_explanation = value.into(),
            _ => unreachable!("not used in these tests"),
        }
        let mut w = Writer::new(&fields, Spelling::Uk, Part::Body);
        w.piece(template);
        assert_eq!(w.out, expected, "{template:?} with {value:?}");
    }

    #[test]
    fn times_read_correctly_wherever_they_land() {
        let t = "The interview {on:interview_when} is set.";
        check(
            t,
            Field::InterviewWhen,
            "Thursday 27 November at 10:00",
            "The interview on Thursday 27 November at 10:00 is set.",
        );
        check(
            t,
            Field::InterviewWhen,
            "tomorrow at 2pm",
            "The interview tomorrow at 2pm is set.",
        );
        check(
            t,
            Field::InterviewWhen,
            "10:00",
            "The interview at 10:00 is set.",
        );
        check(
            t,
            Field::InterviewWhen,
            "",
            "The interview on [Interview date and time] is set.",
        );
        check(
            "Could we move it to {proposed_time}?",
            Field::ProposedTime,
            "tomorrow at 2pm.",
            "Could we move it to tomorrow at 2pm?",
        );
        check(
            "It is. {proposed_time} works.",
            Field::ProposedTime,
            "next week",
            "It is. Next week works.",
        );
        check(
            "{on:proposed_time} works.",
            Field::ProposedTime,
            "friday",
            "On Friday works.",
        );
    }

    #[test]
    fn joins_lose_doubled_stops_and_nouns() {
        check(
            "I work at {company}.",
            Field::Company,
            "Acme Ltd.",
            "I work at Acme Ltd.",
        );
        check(
            "Is it {company}?",
            Field::Company,
            "Acme Ltd.",
            "Is it Acme Ltd.?",
        );
        check("At {company}, we", Field::Company, "Acme,", "At Acme, we");
        check(
            "the {role} role at",
            Field::Role,
            "Analyst role",
            "the Analyst role at",
        );
        check(
            "the {role} position at",
            Field::Role,
            "Sales Lead Role",
            "the Sales Lead Role at",
        );
        check(
            "the {role} role at",
            Field::Role,
            "Role model",
            "the Role model role at",
        );
        check(
            "the {role} interview",
            Field::Role,
            "analyst role",
            "the analyst interview",
        );
        check(
            "the {role} interview",
            Field::Role,
            "Role",
            "the Role interview",
        );
        check(
            "at {company} {on:interview_when}.",
            Field::Company,
            "Acme Ltd.",
            "at Acme Ltd. on [Interview date and time].",
        );
        check(
            "for {a:role} role",
            Field::Role,
            "Analyst",
            "for an Analyst role",
        );
        check("{a:role} role", Field::Role, "Engineer", "An Engineer role");
    }

    #[test]
    fn names_and_sentences_are_tidied() {
        check(
            "Hi {contact_name},",
            Field::ContactName,
            "jordan lee",
            "Hi Jordan Lee,",
        );
        check("Hi {contact_name},", Field::ContactName, "王伟", "Hi 王伟,");
        check(
            "Sorry. {late_explanation}",
            Field::LateExplanation,
            "my train was cancelled.",
            "Sorry. My train was cancelled.",
        );
        check(
            "{contact_name}",
            Field::ContactName,
            "<b>jo</b> lee",
            "Jo Lee",
        );
    }

    #[test]
    fn every_field_key_is_found_and_nothing_else() {
        for field in Field::ALL {
            assert_eq!(parse_token(field.key()), Some((*field, Mode::Plain)));
        }
        assert_eq!(parse_token("on:role"), Some((Field::Role, Mode::On)));
        assert_eq!(parse_token("a:role"), Some((Field::Role, Mode::Article)));
        for token in ["", "Role", "x:role", "role ", "on:"] {
            assert_eq!(parse_token(token), None, "{token:?}");
        }
    }

    #[test]
    fn words_between_letters_are_found() {
        assert_eq!(last_word("Analyst role."), "role");
        assert_eq!(last_word("Zoë"), "Zoë");
        assert_eq!(last_word("10:00"), "");
        assert!(ends_in_abbreviation("Acme Ltd."));
        assert!(ends_in_abbreviation("10 a.m."));
        assert!(!ends_in_abbreviation("tomorrow at 2pm."));
        assert!(!ends_in_abbreviation("Thursday, November 27 at 10 AM."));
    }
}
