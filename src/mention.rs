//! Mention detection: the tokens of one sentence -> actor [`Mention`]s.
//!
//! Three sources, in order of trust:
//! 1. the gazetteer (countries, demonyms, capitals and seats of government,
//!    known people and organizations, titles), longest match first;
//! 2. capitalised-name patterns for people and bodies in no list, with the
//!    kind guessed from the shape: a title before it makes a person, an
//!    organisational head noun (`Office`, `Council`, `Party` ...) an
//!    organization;
//! 3. noun phrases built around them: `US special envoy Steve Witkoff`
//!    (person + role + country), `Iranian airline Mahan Air` (organization +
//!    country), `Russian forces` (the country), `the Russian president`
//!    (a description to resolve), `he` / `his` (pronouns).
//!
//! Mentions never overlap; each covers the whole noun phrase, and `head`
//! covers the name inside it.

use crate::lexicon::{ActorKind, Lexicon, Target, wc};
use crate::token::Token;
use std::ops::Range;

/// What a mention refers to before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// A country (index into [`Lexicon::countries`]).
    Country(usize),
    /// A known person or organization (index into [`Lexicon::actors`]).
    Known(usize),
    /// A name in no list, with its guessed kind.
    Name {
        /// The name as written (titles stripped).
        text: String,
        /// The guessed kind.
        kind: ActorKind,
    },
    /// A definite description to resolve: `the Russian president`, `the airline`.
    Description {
        /// The role or head noun ("president", "airline").
        head: String,
        /// The country it names, if any.
        country: Option<usize>,
    },
    /// A personal pronoun (`he`, `his`, `she`, `her`): gender `m` or `f`.
    Pronoun(char),
    /// A plural description counting earlier actors: `both sides`, `the two
    /// neighbours`, `the three Sahel states`. `head` is the noun ("sides").
    Plural {
        /// How many actors it stands for.
        n: usize,
        /// The head noun.
        head: String,
    },
}

/// How a mention can take part in a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A full noun phrase: can be subject or object.
    Actor,
    /// A country word modifying another noun ("US strategy", "Russian demand"):
    /// only the agent of an event noun ("Russian strikes") or weak object.
    Modifier,
}

/// One actor mention in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Token range (document token indices) of the whole noun phrase.
    pub span: Range<usize>,
    /// Token range of the name itself.
    pub head: Range<usize>,
    /// What it refers to.
    pub referent: Referent,
    /// How it can be used.
    pub usage: Use,
    /// Role from a title or description ("special envoy").
    pub role: Option<String>,
    /// Country named in the phrase ("US" in "US special envoy").
    pub country: Option<usize>,
    /// Affiliation to another mention ("Mahan's director, Khanooki" -> Mahan).
    pub affiliation: Option<usize>,
    /// An organization (or other actor) named as the owner in the phrase
    /// ("AU commissioner Albert Muchanga", "BBC's Jonathan Marcus").
    pub owner: Option<Referent>,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// Stands for a country through a capital or seat ("Kremlin").
    pub seat: bool,
}

impl Mention {
    fn new(span: Range<usize>, head: Range<usize>, referent: Referent) -> Self {
        Mention {
            span,
            head,
            referent,
            usage: Use::Actor,
            role: None,
            country: None,
            affiliation: None,
            owner: None,
            possessive: false,
            seat: false,
        }
    }
}

/// A gazetteer hit or a capitalised run, before phrase building.
#[derive(Debug, Clone)]
struct Chunk {
    range: Range<usize>,
    what: ChunkKind,
}

#[derive(Debug, Clone, PartialEq)]
enum ChunkKind {
    Gaz(Target),
    /// Capitalised run of unknown words.
    Cap,
}

/// The word classes of every word that opens a description, a plural or a
/// pronoun mention ("the", "both", "two", "police", "they", "he", "we" ...).
const CUE_CLASSES: u32 = wc::CUE | wc::HE | wc::SHE;

/// Finds the mentions in one sentence. `toks` is the document's token vector
/// and `range` the sentence's token range.
pub fn find(lex: &Lexicon, text: &str, toks: &[Token], range: Range<usize>) -> Vec<Mention> {
    let chunks = chunk(lex, text, toks, range.clone());
    let mut out = build(lex, text, toks, range.clone(), &chunks);
    patronymics(lex, text, toks, &mut out);
    leaders_governments(lex, toks, range.end, &mut out);
    bodies_people(lex, toks, range.end, &mut out);
    gatherings(lex, text, toks, range.clone(), &mut out);
    led_bodies(text, toks, range, &mut out);
    out
}

/// "Sheikh Tamim bin Hamad Al Thani": a known person matched by a short
/// form ("Sheikh Tamim") and the rest of the same person's name after
/// "bin" ("Hamad Al Thani") are one mention of that person.
fn patronymics(lex: &Lexicon, text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        if let Referent::Known(p) = a.referent
            && b.span.start == a.span.end + 1
            && matches!(toks[a.span.end].lower, "bin" | "ibn" | "bint" | "ben")
            && let Referent::Name { text: rest, .. } = &b.referent
            && lex.actors[p].kind == ActorKind::Person
            && {
                let name = &lex.actors[p].name;
                let connector = &text[toks[a.span.end].start..toks[a.span.end].end];
                name.ends_with(rest.as_str())
                    && name[..name.len() - rest.len()]
                        .trim_end()
                        .ends_with(connector)
            }
        {
            let mut g = a.clone();
            g.span.end = b.span.end;
            g.head.end = b.span.end;
            replace_inside(out, g);
            continue;
        }
        k += 1;
    }
}

/// Puts mention `g` in its place among `out`, the mentions inside its span
/// giving way to it; affiliations follow their mentions to their new places.
fn replace_inside(out: &mut Vec<Mention>, g: Mention) {
    let span = g.span.clone();
    let inside = |m: &Mention| m.span.start >= span.start && m.span.end <= span.end;
    let at = out.partition_point(|m| m.span.start < span.start);
    let mut index: Vec<Option<usize>> = Vec::with_capacity(out.len());
    let mut next = 0;
    for (k, m) in out.iter().enumerate() {
        if k == at {
            next += 1;
        }
        if inside(m) {
            index.push(None);
        } else {
            index.push(Some(next));
            next += 1;
        }
    }
    out.retain(|m| !inside(m));
    let at = out.partition_point(|m| m.span.start < span.start);
    out.insert(at, g);
    for m in out.iter_mut() {
        m.affiliation = m.affiliation.and_then(|a| index.get(a).copied().flatten());
    }
}

/// "the Saudi-led coalition", "a Russian-led alliance": a body led by a
/// state is a body of its own, named by the phrase and belonging to the
/// state that leads it.
fn led_bodies(text: &str, toks: &[Token], range: Range<usize>, out: &mut Vec<Mention>) {
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        let e = m.span.end;
        if let Referent::Country(c) = m.referent
            && e + 2 < range.end
            && toks[e].lower == "-"
            && toks[e + 1].lower == "led"
            && matches!(
                toks[e + 2].lower,
                "coalition" | "alliance" | "bloc" | "mission" | "force" | "forces"
            )
            && out.get(k + 1).is_none_or(|n| n.span.start > e + 2)
        {
            let span = m.head.start..e + 3;
            let name = text[toks[span.start].start..toks[e + 2].end].to_string();
            let mut g = Mention::new(
                span.clone(),
                span,
                Referent::Name {
                    text: name,
                    kind: ActorKind::Organization,
                },
            );
            g.country = Some(c);
            replace_inside(out, g);
        }
        k += 1;
    }
}

/// "an assembly of several foreign ministers in Cairo", "a meeting of
/// Arab League envoys": a gathering of officials named by no body of its
/// own is a group actor, named by the phrase; a place or body inside it
/// only describes it.
fn gatherings(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let r = range.clone();
    // (a bit test per word first: most sentences name no officials' plural)
    if !toks[r.clone()].iter().any(|t| lex.tis(t, wc::ENVOYS)) {
        return;
    }
    let mut i = r.start;
    while i + 3 < r.end {
        if !matches!(toks[i].lower, "a" | "an")
            || !matches!(
                toks[i + 1].lower,
                "assembly" | "gathering" | "meeting" | "conference" | "group" | "coalition"
            )
            || toks[i + 2].lower != "of"
        {
            i += 1;
            continue;
        }
        // up to three words before the officials' plural ("several
        // foreign", "ten Arab League")
        let mut k = i + 3;
        while k < r.end
            && k < i + 7
            && !(lex.tis(&toks[k], wc::ENVOYS) && toks[k].lower.ends_with('s'))
        {
            if !toks[k].is_word() {
                break;
            }
            k += 1;
        }
        if k >= r.end || !lex.tis(&toks[k], wc::ENVOYS) || !toks[k].lower.ends_with('s') {
            i += 1;
            continue;
        }
        let mut end = k + 1;
        // "in Cairo", "from the Gulf states": where they met or came from
        if end + 1 < r.end
            && matches!(toks[end].lower, "in" | "from")
            && let Some(m) = out.iter().find(|m| m.span.start == end + 1)
        {
            end = m.span.end;
        }
        let span = i..end;
        let name = text[toks[i + 1].start..toks[end - 1].end].to_string();
        let g = Mention::new(
            span.clone(),
            i + 1..end,
            Referent::Name {
                text: name,
                kind: ActorKind::Group,
            },
        );
        // (what it holds only describes it)
        replace_inside(out, g);
        i = end;
    }
}

/// "the Houthi rebels", "Wazalendo militiamen", "Hamas officials": an
/// organization's name before a plural noun for its people takes the noun
/// into its mention, which then stands for the organization as a subject or
/// object (a country word does so when its mention is built).
fn bodies_people(lex: &Lexicon, toks: &[Token], end: usize, out: &mut [Mention]) {
    for k in 0..out.len() {
        let m = &out[k];
        let org = match &m.referent {
            Referent::Known(a) => lex.actors[*a].kind == ActorKind::Organization,
            Referent::Name { kind, .. } => {
                matches!(kind, ActorKind::Organization | ActorKind::Group)
            }
            _ => false,
        };
        let e = m.span.end;
        if !org
            || m.possessive
            || m.span != m.head
            || e >= end
            || out.get(k + 1).is_some_and(|n| n.span.start <= e)
        {
            continue;
        }
        let n = &toks[e];
        if n.is_word()
            && !n.is_cap()
            && lex.tis(n, wc::PEOPLE | wc::COLLECTIVE)
            && (n.lower.ends_with('s') || lex.is_armed_noun(n.lower))
            && !toks
                .get(e + 1)
                .is_some_and(|x| e + 1 < end && matches!(x.lower, "'s" | "'"))
        {
            out[k].span.end = e + 1;
        }
    }
}

/// "the Trump administration", "Moon's government": a person's name before
/// the government noun takes the noun into its mention (resolution makes it
/// the person's state).
fn leaders_governments(lex: &Lexicon, toks: &[Token], end: usize, out: &mut [Mention]) {
    for m in out.iter_mut() {
        let person = match &m.referent {
            Referent::Known(a) => lex.actors[*a].kind == ActorKind::Person,
            Referent::Name { kind, .. } => *kind == ActorKind::Person,
            _ => false,
        };
        if !person || m.span != m.head {
            continue;
        }
        let noun = if m.possessive {
            m.span.end + 1
        } else {
            m.span.end
        };
        let before_the = m.span.start > 0 && toks[m.span.start - 1].lower == "the";
        if noun < end
            && (m.possessive || before_the)
            && matches!(toks[noun].lower, "administration" | "government")
        {
            m.span.end = noun + 1;
            m.possessive = toks
                .get(noun + 1)
                .is_some_and(|t| noun + 1 < end && matches!(t.lower, "'s" | "'"));
        }
    }
}

/// Where up to two lowercase modifiers from `from` end ("the ruling
/// party", "the opposition Coalition"): words that are no function word,
/// preposition or verb.
fn past_plain_modifiers(lex: &Lexicon, toks: &[Token], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end
        && k < from + 2
        && toks[k].is_word()
        && !toks[k].is_cap()
        && !lex.tis(&toks[k], wc::STOP | wc::PREP)
        && lex.tverb(&toks[k]).is_none()
    {
        k += 1;
    }
    k
}

fn is_cap_word(t: &Token) -> bool {
    t.is_cap() && t.is_word()
}

/// Whether the place word at `i` is a given name before a surname: a
/// capitalised word next that no list knows and that names no body, place
/// or office, after a title ("Foreign Minister Santiago Cafiero") or when
/// the word begins a listed person's name ("Santiago Peña": "Santiago
/// Abascal").
fn given_name_at(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    before: &[Chunk],
    i: usize,
    end: usize,
) -> bool {
    let Some(next) = toks.get(i + 1).filter(|_| i + 1 < end) else {
        return false;
    };
    if !is_cap_word(next)
        || next.flags & crate::token::UPPER != 0
        || lex.tis(
            next,
            wc::ORGHEAD | wc::PLACEHEAD | wc::VENUE | wc::COLLECTIVE,
        )
        || lex
            .tgazetteer_at(&toks[i + 1..])
            .iter()
            .any(|e| i + 1 + e.tokens.len() <= end && e.matches(text, &toks[i + 1..]))
    {
        return false;
    }
    let after_title = before
        .last()
        .is_some_and(|c| c.range.end == i && matches!(c.what, ChunkKind::Gaz(Target::Title(_))));
    after_title
        || lex.tgazetteer_at(&toks[i..]).iter().any(|e| {
            e.tokens.len() >= 2
                && matches!(e.target, Target::Actor(a) if lex.actors[a].kind == ActorKind::Person)
        })
}

/// Gazetteer matching and capitalised runs.
fn chunk(lex: &Lexicon, text: &str, toks: &[Token], range: Range<usize>) -> Vec<Chunk> {
    // (room for the chunks of most sentences: growing costs more)
    let mut out: Vec<Chunk> = Vec::with_capacity(8);
    let mut i = range.start;
    // A dateline ("MOSCOW —", "WASHINGTON:") opens the sentence: skip it.
    if range.len() > 2 && toks[i].flags & crate::token::UPPER != 0 {
        let mut j = i;
        while j < range.end && toks[j].flags & crate::token::UPPER != 0 {
            j += 1;
        }
        if j < range.end && matches!(toks[j].lower, "—" | ":" | "-" | "–") {
            i = j + 1;
        }
    }
    while i < range.end {
        let t = &toks[i];
        if !t.is_word() {
            i += 1;
            continue;
        }
        // gazetteer, longest first
        let mut hit: Option<(usize, Target)> = None;
        for e in lex.tgazetteer_at(&toks[i..]) {
            let n = e.tokens.len();
            if i + n > range.end {
                continue;
            }
            if e.matches(text, &toks[i..]) {
                // ("the leader of the opposition Popular Party": "opposition"
                // describes the party named next, and the office is "leader")
                if matches!(e.target, Target::Title(_))
                    && toks[i + n - 1].lower == "opposition"
                    && toks
                        .get(i + n)
                        .is_some_and(|x| i + n < range.end && is_cap_word(x))
                {
                    continue;
                }
                // lowercase single words that are also common nouns match only titles
                hit = Some((n, e.target));
                break;
            }
        }
        // "the US Treasury Department": a known name ("US Treasury") that
        // runs into another ("Treasury Department") gives way to the shorter
        // name before that one ("US")
        if let Some((n, Target::Actor(_))) = hit
            && n >= 2
            // (another name runs on past this one: a capitalised word next)
            && i + n < range.end
            && is_cap_word(&toks[i + n])
            && let Some(k) = (i + 1..i + n).find(|&k| {
                lex.tgazetteer_at(&toks[k..]).iter().any(|e| {
                    let end = k + e.tokens.len();
                    end > i + n
                        && end <= range.end
                        && matches!(e.target, Target::Actor(_))
                        && e.matches(text, &toks[k..])
                })
            })
        {
            hit = lex
                .tgazetteer_at(&toks[i..])
                .iter()
                .find(|e| e.tokens.len() <= k - i && e.matches(text, &toks[i..]))
                .map(|e| (e.tokens.len(), e.target));
        }
        if let Some((n, target)) = hit {
            // A title written lowercase is fine; a name-like target must be capitalised.
            let ok = match target {
                Target::Title(_) => true,
                // "African Export–Import Bank": a regional adjective starting a name
                Target::Place => {
                    toks[i].is_cap()
                        && !toks.get(i + n).is_some_and(|x| {
                            // ("Atlantic Council", "Middle East Institute": no entry
                            // matches at the next word)
                            i + n < range.end
                                && is_cap_word(x)
                                && !lex.tgazetteer_at(&toks[i + n..]).iter().any(|e| {
                                    i + n + e.tokens.len() <= range.end
                                        && e.matches(text, &toks[i + n..])
                                })
                        })
                }
                // ("Foreign Minister Santiago Cafiero", "Santiago Abascal": a
                // capital or country that is a given name, after a title or as
                // the given name of a listed person, before a surname in no
                // list is the person's name, read as a capitalised run below)
                Target::Seat(_) | Target::CountryName(_)
                    if n == 1 && given_name_at(lex, text, toks, &out, i, range.end) =>
                {
                    false
                }
                // "African Union Commission": a known body followed by a capitalised
                // body noun names another body (read as a capitalised run below);
                // so does a capital ("the Lima Group", "the Minsk Group")
                Target::Actor(_) | Target::Seat(_)
                    if match target {
                        Target::Actor(a) => lex.actors[a].kind == ActorKind::Organization,
                        _ => true,
                    } && (i + n..(i + n + 3).min(range.end))
                        .take_while(|&k| {
                            is_cap_word(&toks[k])
                                && !lex.tgazetteer_at(&toks[k..]).iter().any(|e| {
                                    k + e.tokens.len() <= range.end && e.matches(text, &toks[k..])
                                })
                        })
                        // ("United Nations Assistance Mission": up to three
                        // capitalised words closing on a body noun)
                        .any(|k| lex.tis(&toks[k], wc::ORGHEAD)) =>
                {
                    false
                }
                // "the Democratic Party of Socialists": a known body's name
                // that runs on with "of" and a capitalised word in no list
                // names another body (read as a capitalised run below)
                Target::Actor(a)
                    if lex.actors[a].kind == ActorKind::Organization
                        && i + n + 1 < range.end
                        && toks[i + n].lower == "of"
                        && lex.tis(&toks[i + n - 1], wc::ORGHEAD)
                        && is_cap_word(&toks[i + n + 1])
                        && !lex.tis(&toks[i + n + 1], wc::TIME)
                        && lex.tgazetteer(&toks[i + n + 1]).is_empty() =>
                {
                    false
                }
                // "Sputnik Azerbaijan": a known outlet's name followed by a
                // country's names an edition of its own (read as a
                // capitalised run below)
                Target::Actor(a)
                    if lex.actors[a].media
                        && i + n < range.end
                        && is_cap_word(&toks[i + n])
                        && lex.tgazetteer_at(&toks[i + n..]).iter().any(|e| {
                            matches!(e.target, Target::CountryName(_))
                                && i + n + e.tokens.len() <= range.end
                                && e.matches(text, &toks[i + n..])
                        }) =>
                {
                    false
                }
                // ("al-Shabaab", "el-Sisi": an Arabic article before a
                // capitalised name)
                _ => {
                    toks[i].is_cap()
                        || toks[i].flags & crate::token::NUM != 0
                        || text[toks[i].start..toks[i].end]
                            .split_once('-')
                            .is_some_and(|(p, rest)| {
                                matches!(
                                    p,
                                    "al" | "el" | "ad" | "as" | "ash" | "an" | "ar" | "at" | "az"
                                ) && rest.starts_with(char::is_uppercase)
                            })
                }
            };
            if ok {
                // "Sheikh Mohammed bin Abdulrahman Al Thani": an alias followed by
                // the rest of the actor's full name is one mention of it
                let mut n = n;
                // "Minister of Water, Irrigation and Energy": a portfolio the
                // titles do not list, after "of", is part of the title
                if let Target::Title(_) = target {
                    n += portfolio_after(lex, text, toks, i, i + n, range.end);
                }
                if let Target::Actor(a) = target {
                    let name = lex.actors[a].name.as_str();
                    let mut e = i + n;
                    while e < range.end && is_cap_word(&toks[e]) {
                        e += 1;
                        let tail = &text[toks[i + n].start..toks[e - 1].end];
                        if name.len() > tail.len()
                            && name.ends_with(tail)
                            && name.as_bytes()[name.len() - tail.len() - 1] == b' '
                        {
                            n = e - i;
                            break;
                        }
                    }
                }
                out.push(Chunk {
                    range: i..i + n,
                    what: ChunkKind::Gaz(target),
                });
                i += n;
                continue;
            }
        }
        // "Cambodian Defence Ministry spokeswoman", "Cambodia's health ministry
        // official": a body the titles do not list, right after a country word,
        // and a one-word office after its body noun make one title
        if let Some((n, title)) = body_office_at(lex, text, toks, out.last(), i, range.end) {
            out.push(Chunk {
                range: i..i + n,
                what: ChunkKind::Gaz(title),
            });
            i += n;
            continue;
        }
        // "North and South Korea": a bare word coordinated with a name whose
        // head it shares stands for the name with that head ("North Korea")
        if is_cap_word(t) && i + 2 < range.end && matches!(toks[i + 1].lower, "and" | "or") {
            let partner = lex.tgazetteer_at(&toks[i + 2..]).iter().find(|e| {
                e.tokens.len() >= 2
                    && i + 2 + e.tokens.len() <= range.end
                    && e.matches(text, &toks[i + 2..])
            });
            if let Some(p) = partner {
                let rest = &p.tokens[1..];
                let own = lex.tgazetteer(t).iter().find(|e| {
                    e.tokens.len() == p.tokens.len()
                        && e.tokens[1..] == *rest
                        && e.token_matches_at(0, text, t)
                });
                if let Some(own) = own {
                    out.push(Chunk {
                        range: i..i + 1,
                        what: ChunkKind::Gaz(own.target),
                    });
                    i += 1;
                    continue;
                }
            }
        }
        if is_cap_word(t) && !is_nonname(lex, toks, i, &range) {
            let start = i;
            let mut j = i + 1;
            while j < range.end {
                let u = &toks[j];
                // a title that fully matches here ("Foreign Minister") ends the run;
                // a word that merely starts one ("Foreign Affairs") does not
                // (so does a known body of two words or more: "Kurdish-led
                // Syrian Democratic Forces")
                let title_here = lex.tgazetteer_at(&toks[j..]).iter().any(|e| {
                    // ("People's Democratic Party leader X": a capitalised body
                    // noun closes the name before it, not the office "party
                    // leader")
                    (matches!(e.target, Target::Title(_)) && !lex.tis(u, wc::ORGHEAD)
                        || (matches!(e.target, Target::Actor(_))
                            && e.tokens.len() >= 2
                            && !matches!(toks[j - 1].lower, "and" | "of" | "for" | "on")
                            // ("the High Security Council": another body's name)
                            && !lex.is_name_modifier(toks[j - 1].lower)
                            // ("Sweden's Social Democratic Party": a party's
                            // name that holds another's)
                            && !(toks[j - 1].flags & crate::token::HYPHEN == 0
                                && lex.tcountry_word(text, &toks[j - 1]).is_none()
                                && e.last_lower().is_some_and(|w| lex.is_party_noun(w)))))
                        && j + e.tokens.len() <= range.end
                        && e.matches(text, &toks[j..])
                });
                // (nor right after a possessive inside the name: "the People's
                // Representative Council")
                let title_here = title_here && toks[j - 1].lower != "'s";
                if is_cap_word(u) && !title_here && !lex.tis(u, wc::TIME) {
                    j += 1;
                    continue;
                }
                // "Yasser al-Atta", "Abdel Fattah el-Sisi": an Arabic article
                // joined to a capitalised name by a hyphen continues the name
                if u.flags & crate::token::HYPHEN != 0
                    && u.lower.split_once('-').is_some_and(|(p, _)| {
                        matches!(
                            p,
                            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an"
                        )
                    })
                    && text[u.start..u.end]
                        .split_once('-')
                        .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
                {
                    j += 1;
                    continue;
                }
                // ("the People's Party", "the Women's League": a capitalised
                // noun of people and its possessive inside a body's name, before
                // a capitalised word)
                if u.lower == "'s"
                    && j == start + 1
                    && lex.tis(&toks[start], wc::PEOPLE)
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| j + 1 < range.end && is_cap_word(n))
                {
                    j += 1;
                    continue;
                }
                // "Export–Import Bank": a dash between two capitalised words of one name
                if matches!(u.lower, "–" | "-")
                    && j + 1 < range.end
                    && toks[j - 1].end == u.start
                    && u.end == toks[j + 1].start
                    && is_cap_word(&toks[j + 1])
                    && lex.tgazetteer(&toks[j + 1]).is_empty()
                    && lex.tgazetteer(&toks[j - 1]).is_empty()
                {
                    j += 1;
                    continue;
                }
                if matches!(
                    u.lower,
                    "bin"
                        | "al"
                        | "de"
                        | "von"
                        | "van"
                        | "der"
                        | "la"
                        | "du"
                        | "da"
                        | "el"
                        | "ibn"
                        | "abu"
                ) && j + 1 < range.end
                    && is_cap_word(&toks[j + 1])
                {
                    j += 1;
                    continue;
                }
                // ("Ministry of Trade and Industry", but not "American Airlines and
                // JetBlue": "and" joins words only inside an "of" complement)
                // ("Movement for the Self-Determination of Kabylie",
                // "Organisation for the Prohibition of Chemical Weapons": "the"
                // after "of", "for" or "on" inside a body's name)
                if u.lower == "the"
                    && j > start
                    && matches!(toks[j - 1].lower, "of" | "for" | "on")
                    && j + 1 < range.end
                    && is_cap_word(&toks[j + 1])
                    && !lex.tis(&toks[j + 1], wc::TIME)
                    && !is_country_at(lex, text, toks, j + 1, range.end)
                    // ("the Council of the European Union": a known name after
                    // "the" is its own mention)
                    && !lex.tgazetteer_at(&toks[j + 1..]).iter().any(|e| {
                        j + 1 + e.tokens.len() <= range.end && e.matches(text, &toks[j + 1..])
                    })
                {
                    j += 1;
                    continue;
                }
                if (matches!(u.lower, "of" | "for" | "and" | "on")
                    && j + 1 < range.end
                    && (is_cap_word(&toks[j + 1])
                        || (u.lower != "and"
                            && toks[j + 1].lower == "the"
                            && j + 2 < range.end
                            && is_cap_word(&toks[j + 2])
                            && !is_country_at(lex, text, toks, j + 2, range.end)
                            && !lex.tgazetteer_at(&toks[j + 2..]).iter().any(|e| {
                                j + 2 + e.tokens.len() <= range.end
                                    && e.matches(text, &toks[j + 2..])
                            })))
                    // ("the Andean Community on Monday")
                    && !lex.tis(&toks[j + 1], wc::TIME)
                    // ("the Freedom Party of Geert Wilders": a listed person
                    // after "of" is the party's, not in its name)
                    && !(u.lower == "of"
                        && lex.tgazetteer_at(&toks[j + 1..]).iter().any(|e| {
                            e.tokens.len() >= 2
                                && j + 1 + e.tokens.len() <= range.end
                                && matches!(e.target, Target::Actor(a)
                                    if lex.actors[a].kind == ActorKind::Person)
                                && e.matches(text, &toks[j + 1..])
                        }))
                    && toks[start..j].iter().any(|x| lex.tis(x, wc::ORGHEAD))
                    && (u.lower != "and"
                        || toks[start..j]
                            .iter()
                            .any(|x| matches!(x.lower, "of" | "for" | "on")))
                    || (u.lower == "and" && j + 1 < range.end && is_cap_word(&toks[j + 1]) && {
                        // "Peace and Security Council": capitalised words after
                        // "and" that end in a body noun
                        let mut e = j + 1;
                        while e < range.end && e < j + 4 && is_cap_word(&toks[e]) {
                            e += 1;
                        }
                        lex.tis(&toks[e - 1], wc::ORGHEAD)
                    }))
                    && (!is_country_at(lex, text, toks, j + 1, range.end)
                        // ("Democratic Forces for the Liberation of Rwanda": the
                        // country of a cause named after "for the" is in the name)
                        || (u.lower == "of"
                            && toks[start..j]
                                .windows(2)
                                .any(|w| w[0].lower == "for" && w[1].lower == "the"))
                        // ("United Nations Assistance Mission for Iraq": a
                        // mission or office for a country)
                        || (u.lower == "for"
                            && matches!(
                                toks[j - 1].lower,
                                "mission" | "tribunal" | "commission"
                            ))
                        // ("the UN Panel of Experts on Libya", "the Commission
                        // of Inquiry on Syria": a body's name of its own with
                        // "of" names its country after "on")
                        || (u.lower == "on" && toks[start..j].iter().any(|x| x.lower == "of")))
                {
                    j += 1;
                    continue;
                }
                // ("the European Union Mission in Armenia (EUMA)", "the UN
                // Verification Mission in Colombia": a mission in a country is
                // named by it)
                if u.lower == "in"
                    && toks[j - 1].lower == "mission"
                    && is_cap_word(&toks[j - 1])
                    && j + 1 < range.end
                    && is_cap_word(&toks[j + 1])
                    && is_country_at(lex, text, toks, j + 1, range.end)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // "Northamptonshire police", "Kharkiv council": a lowercase body noun ends the name
            if j < range.end
                && matches!(
                    toks[j].lower,
                    "police"
                        | "ministry"
                        | "army"
                        | "navy"
                        | "council"
                        | "government"
                        | "embassy"
                        | "agency"
                        | "court"
                        | "parliament"
                        | "militia"
                )
            {
                j += 1;
            }
            // "Greek Shipping Minister": a portfolio the titles do not list,
            // between a country word and a bare "Minister", is part of the title
            // (also a list of them: "Japanese Economy, Trade and Industry
            // Minister")
            // (`t`: where the title word stands)
            let mut t = j;
            // (scanned only after a country word: most runs before a comma are
            // list members, "Peru, Chile and Bolivia")
            if j + 3 < range.end
                && toks[j].lower == ","
                && j - start <= 2
                && start > range.start
                && lex.tcountry_word(text, &toks[start - 1]).is_some()
            {
                let mut k = j;
                while k + 1 < range.end
                    && k < j + 6
                    && matches!(toks[k].lower, "," | "and")
                    && is_cap_word(&toks[k + 1])
                {
                    k += 2;
                    while k < range.end
                        && k < j + 8
                        && is_cap_word(&toks[k])
                        && !lex
                            .tgazetteer_at(&toks[k..])
                            .iter()
                            .any(|e| e.tokens.len() == 1 && matches!(e.target, Target::Title(_)))
                    {
                        k += 1;
                    }
                }
                // (the list must have closed with "and")
                if (j..k).any(|x| toks[x].lower == "and") && k > j + 1 {
                    t = k;
                }
            }
            if t < range.end
                // (a bare office word first: the test below looks up entries)
                && matches!(toks[t].lower, "minister" | "secretary" | "commissioner")
                && (t > j || j - start <= 2)
                && ((start > range.start && lex.tcountry_word(text, &toks[start - 1]).is_some())
                    // ("and Mining Minister Ousseini Hadizatou": one word, and no
                    // name before it)
                    || (t == j
                        && j - start == 1
                        && (start == range.start || !toks[start - 1].is_cap())))
                && let Some(title) = lex.tgazetteer_at(&toks[t..]).iter().find(|e| {
                    e.tokens.len() == 1
                        && matches!(e.target, Target::Title(_))
                        && matches!(
                            e.tokens[0].to_ascii_lowercase().as_str(),
                            "minister" | "secretary" | "commissioner"
                        )
                        && e.matches(text, &toks[t..])
                })
                && (start..t).all(|k| {
                    lex.tgazetteer(&toks[k]).is_empty()
                        || !lex
                            .tgazetteer_at(&toks[k..])
                            .iter()
                            .any(|e| k + e.tokens.len() <= t && e.matches(text, &toks[k..]))
                })
            {
                out.push(Chunk {
                    range: start..t + 1,
                    what: ChunkKind::Gaz(title.target),
                });
                i = t + 1;
                continue;
            }
            // a trailing gazetteer hit inside the run (e.g. "Trump Tower") is part of it
            out.push(Chunk {
                range: start..j,
                what: ChunkKind::Cap,
            });
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// The length of a portfolio after an office title `toks[from..at]`: "of"
/// and capitalised words after a bare "Minister" (or "Secretary",
/// "Commissioner"), or more items after a listed title that names one
/// ("Minister of Trade, Industry and Energy"), joined by commas and "and",
/// none a country or known name ("Minister of Water Resources and
/// Irrigation"); 0 when none.
fn portfolio_after(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    from: usize,
    at: usize,
    end: usize,
) -> usize {
    if at == 0 || at + 1 >= end {
        return 0;
    }
    let bare = toks[at].lower == "of"
        && matches!(
            toks[at - 1].lower,
            "minister" | "secretary" | "commissioner" | "ministers" | "secretaries"
        );
    let listed = matches!(toks[at].lower, "," | "and")
        && at - from >= 3
        && toks[from..at].iter().any(|t| t.lower == "of");
    if !bare && !listed {
        return 0;
    }
    let known_at = |k: usize| {
        lex.tgazetteer_at(&toks[k..])
            .iter()
            .any(|e| k + e.tokens.len() <= end && e.matches(text, &toks[k..]))
    };
    // (`last`: the last word of the portfolio; `closed`: its end when the
    // items after the last comma came after an "and"; `base`: the token
    // before the first new one)
    let base = if bare { at } else { at - 1 };
    let mut k = base + 1;
    let mut last = base;
    let mut closed = base;
    let mut after_and = true;
    while k < end {
        let t = &toks[k];
        if is_cap_word(t) && !known_at(k) && !lex.tis(t, wc::TIME) {
            last = k;
            if after_and {
                closed = k;
            }
            k += 1;
        } else if (last > base || listed)
            && matches!(t.lower, "," | "and")
            && k + 1 < end
            && (is_cap_word(&toks[k + 1]) || (t.lower == "," && toks[k + 1].lower == "and"))
        {
            after_and = t.lower != ",";
            k += 1;
        } else {
            break;
        }
    }
    // "Minister of Water, Irrigation and Energy, Seleshi Bekele": items after
    // a last comma with no "and" are the name in apposition; a portfolio
    // running into a name with no comma between is no portfolio we can bound
    let e = closed.min(last);
    let runs_into_name = e == last && k < end && toks[k].is_word();
    if e == base || runs_into_name {
        return 0;
    }
    e + 1 - at
}

/// A title made of a body the titles do not list and a one-word office
/// ("Defence Ministry spokeswoman", "health ministry official") starting at
/// token `i`, right after `prev`, a country word's chunk, or its possessive:
/// its length and the office's title. Up to two words name the body, whose
/// last word is a body noun; no gazetteer entry may match at them (the
/// caller has found none at `i`).
fn body_office_at(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    prev: Option<&Chunk>,
    i: usize,
    end: usize,
) -> Option<(usize, Target)> {
    // (only right after a country word's chunk: most words are not)
    let after_country = prev.is_some_and(|c| {
        matches!(
            c.what,
            ChunkKind::Gaz(Target::CountryName(_) | Target::Demonym(_))
        ) && (c.range.end == i || (c.range.end + 1 == i && toks[i - 1].lower == "'s"))
    });
    if !after_country || !toks[i].is_word() {
        return None;
    }
    // the body noun: bit tests only, which fail for most words
    let j = (i..end.min(i + 3))
        .take_while(|&k| toks[k].is_word() && toks[k].is_cap() == toks[i].is_cap())
        .find(|&k| lex.tis(&toks[k], wc::ORGHEAD))?;
    if j == i || j + 1 >= end {
        return None;
    }
    if (i + 1..j).any(|k| {
        lex.tgazetteer_at(&toks[k..])
            .iter()
            .any(|e| k + e.tokens.len() <= end && e.matches(text, &toks[k..]))
    }) {
        return None;
    }
    let title = lex.tgazetteer_at(&toks[j + 1..]).iter().find(|e| {
        e.tokens.len() == 1
            && matches!(e.target, Target::Title(_))
            && e.matches(text, &toks[j + 1..])
    })?;
    Some((j + 2 - i, title.target))
}

/// A noun that, after a person's possessive ("his government", "whose
/// country"), stands for the person's state.
fn is_state_noun(word: &str) -> bool {
    matches!(word, "government" | "country" | "administration")
}

/// A noun that, after "the", stands for a country named before ("the
/// country", "the kingdom").
pub(crate) fn is_country_noun(word: &str) -> bool {
    matches!(word, "country" | "nation" | "kingdom")
}

fn is_country_at(lex: &Lexicon, text: &str, toks: &[Token], i: usize, end: usize) -> bool {
    lex.tgazetteer_at(&toks[i..]).iter().any(|e| {
        matches!(e.target, Target::CountryName(_))
            && i + e.tokens.len() <= end
            && e.matches(text, &toks[i..])
    })
}

/// Whether `words` describe a body, as a description in apposition to a
/// name does: an article or a capitalised word (a possessor, a state's
/// word) first, then the words of a noun phrase whose head, before any "of"
/// phrase, names a kind of body ("the French energy giant", "Poland's lower
/// house of parliament", "the European Union's border agency").
pub(crate) fn describes_body(lex: &Lexicon, words: &[Token]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    if words.len() > 10 || !(matches!(first.lower, "the" | "a" | "an") || is_cap_word(first)) {
        return false;
    }
    let of = words
        .iter()
        .position(|t| t.lower == "of")
        .unwrap_or(words.len());
    let Some(head) = of.checked_sub(1).map(|h| &words[h]) else {
        return false;
    };
    // ("a loose network of militias armed by Kinshasa": up to a participle
    // after the head's phrase)
    let end = (of + 2..words.len())
        .find(|&k| {
            words[k].lower.len() > 4
                && words[k].lower.ends_with("ed")
                && !words[k].is_cap()
                && words[k - 1].is_word()
                && !words[k - 1].is_cap()
        })
        .unwrap_or(words.len());
    head.is_word()
        && !head.is_cap()
        && lex.is_body_kind(head)
        && words[1..end].iter().all(|t| {
            matches!(t.lower, "'s" | "'" | "of" | "and" | "the")
                || (t.is_word()
                    && !lex.tis(
                        t,
                        wc::STOP | wc::AUX | wc::BE | wc::RELATIVE | wc::NEGATION | wc::PREP,
                    ))
        })
}

/// Where the description of a body in apposition to the name at `r` lies,
/// after it ("TotalEnergies, the French energy company,", closed by a comma
/// or the sentence's end) or before it ("Poland's lower house, the Sejm",
/// "Mozambique's main opposition party, Renamo").
pub(crate) fn body_apposition(
    lex: &Lexicon,
    toks: &[Token],
    r: Range<usize>,
    range: Range<usize>,
) -> Option<Range<usize>> {
    if r.end + 1 < range.end
        && toks[r.end].lower == ","
        && let Some(close) = (r.end + 1..range.end)
            .find(|&j| toks[j].is_punct() && !matches!(toks[j].lower, "'s" | "'"))
        && (toks[close].lower == "," || close + 1 == range.end)
        && describes_body(lex, &toks[r.end + 1..close])
    {
        return Some(r.end + 1..close);
    }
    let mut k = r.start;
    if k > range.start && toks[k - 1].lower == "the" {
        k -= 1;
    }
    if k <= range.start + 1 || toks[k - 1].lower != "," {
        return None;
    }
    let comma = k - 1;
    // (back over the description's lowercase words, its possessor or state
    // word, and its article)
    let mut j = comma;
    while j > range.start
        && toks[j - 1].is_word()
        && !toks[j - 1].is_cap()
        && toks[j - 1].lower != "the"
    {
        j -= 1;
    }
    while j > range.start && (is_cap_word(&toks[j - 1]) || matches!(toks[j - 1].lower, "'s" | "'"))
    {
        j -= 1;
    }
    if j > range.start && matches!(toks[j - 1].lower, "the" | "a" | "an") {
        j -= 1;
    }
    describes_body(lex, &toks[j..comma]).then_some(j..comma)
}

/// Whether the name at `r` stands in apposition to a description of a body
/// ([`body_apposition`]): what it names is a body, even as a lone
/// capitalised word that would otherwise be a thing or a plural.
fn body_in_apposition(lex: &Lexicon, toks: &[Token], r: Range<usize>, range: Range<usize>) -> bool {
    body_apposition(lex, toks, r, range).is_some()
}

/// Capitalised words that do not start a name: sentence-initial function
/// words, days and months, pronouns, titles.
fn is_nonname(lex: &Lexicon, toks: &[Token], i: usize, range: &Range<usize>) -> bool {
    let sent_start = range.start;
    let t = &toks[i];
    let c = lex.tclass(t);
    if c & (wc::TIME) != 0 {
        return true;
    }
    if c & (wc::STOP | wc::HE | wc::SHE | wc::RELATIVE | wc::BE | wc::AUX | wc::NEGATION) != 0
        && t.flags & crate::token::UPPER == 0
        // ("New Caledonia", "New Delhi": a place's own name)
        && !(t.lower == "new" && toks.get(i + 1).is_some_and(is_cap_word))
    {
        // "The", "He" ...; but "US" style all-caps words are names
        return true;
    }
    // sentence-initial capitalised verb forms and other common words
    let initial = i == sent_start
        || (i > sent_start
            && matches!(
                toks[i - 1].lower,
                "\"" | "\u{201C}" | "(" | "'" | "\u{2018}"
            ));
    if initial && (lex.tverb(t).is_some() || !lex.ttriggers(t).is_empty()) {
        return true;
    }
    // "Fresh sanctions", "Drone attacks", "Heavy shelling": a capitalised
    // first word before a noun the lexicon knows modifies it
    if initial
        && t.flags & crate::token::UPPER == 0
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.is_cap()
                && (lex.tis(n, wc::EVENTREF)
                    || lex
                        .ttriggers(n)
                        .iter()
                        .any(|&(tr, _)| lex.triggers[tr].kind == crate::lexicon::TriggerKind::Noun))
        })
    {
        return true;
    }
    // a lone sentence-initial plural ("Analysts said", "Protesters gathered")
    let next_cap = toks.get(i + 1).is_some_and(|n| n.is_cap() && n.is_word());
    // (but not a word of no word class ending in a vowel and "s", which English
    // plurals seldom do and surnames often do: "Dendias said", "Tsipras met")
    if initial
        && !next_cap
        && t.lower.len() > 3
        && t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && t.flags & crate::token::UPPER == 0
        && !(c == 0
            && matches!(
                t.lower.as_bytes()[t.lower.len() - 2],
                b'a' | b'i' | b'o' | b'u'
            ))
        // ("TotalEnergies, the French energy company,": a body by its apposition)
        && !body_in_apposition(lex, toks, i..i + 1, range.clone())
        // ("Peters met Brown": a known person's surname)
        && !lex.is_known_surname(t.lower)
    {
        return true;
    }
    false
}

/// An organization chunk: a known organization or a capitalised name with an
/// organisational head word.
fn is_org_chunk(lex: &Lexicon, toks: &[Token], c: &Chunk) -> bool {
    match c.what {
        ChunkKind::Gaz(Target::Actor(a)) => lex.actors[a].kind == ActorKind::Organization,
        ChunkKind::Cap => cap_name_kind(lex, toks, c, false) == ActorKind::Organization,
        _ => false,
    }
}

/// Nouns that describe an actor ("airline", "firm", "official"): titles,
/// organisational heads and head nouns from the lexicon.
fn is_descriptor_noun(lex: &Lexicon, t: &Token) -> bool {
    lex.tis(t, wc::ORGHEAD | wc::COLLECTIVE | wc::ACTORHEAD)
        || lex
            .tgazetteer(t)
            .iter()
            .any(|e| e.tokens.len() == 1 && matches!(e.target, Target::Title(_)))
}

/// "NAME of COUNTRY" / "the minister of COUNTRY": extends the mention over the
/// country and records it (unless the mention already names one).
fn of_country(lex: &Lexicon, text: &str, toks: &[Token], end: usize, m: &mut Mention) {
    let e = m.span.end;
    if e + 1 >= end || toks[e].lower != "of" || m.country.is_some() {
        return;
    }
    for g in lex.tgazetteer_at(&toks[e + 1..]) {
        let n = g.tokens.len();
        if let Target::CountryName(c) = g.target
            && e + 1 + n <= end
            && g.matches(text, &toks[e + 1..])
        {
            // not "of Germany's ..." (a possessive starts a new phrase), unless
            // what follows is the state's own forces or government ("the
            // commander of Bolivia's armed forces")
            if e + 1 + n < end && matches!(toks[e + 1 + n].lower, "'s" | "'") {
                let p = e + 2 + n;
                let own = (p..end.min(p + 2)).find(|&k| {
                    !toks[k].is_cap() && lex.tis(&toks[k], wc::COLLECTIVE | wc::METONYM)
                });
                // (a legislature is a body of its own: "the speaker of
                // Lebanon's parliament")
                if let Some(k) = own
                    && (p..k).all(|w| toks[w].is_word() && !toks[w].is_cap())
                    && !is_legislature(&toks[k])
                {
                    m.country = Some(c);
                    m.span.end = k + 1;
                }
                return;
            }
            m.country = Some(c);
            m.span.end = e + 1 + n;
            return;
        }
    }
}

/// The body that owns the office of description `i` when "of", "for" or
/// "at" and the body follow it: "the vice-president of the Bolivian
/// Senate", "the spokesman for the Chinese foreign ministry", "the head of
/// the Supreme Electoral Tribunal". The body is an organization, known or
/// named, or a country's body ("the Chinese foreign ministry"); a bare
/// country only after "of" ("the envoy for Yemen" serves no Yemen). Up to
/// two lowercase modifiers may stand before it ("the head of the main
/// opposition party").
fn office_complement(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    out: &[Mention],
    i: usize,
    end: usize,
) -> Option<usize> {
    let m = &out[i];
    let Referent::Description { head, .. } = &m.referent else {
        return None;
    };
    if m.country.is_some()
        || m.affiliation.is_some()
        || m.owner.is_some()
        || !lex.is_title_role(head)
    {
        return None;
    }
    let e = m.span.end;
    let prep = toks.get(e).filter(|_| e + 1 < end)?.lower;
    if !matches!(prep, "of" | "for" | "at") {
        return None;
    }
    let mut k = e + 1;
    if toks[k].lower == "the" {
        k += 1;
    }
    k = past_plain_modifiers(lex, toks, k, end);
    let j = out[i + 1..].iter().position(|o| o.span.start == k)? + i + 1;
    // ("the head of Australia's Department of Foreign Affairs": the body
    // after a country's possessive; the country itself when what follows is
    // no body: "the head of the Serbian government's Office for Kosovo")
    if out[j].possessive && matches!(out[j].referent, Referent::Country(_)) {
        return out
            .get(j + 1)
            .filter(|b| b.span.start == out[j].span.end + 1 && is_body(lex, text, toks, b, "of"))
            .map_or(Some(j), |_| Some(j + 1));
    }
    is_body(lex, text, toks, &out[j], prep).then_some(j)
}

/// Whether a mention after an office and `prep` is a body that can own the
/// office (see [`office_complement`]).
fn is_body(lex: &Lexicon, text: &str, toks: &[Token], o: &Mention, prep: &str) -> bool {
    let body = match &o.referent {
        Referent::Known(a) => lex.actors[*a].kind == ActorKind::Organization,
        // (not a lone body noun cut from a longer name: "Office" of "the
        // government's Office for Kosovo")
        Referent::Name { kind, text: name } => {
            *kind == ActorKind::Organization
                && (name.contains(' ') || toks[o.head.start].flags & crate::token::UPPER != 0)
        }
        // ("the Chinese foreign ministry": a country through its body)
        Referent::Country(_) => {
            prep == "of"
                || (o.span.len() > 1 && lex.tcountry_word(text, &toks[o.span.end - 1]).is_none())
        }
        _ => false,
    };
    body && !o.possessive
}

fn title_of(c: &Chunk) -> Option<usize> {
    match c.what {
        ChunkKind::Gaz(Target::Title(t)) => Some(t),
        _ => None,
    }
}

fn country_of(c: &Chunk) -> Option<(usize, bool)> {
    match c.what {
        ChunkKind::Gaz(Target::CountryName(k)) => Some((k, false)),
        ChunkKind::Gaz(Target::Demonym(k)) => Some((k, true)),
        _ => None,
    }
}

/// Is this chunk a name (something a title can precede)?
fn is_name(c: &Chunk) -> bool {
    matches!(c.what, ChunkKind::Cap | ChunkKind::Gaz(Target::Actor(_)))
}

fn name_referent(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    c: &Chunk,
    after_title: bool,
) -> Referent {
    match c.what {
        ChunkKind::Gaz(Target::Actor(a)) => Referent::Known(a),
        ChunkKind::Gaz(Target::CountryName(k))
        | ChunkKind::Gaz(Target::Seat(k))
        | ChunkKind::Gaz(Target::Demonym(k)) => Referent::Country(k),
        _ => {
            let words = &toks[c.range.clone()];
            let name = text[words[0].start..words[words.len() - 1].end].to_string();
            let kind = cap_name_kind(lex, toks, c, after_title);
            Referent::Name { text: name, kind }
        }
    }
}

/// The kind of a name in no list: a person after a title, else an
/// organization when a word of it is an organisational head or it is a lone
/// all-caps word, else a person.
fn cap_name_kind(lex: &Lexicon, toks: &[Token], c: &Chunk, after_title: bool) -> ActorKind {
    let words = &toks[c.range.clone()];
    let org = words.iter().any(|w| lex.tis(w, wc::ORGHEAD))
        || (words.len() == 1 && words[0].flags & crate::token::UPPER != 0)
        // ("Wazalendo militiamen": an armed group)
        || toks.get(c.range.end).is_some_and(|n| {
            !n.is_cap()
                && ((lex.tis(n, wc::PEOPLE) && lex.is_armed_noun(n.lower))
                    // ("the Democratic Centre party": a lowercase party noun,
                    // no part of the name)
                    || (n.is_word() && lex.is_party_noun(n.lower)))
        })
        || appositive_org_head(lex, toks, c.range.end)
        // ("Sputnik Azerbaijan": a name opening on a known body's)
        || words.len() > 1 && lex.tgazetteer_at(words).iter().any(|e| {
            matches!(e.target, Target::Actor(a) if lex.actors[a].kind == ActorKind::Organization)
                && e.tokens.len() < words.len()
        });
    if after_title {
        ActorKind::Person
    } else if org {
        ActorKind::Organization
    } else {
        ActorKind::Person
    }
}

/// Whether a word names a legislature ("parliament", "Congress").
fn is_legislature(t: &Token) -> bool {
    matches!(
        t.lower,
        "parliament" | "legislature" | "senate" | "congress"
    )
}

/// A state's legislature named by a lowercase noun after the state
/// ("Lebanon's parliament", "the Lebanese parliament"), or a known body
/// of another state named by generic words after a state's possessive
/// ("Peru's Congress", "Israel's Supreme Court"): the state and where the
/// words of the body's name start and end.
fn state_legislature(
    lex: &Lexicon,
    toks: &[Token],
    m: &Mention,
    end: usize,
) -> Option<(usize, usize, usize)> {
    match m.referent {
        Referent::Country(c) => {
            // ("Lebanon's parliament": past the possessive; "the Lebanese
            // parliament": the span holds it)
            let e = if m.span.end == m.head.end
                && toks.get(m.span.end).is_some_and(|t| t.lower == "'s")
                && toks
                    .get(m.span.end + 1)
                    .is_some_and(|t| m.span.end + 1 < end && !t.is_cap() && is_legislature(t))
            {
                m.span.end + 2
            } else if m.span.end == m.head.end + 1
                && !toks[m.head.end].is_cap()
                && is_legislature(&toks[m.head.end])
            {
                m.span.end
            } else {
                return None;
            };
            // (not a noun phrase going on: "Lebanon's parliament speaker";
            // nor in apposition to the body's name, which names it: "the
            // People's Representative Council, Indonesia's parliament,",
            // "Turkey's parliament, the Grand National Assembly,")
            let more = toks
                .get(e)
                .is_some_and(|x| e < end && x.is_word() && is_descriptor_word(lex, x));
            let named_before = m.span.start > 0 && toks[m.span.start - 1].lower == ",";
            let named_after = toks.get(e).is_some_and(|x| x.lower == ",")
                && toks.get(e + 1).is_some_and(|x| {
                    e + 1 < end
                        && (is_cap_word(x)
                            || (x.lower == "the"
                                && toks
                                    .get(e + 2)
                                    .is_some_and(|y| e + 2 < end && is_cap_word(y))))
                });
            (!more && !named_before && !named_after).then_some((c, e - 1, e))
        }
        // ("Peru's Congress", "Israel's Supreme Court": a known body of
        // another state named by generic words only; not "Iran's Hezbollah")
        Referent::Known(a)
            if lex.actors[a].kind == ActorKind::Organization
                && m.head.start >= 2
                && toks[m.head.start - 1].lower == "'s"
                && generic_body_name(lex, &toks[m.head.clone()]) =>
        {
            let c = m.country?;
            (lex.actors[a].country != Some(c)).then_some((c, m.head.start, m.head.end))
        }
        // ("Chile's Chamber of Deputies", "Kenya's National Assembly": a
        // body of the state named by generic words only, which every state
        // may have)
        Referent::Name {
            kind: ActorKind::Organization,
            ..
        } if m.head.start >= 2
            && toks[m.head.start - 1].lower == "'s"
            && generic_body_name(lex, &toks[m.head.clone()]) =>
        {
            Some((m.country?, m.head.start, m.head.end))
        }
        _ => None,
    }
}

/// Whether a capitalised body's name is made of generic words only, so
/// that every state may have one of the name: "Congress", "Supreme Court",
/// "National Assembly", "Chamber of Deputies", "House of Representatives".
fn generic_body_name(lex: &Lexicon, words: &[Token]) -> bool {
    let (name, of) = match words {
        [.., h, o, w] if o.lower == "of" && matches!(w.lower, "deputies" | "representatives") => {
            (&words[..words.len() - 2], Some(h))
        }
        _ => (words, None),
    };
    let Some((last, before)) = name.split_last() else {
        return false;
    };
    name.len() <= 3
        && (is_legislature(last)
            || lex.tis(last, wc::ORGHEAD)
            || of.is_some_and(|h| matches!(h.lower, "chamber" | "house")))
        && before.iter().all(|w| {
            matches!(
                w.lower,
                "supreme" | "constitutional" | "high" | "federal" | "national"
            )
        })
}

/// Where "its foreign ministry" ends: "its" at `i`, one or two words of a
/// portfolio (lowercase or capitalised), then "ministry". The index of
/// "ministry".
pub(crate) fn its_ministry_end(toks: &[Token], i: usize, end: usize) -> Option<usize> {
    (i + 2..end.min(i + 4)).find(|&h| {
        toks[h].lower == "ministry"
            && toks[i + 1..h]
                .iter()
                .all(|w| w.is_word() && w.flags & crate::token::UPPER == 0)
    })
}

/// The one-word portfolio of a ministry's office: "foreign" of "foreign
/// ministry spokeswoman".
pub(crate) fn ministry_portfolio(role: &str) -> Option<&str> {
    let (portfolio, _) = role.split_once(" ministry ")?;
    (!portfolio.is_empty() && !portfolio.contains(' ')).then_some(portfolio)
}

/// A state's ministry by its demonym and lowercase portfolio words:
/// "Moroccan" and "foreign" give "Moroccan Foreign Ministry".
pub(crate) fn ministry_name<'w>(demonym: &str, portfolio: impl Iterator<Item = &'w str>) -> String {
    let mut name = demonym.to_string();
    for w in portfolio {
        name.push(' ');
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            name.extend(f.to_uppercase());
            name.push_str(cs.as_str());
        }
    }
    name.push_str(" Ministry");
    name
}

/// Whether a description in apposition at `k` has an organisational head
/// noun: ", a Sunni militant group," (but not ", a senior party official,"
/// nor ", the Group of Seven").
fn appositive_org_head(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    if toks.get(k).is_none_or(|t| t.lower != ",") {
        return false;
    }
    // (after an article, or a one-word possessor: "the Milli Majlis,
    // Azerbaijan's parliament,")
    let from = match (toks.get(k + 1), toks.get(k + 2)) {
        (Some(t), _) if matches!(t.lower, "a" | "an" | "the") => k + 2,
        (Some(t), Some(p)) if t.is_cap() && p.lower == "'s" => k + 3,
        _ => return false,
    };
    // (the last word before a comma, a preposition or the sixth word; not
    // a possessor: ", the group's security chief,")
    let n = toks
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take(6)
        .take_while(|t| t.is_word() && !lex.tis(t, wc::PREP | wc::RELATIVE))
        .count();
    let (Some(h), after) = (toks.get(from - 1 + n), toks.get(from + n)) else {
        return false;
    };
    n > 0
        && after.is_none_or(|a| a.lower != "'s")
        && !h.is_cap()
        && lex.tis(h, wc::ORGHEAD)
        && !lex.tis(h, wc::PEOPLE)
}

/// Words that may stand between a country word and a name or title:
/// lowercase nouns and adjectives of a description ("special", "airline").
/// A verb form other than the base: known past/participle/-ing forms, or a
/// regular -ed / -ing ending.
/// Whether token `i` is the "it" of a demand's "that" clause ("demanding
/// that it allow", "asked that it withdraw"): whoever is asked to act, the
/// demand's addressee. The caller checks that `i - 2` is in the sentence.
pub(crate) fn mandative_it(lex: &Lexicon, toks: &[Token], i: usize) -> bool {
    toks[i].lower == "it"
        && i >= 2
        && toks[i - 1].lower == "that"
        && lex
            .ttriggers(&toks[i - 2])
            .iter()
            .any(|&(k, _)| lex.labels[lex.triggers[k].label].name == "urged")
}

pub(crate) fn is_verbish(lex: &Lexicon, t: &Token) -> bool {
    let w = t.lower;
    lex.tverb(t)
        .is_some_and(|(_, f)| f != crate::lexicon::VerbForm::Base)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
}

/// Whether token `j`, a lowercase "-s" word after a description's head, is
/// a present-tense verb with its object rather than a noun continuing the
/// description: "the airline transports weapons", "the group controls the
/// border" (but "the ministry officials said", "the army units in the
/// north", "the airline workers' union").
fn present_verb_with_object(lex: &Lexicon, toks: &[Token], j: usize, end: usize) -> bool {
    let w = toks[j].lower;
    if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("'s") {
        return false;
    }
    let Some(o) = toks.get(j + 1).filter(|_| j + 1 < end) else {
        return false;
    };
    let determiner = matches!(
        o.lower,
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    );
    determiner
        || (o.is_word()
            && !o.is_cap()
            && !lex.tis(
                o,
                wc::STOP | wc::AUX | wc::BE | wc::RELATIVE | wc::TIME | wc::NEGATION,
            )
            && lex.tverb(o).is_none()
            && !o.lower.ends_with("ly")
            && !o.lower.ends_with("ed")
            && !o.lower.ends_with("ing"))
}

/// After a possessive, at `from`: the end of up to three descriptor words
/// closing on a body that stands for its owner ("Ukraine's | foreign
/// ministry"), but not one that describes a person ("Niger's | military
/// ruler").
fn metonym_after(lex: &Lexicon, toks: &[Token], from: usize, end: usize) -> Option<usize> {
    let mut e = from;
    while e < end
        && e < from + 3
        && is_descriptor_word(lex, &toks[e])
        && !lex.tis(&toks[e], wc::METONYM)
    {
        e += 1;
    }
    // (also a noun that is a trigger: "Ukraine's biggest military backers")
    let noun_after = toks.get(e + 1).is_some_and(|x| {
        e + 1 < end
            && (is_descriptor_word(lex, x)
                || (x.is_word()
                    && !x.is_cap()
                    && !lex.tis(x, wc::STOP | wc::BE | wc::AUX | wc::RELATIVE | wc::NEGATION)
                    && lex.tverb(x).is_none()))
            && !is_verbish(lex, x)
    });
    (e < end && lex.tis(&toks[e], wc::METONYM) && !noun_after).then_some(e + 1)
}

/// Whether a capitalised chunk is a designation with digits ("F-16",
/// "S-400"): equipment, not an actor.
fn is_designation(toks: &[Token], r: &std::ops::Range<usize>) -> bool {
    toks[r.clone()]
        .iter()
        .any(|t| t.lower.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether a word is an adverb by its form: "separately", "finally",
/// "notably", "previously" (but not the names "Kelly" or "Connolly").
fn is_adverb(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ly") else {
        return false;
    };
    w.ends_with("ably")
        || w.ends_with("ibly")
        || [
            "ate", "al", "ent", "ant", "ous", "ive", "ful", "ar", "ic", "ed", "ing", "less",
        ]
        .iter()
        .any(|s| stem.len() > s.len() + 2 && stem.ends_with(s))
}

/// Whether token `i` lies inside a quotation opened in the same sentence.
pub fn inside_quotes(toks: &[Token], start: usize, i: usize) -> bool {
    let mut open = false;
    for t in &toks[start..i] {
        match t.lower {
            "\u{201C}" => open = true,
            "\u{201D}" => open = false,
            "\"" => open = !open,
            _ => {}
        }
    }
    open
}

fn is_descriptor_word(lex: &Lexicon, t: &Token) -> bool {
    t.is_word()
        && !t.is_cap()
        && !lex.tis(t, wc::STOP | wc::BE | wc::AUX | wc::RELATIVE | wc::NEGATION)
        && lex
            .tverb(t)
            .is_none_or(|(_, f)| f == crate::lexicon::VerbForm::Base)
        && lex.ttriggers(t).is_empty()
}

fn build(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    chunks: &[Chunk],
) -> Vec<Mention> {
    // (a mention per chunk, and a few more for descriptions and pronouns)
    let mut out: Vec<Mention> = Vec::with_capacity(chunks.len() + 2);
    let mut ci = 0;
    // index of chunk starting at token
    // chunks are sorted and disjoint: a binary search, not a scan per lookup
    let chunk_at = |tok: usize| chunks.binary_search_by_key(&tok, |c| c.range.start).ok();
    let mut consumed_until = range.start;
    while ci < chunks.len() {
        let c = &chunks[ci];
        if c.range.start < consumed_until {
            ci += 1;
            continue;
        }
        // "the Vienna Convention", "the Minsk Agreement": a meeting's or a
        // treaty's noun, capitalised in its name, is no actor
        if c.what == ChunkKind::Cap
            && c.range.len() == 1
            && lex.tis(&toks[c.range.start], wc::VENUE)
        {
            ci += 1;
            continue;
        }
        // "Muslim leaders", "the Shia cleric": a capitalised adjective of
        // faith or camp names no actor
        if c.what == ChunkKind::Cap && c.range.len() == 1 && lex.is_creed(toks[c.range.start].lower)
        {
            ci += 1;
            continue;
        }
        // "in the provincial capital, Pemba,", "the port city, Aden,": an
        // unknown name in apposition to a place noun is a place
        if c.what == ChunkKind::Cap
            && c.range.start >= range.start + 2
            && toks[c.range.start - 1].lower == ","
            && (lex.tis(&toks[c.range.start - 2], wc::PLACEHEAD)
                || toks[c.range.start - 2].lower == "capital")
            && !toks[c.range.start - 2].is_cap()
        {
            ci += 1;
            continue;
        }
        // "the town of Walikale", "the port of Assab": an unknown name after a
        // place noun and "of" is a place
        // (but "the breakaway region of Somaliland" is a would-be state)
        if c.what == ChunkKind::Cap
            && c.range.start >= range.start + 2
            && toks[c.range.start - 1].lower == "of"
            && !toks[c.range.start - 2].is_cap()
            && lex.tis(&toks[c.range.start - 2], wc::PLACEHEAD)
            && !(c.range.start >= range.start + 3
                && matches!(toks[c.range.start - 3].lower, "breakaway" | "separatist"))
        {
            ci += 1;
            continue;
        }
        // "assistant secretary for East Asian and Pacific affairs": a
        // capitalised region in an office's portfolio names no actor
        if c.what == ChunkKind::Cap
            && c.range.start > range.start
            && toks[c.range.start - 1].lower == "for"
            && toks[c.range.end..range.end]
                .iter()
                .take(5)
                .take_while(|t| t.is_cap() || t.lower == "and")
                .count()
                .checked_add(c.range.end)
                .and_then(|k| toks.get(k).filter(|_| k < range.end))
                .is_some_and(|t| t.lower == "affairs")
        {
            ci += 1;
            continue;
        }
        let mut start = c.range.start;
        let mut country: Option<usize> = None;
        let mut owner: Option<Referent> = None;
        let _k = ci;
        // [Country/Demonym | Org]['s] [descriptor words] [Title ...] [to/of Country] Name
        let mut pos = c.range.start;
        if let Some((cty, _)) = country_of(c) {
            country = Some(cty);
            pos = c.range.end;
        } else if let ChunkKind::Gaz(Target::Seat(cty)) = c.what
            && (c.range.end..(c.range.end + 3).min(range.end))
                // ("White House national security spokesman John Kirby":
                // past lowercase words of the office)
                .take_while(|&k| {
                    k == c.range.end
                        || (toks[k - 1].is_word()
                            && !toks[k - 1].is_cap()
                            && is_descriptor_word(lex, &toks[k - 1]))
                })
                .any(|k| chunk_at(k).is_some_and(|t| title_of(&chunks[t]).is_some()))
            && c.range.end + 1 < range.end
            && (!matches!(toks[c.range.end + 1].lower, "," | "'s")
                // ("the Kremlin spokesman, Dmitry Peskov,": an office in
                // apposition)
                || (toks[c.range.end + 1].lower == ","
                    && c.range.start > range.start
                    && toks[c.range.start - 1].lower == "the"))
        {
            // "Kremlin spokesman Dmitry Peskov": a seat of government before a
            // title is the title's country
            country = Some(cty);
            pos = c.range.end;
        } else if is_org_chunk(lex, toks, c) {
            owner = Some(name_referent(lex, text, toks, c, false));
            pos = c.range.end;
        } else if c.what == ChunkKind::Cap
            && c.range.len() == 1
            && let Some(t) = chunk_at(c.range.end)
            && title_of(&chunks[t]).is_some()
            && chunk_at(chunks[t].range.end).is_some_and(|n| is_name(&chunks[n]))
            // (not an adjective: "the Alawite general"; a word of faith or
            // camp, "the Shia cleric", never gets here)
            && !["an", "ite", "ist", "ic"]
                .iter()
                .any(|x| toks[c.range.start].lower.ends_with(x))
        {
            // "the Somaliland leader Muse Bihi Abdi": an unknown word right
            // before an office and its holder's name is the office's owner
            owner = Some(Referent::Name {
                text: text[toks[c.range.start].start..toks[c.range.end - 1].end].to_string(),
                kind: ActorKind::Organization,
            });
            pos = c.range.end;
        }
        let mut possessive_owner = false;
        if pos > c.range.start && pos < range.end && matches!(toks[pos].lower, "'s" | "'") {
            possessive_owner = true;
            pos += 1;
        }
        // skip lowercase descriptor words (adjectives, "airline", "trade and industry")
        let mut desc_words: Vec<usize> = Vec::new();
        let mut p = pos;
        // "Houthi military spokesperson", "AU trade and industry commissioner":
        // between an organization and a title, any lowercase words describe
        // the office, even words that are triggers or collectives elsewhere
        let mut to_title = None;
        if owner.is_some() {
            let mut e = pos;
            while e < range.end
                && e < pos + 4
                && chunk_at(e).is_none()
                && toks[e].is_word()
                && !toks[e].is_cap()
                && (toks[e].lower == "and"
                    || !lex.tis(
                        &toks[e],
                        wc::STOP | wc::BE | wc::AUX | wc::RELATIVE | wc::NEGATION,
                    ))
            {
                e += 1;
            }
            if e > pos
                && toks[e - 1].lower != "and"
                && chunk_at(e).is_some_and(|t| title_of(&chunks[t]).is_some())
            {
                to_title = Some(e);
            }
        }
        if let Some(e) = to_title {
            desc_words.extend(pos..e);
            p = e;
        } else if pos > c.range.start {
            while p < range.end && desc_words.len() < 4 {
                // "Libya's UN-recognised Government of National Accord": an
                // actor joined to a participle is a descriptor too
                if let Some(x) = chunk_at(p) {
                    let e = chunks[x].range.end;
                    if e + 1 < range.end
                        && toks[e].lower == "-"
                        && toks[e].start == toks[e - 1].end
                        && toks[e + 1].start == toks[e].end
                        && toks[e + 1].lower.ends_with("ed")
                    {
                        desc_words.extend(p..e + 2);
                        p = e + 2;
                        continue;
                    }
                    break;
                }
                if !(is_descriptor_word(lex, &toks[p])
                    || (toks[p].lower == "and" && !desc_words.is_empty())
                    // ("Brunei's second foreign minister Erywan Yusof")
                    || (lex.is_title_modifier(toks[p].lower) && toks[p].is_word())
                    // ("China's most senior diplomat": a degree word)
                    || (matches!(toks[p].lower, "most" | "more" | "least")
                        && p + 1 < range.end
                        && toks[p + 1].is_word()
                        && !toks[p + 1].is_cap()))
                    || lex.tis(&toks[p], wc::COLLECTIVE)
                {
                    break;
                }
                desc_words.push(p);
                p += 1;
            }
            if desc_words.last().is_some_and(|&w| toks[w].lower == "and") {
                p -= 1;
                desc_words.pop();
            }
        }
        // titles
        let mut titles: Vec<usize> = Vec::new();
        let mut q = p;
        while let Some(t_ci) = chunk_at(q) {
            match title_of(&chunks[t_ci]) {
                Some(t) => {
                    titles.push(t);
                    q = chunks[t_ci].range.end;
                    // "Ambassador to Germany", "Minister of Foreign Affairs"
                    if q + 1 < range.end
                        && matches!(toks[q].lower, "to" | "of")
                        && let Some(n_ci) = chunk_at(q + 1)
                        && country_of(&chunks[n_ci]).is_some()
                        && let Some(nn) = chunk_at(chunks[n_ci].range.end)
                        && is_name(&chunks[nn])
                    {
                        q = chunks[n_ci].range.end;
                    }
                    // "Qatar's prime minister and foreign minister, Sheikh
                    // Mohammed": two offices of one holder, named next
                    if q + 1 < range.end
                        && toks[q].lower == "and"
                        && let Some(n_ci) = chunk_at(q + 1)
                        && title_of(&chunks[n_ci]).is_some()
                    {
                        let e = chunks[n_ci].range.end;
                        if e < range.end
                            && (toks[e].lower == ","
                                && chunk_at(e + 1).is_some_and(|x| is_name(&chunks[x]))
                                || chunk_at(e).is_some_and(|x| is_name(&chunks[x])))
                        {
                            q += 1;
                        }
                    }
                }
                None => break,
            }
        }
        // a bare organization name: no owner phrase ("the FARC rebels": its
        // descriptor words lead to no name)
        if titles.is_empty()
            && !possessive_owner
            && owner.is_some()
            && (desc_words.is_empty()
                || (desc_words
                    .last()
                    .is_some_and(|&w| lex.tis(&toks[w], wc::PEOPLE | wc::COLLECTIVE))
                    && chunk_at(q).is_none_or(|n| !is_name(&chunks[n]))))
        {
            owner = None;
            q = c.range.start;
        }
        // "Russia's Belgorod region": a name followed by a place noun is a place
        let place_named = |n: usize| {
            chunks[n].what == ChunkKind::Cap
                && toks
                    .get(chunks[n].range.end)
                    .is_some_and(|x| chunks[n].range.end < range.end && lex.tis(x, wc::PLACEHEAD))
        };
        // (not a faith's adjective: "a Canadian Sikh separatist")
        let name_ci = chunk_at(q).filter(|&n| {
            is_name(&chunks[n])
                && !place_named(n)
                && !(chunks[n].range.len() == 1 && lex.is_creed(toks[chunks[n].range.start].lower))
        });
        // (the last title's role, but an office before a rank of birth
        // or courtesy: "Foreign Minister Prince Faisal")
        let role_of = |titles: &[usize]| -> Option<String> {
            let mut roles = titles
                .iter()
                .rev()
                .map(|&t| &lex.titles[t].role)
                .filter(|r| !r.is_empty());
            let last = roles.next()?;
            if lex.is_courtesy_title(last)
                && let Some(office) = roles.find(|r| !lex.is_courtesy_title(r))
            {
                return Some(office.clone());
            }
            Some(last.clone())
        };
        // "the Volvo", "a Boeing": an unknown single capitalised word after an
        // article names a thing, not an actor
        let after_article = c.range.start > range.start
            && matches!(toks[c.range.start - 1].lower, "the" | "a" | "an");
        // "Ryazan region" (a place), "Patriot interceptors" (a product): an unknown
        // name used as a modifier of a plain noun
        // "Wazalendo militiamen": an unknown name before armed men is an
        // armed group
        let armed_group = c.what == ChunkKind::Cap
            && toks.get(c.range.end).is_some_and(|n| {
                // (the armed nouns are people nouns: a bit test before the list)
                c.range.end < range.end
                    && !n.is_cap()
                    && lex.tis(n, wc::PEOPLE)
                    && lex.is_armed_noun(n.lower)
            });
        let next_plain_noun = !armed_group
            && toks.get(c.range.end).is_some_and(|n| {
                c.range.end < range.end
                    && (lex.tis(n, wc::PLACEHEAD)
                        // ("Leopard tanks", "Bayraktar drones": a model)
                        || (c.range.len() == 1 && !n.is_cap() && lex.is_equipment(n.lower))
                        || (c.range.len() == 1
                            && is_descriptor_word(lex, n)
                            && !is_verbish(lex, n)
                            && !lex.tis(n, wc::ORGHEAD | wc::COLLECTIVE)
                            && !is_descriptor_noun(lex, n)))
            });
        // ("the ELN", "the PKK": an acronym after an article is a body)
        // (but "the EEZ of Cyprus" is a thing of a country; "accused the
        // RSF of looting" is a body before its charge)
        let acronym = c.range.len() == 1
            && toks[c.range.start].flags & crate::token::UPPER != 0
            && !(c.range.end + 1 < range.end && toks[c.range.end].lower == "of" && {
                let n = &toks[c.range.end + 1];
                n.is_cap() || !n.lower.ends_with("ing")
            });
        // "Scarborough Shoal", "Taiwan Strait": a name ending in a place noun is a place
        // (the head of a name with "of" is before it: "the Legislative
        // Assembly of the Falkland Islands" is a body, "the Gulf of Aden" a
        // place)
        let head = (c.range.start + 1..c.range.end)
            .find(|&k| toks[k].lower == "of")
            .map_or(c.range.end - 1, |k| k - 1);
        let place_name = c.range.len() >= 2 && lex.tis(&toks[head], wc::PLACEHEAD);
        // "the Line of Control", "the Sea of Azov": one unknown word after "of"
        // and an unknown capitalised word ends the name of a thing
        let ends_thing_name = c.range.len() == 1
            && c.range.start >= range.start + 2
            && toks[c.range.start - 1].lower == "of"
            && chunks
                .binary_search_by_key(&(c.range.start - 1), |p| p.range.end)
                .is_ok_and(|p| chunks[p].what == ChunkKind::Cap);
        // "a camp near Tawila", "talks in Port Sudan": a name in no list after a
        // preposition of place is where something happens (a person is seldom
        // "in" or "near" someone; "in Hemedti's camp" keeps its possessive)
        // ("in the Greater Sahara": past an article)
        let before_article =
            if c.range.start > range.start + 1 && toks[c.range.start - 1].lower == "the" {
                c.range.start - 1
            } else {
                c.range.start
            };
        let located = before_article > range.start
            && matches!(
                toks[before_article - 1].lower,
                "in" | "near" | "outside" | "inside" | "across" | "throughout"
            )
            && !toks
                .get(c.range.end)
                .is_some_and(|n| c.range.end < range.end && matches!(n.lower, "'s" | "'"))
            && cap_name_kind(lex, toks, c, false) == ActorKind::Person;
        // "Thai F-16 jets", "an S-400 battery": a designation with digits
        // names equipment; "Separately," opening a sentence is an adverb
        // (closures: asked only of unknown capitalised chunks)
        let designation = || is_designation(toks, &c.range);
        let adverb = || {
            c.range.len() == 1
                && c.range.start == range.start
                && toks.get(c.range.end).is_some_and(|n| n.lower == ",")
                && is_adverb(toks[c.range.start].lower)
        };
        // "Federal forces fought ...", "Military leaders met": a capitalised
        // word opening the sentence before a collective noun is an adjective
        let opening_adjective = !armed_group
            && c.range.len() == 1
            && c.range.start == range.start
            && toks[c.range.start].flags & crate::token::UPPER == 0
            && toks.get(c.range.end).is_some_and(|n| {
                c.range.end < range.end
                    && n.is_word()
                    && !n.is_cap()
                    && lex.tis(n, wc::COLLECTIVE | wc::PEOPLE)
            });
        // "the survey vessel Oruç Reis", "the tanker Grace": a name after a
        // word for a ship or weapon names the thing
        let named_vehicle = || {
            c.range.start > range.start
                && !toks[c.range.start - 1].is_cap()
                && lex.is_equipment(toks[c.range.start - 1].lower)
        };
        let thing = q == c.range.start
            && c.what == ChunkKind::Cap
            && (designation()
                || named_vehicle()
                || adverb()
                || opening_adjective
                || (c.range.len() == 1
                    && after_article
                    && !acronym
                    // ("the Sejm, Poland's lower house,": a body by its apposition)
                    && !body_in_apposition(lex, toks, c.range.clone(), range.clone()))
                || next_plain_noun
                || place_name
                || ends_thing_name
                || located);
        if thing {
            ci += 1;
            continue;
        }
        if let Some(n) = name_ci
            .filter(|_| q > c.range.start || country.is_none() && owner.is_none())
            .filter(|&n| {
                chunks[n].what != ChunkKind::Cap || !is_designation(toks, &chunks[n].range)
            })
        {
            let has_title = !titles.is_empty();
            // descriptor words alone must end in a noun that describes actors
            let desc_ok = desc_words.is_empty()
                || has_title
                || possessive_owner
                || desc_words
                    .last()
                    .is_some_and(|&w| is_descriptor_noun(lex, &toks[w]));
            let adjacent = desc_words.is_empty() && !has_title;
            if desc_ok && !(adjacent && owner.is_some() && !possessive_owner) {
                let nc = &chunks[n];
                let mut referent = name_referent(lex, text, toks, nc, has_title);
                // "US Air Force", "Turkish Ministry of Foreign Affairs": the country word is part of the name
                if let Referent::Name {
                    text: name,
                    kind: ActorKind::Organization,
                } = &mut referent
                    && adjacent
                    && country.is_some()
                    && !possessive_owner
                {
                    *name = text[toks[start].start..toks[nc.range.end - 1].end].to_string();
                }
                // "the Bolivian Senate": another state's word before a known
                // state body (the US "Senate") names that state's own body
                if let Referent::Known(a) = referent
                    && adjacent
                    && !possessive_owner
                    && let (Some(c), Some(own)) = (country, lex.actors[a].country)
                    && c != own
                    && lex.actors[a].kind == ActorKind::Organization
                {
                    referent = Referent::Name {
                        text: text[toks[start].start..toks[nc.range.end - 1].end].to_string(),
                        kind: ActorKind::Organization,
                    };
                }
                let role = role_of(&titles)
                    .or_else(|| {
                        desc_words
                            .last()
                            .filter(|&&w| is_descriptor_noun(lex, &toks[w]))
                            .map(|&w| toks[w].lower.to_string())
                    })
                    // ("King Mohammed VI", "Emir Tamim": a known person's
                    // name as listed with its office holds the office, as
                    // "President Donald Trump" does)
                    .or_else(|| {
                        let first = &toks[nc.range.start];
                        (matches!(referent, Referent::Known(a)
                            if lex.actors[a].kind == ActorKind::Person)
                            && nc.range.len() > 1
                            && first.is_cap()
                            && lex.is_office(first.lower))
                        .then(|| first.lower.to_string())
                    });
                let mut m = Mention::new(start..nc.range.end, nc.range.clone(), referent);
                m.role = role;
                m.country = country;
                // ("China's Taiwan Affairs Office": the country word names the
                // portfolio; the body is the possessor's, if any)
                if adjacent && toks[nc.range.start].lower == "affairs" && country.is_some() {
                    m.country = out
                        .last()
                        .filter(|p| p.possessive && p.span.end + 1 == start)
                        .and_then(|p| p.country);
                }
                m.owner = owner.clone();
                of_country(lex, text, toks, range.end, &mut m);
                // "the Taliban government", "the Hamas leadership": a known
                // organization's governing body stands for it
                let e = m.span.end;
                if let Referent::Known(a) = m.referent
                    && lex.actors[a].kind == ActorKind::Organization
                    && e < range.end
                    && !toks[e].is_cap()
                    && lex.tis(&toks[e], wc::METONYM)
                    && !toks
                        .get(e + 1)
                        .is_some_and(|n| e + 1 < range.end && is_descriptor_word(lex, n))
                {
                    m.span.end += 1;
                }
                consumed_until = m.span.end;
                out.push(m);
                ci = n + 1;
                while ci < chunks.len() && chunks[ci].range.start < consumed_until {
                    ci += 1;
                }
                continue;
            }
        }
        // "the Republican Party's Ukraine skeptics": an identifiable collective of
        // an organization, a group actor affiliated with it
        if possessive_owner && owner.is_some() && titles.is_empty() {
            let mut e = pos;
            let mut words = 0;
            while e < range.end && words < 3 {
                let t = &toks[e];
                let country_word = chunk_at(e).is_some_and(|x| {
                    country_of(&chunks[x]).is_some() && chunks[x].range.len() == 1
                });
                if !(country_word || is_descriptor_word(lex, t)) {
                    break;
                }
                e += 1;
                words += 1;
            }
            let last = &toks[e.saturating_sub(1)];
            let plural = e > pos
                && last.lower.ends_with('s')
                && !last.lower.ends_with("ss")
                && !is_verbish(lex, last)
                && !lex.tis(last, wc::COLLECTIVE | wc::METONYM | wc::STOP);
            if words >= 2 && plural {
                let label = text[toks[pos].start..toks[e - 1].end].to_string();
                let mut m = Mention::new(
                    pos..e,
                    pos..e,
                    Referent::Name {
                        text: label,
                        kind: ActorKind::Group,
                    },
                );
                m.owner = owner.clone();
                consumed_until = e;
                out.push(m);
                ci += 1;
                while ci < chunks.len() && chunks[ci].range.start < consumed_until {
                    ci += 1;
                }
                continue;
            }
        }
        // "Grundberg, the U.N. special envoy for Yemen", "Barduani, the KFOR
        // commander": a body's office in apposition after a name describes
        // the person, who belongs to it
        if matches!(
            owner,
            Some(
                Referent::Known(_)
                    | Referent::Name {
                        kind: ActorKind::Organization,
                        ..
                    }
            )
        ) && !titles.is_empty()
            && !possessive_owner
            && start > range.start
            && toks[start - 1].lower == "the"
            && ((start >= range.start + 2 && toks[start - 2].lower == ",")
                // ("The Houthi leader, Abdul-Malik al-Houthi, said": the
                // office opens the sentence, its holder in apposition)
                || (start == range.start + 1
                    && q + 1 < range.end
                    && toks[q].lower == ","
                    && chunk_at(q + 1).is_some_and(|x| is_name(&chunks[x]))))
            && let Some(head) = role_of(&titles)
        {
            let mut m = Mention::new(
                start - 1..q,
                start - 1..q,
                Referent::Description {
                    head,
                    country: None,
                },
            );
            m.owner = owner.clone();
            consumed_until = q;
            out.push(m);
            ci += 1;
            while ci < chunks.len() && chunks[ci].range.start < consumed_until {
                ci += 1;
            }
            continue;
        }
        if owner.is_some() {
            q = c.range.start;
            titles.clear();
        }
        // No name follows.
        if let Some(cty) = country {
            let after = c.range.end;
            let next = toks.get(after).filter(|_| after < range.end);
            let seat = matches!(c.what, ChunkKind::Gaz(Target::Seat(_)));
            // "the US special envoy", "the Russian president": a description
            // (not of one person: "three Maldivian deputy ministers")
            let plural_office = toks.get(q).is_some_and(|t| {
                q < range.end
                    && t.is_word()
                    && !t.is_cap()
                    && t.lower
                        .strip_suffix('s')
                        .is_some_and(|stem| lex.is_title_role(stem))
            });
            if !titles.is_empty() && !plural_office {
                let m_end = q;
                let head = role_of(&titles).unwrap_or_default();
                let mut m = Mention::new(
                    start..m_end,
                    start..m_end,
                    Referent::Description {
                        head,
                        country: Some(cty),
                    },
                );
                m.country = Some(cty);
                // "the retired American general": the article and adjectives before
                let mut b = start;
                while b > range.start
                    && b + 3 > start
                    && is_descriptor_word(lex, &toks[b - 1])
                    && !lex.tis(&toks[b - 1], wc::COLLECTIVE)
                {
                    b -= 1;
                }
                if b > range.start && matches!(toks[b - 1].lower, "the" | "a" | "an") {
                    m.span.start = b - 1;
                }
                out.push(m);
                consumed_until = m_end;
                ci += 1;
                while ci < chunks.len() && chunks[ci].range.start < m_end {
                    ci += 1;
                }
                continue;
            }
            let mut m = Mention::new(c.range.clone(), c.range.clone(), Referent::Country(cty));
            m.country = Some(cty);
            m.seat = seat;
            let is_demonym = matches!(c.what, ChunkKind::Gaz(Target::Demonym(_)));
            match next {
                Some(nt) if nt.lower == "'s" || nt.lower == "'" => {
                    m.possessive = true;
                    // "Ukraine's foreign ministry" stands for Ukraine
                    if let Some(e) = metonym_after(lex, toks, after + 1, range.end) {
                        m.span.end = e;
                        m.possessive = false;
                    }
                }
                Some(_) => {
                    // modifier or collective: scan up to three lowercase words
                    let mut e = after;
                    let mut collective = None;
                    while e < range.end
                        && e < after + 3
                        && (is_descriptor_word(lex, &toks[e])
                            || (lex.tis(&toks[e], wc::COLLECTIVE) && !toks[e].is_cap())
                            || toks[e].lower == "armed")
                        // ("Spain offered military aid": a verb right after a
                        // country's name is its predicate; "US armed forces")
                        && !(e == after
                            && !is_demonym
                            && toks[e].lower != "armed"
                            && is_verbish(lex, &toks[e]))
                    {
                        // ("the Chilean and Peruvian foreign ministers met":
                        // a state's officeholders, unnamed, stand for it)
                        if is_demonym
                            && lex.tis(&toks[e], wc::ENVOYS)
                            && toks[e].lower.ends_with('s')
                            && toks.get(e + 1).is_none_or(|n| {
                                e + 1 >= range.end || (!n.is_cap() && n.lower != ",")
                            })
                        {
                            collective = Some(e);
                            break;
                        }
                        if lex.tis(&toks[e], wc::COLLECTIVE) {
                            // "Russian drones and missiles": coordinated collectives
                            let mut last = e;
                            while last + 2 < range.end
                                && toks[last + 1].lower == "and"
                                && lex.tis(&toks[last + 2], wc::COLLECTIVE)
                                && !toks[last + 2].is_cap()
                            {
                                last += 2;
                            }
                            // "Chinese coast guard vessels", "Russian navy
                            // ships": a collective naming the force's own
                            while last + 1 < range.end
                                && lex.tis(&toks[last + 1], wc::COLLECTIVE)
                                && !toks[last + 1].is_cap()
                            {
                                last += 1;
                            }
                            // ("a senior Kenyan police official": an office
                            // in the force, held by one person, not the force)
                            if last + 1 < range.end
                                && !toks[last + 1].is_cap()
                                && lex.is_title_role(toks[last + 1].lower)
                            {
                                break;
                            }
                            collective = Some(last);
                            break;
                        }
                        e += 1;
                    }
                    let first = &toks[after];
                    // A demonym modifies the next noun ("Russian demand", "Russian
                    // strikes"); a country name only a plain noun ("US strategy"),
                    // never a verb form ("Russia attacked", "Russia says").
                    let verbish = is_verbish(lex, first);
                    let noun_follows = if is_demonym {
                        !first.is_cap()
                            && first.is_word()
                            && (is_descriptor_word(lex, first)
                                || lex.ttriggers(first).iter().any(|&(_, f)| {
                                    matches!(
                                        f,
                                        crate::lexicon::VerbForm::Base
                                            | crate::lexicon::VerbForm::Third
                                    )
                                }))
                    } else {
                        // "US sanctions on Iran" (a noun) but "Russia attacks Ukraine" (a verb)
                        let event_noun = lex.ttriggers(first).iter().any(|&(t, _)| {
                            lex.triggers[t].kind == crate::lexicon::TriggerKind::Noun
                        }) && toks
                            .get(after + 1)
                            .filter(|_| after + 1 < range.end)
                            .is_none_or(|n| {
                                !n.is_cap()
                                    && !matches!(
                                        n.lower,
                                        "the" | "a" | "an" | "his" | "her" | "its" | "their"
                                    )
                            });
                        // (but "by Russia almost every night", "Russia reportedly":
                        // an adverb after a name is no noun it modifies)
                        // ("demanded that Canada free Meng": a word before a
                        // name or determiner is a verb with its object)
                        let has_object = toks.get(after + 1).is_some_and(|n| {
                            after + 1 < range.end
                                && n.is_word()
                                && (n.is_cap() || lex.tis(n, wc::DET))
                        });
                        event_noun
                            || (is_descriptor_word(lex, first)
                                && !verbish
                                && !has_object
                                && !first.lower.ends_with('s')
                                && !first.lower.ends_with("ly")
                                // ("an agreement with Lithuania worth $600
                                // million": words that follow a noun phrase)
                                && !matches!(first.lower, "almost" | "worth" | "alone" | "itself"))
                    };
                    // "Russian and Ukrainian delegations": coordinated country words
                    // share the head noun that follows the last of them
                    let shared_head = is_demonym
                        && matches!(first.lower, "and" | "or")
                        && chunk_at(after + 1)
                            .is_some_and(|x| matches!(country_of(&chunks[x]), Some((_, true))))
                        && toks.get(after + 2).is_some_and(|h| {
                            after + 2 < range.end && lex.tis(h, wc::COLLECTIVE) && !h.is_cap()
                        });
                    // "33 Russian individuals": a counted collective of a country is a group actor
                    let counted = is_demonym
                        && start > range.start
                        && (toks[start - 1].flags & crate::token::NUM != 0
                            || matches!(
                                toks[start - 1].lower,
                                "two"
                                    | "three"
                                    | "four"
                                    | "five"
                                    | "six"
                                    | "seven"
                                    | "eight"
                                    | "nine"
                                    | "ten"
                                    | "dozens"
                                    | "hundreds"
                                    | "several"
                            ))
                        && collective.is_none()
                        && first.is_word()
                        && !first.is_cap()
                        && lex.tis(first, wc::PEOPLE)
                        && !is_verbish(lex, first)
                        && is_descriptor_word(lex, first);
                    if counted {
                        let label = text[toks[start - 1].start..first.end].to_string();
                        let mut g = Mention::new(
                            start - 1..after + 1,
                            start - 1..after + 1,
                            Referent::Name {
                                text: label,
                                kind: ActorKind::Group,
                            },
                        );
                        g.country = Some(cty);
                        consumed_until = after + 1;
                        out.push(g);
                        ci += 1;
                        while ci < chunks.len() && chunks[ci].range.start < consumed_until {
                            ci += 1;
                        }
                        continue;
                    }
                    if shared_head {
                        // stays an actor; the head is counted with the last conjunct
                    } else if let Some(ce) = collective {
                        m.span.end = ce + 1;
                        // "former Canadian officials": people who no longer act
                        // for their state
                        if start > range.start
                            && matches!(toks[start - 1].lower, "former" | "retired")
                            && lex.tis(&toks[ce], wc::PEOPLE)
                        {
                            m.usage = Use::Modifier;
                        }
                    } else if noun_follows
                        && (is_demonym || !seat)
                        // ("would give Russia ownership of": a state named after
                        // a verb of giving is its first object, not a modifier)
                        && !(!is_demonym
                            && start > range.start
                            && matches!(
                                toks[start - 1].lower,
                                "give" | "gives" | "gave" | "given" | "giving" | "grant"
                                    | "grants" | "granted" | "granting" | "offer" | "offers"
                                    | "offered" | "offering" | "deny" | "denies" | "denied"
                                    | "denying" | "owe" | "owes" | "owed"
                            ))
                    {
                        m.usage = Use::Modifier;
                    }
                }
                None => {}
            }
            consumed_until = m.span.end;
            out.push(m);
            ci += 1;
            continue;
        }
        // A bare title: "the president", "the envoy" (a description), or a title
        // followed by nothing we know.
        if let Some(t) = title_of(c) {
            // "the elected president", "the country's former president": up to two
            // adjectives between the article or possessive and the title
            let mut b = start;
            while b > range.start
                && b + 2 > start
                && (is_descriptor_word(lex, &toks[b - 1])
                    || lex.is_title_modifier(toks[b - 1].lower)
                    // ("the Shia cleric", "the Republican senator")
                    || (toks[b - 1].is_cap() && lex.is_creed(toks[b - 1].lower))
                    // ("the group's Gaza chief": a place word that names no
                    // actor, right after the possessive)
                    || (toks[b - 1].is_cap()
                        && toks[b - 1].is_word()
                        && b >= range.start + 2
                        && toks[b - 2].lower == "'s"))
                && !lex.tis(&toks[b - 1], wc::COLLECTIVE | wc::ORGHEAD)
                && out.iter().all(|m| m.span.end < b)
            {
                b -= 1;
            }
            if b < start
                && b > range.start
                && matches!(
                    toks[b - 1].lower,
                    "the" | "'s" | "his" | "her" | "its" | "their"
                )
            {
                start = b;
            }
            let def = start > range.start
                && matches!(
                    toks[start - 1].lower,
                    "the" | "his" | "her" | "its" | "their"
                );
            let poss = start > range.start && matches!(toks[start - 1].lower, "'s" | "'");
            if (def || poss) && titles.len() <= 3 {
                let head = role_of(&titles).unwrap_or_else(|| lex.titles[t].role.clone());
                if !head.is_empty() {
                    let mut m = Mention::new(
                        start..q.max(c.range.end),
                        start..q.max(c.range.end),
                        Referent::Description {
                            head,
                            country: None,
                        },
                    );
                    if def {
                        m.span.start = start - 1;
                    }
                    // "the foreign minister of Cuba": the country after "of"
                    // is the description's country
                    of_country(lex, text, toks, range.end, &mut m);
                    if let (Some(c), Referent::Description { country, .. }) =
                        (m.country, &mut m.referent)
                    {
                        *country = Some(c);
                    }
                    // "the commander of the Kurdish-led SDF": a known body after
                    // "of" owns the office
                    let e = m.span.end;
                    if m.country.is_none() && e + 1 < range.end && toks[e].lower == "of" {
                        let mut k = e + 1;
                        // (past "the" and modifiers: "Kurdish-led", "main")
                        while k < range.end
                            && k < e + 4
                            && toks[k].is_word()
                            && ((chunk_at(k).is_none() && !toks[k].is_cap())
                                || toks[k].lower.ends_with("-led")
                                || toks[k].lower.ends_with("-backed"))
                        {
                            k += 1;
                        }
                        if let Some(x) = chunk_at(k)
                            && let ChunkKind::Gaz(Target::Actor(a)) = chunks[x].what
                            && lex.actors[a].kind == ActorKind::Organization
                        {
                            m.owner = Some(Referent::Known(a));
                        }
                    }
                    if poss {
                        // "Mahan's director": affiliated with the possessor
                        if let Some(owner) = out.iter().rposition(|o| o.span.end == start - 1) {
                            m.affiliation = Some(owner);
                        }
                    }
                    consumed_until = m.span.end;
                    out.push(m);
                    ci += 1;
                    while ci < chunks.len() && chunks[ci].range.start < consumed_until {
                        ci += 1;
                    }
                    continue;
                }
            }
            ci += 1;
            continue;
        }
        match &c.what {
            ChunkKind::Gaz(Target::Place) => {}
            ChunkKind::Gaz(Target::Title(_)) => {}
            // "the Volvo", "a Boeing": an unknown single capitalised word after an
            // article names a thing, not an actor
            // (but an acronym is a body when its own: "the ELN's commander",
            // "the ELN fighters", "the PKK said"; so is any name before
            // armed men: "the Wazalendo fighters")
            ChunkKind::Cap
                if c.range.len() == 1
                    && c.range.start > range.start
                    && matches!(toks[c.range.start - 1].lower, "the" | "a" | "an")
                    && !(acronym
                        && toks.get(c.range.end).is_none_or(|n| {
                            c.range.end >= range.end
                                || matches!(n.lower, "'s" | "'")
                                || !n.is_word()
                                || is_verbish(lex, n)
                        })
                        || armed_group) => {}
            // "the Vienna summit", "last week's Minsk talks", "the Paris
            // Agreement": a capital naming an event is where it took place,
            // not an actor
            ChunkKind::Gaz(Target::Seat(_))
                if c.range.start > range.start
                    && lex.tis(&toks[c.range.start - 1], wc::DET)
                    && toks
                        .get(c.range.end)
                        .is_some_and(|n| c.range.end < range.end && lex.tis(n, wc::VENUE)) => {}
            _ => {
                let referent = name_referent(lex, text, toks, c, false);
                // "Federal Aviation Office of Germany": an organization of a country
                let mut m = Mention::new(c.range.clone(), c.range.clone(), referent);
                m.seat = matches!(c.what, ChunkKind::Gaz(Target::Seat(_)));
                if matches!(
                    m.referent,
                    Referent::Name {
                        kind: ActorKind::Organization,
                        ..
                    }
                ) && c.range.end + 1 < range.end
                    && toks[c.range.end].lower == "of"
                    && let Some(n_ci) = chunk_at(c.range.end + 1)
                    && let Some((cty, false)) = country_of(&chunks[n_ci])
                {
                    m.country = Some(cty);
                    m.span.end = chunks[n_ci].range.end;
                }
                // "Pakistani and Taliban border forces": a known body's armed
                // men, one word of description between, are the body
                let e = m.span.end;
                if let Referent::Known(a) = m.referent
                    && lex.actors[a].kind == ActorKind::Organization
                    && e + 1 < range.end
                    && !toks[e].is_cap()
                    && !toks[e + 1].is_cap()
                    && lex.tis(&toks[e + 1], wc::COLLECTIVE)
                    && (lex.is_armed_noun(toks[e + 1].lower)
                        || matches!(toks[e + 1].lower, "forces" | "troops"))
                    && is_descriptor_word(lex, &toks[e])
                {
                    m.span.end += 2;
                }
                start = m.span.end;
                consumed_until = start;
                out.push(m);
            }
        }
        ci += 1;
    }
    // Descriptions with a definite article and an organisation head ("the airline", "the alliance").
    for i in range.clone() {
        let t = &toks[i];
        // (every word this loop looks for is a function word, "police" or a
        // pronoun: other words are skipped without comparing strings)
        if !lex.tis(t, CUE_CLASSES) {
            continue;
        }
        if t.lower == "the" && i + 1 < range.end && out.iter().all(|m| !m.span.contains(&(i + 1))) {
            // ("the army-aligned government": past one lowercase hyphenated
            // modifier)
            let h = if i + 2 < range.end
                && toks[i + 1].flags & crate::token::HYPHEN != 0
                && !toks[i + 1].is_cap()
                && out.iter().all(|m| !m.span.contains(&(i + 2)))
            {
                i + 2
            } else {
                i + 1
            };
            let n = &toks[h];
            let next_continues = toks.get(h + 1).is_some_and(|x| {
                h + 1 < range.end
                    && x.is_word()
                    && !x.is_cap()
                    && !is_verbish(lex, x)
                    && !lex.tis(x, wc::STOP | wc::AUX | wc::BE | wc::RELATIVE | wc::TIME)
                    && !x.lower.ends_with("ly")
                    && !present_verb_with_object(lex, toks, h + 1, range.end)
            });
            // ("the paramilitary Rapid Support Forces": a head noun before a name
            // describes the name)
            let name_follows = toks
                .get(h + 1)
                .is_some_and(|x| h + 1 < range.end && x.is_word() && x.is_cap());
            if n.is_word()
                && !n.is_cap()
                && !next_continues
                && !name_follows
                && (lex.tis(n, wc::ORGHEAD)
                    && (!lex.tis(n, wc::COLLECTIVE)
                        || matches!(
                            n.lower,
                            "embassy" | "ministry" | "police" | "parliament" | "consulate"
                        ))
                    // ("urged the authorities to respect": a state's
                    // authorities, found by the resolver)
                    || n.lower == "authorities"
                    || n.lower == "capital"
                    // ("the country's president": the possessor of an office is
                    // found with the office)
                    || (is_country_noun(n.lower)
                        && (toks.get(h + 1).is_none_or(|x| x.lower != "'s")
                            // ("the kingdom's decision": the possessor of an
                            // act, which no office would find)
                            || toks
                                .get(h + 2)
                                .is_some_and(|x| h + 2 < range.end && lex.tis(x, wc::EVENTREF))))
                    || lex.tis(n, wc::ACTORHEAD))
            {
                // only when the next token does not continue a noun phrase with an actor
                out.push(Mention::new(
                    i..h + 1,
                    h..h + 1,
                    Referent::Description {
                        head: n.lower.to_string(),
                        country: None,
                    },
                ));
            } else if h == i + 1
                && next_continues
                && is_descriptor_word(lex, n)
                && !lex.tis(n, wc::ORGHEAD | wc::COLLECTIVE | wc::PEOPLE)
                && let Some(b) = toks.get(h + 1)
                && h + 1 < range.end
                && lex.tis(b, wc::ORGHEAD)
                && !lex.tis(b, wc::COLLECTIVE)
                && toks.get(h + 2).is_none_or(|x| {
                    h + 2 >= range.end
                        || !x.is_word()
                        || x.is_cap()
                        || is_verbish(lex, x)
                        || lex.tis(x, wc::STOP | wc::AUX | wc::BE | wc::RELATIVE | wc::TIME)
                })
                && out.iter().all(|m| !m.span.contains(&(h + 1)))
            {
                // "the electoral council" for the "National Electoral
                // Council": a body's head noun after a word of its name
                // (the resolver asks the name for both: "modifier+head")
                out.push(Mention::new(
                    i..h + 2,
                    h..h + 2,
                    Referent::Description {
                        head: format!("{}+{}", n.lower, b.lower),
                        country: None,
                    },
                ));
            }
        }
        // "the North African country", "the Gulf nation": a regional
        // adjective before a country noun is no name; the description stands
        // for the country named before, as "the country" does
        // (a country noun within reach first: most articles open no such
        // description)
        if t.lower == "the"
            && (i + 2..(i + 5).min(range.end)).any(|h| is_country_noun(toks[h].lower))
        {
            let mut h = i + 1;
            // ("the landlocked country", "the self-governing Pacific country":
            // plain adjectives before it too)
            let mut plain = 0;
            while h < range.end
                && h < i + 4
                && toks[h].is_word()
                && !toks[h].is_cap()
                && !is_country_noun(toks[h].lower)
                && !lex.tis(
                    &toks[h],
                    wc::STOP
                        | wc::AUX
                        | wc::BE
                        | wc::RELATIVE
                        | wc::TIME
                        | wc::PREP
                        | wc::DET
                        | wc::NEGATION,
                )
                && count(toks[h].lower) == 0
                && !matches!(
                    toks[h].lower,
                    "other"
                        | "same"
                        | "whole"
                        | "entire"
                        | "host"
                        | "home"
                        | "neighbouring"
                        | "neighboring"
                        | "first"
                        | "last"
                        | "next"
                        | "only"
                )
            {
                h += 1;
                plain += 1;
            }
            while h < range.end
                && h < i + 4
                && toks[h].is_word()
                && toks[h].is_cap()
                && (lex
                    .tgazetteer(&toks[h])
                    .iter()
                    .any(|e| e.tokens.len() == 1 && e.target == Target::Place)
                    || matches!(
                        toks[h].lower,
                        "north"
                            | "south"
                            | "east"
                            | "west"
                            | "central"
                            | "northern"
                            | "southern"
                            | "southeast"
                            | "northeast"
                            | "southwest"
                            | "northwest"
                            | "middle"
                    ))
            {
                h += 1;
            }
            if h > i + 1
                && (plain < 2 || h > i + plain + 1)
                && h < range.end
                && !toks[h].is_cap()
                && is_country_noun(toks[h].lower)
                && toks
                    .get(h + 1)
                    .is_none_or(|x| h + 1 >= range.end || x.lower != "'s")
                && out.iter().all(|m| {
                    !m.span.contains(&h)
                        && (matches!(m.referent, Referent::Name { .. })
                            || m.span.end <= i + 1
                            || m.span.start > h)
                })
            {
                out.retain(|m| m.span.end <= i + 1 || m.span.start > h);
                out.push(Mention::new(
                    i..h + 1,
                    h..h + 1,
                    Referent::Description {
                        head: toks[h].lower.to_string(),
                        country: None,
                    },
                ));
            }
        }
        // "the Commission", "the Council": a body named by its capitalised
        // noun alone, the body of that noun named before (not "the
        // Commission of Inquiry" nor "the Council President")
        if t.lower == "the"
            && let Some(n) = toks.get(i + 1).filter(|_| i + 2 < range.end)
            && n.flags & crate::token::CAP != 0
            && n.flags & crate::token::UPPER == 0
            && lex.is_body_noun(n.lower)
            && toks.get(i + 2).is_some_and(|x| {
                // (a capitalised word after "of", "for" or "on" continues
                // another body's name)
                let longer_name = matches!(x.lower, "of" | "for" | "on")
                    && toks
                        .get(i + 3)
                        .is_some_and(|y| i + 3 < range.end && y.is_cap() && !lex.tis(y, wc::TIME));
                !x.is_cap() && !longer_name
            })
            && out.iter().all(|m| !m.span.contains(&(i + 1)))
        {
            out.push(Mention::new(
                i..i + 2,
                i + 1..i + 2,
                Referent::Description {
                    head: n.lower.to_string(),
                    country: None,
                },
            ));
        }
        // "the North", "the South" (of a divided country named before;
        // not "the South China Sea")
        if t.lower == "the"
            && let Some(n) = toks.get(i + 1).filter(|_| i + 1 < range.end)
            && matches!(&text[n.start..n.end], "North" | "South")
            && toks
                .get(i + 2)
                .is_none_or(|x| i + 2 >= range.end || !x.is_cap() || x.lower == "'s")
            && out.iter().all(|m| !m.span.contains(&(i + 1)))
        {
            let mut m = Mention::new(
                i..i + 2,
                i + 1..i + 2,
                Referent::Description {
                    head: n.lower.to_string(),
                    country: None,
                },
            );
            // ("the North's foreign ministry" stands for the North, as
            // "Ukraine's foreign ministry" for Ukraine)
            if toks
                .get(i + 2)
                .is_some_and(|x| i + 2 < range.end && x.lower == "'s")
                && let Some(e) = metonym_after(lex, toks, i + 3, range.end)
            {
                m.span.end = e;
            }
            out.push(m);
        }
        // "both sides", "the two neighbours", "the three Sahel states"
        let count = match t.lower {
            "both" => Some(2),
            "two" | "three" | "four"
                if i > range.start && matches!(toks[i - 1].lower, "the" | "all") =>
            {
                Some(match t.lower {
                    "two" => 2,
                    "three" => 3,
                    _ => 4,
                })
            }
            _ => None,
        };
        if let Some(n) = count
            && out.iter().all(|m| !m.span.contains(&i))
        {
            // up to one capitalised or lowercase modifier, then a plural head
            let mut h = i + 1;
            if h + 1 < range.end
                && !lex.tis(&toks[h], wc::PEOPLE)
                && lex.tis(&toks[h + 1], wc::PLURALHEAD)
            {
                h += 1;
            }
            if h < range.end
                && lex.tis(&toks[h], wc::PLURALHEAD)
                && out.iter().all(|m| !m.span.contains(&h))
            {
                let start = if i > range.start && toks[i - 1].lower == "the" && t.lower != "both" {
                    i - 1
                } else {
                    i
                };
                out.push(Mention::new(
                    start..h + 1,
                    h..h + 1,
                    Referent::Plural {
                        n,
                        head: toks[h].lower.to_string(),
                    },
                ));
            } else if t.lower != "both"
                && i > range.start
                && toks[i - 1].lower == "the"
                && toks.get(i + 1).is_some_and(|v| {
                    i + 1 < range.end
                        && !v.is_cap()
                        && (is_verbish(lex, v) || lex.tis(v, wc::AUX | wc::BE))
                })
            {
                // "when the two met in Nagoya": a count with no head noun, as
                // the subject of a verb, is the actors last named
                out.push(Mention::new(
                    i - 1..i + 1,
                    i..i + 1,
                    Referent::Plural {
                        n,
                        head: String::new(),
                    },
                ));
            }
        }
        // ("accused the neighbouring country of arming rebels": the same)
        if t.lower == "the"
            && i + 2 < range.end
            && matches!(toks[i + 1].lower, "neighbouring" | "neighboring")
            && is_country_noun(toks[i + 2].lower)
            && out.iter().all(|m| !m.span.contains(&(i + 2)))
        {
            out.push(Mention::new(
                i..i + 3,
                i + 2..i + 3,
                Referent::Plural {
                    n: 1,
                    head: "neighbours".to_string(),
                },
            ));
        }
        // "fought a border war with its larger neighbour": the one other
        // state last named (resolved as a count of one, past the opener)
        if t.lower == "its" && out.iter().all(|m| !m.span.contains(&i)) {
            let mut h = i + 1;
            while h < range.end
                && h < i + 3
                && is_descriptor_word(lex, &toks[h])
                && !matches!(toks[h].lower, "neighbour" | "neighbor")
            {
                h += 1;
            }
            if h < range.end && matches!(toks[h].lower, "neighbour" | "neighbor") {
                out.push(Mention::new(
                    i..h + 1,
                    h..h + 1,
                    Referent::Plural {
                        n: 1,
                        head: "neighbours".to_string(),
                    },
                ));
            }
        }
        // "warned its leaders against", "its officials said": a state's or
        // body's own people stand for it (the nearest actor before, as the
        // possessor of "its ally")
        if t.lower == "its"
            && i + 1 < range.end
            && matches!(toks[i + 1].lower, "leaders" | "officials" | "diplomats")
            && out.iter().all(|m| !m.span.contains(&i))
        {
            out.push(Mention::new(i..i + 2, i..i + 2, Referent::Pronoun('p')));
        }
        // "Scholz, whose government was accused": the state of the
        // relative's antecedent (resolved with it)
        if t.lower == "whose"
            && i > range.start
            && toks[i - 1].lower == ","
            && i + 1 < range.end
            && is_state_noun(toks[i + 1].lower)
            && out.iter().all(|m| !m.span.contains(&(i + 1)))
        {
            out.push(Mention::new(i..i + 2, i..i + 2, Referent::Pronoun('w')));
        }
        // "its foreign ministry", "Its Commerce Ministry": the ministry of
        // the nearest state named before (named by the resolver, as
        // "Morocco's foreign ministry" is here)
        if t.lower == "its"
            && let Some(h) = its_ministry_end(toks, i, range.end)
        {
            out.retain(|m| m.span.end <= i || m.span.start > h);
            out.push(Mention::new(i..h + 1, i..h + 1, Referent::Pronoun('p')));
        }
        // "informed police": a bare "police" is the article's named police force,
        // if it has one (the resolver finds a body whose name holds the word)
        if t.lower == "police"
            && !t.is_cap()
            && i > range.start
            && (lex.tverb(&toks[i - 1]).is_some() || lex.tis(&toks[i - 1], wc::PREP))
            && out.iter().all(|m| !m.span.contains(&i))
        {
            out.push(Mention::new(
                i..i + 1,
                i..i + 1,
                Referent::Description {
                    head: "police".to_string(),
                    country: None,
                },
            ));
        }
        if (lex.tis(t, wc::HE | wc::SHE) && !t.is_cap()
            || (t.is_cap() && lex.tis(t, wc::HE | wc::SHE) && t.flags & crate::token::UPPER == 0))
            && out.iter().all(|m| !m.span.contains(&i))
        {
            let g = if lex.tis(t, wc::HE) { 'm' } else { 'f' };
            // "her government expelled ...", "his country would not": the
            // person's state (resolved with the pronoun)
            let state = matches!(t.lower, "his" | "her")
                && i + 1 < range.end
                && is_state_noun(toks[i + 1].lower)
                && toks
                    .get(i + 2)
                    .is_none_or(|n| i + 2 >= range.end || n.lower != "'s");
            let n = if state { 2 } else { 1 };
            out.push(Mention::new(i..i + n, i..i + n, Referent::Pronoun(g)));
        }
        // plural pronouns and quantifiers used as subjects ("they invited",
        // "several called"): collectives, resolved to countries and bodies
        // ("It accused Berlin of ...": "it" as the subject of a trigger verb
        // is a body or country named before, like "they")
        let plural = matches!(t.lower, "they" | "them" | "their")
            // ("stand by its friend Qatar", "armed its ally Belarus": the
            // possessor of a tie is a body or country)
            || (t.lower == "its"
                && toks.get(i + 1).is_some_and(|n| {
                    i + 1 < range.end
                        && matches!(
                            n.lower,
                            "ally" | "allies" | "friend" | "friends" | "partner" | "partners"
                        )
                }))
            // ("warned that it would strike", "said it had detained": "it"
            // before a modal or a perfect and a trigger verb)
            || (t.lower == "it"
                && i + 2 < range.end
                && matches!(
                    toks[i + 1].lower,
                    "will" | "would" | "could" | "might" | "had" | "has"
                )
                && !lex.ttriggers(&toks[i + 2]).is_empty())
            // ("the regions it attempted to annex": "it" as the subject of a
            // verb that takes a trigger verb)
            || (t.lower == "it"
                && i + 3 < range.end
                && is_verbish(lex, &toks[i + 1])
                && toks[i + 2].lower == "to"
                && !lex.ttriggers(&toks[i + 3]).is_empty())
            // (not in a free relative: "to do whatever it takes")
            || (t.lower == "it"
                && (i == range.start || toks[i - 1].lower != "whatever")
                && toks.get(i + 1).is_some_and(|n| {
                    i + 1 < range.end
                        && !lex.ttriggers(n).is_empty()
                        && !lex.tis(n, wc::AUX | wc::BE)
                        && lex.tverb(n).is_some_and(|(_, f)| {
                            matches!(
                                f,
                                crate::lexicon::VerbForm::Past
                                    | crate::lexicon::VerbForm::Third
                                    | crate::lexicon::VerbForm::PastOrParticiple
                            )
                        })
                }))
            // ("demanding that it allow", "asked that it withdraw": "it" as
            // the subject of what a demand asks for is asked to act, so it is
            // a body or country)
            || (i >= range.start + 2 && mandative_it(lex, toks, i))
            // ("accusing it of supporting terrorism", "blamed it for": "it"
            // as the object of a trigger verb before its charge or reason
            // is accused, so it is a body or country)
            || (t.lower == "it"
                && i > range.start
                && toks
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < range.end && matches!(n.lower, "of" | "for"))
                && !lex.ttriggers(&toks[i - 1]).is_empty()
                && lex.tverb(&toks[i - 1]).is_some())
            // ("had asked it to postpone", "urged it to return": "it" as the
            // object of a control verb is asked to act, so it is a body or
            // country, not a thing)
            || (t.lower == "it"
                && i > range.start
                && toks
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < range.end && n.lower == "to")
                && lex
                    .tverb(&toks[i - 1])
                    .is_some_and(|(lemma, _)| lex.is(lemma, wc::CONTROL)))
            || (matches!(t.lower, "several" | "many" | "both" | "others")
                && toks.get(i + 1).is_some_and(|n| {
                    i + 1 < range.end && (is_verbish(lex, n) || lex.tis(n, wc::AUX | wc::BE))
                })
                // ("Bahrain and Oman both welcomed": a quantifier floated
                // after its subject is no subject of its own)
                && !out.iter().any(|m| m.span.end == i));
        if plural && t.flags & crate::token::UPPER == 0 && out.iter().all(|m| !m.span.contains(&i))
        {
            out.push(Mention::new(i..i + 1, i..i + 1, Referent::Pronoun('p')));
        }
        // "I" and "we" inside a quotation: the speaker the sentence names
        let first_person = (t.lower == "i" && text[t.start..t.end] == *"I") || t.lower == "we";
        if first_person
            && inside_quotes(toks, range.start, i)
            && out.iter().all(|m| !m.span.contains(&i))
        {
            out.push(Mention::new(i..i + 1, i..i + 1, Referent::Pronoun('s')));
        }
    }
    out.sort_by_key(|m| m.span.start);
    // possessives
    for m in &mut out {
        // "Lebanon's parliament", "the Lebanese parliament": a state's
        // legislature is a body of its own, named as the capitalised
        // "Lebanese Parliament" is; "Peru's Congress": a known body of
        // another state by its name ("Congress") is the state's own
        if let Some((c, from, end)) = state_legislature(lex, toks, m, range.end)
            && let Some(demonym) = lex.countries[c].demonym.as_deref()
        {
            let mut name = demonym.to_string();
            for w in &toks[from..end] {
                name.push(' ');
                let mut cs = text[w.start..w.end].chars();
                if w.lower == "of" {
                    name.push_str("of");
                } else if let Some(f) = cs.next() {
                    name.extend(f.to_uppercase());
                    name.push_str(cs.as_str());
                }
            }
            m.referent = Referent::Name {
                text: name,
                kind: ActorKind::Organization,
            };
            m.span.end = end;
            m.head = m.head.start..end;
            m.country = Some(c);
            m.seat = false;
            // (the state's possessive is inside the name now)
            m.possessive = false;
        }
        // "the Moroccan foreign ministry", "Kenya's defence ministry": a
        // state's ministry named by its portfolio is a body of its own, as
        // the capitalised "Moroccan Foreign Ministry" is (a bare "the Iraqi
        // ministry" is left to resolution)
        if let Referent::Country(c) = m.referent
            && m.span.end >= m.head.end + 2
            && toks[m.span.end - 1].lower == "ministry"
            && !toks[m.span.end - 1].is_cap()
            && let Some(demonym) = lex.countries[c].demonym.as_deref()
        {
            let portfolio = &toks[m.head.end..m.span.end - 1];
            let words = portfolio.iter().filter(|t| !matches!(t.lower, "'s" | "'"));
            if words.clone().next().is_some() && words.clone().all(|t| t.is_word() && !t.is_cap()) {
                m.referent = Referent::Name {
                    text: ministry_name(demonym, words.map(|t| t.lower)),
                    kind: ActorKind::Organization,
                };
                m.head = m.head.start..m.span.end;
                m.country = Some(c);
                m.seat = false;
            }
        }
        // "Peruvian Foreign Ministry spokeswoman Ana Soto": the ministry of
        // a state's office title is a body of its own, her owner
        if m.owner.is_none()
            && let Some(c) = m.country
            && let Some(portfolio) = m.role.as_deref().and_then(ministry_portfolio)
            && let Some(demonym) = lex.countries[c].demonym.as_deref()
        {
            m.owner = Some(Referent::Name {
                text: ministry_name(demonym, std::iter::once(portfolio)),
                kind: ActorKind::Organization,
            });
        }
        // "Royal Saudi Air Force", "Korean Central News Agency": a country
        // word inside an organization's name is its country
        if m.country.is_none()
            && matches!(
                m.referent,
                Referent::Name {
                    kind: ActorKind::Organization,
                    ..
                }
            )
        {
            // (not the portfolio of a body: "Taiwan Affairs Office",
            // "Ministry of Foreign Affairs")
            // (nor the cause of a movement, named after "for the": the
            // "Democratic Forces for the Liberation of Rwanda" fight Rwanda)
            let heads = &toks[m.head.clone()];
            // (nor the country a mission is for or in: "United Nations
            // Assistance Mission for Iraq", "European Union Mission in Armenia";
            // or a panel on: "UN Panel of Experts on Libya")
            let cause = heads
                .iter()
                .position(|w| matches!(w.lower, "for" | "in" | "on"))
                .unwrap_or(heads.len());
            m.country = heads[..cause].iter().enumerate().find_map(|(k, t)| {
                if heads.get(k + 1).is_some_and(|n| n.lower == "affairs") {
                    return None;
                }
                // (a region's adjective: "Community of Latin American and
                // Caribbean States", "Central African States", unless the
                // two words name a state: "South Korean")
                if k > 0
                    && matches!(
                        heads[k - 1].lower,
                        "latin" | "central" | "south" | "north" | "west" | "east"
                    )
                    && lex.tgazetteer(t).iter().any(|e| {
                        matches!(e.target, Target::Demonym(_))
                            && e.tokens.len() == 1
                            && e.token_matches_at(0, text, t)
                    })
                {
                    return lex.tgazetteer_at(&heads[k - 1..]).iter().find_map(|e| {
                        match e.target {
                            Target::CountryName(c) | Target::Demonym(c)
                                if e.tokens.len() == 2 && e.matches(text, &heads[k - 1..]) =>
                            {
                                Some(c)
                            }
                            _ => None,
                        }
                    });
                }
                lex.tcountry_word(text, t)
            });
        }
        if m.span.end < range.end && matches!(toks[m.span.end].lower, "'s" | "'") {
            m.possessive = true;
        }
        // (an object "her" is no possessive: "asked her to go", "told her that";
        // resolution reads it off this flag)
        if let Referent::Pronoun(_) = m.referent
            && matches!(toks[m.span.start].lower, "his" | "her" | "their" | "its")
            && m.span.len() == 1
            && !(toks[m.span.start].lower == "her"
                && toks.get(m.span.end).is_none_or(|n| {
                    m.span.end >= range.end
                        || !n.is_word()
                        || n.lower == "that"
                        || lex.tis(n, wc::PREP | wc::DET)
                }))
        {
            m.possessive = true;
        }
    }
    // "X's ROLE, NAME" / "X's ROLE NAME": fix affiliations recorded by index before sorting
    let n = out.len();
    for i in 0..n {
        if let Referent::Description { .. } = out[i].referent
            && out[i].affiliation.is_some()
        {
            let start = out[i].span.start;
            out[i].affiliation = out
                .iter()
                .rposition(|o| o.span.end + 1 == start || o.span.end == start);
        }
    }
    // "The council, whose president, Elvis Amoroso,": a name after an
    // office of a relative's antecedent belongs to the antecedent
    for i in 0..n {
        if out[i].affiliation.is_some()
            || !matches!(out[i].referent, Referent::Name { .. } | Referent::Known(_))
        {
            continue;
        }
        let mut k = out[i].head.start;
        if k > range.start && toks[k - 1].lower == "," {
            k -= 1;
        }
        let office = k;
        while k > range.start + 2
            && k + 3 > office
            && toks[k - 1].is_word()
            && !toks[k - 1].is_cap()
            && toks[k - 1].lower != "whose"
        {
            k -= 1;
        }
        if k < office
            && k >= range.start + 2
            && toks[k - 1].lower == "whose"
            && toks[k - 2].lower == ","
            && lex.is_title_role(toks[office - 1].lower)
            && let Some(j) = out.iter().rposition(|o| {
                o.span.end == k - 2
                    && matches!(
                        o.referent,
                        Referent::Name { .. }
                            | Referent::Known(_)
                            | Referent::Country(_)
                            | Referent::Description { .. }
                    )
            })
        {
            out[i].affiliation = Some(j);
        }
    }
    // "Jeanine Áñez, the vice-president of the Bolivian Senate", "the
    // spokesman for the Chinese foreign ministry": an office description
    // followed by of/for/at and a body belongs to the body
    for i in 0..n {
        if let Some(j) = office_complement(lex, text, toks, &out, i, range.end) {
            out[i].affiliation = Some(j);
        }
    }
    // A name with no country or affiliation yet, followed by ", a/an ...":
    // an indefinite apposition that may describe it (the two loops below).
    let opens_indefinite_apposition = |m: &Mention| {
        let e = m.span.end;
        !matches!(
            m.referent,
            Referent::Country(_) | Referent::Pronoun(_) | Referent::Description { .. }
        ) && m.country.is_none()
            && m.affiliation.is_none()
            && e + 1 < range.end
            && toks[e].lower == ","
            && matches!(toks[e + 1].lower, "a" | "an")
    };
    // "Vyasna, an independent Belarusian rights group,": an indefinite
    // apposition whose country word describes the name gives its country
    for i in 0..n.saturating_sub(1) {
        let j = i + 1;
        let e = out[i].span.end;
        if !opens_indefinite_apposition(&out[i])
            || out[j].usage != Use::Modifier
            || !matches!(out[j].referent, Referent::Country(_))
            || e + 2 > out[j].span.start
        {
            continue;
        }
        // (an office's noun too: "a Kenyan police official")
        let plain = |t: &Token| {
            t.is_word()
                && !t.is_cap()
                && (!lex.tis(t, wc::STOP | wc::BE | wc::AUX | wc::RELATIVE | wc::NEGATION)
                    || lex.is_title_role(t.lower))
                && !lex.tis(t, wc::PREP)
                && lex
                    .tverb(t)
                    .is_none_or(|(_, f)| f == crate::lexicon::VerbForm::Base)
        };
        // ("a banned Russian group": participles may stand before the country
        // word; so may a title's modifier: "a senior Kenyan police official")
        let before_ok = (e + 2..out[j].span.start).all(|k| {
            let t = &toks[k];
            t.is_word()
                && !t.is_cap()
                && !lex.tis(t, wc::PREP)
                && (!lex.tis(t, wc::STOP | wc::BE | wc::AUX | wc::RELATIVE | wc::NEGATION)
                    || lex.is_title_modifier(t.lower))
        });
        let mut k = out[j].span.end;
        while k < range.end && plain(&toks[k]) {
            k += 1;
        }
        // (or a relative clause of its own: "a senior Kenyan police
        // official who will command the mission")
        let closes = k > out[j].span.end
            && (k == range.end || matches!(toks[k].lower, "," | "." | ";" | "—" | "–" | "who"));
        if before_ok && closes {
            out[i].affiliation = Some(j);
        }
    }
    // "Guo Jiakun, a spokesman for the Chinese foreign ministry,": an indefinite
    // apposition naming an office of a country or body (or an aide "to" a
    // person)
    for i in 0..n.saturating_sub(1) {
        let e = out[i].span.end;
        if !opens_indefinite_apposition(&out[i]) || e + 4 >= range.end {
            continue;
        }
        // up to three lowercase words ending in a title, then for/of/at (the)
        let mut k = e + 2;
        while k < range.end && k < e + 5 && toks[k].is_word() && !toks[k].is_cap() {
            k += 1;
        }
        let title_end = (e + 3..=k).rev().find(|&t| {
            lex.tgazetteer(&toks[t - 1])
                .iter()
                .any(|g| matches!(g.target, Target::Title(_)) && g.tokens.len() == 1)
        });
        let Some(mut p) = title_end else { continue };
        if p >= range.end || !matches!(toks[p].lower, "for" | "of" | "at" | "with" | "to") {
            continue;
        }
        // ("a senior adviser to U.S. President Donald Trump": an aide of a
        // person serves the person's state)
        let to_person = toks[p].lower == "to";
        p += 1;
        if p < range.end && toks[p].lower == "the" {
            p += 1;
            // ("a leader of the opposition Coalition for Change", "of the
            // ruling party X": up to two lowercase words before the name)
            let q = past_plain_modifiers(lex, toks, p, range.end);
            if q > p && q < range.end && toks[q].is_cap() {
                p = q;
            }
        }
        if let Some(j) = out.iter().position(|o| o.span.start == p)
            && j != i
            && match &out[j].referent {
                Referent::Country(_) => !to_person,
                Referent::Known(a) => (lex.actors[*a].kind == ActorKind::Organization) != to_person,
                Referent::Name { kind, .. } => {
                    (*kind == ActorKind::Organization && !to_person)
                        || (*kind == ActorKind::Person && to_person)
                }
                _ => false,
            }
        {
            out[i].affiliation = Some(j);
        }
    }
    // "his Greek, Cypriot and French counterparts, Dendias, Christodoulides and
    // Le Drian(, respectively)": country words and names paired in order
    let joined = |a: usize, b: usize| match toks.get(a..b) {
        Some([t]) => matches!(t.lower, "," | "and"),
        Some([c, a]) => c.lower == "," && a.lower == "and",
        _ => false,
    };
    let mut j = 0;
    while j < n {
        let mut k = j;
        while matches!(out[k].referent, Referent::Country(_))
            && k + 1 < n
            && matches!(out[k + 1].referent, Referent::Country(_))
            && joined(out[k].span.end, out[k + 1].span.start)
        {
            k += 1;
        }
        let count = k + 1 - j;
        let e = out[k].span.end;
        let paired = count >= 2
            && matches!(out[k].referent, Referent::Country(_))
            && e + 2 < range.end
            && toks[e].is_word()
            && !toks[e].is_cap()
            && toks[e].lower.ends_with('s')
            && toks[e + 1].lower == ","
            && k + count < n
            && out[k + 1].span.start == e + 2
            && (k + 1..k + count).all(|i| joined(out[i].span.end, out[i + 1].span.start))
            && (k + 1..=k + count).all(|i| {
                !matches!(
                    out[i].referent,
                    Referent::Country(_) | Referent::Pronoun(_) | Referent::Description { .. }
                )
            });
        if paired {
            let last = out[k + count].span.end;
            let respectively = toks[last..range.end]
                .iter()
                .take(2)
                .any(|t| t.lower == "respectively");
            if respectively || matches!(toks[e].lower, "counterparts" | "colleagues") {
                for i in 0..count {
                    if let Referent::Country(c) = out[j + i].referent
                        && out[k + 1 + i].country.is_none()
                    {
                        out[k + 1 + i].country = Some(c);
                    }
                }
            }
            j = k + count + 1;
        } else {
            j = k + 1;
        }
    }
    // "German firms including Deutsche Bahn, Daimler and Siemens": the members
    // listed after a country's collective belong to that country
    for j in 0..n {
        let sp = out[j].span.clone();
        if !matches!(out[j].referent, Referent::Country(_)) {
            continue;
        }
        let mut e = sp.end;
        if out[j].usage == Use::Modifier {
            // "Japanese carmakers including ...": a plural noun after the country word
            let t = toks.get(e).filter(|_| e < range.end);
            if t.is_some_and(|t| {
                t.is_word()
                    && !t.is_cap()
                    && t.lower.ends_with('s')
                    && lex.tverb(t).is_none()
                    && !lex.tis(t, wc::STOP | wc::BE | wc::AUX)
            }) {
                e += 1;
            } else {
                continue;
            }
        } else if sp.len() < 2 || !lex.tis(&toks[sp.end - 1], wc::COLLECTIVE) {
            continue;
        }
        match toks.get(e).filter(|_| e < range.end).map(|t| t.lower) {
            Some("including") => e += 1,
            Some("such") if e + 1 < range.end && toks[e + 1].lower == "as" => e += 2,
            _ => continue,
        }
        let mut i = j + 1;
        while i < n && out[i].span.start == e {
            if matches!(out[i].referent, Referent::Country(_) | Referent::Pronoun(_)) {
                break;
            }
            if out[i].country.is_none() && out[i].affiliation.is_none() {
                out[i].affiliation = Some(j);
            }
            e = out[i].span.end;
            while e < range.end && matches!(toks[e].lower, "," | "and" | "or") {
                e += 1;
            }
            i += 1;
        }
    }
    // "the Yemen-based Houthi movement": the place a body is based in is its
    // country, a modifier rather than an actor of the sentence
    for j in 0..n {
        let e = out[j].span.end;
        if e + 2 >= range.end || toks[e].lower != "-" {
            continue;
        }
        if toks[e + 1].lower == "based" {
            // ("Pakistan-based militants": a place, whatever follows)
            if matches!(out[j].referent, Referent::Country(_)) {
                out[j].usage = Use::Modifier;
                if let Some(i) = out.iter().position(|o| o.span.start == e + 2)
                    && !matches!(out[i].referent, Referent::Country(_) | Referent::Pronoun(_))
                    && out[i].country.is_none()
                    && out[i].affiliation.is_none()
                {
                    out[i].affiliation = Some(j);
                }
            }
        } else if toks[e].start == toks[e - 1].end
            && toks[e + 1].start == toks[e].end
            && is_verbish(lex, &toks[e + 1])
            && !toks[e + 1].lower.ends_with("ing")
        {
            // "the Iran-backed Houthis", "a US-brokered truce": an actor joined
            // to any other participle modifies the noun after it (it is the
            // participle's agent, not a member of a list or an object of the
            // clause)
            out[j].usage = Use::Modifier;
        }
    }
    // "Greek Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos
    // Dendias": a title without a country word, coordinated right after a
    // title with one, shares its country (not a known person of another)
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if b.country.is_none()
            && b.role.is_some()
            && a.role.is_some()
            && b.head.start > b.span.start
            && a.span.end + 1 == b.span.start
            && toks[a.span.end].lower == "and"
            && let Some(c) = a.country
            && match &b.referent {
                Referent::Name {
                    kind: ActorKind::Person,
                    ..
                } => true,
                Referent::Known(p) => lex.actors[*p].country.is_none_or(|x| x == c),
                _ => false,
            }
        {
            out[k].country = Some(c);
        }
    }
    // "the EU's foreign ministers": the people who act for a body, named
    // with its possessive, stand for the body
    for m in out.iter_mut() {
        if let Referent::Name {
            kind: ActorKind::Group,
            ..
        } = &m.referent
            && m.span.end > m.span.start
            && lex.tis(&toks[m.span.end - 1], wc::ENVOYS | wc::METONYM)
            && toks[m.span.start.saturating_sub(1)..m.span.end]
                .iter()
                .any(|t| t.lower == "'s")
            && let Some(owner @ (Referent::Known(_) | Referent::Name { .. })) = &m.owner
            && match owner {
                Referent::Known(x) => lex.actors[*x].kind == ActorKind::Organization,
                Referent::Name { kind, .. } => *kind == ActorKind::Organization,
                _ => false,
            }
        {
            m.referent = owner.clone();
            m.owner = None;
            // (named by the body's own words: "EU", not "foreign ministers")
            let k = m.span.start;
            if k > range.start + 1 && toks[k - 1].lower == "'s" {
                let mut b = k - 1;
                while b > range.start && toks[b - 1].is_cap() {
                    b -= 1;
                }
                if b < k - 1 {
                    m.head = b..k - 1;
                    m.span.start = b;
                }
            }
        }
    }
    member_states(lex, toks, range.clone(), &mut out);
    counted_apposition(toks, &mut out);
    counted_apposition_after(toks, &mut out);
    possessed_ministries(lex, text, toks, &mut out);
    membership_bids(lex, toks, range.end, &mut out);
    // "the Democratic Centre party": the lowercase party noun after a body's
    // name belongs to its mention, not to its name
    for m in &mut out {
        let e = m.span.end;
        if let Referent::Name {
            kind: ActorKind::Organization,
            ..
        } = m.referent
            && e < range.end
            && toks[e].is_word()
            && !toks[e].is_cap()
            && lex.is_party_noun(toks[e].lower)
        {
            m.span.end += 1;
        }
    }
    out
}

/// The country of mention `m` when its possessor stands inside it
/// ("Iraq's Foreign Ministry", "Sweden's NATO" as one mention).
fn possessor_inside(toks: &[Token], m: &Mention) -> Option<usize> {
    toks[m.span.start..m.head.start.max(m.span.start)]
        .iter()
        .any(|t| t.lower == "'s")
        .then_some(m.country)
        .flatten()
}

/// "Sweden's NATO membership", "Ukraine's EU bid": a body named between a
/// state's possessive and a noun of joining is no body of that state; the
/// mention stands for the state, which owns the bid ("vetoed Sweden's NATO
/// membership" opposes Sweden). So does an international body named between
/// a state's possessive and a noun: "Russia's UN ambassador".
fn membership_bids(lex: &Lexicon, toks: &[Token], end: usize, out: &mut [Mention]) {
    for m in out.iter_mut() {
        if !matches!(m.referent, Referent::Known(_) | Referent::Name { .. }) || m.span.end >= end {
            continue;
        }
        // (the possessor as the mention's owner, or inside it: "Sweden's NATO")
        let owner = match m.owner {
            Some(Referent::Country(c)) => Some(c),
            _ => possessor_inside(toks, m),
        };
        let Some(c) = owner else { continue };
        // (or any international body after a state's possessive: "Russia's
        // UN ambassador" is Russia's, and the UN no body of Russia's)
        let next = &toks[m.span.end];
        let international = || {
            matches!(m.referent, Referent::Known(a)
                if lex.actors[a].country.is_none() && lex.actors[a].roles.iter().any(|r| r == "igo"))
        };
        if lex.is_membership_noun(next.lower)
            || (next.is_word() && !next.is_cap() && international())
        {
            m.referent = Referent::Country(c);
            m.owner = None;
            m.affiliation = None;
            m.country = None;
            m.possessive = true;
        }
    }
}

/// "Iraq's Foreign Ministry": a state's own ministry, named as the
/// lowercase "Iraq's foreign ministry" is, by the demonym ("Iraqi Foreign
/// Ministry"), not the bare name every state's ministry shares.
///
/// So is "India's Ministry of External Affairs" ("Indian Ministry of
/// External Affairs"), a known body when that is one of its names
/// ("Russia's Ministry of Defence" is the Russian Defence Ministry, not
/// the British one the bare name stands for).
fn possessed_ministries(lex: &Lexicon, text: &str, toks: &[Token], out: &mut [Mention]) {
    for i in 0..out.len() {
        // "the Congress of Peru": a known body of one state, named as
        // another state's, is that state's own body of the name
        if let Referent::Known(a) = out[i].referent
            && let Some(c) = out[i].country
            && lex.actors[a].kind == ActorKind::Organization
            && lex.actors[a].country.is_some_and(|x| x != c)
            && out[i].span.len() >= 3
            && toks[out[i].span.end - 2].lower == "of"
            && lex.tcountry_word(text, &toks[out[i].span.end - 1]) == Some(c)
        {
            let first = toks[out[i].span.start].start;
            out[i].referent = Referent::Name {
                text: text[first..toks[out[i].span.end - 1].end].to_string(),
                kind: ActorKind::Organization,
            };
            continue;
        }
        // (a name ending in "Ministry" or opening with "Ministry of" first:
        // most mentions are none)
        let name = match &out[i].referent {
            Referent::Name { text, .. } => text.as_str(),
            Referent::Known(a) => lex.actors[*a].name.as_str(),
            _ => continue,
        };
        let of_form = name.starts_with("Ministry of ");
        let suffix_form =
            name.ends_with(" Ministry") && matches!(out[i].referent, Referent::Name { .. });
        if !(of_form || suffix_form) {
            continue;
        }
        // (the possessor inside the mention, or right before it)
        let m = &out[i];
        let owner = match (&m.owner, m.affiliation) {
            (Some(Referent::Country(c)), _) => Some(*c),
            // ("Iraq's Foreign Ministry" as one mention, its country inside)
            (None, None) => possessor_inside(toks, m),
            (None, Some(j)) if out[j].possessive && out[j].span.end <= out[i].span.start + 1 => {
                match out[j].referent {
                    Referent::Country(c) => Some(c),
                    _ => None,
                }
            }
            _ => None,
        };
        if of_form
            && let Some(c) = owner
            && let Some(demonym) = lex.countries[c].demonym.as_deref()
            && !matches!(out[i].referent, Referent::Known(a) if lex.actors[a].country == Some(c))
        {
            let text = format!("{demonym} {name}");
            out[i].referent = match lex.actor_by_name_or_alias(&text) {
                Some(a) => Referent::Known(a),
                None => Referent::Name {
                    text,
                    kind: ActorKind::Organization,
                },
            };
            out[i].country = Some(c);
            continue;
        }
        if let Some(c) = owner
            && let Referent::Name {
                text,
                kind: ActorKind::Organization,
            } = &out[i].referent
            && let Some(portfolio) = text.strip_suffix(" Ministry")
            && !portfolio.is_empty()
            && lex.is_gov_body(text)
            && let Some(demonym) = lex.countries[c].demonym.as_deref()
        {
            out[i].referent = Referent::Name {
                text: ministry_name(demonym, portfolio.split(' ')),
                kind: ActorKind::Organization,
            };
            out[i].country = Some(c);
        }
    }
}

/// "two Canadian citizens, former diplomat Michael Kovrig and businessman
/// Michael Spavor", "two Japanese companies, Nippon Steel and Mitsubishi":
/// a counted group followed by as many names (of people, for a group of
/// people) is those people or bodies. The group becomes a modifier (the relations read its
/// names; no affiliation of its own), and each name takes its country.
/// "Greece and Turkey, two NATO members", "Finland, a member of the
/// European Union", "NATO members Greece and Turkey": the states named
/// belong to the body, which is no actor of the clause.
fn member_states(lex: &Lexicon, toks: &[Token], range: Range<usize>, out: &mut [Mention]) {
    let is_member = |k: usize| k < range.end && matches!(toks[k].lower, "member" | "members");
    let is_body = |m: &Mention| match &m.referent {
        Referent::Known(a) => lex.actors[*a].kind == ActorKind::Organization,
        Referent::Name { kind, .. } => *kind == ActorKind::Organization,
        _ => false,
    };
    let is_state =
        |m: &Mention| matches!(m.referent, Referent::Country(_)) && m.usage == Use::Actor;
    for o in 0..out.len() {
        if !is_body(&out[o]) || out[o].usage != Use::Actor {
            continue;
        }
        let (s0, e0) = (out[o].span.start, out[o].span.end);
        // the members of the body: the states of a list that ends right
        // before `at` (a comma), or that starts at `at`
        let mut states: Vec<usize> = Vec::new();
        let list_before = |at: usize, states: &mut Vec<usize>| {
            let mut k = o;
            let mut end = at;
            while k > 0 {
                k -= 1;
                let m = &out[k];
                if m.span.end != end || !is_state(m) {
                    break;
                }
                states.push(k);
                let mut b = m.span.start;
                if b > range.start && matches!(toks[b - 1].lower, "and" | ",") {
                    b -= 1;
                    if b > range.start && toks[b - 1].lower == "," {
                        b -= 1;
                    }
                } else {
                    break;
                }
                end = b;
            }
        };
        // the members of the body: the states of a list that starts at `at`,
        // right after it; where the list ends
        let list_after = |mut at: usize, states: &mut Vec<usize>| {
            let mut k = o + 1;
            while k < out.len() && out[k].span.start == at && is_state(&out[k]) {
                states.push(k);
                at = out[k].span.end;
                if at < range.end && matches!(toks[at].lower, "and" | ",") {
                    at += 1;
                    // ("both New Zealand and the Cook Islands")
                    if at + 1 < range.end
                        && toks[at].lower == "the"
                        && out.get(k + 1).is_some_and(|n| n.span.start == at + 1)
                    {
                        at += 1;
                    }
                } else {
                    break;
                }
                k += 1;
            }
            at
        };
        let counted = |k: usize| {
            k > range.start
                && (matches!(toks[k - 1].lower, "a" | "an" | "both" | "fellow" | "all")
                    || count(toks[k - 1].lower) >= 2)
        };
        let member_word = if is_member(e0 - 1) {
            Some(e0)
        } else if is_member(e0) {
            Some(e0 + 1)
        } else {
            None
        };
        // "The Arab League, of which Somalia is a member,", "the Group of
        // Seven, which includes Japan,": the states of a relative clause of
        // membership after the body, which stays the clause's actor
        if e0 + 3 < range.end && toks[e0].lower == "," {
            let list_at = ((toks[e0 + 1].lower == "of" && toks[e0 + 2].lower == "which")
                || (toks[e0 + 1].lower == "which"
                    && matches!(toks[e0 + 2].lower, "includes" | "include" | "included")))
            .then_some(e0 + 3)
            // ("the Alliance of Sahel States, a confederation of which Mali,
            // Niger and Burkina Faso are members": past an apposition's noun)
            .or_else(|| {
                (e0 + 5 < range.end
                    && matches!(toks[e0 + 1].lower, "a" | "an")
                    && toks[e0 + 2].is_word()
                    && !toks[e0 + 2].is_cap()
                    && toks[e0 + 3].lower == "of"
                    && toks[e0 + 4].lower == "which")
                    .then_some(e0 + 5)
            });
            if let Some(at) = list_at {
                let mut at = at;
                // (past "both": "of which both Australia and Papua New Guinea")
                if at < range.end && matches!(toks[at].lower, "both" | "all") {
                    at += 1;
                }
                let mut found = Vec::new();
                let at = list_after(at, &mut found);
                // (after "of which", the clause says they are members)
                let said =
                    toks[e0 + 1].lower == "which" || (at..(at + 6).min(range.end)).any(&is_member);
                if said {
                    for k in found {
                        if out[k].affiliation.is_none() {
                            out[k].affiliation = Some(o);
                        }
                    }
                }
                continue;
            }
        }
        if let Some(after) = member_word {
            // "Peru and Chile, two APEC members" / "Finland, a NATO member"
            let mut b = s0;
            if counted(b) {
                b -= 1;
                if b > range.start && toks[b - 1].lower == "," {
                    list_before(b - 1, &mut states);
                }
            }
            // "NATO members Greece and Turkey"
            if states.is_empty() && (s0 == range.start || !counted(s0)) {
                list_after(after, &mut states);
            }
        } else if let Some(at) = (s0 >= range.start + 3
            && matches!(toks[s0 - 1].lower, "of" | "the")
            && is_member(s0 - 2 - usize::from(toks[s0 - 1].lower == "the")))
        .then(|| s0 - 2 - usize::from(toks[s0 - 1].lower == "the"))
        .and_then(|mw| {
            // "Kenya and Somalia are both members of IGAD", "Chile is a
            // member of the OAS", "are founding members of"
            let mut k = mw;
            while k > range.start
                && matches!(
                    toks[k - 1].lower,
                    "a" | "an" | "both" | "all" | "founding" | "full"
                )
            {
                k -= 1;
            }
            (k > range.start + 1 && matches!(toks[k - 1].lower, "is" | "are" | "was" | "were"))
                .then_some(k - 1)
        }) {
            list_before(at, &mut states);
        } else if s0 >= range.start + 4
            && toks[s0 - 1].lower == "of"
            && is_member(s0 - 2)
            && matches!(toks[s0 - 3].lower, "a" | "an")
            && toks[s0 - 4].lower == ","
        {
            // "Finland, a member of the European Union,"
            list_before(s0 - 4, &mut states);
        } else if s0 >= range.start + 5
            && toks[s0 - 1].lower == "the"
            && toks[s0 - 2].lower == "of"
            && is_member(s0 - 3)
            && matches!(toks[s0 - 4].lower, "a" | "an")
            && toks[s0 - 5].lower == ","
        {
            list_before(s0 - 5, &mut states);
        }
        if states.is_empty() {
            continue;
        }
        out[o].usage = Use::Modifier;
        for k in states {
            if out[k].affiliation.is_none() {
                out[k].affiliation = Some(o);
            }
        }
    }
}

/// The length of a lowercase plural noun, alone or after one more
/// lowercase word ("ministers", "deputy ministers"), that starts at `k` and
/// that a comma follows.
fn plural_head_before_comma(toks: &[Token], k: usize) -> Option<usize> {
    let plain = |t: &Token| t.is_word() && !t.is_cap();
    (k..k + 2)
        .find(|&h| {
            toks.get(h + 1).is_some_and(|c| c.lower == ",")
                && toks[k..=h].iter().all(plain)
                && toks[h].lower.ends_with('s')
        })
        .map(|h| h + 1 - k)
}

fn counted_apposition(toks: &[Token], out: &mut [Mention]) {
    // a counted group of people ("two Canadian citizens"), or a counted
    // collective of a country ("two Japanese companies")
    let Some((g, n, people)) = out
        .iter()
        .enumerate()
        .filter_map(|(g, m)| match m.referent {
            Referent::Name {
                kind: ActorKind::Group,
                ..
            } => Some((g, count(toks[m.span.start].lower), true)),
            // (past one adjective: "two major Canadian exporters"; a demonym
            // before a plural noun the collectives do not list modifies it)
            Referent::Country(_)
                if m.span.start > 1
                    && (m.span.len() >= 2 && m.usage == Use::Actor
                        || m.span.len() == 1
                            && m.usage == Use::Modifier
                            && plural_head_before_comma(toks, m.span.end).is_some()) =>
            {
                let before = &toks[m.span.start - 1];
                let n = match count(before.lower) {
                    0 if before.is_word() && !before.is_cap() => {
                        count(toks[m.span.start - 2].lower)
                    }
                    n => n,
                };
                Some((g, n, false))
            }
            _ => None,
        })
        .find(|&(_, n, _)| n >= 2)
    else {
        return;
    };
    if n < 2 || out.len() < g + 1 + n {
        return;
    }
    // (people for a group of people; any name for a country's collective)
    let fits = |m: &Mention| match m.referent {
        Referent::Name { kind, .. } => kind == ActorKind::Person || !people,
        Referent::Known(_) => !people || m.head.start > m.span.start || m.role.is_some(),
        _ => false,
    };
    let members = &out[g + 1..g + 1 + n];
    // the first member after a comma, the last after "and" or ", and", the
    // others after a comma; each may have one lowercase word of its title
    // before it ("former")
    // (the plural noun joins its demonym: "Canadian exporters")
    let grows = if out[g].span.len() == 1 && !people {
        plural_head_before_comma(toks, out[g].span.end).unwrap_or(1)
    } else {
        0
    };
    let mut prev = out[g].span.end + grows;
    for (k, m) in members.iter().enumerate() {
        let mut gap = &toks[prev..m.span.start];
        if let [rest @ .., w] = gap
            && w.is_word()
            && !w.is_cap()
            && w.lower != "and"
        {
            gap = rest;
        }
        let words: Vec<&str> = gap.iter().map(|t| t.lower).collect();
        let joined = if k + 1 < n {
            words == [","]
        } else {
            words == ["and"] || words == [",", "and"]
        };
        if !joined || !fits(m) {
            return;
        }
        prev = m.span.end;
    }
    let country = match out[g].referent {
        Referent::Country(c) => Some(c),
        _ => out[g].country,
    };
    if grows > 0 {
        out[g].span.end += grows;
        out[g].head.end = out[g].span.end;
    }
    for m in &mut out[g + 1..g + 1 + n] {
        if m.country.is_none() {
            m.country = country;
        }
    }
    out[g].usage = Use::Modifier;
}

/// The number a counting word or numeral gives (0 for none): "two", "12".
pub(crate) fn count(w: &str) -> usize {
    match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        w => w.parse::<usize>().unwrap_or(0),
    }
}

/// "Cécile Kohler and Jacques Paris, two French citizens": a counted group
/// of a country's people in apposition after as many people's names is
/// those people: each takes the country (as in [`counted_apposition`]), and
/// the group becomes a count of them.
fn counted_apposition_after(toks: &[Token], out: &mut [Mention]) {
    for g in 0..out.len() {
        let m = &out[g];
        let n = match m.referent {
            Referent::Name {
                kind: ActorKind::Group,
                ..
            } if m.usage == Use::Actor && m.country.is_some() => count(toks[m.span.start].lower),
            _ => 0,
        };
        if n < 2 || g < n || m.span.start < 1 || toks[m.span.start - 1].lower != "," {
            continue;
        }
        let names = &out[g - n..g];
        // the names joined "A and B", "A, B and C", right before the comma
        let joined = names.last().is_some_and(|l| l.span.end + 1 == m.span.start)
            && names.windows(2).enumerate().all(|(k, w)| {
                let gap: Vec<&str> = toks[w[0].span.end..w[1].span.start]
                    .iter()
                    .map(|t| t.lower)
                    .collect();
                if k + 2 == n {
                    gap == ["and"] || gap == [",", "and"]
                } else {
                    gap == [","]
                }
            })
            && names.iter().all(|x| {
                matches!(
                    x.referent,
                    Referent::Name {
                        kind: ActorKind::Person,
                        ..
                    }
                ) && !x.possessive
            });
        if !joined {
            continue;
        }
        let country = out[g].country.take();
        for x in &mut out[g - n..g] {
            if x.country.is_none() {
                x.country = country;
            }
        }
        // (a count of the people just named, so that what is done to the
        // group is done to them: "two French citizens detained by Iran")
        out[g].referent = Referent::Plural {
            n,
            head: "people".to_string(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_carry_a_cue_class() {
        let lex = Lexicon::embedded();
        for w in [
            "the", "both", "two", "three", "four", "police", "they", "them", "their", "several",
            "many", "others", "i", "we", "it", "its", "he", "she", "his", "her",
        ] {
            assert!(lex.is(w, CUE_CLASSES), "{w}");
        }
    }
    use crate::token::tokenize;

    fn mentions(text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::embedded();
        let tz = tokenize(text);
        let toks = tz.tokens();
        find(lex, text, &toks, 0..toks.len())
            .into_iter()
            .map(|m| {
                let surface = text[toks[m.span.start].start..toks[m.span.end - 1].end].to_string();
                let what = match &m.referent {
                    Referent::Country(c) => format!("country:{}", lex.countries[*c].name),
                    Referent::Known(a) => format!("known:{}", lex.actors[*a].name),
                    Referent::Name { text, kind } => format!("{}:{}", kind.as_str(), text),
                    Referent::Description { head, .. } => format!("desc:{head}"),
                    Referent::Pronoun(g) => format!("pron:{g}"),
                    Referent::Plural { n, head } => format!("plural:{n}:{head}"),
                };
                let what = if m.usage == Use::Modifier {
                    format!("mod:{what}")
                } else {
                    what
                };
                (surface, what)
            })
            .collect()
    }

    #[test]
    fn titles_countries_and_names() {
        let m = mentions("US special envoy Steve Witkoff met Russian President Vladimir Putin.");
        assert_eq!(
            m[0],
            (
                "US special envoy Steve Witkoff".into(),
                "known:Steve Witkoff".into()
            )
        );
        assert_eq!(
            m[1],
            (
                "Russian President Vladimir Putin".into(),
                "known:Vladimir Putin".into()
            )
        );
    }

    #[test]
    fn an_unlisted_portfolio_before_minister_is_part_of_the_title() {
        let m = mentions("Norwegian Fisheries Minister Marianne Sivertsen Naess spoke.");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].1, "person:Marianne Sivertsen Naess");
        // (not without a country word before it)
        let m = mentions("Fisheries Minister Marianne Sivertsen Naess spoke.");
        assert!(
            m.iter().any(|x| x.1 == "person:Marianne Sivertsen Naess"),
            "{m:?}"
        );
    }

    #[test]
    fn a_capital_before_a_capitalised_body_noun_names_a_body() {
        let m = mentions("The Quito Group met.");
        assert_eq!(m[0].1, "organization:Quito Group", "{m:?}");
        // (not before a title, whose country it is: "Kremlin spokesman")
        let m = mentions("Quito Foreign Minister Ana Rojas spoke.");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].0, "Quito Foreign Minister Ana Rojas");
    }

    #[test]
    fn a_portfolio_after_minister_of_is_part_of_the_title() {
        let m = mentions("Peru's Minister of Mines, Oil and Energy, Luis Vega, spoke.");
        assert_eq!(m[0].0, "Peru's Minister of Mines, Oil and Energy", "{m:?}");
        assert_eq!(m[1].1, "person:Luis Vega", "{m:?}");
        let m = mentions("Peru's Minister of Fisheries and Ports, Luis Vega, spoke.");
        assert_eq!(m[0].0, "Peru's Minister of Fisheries and Ports", "{m:?}");
        // a listed title naming a portfolio takes more items after it
        let m = mentions("Peru's Minister of Trade, Tourism and Fisheries, Luis Vega, spoke.");
        assert_eq!(
            m[0].0, "Peru's Minister of Trade, Tourism and Fisheries",
            "{m:?}"
        );
        assert_eq!(m[1].1, "person:Luis Vega", "{m:?}");
        // (a name right after the portfolio leaves its bounds unknown)
        let m = mentions("Minister of Fisheries Luis Vega spoke.");
        assert!(
            !m.iter().any(|x| x.0.starts_with("Minister of Fisheries")),
            "{m:?}"
        );
    }

    #[test]
    fn an_unlisted_body_and_an_office_after_a_country_word_are_a_title() {
        let m = mentions("Peruvian Energy Ministry spokesman Luis Vega spoke.");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].0, "Peruvian Energy Ministry spokesman Luis Vega");
        assert_eq!(m[0].1, "person:Luis Vega");
        let m = mentions("Peru's energy ministry official, Luis Vega, spoke.");
        assert_eq!(m[0].0, "Peru's energy ministry official", "{m:?}");
        assert_eq!(m[0].1, "desc:official");
        // (after a country name of two words too)
        let m = mentions("South Korea's energy ministry official, Kim Min-ho, spoke.");
        assert_eq!(m[0].0, "South Korea's energy ministry official", "{m:?}");
        // (the body alone stays a body)
        let m = mentions("The Peruvian Energy Ministry said so.");
        assert_eq!(m[0].1, "organization:Peruvian Energy Ministry", "{m:?}");
    }

    #[test]
    fn a_list_of_unlisted_portfolios_before_minister_is_part_of_the_title() {
        let m = mentions("Peruvian Energy, Mines and Oil Minister Luis Vega spoke.");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].1, "person:Luis Vega");
        // (a list with no closing "and" is no portfolio)
        let m = mentions("Peruvian Energy, Mines, Oil Minister Luis Vega spoke.");
        assert!(m.len() > 1, "{m:?}");
    }

    #[test]
    fn an_unknown_name_after_a_place_noun_and_of_is_a_place() {
        let m = mentions("Fighting flared around the town of Walikale on Monday.");
        assert!(m.is_empty(), "{m:?}");
        let m = mentions("Rebels seized the port of Zindara.");
        assert!(m.is_empty(), "{m:?}");
        // (a known city still stands for its country)
        let m = mentions("Drones struck the city of Kharkiv.");
        assert!(m.iter().any(|x| x.1 == "country:Ukraine"), "{m:?}");
    }

    #[test]
    fn a_known_body_ends_a_capitalised_run() {
        let m = mentions("He met the Iran-backed Kataib Hezbollah in Baghdad.");
        assert!(m.iter().any(|x| x.1 == "known:Kataib Hezbollah"), "{m:?}");
        let m = mentions("He met the Kurdish-led Syrian Democratic Forces in Raqqa.");
        assert!(
            m.iter().any(|x| x.1 == "known:Syrian Democratic Forces"),
            "{m:?}"
        );
        // ("Peace and Security Council": not after "and")
        let m = mentions("The Peace and Security Council met.");
        assert!(
            m.iter().any(|x| x.0 == "Peace and Security Council"),
            "{m:?}"
        );
        // ("the Supreme National Security Council" of Tehran is not the US's
        // National Security Council, "a High Security Council" not the UN's)
        for name in ["Supreme National Security Council", "High Security Council"] {
            let m = mentions(&format!("Officials said the {name} had met."));
            assert!(m.iter().any(|x| x.0 == name), "{m:?}");
            assert!(!m.iter().any(|x| x.1.starts_with("known:")), "{m:?}");
        }
    }

    #[test]
    fn a_capitalised_first_word_before_an_event_noun_is_no_name() {
        for text in [
            "Fresh sanctions hit Ruritania on Monday.",
            "Drone attacks continued overnight.",
            "Heavy shelling was reported.",
        ] {
            let m = mentions(text);
            assert!(
                m.iter().all(|x| !text.starts_with(x.0.as_str())),
                "{text}: {m:?}"
            );
        }
        // but a name before a body noun stays ("Kharkiv police")
        let m = mentions("Northbrook police arrested two men.");
        assert!(!m.is_empty(), "{m:?}");
    }

    #[test]
    fn designations_adverbs_and_portfolios_are_no_actors() {
        let m = mentions("Finally, Polish F-35 jets and an S-400 battery were moved.");
        assert_eq!(m, vec![("Polish".into(), "country:Poland".into())]);
        // a capitalised adjective opening the sentence before a collective
        let m = mentions("Federal forces fought on.");
        assert!(m.is_empty(), "{m:?}");
        // but an unknown name before armed men is an armed group
        let m = mentions("Fano fighters attacked the convoy, and Kiteso militiamen fled.");
        assert_eq!(
            m.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>(),
            ["organization:Fano", "organization:Kiteso"],
            "{m:?}"
        );
        // names of things: a dam, a prize
        let m = mentions(
            "Ethiopia filled the Grand Renaissance Dam after Abiy won the Nobel Peace Prize.",
        );
        assert!(
            m.iter()
                .all(|(s, _)| !s.contains("Dam") && !s.contains("Prize")),
            "{m:?}"
        );
        // a name ending in -ly stays a name
        let m = mentions("Connolly, a senator, spoke.");
        assert_eq!(m[0].1, "person:Connolly", "{m:?}");
        // a country word naming a portfolio is not the body's country
        let lex = Lexicon::embedded();
        let text = "India's Nepal Affairs Office replied.";
        let tz = tokenize(text);
        let toks = tz.tokens();
        let ms = find(lex, text, &toks, 0..toks.len());
        let office = ms
            .iter()
            .find(|m| matches!(m.referent, Referent::Name { .. }))
            .unwrap();
        assert_eq!(
            office.country.map(|c| lex.countries[c].name.as_str()),
            Some("India")
        );
    }

    #[test]
    fn unknown_names_after_a_preposition_of_place_are_places() {
        // one word and two, after "near" and "in"
        let m = mentions("Gunmen overran a camp near Umbarra and a depot in Kolo Vale.");
        assert!(m.is_empty(), "{m:?}");
        // but an organisation stays, and so does a possessor
        let m = mentions("Talks in Colvane's office and in the Orrin Assembly went on.");
        assert!(m.iter().any(|x| x.1 == "person:Colvane"), "{m:?}");
        assert!(
            m.iter().any(|x| x.1 == "organization:Orrin Assembly"),
            "{m:?}"
        );
        // and a name that is not after one
        let m = mentions("Umbarra said the talks had stalled.");
        assert_eq!(m[0].1, "person:Umbarra");
    }

    #[test]
    fn unknown_names_get_a_kind_from_their_shape() {
        let m = mentions("Gen. Arnold Pemberton spoke to the Federal Fisheries Office of Norway.");
        assert_eq!(m[0].1, "person:Arnold Pemberton");
        assert_eq!(
            m[1],
            (
                "Federal Fisheries Office of Norway".into(),
                "organization:Federal Fisheries Office".into()
            )
        );
    }

    #[test]
    fn country_words_as_actors_modifiers_and_descriptions() {
        let m = mentions(
            "Russian forces shelled Kharkiv, the Russian president said, rejecting a Ukrainian proposal.",
        );
        assert_eq!(m[0], ("Russian forces".into(), "country:Russia".into()));
        assert!(m.iter().any(|x| x
            == &(
                "the Russian president".to_string(),
                "desc:president".to_string()
            )));
        assert!(
            m.iter()
                .any(|x| x == &("Ukrainian".to_string(), "mod:country:Ukraine".to_string()))
        );
    }

    #[test]
    fn regions_starting_an_organization_name() {
        let got =
            mentions("Analysts at the Atlantic Council and the Middle East Institute disagreed.");
        let labels: Vec<&str> = got.iter().map(|(_, l)| l.as_str()).collect();
        assert!(labels.contains(&"organization:Atlantic Council"), "{got:?}");
        assert!(
            labels.contains(&"organization:Middle East Institute"),
            "{got:?}"
        );
        // a region alone is a place, not an actor
        assert!(mentions("Tensions rose across the Middle East.").is_empty());
    }

    #[test]
    fn coordinated_modifiers_share_their_head() {
        let m = mentions("North and South Korea exchanged fire.");
        assert_eq!(m[0], ("North".into(), "country:North Korea".into()));
        assert_eq!(m[1], ("South Korea".into(), "country:South Korea".into()));
    }

    #[test]
    fn datelines_and_sentence_initial_words_are_not_names() {
        let m = mentions("KYIV — The Kremlin rejected the plan.");
        assert_eq!(
            m,
            vec![("Kremlin".to_string(), "country:Russia".to_string())]
        );
    }
}
