//! Resolution within one article: mentions -> article [`Entity`]s.
//!
//! * Countries, capitals, seats of government and demonyms resolve to the
//!   country; known people and organizations to their lexicon entry.
//! * A bare surname resolves to the most recent full name in the article that
//!   ends with it (or, failing that, the first one); a bare first word of an
//!   organization's name to that organization ("Mahan" -> "Mahan Air").
//! * Descriptions (`the Russian president`, `the envoy`, `the airline`)
//!   resolve to an apposition partner ("Kirill Dmitriev, the Russian envoy"),
//!   else to the most recent actor with that role, country or head noun;
//!   unresolved ones are dropped, never guessed.
//! * `he` / `she` resolve to the most recent person of a compatible gender.
//! * Titles and descriptions give roles, and country words and possessors
//!   give `affiliated_with` ties ([`Affiliation`]).

use crate::lexicon::{ActorKind, Lexicon, Target, VerbForm};
use crate::mention::{Mention, Referent, is_country_noun};
use crate::token::Token;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeSet;

type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;

/// An actor of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical label.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// Country (index into [`Lexicon::countries`]) the actor is or belongs to.
    pub country: Option<usize>,
    /// Roles from titles and descriptions.
    pub roles: BTreeSet<String>,
    /// Surface forms seen in the article.
    pub aliases: BTreeSet<String>,
    /// Gender for pronoun agreement, when known.
    pub gender: Option<char>,
    /// Number of mentions.
    pub mentions: usize,
    /// A news outlet: a source of reports, never the object of an event
    /// ("told Reuters" is attribution).
    pub media: bool,
}

/// An `affiliated_with` tie found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    /// The member (entity index).
    pub member: usize,
    /// What it belongs to (entity index).
    pub owner: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The words that show it (title or description).
    pub trigger: String,
}

/// The resolution of one article.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// The article's actors.
    pub entities: Vec<Entity>,
    /// For each sentence, the entity of each mention (parallel to the mentions).
    pub links: Vec<Vec<Option<usize>>>,
    /// Affiliations found.
    pub affiliations: Vec<Affiliation>,
    /// For each sentence and mention, the entities a plural description
    /// ("both sides") stands for beyond the one in `links` (empty otherwise;
    /// a sentence without plural descriptions has an empty list, so read it
    /// with `get`).
    pub also: Vec<Vec<Vec<usize>>>,
}

/// Resolves all mentions of an article. `mentions[s]` are sentence `s`'s mentions.
pub fn resolve(lex: &Lexicon, text: &str, toks: &[Token], mentions: &[Vec<Mention>]) -> Resolution {
    // (room for what grows with the article up front: one sentence's lists
    // per sentence, at most one recent entry per mention, and as many
    // entities as mentions in most articles)
    let n = mentions.iter().map(Vec::len).sum();
    let mut r = Resolver {
        lex,
        text,
        toks,
        res: Resolution {
            entities: Vec::with_capacity(n),
            links: Vec::with_capacity(mentions.len()),
            affiliations: Vec::new(),
            also: Vec::with_capacity(mentions.len()),
        },
        keys: Keys::new(lex, mentions),
        words: Vec::with_capacity(n),
        label_actor: Vec::with_capacity(n),
        recent: Vec::with_capacity(n),
        by_recency: Vec::with_capacity(n),
        full_names: Vec::new(),
        org_names: Vec::new(),
        topics: Vec::with_capacity(mentions.len()),
        topic_also: Vec::new(),
        last_seat: None,
        seats: Vec::new(),
        dateline: dateline(lex, text, toks),
        unnamed_offices: Vec::new(),
        bare_offices: Vec::new(),
        named_government: None,
        named_junta: None,
        acronyms: Vec::new(),
        owner_bodies: Vec::new(),
        last_plural: None,
        last_pair: None,
        last_state_pair: None,
        last_people_pair: None,
    };
    // Pre-pass: every multi-word person name, for surname linking.
    for ms in mentions {
        for m in ms {
            match &m.referent {
                Referent::Name {
                    text,
                    kind: ActorKind::Person,
                } if has_space(text) => r.full_names.push(text),
                Referent::Known(a) if lex.actors[*a].kind == ActorKind::Person => {
                    r.full_names.push(&lex.actors[*a].name)
                }
                Referent::Name {
                    text,
                    kind: ActorKind::Organization,
                } if has_space(text) => r.org_names.push(text),
                _ => {}
            }
        }
    }
    for (s, ms) in mentions.iter().enumerate() {
        let (links, also) = r.sentence(s, ms);
        r.res.links.push(links);
        r.res.also.push(also);
    }
    r.res
}

/// The country of an article's dateline: capitals in capitals before a dash
/// or colon near its start ("MANILA —", "WASHINGTON:"), or a city and its
/// country ("ADEN, Yemen —").
fn dateline(lex: &Lexicon, text: &str, toks: &[Token]) -> Option<usize> {
    let upper = |t: &Token| t.flags & crate::token::UPPER != 0;
    let start = toks.iter().take(40).position(upper)?;
    let mut end = start;
    while end < toks.len() && upper(&toks[end]) {
        end += 1;
    }
    let dash = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower, "—" | "–" | "-" | ":"))
    };
    let country_at = |k: usize, seat: bool| {
        lex.tgazetteer_at(&toks[k..])
            .iter()
            .find_map(|e| match e.target {
                // (a seat written in capitals, all of the capitals: compare
                // case-insensitively)
                Target::Seat(c)
                    if seat
                        && e.tokens.len() == end - k
                        && e.tokens
                            .iter()
                            .zip(&toks[k..end])
                            .all(|(w, t)| w.eq_ignore_ascii_case(t.lower)) =>
                {
                    Some(c)
                }
                Target::CountryName(c) if !seat && e.matches(text, &toks[k..]) => Some(c),
                _ => None,
            })
    };
    if dash(end) {
        return country_at(start, true);
    }
    // "BUDAPEST, May 9 -": a date between the city and the dash
    if toks.get(end).is_some_and(|t| t.lower == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| lex.is(t.lower, crate::lexicon::wc::TIME))
        && toks
            .get(end + 2)
            .is_some_and(|t| t.flags & crate::token::NUM != 0)
        && dash(end + 3)
    {
        return country_at(start, true);
    }
    // "ADEN, Yemen —"
    if toks.get(end).is_some_and(|t| t.lower == ",") && end + 1 < toks.len() {
        let c = country_at(end + 1, false)?;
        let n = lex
            .tgazetteer_at(&toks[end + 1..])
            .iter()
            .find(|e| e.target == Target::CountryName(c))
            .map_or(1, |e| e.tokens.len());
        return dash(end + 1 + n).then_some(c);
    }
    None
}

/// The portfolio of a ministry spokesman's role: "foreign" of "foreign
/// ministry spokeswoman".
fn ministry_spokesman(role: &str) -> Option<&str> {
    crate::mention::ministry_portfolio(role).filter(|_| {
        matches!(
            role.split_once(" ministry ").map(|(_, office)| office),
            Some("spokesman" | "spokeswoman" | "spokesperson")
        )
    })
}

/// Whether two words of names are the same, accents aside: a listed
/// "Alberto Fernandez" is the "Fernández" of the text.
fn same_name(a: &str, b: &str) -> bool {
    // (most words differ in their first, ASCII, letter: settled there)
    let (x, y) = (a.as_bytes().first(), b.as_bytes().first());
    if x.map(u8::to_ascii_lowercase) != y.map(u8::to_ascii_lowercase)
        && x.is_some_and(u8::is_ascii)
        && y.is_some_and(u8::is_ascii)
    {
        return false;
    }
    a == b
        // ("Al-Mashat" for "Mahdi al-Mashat": an article's case)
        || (a.contains('-') && a.eq_ignore_ascii_case(b))
        || (!(a.is_ascii() && b.is_ascii())
            && a.chars()
                .map(crate::graph::fold)
                .eq(b.chars().map(crate::graph::fold)))
}

/// An entity's identity: a country, a known actor, or a name of the article.
#[derive(Clone, Copy)]
enum Key<'k> {
    Country(usize),
    Known(usize),
    Name(&'k str),
}

/// The entities of an article by [`Key`] (names borrowed from the mentions).
struct Keys<'a> {
    /// By country index: the entity plus one, 0 for none (a table: there
    /// are few countries, and most articles name several).
    countries: Vec<u32>,
    known: HashMap<usize, usize>,
    /// (borrowed from the mentions, or made by the resolver: "its foreign
    /// ministry" names the "Moroccan Foreign Ministry")
    names: HashMap<Cow<'a, str>, usize>,
}

impl<'a> Keys<'a> {
    /// Empty, with room for as many known actors and names as the article
    /// mentions (so that the maps do not grow while resolving).
    fn new(lex: &Lexicon, mentions: &[Vec<Mention>]) -> Self {
        let (mut known, mut names) = (0, 0);
        for m in mentions.iter().flatten() {
            match m.referent {
                Referent::Known(_) => known += 1,
                Referent::Name { .. } => names += 1,
                _ => {}
            }
        }
        Keys {
            countries: vec![0; lex.countries.len()],
            known: HashMap::with_capacity_and_hasher(known, Default::default()),
            names: HashMap::with_capacity_and_hasher(names, Default::default()),
        }
    }

    fn get(&self, key: Key) -> Option<usize> {
        match key {
            Key::Country(c) => self.countries[c].checked_sub(1).map(|e| e as usize),
            Key::Known(a) => self.known.get(&a).copied(),
            Key::Name(n) => self.names.get(n).copied(),
        }
    }

    fn insert(&mut self, key: Key<'a>, e: usize) {
        match key {
            Key::Country(c) => {
                self.countries[c] = u32::try_from(e + 1).expect("fewer than 2^32 entities")
            }
            Key::Known(a) => {
                self.known.insert(a, e);
            }
            Key::Name(n) => {
                self.names.insert(Cow::Borrowed(n), e);
            }
        }
    }
}

/// Where the first and last words of a multi-word entity label are, so that
/// name linking compares them without splitting the label each time.
#[derive(Clone, Copy)]
struct Words {
    /// End of the first word.
    first_end: usize,
    /// Start of the last word.
    last_start: usize,
}

impl Words {
    /// `None` for a one-word label.
    fn of(label: &str) -> Option<Words> {
        // (a byte search: a space is never part of a multi-byte character)
        let b = label.as_bytes();
        Some(Words {
            first_end: b.iter().position(|&c| c == b' ')?,
            last_start: b.iter().rposition(|&c| c == b' ')? + 1,
        })
    }
}

/// Whether a name has several words (`name.contains(' ')`, as bytes).
fn has_space(name: &str) -> bool {
    name.as_bytes().contains(&b' ')
}

/// The last space-separated word of a name (the whole name if it has none).
fn last_word(name: &str) -> &str {
    match name.as_bytes().iter().rposition(|&c| c == b' ') {
        Some(k) => &name[k + 1..],
        None => name,
    }
}

/// The first space-separated word of a name (the whole name if it has none).
fn first_word(name: &str) -> &str {
    match name.as_bytes().iter().position(|&c| c == b' ') {
        Some(k) => &name[..k],
        None => name,
    }
}

struct Resolver<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Token<'a>],
    res: Resolution,
    keys: Keys<'a>,
    /// For each entity (parallel to `res.entities`), its label's first and
    /// last words when it has several.
    words: Vec<Option<Words>>,
    /// For each entity, the known actor its label names, looked up on first
    /// need (labels never change, and descriptions ask again and again).
    label_actor: Vec<OnceCell<Option<usize>>>,
    /// (sentence, token, entity) in reading order.
    recent: Vec<(usize, usize, usize)>,
    /// The entities of `recent` once each, as (entity, sentence of its
    /// latest mention), ordered by their latest mention (most recent last).
    /// Scanning it backwards finds what scanning `recent` backwards for the
    /// first fitting entity finds, without visiting an entity twice.
    by_recency: Vec<(usize, usize)>,
    /// Multi-word person names (and known people) in the article.
    full_names: Vec<&'a str>,
    /// Multi-word organization names in the article ("Northamptonshire police").
    org_names: Vec<&'a str>,
    /// Per sentence, the entity of its first actor not inside a prepositional phrase.
    topics: Vec<Option<usize>>,
    /// The other entities the last sentence's topic stands for with it, when
    /// it is a plural description or the first of coordinated bodies
    /// ("Niger, Mali and Burkina Faso"): what a later "they" names.
    topic_also: Vec<usize>,
    /// The country of the most recent capital or seat of government mentioned.
    last_seat: Option<usize>,
    /// The countries named by their capitals or seats of government, most
    /// recent last: what "both capitals" names.
    seats: Vec<usize>,
    /// The country of the article's dateline ("MANILA —", "ADEN, Yemen —").
    dateline: Option<usize>,
    /// Offices described with their state but no name ("Japan's
    /// ambassador"), as (sentence, role, country), for a name given later.
    unnamed_offices: Vec<(usize, String, usize, usize)>,
    /// The offices named without a state before a holder the lexicon
    /// knows ("President Gustavo Petro"), with the holder's state, in text
    /// order: a clue to the state of an unknown holder of the same office.
    bare_offices: Vec<(String, usize)>,
    /// The state whose government the article named last ("Colombia's
    /// government").
    named_government: Option<usize>,
    /// The state whose junta or regime the article named last ("Mali's
    /// junta"): what a later bare "the junta" stands for.
    named_junta: Option<usize>,
    /// Acronyms introduced in parentheses ("Rapid Support Forces (RSF)").
    acronyms: Vec<(String, usize)>,
    /// Bodies named as the owners of offices ("NATO" in "NATO Secretary
    /// General Jens Stoltenberg"), latest last.
    owner_bodies: Vec<usize>,
    /// The actors the last plural description counted, and its sentence.
    last_plural: Option<(usize, Vec<usize>)>,
    /// The last two states or bodies joined by "and" ("The Ethiopian
    /// government and the TPLF signed"), and their sentence: the parties
    /// that a later "both sides" or "the two delegations" most likely means.
    last_pair: Option<(usize, usize, usize)>,
    /// The same for the last two states joined by "and": what "the two
    /// neighbours" or "the two governments" means when bodies were paired
    /// since ("Kenya and Tanzania ... The US and the AU called on Kenya ...
    /// urged the two neighbours").
    last_state_pair: Option<(usize, usize, usize)>,
    /// The last two people joined by "and", also past the first one's
    /// apposition ("X, the White House coordinator, and Y held talks"),
    /// and their sentence: "the two officials" of the next sentences.
    last_people_pair: Option<(usize, usize, usize)>,
}

impl<'a> Resolver<'a> {
    /// Whether mention `j` is one upper-case token in parentheses right
    /// after mention `j - 1` ("the Rapid Support Forces (RSF)").
    fn paren_acronym(&self, ms: &[Mention], j: usize) -> bool {
        let Some(m) = ms.get(j) else {
            return false;
        };
        let t = &self.toks[m.span.start];
        let p = &ms[j.saturating_sub(1)];
        m.span.len() == 1
            && j > 0
            && m.span.start == p.span.end + 1
            && (t.flags & crate::token::UPPER != 0
                // ("the Caribbean Community (Caricom)": a short form of a
                // name of several words, from its first letters on)
                || (t.is_cap()
                    && p.span.len() >= 2
                    && self.toks[p.span.start].is_cap()
                    && self.toks[p.span.start].lower.as_bytes().first() == t.lower.as_bytes().first()))
            && self.toks[m.span.start - 1].lower == "("
            && self.toks.get(m.span.end).is_some_and(|t| t.lower == ")")
    }

    /// Whether the tokens from `end` to `start` are "and" or "and the": two
    /// mentions joined ("Chile and Peru", "the army and the RSF").
    fn joined_by_and(&self, end: usize, start: usize) -> bool {
        let gap = self.toks.get(end..start).unwrap_or_default();
        matches!(gap, [a] if a.lower == "and")
            || matches!(gap, [a, b] if a.lower == "and" && b.lower == "the")
    }

    /// The last mention coordinated with mention `j` ("Chile and Peru",
    /// "Chile, Peru and the OAS"): `j` itself when none is.
    fn past_conjuncts(&self, ms: &[Mention], j: usize) -> usize {
        let mut last = j;
        while let Some(n) = ms.get(last + 1)
            && n.span.start > ms[last].span.end
            && self.toks[ms[last].span.end..n.span.start]
                .iter()
                .all(|t| matches!(t.lower, "," | "and" | "or" | "the"))
        {
            last += 1;
        }
        last
    }

    /// The state of the ministry a minister's portfolio names, when the
    /// last few sentences named that ministry of one state ("the Swedish
    /// Foreign Ministry said ... Foreign Minister Tobias Billström called"):
    /// a better clue than the dateline for an unknown minister.
    fn recent_ministry_state(&self, role: &str, s: usize) -> Option<usize> {
        let portfolio = role.strip_suffix(" minister")?.rsplit(' ').next()?;
        let mut states = self
            .by_recency
            .iter()
            .rev()
            .take_while(|&&(_, s2)| s2 + 3 >= s)
            .filter_map(|&(e, _)| {
                let ent = &self.res.entities[e];
                let name = ent.label.strip_suffix(" Ministry")?;
                (ent.kind == ActorKind::Organization
                    && name.rsplit(' ').next()?.eq_ignore_ascii_case(portfolio))
                .then_some(ent.country)
                .flatten()
            });
        let first = states.next()?;
        states.all(|c| c == first).then_some(first)
    }

    fn surface(&self, r: &std::ops::Range<usize>) -> &str {
        &self.text[self.toks[r.start].start..self.toks[r.end - 1].end]
    }

    /// The known actor named by entity `e`'s label
    /// (`lex.actor_by_name(label)`, remembered).
    fn label_actor(&self, e: usize) -> Option<usize> {
        *self.label_actor[e].get_or_init(|| self.lex.actor_by_name(&self.res.entities[e].label))
    }

    /// Whether entity `e`'s label has several words, the last one `w`.
    fn last_word_is(&self, e: usize, w: &str) -> bool {
        self.words[e].is_some_and(|x| same_name(&self.res.entities[e].label[x.last_start..], w))
    }

    /// Whether entity `e`'s label has several words, the first one `w`.
    fn first_word_is(&self, e: usize, w: &str) -> bool {
        self.words[e].is_some_and(|x| same_name(&self.res.entities[e].label[..x.first_end], w))
    }

    /// The entity of the latest mention in `recent` that fits, visiting each
    /// entity once (`fits` must depend on the entity alone).
    /// The state of the military ruler named last ("Myanmar's military
    /// ruler, Min Aung Hlaing"): what "the junta" stands for.
    fn military_ruler_state(&self) -> Option<usize> {
        self.most_recent(|r, e| {
            let ent = &r.res.entities[e];
            ent.kind == ActorKind::Person
                && ent.country.is_some()
                && ent
                    .roles
                    .iter()
                    .any(|x| x.contains("junta") || x.contains("military"))
        })
        .and_then(|e| self.res.entities[e].country)
    }

    fn most_recent(&self, fits: impl Fn(&Self, usize) -> bool) -> Option<usize> {
        self.by_recency
            .iter()
            .rev()
            .map(|&(e, _)| e)
            .find(|&e| fits(self, e))
    }

    /// The actor right before plural mention `i` that is not one of it: the
    /// one it is coordinated with ("mediated between Ankara and the two
    /// Nordic governments") or the subject of the verb it is the object of
    /// ("Ankara had already asked the two governments"; but a speaker
    /// reporting what the two did is one of them: "The Ukrainian leader
    /// said the two men").
    fn plural_partner(&self, ms: &[Mention], links: &[Option<usize>], i: usize) -> Option<usize> {
        let before = links[i.checked_sub(1)?]?;
        let gap = self
            .toks
            .get(ms[i - 1].span.end..ms[i].span.start)
            .unwrap_or_default();
        let coordinated = self.joined_by_and(ms[i - 1].span.end, ms[i].span.start);
        let acting = gap.len() <= 5
            && gap.iter().any(|t| {
                self.lex
                    .tverb(t)
                    .is_some_and(|(_, f)| f != crate::lexicon::VerbForm::Gerund)
            })
            && gap.iter().all(|t| {
                t.is_word()
                    && !t.is_cap()
                    // ("which Britain has refused since the two countries
                    // fought": a clause of its own, of which the plural is
                    // the subject)
                    && !matches!(
                        t.lower,
                        "and" | "or" | "with" | "between" | "that" | "since" | "when" | "after"
                            | "before" | "while" | "because" | "until"
                    )
                    && !crate::relation::is_reporting(t.lower)
            });
        (coordinated || acting).then_some(before)
    }

    /// Whether mention `m` opens with an indefinite article or "one" ("a
    /// Russian diplomat", "one Chinese official").
    fn indefinite(&self, m: &Mention) -> bool {
        let at = |k: usize| matches!(self.toks[k].lower, "a" | "an" | "one");
        at(m.span.start) || (m.span.start > 0 && at(m.span.start - 1))
    }

    /// Records a mention of entity `e` in sentence `s` at token `start` as
    /// the most recent one.
    fn push_recent(&mut self, s: usize, start: usize, e: usize) {
        self.recent.push((s, start, e));
        if let Some(p) = self.by_recency.iter().rposition(|&(x, _)| x == e) {
            self.by_recency.remove(p);
        }
        self.by_recency.push((e, s));
    }

    fn entity(
        &mut self,
        key: Key<'a>,
        label: &str,
        kind: ActorKind,
        country: Option<usize>,
        gender: Option<char>,
    ) -> usize {
        if let Some(e) = self.keys.get(key) {
            return e;
        }
        let e = self.new_entity(label, kind, country, gender);
        self.keys.insert(key, e);
        e
    }

    /// A new entity, under no key yet.
    fn new_entity(
        &mut self,
        label: &str,
        kind: ActorKind,
        country: Option<usize>,
        gender: Option<char>,
    ) -> usize {
        let e = self.res.entities.len();
        self.words.push(Words::of(label));
        self.label_actor.push(OnceCell::new());
        self.res.entities.push(Entity {
            label: label.to_string(),
            kind,
            country,
            roles: BTreeSet::new(),
            aliases: BTreeSet::new(),
            gender,
            mentions: 0,
            media: false,
        });
        e
    }

    /// "its foreign ministry", "Its Commerce Ministry" (mention `m`, its
    /// "its" resolved to the state `e`): the state's ministry, named as
    /// "Morocco's foreign ministry" is ("Moroccan Foreign Ministry"), and
    /// affiliated with the state.
    fn its_ministry(&mut self, m: &Mention, e: usize, s: usize) -> Option<usize> {
        // (or the state of a state's body: "Morocco's foreign ministry
        // accused Madrid. Later, its foreign ministry")
        let x = &self.res.entities[e];
        let c = x
            .country
            .filter(|_| matches!(x.kind, ActorKind::Country | ActorKind::Organization))?;
        let e = self.country_entity(c);
        let words = &self.toks[m.span.start + 1..m.span.end - 1];
        let body = self.ministry_entity(c, words.iter().map(|t| t.lower))?;
        let first = self.toks[m.span.start].start;
        let trigger = self.text[first..self.toks[m.span.end - 1].end].to_string();
        self.affiliate(body, e, s, trigger);
        Some(body)
    }

    /// The ministry of state `c` for a portfolio ("Moroccan Foreign
    /// Ministry"), found among the article's entities by its name or made.
    fn ministry_entity<'w>(
        &mut self,
        c: usize,
        portfolio: impl Iterator<Item = &'w str>,
    ) -> Option<usize> {
        let demonym = self.lex.countries[c].demonym.as_deref()?;
        let label = crate::mention::ministry_name(demonym, portfolio);
        if let Some(a) = self.lex.actor_by_name(&label) {
            return Some(self.known_entity(a));
        }
        Some(match self.keys.names.get(label.as_str()) {
            Some(&b) => b,
            None => {
                let b = self.new_entity(&label, ActorKind::Organization, Some(c), None);
                self.keys.names.insert(Cow::Owned(label), b);
                b
            }
        })
    }

    /// "the kingdom" (`head`) is a monarchy: when the state found for
    /// mention `i` is no monarchy, the last monarchy named before it in its
    /// sentence, else the most recent one ("Saudi Arabia bombed Yemen ...
    /// strikes on the kingdom": Saudi Arabia).
    fn prefer_kingdom(&self, links: &mut [Option<usize>], i: usize, head: &str) {
        if head != "kingdom" {
            return;
        }
        let kingdom = |this: &Self, e: usize| {
            this.res.entities[e].kind == ActorKind::Country
                && this.res.entities[e]
                    .country
                    .is_some_and(|c| this.lex.is_kingdom(c))
        };
        if links[i].is_some_and(|e| kingdom(self, e)) {
            return;
        }
        if let Some(k) = (0..i)
            .rev()
            .find_map(|j| links[j].filter(|&e| kingdom(self, e)))
            .or_else(|| self.most_recent(kingdom))
        {
            links[i] = Some(k);
        }
    }

    fn country_entity(&mut self, c: usize) -> usize {
        let lex = self.lex;
        self.entity(
            Key::Country(c),
            &lex.countries[c].name,
            ActorKind::Country,
            Some(c),
            None,
        )
    }

    fn named(&mut self, m: &'a Mention) -> Option<usize> {
        let before = self.res.entities.len();
        let e = self.referent(&m.referent)?;
        // A lone unknown word with no title that names no full name of the
        // article ("JetBlue", "Vyasna", "Rudaw") is more often a body than a
        // person: news introduces people by their full name.
        if e >= before
            && m.role.is_none()
            && let Referent::Name {
                text,
                kind: ActorKind::Person,
            } = &m.referent
            && !has_space(text)
            && self.res.entities[e].label == *text
        {
            self.res.entities[e].kind = ActorKind::Organization;
        }
        Some(e)
    }

    /// The entity of known actor `a`.
    fn known_entity(&mut self, a: usize) -> usize {
        let lex = self.lex;
        let k = &lex.actors[a];
        let e = self.entity(Key::Known(a), &k.name, k.kind, k.country, k.gender);
        self.res.entities[e].media = k.media;
        e
    }

    fn referent(&mut self, r: &'a Referent) -> Option<usize> {
        match r {
            Referent::Country(c) => Some(self.country_entity(*c)),
            Referent::Known(a) => Some(self.known_entity(*a)),
            Referent::Name { text, kind } => {
                // an acronym introduced in parentheses ("Caribbean Community
                // (CARICOM)"), also as an owner ("CARICOM Secretary-General")
                if let Some(&(_, e)) = self.acronyms.iter().find(|(a, _)| a == text) {
                    return Some(e);
                }
                // an acronym the article never introduced, spelled exactly by
                // the initials of a body it named earlier ("the paramilitary
                // Rapid Support Forces ... the RSF")
                if is_acronym(text)
                    && let Some(e) = self.most_recent(|this, e| {
                        let ent = &this.res.entities[e];
                        ent.kind != ActorKind::Person && initials_are(&ent.label, text)
                    })
                {
                    self.acronyms.push((text.clone(), e));
                    return Some(e);
                }
                // ("Junta spokesman Zaw Min Tun": the word opening a sentence
                // is no body's name but the junta, the state of the military
                // ruler named last)
                if *kind == ActorKind::Organization
                    && (text.eq_ignore_ascii_case("junta") || text.eq_ignore_ascii_case("regime"))
                    && let Some(c) = self.military_ruler_state()
                {
                    return Some(self.country_entity(c));
                }
                // ("Al Jaber" for "Mohammed Al Jaber": a surname with a
                // particle, the last words of a full name named before)
                if *kind == ActorKind::Person
                    && let Some((particle, rest)) = text.split_once(' ')
                    && !has_space(rest)
                    && self.lex.is_name_particle(particle)
                    && let Some(e) = self.most_recent(|this, e| {
                        let label = &this.res.entities[e].label;
                        this.res.entities[e].kind == ActorKind::Person
                            && label.len() > text.len()
                            && label.is_char_boundary(label.len() - text.len() - 1)
                            && label[label.len() - text.len() - 1..].starts_with(' ')
                            && label[label.len() - text.len()..].eq_ignore_ascii_case(text)
                    })
                {
                    return Some(e);
                }
                if *kind == ActorKind::Person && !has_space(text) {
                    // surname: most recent full name ending with it, else the first
                    let recent = self.most_recent(|this, e| {
                        this.res.entities[e].kind == ActorKind::Person && this.last_word_is(e, text)
                    });
                    if let Some(e) = recent {
                        return Some(e);
                    }
                    if let Some(&full) = self.full_names.iter().find(|f| last_word(f) == text) {
                        if let Some(a) = self.lex.actor_by_name(full) {
                            return Some(self.known_entity(a));
                        }
                        return Some(self.entity(
                            Key::Name(full),
                            full,
                            ActorKind::Person,
                            None,
                            None,
                        ));
                    }
                    // a family name written first ("Kim" for "Kim Jong Un", "Xi"): the
                    // most recent full name that starts with it
                    let first = self.most_recent(|this, e| {
                        this.res.entities[e].kind == ActorKind::Person
                            && this.first_word_is(e, text)
                    });
                    if let Some(e) = first {
                        return Some(e);
                    }
                    // first word of an organization of the article ("Mahan" for "Mahan Air")
                    let org = (0..self.res.entities.len()).find(|&e| {
                        self.res.entities[e].kind == ActorKind::Organization
                            && self.first_word_is(e, text)
                    });
                    if let Some(e) = org {
                        return Some(e);
                    }
                    if let Some(&full) = self.org_names.iter().find(|f| first_word(f) == text) {
                        return Some(self.entity(
                            Key::Name(full),
                            full,
                            ActorKind::Organization,
                            None,
                            None,
                        ));
                    }
                }
                Some(self.entity(Key::Name(text), text, *kind, None, None))
            }
            _ => None,
        }
    }

    fn sentence(&mut self, s: usize, ms: &'a [Mention]) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
        // (empty unless a plural description needs it: most sentences have none)
        let mut also: Vec<Vec<usize>> = Vec::new();
        let mut links: Vec<Option<usize>> = vec![None; ms.len()];
        // pass 1: names; "Rapid Support Forces (RSF)": the acronym in
        // parentheses names the same actor, here and later in the article
        for (i, m) in ms.iter().enumerate() {
            // ("Colombia's government", "the Colombian government": the
            // state a later bare "the government" may stand for)
            if let Referent::Country(c) = m.referent
                && m.span.len() > 1
                && self.toks[m.span.end - 1].lower == "government"
            {
                self.named_government = Some(c);
            }
            if let Referent::Country(c) = m.referent
                && m.span.len() > 1
                && matches!(self.toks[m.span.end - 1].lower, "junta" | "regime")
            {
                self.named_junta = Some(c);
            }
            // (a known acronym too, once the article gave it to another
            // name: "the Intelligence and Security Service (SIS)" is not
            // Britain's SIS, here or later)
            // (one upper-case token in parentheses, or a name, may be an
            // acronym; most mentions are neither)
            let in_parens = self.paren_acronym(ms, i);
            let acronym_text = match &m.referent {
                Referent::Name { text, .. } => Some(text.as_str()),
                // (the mention's one word: "RSF commander Mohamed Hamdan
                // Dagalo" is the commander, not the RSF)
                Referent::Known(_)
                    if m.span.len() == 1 && (in_parens || !self.acronyms.is_empty()) =>
                {
                    let (doc, t): (&'a str, _) = (self.text, &self.toks[m.span.start]);
                    Some(&doc[t.start..t.end])
                }
                _ => None,
            };
            if let Some(text) = acronym_text
                && let Some(&(_, e)) = self.acronyms.iter().find(|(a, _)| a == text)
            {
                links[i] = Some(e);
                continue;
            }
            if in_parens
                && let Some(e) = links[i - 1]
                && let Some(text) = acronym_text
                && (matches!(m.referent, Referent::Name { .. })
                    || matches!(&ms[i - 1].referent, Referent::Name { text: n, .. }
                        if has_space(n) && !initials_spell(n, &self.toks[m.span.start], self.text)))
            {
                links[i] = Some(e);
                self.acronyms.push((text.to_string(), e));
                // ("the Frente Patriotico Manuel Rodriguez (FPMR)": what an
                // acronym is introduced for is a body, whatever names in it
                // look like a person's)
                let ent = &mut self.res.entities[e];
                if ent.kind == ActorKind::Person
                    && has_space(&ent.label)
                    && matches!(ms[i - 1].referent, Referent::Name { .. })
                {
                    ent.kind = ActorKind::Organization;
                }
                continue;
            }
            // "Tehrik-e-Taliban Pakistan (TTP)" written in a spelling the
            // lexicon lacks: a name before a known acronym in parentheses is
            // the acronym's actor
            if let Referent::Name { text, .. } = &m.referent
                && has_space(text)
                && self.paren_acronym(ms, i + 1)
                && let Referent::Known(a) = ms[i + 1].referent
                && self.lex.actors[a].kind == ActorKind::Organization
                && initials_spell(text, &self.toks[ms[i + 1].span.start], self.text)
            {
                links[i] = Some(self.known_entity(a));
                continue;
            }
            links[i] = self.named(m);
            // "In Islamabad, the Foreign Office rejected": a body every state
            // has, named without its state after a capital, is that state
            // (also the one a lexicon knows by that name: "the Foreign Office"
            // is Britain's unless a capital says otherwise)
            let generic = match &m.referent {
                Referent::Name {
                    text,
                    kind: ActorKind::Organization,
                } => self.lex.is_gov_body(text),
                Referent::Known(a) => self.lex.is_gov_body(&self.lex.actors[*a].name),
                _ => false,
            };
            if generic {
                // (a capital that sets the scene: "In Islamabad,", "Seoul's",
                // or the sentence's first actor; not one the body speaks of:
                // "demanding that Islamabad rein in its forces, the Ministry
                // of External Affairs said")
                let scene = |j: usize| {
                    ms[j].possessive
                        || j == 0
                        || (ms[j].span.start > 0
                            && matches!(self.toks[ms[j].span.start - 1].lower, "in" | "from"))
                };
                if let Some(j) = (0..i)
                    .rev()
                    .find(|&j| ms[j].seat && links[j].is_some() && scene(j))
                {
                    links[i] = links[j];
                } else if let Some(c) = self.dateline {
                    // (else the state of the article's dateline: "MANILA — ... the
                    // Department of Foreign Affairs said")
                    links[i] = Some(self.country_entity(c));
                }
            }
        }
        // pass 2: descriptions and pronouns, in order
        for i in 0..ms.len() {
            let m = &ms[i];
            match &m.referent {
                Referent::Description { head, .. } if head == "capital" => {
                    // "the capital": the country whose capital was last named,
                    // earlier in this sentence or before it
                    links[i] = (0..i)
                        .rev()
                        .find(|&j| ms[j].seat && links[j].is_some())
                        .and_then(|j| links[j])
                        .or(self.last_seat);
                }
                Referent::Description { head, .. } if head == "north" || head == "south" => {
                    // "the North", "the South": the state named before whose
                    // name starts so ("North Korea", "South Sudan")
                    let prefix = if head == "north" { "North " } else { "South " };
                    links[i] = self.most_recent(|r, e| {
                        r.res.entities[e].kind == ActorKind::Country
                            && r.res.entities[e].label.starts_with(prefix)
                    });
                }
                // ("the North African country": a regional adjective names
                // another country than those of its own sentence, the one
                // named last before it)
                Referent::Description { head, .. } if is_country_noun(head) && m.span.len() > 2 => {
                    // (with none named before, the last state of its own
                    // sentence other than the subject: "New Zealand paused
                    // funding for the Cook Islands after the self-governing
                    // Pacific country signed")
                    links[i] = self
                        .most_recent(|this, e| this.res.entities[e].kind == ActorKind::Country)
                        .or_else(|| {
                            (1..i).rev().find_map(|j| {
                                links[j].filter(|&e| {
                                    self.res.entities[e].kind == ActorKind::Country
                                        && Some(e) != links[0]
                                })
                            })
                        });
                    self.prefer_kingdom(&mut links, i, head);
                }
                Referent::Description { head, .. } if is_country_noun(head) => {
                    links[i] = self.last_country(ms, &links, i);
                    self.prefer_kingdom(&mut links, i, head);
                }
                // "the National Council for the Safeguard of the Homeland, as
                // the junta calls itself": the description names the body
                // before it, here and later ("the junta arrested ...")
                Referent::Description { head, .. }
                    if i > 0
                        && m.span.start >= 2
                        && self.toks[m.span.start - 1].lower == "as"
                        && self.toks[m.span.start - 2].lower == ","
                        && ms[i - 1].span.end + 2 == m.span.start
                        && self.toks.get(m.span.end..m.span.end + 2).is_some_and(|w| {
                            matches!(w[0].lower, "calls" | "called" | "call")
                                && matches!(w[1].lower, "itself" | "themselves")
                        })
                        && links[i - 1]
                            .is_some_and(|e| self.res.entities[e].kind != ActorKind::Person) =>
                {
                    links[i] = links[i - 1];
                    if let Some(e) = links[i] {
                        add_new(&mut self.res.entities[e].roles, head);
                    }
                }
                Referent::Description { head, country } => {
                    links[i] = self
                        .predicative(ms, &links, i)
                        .or_else(|| self.description(s, ms, &links, i, head, *country));
                    // "the army-aligned government in Port Sudan": the government
                    // (or authorities) seated in a capital is its state
                    if links[i].is_none()
                        && country.is_none()
                        && matches!(
                            head.as_str(),
                            "government"
                                | "authorities"
                                | "regime"
                                | "administration"
                                | "leadership"
                        )
                        && let Some(n) = ms.get(i + 1)
                        && n.seat
                        && n.span.start == m.span.end + 1
                        && self.toks[m.span.end].lower == "in"
                    {
                        links[i] = links[i + 1];
                    }
                    // "Colombia's government and the ELN agreed ... The
                    // government's chief negotiator": a bare "the government"
                    // is the state whose government the article named last,
                    // else ("Prime Minister Morrison ... Rudd criticised the
                    // government's handling") the state of the head of
                    // government or state named last
                    if links[i].is_none()
                        && country.is_none()
                        && head == "government"
                        && let Some(c) = self.named_government.or_else(|| {
                            self.most_recent(|r, e| {
                                let ent = &r.res.entities[e];
                                ent.kind == ActorKind::Person
                                    && ent.country.is_some()
                                    && r.heads_government(e)
                            })
                            .and_then(|e| self.res.entities[e].country)
                        })
                    {
                        links[i] = Some(self.country_entity(c));
                    }
                    // ("spoke with Kazakh Foreign Minister X and urged the
                    // authorities to": a bare "the authorities" are the state
                    // named last)
                    // (not the state of the one who speaks of them: "U.S.
                    // Secretary of State Blinken ... urged the authorities")
                    if links[i].is_none() && country.is_none() && head == "authorities" {
                        let own = links[0]
                            .filter(|_| i > 0)
                            .and_then(|e| self.res.entities[e].country)
                            .or(ms[0].country);
                        let state = (0..i).rev().find_map(|j| {
                            links[j]
                                .and_then(|e| self.res.entities[e].country)
                                .or(ms[j].country)
                                .filter(|&c| Some(c) != own)
                        });
                        links[i] = match state {
                            Some(c) => Some(self.country_entity(c)),
                            None => self.last_country(ms, &links, i),
                        };
                    }
                    // "Myanmar's military ruler, Min Aung Hlaing ... urged the
                    // junta": a bare "the junta" or "the regime" is the state of
                    // the military ruler named last
                    // (also when "Junta spokesman X" made a body of the word)
                    if links[i].is_none_or(|e| {
                        let ent = &self.res.entities[e];
                        ent.kind == ActorKind::Organization && ent.label.eq_ignore_ascii_case(head)
                    }) && country.is_none()
                        && matches!(head.as_str(), "junta" | "regime")
                        && let Some(c) = self.military_ruler_state().or(self.named_junta)
                    {
                        links[i] = Some(self.country_entity(c));
                    }
                    // "the Libyan ambassador" with no named antecedent stands for its
                    // country (an office holder not yet named, whom the next
                    // sentence may name: "summoned Japan's ambassador")
                    if links[i].is_none()
                        && let Some(c) = country
                    {
                        links[i] = Some(self.country_entity(*c));
                        self.unnamed_offices.push((s, head.clone(), *c, i));
                    }
                }
                Referent::Pronoun('s') => {
                    // the speaker: the first person (or body) named outside the quotation
                    let speaker = ms.iter().enumerate().find(|(j, mj)| {
                        !matches!(mj.referent, Referent::Pronoun(_))
                            && links[*j]
                                .is_some_and(|e| self.res.entities[e].kind != ActorKind::Country)
                            && !crate::mention::inside_quotes(
                                self.toks,
                                self.sentence_start(ms),
                                mj.span.start,
                            )
                    });
                    links[i] = speaker.and_then(|(j, _)| links[j]);
                }
                Referent::Plural { n, head } => {
                    // "both sides", "the two neighbours": the last `n` different
                    // actors of the right kind named before, not counting the
                    // actor that opens this sentence (who speaks of them)
                    let people = matches!(
                        head.as_str(),
                        "leaders"
                            | "men"
                            | "women"
                            | "people"
                            | "ministers"
                            | "presidents"
                            | "premiers"
                            | "envoys"
                            | "diplomats"
                            | "officials"
                    );
                    // ("after the two officials who signed it, Argentine Deputy
                    // Foreign Minister A and British Minister of State B": the
                    // people the plural's own apposition names, past its
                    // relative clause)
                    let apposed = if *n == 2
                        && people
                        && let (Some(a), Some(b)) = (ms.get(i + 1), ms.get(i + 2))
                        && a.span.start > m.span.end + 2
                        && a.span.start <= m.span.end + 6
                        && self.toks[a.span.start - 1].lower == ","
                        && self.toks[m.span.end..a.span.start - 1]
                            .iter()
                            .all(|t| t.is_word() && !t.is_cap())
                        && self.joined_by_and(a.span.end, b.span.start)
                        && matches!(a.referent, Referent::Known(_) | Referent::Name { .. })
                        && matches!(b.referent, Referent::Known(_) | Referent::Name { .. })
                        && let (Some(x), Some(y)) =
                            (self.referent(&a.referent), self.referent(&b.referent))
                        && x != y
                        && [x, y]
                            .iter()
                            .all(|&e| self.res.entities[e].kind == ActorKind::Person)
                    {
                        Some((x, y))
                    } else {
                        None
                    };
                    // ("the two countries" are states, not a ministry of one)
                    let states = matches!(
                        head.as_str(),
                        "countries"
                            | "nations"
                            | "states"
                            | "neighbours"
                            | "neighbors"
                            | "capitals"
                            | "governments"
                    );
                    let fits = |kind: ActorKind| {
                        if head.is_empty() {
                            // ("when the two met": any actors but crowds)
                            kind != ActorKind::Group
                        } else if people {
                            kind == ActorKind::Person
                        } else if states {
                            kind == ActorKind::Country
                        } else {
                            kind != ActorKind::Person && kind != ActorKind::Group
                        }
                    };
                    // (but a speaker who reports what they did is one of them: "The
                    // Ukrainian leader said the two men had discussed ...", "India said
                    // the two countries had agreed", unlike "Turkey said both sides
                    // have agreed" or "India said the two countries should talk")
                    // (the words between the sentence's first actor and this one)
                    let after_opener = if i > 0 {
                        self.toks
                            .get(ms[0].span.end..m.span.start)
                            .unwrap_or_default()
                    } else {
                        &[]
                    };
                    let reporting = i > 0
                        && (people || states)
                        && match after_opener {
                            [v] | [v, _] => {
                                matches!(v.lower, "said" | "says" | "added" | "stated")
                                    && self.toks[m.span.start - 1].lower != ","
                                    && (m.span.start - ms[0].span.end == 1
                                        || self.toks[m.span.start - 1].lower == "that")
                            }
                            // (also past a time or place: "Hamdok said after
                            // Tuesday's summit that the three leaders had agreed")
                            [v, .., t] => {
                                i == 1
                                    && matches!(v.lower, "said" | "says" | "added" | "stated")
                                    && t.lower == "that"
                                    && after_opener.iter().all(|t| t.is_word() || t.lower == "'s")
                            }
                            _ => false,
                        }
                        && !self.toks.get(m.span.end).is_some_and(|t| {
                            self.lex.tis(t, crate::lexicon::wc::AUX)
                                && !matches!(t.lower, "have" | "has" | "had" | "did" | "'d")
                                || t.lower == "to"
                        });
                    // (nor when the plural opens a clause of time or place
                    // after the opener's own act: "X informed Y of the
                    // decision when the two men met")
                    let subordinate = i > 0
                        && matches!(
                            self.toks[m.span.start - 1].lower,
                            "when" | "after" | "before" | "where" | "until" | "while"
                        )
                        && !after_opener
                            .first()
                            .is_some_and(|v| crate::relation::is_reporting(v.lower));
                    // (a clause of its own after the opener's: "X met Y, and
                    // the two sides agreed", "when the two men met")
                    let new_clause = subordinate
                        || after_opener.windows(2).any(|w| {
                            (w[0].lower == "," && matches!(w[1].lower, "and" | "where" | "when"))
                                || w[0].lower == ";"
                        });
                    let opener = if i > 0 && !reporting && !subordinate {
                        links[0]
                    } else {
                        None
                    };
                    // ("Mnuchin, who hosted the three countries' ministers",
                    // "Youssouf, a former Djiboutian minister, mediated between
                    // the two sides": nor the state of a person opener)
                    // (the country its title gives, before bookkeeping
                    // records it: "U.S. Treasury Secretary Steven Mnuchin")
                    // (unless it acts on a state it names: "Jaishankar accused
                    // Pakistan of violating the ceasefire the two countries
                    // agreed")
                    // (a description in apposition to the opener is the opener:
                    // "Youssouf, a former Djiboutian minister,")
                    let appos = i > 1
                        && matches!(ms[1].referent, Referent::Description { .. })
                        && self.toks[ms[0].span.end].lower == ","
                        && ms[1].span.start > ms[0].span.end
                        && ms[1].span.start <= ms[0].span.end + 3
                        && self.toks[ms[0].span.end + 1..ms[1].span.start]
                            .iter()
                            .all(|t| t.is_word() && !t.is_cap());
                    let names_state = (1..i).filter(|&j| j > 1 || !appos).any(|j| {
                        links[j].is_some_and(|e| self.res.entities[e].kind == ActorKind::Country)
                    });
                    // (the sides of a dispute never include the state of a
                    // person who speaks of them, even when the sentence names
                    // it: "Fidan said Ankara stood with Baku and called on
                    // both sides")
                    // (but not a new clause's subject: "X met Y, and the two
                    // sides agreed")
                    let sides = matches!(head.as_str(), "sides" | "parties") && !new_clause;
                    let opener_state = opener
                        .filter(|&e| {
                            !people
                                && (!names_state || sides)
                                && self.res.entities[e].kind == ActorKind::Person
                        })
                        .and_then(|e| {
                            let appos_state = if appos { ms[1].country } else { None };
                            let own = self.res.entities[e].country;
                            own.or(ms[0].country).or(appos_state).or_else(|| {
                                let o = ms[0].owner.as_ref()?;
                                let o = self.referent(o)?;
                                self.res.entities[o].country
                            })
                        })
                        .map(|c| self.country_entity(c));
                    // ("the three leaders" are heads of state or government
                    // before any other person: "hosted a summit with Abiy, Sisi
                    // and Hamdok ... the ministers ... the three leaders agreed")
                    // (by the roles the article gives, else the lexicon's
                    // current one, listed first: not a former premier)
                    let covers = self.lex.covered_roles("leader");
                    let leads = |e: usize| {
                        let fits = |r: &String| Self::role_fits(r, "leader", covers);
                        let ent = &self.res.entities[e];
                        ent.roles.iter().any(fits)
                            || (ent.roles.is_empty()
                                && self
                                    .label_actor(e)
                                    .and_then(|a| self.lex.actors[a].roles.first())
                                    .is_some_and(fits))
                    };
                    // ("mediated the truce between the two countries, said he had
                    // spoken with both leaders": the leaders of the states this
                    // sentence counted)
                    let counted: Vec<Option<usize>> = (0..i)
                        .filter(|&j| {
                            head == "leaders"
                                && matches!(&ms[j].referent, Referent::Plural { head: h, .. }
                                    if matches!(h.as_str(), "countries" | "nations" | "states"
                                        | "neighbours" | "neighbors"))
                        })
                        .flat_map(|j| {
                            links[j]
                                .into_iter()
                                .chain(also.get(j).into_iter().flatten().copied())
                        })
                        .map(|e| self.res.entities[e].country)
                        .collect();
                    // ("encouraged Seoul and Tokyo to talk ... visited both
                    // capitals": the states last named by their capitals)
                    let seats: Vec<usize> = if head == "capitals" {
                        self.seats
                            .iter()
                            .rev()
                            .copied()
                            .filter(|&e| Some(e) != opener && Some(e) != opener_state)
                            .take(*n)
                            .collect()
                    } else {
                        Vec::new()
                    };
                    // (not the actor the plural is coordinated with or the
                    // subject acting on it)
                    let conjunct = self.plural_partner(ms, &links, i);
                    // ("its larger neighbour": not the possessor, the actor
                    // last named before it)
                    let possessor = (*n == 1 && self.toks[m.span.start].lower == "its")
                        .then(|| {
                            // (the subject before it, not a state after a
                            // preposition: "Eritrea, which won independence
                            // from Ethiopia, fought ... its larger neighbour")
                            (0..i).rev().find_map(|j| {
                                links[j].filter(|&e| {
                                    ms[j].usage == crate::mention::Use::Actor
                                        && !self.after_prep(ms[j].span.start)
                                        && self.res.entities[e].kind != ActorKind::Person
                                })
                            })
                        })
                        .flatten();
                    // (same-sentence actors before it come first: "India and
                    // Pakistan agreed, and the two countries ..."; but not the
                    // opener who speaks of them in its own clause: "China, a
                    // close ally of Pakistan, called on the two neighbours")
                    // ("Petro and the ELN's top commander, Antonio Garcia,
                    // signed ..., the first time the two men had met": past
                    // an article)
                    let opener_joined = i > 1
                        && self
                            .toks
                            .get(ms[0].span.end)
                            .is_some_and(|t| t.lower == "and")
                        && (ms[1].span.start == ms[0].span.end + 1
                            || (ms[1].span.start == ms[0].span.end + 2
                                && self.toks[ms[0].span.end + 1].lower == "the"));
                    // ("The United States and the United Kingdom urged the two
                    // governments": the subjects of the verb the plural is the
                    // object of are not counted in it)
                    let mut subjects: Vec<usize> = Vec::new();
                    if i > 1
                        && !new_clause
                        && !reporting
                        && ms[0].span.start <= self.sentence_start(ms) + 1
                        && !self
                            .toks
                            .get(ms[0].span.end..m.span.start)
                            .unwrap_or_default()
                            .iter()
                            .any(|t| matches!(t.lower, "that" | "," | ";"))
                    {
                        let mut j = 0;
                        while j < i {
                            if let Some(e) = links[j] {
                                subjects.push(e);
                            }
                            let joined = j + 1 < i && {
                                let gap = &self.toks
                                    [ms[j].span.end..ms[j + 1].span.start.max(ms[j].span.end)];
                                match gap {
                                    [a] => matches!(a.lower, "and" | ","),
                                    [a, b] => {
                                        matches!(
                                            (a.lower, b.lower),
                                            ("and" | ",", "the") | (",", "and")
                                        )
                                    }
                                    _ => false,
                                }
                            };
                            if joined {
                                j += 1;
                            } else {
                                break;
                            }
                        }
                        if subjects.len() < 2 {
                            subjects.clear();
                        }
                    }
                    let mut picked: Vec<usize> = Vec::new();
                    // ("... called on the two countries to show restraint. The
                    // United States would keep encouraging both sides": the
                    // actors a plural just counted, when as many still fit)
                    if let Some((sp, members)) = &self.last_plural
                        && *sp + 2 >= s
                        && members.len() == *n
                        && members.iter().all(|&e| {
                            fits(self.res.entities[e].kind)
                                && Some(e) != opener
                                && Some(e) != opener_state
                                && Some(e) != possessor
                                && !subjects.contains(&e)
                        })
                    {
                        picked = members.clone();
                    }
                    // ("The Ethiopian government and the TPLF signed ...
                    // urged both sides", "received the two delegations": the
                    // parties last joined by "and", within an article's length)
                    if picked.is_empty()
                        && *n == 2
                        && matches!(
                            head.as_str(),
                            "sides"
                                | "parties"
                                | "delegations"
                                | "countries"
                                | "neighbours"
                                | "neighbors"
                                | "nations"
                        )
                        && let Some((ps, a, b)) = if states {
                            self.last_state_pair
                        } else {
                            self.last_pair
                        }
                        && ps < s
                        && ps + 30 >= s
                        && [a, b].iter().all(|&e| {
                            Some(e) != opener
                                && Some(e) != opener_state
                                && Some(e) != conjunct
                                && !subjects.contains(&e)
                        })
                    {
                        picked = vec![a, b];
                    }
                    if let Some((x, y)) = apposed {
                        picked = vec![x, y];
                    }
                    // ("Campbell, the White House coordinator, and Kritenbrink
                    // held talks ... The two officials told": the people last
                    // joined by "and", in this sentence or the one before)
                    if picked.is_empty()
                        && *n == 2
                        && matches!(head.as_str(), "officials" | "men" | "women" | "envoys")
                        && let Some((ps, a, b)) = self.last_people_pair
                        && ps < s
                        && ps + 1 >= s
                        && [a, b].iter().all(|&e| {
                            Some(e) != opener && Some(e) != conjunct && !subjects.contains(&e)
                        })
                    {
                        picked = vec![a, b];
                    }
                    for pass in [true, false] {
                        if picked.len() == *n {
                            break;
                        }
                        if seats.len() == *n {
                            picked = seats.clone();
                            break;
                        }
                        for &(e, _) in self.by_recency.iter().rev() {
                            if picked.len() == *n {
                                break;
                            }
                            let fits = fits(self.res.entities[e].kind)
                                && (!pass
                                    || head != "leaders"
                                    || (leads(e)
                                        && (counted.is_empty()
                                            || counted.contains(&self.res.entities[e].country))));
                            if fits
                                && Some(e) != opener
                                && Some(e) != opener_state
                                && Some(e) != possessor
                                && Some(e) != conjunct
                                && !subjects.contains(&e)
                                && !picked.contains(&e)
                            {
                                picked.push(e);
                            }
                        }
                    }
                    let here: Vec<usize> = (0..i)
                        .filter(|&j| j > 0 || opener_joined || new_clause || reporting)
                        // (not the city a body sits in: "at the United
                        // Nations in New York")
                        .filter(|&j| {
                            !(ms[j].seat
                                && j > 0
                                && ms[j - 1].span.end + 1 == ms[j].span.start
                                && self.toks[ms[j].span.start - 1].lower == "in"
                                && links[j - 1].is_some_and(|b| {
                                    self.res.entities[b].kind == ActorKind::Organization
                                }))
                        })
                        .filter_map(|j| links[j])
                        .filter(|&e| {
                            Some(e) != opener_state && Some(e) != possessor && Some(e) != conjunct
                        })
                        .filter(|e| !subjects.contains(e))
                        .filter(|&e| fits(self.res.entities[e].kind))
                        .collect();
                    // (each once: "Mozambique's defence minister, Jaime Neto,
                    // met Rwanda's army chief, General Jean Bosco Kazura, ...
                    // and the two men": an office and its holder are one)
                    // (the last mention of each, keeping the order)
                    let here: Vec<usize> = here
                        .iter()
                        .enumerate()
                        .filter(|&(k, e)| !here[k + 1..].contains(e))
                        .map(|(_, &e)| e)
                        .collect();
                    if here.len() >= *n {
                        picked = here[here.len() - *n..].to_vec();
                    } else if states {
                        // "Egyptian President Sisi hosted Eritrean President Isaias,
                        // and the two governments signed": the states of the
                        // leaders just named, when they are as many and differ
                        let mut leaders: Vec<usize> = Vec::new();
                        for link in &links[..i] {
                            if let Some(c) = link
                                .filter(|&e| self.res.entities[e].kind == ActorKind::Person)
                                .and_then(|e| self.res.entities[e].country)
                            {
                                let ce = self.country_entity(c);
                                if !leaders.contains(&ce) {
                                    leaders.push(ce);
                                }
                            }
                        }
                        // (and no other state is named: "Jaishankar, who spoke
                        // with Rubio, accused Pakistan of violating the ceasefire
                        // the two countries agreed")
                        leaders.retain(|&e| Some(e) != possessor);
                        if leaders.len() == *n && here.iter().all(|e| leaders.contains(e)) {
                            picked = leaders;
                        }
                    }
                    // "China, which is Cambodia's largest supplier, urged both
                    // sides": the sentence's own actors first, then recency
                    // (not the opener named again: "Anwar ... said he had spoken
                    // with both leaders")
                    let here: Vec<usize> =
                        here.into_iter().filter(|&e| Some(e) != links[0]).collect();
                    if !here.is_empty()
                        && here.len() < *n
                        && picked.iter().any(|e| !here.contains(e))
                    {
                        let mut own: Vec<usize> = Vec::with_capacity(*n);
                        for &e in here.iter().rev().chain(picked.iter()) {
                            if own.len() < *n && !own.contains(&e) {
                                own.push(e);
                            }
                        }
                        if own.len() == *n {
                            picked = own;
                        }
                    }
                    // ("its southern neighbour, South Sudan": the state in
                    // apposition says which)
                    if possessor.is_some()
                        && self.toks.get(m.span.end).is_some_and(|t| t.lower == ",")
                        && let Some(next) = ms.get(i + 1)
                        && next.span.start == m.span.end + 1
                        && let Referent::Country(c) = next.referent
                    {
                        picked = vec![self.country_entity(c)];
                    }
                    if picked.len() == *n {
                        picked.sort_unstable();
                        self.last_plural = Some((s, picked.clone()));
                        links[i] = Some(picked[0]);
                        if also.is_empty() {
                            also.resize(ms.len(), Vec::new());
                        }
                        also[i] = picked[1..].to_vec();
                    }
                }
                Referent::Pronoun('p') => {
                    // "they", "several": the topic (first actor outside a
                    // prepositional phrase) of this sentence before the pronoun,
                    // else of the previous sentence, when it is a country or body
                    let pos = m.span.start;
                    // (not a possessor, nor the dateline: "ADEN, Yemen —
                    // Yemen's Houthi movement said it")
                    // ("... and said Turkey would stand by its friend Qatar":
                    // "its" is the nearest such actor, the subject of its own
                    // clause; "they" the sentence's topic)
                    let nearest = self.toks[pos].lower == "its";
                    let fits_here = |(j, mj): &(usize, &Mention)| {
                        mj.span.end <= pos
                            && !mj.possessive
                            && !self.in_dateline(ms, mj)
                            && !matches!(mj.referent, Referent::Pronoun(_))
                            && mj.usage == crate::mention::Use::Actor
                            && links[*j]
                                .is_some_and(|e| self.res.entities[e].kind != ActorKind::Person)
                            && (!self.after_prep(mj.span.start)
                                // ("The military governments of Mali and
                                // Burkina Faso said ... they warned": the
                                // states of a plural head that opens the
                                // sentence)
                                || self.of_plural_head(ms, mj.span.start))
                    };
                    let here = if nearest {
                        ms.iter().enumerate().take(i).rev().find(fits_here)
                    } else {
                        ms.iter().enumerate().take(i).find(fits_here)
                    };
                    // ("Russia and China criticized them", "Egypt urged it to
                    // wait": an object "them" or "it" is not the subject of its
                    // own clause)
                    // ("the regions it annexed": an "it" before its verb is a
                    // subject, of a relative clause)
                    // ("announced it would provide": before a modal or an
                    // auxiliary, the subject of a complement clause)
                    let it_subject = self.toks[pos].lower == "it"
                        && self.toks.get(pos + 1).is_some_and(|n| {
                            n.lower != "to"
                                && (self.lex.tverb(n).is_some()
                                    || crate::mention::is_verbish(self.lex, n)
                                    || self.lex.is(
                                        n.lower,
                                        crate::lexicon::wc::AUX | crate::lexicon::wc::BE,
                                    ))
                        });
                    // ("Egypt cut ties with Qatar, accusing it of": the object
                    // of a participle after a comma, whose subject is the
                    // main clause's)
                    let after_participle = pos >= 2
                        && self.toks[pos - 1].lower.ends_with("ing")
                        && self.toks[pos - 2].lower == ",";
                    let own_subject = |mj: &Mention| {
                        matches!(self.toks[pos].lower, "them" | "it")
                            && !it_subject
                            && !self
                                .toks
                                .get(mj.span.end..pos - usize::from(after_participle) * 2)
                                .unwrap_or_default()
                                .iter()
                                .any(|t| matches!(t.lower, "," | ";" | "that" | "who" | "which"))
                    };
                    // ("Niger, Mali and Burkina Faso ... They accused ECOWAS": a
                    // plural antecedent gives all its members)
                    // ("issued an ultimatum to Moscow, demanding that it
                    // allow": the demand's addressee, the last state or body
                    // named before)
                    let addressee = if crate::mention::mandative_it(self.lex, self.toks, pos) {
                        self.last_body_before(ms, &links, i, |_| true)
                    } else {
                        None
                    };
                    // ("Washington was punishing the Serbs for defending
                    // their interests": a possessive "their" owns what the
                    // nearest plural named before it in the sentence owns;
                    // "met Houthi leaders in Sanaa and urged them": an
                    // object "them" is that plural too)
                    let plural_owner = if (self.toks[pos].lower == "their" && m.possessive)
                        || self.toks[pos].lower == "them"
                    {
                        self.last_body_before(ms, &links, i, |mk| self.names_plural(mk))
                    } else {
                        None
                    };
                    // ("ordered Ecuador to lift the tariffs it imposed": in a
                    // relative clause on the infinitive's object, the subject
                    // of the infinitive, the control verb's object)
                    let infinitive_subject = if it_subject {
                        (0..i)
                            .rev()
                            .find(|&j| {
                                let mj = &ms[j];
                                let to = mj.span.end;
                                to + 2 < pos
                                    && pos - to <= 7
                                    && mj.span.start > 0
                                    && !mj.possessive
                                    && mj.usage == crate::mention::Use::Actor
                                    && self.toks[to].lower == "to"
                                    && self.toks[to + 1..pos]
                                        .iter()
                                        .all(|t| t.is_word() && !t.is_cap())
                                    && {
                                        let v = &self.toks[mj.span.start - 1];
                                        v.is_word()
                                            && !v.is_cap()
                                            && self.lex.is(v.lower, crate::lexicon::wc::CONTROL)
                                            || self.lex.tverb(v).is_some_and(|(l, _)| {
                                                self.lex.is(l, crate::lexicon::wc::CONTROL)
                                            })
                                    }
                            })
                            .and_then(|j| links[j])
                            .filter(|&e| self.res.entities[e].kind != ActorKind::Person)
                    } else {
                        None
                    };
                    let (best, group) = match here {
                        _ if addressee.is_some() => (addressee, Vec::new()),
                        _ if infinitive_subject.is_some() => (infinitive_subject, Vec::new()),
                        _ if plural_owner.is_some() => (plural_owner, Vec::new()),
                        Some((j, mj)) if !own_subject(mj) => {
                            (links[j], self.group_of(ms, &links, &also, j))
                        }
                        // (then the last sentence's topic, when it is another:
                        // "Ethiopia began filling the dam. Egypt urged it to wait")
                        // ("Chile spoke with the Peruvian government and urged
                        // it to act": an actor after the subject, named before
                        // the pronoun in its sentence; else the last sentence's
                        // topic, when it is another: "Ethiopia began filling the
                        // dam. Egypt urged it to wait")
                        Some((j, _)) => match (self.past_conjuncts(ms, j) + 1..i)
                            .rev()
                            .find(|&k| {
                                let mk = &ms[k];
                                mk.usage == crate::mention::Use::Actor
                                    && !mk.possessive
                                    && !matches!(mk.referent, Referent::Pronoun(_))
                                    && links[k].is_some_and(|e| {
                                        Some(e) != links[j]
                                            && self.res.entities[e].kind != ActorKind::Person
                                    })
                            })
                            .and_then(|k| links[k])
                        {
                            Some(e) => (Some(e), Vec::new()),
                            None => match self.topics.last().copied().flatten() {
                                Some(t) if Some(t) != links[j] => {
                                    (Some(t), self.topic_also.clone())
                                }
                                _ => (None, Vec::new()),
                            },
                        },
                        None => (
                            self.topics.last().copied().flatten(),
                            self.topic_also.clone(),
                        ),
                    };
                    links[i] = best.filter(|&e| self.res.entities[e].kind != ActorKind::Person);
                    // ("its foreign ministry": the only pronoun mention
                    // longer than "its leaders")
                    if m.span.len() > 2
                        && self.toks[m.span.end - 1].lower == "ministry"
                        && let Some(e) = links[i]
                    {
                        links[i] = self.its_ministry(m, e, s);
                    }
                    // ("an assembly of several foreign ministers in Cairo
                    // denounced ... They called on Turkey": with no body or state
                    // to stand for, a group named in the last few sentences)
                    if links[i].is_none() && matches!(self.toks[pos].lower, "they" | "them") {
                        links[i] = self
                            .by_recency
                            .iter()
                            .rev()
                            .find(|&&(e, s2)| {
                                s2 + 4 >= s && self.res.entities[e].kind == ActorKind::Group
                            })
                            .map(|&(e, _)| e);
                    }
                    if links[i].is_some()
                        && matches!(self.toks[pos].lower, "they" | "them")
                        && !group.is_empty()
                    {
                        if also.is_empty() {
                            also.resize(ms.len(), Vec::new());
                        }
                        also[i] = group;
                    }
                    // "Russia, Maduro's ally, and China, which lends to Caracas,
                    // both condemned": a "both" after the comma closing the second
                    // conjunct's apposition or relative clause is the sentence's
                    // opener and the actor after ", and"
                    if pos > 0 && self.toks[pos].lower == "both" && self.toks[pos - 1].lower == ","
                    {
                        let start = self.sentence_start(ms);
                        let conjuncts: Vec<usize> = (0..i)
                            .filter(|&j| {
                                let k = ms[j].span.start;
                                ms[j].usage == crate::mention::Use::Actor
                                    && !ms[j].possessive
                                    && !matches!(ms[j].referent, Referent::Pronoun(_))
                                    && (k == start
                                        || (k >= start + 2
                                            && self.toks[k - 1].lower == "and"
                                            && self.toks[k - 2].lower == ","))
                            })
                            .filter_map(|j| links[j])
                            .collect();
                        if let [a, b] = conjuncts[..]
                            && a != b
                        {
                            links[i] = Some(a);
                            if also.is_empty() {
                                also.resize(ms.len(), Vec::new());
                            }
                            also[i] = vec![b];
                        }
                    }
                    // "called Rubio and Barrot to brief them": an object "them"
                    // after two people joined by "and" in its sentence is them
                    if self.toks[pos].lower == "them"
                        && let Some(j) = (1..i).rev().find(|&j| {
                            ms[j].span.start == ms[j - 1].span.end + 1
                                && self.toks[ms[j - 1].span.end].lower == "and"
                        })
                        && let (Some(a), Some(b)) = (links[j - 1], links[j])
                        && a != b
                        && self.res.entities[a].kind == ActorKind::Person
                        && self.res.entities[b].kind == ActorKind::Person
                    {
                        links[i] = Some(a.min(b));
                        if also.is_empty() {
                            also.resize(ms.len(), Vec::new());
                        }
                        also[i] = vec![a.max(b)];
                    }
                }
                // "Scholz, whose government": the antecedent's state
                Referent::Pronoun('w') => {
                    links[i] = (i > 0 && ms[i - 1].span.end + 1 == m.span.start)
                        .then(|| links[i - 1])
                        .flatten()
                        .and_then(|p| match self.res.entities[p].kind {
                            ActorKind::Country => Some(p),
                            ActorKind::Person => self.res.entities[p]
                                .country
                                .or(ms[i - 1].country)
                                .map(|c| self.country_entity(c)),
                            _ => None,
                        });
                }
                Referent::Pronoun(g) => {
                    let pos = m.span.start;
                    let mut best = None;
                    // "Kim told him": an object pronoun is not the subject of its
                    // own clause (the name right before its verb)
                    // ("asked her to go": a "her" the mentions found no
                    // possessive; not "her government")
                    let object_form = self.toks[pos].lower == "him"
                        || (self.toks[pos].lower == "her" && !m.possessive && m.span.len() == 1);
                    // (but "phoned Merz to brief him": the subject of a purpose
                    // infinitive is the caller, unless a control verb makes it
                    // the name: "urged Merz to call him")
                    let controlled = |mj: &Mention| {
                        mj.span.start > 0
                            && self
                                .lex
                                .verb(self.toks[mj.span.start - 1].lower)
                                .is_some_and(|(lemma, _)| {
                                    self.lex.is(lemma, crate::lexicon::wc::CONTROL)
                                })
                    };
                    // (a name in apposition, closed by a comma: "the commander,
                    // General Kaliman, asked him")
                    let closes_apposition = |mj: &Mention| {
                        mj.span.start > 0
                            && self.toks[mj.span.start - 1].lower == ","
                            && self.toks[mj.span.end].lower == ","
                    };
                    // ("Lula, who told him": the antecedent of a relative
                    // "who" is its clause's subject)
                    let relative_subject = |mj: &Mention| {
                        self.toks.get(mj.span.end).is_some_and(|t| t.lower == ",")
                            && self
                                .toks
                                .get(mj.span.end + 1)
                                .is_some_and(|t| t.lower == "who")
                            && mj.span.end + 2 < pos
                    };
                    // ("expelled Uganda's ambassador, John Okello, accusing him":
                    // a participle after a closed apposition has the main
                    // clause's subject, not the name)
                    let participle_after = |mj: &Mention| {
                        closes_apposition(mj)
                            && self
                                .toks
                                .get(mj.span.end + 1)
                                .is_some_and(|t| !t.is_cap() && is_participle(self.lex, t))
                    };
                    let clause_subject = |mj: &Mention| {
                        object_form
                            && !participle_after(mj)
                            && pos - mj.span.end <= 4
                            && self.toks[mj.span.end..pos]
                                .iter()
                                .enumerate()
                                .all(|(k, t)| {
                                    (t.is_word()
                                        || (k == 0
                                            && (closes_apposition(mj) || relative_subject(mj))))
                                        && !matches!(t.lower, "and" | "that" | "which")
                                        && (t.lower != "who" || (k == 1 && relative_subject(mj)))
                                })
                            && (!self.toks[mj.span.end..pos].iter().any(|t| t.lower == "to")
                                || controlled(mj))
                    };
                    // "Idris, who was appointed by Burhan, criticised the UAE, which he
                    // accused": a name inside a relative clause that closed before
                    // the pronoun is passed over while another person fits
                    let in_closed_relative = |mj: &Mention| {
                        let open = (self.sentence_start(ms)..mj.span.start)
                            .rev()
                            .find(|&k| self.toks[k].lower == ",");
                        open.is_some_and(|o| {
                            matches!(
                                self.toks.get(o + 1).map(|t| t.lower),
                                Some("who" | "which" | "whom" | "whose")
                            )
                        }) && self.toks[mj.span.end..pos].iter().any(|t| t.lower == ",")
                    };
                    let mut fallback = None;
                    // (and never the subject of its own clause, found in an earlier
                    // sentence either: "Ruto called Burhan. Ruto urged him")
                    let mut own_subject = None;
                    // ("summoned Moriarty, whom he told": the subject of an
                    // object relative clause is not its antecedent, and is
                    // the main clause's subject when it fits)
                    let mut main_subject = None;
                    if matches!(self.toks[pos].lower, "he" | "she")
                        && pos >= 2
                        && self.toks[pos - 1].lower == "whom"
                        && self.toks[pos - 2].lower == ","
                        && let Some(j) = ms[..i].iter().rposition(|mj| mj.span.end + 2 == pos)
                    {
                        own_subject = links[j];
                        main_subject = ms[..j]
                            .iter()
                            .zip(&links[..j])
                            .find(|(mj, _)| {
                                mj.usage == crate::mention::Use::Actor
                                    && !mj.possessive
                                    && !self.after_prep(mj.span.start)
                            })
                            .and_then(|(_, &l)| l)
                            .filter(|&e| {
                                Some(e) != own_subject
                                    && self.res.entities[e].kind == ActorKind::Person
                            });
                    }
                    // ("Speaking to students in Kampala, where he had travelled
                    // for the inauguration of President X, he accused": the
                    // subject after a fronted participial clause is no one that
                    // clause names, but the one the article spoke of last)
                    let after_participle = matches!(self.toks[pos].lower, "he" | "she")
                        && pos >= 2
                        && self.toks[pos - 1].lower == ","
                        && {
                            // (not a name in "-ing": "Beijing")
                            let w = &self.toks[self.sentence_start(ms)];
                            is_participle(self.lex, w) && self.lex.tgazetteer(w).is_empty()
                        };
                    for (j, mj) in ms.iter().enumerate().take(i).rev() {
                        if after_participle {
                            break;
                        }
                        if mj.span.end <= pos && clause_subject(mj) {
                            own_subject = own_subject.or(links[j]);
                        }
                        if mj.span.end <= pos
                            && !clause_subject(mj)
                            && let Some(e) = links[j]
                            && Some(e) != own_subject
                        {
                            let ent = &self.res.entities[e];
                            if ent.kind == ActorKind::Person && ent.gender.is_none_or(|x| x == *g) {
                                if in_closed_relative(mj) {
                                    fallback = fallback.or(Some(e));
                                    continue;
                                }
                                best = Some(e);
                                break;
                            }
                        }
                    }
                    best = main_subject.or(best).or(fallback);
                    // "Mesa did not meet Morales, and his alliance rejected
                    // ...": a pronoun opening a clause after ", and" / ", but"
                    // / ";" continues the sentence's subject, a person named
                    // first, rather than the last person named
                    let opens_clause = pos >= 2
                        && (self.toks[pos - 1].lower == ";"
                            || (matches!(self.toks[pos - 1].lower, "and" | "but")
                                && self.toks[pos - 2].lower == ","));
                    if opens_clause
                        && best.is_some()
                        && let Some(first) = ms.first()
                        && first.span.start == self.sentence_start(ms)
                        && first.usage == crate::mention::Use::Actor
                        && !first.possessive
                        && let Some(e) = links[0]
                        && self.res.entities[e].kind == ActorKind::Person
                        && self.res.entities[e].gender.is_none_or(|x| x == *g)
                    {
                        best = Some(e);
                    }
                    // "Maas met Mitsotakis before flying to Ankara, where he
                    // held talks": a subject pronoun opening an adverbial
                    // clause continues the main clause's subject, the first
                    // person named outside a prepositional phrase
                    let adverbial = matches!(self.toks[pos].lower, "he" | "she")
                        && pos >= 1
                        && matches!(
                            self.toks[pos - 1].lower,
                            "where" | "when" | "before" | "after" | "while" | "until" | "once"
                        );
                    if adverbial
                        && let Some(b) = best
                        && let Some(e) = ms[..i]
                            .iter()
                            .zip(links.iter().copied())
                            .find(|(mj, l)| {
                                mj.usage == crate::mention::Use::Actor
                                    && !mj.possessive
                                    && !self.after_prep(mj.span.start)
                                    && l.is_some_and(|e| {
                                        self.res.entities[e].kind == ActorKind::Person
                                    })
                            })
                            .and_then(|(_, l)| l)
                        && e != b
                        && self.res.entities[e].gender.is_none_or(|x| x == *g)
                    {
                        best = Some(e);
                    }
                    if best.is_none() {
                        // the most recent sentence with a fitting person; in it the
                        // first one (usually its subject, the centre of attention):
                        // "Lai has not met Xi. Beijing has denounced him" -> Lai
                        let fits = |e: usize| {
                            let ent = &self.res.entities[e];
                            ent.kind == ActorKind::Person
                                && ent.gender.is_none_or(|x| x == *g)
                                && Some(e) != own_subject
                        };
                        best = self.first_of_latest(fits);
                    }
                    // "her government": the state of the person "her" is
                    // (a person first named in this sentence has its country
                    // recorded with the sentence's bookkeeping, below: until
                    // then, the country its mention names: "Lithuanian Foreign
                    // Minister Gabrielius Landsbergis said China pressured his
                    // country")
                    if m.span.len() == 2 {
                        best = best
                            .and_then(|p| {
                                self.res.entities[p].country.or_else(|| {
                                    (0..i)
                                        .filter(|&j| links[j] == Some(p))
                                        .find_map(|j| ms[j].country)
                                })
                            })
                            .map(|c| self.country_entity(c));
                    }
                    links[i] = best;
                }
                _ => {}
            }
        }
        // bookkeeping: aliases, roles, affiliations, recency
        for (i, m) in ms.iter().enumerate() {
            let Some(e) = links[i] else { continue };
            let is_name = !matches!(
                m.referent,
                Referent::Description { .. } | Referent::Pronoun(_)
            );
            if is_name {
                let (text, toks) = (self.text, self.toks);
                let surface =
                    |r: &std::ops::Range<usize>| &text[toks[r.start].start..toks[r.end - 1].end];
                let ent = &mut self.res.entities[e];
                add_new(&mut ent.aliases, surface(&m.head));
                // (a phrase that is only its name adds nothing new)
                if m.span != m.head && (!m.seat || ent.kind != ActorKind::Country) {
                    add_new(&mut ent.aliases, surface(&m.span));
                }
            }
            self.res.entities[e].mentions += 1;
            if let Some(role) = &m.role {
                add_new(&mut self.res.entities[e].roles, role);
            }
            if let Referent::Description { head, .. } = &m.referent
                && self.res.entities[e].kind == ActorKind::Person
            {
                add_new(&mut self.res.entities[e].roles, head);
            }
            // a possessed description ("the president's Ukraine envoy") takes the
            // possessor as its affiliation, not its country word
            let possessed = i > 0
                && ms[i - 1].possessive
                && ms[i - 1].span.end + 1 == m.span.start
                && matches!(m.referent, Referent::Description { .. });
            let affiliation = if possessed {
                Some(i - 1)
            } else {
                m.affiliation
            };
            // a counted group in apposition to its members' names has given
            // them its country ("two Canadian citizens, A and B")
            let counted_apposition = m.usage == crate::mention::Use::Modifier
                && matches!(
                    m.referent,
                    Referent::Name {
                        kind: ActorKind::Group,
                        ..
                    }
                );
            // affiliation from a country word in the phrase
            if possessed || counted_apposition {
            } else if let Some(c) = m.country {
                let owner = self.country_entity(c);
                if owner != e {
                    let trigger = if m.head.start > m.span.start
                        && !matches!(m.referent, Referent::Description { .. })
                    {
                        self.surface(&(m.span.start..m.head.start)).to_string()
                    } else {
                        self.surface(&m.span).to_string()
                    };
                    self.affiliate(e, owner, s, trigger);
                }
            } else if let Referent::Known(a) = m.referent
                && self.lex.actors[a].kind == ActorKind::Organization
                && let Some(c) = self.lex.actors[a].country
                && (self.lex.actors[a].roles.iter().any(|r| r == "military")
                    || self.toks[m.span.clone()]
                        .iter()
                        .any(|t| self.lex.tcountry_word(self.text, t).is_some()))
            {
                // a state's armed force belongs to the state ("the US Air Force", "the
                // IRGC"), and a body whose name says its country to that country
                // ("Belarusian KGB"; but not "the State Department" alone)
                let owner = self.country_entity(c);
                if owner != e {
                    let trigger = self.surface(&m.span).to_string();
                    self.affiliate(e, owner, s, trigger);
                }
            } else if self.res.entities[e].kind == ActorKind::Person && m.owner.is_none() {
                // an office title without a country word ("President Donald Trump",
                // "the current president, Alexander Lukashenko"): the person's known country
                let role = match &m.referent {
                    Referent::Description { head, .. } => Some(head.as_str()),
                    _ => m.role.as_deref(),
                };
                let office = role.is_some_and(|r| self.lex.is_office(r));
                let known = match m.referent {
                    Referent::Known(a) => Some(a),
                    Referent::Description { .. } => self.label_actor(e),
                    _ => None,
                };
                // (a name the lexicon does not know, of no state yet)
                let unknown_name = known.is_none()
                    && matches!(m.referent, Referent::Name { .. })
                    && self.res.entities[e].country.is_none();
                if office
                    && let Some(a) = known
                    && let Some(c) = self.lex.actors[a].country
                {
                    let owner = self.country_entity(c);
                    let role = role.unwrap_or_default();
                    self.affiliate(e, owner, s, role.to_string());
                    // (once per run of the same holder's office)
                    if self
                        .bare_offices
                        .last()
                        .is_none_or(|(r, x)| r != role || *x != c)
                    {
                        self.bare_offices.push((role.to_string(), c));
                    }
                    // ("In Beijing, Foreign Ministry spokesman Zhao Lijian": the
                    // ministry of the title is the state's, when the lexicon
                    // knows it, as with "Chinese Foreign Ministry spokesman")
                    if let Some(portfolio) = crate::mention::ministry_portfolio(role)
                        && let Some(demonym) = self.lex.countries[c].demonym.as_deref()
                        && let Some(b) = self.lex.actor_by_name(&crate::mention::ministry_name(
                            demonym,
                            std::iter::once(portfolio),
                        ))
                    {
                        let body = self.known_entity(b);
                        self.affiliate(e, body, s, role.to_string());
                        self.affiliate(body, owner, s, role.to_string());
                    }
                } else if unknown_name
                    && role.is_some()
                    && let Some((at, c, mi)) = self
                        .unnamed_offices
                        .iter()
                        .rev()
                        .find(|(at, r, _, _)| *at + 1 >= s && Some(r.as_str()) == role)
                        .map(|&(at, _, c, mi)| (at, c, mi))
                {
                    // "China summoned Japan's ambassador ... told Ambassador
                    // Kenji Kanasugi": the office holder named after his office,
                    // who is also the one the office stood for ("summoned" him)
                    let owner = self.country_entity(c);
                    self.affiliate(e, owner, s, role.unwrap_or_default().to_string());
                    if at == s {
                        links[mi] = Some(e);
                    } else if let Some(l) = self.res.links.get_mut(at).and_then(|l| l.get_mut(mi)) {
                        *l = Some(e);
                    }
                } else if unknown_name
                    && role.is_some_and(|r| {
                        (office
                            && (r.ends_with("minister")
                                || r.ends_with("president")
                                || r.ends_with("secretary")
                                // ("Attorney General X": a state's law officer)
                                || matches!(r, "attorney general" | "prosecutor general")))
                            || ministry_spokesman(r).is_some()
                            // ("Government spokesman X said Chad ...")
                            || r.strip_prefix("government ")
                                .or_else(|| r.strip_prefix("presidential "))
                                .is_some_and(|o| o.starts_with("spokes"))
                    })
                    && let Some(c) = ms
                        .first()
                        .filter(|f| {
                            // ("In Niamey, the junta arrested Petroleum
                            // Minister X", "In Norway, Justice Minister X
                            // said": a capital or a state setting the scene
                            // first)
                            let k = f.span.start;
                            (f.seat || matches!(f.referent, Referent::Country(_)))
                                && k >= 1
                                && self.toks[k - 1].lower == "in"
                                && (k - 1 == self.sentence_start(ms)
                                    || (k >= 2
                                        && matches!(self.toks[k - 2].lower, "—" | "–" | "-" | ":")))
                                && self.toks.get(f.span.end).is_some_and(|t| t.lower == ",")
                        })
                        .and_then(|_| links[0])
                        .and_then(|e| self.res.entities[e].country)
                        .or_else(|| self.recent_ministry_state(role.unwrap_or_default(), s))
                        // ("Turkish Foreign Minister X ..., and police escorted
                        // Family Minister Y": a minister named with his state
                        // earlier in the sentence)
                        .or_else(|| {
                            ms[..i].iter().zip(&links[..i]).rev().find_map(|(mj, l)| {
                                let e = (*l)?;
                                (mj.role.as_deref().is_some_and(|r| r.ends_with("minister"))
                                    && self.res.entities[e].kind == ActorKind::Person)
                                    .then(|| mj.country.or(self.res.entities[e].country))
                                    .flatten()
                            })
                        })
                        // ("HAVANA — President Gustavo Petro ... Former President
                        // Álvaro Uribe": the state of the last known holder of
                        // the same office named without a state)
                        .or_else(|| {
                            let role = role.unwrap_or_default();
                            self.bare_offices
                                .iter()
                                .rev()
                                .find(|(r, _)| r == role)
                                .map(|&(_, c)| c)
                        })
                        .or(self.dateline)
                {
                    // "BOGOTÁ, Colombia — ... Foreign Minister Rosa Villavicencio",
                    // "PRAGUE — ... President Miloš Zeman": an unknown minister
                    // or president with no state named holds office in
                    // the state of the dateline (not soldiers or envoys, who
                    // serve abroad)
                    let owner = self.country_entity(c);
                    let role = role.unwrap_or_default();
                    self.affiliate(e, owner, s, role.to_string());
                    // ("Foreign Ministry spokeswoman Pham Thu Hang": the
                    // state's ministry too)
                    if let Some(portfolio) = ministry_spokesman(role)
                        && let Some(body) = self.ministry_entity(c, std::iter::once(portfolio))
                    {
                        self.affiliate(e, body, s, role.to_string());
                        self.affiliate(body, owner, s, role.to_string());
                    }
                }
            }
            // "The Chinese Foreign Ministry accused Japan ... Spokesman Wang
            // Wenbin urged": a spokesman with no owner speaks for the
            // government body named in this sentence or the one before
            if self.res.entities[e].kind == ActorKind::Person
                && m.owner.is_none()
                && affiliation.is_none()
                && matches!(
                    m.role.as_deref(),
                    Some("spokesman" | "spokeswoman" | "spokesperson")
                )
                && let Some(body) = self
                    .by_recency
                    .iter()
                    .rev()
                    .take_while(|&&(_, s2)| s2 + 1 >= s)
                    .map(|&(b, _)| b)
                    .find(|&b| {
                        let ent = &self.res.entities[b];
                        ent.kind == ActorKind::Organization
                            && (self.lex.names_body(&ent.label) || self.lex.is_gov_body(&ent.label))
                    })
            {
                let trigger = m.role.clone().unwrap_or_default();
                self.affiliate(e, body, s, trigger);
            }
            // (a body named as an office's owner is named all the same: "NATO
            // Secretary General Jens Stoltenberg said the alliance ...")
            let mut owner_body = None;
            if let Some(owner) = m.owner.as_ref().and_then(|r| self.referent(r)) {
                let owner_kind = self.res.entities[owner].kind;
                if owner_kind == ActorKind::Organization {
                    owner_body = Some(owner);
                }
                let owner = if owner_kind == ActorKind::Person {
                    self.res.entities[owner]
                        .country
                        .map(|c| self.country_entity(c))
                } else {
                    Some(owner)
                };
                if let Some(owner) = owner.filter(|&o| o != e) {
                    // (the words before the head; all of a description in
                    // apposition: "the U.N. special envoy")
                    let words = if matches!(m.referent, Referent::Description { .. }) {
                        m.span.clone()
                    } else {
                        m.span.start..m.head.start.max(m.span.start + 1)
                    };
                    let trigger = self.surface(&words).to_string();
                    // ("Chinese Foreign Ministry spokesman Zhao Lijian": the
                    // government body named only in the title belongs to its
                    // state too; not a party or a broadcaster)
                    if let Some(b) = owner_body
                        && self.lex.names_body(&self.res.entities[b].label)
                        && let Some(c) = self.res.entities[b].country.or_else(|| {
                            match self.lex.body_owner(&self.res.entities[b].label) {
                                Some(Target::CountryName(k) | Target::Demonym(k)) => Some(k),
                                _ => None,
                            }
                        })
                        && self.country_entity(c) != b
                    {
                        let state = self.country_entity(c);
                        self.affiliate(b, state, s, trigger.clone());
                    }
                    self.affiliate(e, owner, s, trigger);
                }
            }
            // "Petro recalled his ambassador, Daniel García-Peña", "the PKK
            // ... its founder, Abdullah Öcalan": the office belongs to whoever
            // the possessive pronoun stands for (a person's state)
            if matches!(m.referent, Referent::Description { .. })
                && m.country.is_none()
                && affiliation.is_none()
                && m.owner.is_none()
                && let Some(owner) = self.possessive_owner(ms, &links, i, e)
                && let Some(owner) = match self.res.entities[owner].kind {
                    // ("Grossi sent his deputy": a person of no state named
                    // stands for the body he belongs to, the IAEA)
                    ActorKind::Person => match self.res.entities[owner].country {
                        Some(c) => Some(self.country_entity(c)),
                        None => self.res.affiliations.iter().rev().find_map(|a| {
                            (a.member == owner
                                && self.res.entities[a.owner].kind == ActorKind::Organization)
                                .then_some(a.owner)
                        }),
                    },
                    _ => Some(owner),
                }
                && owner != e
            {
                let trigger = self.surface(&m.span).to_string();
                self.affiliate(e, owner, s, trigger);
            }
            if let Some(o) = affiliation
                && let Some(oe) = links.get(o).copied().flatten()
            {
                let owner_ent = &self.res.entities[oe];
                let owner = if owner_ent.kind == ActorKind::Person {
                    owner_ent.country.map(|c| self.country_entity(c))
                } else {
                    Some(oe)
                };
                if let Some(owner) = owner
                    && owner != e
                {
                    let trigger = self.surface(&m.span).to_string();
                    self.affiliate(e, owner, s, trigger);
                }
            }
            // "Redwan Hussien, the national security adviser to Prime
            // Minister Abiy Ahmed": an adviser or aide to a person of a known
            // state serves that state (not an envoy or ambassador to one)
            if self.res.entities[e].kind == ActorKind::Person
                && self.res.entities[e].country.is_none()
                && matches!(m.referent, Referent::Name { .. })
                && self.toks.get(m.span.end).is_some_and(|t| t.lower == ",")
                && let Some(j) = (i + 1..ms.len()).find(|&j| {
                    links[j]
                        .is_some_and(|p| p != e && self.res.entities[p].kind == ActorKind::Person)
                })
                && ms[j].span.start > m.span.end + 3
                && ms[j].span.start <= m.span.end + 10
                && let Some(p) = links[j]
                && let Some(c) = self.res.entities[p].country
            {
                let n = &ms[j];
                let words = &self.toks[m.span.end + 1..n.span.start];
                let to = words.iter().rposition(|t| t.lower == "to");
                if matches!(
                    words.first().map(|t| t.lower),
                    Some("the" | "a" | "an" | "his" | "her")
                ) && let Some(to) = to
                    && words[..to].iter().all(|t| t.is_word() && !t.is_cap())
                    && words[..to].iter().any(|t| {
                        matches!(
                            t.lower,
                            "adviser"
                                | "advisor"
                                | "aide"
                                | "assistant"
                                | "counsellor"
                                | "counselor"
                        )
                    })
                {
                    let owner = self.country_entity(c);
                    let trigger = self.surface(&(m.span.end + 1..n.span.start)).to_string();
                    self.affiliate(e, owner, s, trigger);
                }
            }
            // "Áñez named Karen Longaric as foreign minister": a person
            // appointed to an office holds it in the appointer's state
            if let Some((member, owner, title)) = self
                .appointment(ms, &links, i)
                .or_else(|| self.relative_appointment(ms, &links, i))
                && owner != member
                && self.res.entities[member].kind == ActorKind::Person
            {
                self.affiliate(member, owner, s, title);
            }
            // "the country's Supreme Electoral Tribunal": a body possessed by
            // a description that stands for a country is that country's
            let start = m.span.start;
            if m.country.is_none()
                && self.the_countrys_before(start)
                && self.res.entities[e].kind == ActorKind::Organization
                && let Some(c) = self.last_country(ms, &links, i)
                && c != e
            {
                let trigger = self.surface(&(start - 3..m.span.end)).to_string();
                self.affiliate(e, c, s, trigger);
            }
            // "the agency's Board of Governors": a body of an organization
            // named as its possessor belongs to it
            if i > 0
                && let Some(p) = links[i - 1]
                && ms[i - 1].possessive
                && matches!(m.span.start.checked_sub(ms[i - 1].span.end), Some(0 | 1))
                && p != e
                && self.res.entities[p].kind == ActorKind::Organization
                && self.res.entities[e].kind == ActorKind::Organization
                && matches!(m.referent, Referent::Name { .. })
            {
                let trigger = self
                    .surface(&(ms[i - 1].span.start..m.span.end))
                    .to_string();
                self.affiliate(e, p, s, trigger);
            }
            // "opposition leader Peter Dutton of the Liberal Party": a person
            // of a body belongs to it (not "accused Netanyahu of ...")
            if self.res.entities[e].kind == ActorKind::Person
                && matches!(m.referent, Referent::Name { .. } | Referent::Known(_))
                && self.toks.get(m.span.end).is_some_and(|t| t.lower == "of")
                && let Some(n) = ms.get(i + 1)
                && !n.possessive
                && (n.span.start == m.span.end + 1
                    || (n.span.start == m.span.end + 2
                        && self.toks[m.span.end + 1].lower == "the")
                    // ("Luisa Gonzalez of the leftist Citizen Revolution
                    // movement": past an adjective)
                    || (n.span.start == m.span.end + 3
                        && self.toks[m.span.end + 1].lower == "the"
                        && self.toks[m.span.end + 2].is_word()
                        && !self.toks[m.span.end + 2].is_cap()
                        && self.lex.tverb(&self.toks[m.span.end + 2]).is_none()))
                && let Some(b) = links[i + 1]
                && b != e
                && self.res.entities[b].kind == ActorKind::Organization
                // (a known body, or one its name says is a body: not "Senator
                // Rubio of Florida")
                && (matches!(n.referent, Referent::Known(_))
                    || self.toks[n.head.clone()]
                        .iter()
                        .any(|t| self.lex.tis(t, crate::lexicon::wc::ORGHEAD))
                    || self.is_party(n))
                && !(m.span.start > 0
                    && matches!(
                        self.toks[m.span.start - 1].lower,
                        "accused" | "accusing" | "accuse" | "accuses" | "convicted"
                            | "suspected" | "acquitted" | "cleared" | "warned" | "informed"
                    ))
            {
                let trigger = self.surface(&(m.span.start..n.span.end)).to_string();
                self.affiliate(e, b, s, trigger);
            }
            // "Hungary's ruling party, Fidesz", "Gazprom, the Russian energy
            // company", "Frontex, the European Union's border agency": a body
            // in apposition to a description of a body belongs to the state or
            // body the description's possessor or state word names
            if self.res.entities[e].kind == ActorKind::Organization
                && matches!(m.referent, Referent::Name { .. } | Referent::Known(_))
                && let Some((words, owner)) = self.body_apposition_owner(ms, &links, i)
                && owner != e
            {
                let trigger = self.surface(&words).to_string();
                self.affiliate(e, owner, s, trigger);
            }
            // "Morales's Movement for Socialism", "his Civic Community
            // alliance": a person's party is the person's
            if i > 0
                && let Some(p) = links[i - 1]
                && ms[i - 1].possessive
                && matches!(m.span.start.checked_sub(ms[i - 1].span.end), Some(0 | 1))
                && self.res.entities[p].kind == ActorKind::Person
                && self.res.entities[e].kind == ActorKind::Organization
                && self.is_party(m)
            {
                let trigger = self.surface(&m.span).to_string();
                self.affiliate(p, e, s, trigger);
            }
            // ("the Freedom Party of Geert Wilders": a party of a person)
            if self.res.entities[e].kind == ActorKind::Organization
                && self.toks.get(m.span.end).is_some_and(|t| t.lower == "of")
                && let Some(n) = ms.get(i + 1)
                && n.span.start == m.span.end + 1
                && !n.possessive
                && matches!(n.referent, Referent::Name { .. } | Referent::Known(_))
                && let Some(p) = links[i + 1]
                && self.res.entities[p].kind == ActorKind::Person
                && self.is_party(m)
            {
                let trigger = self.surface(&(m.span.start..n.span.end)).to_string();
                self.affiliate(p, e, s, trigger);
            }
            // ("Orban, whose Fidesz party won": the relative's antecedent's)
            if i > 0
                && m.span.start >= 2
                && self.toks[m.span.start - 1].lower == "whose"
                && self.toks[m.span.start - 2].lower == ","
                && ms[i - 1].span.end + 2 == m.span.start
                && let Some(p) = links[i - 1]
                && self.res.entities[p].kind == ActorKind::Person
                && self.res.entities[e].kind == ActorKind::Organization
                && self.is_party(m)
            {
                let trigger = self.surface(&(m.span.start - 1..m.span.end)).to_string();
                self.affiliate(p, e, s, trigger);
            }
            // (an unnamed person standing for a state is no mention of the
            // state that later plurals count: "expelled one Russian diplomat
            // ... the three Baltic states")
            let stand_in = matches!(m.referent, Referent::Description { .. })
                && self.res.entities[e].kind == ActorKind::Country
                && self.indefinite(m);
            // (nor is a capital named as a place: "In Washington,", "a summit
            // in Buenos Aires ... called on both countries")
            let place = m.seat
                && m.span.start > 0
                && matches!(self.toks[m.span.start - 1].lower, "in" | "at" | "near");
            if m.usage == crate::mention::Use::Actor && !stand_in && !place {
                if let Some(o) = owner_body.filter(|&o| o != e) {
                    self.owner_bodies.retain(|&x| x != o);
                    self.owner_bodies.push(o);
                }
                self.push_recent(s, m.span.start, e);
            }
            if m.seat {
                self.last_seat = Some(e);
                self.seats.retain(|&x| x != e);
                self.seats.push(e);
            }
        }
        // "the Trump administration", "Moon's government" (one mention with
        // the noun): a leader's name before the government noun stands for
        // the leader's state (the person keeps the alias and the mention
        // recorded above)
        for (i, m) in ms.iter().enumerate() {
            let Some(e) = links[i] else { continue };
            if self.res.entities[e].kind == ActorKind::Person
                && m.span.end > m.head.end
                && m.span.start == m.head.start
                && matches!(
                    self.toks[m.span.end - 1].lower,
                    "administration" | "government"
                )
                && let Some(c) = self.res.entities[e].country
            {
                links[i] = Some(self.country_entity(c));
            }
        }
        let topic = ms
            .iter()
            .enumerate()
            .find(|(i, m)| m.usage == crate::mention::Use::Actor && links[*i].is_some())
            .filter(|(_, m)| {
                // "War maniacs of the South Korean military made ...": the
                // complement of a sentence-initial noun is still its topic
                !self.after_prep(m.span.start) || {
                    let first = self.sentence_start(ms);
                    m.span.start >= 2
                        && m.span.start <= first + 6
                        && self.toks[first..m.span.start]
                            .iter()
                            .filter(|t| t.lower == "of")
                            .count()
                            == 1
                        && self.toks[first..m.span.start].iter().all(|t| {
                            matches!(t.lower, "\"" | "\u{201c}")
                                || (t.is_word()
                                    && (t.lower == "of"
                                        || !self.lex.tis(t, crate::lexicon::wc::PREP)))
                        })
                }
            });
        self.topic_also = topic.map_or_else(Vec::new, |(i, _)| self.group_of(ms, &links, &also, i));
        self.topics.push(topic.and_then(|(i, _)| links[i]));
        for j in 1..ms.len() {
            // (one or two tokens between first: most pairs are farther apart)
            let (e0, s1) = (ms[j - 1].span.end, ms[j].span.start);
            if s1 <= e0 || s1 > e0 + 2 {
                continue;
            }
            // (people: the one before an apposition set off by commas)
            let person = |k: usize| {
                links[k].filter(|&e| {
                    ms[k].usage == crate::mention::Use::Actor
                        && self.res.entities[e].kind == ActorKind::Person
                })
            };
            if let Some(b) = person(j) {
                let gap = &self.toks[e0..s1];
                let first = if self.joined_by_and(e0, s1) {
                    Some(j - 1)
                } else if matches!(gap, [c, a] if c.lower == "," && a.lower == "and")
                    && j >= 2
                    && links[j - 2].is_some()
                    && links[j - 2] == links[j - 1]
                {
                    Some(j - 2)
                } else {
                    None
                };
                if let Some(a) = first.and_then(person)
                    && a != b
                {
                    self.last_people_pair = Some((s, a, b));
                }
            }
            if self.joined_by_and(e0, s1)
                && ms[j - 1].usage == crate::mention::Use::Actor
                && ms[j].usage == crate::mention::Use::Actor
                && let (Some(a), Some(b)) = (links[j - 1], links[j])
                && a != b
                && [a, b].iter().all(|&e| {
                    !matches!(
                        self.res.entities[e].kind,
                        ActorKind::Person | ActorKind::Group
                    )
                })
            {
                self.last_pair = Some((s, a, b));
                if [a, b]
                    .iter()
                    .all(|&e| self.res.entities[e].kind == ActorKind::Country)
                {
                    self.last_state_pair = Some((s, a, b));
                }
            }
        }
        (links, also)
    }

    /// The entities besides its own that mention `i` stands for with others:
    /// those of its plural description, or the other bodies coordinated with
    /// it ("Niger, Mali and Burkina Faso"; not people, whom a "they" names
    /// only when a later sentence makes it clear). Empty when it stands alone.
    /// Whether the mention at `start` follows "of" after a plural head noun
    /// for the people or bodies of states that opens the sentence ("The
    /// military governments of Mali", "The leaders of Egypt").
    fn of_plural_head(&self, ms: &[Mention], start: usize) -> bool {
        let s0 = self.sentence_start(ms);
        if start < s0 + 2 || self.toks[start - 1].lower != "of" {
            return false;
        }
        let h = &self.toks[start - 2];
        h.lower.ends_with('s')
            && self.lex.tis(
                h,
                crate::lexicon::wc::COLLECTIVE
                    | crate::lexicon::wc::ENVOYS
                    | crate::lexicon::wc::PLURALHEAD,
            )
            && (s0..start - 2).all(|k| {
                let t = &self.toks[k];
                t.is_word() && (k == s0 || !t.is_cap())
            })
    }

    fn group_of(
        &self,
        ms: &[Mention],
        links: &[Option<usize>],
        also: &[Vec<usize>],
        i: usize,
    ) -> Vec<usize> {
        if let Some(a) = also.get(i).filter(|a| !a.is_empty()) {
            return a.clone();
        }
        let Some(first) = links[i] else {
            return Vec::new();
        };
        let body = |e: usize| self.res.entities[e].kind != ActorKind::Person;
        if !body(first) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut joined = false;
        for j in i + 1..ms.len() {
            let gap = ms[j - 1].span.end;
            let sep = self.toks[gap].lower;
            // ("South Korea and the Philippines")
            let start = ms[j].span.start;
            let det = start == gap + 2 && self.toks[gap + 1].lower == "the";
            if (start != gap + 1 && !det)
                || !matches!(sep, "," | "and")
                || ms[j].usage != crate::mention::Use::Actor
            {
                break;
            }
            let Some(e) = links[j].filter(|&e| body(e) && e != first && !out.contains(&e)) else {
                break;
            };
            out.push(e);
            if sep == "and" {
                joined = true;
                break;
            }
        }
        if joined { out } else { Vec::new() }
    }

    /// The description of a body in apposition to mention `i`
    /// ([`crate::mention::body_apposition`]) and the state or body that its
    /// possessor or state word names ("Poland's lower house", "the French
    /// energy company"; not a person: "Putin's party").
    fn body_apposition_owner(
        &self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
    ) -> Option<(std::ops::Range<usize>, usize)> {
        let m = &ms[i];
        // (a comma after the name, or before it and its article: most names
        // have neither)
        let toks = self.toks;
        let k = m.span.start;
        // (a lowercase word, the description's head, before the comma)
        let comma_before = (k >= 2 && toks[k - 1].lower == "," && !toks[k - 2].is_cap())
            || (k >= 3
                && toks[k - 1].lower == "the"
                && toks[k - 2].lower == ","
                && !toks[k - 3].is_cap());
        // (an article or a capitalised word opening the description after it)
        let comma_after = toks.get(m.span.end).is_some_and(|t| t.lower == ",")
            && toks
                .get(m.span.end + 1)
                .is_some_and(|t| matches!(t.lower, "the" | "a" | "an") || t.is_cap());
        if !comma_before && !comma_after {
            return None;
        }
        let range = self.sentence_start(ms)..self.sentence_end(ms);
        let words = crate::mention::body_apposition(self.lex, toks, m.span.clone(), range)?;
        // (before the head: not in an "of" phrase after it)
        let head_end = words
            .clone()
            .find(|&k| toks[k].lower == "of")
            .unwrap_or(words.end);
        let owner = (0..ms.len())
            .filter(|&j| j != i && words.contains(&ms[j].span.start) && ms[j].span.end <= head_end)
            .find(|&j| ms[j].possessive || matches!(ms[j].referent, Referent::Country(_)))
            .and_then(|j| links[j])
            .filter(|&o| {
                matches!(
                    self.res.entities[o].kind,
                    ActorKind::Country | ActorKind::Organization
                )
            })?;
        Some((words, owner))
    }

    /// One past the last token of the sentence of mentions `ms`: its final
    /// stop, or the line's end.
    fn sentence_end(&self, ms: &[Mention]) -> usize {
        let last = ms.last().map_or(0, |m| m.span.end);
        let mut k = last;
        while k < self.toks.len() {
            if matches!(self.toks[k].lower, "." | "!" | "?") {
                return k + 1;
            }
            if k + 1 < self.toks.len()
                && self.text[self.toks[k].end..self.toks[k + 1].start].contains('\n')
            {
                return k + 1;
            }
            k += 1;
        }
        k
    }

    /// The first token of the sentence holding these mentions: the first
    /// mention's start, moved back to the sentence's opening quote if any.
    fn sentence_start(&self, ms: &[Mention]) -> usize {
        let first = ms.first().map_or(0, |m| m.span.start);
        let mut k = first;
        while k > 0
            && !matches!(self.toks[k - 1].lower, "." | "!" | "?")
            && !self.text[self.toks[k - 1].end..self.toks[k].start].contains('\n')
        {
            k -= 1;
        }
        k
    }

    /// The entity of the last mention before `i` in the sentence that is
    /// an actor of its own (no possessive, no pronoun), stands for a state
    /// or a body rather than a person, and passes `also`.
    fn last_body_before(
        &self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
        also: impl Fn(&Mention) -> bool,
    ) -> Option<usize> {
        (0..i).rev().find_map(|k| {
            let mk = &ms[k];
            (mk.usage == crate::mention::Use::Actor
                && !mk.possessive
                && !matches!(mk.referent, Referent::Pronoun(_))
                && also(mk))
            .then_some(links[k])
            .flatten()
            .filter(|&e| self.res.entities[e].kind != ActorKind::Person)
        })
    }

    /// Whether mention `m` names a plural: its last word is a plural noun
    /// or a people's name ("the Serbs", "Russian forces"), not a state's
    /// name that ends in "s" ("the Philippines").
    fn names_plural(&self, m: &Mention) -> bool {
        let last = self.toks[m.span.end - 1].lower;
        last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("'s")
            && match m.referent {
                Referent::Country(c) => !self.lex.countries[c].name.ends_with('s'),
                _ => true,
            }
    }

    /// Whether mention `m` of the sentence of `ms` is in a dateline before
    /// a dash ("ADEN, Yemen —"): capitalised words and commas from the
    /// sentence's start.
    fn in_dateline(&self, ms: &[Mention], m: &Mention) -> bool {
        let end = (m.span.end + 4).min(self.toks.len());
        let Some(dash) = (m.span.end..end).find(|&k| matches!(self.toks[k].lower, "—" | "–"))
        else {
            return false;
        };
        self.toks[self.sentence_start(ms)..dash]
            .iter()
            .all(|t| t.is_cap() || t.lower == ",")
    }

    /// Whether the phrase starting at token `start` follows a preposition.
    fn after_prep(&self, start: usize) -> bool {
        let mut k = start;
        while k > 0 {
            k -= 1;
            let l = self.toks[k].lower;
            if matches!(
                l,
                "the" | "a" | "an" | "some" | "several" | "many" | "its" | "their"
            ) {
                continue;
            }
            return self.lex.tis(&self.toks[k], crate::lexicon::wc::PREP);
        }
        false
    }

    /// The country "the country" before mention `i` stands for: the last one
    /// named earlier in its sentence (as an actor or in a title: "Niger's
    /// military ruler"; one after no preposition first), else the last one
    /// named before.
    fn last_country(&mut self, ms: &[Mention], links: &[Option<usize>], i: usize) -> Option<usize> {
        // ("a Sudanese army commander accused the country": the object of a
        // verb is not the state of its own subject, which would be "itself")
        let pos = ms[i].span.start;
        // (not a reporting verb's: "the ministry said the country would")
        let own = (!ms[i].possessive
            && pos > 0
            && self.lex.tverb(&self.toks[pos - 1]).is_some()
            && !crate::relation::is_reporting(self.toks[pos - 1].lower))
        .then(|| {
            ms[..i].iter().rposition(|mj| {
                pos > mj.span.end
                    && pos - 1 - mj.span.end <= 3
                    && self.toks[mj.span.end..pos - 1]
                        .iter()
                        .all(|t| t.is_word() && !matches!(t.lower, "and" | "or" | "that"))
            })
        })
        .flatten()
        .and_then(|j| links[j].or_else(|| ms[j].country.map(|c| self.country_entity(c))));
        let own_state = own.and_then(|o| self.res.entities[o].country);
        // (one after no preposition first: "Ankara was ready to open its
        // border with Armenia, and the country's envoy": Turkey)
        for free in [true, false] {
            for j in (0..i).rev() {
                if free && self.after_prep(ms[j].span.start) {
                    continue;
                }
                if own.is_some()
                    && (links[j] == own || (ms[j].country.is_some() && ms[j].country == own_state))
                {
                    continue;
                }
                if let Some(e) = links[j]
                    && self.res.entities[e].kind == ActorKind::Country
                {
                    return Some(e);
                }
                // ("The ministry said the country": a state's ministry)
                if let Some(c) = links[j].and_then(|e| self.ministry_state(e)) {
                    return Some(self.country_entity(c));
                }
                if let Some(c) = ms[j].country {
                    return Some(self.country_entity(c));
                }
            }
        }
        // (a state's ministry stands in for its state here: "the Moroccan
        // foreign ministry said the kingdom")
        let last = self.by_recency.iter().rev().find_map(|&(e, _)| {
            if Some(e) == own {
                None
            } else if self.res.entities[e].kind == ActorKind::Country {
                Some(Ok(e))
            } else {
                self.ministry_state(e).map(Err)
            }
        });
        match last? {
            Ok(e) => Some(e),
            Err(c) => Some(self.country_entity(c)),
        }
    }

    /// The state (lexicon country) of entity `e` when it is a state's
    /// ministry ("Moroccan Foreign Ministry"), which stands in for its state
    /// when "the country" is looked for.
    fn ministry_state(&self, e: usize) -> Option<usize> {
        let ent = &self.res.entities[e];
        (ent.kind == ActorKind::Organization && ent.label.ends_with(" Ministry"))
            .then_some(ent.country)
            .flatten()
    }

    /// Whether a person heads a state or government: by the roles the
    /// article gives, else the lexicon's current (first) role.
    fn heads_government(&self, e: usize) -> bool {
        let heads =
            |r: &str| matches!(r, "president" | "prime minister" | "premier" | "chancellor");
        let ent = &self.res.entities[e];
        if !ent.roles.is_empty() {
            return ent.roles.iter().any(|r| heads(r));
        }
        self.label_actor(e)
            .and_then(|a| self.lex.actors[a].roles.first())
            .is_some_and(|r| heads(r))
    }

    /// The person named in apposition after a description's complement of
    /// place or portfolio ("the EU's special representative for Central
    /// Asia, Peter Burian"): a preposition right after the description, up to
    /// five words with no finite verb, a comma, then a person's name.
    fn name_after_office_phrase(
        &self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
    ) -> Option<usize> {
        let end = ms[i].span.end;
        if !self
            .toks
            .get(end)
            .is_some_and(|t| matches!(t.lower, "for" | "to" | "in" | "on" | "of" | "at"))
        {
            return None;
        }
        let comma = (end + 1..self.toks.len().min(end + 10))
            .take_while(|&k| {
                let t = &self.toks[k];
                // ("for the Belgrade-Pristina dialogue, Peter Sorensen"; "of
                // the International Atomic Energy Agency (IAEA), Rafael Grossi")
                // ("the speaker of Peru's Congress, Alejandro Soto")
                matches!(t.lower, "," | "-" | "–" | "(" | ")" | "'s" | "'")
                    || (t.is_word()
                        && self.lex.tverb(t).is_none_or(|(_, f)| {
                            !matches!(
                                f,
                                crate::lexicon::VerbForm::Past
                                    | crate::lexicon::VerbForm::Third
                                    | crate::lexicon::VerbForm::PastOrParticiple
                            )
                        }))
            })
            .find(|&k| self.toks[k].lower == ",")?;
        let j = (i + 1..ms.len()).find(|&j| ms[j].span.start == comma + 1)?;
        // (a name the phrase holds is a place of the office, not its holder)
        links[j].filter(|&e| {
            self.res.entities[e].kind == ActorKind::Person
                && matches!(ms[j].referent, Referent::Name { .. } | Referent::Known(_))
        })
    }

    /// Whose office a description opened by a possessive pronoun or "the
    /// country's" names ("his ambassador", "its founder", "the country's
    /// envoy"): for "his" and "her" the last person of that gender named
    /// before it, in this sentence or the latest one that names one; for
    /// "its" and "their" the last country or body named before it in the
    /// sentence, preferring one after no preposition; for "the country's"
    /// [`Self::last_country`], unless `member`, the entity the description
    /// stands for, has a known state of its own.
    fn possessive_owner(
        &mut self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
        member: usize,
    ) -> Option<usize> {
        let start = ms[i].span.start;
        let word = self.toks[start].lower;
        // "the country's special envoy, Serdar Kılıç" (but "Moscow regarded
        // Maduro as the country's president": a holder of a known state
        // serves it)
        if self.the_countrys_before(start) {
            if self.res.entities[member].country.is_some() {
                return None;
            }
            return self.last_country(ms, links, i);
        }
        let gender = match word {
            "his" => 'm',
            "her" => 'f',
            "its" | "their" => {
                // (not one after a preposition: "The authority recalled its
                // envoy to the UAE, and its president, Abbas, ...")
                let body =
                    |j: usize| links[j].filter(|&e| self.res.entities[e].kind != ActorKind::Person);
                // (none in the sentence: the last sentence's topic, a body or
                // country: "The CSTO called for restraint. Its secretary
                // general, X, said ...")
                let topic = self
                    .topics
                    .last()
                    .copied()
                    .flatten()
                    .filter(|&e| self.res.entities[e].kind != ActorKind::Person);
                // (but a state's governing body named last, after a
                // preposition too: "no dealings with Rwanda's government as
                // long as Kagame remained its president")
                let governing = (0..i)
                    .rev()
                    .find_map(|j| body(j).map(|e| (j, e)))
                    .filter(|&(j, _)| {
                        matches!(ms[j].referent, Referent::Country(_))
                            && self
                                .lex
                                .tis(&self.toks[ms[j].span.end - 1], crate::lexicon::wc::METONYM)
                    })
                    .map(|(_, e)| e);
                return governing
                    // ("The Milli Majlis, Azerbaijan's parliament, ... and its
                    // speaker": not the possessor inside an apposition)
                    .or_else(|| {
                        (0..i)
                            .rev()
                            .filter(|&j| {
                                let apposed = ms[j].possessive
                                    && ms[j].span.start > 0
                                    && self.toks[ms[j].span.start - 1].lower == ",";
                                !apposed && !self.after_prep(ms[j].span.start)
                            })
                            .find_map(body)
                    })
                    .or_else(|| {
                        (0..i)
                            .rev()
                            .filter(|&j| !self.after_prep(ms[j].span.start))
                            .find_map(body)
                    })
                    .or_else(|| (0..i).rev().find_map(body))
                    .or(topic);
            }
            _ => return None,
        };
        let fits = |e: usize| {
            let ent = &self.res.entities[e];
            ent.kind == ActorKind::Person && ent.gender.is_none_or(|x| x == gender)
        };
        // (never the office holder itself: "Biden sent Roger Carstens, his
        // special envoy": his is Biden's)
        // (before the sentence, the first one named in the latest sentence
        // naming one, as for "he": "Noboa accused López Obrador. His foreign
        // minister said" is Noboa's)
        (0..i)
            .rev()
            .find_map(|j| links[j].filter(|&e| fits(e) && e != member))
            .or_else(|| self.first_of_latest(|e| fits(e) && e != member))
    }

    /// The first entity that `fits` in the most recent sentence naming one
    /// (usually that sentence's subject, the centre of attention).
    fn first_of_latest(&self, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let &(_, last) = self.by_recency.iter().rev().find(|&&(e, _)| fits(e))?;
        // (`recent` is in sentence order)
        let from = self.recent.partition_point(|&(s2, _, _)| s2 < last);
        let to = self.recent.partition_point(|&(s2, _, _)| s2 <= last);
        self.recent[from..to]
            .iter()
            .filter(|&&(_, _, e)| fits(e))
            .min_by_key(|&&(_, start, _)| start)
            .map(|&(_, _, e)| e)
    }

    /// Whether "the country's" (nation's, kingdom's) stands right before
    /// token `start`.
    fn the_countrys_before(&self, start: usize) -> bool {
        start >= 3
            && self.toks[start - 1].lower == "'s"
            && is_country_noun(self.toks[start - 2].lower)
            && self.toks[start - 3].lower == "the"
    }

    /// The person a description after "as" predicates of: the person named
    /// right before "as", or before an apposition closed by a comma ("named
    /// Elliott Abrams, a veteran diplomat, as the U.S. special envoy"),
    /// unless that person is a passive's agent.
    fn predicative(&self, ms: &[Mention], links: &[Option<usize>], i: usize) -> Option<usize> {
        let toks = self.toks;
        let start = ms[i].span.start;
        if start == 0 || toks[start - 1].lower != "as" || i == 0 {
            return None;
        }
        let j = i - 1;
        let gap = &toks[ms[j].span.end..start - 1];
        let plain = |t: &Token| {
            t.is_word()
                && !t.is_cap()
                && self.lex.tverb(t).is_none_or(|(_, f)| {
                    !matches!(
                        f,
                        crate::lexicon::VerbForm::Past | crate::lexicon::VerbForm::Third
                    )
                })
        };
        let adjacent = gap.is_empty()
            || (gap.len() <= 6
                && gap.first().is_some_and(|t| t.lower == ",")
                && gap.last().is_some_and(|t| t.lower == ",")
                && gap.len() >= 3
                && gap[1..gap.len() - 1].iter().all(plain));
        let e = links[j]?;
        // (not the agent of a passive: "appointed by Trump as his envoy")
        let agent = ms[j].span.start > 0 && toks[ms[j].span.start - 1].lower == "by";
        (adjacent
            && !agent
            && !ms[j].possessive
            && matches!(ms[j].referent, Referent::Name { .. } | Referent::Known(_))
            && self.res.entities[e].kind == ActorKind::Person)
            .then_some(e)
    }

    /// An appointment to an office whose title follows mention `i` after
    /// "as": "Áñez named the veteran diplomat Karen Longaric as foreign
    /// minister", "Lima has appointed Ana Rojas as its new ambassador", and
    /// the passive "Vega, appointed by Rojas as her envoy". Gives the
    /// appointed entity, whose office it is (a person appointer's state,
    /// else the appointer) and the title's words. The other party is the
    /// mention right before the verb (the `sent` triggers that take a
    /// person: appoint, name, nominate, send, dispatch), past at
    /// most two words ("has", "on Wednesday"); the office is a title after
    /// "as", past a determiner and modifiers.
    fn appointment(
        &mut self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
    ) -> Option<(usize, usize, String)> {
        let (lex, toks) = (self.lex, self.toks);
        let m = &ms[i];
        let office = self.office_after_as(m.span.end)?;
        // the verb before the mention, past up to three lowercase words ("the
        // veteran diplomat"), or "by" after a participle (the passive)
        let mut v = m.span.start;
        let passive = v > 0 && toks[v - 1].lower == "by";
        if passive {
            v -= 1;
        }
        while !passive
            && v > 0
            && v + 3 > m.span.start
            && toks[v - 1].is_word()
            && !toks[v - 1].is_cap()
            && lex.tverb(&toks[v - 1]).is_none()
            && !lex.tis(&toks[v - 1], crate::lexicon::wc::PREP)
        {
            v -= 1;
        }
        let verb = v.checked_sub(1)?;
        if !self.appoints(verb, passive) {
            return None;
        }
        // the appointer: the mention ending at most two words before the verb
        let j = (0..i).rev().find(|&j| ms[j].span.end <= verb)?;
        // ("Vega, appointed by Rojas as ...", "Vega, who was appointed by":
        // a relative clause of the appointed)
        let relative = |t: &Token| {
            t.lower == ","
                || lex.tis(
                    t,
                    crate::lexicon::wc::RELATIVE | crate::lexicon::wc::BE | crate::lexicon::wc::AUX,
                )
        };
        if verb - ms[j].span.end > if passive { 4 } else { 2 }
            || toks[ms[j].span.end..verb].iter().any(|t| {
                if passive {
                    !relative(t)
                } else {
                    !t.is_word() || lex.tis(t, crate::lexicon::wc::RELATIVE)
                }
            })
            || ms[j].possessive
        {
            return None;
        }
        let (member, by) = if passive {
            (links[j]?, links[i]?)
        } else {
            (links[i]?, links[j]?)
        };
        self.appointed(member, by, office)
    }

    /// The office named after "as" at `k`, past up to three determiners
    /// and modifiers ("as his senior adviser"): the title's tokens.
    fn office_after_as(&self, k: usize) -> Option<std::ops::Range<usize>> {
        let (lex, toks) = (self.lex, self.toks);
        if toks.get(k)?.lower != "as" {
            return None;
        }
        let from = k + 1;
        let mut k = from;
        while k < from + 3
            && toks.get(k).is_some_and(|t| {
                lex.tis(t, crate::lexicon::wc::DET) || lex.is_title_modifier(t.lower)
            })
        {
            k += 1;
        }
        let title = lex
            .tgazetteer_at(&toks[k.min(toks.len())..])
            .iter()
            .find(|g| matches!(g.target, Target::Title(_)) && g.matches(self.text, &toks[k..]))?;
        Some(k..k + title.tokens.len())
    }

    /// Whether the verb at `verb` appoints: one of the lexicon's `sent`
    /// triggers that takes a person (appoint, name, nominate, send,
    /// dispatch), as a participle when `passive`.
    fn appoints(&self, verb: usize, passive: bool) -> bool {
        let lex = self.lex;
        let Some(sent) = lex.label("sent") else {
            return false;
        };
        lex.ttriggers(&self.toks[verb]).iter().any(|&(t, f)| {
            let trig = &lex.triggers[t];
            trig.label == sent
                && trig.person_object
                && trig.kind == crate::lexicon::TriggerKind::Verb
                && (!passive || f == crate::lexicon::VerbForm::PastOrParticiple)
        })
    }

    /// The appointment of `member` by `by` to the office at `office`: the
    /// member, whose office it is (a person appointer's state, else the
    /// appointer) and the office's words.
    fn appointed(
        &mut self,
        member: usize,
        by: usize,
        office: std::ops::Range<usize>,
    ) -> Option<(usize, usize, String)> {
        let owner = match self.res.entities[by].kind {
            ActorKind::Person => self.country_entity(self.res.entities[by].country?),
            _ => by,
        };
        Some((member, owner, self.surface(&office).to_string()))
    }

    /// "Boulos, whom Trump named as his senior adviser": the appointment in
    /// an object relative clause, its appointer at `i`: the appointed
    /// (the antecedent before ", whom"), the appointer's state or body, and
    /// the office's words.
    fn relative_appointment(
        &mut self,
        ms: &[Mention],
        links: &[Option<usize>],
        i: usize,
    ) -> Option<(usize, usize, String)> {
        let toks = self.toks;
        let m = &ms[i];
        let verb = m.span.end;
        if i == 0
            || m.span.start < 2
            || toks[m.span.start - 1].lower != "whom"
            || toks[m.span.start - 2].lower != ","
            || verb >= toks.len()
            || ms[i - 1].span.end + 2 != m.span.start
            || !self.appoints(verb, false)
        {
            return None;
        }
        let office = self.office_after_as(verb + 1)?;
        let (member, by) = (links[i - 1]?, links[i]?);
        if self.res.entities[member].kind != ActorKind::Person || member == by {
            return None;
        }
        self.appointed(member, by, office)
    }

    /// Whether an organization's mention names a party or a movement: a
    /// word of its name is a party noun ("Movement for Socialism", "Likud
    /// Party"), or one follows it ("the Civic Community alliance").
    fn is_party(&self, m: &Mention) -> bool {
        let lex = self.lex;
        let after = self
            .toks
            .get(m.span.end)
            .filter(|t| t.is_word() && !t.is_cap());
        // (the head, and a party noun the span holds after it: "the
        // Democratic Centre party")
        self.toks[m.head.start..m.head.end.max(m.span.end)]
            .iter()
            .chain(after)
            .any(|t| lex.is_party_noun(t.lower))
    }

    fn affiliate(&mut self, member: usize, owner: usize, sentence: usize, trigger: String) {
        // (a state belongs only to a body it is a member of: "Greece and
        // Turkey, two NATO members")
        if self.res.entities[member].kind == ActorKind::Country
            && self.res.entities[owner].kind != ActorKind::Organization
        {
            return;
        }
        // "Russian Foreign Ministry spokeswoman Maria Zakharova", "African
        // Union Commission Chairperson Youssouf": an official of a state or
        // organization's body, named with its owner, belongs to the owner too
        if self.res.entities[member].kind == ActorKind::Person
            && self.res.entities[owner].kind == ActorKind::Organization
            && let Some(parent) = self.lex.body_owner(&self.res.entities[owner].label)
        {
            let parent = match parent {
                Target::CountryName(c) | Target::Demonym(c) => Some(self.country_entity(c)),
                Target::Actor(a) => Some(self.known_entity(a)),
                _ => None,
            };
            if let Some(p) = parent.filter(|&p| p != owner && p != member) {
                self.push_affiliation(member, p, sentence, trigger.clone());
            }
        } else if self.res.entities[member].kind == ActorKind::Person
            && let Some(a) = self.label_actor(owner)
            && self.lex.actors[a].roles.iter().any(|r| r == "gov")
            && let Some(c) = self.lex.actors[a].country
        {
            // "U.S. Treasury Secretary Steven Mnuchin": an official of a state's
            // known government body ("Treasury Department") serves the state
            let state = self.country_entity(c);
            if state != member {
                self.push_affiliation(member, state, sentence, trigger.clone());
            }
        }
        self.push_affiliation(member, owner, sentence, trigger);
    }

    fn push_affiliation(&mut self, member: usize, owner: usize, sentence: usize, trigger: String) {
        if self.res.entities[member].country.is_none()
            && self.res.entities[owner].kind == ActorKind::Country
        {
            self.res.entities[member].country = self.res.entities[owner].country;
        }
        if !self
            .res
            .affiliations
            .iter()
            .any(|a| a.member == member && a.owner == owner && a.sentence == sentence)
        {
            self.res.affiliations.push(Affiliation {
                member,
                owner,
                sentence,
                trigger,
            });
        }
    }

    fn description(
        &mut self,
        _s: usize,
        ms: &'a [Mention],
        links: &[Option<usize>],
        i: usize,
        head: &str,
        country: Option<usize>,
    ) -> Option<usize> {
        let m = &ms[i];
        // "NAME, the US president's Ukraine envoy": a possessed description in apposition
        // ("NAME, his Chinese counterpart,": a possessive pronoun too)
        let possessed = i > 0
            && ms[i - 1].possessive
            && (ms[i - 1].span.end + 1 == m.span.start
                || (matches!(ms[i - 1].referent, Referent::Pronoun(_))
                    && ms[i - 1].span.end == m.span.start));
        if possessed {
            // ("the Ugandan minister met his Kenyan counterpart": the person
            // of that state named before with one of the possessor's offices)
            if head.is_empty()
                && let Some(c) = country
                && let Some(owner) = links[i - 1]
                && self.res.entities[owner].kind == ActorKind::Person
            {
                let mut roles: Vec<&str> = self.res.entities[owner]
                    .roles
                    .iter()
                    .map(String::as_str)
                    .collect();
                roles.extend(
                    (0..i)
                        .filter(|&j| links[j] == Some(owner))
                        .filter_map(|j| ms[j].role.as_deref()),
                );
                let peer = self.most_recent(|this, e| {
                    let x = &this.res.entities[e];
                    e != owner
                        && x.kind == ActorKind::Person
                        && x.country == Some(c)
                        && x.roles.iter().any(|r| roles.contains(&r.as_str()))
                });
                if peer.is_some() {
                    return peer;
                }
            }
            if i > 1 {
                let p = &ms[i - 2];
                // "NAME, (the) EU's foreign policy chief"
                let gap = ms[i - 1].span.start - p.span.end.min(ms[i - 1].span.start);
                if (gap == 1 || (gap == 2 && self.toks[p.span.end + 1].lower == "the"))
                    && self.toks[p.span.end].lower == ","
                    && let Some(e) = links[i - 2]
                    && self.res.entities[e].kind == ActorKind::Person
                {
                    return Some(e);
                }
            }
            if i + 1 < ms.len() {
                let n = &ms[i + 1];
                if m.span.end + 1 == n.span.start
                    && self.toks[m.span.end].lower == ","
                    && let Some(e) = links[i + 1]
                    && self.res.entities[e].kind == ActorKind::Person
                {
                    return Some(e);
                }
            }
            // "the EU's special representative for Central Asia, Peter Burian"
            // (else, unnamed, an office of a body stands for the body: "The
            // EU's top diplomat urged Serbia", as "China's top diplomat"
            // stands for China)
            // (but a person who held the office earlier in the article is
            // that person again: "Josep Borrell, the EU's foreign policy
            // chief, ... The EU's foreign policy chief later urged")
            return self.name_after_office_phrase(ms, links, i).or_else(|| {
                // ("Warsaw's ambassador to Germany": a state named by its
                // capital, whose office stands for it as "Poland's" does)
                let body = links[i - 1].filter(|&o| {
                    matches!(
                        self.res.entities[o].kind,
                        ActorKind::Organization | ActorKind::Country
                    ) && self.lex.is_title_role(head)
                        && !self.indefinite(m)
                })?;
                let state = self.res.entities[body]
                    .country
                    .filter(|_| self.res.entities[body].kind == ActorKind::Country);
                let covers = self.lex.covered_roles(head);
                self.most_recent(|this, e| {
                    this.res.entities[e].kind == ActorKind::Person
                        && this.has_head(e, head, covers)
                        && state.is_none_or(|c| this.res.entities[e].country == Some(c))
                })
                .or(Some(body))
            });
        }
        // ("the electoral council": a word of the body's name before its
        // head noun, both in the name)
        let (modifier, head) = match head.split_once('+') {
            Some((w, noun)) => (Some(w), noun),
            None => (None, head),
        };
        let h = Head::new(self.lex, head);
        // apposition: "NAME, the ROLE" or "the ROLE, NAME"
        if i > 0 && !m.possessive {
            let p = &ms[i - 1];
            // (past an article and office adjectives the description's span
            // leaves out: "NAME, the top U.S. diplomat")
            let gap_ok = |k: std::ops::Range<usize>| {
                k.len() <= 3
                    && self.toks[k].iter().all(|t| {
                        matches!(t.lower, "the" | "a" | "an") || self.lex.is_title_modifier(t.lower)
                    })
            };
            if p.span.end < m.span.start
                && self.toks[p.span.end].lower == ","
                && gap_ok(p.span.end + 1..m.span.start)
                && let Some(e) = links[i - 1]
                && !matches!(
                    p.referent,
                    Referent::Description { .. } | Referent::Pronoun(_)
                )
                && self.compatible(e, &h)
            {
                return Some(e);
            }
        }
        if i + 1 < ms.len() {
            let n = &ms[i + 1];
            if m.span.end + 1 == n.span.start
                && self.toks[m.span.end].lower == ","
                && let Some(e) = links[i + 1]
                && self.res.entities[e].kind == ActorKind::Person
                && matches!(n.referent, Referent::Name { .. } | Referent::Known(_))
            {
                return Some(e);
            }
        }
        // "Japan's ambassador to China, Kenji Kanasugi"
        if let Some(e) = self.name_after_office_phrase(ms, links, i) {
            return Some(e);
        }
        // ("expelled a Russian diplomat", "one Chinese official": an
        // indefinite description names someone new, not one named before)
        if self.indefinite(m) {
            return None;
        }
        // antecedent: the most recent actor with this role / head noun (and country)
        let pos = m.span.start;
        let covers = self.lex.covered_roles(head);
        // ("Algeria recalled its ambassador": the office of the state "its"
        // stands for, not another state's ambassador named before)
        let owner_country = if matches!(self.toks[pos].lower, "its" | "their") {
            (0..i)
                .rev()
                .filter_map(|j| links[j])
                .find(|&e| self.res.entities[e].kind == ActorKind::Country)
                .and_then(|e| self.res.entities[e].country)
        } else {
            None
        };
        let fits = |this: &Self, e: usize| -> bool {
            let ent = &this.res.entities[e];
            if let Some(c) = country
                && ent.country != Some(c)
            {
                return false;
            }
            if let Some(c) = owner_country
                && ent.country.is_some_and(|x| x != c)
            {
                return false;
            }
            this.compatible(e, &h)
                && this.has_head(e, head, covers)
                && modifier.is_none_or(|w| label_has_word(&ent.label, w))
        };
        // (a name earlier in this sentence has not had its title's role and
        // country recorded yet: "met Peruvian Foreign Minister X and told the
        // Peruvian envoy")
        // (or a description of it: "summoned Uganda's ambassador, John
        // Okello, ... rebuked the diplomat")
        let titled = |mj: &Mention| {
            (mj.role
                .as_deref()
                .is_some_and(|r| Self::role_fits(r, head, covers))
                || (owner_country.is_none()
                    && matches!(&mj.referent, Referent::Description { head: h2, .. }
                        if Self::role_fits(h2, head, covers))))
                && country.is_none_or(|c| mj.country == Some(c))
        };
        // ("where he rebuked the diplomat": not the subject of the verb
        // the description is the object of, who would be "himself")
        let own_subject = i
            .checked_sub(1)
            .filter(|&j| {
                let gap = self.toks.get(ms[j].span.end..pos).unwrap_or_default();
                (1..=3).contains(&gap.len())
                    && gap.iter().all(|t| t.is_word() && !t.is_cap())
                    // (a verb that takes it as object; a reporting verb takes
                    // a clause: "the chief said the bloc stood")
                    && gap.iter().any(|t| {
                        !crate::relation::is_reporting(t.lower)
                            && self.lex.tverb(t).is_some_and(|(_, f)| {
                                matches!(
                                    f,
                                    VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Third
                                )
                            })
                    })
                    && !gap
                        .iter()
                        .any(|t| matches!(t.lower, "that" | "and" | "who" | "which" | "to"))
            })
            .and_then(|j| links[j]);
        let fits = |this: &Self, e: usize| Some(e) != own_subject && fits(this, e);
        for (j, mj) in ms.iter().enumerate().take(i).rev() {
            if mj.span.end <= pos
                && let Some(e) = links[j]
                && Some(e) != own_subject
                && (fits(self, e)
                    || (self.res.entities[e].kind == ActorKind::Person
                        && titled(mj)
                        && self.compatible(e, &h)))
            {
                return Some(e);
            }
        }
        if let Some(e) = self.most_recent(fits) {
            return Some(e);
        }
        // (a body named only as an office's owner, in this sentence or
        // before: "NATO Secretary General Jens Stoltenberg said the alliance
        // stood with Poland")
        for mj in ms[..i].iter().rev() {
            if let Some(r) = &mj.owner
                && matches!(r, Referent::Known(_) | Referent::Name { .. })
                && let Some(e) = self.referent(r)
                && self.res.entities[e].kind == ActorKind::Organization
                && fits(self, e)
            {
                return Some(e);
            }
        }
        {
            self.owner_bodies
                .iter()
                .rev()
                .copied()
                .find(|&e| fits(self, e))
        }
    }

    /// Whether entity `e` can be described by `head` (people by roles, bodies by head nouns).
    fn compatible(&self, e: usize, head: &Head) -> bool {
        let ent = &self.res.entities[e];
        match ent.kind {
            ActorKind::Person => !head.org || head.role,
            ActorKind::Country => false,
            // (or a body the article has called so: "as the junta calls itself")
            _ => {
                head.org
                    || label_has_word(&ent.label, head.word)
                    || ent.roles.iter().any(|r| r == head.word)
            }
        }
    }

    /// Whether a holder of `role` can be described by `head`: the role is
    /// the head or ends with it as a word ("special envoy"), or `head` is a
    /// generic noun covering the office ("the Ukrainian leader" for a
    /// president, "the Iranian envoy" for a foreign minister; current offices
    /// only: a "former president" is no leader).
    /// (`covers`: [`Lexicon::covered_roles`] of `head`, looked up once by
    /// the caller.)
    fn role_fits(role: &str, head: &str, covers: &[String]) -> bool {
        role.strip_suffix(head)
            .is_some_and(|p| p.is_empty() || p.ends_with(' '))
            || covers.iter().any(|c| c == role)
    }

    /// (`covers`: [`Lexicon::covered_roles`] of `head`.)
    fn has_head(&self, e: usize, head: &str, covers: &[String]) -> bool {
        let fits = |r: &String| Self::role_fits(r, head, covers);
        let ent = &self.res.entities[e];
        if ent.roles.iter().any(fits) {
            return true;
        }
        if let Some(a) = self.label_actor(e) {
            let k = &self.lex.actors[a];
            if k.heads.iter().any(|h| h == head) || k.roles.iter().any(fits) {
                return true;
            }
        }
        // ("the bloc" for the "Caribbean Community" the lexicon does not know)
        // ("the organisation" for the "Organization of American States":
        // either spelling)
        let other_spelling = match head {
            "organisation" => Some("organization"),
            "organization" => Some("organisation"),
            _ => None,
        };
        ent.kind != ActorKind::Person
            && (label_has_word(&ent.label, head)
                || other_spelling.is_some_and(|h| label_has_word(&ent.label, h))
                || (ent.kind == ActorKind::Organization
                    && self.label_actor(e).is_none()
                    // (not a state's own body: "the bloc" is no foreign ministry)
                    && ent.country.is_none()
                    // ("the group" for the ELN, an unknown acronym)
                    && matches!(head, "bloc" | "body" | "organization" | "organisation" | "group")))
    }
}

/// Whether the capital initials of `name`'s words and hyphenated parts
/// spell the acronym `acr` (as written in `text`), in order, from the first:
/// "Tehrik-i-Taliban Pakistan" for TTP, not "Intelligence and Security
/// Service" for SIS.
fn initials_spell(name: &str, acr: &crate::token::Token, text: &str) -> bool {
    let acr = &text[acr.start..acr.end];
    let mut letters = acr.bytes().filter(u8::is_ascii_uppercase);
    let mut want = letters.next();
    for (i, c) in capital_initials(name).enumerate() {
        if Some(c) == want {
            want = letters.next();
        } else if i == 0 {
            return false;
        }
    }
    want.is_none()
}

/// The capital initials of `name`'s words and hyphenated parts, in order
/// (lower-case words have none).
fn capital_initials(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.split([' ', '-'])
        .filter_map(|part| part.bytes().next().filter(u8::is_ascii_uppercase))
}

/// Whether `text` looks like an acronym: two to six capital letters.
fn is_acronym(text: &str) -> bool {
    (2..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the capital initials of `name`'s words and hyphenated parts,
/// every one of them, are `acr`'s letters: "Rapid Support Forces" for RSF,
/// "Bank of Central African States" for BCAS (lower-case words skipped); not
/// "Central African Republic" for CA, nor a one-word name.
fn initials_are(name: &str, acr: &str) -> bool {
    acr.len() > 1 && capital_initials(name).eq(acr.bytes())
}

/// Adds `s` to a set, allocating only when it is new.
fn add_new(set: &mut BTreeSet<String>, s: &str) {
    if !set.contains(s) {
        set.insert(s.to_string());
    }
}

/// A description's head noun, with what the lexicon says of it.
struct Head<'h> {
    word: &'h str,
    /// A head noun of a known actor ("airline").
    org: bool,
    /// The role of some title ("president").
    role: bool,
}

impl<'h> Head<'h> {
    fn new(lex: &Lexicon, word: &'h str) -> Self {
        let org = lex.is_actor_head(word);
        Head {
            word,
            org,
            role: org && lex.is_title_role(word),
        }
    }
}

/// Whether a word is a participle in "-ing" ("speaking", "accusing"), by
/// the lexicon's verb forms or its shape ([`crate::mention::is_verbish`]).
fn is_participle(lex: &Lexicon, t: &Token) -> bool {
    t.lower.ends_with("ing") && crate::mention::is_verbish(lex, t)
}

/// Whether a label holds `head` as a whole word, any case ("the embassy" ->
/// "United States Embassy in London", "the party" -> "Republican Party").
fn label_has_word(label: &str, head: &str) -> bool {
    label
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(head))
}
