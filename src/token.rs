//! Tokenizer: text -> [`Tokens`] (lending [`Token`]s with byte spans into the
//! original text and their lowercase forms, all in one buffer).
//!
//! Words keep internal hyphens and apostrophes (`al-Assad`, `O'Brien`) and
//! internal periods (`U.S.`); a trailing period stays on initials and known
//! abbreviations (`Gen.`, `Jan.`, `U.S.`). The possessive `'s` / `’s` and the
//! contraction `n't` are split off as tokens of their own. Every other
//! non-space character is a one-character punctuation token.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A token: a byte span into the document text plus its lowercase form.
///
/// Tokens borrow their lowercase forms from the [`Tokens`] they come from
/// (one buffer per document, no string per token).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lowercased text, with curly apostrophes made straight.
    pub lower: &'a str,
    /// Shape flags ([`CAP`], [`UPPER`], [`WORD`], [`PUNCT`], [`NUM`], [`HYPHEN`]).
    pub flags: u8,
    /// The lexicon's id for `lower` (set by `Lexicon::tokenize`), or
    /// [`UNKNOWN`] / [`UNASSIGNED`].
    pub id: u32,
    /// What the lexicon knows of the word, set with `id`: its word-class
    /// flags and whether it has gazetteer entries, triggers or verb forms.
    /// Read it through the `Lexicon` accessors (`tclass`, `tgazetteer` ...).
    pub known: u32,
}

/// A token before it borrows its lowercase form: `lower[lo..hi]` of [`Tokens`].
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
    flags: u8,
    id: u32,
    known: u32,
}

impl Raw {
    /// An ASCII token: its lowercase form sits at its own offsets in the
    /// lowercase buffer.
    fn ascii(start: usize, end: usize, flags: u8) -> Raw {
        Raw {
            start,
            end,
            lo: start,
            hi: end,
            flags,
            id: UNASSIGNED,
            known: 0,
        }
    }
}

/// A tokenized document: the spans and flags of its tokens and one buffer
/// holding their lowercase forms. [`Tokens::tokens`] lends the [`Token`]s.
///
/// The buffer starts with the ASCII-lowercased text, so an ASCII token's
/// lowercase form sits at its own offsets; the forms of other tokens (whose
/// lowercase may differ in length) are appended after it.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    lower: String,
    raw: Vec<Raw>,
}

impl Tokens {
    /// The tokens, borrowing their lowercase forms from `self`.
    pub fn tokens(&self) -> Vec<Token<'_>> {
        self.raw
            .iter()
            .map(|r| Token {
                start: r.start,
                end: r.end,
                lower: &self.lower[r.lo..r.hi],
                flags: r.flags,
                id: r.id,
                known: r.known,
            })
            .collect()
    }

    /// How many tokens.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// No tokens.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// Sets each token's `id` and `known` from its lowercase form, which
    /// `look_up` gets with its first eight bytes packed in a `u64`
    /// (little-endian, zero-padded), as the lexicon's vocabulary table
    /// hashes words.
    pub(crate) fn assign(&mut self, look_up: impl Fn(&str, u64) -> (u32, u32)) {
        // (eight bytes of padding after the last form, removed below: each
        // form's first eight bytes load at once, masked to its length,
        // without a branch on the length)
        let len = self.lower.len();
        self.lower.push_str("\0\0\0\0\0\0\0\0");
        let bytes = self.lower.as_bytes();
        for r in &mut self.raw {
            let head = bytes[r.lo..]
                .first_chunk::<8>()
                .map_or(0, |h| u64::from_le_bytes(*h));
            let n = r.hi - r.lo;
            let head = if n >= 8 {
                head
            } else {
                head & ((1 << (8 * n)) - 1)
            };
            (r.id, r.known) = look_up(&self.lower[r.lo..r.hi], head);
        }
        self.lower.truncate(len);
    }

    /// Splits hyphenated compounds whose parts are all actor words
    /// (`Israeli-Cypriot-Greek`, `US-Russia`), or an actor word followed by one
    /// of [`COMPOUND_SUFFIXES`] (`Iran-backed`), into their parts with `-`
    /// tokens between, so that later stages see each country. `is_part` tells
    /// whether a part, as written, is an actor word. Other hyphenated words
    /// (`al-Assad`, `pro-Russia`, `Jean-Yves`) stay whole.
    pub(crate) fn split_compounds(&mut self, text: &str, is_part: impl Fn(&str) -> bool) {
        let lower = &self.lower;
        let splittable = |t: &Raw| {
            if t.flags & HYPHEN == 0 || t.flags & WORD == 0 {
                return false;
            }
            let s = &text[t.start..t.end];
            let parts: Vec<&str> = s.split('-').collect();
            let n = parts.len();
            n >= 2
                && parts.iter().all(|p| !p.is_empty())
                && parts[..n - 1].iter().all(|p| is_part(p))
                && (is_part(parts[n - 1]) || {
                    // (or any other participle: "UN-recognised", "US-brokered")
                    let last = lower[t.lo..t.hi].rsplit('-').next().unwrap_or("");
                    COMPOUND_SUFFIXES.contains(&last) || (last.len() > 4 && last.ends_with("ed"))
                })
        };
        if !self.raw.iter().any(splittable) {
            return;
        }
        let flags: Vec<bool> = self.raw.iter().map(splittable).collect();
        let old = std::mem::take(&mut self.raw);
        for (t, split) in old.into_iter().zip(flags) {
            if !split {
                self.raw.push(t);
                continue;
            }
            let mut at = t.start;
            for (i, part) in text[t.start..t.end].split('-').enumerate() {
                if i > 0 {
                    push(&mut self.lower, &mut self.raw, text, at, at + 1);
                    at += 1;
                }
                push(&mut self.lower, &mut self.raw, text, at, at + part.len());
                at += part.len();
            }
        }
    }
}

/// The lexicon knows nothing about the word.
pub const UNKNOWN: u32 = u32::MAX;
/// Not looked up yet (tokenized without a lexicon): look-ups go by the string.
pub const UNASSIGNED: u32 = u32::MAX - 1;

/// Starts with an uppercase letter.
pub const CAP: u8 = 1;
/// Two or more letters, all uppercase.
pub const UPPER: u8 = 2;
/// Starts with a letter.
pub const WORD: u8 = 4;
/// A punctuation character.
pub const PUNCT: u8 = 8;
/// Starts with a digit.
pub const NUM: u8 = 16;
/// A word with an internal hyphen (`al-Assad`, `US-Russia`).
pub const HYPHEN: u8 = 32;

impl Token<'_> {
    /// Starts with an uppercase letter.
    pub fn is_cap(&self) -> bool {
        self.flags & CAP != 0
    }
    /// A word (starts with a letter).
    pub fn is_word(&self) -> bool {
        self.flags & WORD != 0
    }
    /// A punctuation token.
    pub fn is_punct(&self) -> bool {
        self.flags & PUNCT != 0
    }
    /// The token's text.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Abbreviations from `lexicon/abbreviations.txt`: (titles, others), in
/// sets with the fast hasher of the lexicon's maps (our own keys).
static ABBREV: LazyLock<(FxHashSet<&'static str>, FxHashSet<&'static str>)> = LazyLock::new(|| {
    let mut titles = FxHashSet::default();
    let mut other = FxHashSet::default();
    for line in include_str!("lexicon/abbreviations.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.splitn(2, '\t');
        let set = match cols.next() {
            Some("title") => &mut titles,
            Some("other") => &mut other,
            _ => continue,
        };
        set.extend(cols.next().unwrap_or("").split_whitespace());
    }
    (titles, other)
});

/// Whether a lowercase word (without its final period) is a title abbreviation
/// (`gen`, `mr`), which never ends a sentence.
pub fn is_title_abbrev(lower: &str) -> bool {
    ABBREV.0.contains(lower)
}

/// Whether a lowercase word (without its final period) is another known
/// abbreviation (`jan`, `u.s`).
pub fn is_other_abbrev(lower: &str) -> bool {
    ABBREV.1.contains(lower)
}

/// Invisible Unicode format characters: zero-width spaces and joiners,
/// direction marks and isolates, word joiner, BOM.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Whether each byte is an ASCII letter or digit (a table look-up is
/// cheaper than the range tests, and the tokenizer asks for every byte).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits in `bytes` from `j`:
/// eight bytes at a time ([`alnum_bytes`]), so that most words take one
/// step, then byte by byte near the end of the text.
#[inline]
fn alnum_run_end(bytes: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = bytes.get(j..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = !alnum_bytes(u64::from_le_bytes(*chunk)) & HIGH_BITS;
        if stop != 0 {
            // (little-endian: the lowest byte is the first)
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    bytes[j..]
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .map_or(bytes.len(), |k| j + k)
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `x`, each with its high bit set when it is an ASCII
/// letter or digit (and its other bits clear).
///
/// Each test adds a constant to the low seven bits of every byte, which
/// sets the byte's high bit exactly when the byte is at least (or above) a
/// bound; no sum exceeds `0xFF`, so no carry crosses into the next byte.
#[inline]
fn alnum_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS;
    // (each byte `b` of `v` below 0x80; the bounds are ASCII, `lo` above 0)
    let at_least = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH_BITS;
    let above = |v: u64, hi: u8| v.wrapping_add(ONES * u64::from(0x7F - hi)) & HIGH_BITS;
    // (setting bit 5 makes capitals lowercase and no other byte a letter)
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !above(folded, b'z');
    let digit = at_least(low, b'0') & !above(low, b'9');
    (letter | digit) & ascii
}

/// Tokenizes `text`.
pub fn tokenize(text: &str) -> Tokens {
    let mut lower = text.to_ascii_lowercase();
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        // (ASCII: no decoding; tab, line feed, vertical tab, form feed and
        // carriage return are its other whitespace, and it has no format
        // characters)
        let c = if bytes[i] < 0x80 {
            if matches!(bytes[i], b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            char::from(bytes[i])
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() || is_format(c) {
                i += c.len_utf8();
                continue;
            }
            c
        };
        if (c == 'n' || c == 'N') && is_nt(&text[i..]) {
            let len = 2 + text[i + 1..].chars().next().map_or(1, char::len_utf8);
            push(&mut lower, &mut out, text, i, i + len);
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut j = i;
            let mut has_dot = false;
            // (whether the word so far holds a hyphen, and a character
            // outside ASCII: what `push` would otherwise scan it for)
            let mut hyphen = false;
            let mut ascii = true;
            let mut cut = None;
            while j < text.len() {
                // (ASCII letters and digits, nearly every byte of a word)
                j = alnum_run_end(bytes, j);
                if j == text.len() {
                    break;
                }
                // (an ASCII space or punctuation mark other than the four below
                // ends the word: the common case, without decoding)
                if bytes[j] < 0x80 && !matches!(bytes[j], b'\'' | b'-' | b'.' | b'&') {
                    break;
                }
                let Some(d) = text[j..].chars().next() else {
                    break;
                };
                // invisible format characters (zero-width space, direction marks)
                // inside a word belong to it
                if d.is_alphanumeric()
                    || (is_format(d)
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric))
                {
                    ascii &= d.is_ascii();
                    j += d.len_utf8();
                    continue;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                let next_alnum = next.is_some_and(char::is_alphanumeric);
                if is_apostrophe(d) {
                    // possessive 's or bare plural possessive
                    let after = &text[j + d.len_utf8()..];
                    let after_s = after.strip_prefix(['s', 'S']);
                    if let Some(rest) = after_s
                        && !rest.chars().next().is_some_and(char::is_alphanumeric)
                    {
                        cut = Some(j);
                        break;
                    }
                    if j > start + 1 && matches!(bytes[j - 1], b'n' | b'N') && is_nt(&text[j - 1..])
                    {
                        // "didn't" -> "did" + "n't"
                        cut = Some(j - 1);
                        break;
                    }
                    if next_alnum {
                        ascii &= d.is_ascii();
                        j += d.len_utf8();
                        continue;
                    }
                    break;
                }
                if (d == '-' || d == '.' || d == '&') && next_alnum {
                    has_dot |= d == '.';
                    hyphen |= d == '-';
                    j += d.len_utf8();
                    continue;
                }
                break;
            }
            let mut end = cut.unwrap_or(j);
            if cut.is_none() && end < text.len() && bytes[end] == b'.' {
                let word = &text[start..end];
                // (an ASCII word's lowercase form is already in the buffer)
                let word_lower = if word.is_ascii() {
                    std::borrow::Cow::Borrowed(&lower[start..end])
                } else {
                    std::borrow::Cow::Owned(word.to_lowercase())
                };
                let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
                if has_dot || single || is_title_abbrev(&word_lower) || is_other_abbrev(&word_lower)
                {
                    end += 1;
                }
            }
            if ascii && c.is_ascii() {
                out.push(Raw::ascii(
                    start,
                    end,
                    ascii_word_flags(&bytes[start..end], hyphen),
                ));
            } else {
                push(&mut lower, &mut out, text, start, end);
            }
            i = end;
            continue;
        }
        if is_apostrophe(c) {
            let rest = &text[i + c.len_utf8()..];
            if rest.starts_with(['s', 'S'])
                && !rest[1..].chars().next().is_some_and(char::is_alphanumeric)
            {
                push(&mut lower, &mut out, text, i, i + c.len_utf8() + 1);
                i += c.len_utf8() + 1;
                continue;
            }
        }
        if c.is_ascii() {
            // (an ASCII character that starts no word is punctuation)
            out.push(Raw::ascii(i, i + 1, PUNCT));
            debug_assert_eq!(ascii_flags(&bytes[i..i + 1]), PUNCT);
        } else {
            push(&mut lower, &mut out, text, i, i + c.len_utf8());
        }
        i += c.len_utf8();
    }
    Tokens { lower, raw: out }
}

/// Suffixes that, after a hyphen, make a country word the agent, base or
/// owner of what follows: `Iran-backed militias`, `Yemen-based rebels`,
/// `British-flagged tanker`.
pub const COMPOUND_SUFFIXES: &[&str] = &[
    "backed",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "trained",
    "based",
    "led",
    "flagged",
    "owned",
];

/// Whether `s` starts with the contraction `n't` (straight or curly) at a word end.
fn is_nt(s: &str) -> bool {
    let mut it = s.chars();
    matches!(it.next(), Some('n' | 'N'))
        && it.next().is_some_and(is_apostrophe)
        && matches!(it.next(), Some('t' | 'T'))
        && !it.next().is_some_and(char::is_alphanumeric)
}

/// Adds the token `text[start..end]`; the lowercase form of a non-ASCII
/// token is appended to `lower`.
fn push(lower: &mut String, out: &mut Vec<Raw>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    if s.is_ascii() {
        out.push(Raw::ascii(start, end, ascii_flags(s.as_bytes())));
        return;
    }
    let first = s.chars().next().unwrap_or(' ');
    let mut flags = 0u8;
    if first.is_uppercase() {
        flags |= CAP;
    }
    if first.is_alphabetic() {
        flags |= WORD;
        let (mut n, mut up) = (0, 0);
        for l in s.chars().filter(|c| c.is_alphabetic()) {
            n += 1;
            up += usize::from(l.is_uppercase());
        }
        if n >= 2 && n == up {
            flags |= UPPER;
        }
        if s.as_bytes().contains(&b'-') {
            flags |= HYPHEN;
        }
    } else if first.is_numeric() {
        flags |= NUM;
    } else {
        flags |= PUNCT;
    }
    // (str::to_lowercase, not per character: a final sigma lowercases to ς)
    let l = s.to_lowercase().replace('\u{2019}', "'");
    let lo = lower.len();
    lower.extend(l.chars().filter(|&c| !is_format(c)));
    out.push(Raw {
        start,
        end,
        lo,
        hi: lower.len(),
        flags,
        id: UNASSIGNED,
        known: 0,
    });
}

/// [`ascii_flags`] of an ASCII word (starting with a letter or digit) whose
/// hyphen the tokenizer saw as it scanned it: most words start with a
/// lowercase letter, which settles the flags without a look at the rest.
#[inline]
fn ascii_word_flags(b: &[u8], hyphen: bool) -> u8 {
    let first = b[0];
    let hyphen = if hyphen { HYPHEN } else { 0 };
    let flags = if first.is_ascii_lowercase() {
        WORD | hyphen
    } else if first.is_ascii_uppercase() {
        // (UPPER: no lowercase letter, and a second letter)
        if !b[1..].iter().any(u8::is_ascii_lowercase) && b[1..].iter().any(u8::is_ascii_alphabetic)
        {
            CAP | WORD | UPPER | hyphen
        } else {
            CAP | WORD | hyphen
        }
    } else {
        NUM
    };
    debug_assert_eq!(flags, ascii_flags(b), "{:?}", std::str::from_utf8(b));
    flags
}

/// The shape flags of an ASCII token.
fn ascii_flags(b: &[u8]) -> u8 {
    let first = b.first().copied().unwrap_or(b' ');
    let mut flags = 0u8;
    if first.is_ascii_uppercase() {
        flags |= CAP;
    }
    if first.is_ascii_alphabetic() {
        flags |= WORD;
        // (a lowercase letter rules out UPPER, and most words have one
        // among their first letters)
        let mut letters = 0usize;
        let mut lower = false;
        for &c in b {
            lower |= c.is_ascii_lowercase();
            letters += usize::from(c.is_ascii_alphabetic());
        }
        if !lower && letters >= 2 {
            flags |= UPPER;
        }
        if b.contains(&b'-') {
            flags |= HYPHEN;
        }
    } else if first.is_ascii_digit() {
        flags |= NUM;
    } else {
        flags |= PUNCT;
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .tokens()
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Russia's invasion", &["Russia", "'s", "invasion"]),
            ("Witkoff’s office", &["Witkoff", "’s", "office"]),
            ("U.S. forces met.", &["U.S.", "forces", "met", "."]),
            ("Gen. Keith Kellogg", &["Gen.", "Keith", "Kellogg"]),
            ("did not, didn't", &["did", "not", ",", "did", "n't"]),
            (
                "pro-Russia al-Assad O'Brien",
                &["pro-Russia", "al-Assad", "O'Brien"],
            ),
            ("talks — then", &["talks", "—", "then"]),
            ("the allies' plan", &["the", "allies", "'", "plan"]),
            ("in 2022.", &["in", "2022", "."]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn alnum_runs_end_where_a_byte_scan_ends_them() {
        let naive = |b: &[u8], j: usize| {
            (j..b.len())
                .find(|&k| !b[k].is_ascii_alphanumeric())
                .unwrap_or(b.len())
        };
        // every byte value at every place of a run longer than a step,
        // and texts ending inside a step
        for stop in 0..=255u8 {
            for at in 0..20 {
                for len in [at + 1, at + 3, at + 9, 24] {
                    let mut b = b"aZ09zA9mQk0xYb3c7Lp2".repeat(2);
                    b.truncate(len.max(at + 1));
                    b[at] = stop;
                    for j in 0..b.len() {
                        assert_eq!(alnum_run_end(&b, j), naive(&b, j), "{b:?} from {j}");
                    }
                }
            }
        }
    }

    #[test]
    fn invisible_format_characters_neither_split_nor_start_words() {
        let text = "Ger\u{200B}many met. \u{200F}France left.";
        let tz = tokenize(text);
        let toks = tz.tokens();
        assert_eq!(toks[0].lower, "germany");
        assert_eq!(&text[toks[0].start..toks[0].end], "Ger\u{200B}many");
        let france = toks.iter().find(|t| t.lower == "france").expect("France");
        assert!(france.is_cap());
    }

    #[test]
    fn spans_slice_original_text() {
        let text = "Kyiv rejected it. Zelensky’s ΣΟΦΟΣ plan";
        let tz = tokenize(text);
        for t in tz.tokens() {
            let want = text[t.start..t.end].to_lowercase().replace('’', "'");
            assert_eq!(t.lower, want);
        }
        assert_eq!(tz.tokens().last().map(|t| t.lower), Some("plan"));
    }

    /// The lowercase form the tokenizer promises for a span.
    fn expected_lower(span: &str) -> String {
        span.to_lowercase()
            .replace('\u{2019}', "'")
            .chars()
            .filter(|&c| !is_format(c))
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Whatever the text (ASCII, accents, capitals that lowercase to
        /// longer forms, curly apostrophes, invisible characters, hyphenated
        /// country compounds), every token's lowercase form is that of its
        /// own span, read from the shared buffer.
        #[test]
        fn lowercase_forms_match_their_spans(
            text in r"([A-Za-z]{1,6}|ΣΟΦΟΣ|İstanbul|Zelensky’s|US-Russia|Iran-backed|\x{200B}|[.,’'\- \n]|[\x{0}-\x{2FF}]){0,40}"
        ) {
            let lex = crate::lexicon::Lexicon::embedded();
            for tz in [tokenize(&text), lex.tokenize(&text)] {
                for t in tz.tokens() {
                    proptest::prop_assert_eq!(t.lower, expected_lower(&text[t.start..t.end]));
                }
            }
        }
    }
}
