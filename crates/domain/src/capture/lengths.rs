//! How long the interview lasts: "45 minutes", "a 30 min call", "1.5
//! hours", "half an hour", "an hour". A length followed by what it is the
//! length of ("a 10-minute presentation", "10 minutes early") is not the
//! interview's.

use super::text::Text;
use super::words::*;

/// A length found in the text, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DurationMention {
    pub minutes: u32,
    pub from: usize,
    pub to: usize,
}

/// Every length in the text ("45 minutes", "1.5 hours", "an hour").
pub(super) fn find_durations(text: &Text) -> Vec<DurationMention> {
    let mut found = Vec::new();
    for i in 0..text.toks.len() {
        let Some((minutes, end)) = duration_at(text, i) else {
            continue;
        };
        let mut k = end;
        if text.is(k, ")") {
            k += 1;
        }
        if text.is_any(k, NOT_THE_LENGTH) || text.is_any(k + 1, &["presentation", "task"]) {
            continue;
        }
        if found.last().is_some_and(|d: &DurationMention| d.to > i) {
            continue;
        }
        found.push(DurationMention {
            minutes,
            from: i,
            to: end,
        });
    }
    found
}

fn duration_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    const WORDS: &[(&str, u32)] = &[
        ("an hour and a half", 90),
        ("one and a half hours", 90),
        ("half an hour", 30),
        ("an hour", 60),
        ("one hour", 60),
        ("hour long", 60),
        ("two hours", 120),
        ("three hours", 180),
    ];
    for (phrase, minutes) in WORDS {
        if let Some(end) = text.phrase_at(i, phrase) {
            return Some((*minutes, end));
        }
    }
    let tok = text.tok(i)?;
    let whole = tok.number().filter(|_| tok.raw.len() <= 3)?;
    let mut j = i + 1;
    let mut tenths = 0;
    if text.is(j, ".")
        && text
            .tok(j + 1)
            .is_some_and(|t| t.raw.len() == 1 && t.joined)
    {
        tenths = text.tok(j + 1)?.number()?;
        j += 2;
    }
    if text.is(j, "-") {
        j += 1;
    }
    let unit = text.tok(j)?;
    let minutes = match unit.lower.as_str() {
        "min" | "mins" | "minute" | "minutes" | "mn" if tenths == 0 => whole,
        "hr" | "hrs" | "hour" | "hours" | "h" => whole * 60 + tenths * 6,
        _ => return None,
    };
    (5..=480).contains(&minutes).then_some((minutes, j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        let lengths = |text: &str| -> Vec<u32> {
            find_durations(&Text::new(text))
                .iter()
                .map(|d| d.minutes)
                .collect()
        };
        assert_eq!(lengths("a 30 min phone screen, 45-minute call"), [30, 45]);
        assert_eq!(
            lengths("about an hour; 1.5 hours; half an hour"),
            [60, 90, 30]
        );
        assert_eq!(
            lengths("a 10-minute presentation, 1500hrs"),
            Vec::<u32>::new()
        );
        assert_eq!(lengths("Duration: 2 hours"), [120]);
    }
}
