//! Detectors that read a phrase in its clause: whether it is negated, who
//! a strong word is about, what continuing interest is in, whether an
//! excuse comes with its detail, and whether a no is ever said.

use crate::messages::request::Span;
use crate::messages::scan::{merge_overlapping, Match, Phrases, Scanned};
use crate::messages::words::{
    APOLOGY_WORDS, BLAME, BLAMED, BLAME_WORDS, DECISIONS, DECLINED_OBJECTS, FEELING_WORDS,
    FUTURE_PROMISES, GUILT_WORDS, HATE_WORDS, INTENSIFIERS, INTEREST, MAX_APOLOGIES,
    NEGATED_DECISIONS, NEGATION_WINDOW, NEGATIVE, NEGATORS, REFLEXIVE, SELF_AFTER, VAGUE_EXCUSES,
};

/// How far after a blamed party its critical word may stand, and how far
/// after "still interested" its object is read.
const CLAUSE_WINDOW: usize = 8;

/// Whether a negator stands shortly before token `first`, in its clause.
pub(in crate::messages) fn negated(text: &Scanned, first: usize) -> bool {
    text.before_in_clause(first, NEGATION_WINDOW).any(|i| {
        let word = text.word(i);
        word.ends_with(&['n', '\'', 't']) || text.word_is(i, NEGATORS)
    })
}

/// Matches of `phrases` that no negator turns around.
pub(in crate::messages) fn unnegated(text: &Scanned, phrases: &Phrases) -> Vec<Span> {
    let mut found: Vec<Span> = text
        .matches(phrases)
        .into_iter()
        .filter(|m| !negated(text, m.first))
        .map(|m| m.span)
        .collect();
    merge_overlapping(&mut found);
    found
}

/// Blame and criticism, apart: `(blame, criticism)`. A blamed party with a
/// critical word in its clause ("the process was disorganised") is one
/// blame span, and the word is not reported again as criticism; strong
/// words about the writer ("I feel awful", "I hate to cancel") are neither.
pub(in crate::messages) fn blame_and_criticism(text: &Scanned) -> (Vec<Span>, Vec<Span>) {
    let mut blame = text.find_any(&BLAME);
    let negative = text.matches(&NEGATIVE);
    let mut critical = text.matches(&BLAME_WORDS);
    critical.extend(negative.iter().copied());
    for party in text.matches(&BLAMED) {
        let Some(clause_end) = text.after_in_clause(party.last, CLAUSE_WINDOW).last() else {
            continue;
        };
        let word = critical
            .iter()
            .filter(|m| m.first > party.last && m.last <= clause_end && !negated(text, m.first))
            .min_by_key(|m| m.first);
        if let Some(word) = word {
            blame.push(Span {
                start: party.span.start,
                end: word.span.end,
            });
        }
    }
    merge_overlapping(&mut blame);
    let mut criticism: Vec<Span> = negative
        .iter()
        .filter(|m| !about_the_writer(text, m))
        .map(|m| m.span)
        .filter(|s| !blame.iter().any(|b| b.start <= s.start && s.end <= b.end))
        .collect();
    merge_overlapping(&mut criticism);
    (blame, criticism)
}

/// "I feel awful", "I hate to", "annoyed with myself".
fn about_the_writer(text: &Scanned, m: &Match) -> bool {
    let guilt = text.word_is(m.first, GUILT_WORDS)
        && text
            .before_in_clause(m.first, 3)
            .any(|i| text.word_is(i, FEELING_WORDS));
    let idiom = text.word_is(m.first, HATE_WORDS)
        && text
            .after_in_clause(m.last, 1)
            .any(|i| text.word_is(i, SELF_AFTER));
    let reflexive = text
        .after_in_clause(m.last, 3)
        .any(|i| text.word_is(i, REFLEXIVE));
    guilt || idiom || reflexive
}

/// Promises of interest in what is being turned down: the future promises
/// that are not negated, and continuing interest whose object is the role
/// or the interview, or that has no object at all ("I'm still interested").
pub(in crate::messages) fn contradictory_promises(text: &Scanned) -> Vec<Span> {
    let mut found = unnegated(text, &FUTURE_PROMISES);
    for m in text.matches(&INTEREST) {
        if negated(text, m.first) {
            continue;
        }
        let mut object = text.after_in_clause(m.last, CLAUSE_WINDOW).peekable();
        let about_the_role =
            object.peek().is_none() || object.any(|i| text.word_is(i, DECLINED_OBJECTS));
        if about_the_role {
            found.push(m.span);
        }
    }
    merge_overlapping(&mut found);
    found
}

/// Vague excuses, unless the sentence goes on to give the detail after a
/// colon, a bracket or a dash ("something came up at home: my son is
/// ill").
pub(in crate::messages) fn vague_excuses(text: &Scanned) -> Vec<Span> {
    let mut found: Vec<Span> = text
        .matches(&VAGUE_EXCUSES)
        .into_iter()
        .filter(|m| !detail_follows(text, m.span.end))
        .map(|m| m.span)
        .collect();
    merge_overlapping(&mut found);
    found
}

fn detail_follows(text: &Scanned, from: usize) -> bool {
    let rest = &text.chars[from..];
    let sentence = rest
        .iter()
        .position(|c| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or(rest, |end| &rest[..end]);
    sentence.iter().enumerate().any(|(i, c)| match c {
        ':' | '(' | '\u{2013}' | '\u{2014}' => true,
        '-' => sentence.get(i + 1) == Some(&' ') && i > 0 && sentence[i - 1] == ' ',
        _ => false,
    })
}

/// Apologies past the allowed number, and apologies doubled up with
/// intensifiers ("so so sorry").
pub(in crate::messages) fn over_apology(text: &Scanned) -> Vec<Span> {
    let apologies = text.matches(&APOLOGY_WORDS);
    let mut found: Vec<Span> = apologies
        .iter()
        .skip(MAX_APOLOGIES)
        .map(|m| m.span)
        .collect();
    for m in &apologies {
        let gushing = m.first >= 2
            && text.word_is(m.first - 1, INTENSIFIERS)
            && text.word_is(m.first - 2, INTENSIFIERS);
        if gushing {
            found.push(Span {
                start: text.words[m.first - 2].start,
                end: m.span.end,
            });
        }
    }
    merge_overlapping(&mut found);
    found
}

/// Whether the message says its no: a decision word, or a "go ahead",
/// "attend", "accept" ... that is negated.
pub(in crate::messages) fn states_decision(text: &Scanned) -> bool {
    text.contains_any(&DECISIONS)
        || text
            .matches(&NEGATED_DECISIONS)
            .iter()
            .any(|m| negated(text, m.first))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::messages::scan::phrases;

    fn check(found: Vec<Span>, text: &str, expected: &[&str]) {
        let got: Vec<&str> = found.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn negation_reaches_back_within_the_clause_only() {
        let text = "I don't think I'm the perfect fit, but it is the perfect fit.";
        let found = unnegated(&Scanned::new(text), &phrases!["perfect fit"]);
        let second = text.rfind("perfect fit").unwrap_or_default();
        assert_eq!(found.iter().map(|s| s.start).collect::<Vec<_>>(), [second]);
    }

    #[test]
    fn blame_takes_the_clause_and_criticism_spares_the_writer() {
        let text = "The process was disorganised. I feel awful and hate to cancel; it was awful.";
        let (blame, criticism) = blame_and_criticism(&Scanned::new(text));
        check(blame, text, &["The process was disorganised"]);
        check(criticism, text, &["awful"]);
    }

    #[test]
    fn interest_in_the_company_is_no_promise_but_in_the_role_is() {
        let text =
            "I'm still interested in the company. I'm still interested in the role. I remain keen.";
        check(
            contradictory_promises(&Scanned::new(text)),
            text,
            &["still interested", "remain keen"],
        );
    }

    #[test]
    fn an_excuse_with_its_detail_is_not_vague() {
        let text = "Something came up at home: my son is ill. For personal reasons, no.";
        check(
            vague_excuses(&Scanned::new(text)),
            text,
            &["personal reasons"],
        );
    }

    #[test]
    fn the_third_apology_and_doubled_intensifiers_are_too_many() {
        let text = "Sorry. I'm so so sorry. My apologies again.";
        check(
            over_apology(&Scanned::new(text)),
            text,
            &["so so sorry", "apologies"],
        );
    }

    #[test]
    fn a_decision_is_a_decision_word_or_a_negated_step() {
        for (text, expected) in [
            ("I have decided not to go ahead.", true),
            ("I won't be able to attend on Tuesday.", true),
            ("I've accepted a position elsewhere.", true),
            ("I'd like to go ahead and attend.", false),
            ("Thank you for the invitation. Good luck.", false),
        ] {
            assert_eq!(states_decision(&Scanned::new(text)), expected, "{text}");
        }
    }
}
