use super::*;

#[test]
fn letters_and_digits_split_and_offsets_are_characters() {
    let text = Text::new("Siobhán at 10am,\nthe 3rd");
    let words: Vec<(&str, usize, usize, usize, bool)> = text
        .toks
        .iter()
        .map(|t| (t.raw.as_str(), t.start, t.end, t.line, t.joined))
        .collect();
    assert_eq!(
        words,
        [
            ("Siobhán", 0, 7, 0, false),
            ("at", 8, 10, 0, false),
            ("10", 11, 13, 0, false),
            ("am", 13, 15, 0, true),
            (",", 15, 16, 0, true),
            ("the", 17, 20, 1, false),
            ("3", 21, 22, 1, false),
            ("rd", 22, 24, 1, true),
        ]
    );
    assert_eq!(text.lines, [0..5, 5..8]);
}

#[test]
fn phrases_match_with_or_without_hyphens() {
    let text = Text::new("An on-site visit, or on site.");
    assert_eq!(text.find_phrase("on site"), [(1, 4), (7, 9)]);
    assert_eq!(
        Text::new("Time zone: Europe/Berlin").line_label(0),
        Some(("time zone".to_string(), 3))
    );
    assert_eq!(Text::new("It’s 9").toks[0].lower, "it's");
}
