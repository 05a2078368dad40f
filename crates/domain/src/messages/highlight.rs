//! Splits a text into plain and highlighted runs for the composer's
//! preview, from the checker's character spans.

use super::request::Span;

/// One run of text and whether it is highlighted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The characters of this run.
    pub text: String,
    /// Whether a span covers it.
    pub marked: bool,
}

/// The text cut into runs, with every character covered by a span (spans
/// may overlap or run past the end) in a marked run. Empty spans are
/// ignored; adjacent runs never share the same `marked`.
pub fn highlight_segments(text: &str, spans: &[Span]) -> Vec<Segment> {
    let chars = text.chars().count();
    let mut ranges: Vec<(usize, usize)> = spans
        .iter()
        .map(|s| (s.start.min(chars), s.end.min(chars)))
        .filter(|(start, end)| start < end)
        .collect();
    ranges.sort_unstable();
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |text: String, marked: bool| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.marked == marked => last.text.push_str(&text),
            _ => out.push(Segment { text, marked }),
        }
    };
    let mut it = text.chars();
    let mut pos = 0;
    for (start, end) in ranges {
        let start = start.max(pos);
        if end <= start {
            continue;
        }
        push(it.by_ref().take(start - pos).collect(), false);
        push(it.by_ref().take(end - start).collect(), true);
        pos = end;
    }
    push(it.collect(), false);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(text: &str, spans: &[(usize, usize)], expected: &[(&str, bool)]) {
        let spans: Vec<Span> = spans
            .iter()
            .map(|&(start, end)| Span { start, end })
            .collect();
        let got = highlight_segments(text, &spans);
        let got: Vec<(&str, bool)> = got.iter().map(|s| (s.text.as_str(), s.marked)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn spans_become_marked_runs_by_character() {
        check(
            "Hi [Name], thanks!",
            &[(3, 9), (17, 18)],
            &[
                ("Hi ", false),
                ("[Name]", true),
                (", thanks", false),
                ("!", true),
            ],
        );
        check(
            "Zoë 🌱 ok",
            &[(2, 5)],
            &[("Zo", false), ("ë 🌱", true), (" ok", false)],
        );
    }

    #[test]
    fn overlapping_empty_and_overlong_spans_are_tidied() {
        check(
            "abcdef",
            &[(1, 3), (2, 4), (4, 4), (5, 99)],
            &[("a", false), ("bcd", true), ("e", false), ("f", true)],
        );
        check("abc", &[(0, 1), (1, 2)], &[("ab", true), ("c", false)]);
        check("", &[(0, 3)], &[]);
        check("abc", &[], &[("abc", false)]);
    }
}
