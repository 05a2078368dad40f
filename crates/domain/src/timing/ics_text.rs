//! The text layer of RFC 5545: escaping TEXT values and folding long
//! content lines. Kept apart from the events so each rule can be tested on
//! its own.

/// Content lines may be at most this many octets, not counting the CRLF
/// (RFC 5545, section 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value (RFC 5545, section 3.3.11): backslash, semicolon
/// and comma get a backslash, every line break becomes `\n`. Other control
/// characters are not allowed in TEXT and are dropped; tabs are kept.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF and a lone CR are both one line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line so that no physical line exceeds
/// `MAX_LINE_OCTETS` octets: each continuation starts with a space (which
/// counts), and a multi-byte UTF-8 character is never split. Lines are
/// joined with CRLF; no CRLF is added at the end.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check_escape(input: &str, expected: &str) {
        assert_eq!(escape_text(input), expected, "{input:?}");
    }

    #[test]
    fn text_escaping_covers_the_four_special_cases() {
        check_escape("plain", "plain");
        check_escape(r"a\b", r"a\\b");
        check_escape("a;b,c", r"a\;b\,c");
        check_escape("one\ntwo\r\nthree\rfour", r"one\ntwo\nthree\nfour");
        check_escape("tab\there\u{7}bell", "tab\therebell");
        check_escape("café 🎉, ok", r"café 🎉\, ok");
        check_escape("", "");
    }

    /// Every physical line must fit, and unfolding must give back the input.
    fn check_fold(line: &str) {
        let folded = fold_line(line);
        for (index, physical) in folded.split("\r\n").enumerate() {
            assert!(
                physical.len() <= MAX_LINE_OCTETS,
                "line {index} has {} octets",
                physical.len()
            );
            if index > 0 {
                assert!(physical.starts_with(' ') && physical.len() > 1);
            }
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn short_lines_are_left_alone() {
        let line = "SUMMARY:".to_string() + &"x".repeat(67);
        assert_eq!(line.len(), 75);
        assert_eq!(fold_line(&line), line);
    }

    #[test]
    fn long_ascii_lines_fold_at_75_octets() {
        let line = "DESCRIPTION:".to_string() + &"a".repeat(200);
        let folded = fold_line(&line);
        let lengths: Vec<_> = folded.split("\r\n").map(str::len).collect();
        assert_eq!(lengths, vec![75, 75, 1 + (212 - 75 - 74)]);
        check_fold(&line);
    }

    #[test]
    fn multi_byte_characters_are_never_split() {
        // Two-, three- and four-byte characters at every alignment.
        for prefix in 0..4 {
            for sample in ["é", "€", "🎉", "Zürich – café 🎉 "] {
                let line = format!("SUMMARY:{}{}", "x".repeat(prefix), sample.repeat(60));
                check_fold(&line);
            }
        }
        // 73 ASCII octets then a 4-byte emoji: it must move to the next line.
        let line = format!("{}🎉", "a".repeat(73));
        assert_eq!(fold_line(&line), format!("{}\r\n 🎉", "a".repeat(73)));
    }

    #[test]
    fn folding_arbitrary_text_round_trips() {
        use proptest::prelude::*;
        proptest!(|(line in "\\PC{0,300}")| {
            check_fold(&line);
        });
    }
}
