//! Small pure rules that keep a filled-in template reading like English
//! whatever the user typed: the preposition before a time, "a" or "an",
//! capitals, trailing punctuation, lists, and US or UK spelling.
//!
//! REVIEW.md lists "slips from filled fields" ("at Thursday", "on
//! tomorrow", "Ltd..", a lowercase start) among the red flags: each shows
//! the recipient that the message was generated.

use std::borrow::Cow;

use super::request::Spelling;
use super::words::MONTHS;

/// The preposition a time phrase needs after a noun, as in "the interview
/// ___ {when}": `Some("on")` before a day or a date ("on Thursday", "on 27
/// November"), `Some("at")` before a clock time ("at 10:00", "at noon"),
/// `None` when the phrase carries its own ("tomorrow at 2pm", "next
/// week", "at 3pm", "in the morning") or is not recognised.
///
/// Unrecognised text gets no preposition: "the interview sometime soon"
/// reads better than "the interview on sometime soon".
pub fn time_preposition(when: &str) -> Option<&'static str> {
    let first: String = when
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == ':' || *c == '.' || *c == '/' || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    let word = first.trim_end_matches(['.', ',']);
    if word.is_empty() {
        return None;
    }
    if TIME_WORDS.contains(&word) || looks_like_clock_time(when) {
        return Some("at");
    }
    let starts_with_digit = word.starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit && is_duration(when) {
        return None;
    }
    if starts_with_digit || is_day_or_month(word) || word == "the" {
        return Some("on");
    }
    None
}

/// "3 hours from now", "2 days' time": a count of units carries its own
/// meaning and takes no preposition.
fn is_duration(when: &str) -> bool {
    let lower = when.trim_start().to_ascii_lowercase();
    let rest = lower
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    ["minute", "hour", "day", "week", "month"]
        .iter()
        .any(|unit| rest.starts_with(unit))
}

/// Words that name a time of day and take "at".
const TIME_WORDS: &[&str] = &["noon", "midday", "midnight"];

/// Weekday names and the usual abbreviations of days and months, lower
/// case; the month names themselves are the checker's `MONTHS`. A phrase
/// starting with one is a date and takes "on".
const DAYS_AND_SHORT_FORMS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "weds",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn is_day_or_month(word: &str) -> bool {
    DAYS_AND_SHORT_FORMS.contains(&word) || MONTHS.contains(&word)
}

/// "10:00", "2pm", "2 pm", "14h30", "10.30am": a clock time, not a date.
fn looks_like_clock_time(when: &str) -> bool {
    let lower = when.trim().to_ascii_lowercase();
    let digits = lower.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = lower[digits..].trim_start();
    rest.starts_with(':')
        || rest.starts_with("am")
        || rest.starts_with("pm")
        || rest.starts_with("a.m")
        || rest.starts_with("p.m")
        || (rest.starts_with('h') && !rest[1..].starts_with(char::is_alphabetic))
        || (rest.starts_with('.')
            && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            && rest[1..].contains('m'))
}

/// "a" or "an" before `noun`, by how it is said: "an Analyst", "a User
/// researcher", "an hour", "an SEO lead", "a one-year contract".
pub fn indefinite_article(noun: &str) -> &'static str {
    // Markup typed into a field ("<b>Operations</b>") is not said.
    let mut said = noun.trim_start();
    while let Some(tag_end) = said.strip_prefix('<').and_then(|rest| rest.find('>')) {
        said = said[tag_end + 2..].trim_start();
    }
    let word: String = said
        .chars()
        .skip_while(|c| !c.is_alphanumeric())
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let lower = word.to_lowercase();
    let Some(first) = lower.chars().next() else {
        return "a";
    };
    // An abbreviation is said letter by letter: "an MBA", "a UX role".
    let spelled_out = word.chars().count() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    if spelled_out {
        return if "aefhilmnorsx".contains(first) {
            "an"
        } else {
            "a"
        };
    }
    if CONSONANT_SOUNDING.iter().any(|p| lower.starts_with(p)) {
        return "a";
    }
    if VOWEL_SOUNDING.iter().any(|p| lower.starts_with(p)) || "aeio".contains(first) {
        return "an";
    }
    if first == 'u' {
        return "an";
    }
    if first.is_ascii_digit() {
        // "an 8-week contract", "an 11-month role", "an 18-month ...".
        return if lower.starts_with('8') || lower.starts_with("11") || lower.starts_with("18") {
            "an"
        } else {
            "a"
        };
    }
    "a"
}

/// Vowel letters said as consonants: "a user", "a European", "a one-off".
const CONSONANT_SOUNDING: &[&str] = &[
    "uni", "use", "usu", "uti", "ur", "eu", "one", "once", "ubiq", "ufo",
];
/// Consonant letters said as vowels: "an hour", "an honest", "an heir".
const VOWEL_SOUNDING: &[&str] = &["hour", "honest", "honour", "honor", "heir"];

/// The text with its first letter in upper case, if it was lower case.
pub fn capitalise_first(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if c.is_lowercase() => {
            let mut out = String::with_capacity(text.len() + 2);
            out.extend(c.to_uppercase());
            out.push_str(&text[c.len_utf8()..]);
            Cow::Owned(out)
        }
        _ => Cow::Borrowed(text),
    }
}

/// A person's name as it should be written: left exactly as typed unless
/// it has no capital at all ("jordan lee", "zoë ó briain": a quick entry
/// on a phone), in which case each part starts with one ("Jordan Lee",
/// "Zoë Ó Briain", "Mary-Jane"). A name with any capital is the person's
/// own spelling and is kept ("van der Berg", "McKay"); scripts without
/// capitals ("王伟") are unchanged. The one loss: a name meant in lower
/// case ("bell hooks") cannot be told from a hurried one.
pub fn tidy_name(name: &str) -> Cow<'_, str> {
    let all_lower = name.chars().any(char::is_lowercase) && !name.chars().any(char::is_uppercase);
    if !all_lower {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 2);
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, ' ' | '-');
    }
    Cow::Owned(out)
}

/// A value typed as a sentence (an explanation, a reason in the user's
/// own words) written as one: a capital first letter and exactly one
/// closing mark. A question mark is kept; any other run of closing
/// punctuation ("...", "!", ".,") becomes one full stop, because an
/// exclamation reads as drama in a message like this. A lone "i" typed in
/// haste ("and i had to") becomes "I", as in "i'm" and "i've".
pub fn as_sentence(text: &str) -> String {
    let body = text.trim().trim_end_matches(['.', '!', ',', ';', ':', ' ']);
    let question = text.trim_end().ends_with('?');
    let body = body.trim_end_matches('?').trim_end();
    let mut out = capital_i(&capitalise_first(body));
    out.push(if question { '?' } else { '.' });
    out
}

/// "i" standing alone, or before an apostrophe ("i'm"), as "I".
fn capital_i(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (k, &c) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|p| chars[p]);
        let after = chars.get(k + 1).copied();
        let alone_before = before.is_none_or(|b| !b.is_alphanumeric());
        let alone_after = after.is_none_or(|a| !a.is_alphanumeric());
        out.push(if c == 'i' && alone_before && alone_after {
            'I'
        } else {
            c
        });
    }
    out
}

/// A value that sits inside a sentence, without the stray commas, colons,
/// semicolons or full stop a user may leave at its end ("Acme," would
/// give "Acme,."; "SQL." would end the sentence early). A stop that
/// belongs to an abbreviation stays ("Acme Ltd.", "10 a.m.").
pub fn inline_value(text: &str) -> &str {
    let trimmed =
        text.trim_end_matches(|c: char| matches!(c, ',' | ';' | ':') || c.is_whitespace());
    match trimmed.strip_suffix('.') {
        Some(stem) if !ends_in_abbreviation(trimmed) => {
            stem.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        }
        _ => trimmed,
    }
}

/// Day and month names as English writes them, whatever case they were
/// typed in: "thursday at 10" reads "Thursday at 10" inside a sentence.
pub fn calendar_capitals(text: &str) -> Cow<'_, str> {
    let needs = text.split(|c: char| !c.is_alphabetic()).any(|word| {
        word.starts_with(|c: char| c.is_lowercase()) && is_day_or_month(&word.to_lowercase())
    });
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if is_day_or_month(&word.to_lowercase()) {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Cow::Owned(out)
}

/// "Ltd.", "Inc.", "a.m.": a stop that belongs to the word, so it stays.
pub(super) fn ends_in_abbreviation(value: &str) -> bool {
    let word = value.rsplit(' ').next().unwrap_or(value);
    let stem = word.trim_end_matches('.').to_lowercase();
    stem.contains('.') || ABBREVIATIONS.contains(&stem.as_str())
}

/// Abbreviations whose full stop is part of a name or title, so a value
/// ending in one keeps it. (The checker's list adds "am", "pm" and the
/// like, which end a sentence as often as not.)
const ABBREVIATIONS: &[&str] = &[
    "ltd", "inc", "co", "corp", "llc", "llp", "bros", "jr", "sr", "st", "dr", "mr", "mrs", "ms",
    "prof", "etc", "dept",
];

/// Joins items as a list: "a", "a and b", "a, b and c" (UK) or "a, b, and
/// c" (US, with the serial comma American style guides expect).
pub fn join_list(items: &[&str], spelling: Spelling) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, second] => format!("{first} and {second}"),
        [rest @ .., last] => {
            let serial = if spelling == Spelling::Us { "," } else { "" };
            format!("{}{serial} and {last}", rest.join(", "))
        }
    }
}

/// Nouns that name a job: "the Analyst role role" and "the Sales position
/// role" are both slips, so after a value ending in one of these, the
/// template's own noun is dropped.
pub(super) const ROLE_NOUNS: &[&str] = &["role", "position", "job", "post", "opening", "vacancy"];

/// A value with its HTML-like tags taken out and the text between them
/// kept: "<b>Acme</b> Widgets" gives "Acme Widgets". A tag is `<`, an
/// optional `/` or `!`, a letter, and everything up to the next `>`; a
/// lone "<" ("a < b", "<3") is text and stays.
pub fn strip_tags(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name = after.trim_start_matches(['/', '!']);
        let close = after.find('>');
        let is_tag = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && close.is_some_and(|c| !after[..c].contains('<'));
        match close {
            Some(close) if is_tag => rest = &after[close + 1..],
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // Tags between words can leave two spaces, or one at either end.
    let tidy: Vec<&str> = out.split(' ').filter(|w| !w.is_empty()).collect();
    let spaced = if out.starts_with(' ') || out.ends_with(' ') || out.contains("  ") {
        tidy.join(" ")
    } else {
        out
    };
    Cow::Owned(spaced)
}

/// Whether a typed interview time names a day that stays true once it
/// has passed ("Thursday 27 November at 10:00", "10:00"), rather than
/// one relative to when it was typed ("tomorrow at 2pm", "next week"),
/// which a message about a missed interview cannot repeat.
pub fn is_fixed_time(when: &str) -> bool {
    const RELATIVE: &[&str] = &[
        "today",
        "tonight",
        "tomorrow",
        "tmrw",
        "yesterday",
        "next",
        "this",
        "later",
        "soon",
        "earlier",
        "now",
        "ago",
        "asap",
        "tbc",
        "tbd",
        "sometime",
        "whenever",
    ];
    let lower = when.to_lowercase();
    !lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| RELATIVE.contains(&w))
}

/// The name to greet someone by: the first word of a full name ("Jordan"
/// for "Jordan Lee"); a name with a title stays whole ("Dr Lee"), as does
/// a one-word name or one not in Latin letters (whose order or form we
/// cannot guess).
pub fn first_name(name: &str) -> &str {
    const TITLES: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "fr",
    ];
    let name = name.trim();
    let mut words = name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return name;
    };
    let bare = first.trim_end_matches('.').to_lowercase();
    let latin = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c));
    if TITLES.contains(&bare.as_str()) || !latin || first.ends_with(',') {
        name
    } else {
        first
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod calendar_tests {
    use super::calendar_capitals;

    #[test]
    fn a_hasty_lowercase_i_is_written_as_i() {
        assert_eq!(
            super::as_sentence("my son is ill and i had to collect him. i'm sorry"),
            "My son is ill and I had to collect him. I'm sorry."
        );
        assert_eq!(
            super::as_sentence("my wifi and iPad failed"),
            "My wifi and iPad failed."
        );
    }

    #[test]
    fn typed_days_and_months_get_their_capitals_and_nothing_else_changes() {
        assert_eq!(calendar_capitals("thursday at 10"), "Thursday at 10");
        assert_eq!(calendar_capitals("tue 5 march, 2pm"), "Tue 5 March, 2pm");
        assert_eq!(calendar_capitals("tomorrow at 2pm"), "tomorrow at 2pm");
        assert_eq!(calendar_capitals("Monday 1 December"), "Monday 1 December");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_time_gets_the_preposition_it_needs() {
        let cases = [
            ("Thursday 27 November at 10:00", Some("on")),
            ("Thursday, November 27 at 10 AM", Some("on")),
            ("thurs 3pm", Some("on")),
            ("27 November", Some("on")),
            ("14/05/2025", Some("on")),
            ("2025-05-14 10:00", Some("on")),
            ("May 14", Some("on")),
            ("the 14th", Some("on")),
            ("10:00", Some("at")),
            ("2pm", Some("at")),
            ("2 pm on Friday", Some("at")),
            ("10.30am", Some("at")),
            ("14h30", Some("at")),
            ("14h30 on Friday", Some("at")),
            ("3 hours from now", None),
            ("noon tomorrow", Some("at")),
            ("tomorrow at 2pm", None),
            ("Tomorrow", None),
            ("today", None),
            ("next week", None),
            ("this Thursday", None),
            ("at 3pm", None),
            ("on Friday", None),
            ("in the morning", None),
            ("early next week", None),
            ("sometime soon", None),
            ("", None),
            ("   ", None),
        ];
        for (when, expected) in cases {
            assert_eq!(time_preposition(when), expected, "{when:?}");
        }
    }

    #[test]
    fn articles_follow_the_sound() {
        let cases = [
            ("Analyst", "an"),
            ("Senior Data Analyst", "a"),
            ("Engineer", "an"),
            ("User researcher", "a"),
            ("Underwriter", "an"),
            ("European sales lead", "a"),
            ("hourly role", "an"),
            ("Honest broker", "an"),
            ("HR manager", "an"),
            ("SEO lead", "an"),
            ("UX designer", "a"),
            ("MBA internship", "an"),
            ("8-week contract", "an"),
            ("12-month contract", "a"),
            ("one-year contract", "a"),
            ("<b>Operations</b> lead", "an"),
            ("王伟", "a"),
            ("", "a"),
        ];
        for (noun, expected) in cases {
            assert_eq!(indefinite_article(noun), expected, "{noun:?}");
        }
    }

    #[test]
    fn only_all_lower_ascii_names_are_capitalised() {
        let cases = [
            ("jordan lee", "Jordan Lee"),
            ("mary-jane o'neil", "Mary-Jane O'neil"),
            ("alex", "Alex"),
            ("Jordan lee", "Jordan lee"),
            ("zoë ó briain", "Zoë Ó Briain"),
            ("van der Berg", "van der Berg"),
            ("Zoë Ó Briain", "Zoë Ó Briain"),
            ("王伟", "王伟"),
            ("J.", "J."),
            ("", ""),
        ];
        for (name, expected) in cases {
            assert_eq!(tidy_name(name), expected, "{name:?}");
        }
    }

    #[test]
    fn sentences_get_a_capital_and_one_closing_mark() {
        let cases = [
            ("my train was cancelled", "My train was cancelled."),
            ("My train was cancelled.", "My train was cancelled."),
            ("my train was cancelled...", "My train was cancelled."),
            ("it flooded!!", "It flooded."),
            ("  family commitments.,  ", "Family commitments."),
            ("could we talk?", "Could we talk?"),
            ("élan.", "Élan."),
            ("王伟.", "王伟."),
        ];
        for (text, expected) in cases {
            assert_eq!(as_sentence(text), expected, "{text:?}");
        }
    }

    #[test]
    fn lists_use_the_comma_style_of_the_spelling() {
        assert_eq!(join_list(&[], Spelling::Uk), "");
        assert_eq!(join_list(&["pay"], Spelling::Us), "pay");
        assert_eq!(join_list(&["pay", "hours"], Spelling::Us), "pay and hours");
        assert_eq!(
            join_list(&["pay", "hours", "travel"], Spelling::Uk),
            "pay, hours and travel"
        );
        assert_eq!(
            join_list(&["pay", "hours", "travel"], Spelling::Us),
            "pay, hours, and travel"
        );
    }

    #[test]
    fn stray_trailing_punctuation_is_dropped_from_inline_values() {
        assert_eq!(inline_value("Acme,"), "Acme");
        assert_eq!(inline_value("Acme Ltd."), "Acme Ltd.");
        assert_eq!(inline_value("SQL."), "SQL");
        assert_eq!(inline_value("next week..."), "next week");
        assert_eq!(inline_value("10 a.m."), "10 a.m.");
        assert_eq!(inline_value("Acme ;: "), "Acme");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod field_tests {
    use super::*;

    #[test]
    fn tags_are_stripped_and_their_text_kept() {
        assert_eq!(strip_tags("<b>Acme</b> Widgets Ltd."), "Acme Widgets Ltd.");
        assert_eq!(strip_tags("<script>alert(1)</script>"), "alert(1)");
        assert_eq!(strip_tags("Acme <i>and</i>  Co"), "Acme and Co");
        assert_eq!(strip_tags("<br/>"), "");
        assert_eq!(strip_tags("a < b and <3"), "a < b and <3");
        assert_eq!(strip_tags("pay > £50k"), "pay > £50k");
        assert_eq!(strip_tags("<b unclosed"), "<b unclosed");
        assert_eq!(strip_tags("Zoë 🌱"), "Zoë 🌱");
    }

    #[test]
    fn only_fixed_times_survive_the_day() {
        assert!(is_fixed_time("Thursday 27 November at 10:00"));
        assert!(is_fixed_time("10:00"));
        assert!(is_fixed_time("Friday, November 28 at 2:30 PM"));
        assert!(!is_fixed_time("tomorrow at 2pm"));
        assert!(!is_fixed_time("Next Tuesday"));
        assert!(!is_fixed_time("this afternoon"));
    }

    #[test]
    fn greetings_use_the_first_name_unless_a_title_or_script_says_not() {
        assert_eq!(first_name("Jordan Lee"), "Jordan");
        assert_eq!(first_name("Zoë Ó Briain"), "Zoë");
        assert_eq!(first_name("Dr Lee"), "Dr Lee");
        assert_eq!(first_name("Mrs. Jordan Lee"), "Mrs. Jordan Lee");
        assert_eq!(first_name("Jordan"), "Jordan");
        assert_eq!(first_name("王伟"), "王伟");
        assert_eq!(first_name("王 伟"), "王 伟");
        assert_eq!(first_name("Lee, Jordan"), "Lee, Jordan");
    }
}
