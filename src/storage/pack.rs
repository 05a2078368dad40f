//! Packs the saved JSON small enough for localStorage.
//!
//! localStorage holds about five million UTF-16 units per origin, and ten
//! thousand opportunities with their contacts, activity and follow-ups are
//! about ten million characters of JSON. Deflated (zlib, fast level) that
//! data shrinks about eight-fold, and writing 15 bits per UTF-16 unit
//! (the trick lz-string's `compressToUTF16` uses) keeps every unit a plain
//! character outside the surrogate range, so the browser stores it as is.
//! The zlib checksum also catches a damaged copy before it is parsed.

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;

/// Fast deflate: level 1 already gives most of the size win at a fraction
/// of the time of higher levels, and saving happens on every change.
const LEVEL: u8 = 1;
/// Offset that keeps every packed unit above the control characters.
const OFFSET: u32 = 0x20;
/// Largest unpacked JSON accepted, so damaged data cannot make us
/// allocate without bound.
pub const MAX_UNPACKED_BYTES: usize = 64 * 1024 * 1024;

/// Why packed data could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnpackError {
    /// A character outside the packed alphabet.
    #[error("it contains a character that packed data never has")]
    BadCharacter,
    /// The stated length does not match the characters.
    #[error("its length does not match")]
    BadLength,
    /// The deflate stream or its checksum is damaged, or it is too big.
    #[error("the compressed data is damaged")]
    Damaged,
}

/// Deflates `bytes` and writes them 15 bits per character. Returns the
/// text and the deflated length, which `unpack` needs.
pub fn pack(bytes: &[u8]) -> (String, usize) {
    let deflated = compress_to_vec_zlib(bytes, LEVEL);
    let mut out = String::with_capacity(deflated.len() * 8 / 15 * 3 + 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in &deflated {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push_unit(&mut out, (acc >> bits) & 0x7fff);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push_unit(&mut out, (acc << (15 - bits)) & 0x7fff);
    }
    (out, deflated.len())
}

/// Reverses `pack`.
pub fn unpack(text: &str, deflated_len: usize) -> Result<Vec<u8>, UnpackError> {
    let mut deflated = Vec::with_capacity(deflated_len);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.chars() {
        let v = (c as u32)
            .checked_sub(OFFSET)
            .filter(|v| *v <= 0x7fff)
            .ok_or(UnpackError::BadCharacter)?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 {
            bits -= 8;
            deflated.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if deflated.len() < deflated_len || deflated.len() > deflated_len + 1 {
        return Err(UnpackError::BadLength);
    }
    deflated.truncate(deflated_len);
    decompress_to_vec_zlib_with_limit(&deflated, MAX_UNPACKED_BYTES)
        .map_err(|_| UnpackError::Damaged)
}

fn push_unit(out: &mut String, v: u32) {
    // v + OFFSET is at most 0x801F: never a surrogate, always a char.
    if let Some(c) = char::from_u32(v + OFFSET) {
        out.push(c);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn unpack_reverses_pack(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let (text, len) = pack(&bytes);
            prop_assert!(text.chars().all(|c| (0x20..=0x801f).contains(&(c as u32))));
            prop_assert_eq!(unpack(&text, len), Ok(bytes));
        }
    }

    #[test]
    fn damage_is_detected() {
        let (text, len) = pack(b"{\"opportunities\":[]}");
        assert_eq!(unpack(&text, len + 5), Err(UnpackError::BadLength));
        assert_eq!(unpack("\u{1}", 1), Err(UnpackError::BadCharacter));
        let mut chars: Vec<char> = text.chars().collect();
        chars[1] = if chars[1] == 'A' { 'B' } else { 'A' };
        let flipped: String = chars.into_iter().collect();
        assert_eq!(unpack(&flipped, len), Err(UnpackError::Damaged));
    }
}
