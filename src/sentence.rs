//! Sentence splitter: document tokens -> [`Sentence`]s.
//!
//! A sentence ends at `.`, `!` or `?` (plus closing quotes and brackets) when
//! the next token starts a new sentence (a capital, a digit or an opening
//! quote), and always at a line break. Title abbreviations (`Gen.`, `Mr.`)
//! never end a sentence; other abbreviations (`U.S.`, `Jan.`) end one only
//! when a typical sentence opener follows. Sentences are capped at
//! [`MAX_TOKENS`] tokens so that text without punctuation stays bounded.

use crate::token::{Token, is_title_abbrev};
use std::ops::Range;

/// The longest sentence, in tokens; longer runs are cut.
pub const MAX_TOKENS: usize = 160;

/// A sentence: a byte span into the document and its token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Indices into the document's token vector.
    pub tokens: Range<usize>,
}

const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "his",
    "her",
    "their",
    "its",
    "after",
    "before",
    "officials",
    "meanwhile",
    "however",
    "last",
    "there",
    "some",
    "many",
];

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]")
}

/// Whether `text[a..b]` (the space between two tokens) holds a line break:
/// a byte loop, as the space is nearly always one byte or none (`contains`
/// would call `memchr`, slower on one byte).
#[allow(clippy::manual_contains)]
fn line_break(text: &str, a: usize, b: usize) -> bool {
    text.as_bytes()[a..b].iter().any(|&c| c == b'\n')
}

/// Splits a document's tokens into sentences.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    // (news sentences run to some twenty-five tokens: room for most documents)
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut begin = 0usize;
    let mut i = 0usize;
    let n = tokens.len();
    // whether a straight quotation mark is open: one after a full stop closes
    // the quotation only then ('... since 2011. "The airline ...' opens the
    // next sentence); a paragraph closes any
    let mut quoting = false;
    while i < n {
        let t = &tokens[i];
        let mut boundary_after: Option<usize> = None;
        // a line break between this token and the next ends the sentence
        let newline_next = i + 1 < n && line_break(text, t.end, tokens[i + 1].start);
        let lower = t.lower;
        if lower == "\"" {
            quoting = !quoting;
        }
        // (as bytes: every token is asked)
        let is_end_punct = matches!(lower.as_bytes(), [b'.' | b'!' | b'?']);
        let is_abbrev = matches!(lower.as_bytes(), [_, .., b'.']);
        if is_end_punct || is_abbrev {
            let mut j = i + 1;
            while j < n
                && is_closer(tokens[j].lower)
                && (quoting || tokens[j].lower != "\"")
                && !line_break(text, tokens[j - 1].end, tokens[j].start)
            {
                j += 1;
            }
            let next = tokens.get(j);
            let starts = match next {
                None => true,
                Some(nt) => {
                    line_break(text, tokens[j - 1].end, nt.start)
                        || nt.is_cap()
                        || nt.flags & crate::token::NUM != 0
                        || matches!(nt.lower, "\"" | "\u{201C}" | "'" | "\u{2018}" | "(")
                }
            };
            let ok = if is_end_punct {
                starts
            } else {
                let stem = &lower[..lower.len() - 1];
                if is_title_abbrev(stem) {
                    false
                } else {
                    match next {
                        None => true,
                        Some(nt) => {
                            line_break(text, tokens[j - 1].end, nt.start)
                                || (nt.is_cap() && OPENERS.contains(&nt.lower))
                        }
                    }
                }
            };
            if ok {
                boundary_after = Some(j);
            }
        }
        if boundary_after.is_none() && newline_next {
            boundary_after = Some(i + 1);
        }
        if newline_next {
            quoting = false;
        }
        if boundary_after.is_none() && i + 1 - begin >= MAX_TOKENS {
            boundary_after = Some(i + 1);
        }
        if let Some(j) = boundary_after {
            out.push(Sentence {
                start: tokens[begin].start,
                end: tokens[j - 1].end,
                tokens: begin..j,
            });
            begin = j;
            // (the closing marks the boundary takes in are passed over: they
            // close the quotation)
            for t in &tokens[i + 1..j] {
                if t.lower == "\"" {
                    quoting = !quoting;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if begin < n {
        out.push(Sentence {
            start: tokens[begin].start,
            end: tokens[n - 1].end,
            tokens: begin..n,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        let tz = tokenize(text);
        let toks = tz.tokens();
        split(text, &toks)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Gen. Kellogg met Mr. Witkoff. He left.",
                &["Gen. Kellogg met Mr. Witkoff.", "He left."],
            ),
            (
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "Troops left the U.S. The army said so.",
                &["Troops left the U.S.", "The army said so."],
            ),
            ("On Jan. 5 they met.", &["On Jan. 5 they met."]),
            (
                "\"We will win.\" He said it.",
                &["\"We will win.\"", "He said it."],
            ),
            // a straight quotation mark after a full stop opens the next
            // sentence's quotation unless one is open
            (
                "It was banned in 2011. \"We will win.\" He said it.",
                &["It was banned in 2011.", "\"We will win.\"", "He said it."],
            ),
            // (a closing mark read with a full stop that ends no sentence
            // is counted once)
            (
                "\"We will win.\" he said. \"Next one.\" She left.",
                &["\"We will win.\" he said.", "\"Next one.\"", "She left."],
            ),
            ("First line\nSecond line", &["First line", "Second line"]),
            ("Is it over? yes, he said.", &["Is it over? yes, he said."]),
        ];
        for (text, want) in cases {
            assert_eq!(sents(text), *want, "{text}");
        }
    }

    #[test]
    fn long_runs_are_capped() {
        let text = "word ".repeat(1000);
        let s = sents(&text);
        assert!(s.len() >= 1000 / MAX_TOKENS);
    }
}
