//! [`Vocab`]: the lexicon's words by id, in a hash table made for the one
//! question the tokenizer asks of every token ("which word is this, and
//! what is known of it?").
//!
//! Open addressing with linear probing over a power-of-two table. Each slot
//! holds a word's first eight bytes packed into a `u64`, its length, its id
//! and a value (the word's `Token::known` bits), so that a look-up hashes
//! the packed bytes (no byte-by-byte hashing) and settles most words (eight
//! bytes or fewer: most of a text's words) by comparing two integers,
//! without reaching the word's string or any other table.

/// A set of words, each with a `u32` id and a `u32` value.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    /// `slots.len() - 1` (the table size is a power of two).
    mask: usize,
    /// The table; a slot with `id == EMPTY` is free.
    slots: Vec<Slot>,
    /// Each word by id, to compare the bytes past the first eight.
    words: Vec<Box<str>>,
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The word's first eight bytes ([`pack`]).
    head: u64,
    /// The word's length in bytes.
    len: u32,
    /// The word's id, or [`EMPTY`].
    id: u32,
    /// The word's value.
    value: u32,
}

const EMPTY: u32 = u32::MAX;

/// The first eight bytes of `b`, little-endian, zero-padded.
#[inline]
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(h) = b.first_chunk::<4>() {
        if let Some(h) = b.first_chunk::<8>() {
            return u64::from_le_bytes(*h);
        }
        // (4 to 7 bytes: two loads of four that overlap on equal bytes,
        // rather than a copy of a variable length, which calls `memcpy`)
        let lo = u64::from(u32::from_le_bytes(*h));
        let hi = b
            .last_chunk::<4>()
            .map_or(0, |t| u64::from(u32::from_le_bytes(*t)));
        return lo | hi << (8 * (n - 4));
    }
    b.iter()
        .enumerate()
        .fold(0, |h, (i, &c)| h | u64::from(c) << (8 * i))
}

/// The slot a word starts its probe at (from its packed head and length).
#[inline]
fn home(head: u64, len: usize, mask: usize) -> usize {
    let h = (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & mask
}

impl Vocab {
    /// The table of `words`, the id of each being its index and its value
    /// `value(id)`. The words must be distinct.
    pub(crate) fn new(words: &[String], value: impl Fn(usize) -> u32) -> Self {
        // (at most half full: probes stay short)
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![
            Slot {
                head: 0,
                len: 0,
                id: EMPTY,
                value: 0,
            };
            size
        ];
        for (id, w) in words.iter().enumerate() {
            let b = w.as_bytes();
            let head = pack(b);
            let mut i = home(head, b.len(), mask);
            while slots[i].id != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                head,
                len: u32::try_from(b.len()).expect("a word shorter than 4 GB"),
                id: u32::try_from(id).expect("fewer than 2^32 words"),
                value: value(id),
            };
        }
        Vocab {
            mask,
            slots,
            words: words.iter().map(|w| w.as_str().into()).collect(),
        }
    }

    /// The id and value of `word`, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<(u32, u32)> {
        self.get_packed(word, pack(word.as_bytes()))
    }

    /// [`Vocab::get`] of `word`, whose first eight bytes the caller packed
    /// (`head`, as [`pack`] does).
    #[inline]
    pub(crate) fn get_packed(&self, word: &str, head: u64) -> Option<(u32, u32)> {
        debug_assert_eq!(head, pack(word.as_bytes()));
        let b = word.as_bytes();
        let mut i = home(head, b.len(), self.mask);
        loop {
            let s = self.slots[i];
            if s.id == EMPTY {
                return None;
            }
            if s.head == head
                && s.len as usize == b.len()
                && (b.len() <= 8 || self.words[s.id as usize].as_bytes()[8..] == b[8..])
            {
                return Some((s.id, s.value));
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_and_nothing_else() {
        let words: Vec<String> = [
            "",
            "a",
            "of",
            "the",
            "minister",
            "ministers",
            "ministry",
            "president",
            "presidents",
            "al-assad",
            "u.s.",
            "ΣΟΦΟΣ",
            "σοφος",
            "internationale",
            "internationals",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let v = Vocab::new(&words, |id| id as u32 * 3);
        for (id, w) in words.iter().enumerate() {
            assert_eq!(v.get(w), Some((id as u32, id as u32 * 3)), "{w}");
        }
        for w in ["b", "minis", "presiden", "internationalx", "the ", "σοφοσ"] {
            assert_eq!(v.get(w), None, "{w}");
        }
    }
}
