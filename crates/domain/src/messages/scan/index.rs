//! The index that keeps phrase matching fast: words filed by their first
//! three letters, neighbouring pairs by a hash of both, and each phrase's
//! key computed when compiling (`phrase_key`, used by `phrases!`).

/// A small chained hash table from a key (one word's initials, or a hash
/// of two words') to the tokens filed under it. Built in one pass (no
/// sort: this runs on every keystroke); a collision only costs a
/// `match_at` that then fails.
pub(super) struct Index {
    /// Per bucket, one past the last entry filed in it (0: empty).
    heads: [u16; BUCKETS],
    /// Per entry: its key, its token, and one past the previous entry of
    /// its bucket (0: none).
    entries: Vec<(u32, usize, u16)>,
}

/// Buckets of an `Index`; a message has a few hundred words at most.
const BUCKETS: usize = 512;

impl Index {
    pub(super) fn new(items: impl Iterator<Item = (usize, u32)>) -> Self {
        let mut heads = [0u16; BUCKETS];
        let (low, high) = items.size_hint();
        let mut entries = Vec::with_capacity(high.unwrap_or(low));
        // Entries past u16::MAX are not indexed: no message is that long,
        // and a phrase there is merely not found.
        for (token, key) in items.take(usize::from(u16::MAX) - 1) {
            let bucket = bucket(key);
            entries.push((key, token, heads[bucket]));
            heads[bucket] = entries.len() as u16;
        }
        Index { heads, entries }
    }

    /// The tokens filed under `key`, last first.
    pub(super) fn tokens(&self, key: u32) -> impl Iterator<Item = usize> + '_ {
        let mut next = self.heads[bucket(key)];
        std::iter::from_fn(move || loop {
            let (k, token, previous) = *self.entries.get(usize::from(next).checked_sub(1)?)?;
            next = previous;
            if k == key {
                return Some(token);
            }
        })
    }
}

fn bucket(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 23) as usize
}

/// A word's first three characters, packed (21 bits each; 0 past its end).
pub(super) fn initials(word: &[char]) -> u64 {
    let at = |i: usize| word.get(i).map_or(0, |c| u64::from(u32::from(*c)));
    at(0) << 42 | at(1) << 21 | at(2)
}

/// The key of a phrase in the index: of its first word in the one-word
/// index, of its first two in the pairs index (`PAIR` set). Computed when
/// compiling (see `phrases!`), so a check only looks keys up.
pub(in crate::messages) const fn phrase_key(phrase: &str) -> u32 {
    let bytes = phrase.as_bytes();
    let first = ascii_initials(bytes, 0);
    let mut space = 0;
    while space < bytes.len() && bytes[space] != b' ' {
        space += 1;
    }
    if space < bytes.len() {
        pair_key(first, ascii_initials(bytes, space + 1))
    } else {
        word_key(first)
    }
}

/// `initials` of the phrase word at `start` (ASCII; a trailing `*` stem is
/// at least three letters long, which a test in words.rs checks).
const fn ascii_initials(bytes: &[u8], start: usize) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < 3 && start + i < bytes.len() && bytes[start + i] != b' ' {
        key |= (bytes[start + i] as u64) << (42 - 21 * i);
        i += 1;
    }
    key
}

/// Set in the keys of the pairs index.
pub(super) const PAIR: u32 = 1 << 31;

/// The key of one word: a hash of its initials, since a collision only
/// costs a `match_at` that then fails.
pub(super) const fn word_key(initials: u64) -> u32 {
    (initials.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 33) as u32
}

/// The key of two neighbouring words.
pub(super) const fn pair_key(first: u64, second: u64) -> u32 {
    let mixed = first.rotate_left(17) ^ second.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 33) as u32 | PAIR
}
