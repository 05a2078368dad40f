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
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_PARSE_ZLIB_HEADER, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

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

/// Reverses `pack`. `size_hint` is the unpacked length if the envelope
/// recorded it: the output buffer is then allocated once at the right
/// size instead of doubled (and zero-filled) about four times on the way
/// to ten megabytes. A wrong hint only costs time, never correctness.
pub fn unpack(
    text: &str,
    deflated_len: usize,
    size_hint: Option<usize>,
) -> Result<Vec<u8>, UnpackError> {
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
    inflate(&deflated, size_hint)
}

/// zlib inflate (checksum verified) into a buffer sized from the hint,
/// doubling only if the hint was short; never past `MAX_UNPACKED_BYTES`.
fn inflate(mut input: &[u8], size_hint: Option<usize>) -> Result<Vec<u8>, UnpackError> {
    let flags = TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    // Without a hint, guess the ratio deflate usually reaches on our JSON.
    // A hint beyond deflate's best ratio (about 1032 to 1) is not believed.
    let most = input.len().saturating_mul(1032);
    let first = size_hint.map_or(input.len().saturating_mul(8), |n| {
        n.saturating_add(1).min(most)
    });
    let mut out = vec![0u8; first.clamp(64, MAX_UNPACKED_BYTES)];
    let mut state = Box::<DecompressorOxide>::default();
    let mut pos: usize = 0;
    loop {
        let (status, used, written) = decompress(&mut state, input, &mut out, pos, flags);
        pos += written;
        input = input.get(used..).ok_or(UnpackError::Damaged)?;
        match status {
            TINFLStatus::Done => {
                out.truncate(pos);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < MAX_UNPACKED_BYTES => {
                let grown = out.len().saturating_mul(2).min(MAX_UNPACKED_BYTES);
                out.resize(grown, 0);
            }
            _ => return Err(UnpackError::Damaged),
        }
    }
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
            prop_assert_eq!(unpack(&text, len, None), Ok(bytes.clone()));
            prop_assert_eq!(unpack(&text, len, Some(bytes.len())), Ok(bytes.clone()));
            // A wrong hint costs time only.
            prop_assert_eq!(unpack(&text, len, Some(bytes.len() / 3)), Ok(bytes.clone()));
            prop_assert_eq!(unpack(&text, len, Some(bytes.len() * 3 + 7)), Ok(bytes));
        }
    }

    #[test]
    fn damage_is_detected() {
        let (text, len) = pack(b"{\"opportunities\":[]}");
        assert_eq!(unpack(&text, len + 5, None), Err(UnpackError::BadLength));
        assert_eq!(unpack("\u{1}", 1, None), Err(UnpackError::BadCharacter));
        let mut chars: Vec<char> = text.chars().collect();
        chars[1] = if chars[1] == 'A' { 'B' } else { 'A' };
        let flipped: String = chars.into_iter().collect();
        assert_eq!(unpack(&flipped, len, None), Err(UnpackError::Damaged));
    }

    #[test]
    fn megabytes_round_trip_whatever_the_hint() {
        // Text-like bytes, long enough for the output buffer to grow
        // several times without a hint.
        let bytes: Vec<u8> = (0..3 * 256 * 1024 + 17)
            .map(|i: usize| b"thank you, not this time "[i % 25] ^ ((i / 997) % 7) as u8)
            .collect();
        let (text, len) = pack(&bytes);
        for hint in [None, Some(bytes.len()), Some(1000), Some(bytes.len() * 2)] {
            assert_eq!(
                unpack(&text, len, hint).as_ref(),
                Ok(&bytes),
                "hint {hint:?}"
            );
        }
    }

    #[test]
    fn a_bomb_stops_at_the_limit() {
        // Highly compressible: far more than the limit once inflated.
        let zeros = vec![0u8; MAX_UNPACKED_BYTES + 1];
        let (text, len) = pack(&zeros);
        assert_eq!(unpack(&text, len, None), Err(UnpackError::Damaged));
        assert_eq!(
            unpack(&text, len, Some(usize::MAX)),
            Err(UnpackError::Damaged)
        );
    }
}
