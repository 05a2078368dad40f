//! US or UK spelling of our own words, from one table. Templates are
//! written in UK English; a US request swaps the entries below in the
//! template text only, never in what the user typed.

use std::borrow::Cow;

use super::grammar::capitalise_first;
use super::request::Spelling;

/// UK spellings in our templates and their US forms, one table. Templates
/// are written in UK English; a US request swaps these (our words only,
/// never what the user typed). Each entry is a word start, matched in
/// lower case and with a capital.
pub(super) const UK_TO_US: &[(&str, &str)] = &[
    ("apologis", "apologiz"),
    ("organis", "organiz"),
    ("realis", "realiz"),
    ("recognis", "recogniz"),
    ("prioritis", "prioritiz"),
    ("travelling", "traveling"),
    ("travelled", "traveled"),
    ("cancelled", "canceled"),
    ("enquir", "inquir"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("centre", "center"),
    ("programme", "program"),
    ("diary", "calendar"),
    ("at the weekend", "on the weekend"),
];

/// The template text in the requested spelling. One pass over the text,
/// trying the table only at word starts (this runs on every piece of
/// every keystroke's render), and no allocation when nothing changes.
pub fn spell(template: &str, spelling: Spelling) -> Cow<'_, str> {
    if spelling == Spelling::Uk {
        return Cow::Borrowed(template);
    }
    let bytes = template.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0 || !bytes[i - 1].is_ascii_alphabetic();
        let first = bytes[i].to_ascii_lowercase();
        let found = if word_start && first.is_ascii_lowercase() && may_be_uk(bytes, i) {
            UK_TO_US.iter().find(|(uk, _)| {
                uk.as_bytes()[0] == first
                    && bytes.len() - i >= uk.len()
                    && bytes[i + 1..i + uk.len()] == uk.as_bytes()[1..]
            })
        } else {
            None
        };
        match found {
            Some((uk, us)) => {
                let text = out.get_or_insert_with(|| String::with_capacity(template.len() + 8));
                text.push_str(&template[copied..i]);
                if bytes[i].is_ascii_uppercase() {
                    text.push_str(&capitalise_first(us));
                } else {
                    text.push_str(us);
                }
                i += uk.len();
                copied = i;
            }
            None => i += 1,
        }
    }
    match out {
        Some(mut text) => {
            text.push_str(&template[copied..]);
            Cow::Owned(text)
        }
        None => Cow::Borrowed(template),
    }
}

/// A cheap first test at a word start: do its first two letters begin
/// any entry of `UK_TO_US`? Most words ("the", "you") are dismissed here.
fn may_be_uk(bytes: &[u8], i: usize) -> bool {
    let Some(&second) = bytes.get(i + 1) else {
        return false;
    };
    let pair = [bytes[i].to_ascii_lowercase(), second];
    UK_TO_US.iter().any(|(uk, _)| uk.as_bytes()[..2] == pair)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn us_spelling_swaps_our_words_only() {
        assert_eq!(
            spell(
                "Apologies; I apologise for the cancelled diary slot.",
                Spelling::Us
            ),
            "Apologies; I apologize for the canceled calendar slot."
        );
        assert_eq!(spell("I apologise.", Spelling::Uk), "I apologise.");
        assert_eq!(spell("An enquiry.", Spelling::Us), "An inquiry.");
        assert_eq!(
            spell("Mid-word: misorganise", Spelling::Us),
            "Mid-word: misorganise"
        );
        assert!(matches!(
            spell("Nothing to change.", Spelling::Us),
            Cow::Borrowed(_)
        ));
        assert_eq!(spell("Zoë’s diary", Spelling::Us), "Zoë’s calendar");
        for (uk, us) in UK_TO_US {
            assert_ne!(uk, us);
            assert_eq!(spell(uk, Spelling::Us), *us);
        }
    }
}
