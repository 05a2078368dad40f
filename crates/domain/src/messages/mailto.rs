//! `mailto:` links that open the user's mail app with the composed
//! message, encoded so that any text survives the trip (RFC 6068).

/// A `mailto:` URL for `to` (may be empty) with the subject (if any) and
/// body. Everything outside the unreserved characters is percent-encoded
/// as UTF-8, and every line break is sent as CRLF, as RFC 6068 asks.
pub fn mailto_url(to: &str, subject: Option<&str>, body: &str) -> String {
    let mut url = String::with_capacity(16 + to.len() + body.len() * 3);
    url.push_str("mailto:");
    // An address keeps its "@" readable; anything else in it is encoded
    // so it cannot add fields of its own.
    for part in to.trim().split('@').enumerate() {
        if part.0 > 0 {
            url.push('@');
        }
        encode_into(&mut url, part.1);
    }
    let mut sep = '?';
    if let Some(subject) = subject {
        url.push(sep);
        url.push_str("subject=");
        encode_into(&mut url, subject);
        sep = '&';
    }
    url.push(sep);
    url.push_str("body=");
    encode_into(&mut url, body);
    url
}

/// Appends `text` percent-encoded, with `\n`, `\r\n` and a lone `\r` all
/// written as `%0D%0A`. Also used for calendar providers' add-event links.
pub fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b'\r' | b'\n' => {
                out.push_str("%0D%0A");
                if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
        i += 1;
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Undoes the encoding, for the round-trip property.
    fn decode(s: &str) -> String {
        let mut bytes = Vec::new();
        let mut it = s.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next().unwrap(), it.next().unwrap()];
                let hex = std::str::from_utf8(&hex).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn subject_and_body_are_encoded_with_crlf_line_breaks() {
        assert_eq!(
            mailto_url(
                "sam@example.com",
                Some("Re: Analyst & you?"),
                "Hi Sam,\n\nThanks!\r\nZoë"
            ),
            "mailto:sam@example.com?subject=Re%3A%20Analyst%20%26%20you%3F\
             &body=Hi%20Sam%2C%0D%0A%0D%0AThanks%21%0D%0AZo%C3%AB"
        );
    }

    #[test]
    fn no_subject_and_no_address_still_make_a_link() {
        assert_eq!(
            mailto_url("", None, "a+b=c#d"),
            "mailto:?body=a%2Bb%3Dc%23d"
        );
        assert_eq!(mailto_url(" ", None, "\r"), "mailto:?body=%0D%0A");
    }

    #[test]
    fn hostile_text_cannot_add_fields_or_change_the_scheme() {
        let url = mailto_url(
            "x@y.z?bcc=evil@example.com",
            Some("javascript:alert(1)"),
            "<script>alert(1)</script>&cc=a@b.c",
        );
        assert!(url.starts_with("mailto:x@y.z%3Fbcc%3Devil@example.com?subject=javascript%3A"));
        assert_eq!(url.matches('&').count(), 1, "{url}");
        assert!(!url.contains('<') && !url.contains(' '));
    }

    proptest! {
        #[test]
        fn any_body_round_trips_with_normalised_line_breaks(body in "\\PC*|[a\r\n ]*") {
            let url = mailto_url("", None, &body);
            let encoded = url.strip_prefix("mailto:?body=").unwrap();
            prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
            let expected = body.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
            prop_assert_eq!(decode(encoded), expected);
        }
    }
}
