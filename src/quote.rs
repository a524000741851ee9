//! Quoted judgements: sentences, mentions and resolution -> [`Judgement`]s.
//!
//! A quotation whose words judge the actor it opens with is a stance of its
//! speaker toward that actor: `"The airline transports weapons ... supporting
//! the regime's destructive ambitions," according to a tweet by Pompeo`
//! criticizes the airline; `"War maniacs of the South Korean puppet military
//! made another grave provocation ...", said KCNA` criticizes South Korea.
//! The judging words are the `blame` and `praise` lists of `words.tsv`.
//!
//! A quotation may run over several sentences; its speaker is the first
//! actor named outside quotation marks in the sentence where it closes, else
//! in the one where it opens (`X said: "..."`). The judged actor is the first
//! actor named inside the quotation in the judging word's sentence, before
//! that word. No judgement is read:
//! - under a negation before the judging word ("is not a provocation");
//! - of the speaker, or of the speaker's own state ("Ukraine has suffered a
//!   brutal invasion," the Ukrainian president said).

use crate::lexicon::{ActorKind, Lexicon, wc};
use crate::mention::{Mention, Use};
use crate::resolve::Resolution;
use crate::sentence::Sentence;
use crate::token::Token;

/// A speaker's quoted judgement of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    /// Sentence holding the judging word.
    pub sentence: usize,
    /// The speaker (entity index).
    pub speaker: usize,
    /// The judged actor (entity index).
    pub target: usize,
    /// Blame (`criticized`) or praise (`supported`).
    pub blame: bool,
    /// Token index of the judging word.
    pub word: usize,
}

/// The quoted judgements of one article, in sentence order.
pub fn judgements(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    sents: &[Sentence],
    mentions: &[Vec<Mention>],
    res: &Resolution,
) -> Vec<Judgement> {
    let mut out = Vec::new();
    // whether each token of the document lies inside quotation marks
    // (straight marks toggle; curly ones open and close; a new paragraph
    // closes any quotation left open: a quotation that runs on into the
    // next paragraph opens again there)
    // (the marks first, by a flag test at each token: most tokens are words)
    let marks: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.flags & crate::token::PUNCT != 0 && quote_mark(t).is_some())
        .map(|(i, _)| i)
        .collect();
    // (an article without quotation marks has nothing to read)
    if marks.is_empty() {
        return out;
    }
    let bytes = text.as_bytes();
    let mut inside = vec![false; toks.len()];
    // the tokens after the opening mark `o` up to `to`, or up to the first
    // line break before it
    let mut fill = |o: usize, to: usize| {
        let (from, upto) = (toks[o].end, toks.get(to).map_or(text.len(), |t| t.start));
        let end = match bytes[from..upto].iter().position(|&b| b == b'\n') {
            Some(nl) => toks.partition_point(|t| t.start < from + nl),
            None => to,
        };
        inside[o + 1..end].fill(true);
    };
    let mut open: Option<usize> = None;
    for &k in &marks {
        // (a quotation cut by a line break ends there: the mark after it
        // opens a new one)
        if let Some(o) = open
            && bytes[toks[o].end..toks[k].start].contains(&b'\n')
        {
            fill(o, k);
            open = None;
        }
        match quote_mark(&toks[k]) {
            Some(Mark::Straight) => match open.take() {
                Some(o) => fill(o, k),
                None => open = Some(k),
            },
            Some(Mark::Open) => {
                if let Some(o) = open {
                    fill(o, k);
                }
                open = Some(k);
            }
            Some(Mark::Close) | None => {
                if let Some(o) = open.take() {
                    fill(o, k);
                }
            }
        }
    }
    if let Some(o) = open {
        fill(o, toks.len());
    }
    let linked = |s: usize, j: usize| res.links[s].get(j).copied().flatten();
    let speaker_in = |s: usize| {
        mentions[s].iter().enumerate().find_map(|(j, m)| {
            (m.usage == Use::Actor && !inside[m.span.start])
                .then(|| linked(s, j))
                .flatten()
        })
    };
    let mut s = 0;
    while s < sents.len() {
        let range = sents[s].tokens.clone();
        if !range.clone().any(|i| inside[i]) {
            s += 1;
            continue;
        }
        // the sentences of this quotation: on while the last token is inside
        // quotation marks (the quotation runs on) and no paragraph breaks
        let first = s;
        let mut last = s;
        while last + 1 < sents.len()
            && sents[last].tokens.end > 0
            && inside[sents[last].tokens.end - 1]
            && !text[sents[last].end..sents[last + 1].start].contains('\n')
        {
            last += 1;
        }
        let speaker = speaker_in(last).or_else(|| speaker_in(first));
        if let Some(speaker) = speaker {
            for q in first..=last {
                let range = sents[q].tokens.clone();
                let (ms, links) = (&mentions[q], &res.links[q]);
                if let Some((word, target, blame)) =
                    judge(lex, toks, &inside, range, ms, links, res, speaker)
                {
                    out.push(Judgement {
                        sentence: q,
                        speaker,
                        target,
                        blame,
                        word,
                    });
                }
            }
        }
        s = last + 1;
    }
    out
}

/// A quotation mark's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Open,
    Close,
}

fn quote_mark(t: &Token) -> Option<Mark> {
    match t.lower.as_bytes() {
        [b'"'] => Some(Mark::Straight),
        [0xE2, 0x80, 0x9C] => Some(Mark::Open),
        [0xE2, 0x80, 0x9D] => Some(Mark::Close),
        _ => None,
    }
}

/// The judgement in one sentence's quoted words, if any: the judging
/// word's token, the judged actor and whether it is blame.
#[allow(clippy::too_many_arguments)]
fn judge(
    lex: &Lexicon,
    toks: &[Token],
    inside: &[bool],
    range: std::ops::Range<usize>,
    ms: &[Mention],
    links: &[Option<usize>],
    res: &Resolution,
    speaker: usize,
) -> Option<(usize, usize, bool)> {
    // the first actor named inside the quotation
    let (m, target) = ms
        .iter()
        .zip(links)
        .find_map(|(m, l)| inside[m.span.start].then_some((m, (*l)?)))?;
    let ents = &res.entities;
    let own_state = ents[speaker].country.is_some()
        && ents[target].kind == ActorKind::Country
        && ents[target].country == ents[speaker].country;
    if target == speaker || own_state || ents[target].media {
        return None;
    }
    // the quoted words after it, to the end of the quotation or sentence
    for k in m.span.end..range.end {
        let t = &toks[k];
        if !inside[k] || lex.tis(t, wc::NEGATION) {
            return None;
        }
        if t.is_word()
            && !t.is_cap()
            && let Some(blame) = lex.judgement(t.lower)
        {
            return Some((k, target, blame));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::relation::tests::triples;

    #[test]
    fn a_quotation_over_two_sentences_judges_for_the_speaker_named_after_it() {
        let got = triples(
            "\"We have warned them for months. Venezuela's threats against Guyana are reckless \
             and dangerous,\" said Brazil's foreign minister Mauro Vieira.",
        );
        assert!(
            got.iter()
                .any(|t| t == "Mauro Vieira -criticized-> Venezuela"),
            "{got:?}"
        );
        // praise, with the speaker named before the quotation
        let got = triples(
            "Mauro Vieira said: \"Colombia's offer to mediate is constructive.\" He left on Friday.",
        );
        assert!(
            got.iter()
                .any(|t| t == "Mauro Vieira -supported-> Colombia"),
            "{got:?}"
        );
    }

    #[test]
    fn no_judgement_under_negation_of_the_speaker_or_of_his_own_state() {
        for text in [
            "\"Venezuela's conduct is not reckless,\" said Mauro Vieira.",
            "\"Brazil has suffered a brutal campaign of lies,\" said Mauro Vieira, Brazil's foreign minister.",
        ] {
            let got = triples(text);
            assert!(
                got.iter().all(|t| !t.contains("-criticized->")),
                "{text}\n{got:?}"
            );
        }
    }

    #[test]
    fn a_paragraph_break_closes_a_quotation_left_open() {
        // the first paragraph's quotation runs on unclosed, as news style
        // does; the second paragraph's quotation mark opens a new one
        let got = triples(
            "Mauro Vieira said: \"We will keep talking.\nGuyana's president Irfaan Ali said: \
             \"Venezuela's threats are reckless.\"",
        );
        assert!(
            got.iter()
                .any(|t| t == "Irfaan Ali -criticized-> Venezuela"),
            "{got:?}"
        );
    }

    #[test]
    fn a_description_head_followed_by_a_present_verb_and_its_object() {
        // "the airline transports weapons": "transports" is the verb, not
        // part of the description
        let got = triples(
            "Germany banned Iranian airline Mahan Air. \"The airline transports weapons to \
             militias, a reckless trade,\" said Mike Pompeo.",
        );
        assert!(
            got.iter()
                .any(|t| t == "Mike Pompeo -criticized-> Mahan Air"),
            "{got:?}"
        );
    }
}
