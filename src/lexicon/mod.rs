//! Lexicons: the data the extractor reads, embedded in the binary.
//!
//! Every list is a small TSV file beside this module (`countries.tsv`,
//! `organizations.tsv`, `persons.tsv`, `titles.tsv`, `relations.tsv`,
//! `labels.tsv`, `verbs.tsv`, `words.tsv`; `abbreviations.txt` is read by
//! the tokenizer), embedded with
//! `include_str!` and parsed once into a [`Lexicon`]. A user dictionary of
//! extra actors (`--actors FILE`, see [`Lexicon::with_actors`]) extends and
//! overrides the embedded people and organizations.

use crate::error::{Error, ErrorKind, Result};
use crate::token::{Token, Tokens, tokenize};
use std::sync::LazyLock;

mod vocab;

/// The lexicon's maps use a fast non-cryptographic hasher: they are looked
/// up for every token, and their keys are our own data (or the user's
/// `--actors` file), not untrusted input.
type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;

/// The class of a relation (CAMEO/PLOVER quad class, or AF for standing ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Verbal cooperation.
    VC,
    /// Material cooperation.
    MC,
    /// Verbal conflict.
    VK,
    /// Material conflict.
    MK,
    /// A standing tie, not an event.
    AF,
}

impl Class {
    /// The class code as written in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::VC => "VC",
            Class::MC => "MC",
            Class::VK => "VK",
            Class::MK => "MK",
            Class::AF => "AF",
        }
    }

    /// Parses a class code.
    pub fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "VC" => Class::VC,
            "MC" => Class::MC,
            "VK" => Class::VK,
            "MK" => Class::MK,
            "AF" => Class::AF,
            _ => return None,
        })
    }
}

/// The kind of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A named individual.
    Person,
    /// A state.
    Country,
    /// A body: government agency, party, company, armed group, IGO.
    Organization,
    /// An unnamed but identifiable collective.
    Group,
}

impl ActorKind {
    /// The kind as written in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "person" => ActorKind::Person,
            "country" => ActorKind::Country,
            "organization" | "organisation" => ActorKind::Organization,
            "group" => ActorKind::Group,
            _ => return None,
        })
    }
}

/// A relation label from the ontology.
#[derive(Debug, Clone)]
pub struct Label {
    /// The label, e.g. `met`.
    pub name: String,
    /// Its class.
    pub class: Class,
    /// Whether it holds in both directions.
    pub symmetric: bool,
}

/// A country.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// Common English short name.
    pub name: String,
    /// The first demonym listed ("Moroccan"), to name a state's bodies
    /// ("the Moroccan foreign ministry" is the "Moroccan Foreign Ministry").
    pub demonym: Option<String>,
}

/// A known person or organization (embedded or from the user dictionary).
#[derive(Debug, Clone)]
pub struct KnownActor {
    /// Canonical label.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Country index into [`Lexicon::countries`], if affiliated.
    pub country: Option<usize>,
    /// Roles (people) or type (organizations).
    pub roles: Vec<String>,
    /// Head nouns of definite descriptions that refer to it ("the airline").
    pub heads: Vec<String>,
    /// `m` / `f` for people when known.
    pub gender: Option<char>,
    /// Media outlets and news agencies: sources, not actors of events.
    pub media: bool,
}

/// A title or role phrase.
#[derive(Debug, Clone)]
pub struct Title {
    /// Normalised role ("general" for "gen."); empty for honorifics.
    pub role: String,
    /// `title`, `honorific` or `noun`.
    pub kind: TitleKind,
}

/// How a title phrase is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// Stands before a name ("President Donald Trump").
    Title,
    /// Mr., Mrs., Dr.
    Honorific,
    /// A descriptive noun ("official", "negotiator").
    Noun,
}

/// What a gazetteer surface form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A country by name or alias.
    CountryName(usize),
    /// A country adjective or people ("Russian", "Russians").
    Demonym(usize),
    /// A capital or seat of government ("Moscow", "Kremlin").
    Seat(usize),
    /// A known person or organization (index into [`Lexicon::actors`]).
    Actor(usize),
    /// A title or role (index into [`Lexicon::titles`]).
    Title(usize),
    /// A place that is not an actor ("Europe", "Middle East").
    Place,
}

/// One gazetteer entry: a token sequence and its target.
#[derive(Debug, Clone)]
pub struct GazEntry {
    /// The surface tokens, original case.
    pub tokens: Vec<String>,
    /// What they stand for.
    pub target: Target,
    /// Each token lowercased (curly apostrophes straightened), computed
    /// once at load time so matching compares prepared strings.
    lower: Vec<String>,
    /// Each token's vocabulary id (set when the lexicon indexes its words)
    /// and how its case must match: [`CASE_ANY`], [`CASE_INITIAL`] or
    /// [`CASE_EXACT`]. Tokens with ids match by comparing them, and the
    /// common case reads this vector alone.
    ids: Vec<(u32, u8)>,
    /// `ids[1]` kept inline (or `UNASSIGNED`): most candidate entries fail on
    /// their second word, which this rejects without reaching the vectors.
    second: u32,
}

/// A lowercase gazetteer word matches any case.
const CASE_ANY: u8 = 0;
/// A capitalised gazetteer word needs a capital in the text.
const CASE_INITIAL: u8 = 1;
/// An all-caps abbreviation (`US`) must match exactly.
const CASE_EXACT: u8 = 2;

impl GazEntry {
    /// The entry's last word, lowercased ("party" for "Democratic Party").
    pub fn last_lower(&self) -> Option<&str> {
        self.lower.last().map(String::as_str)
    }

    fn new(tokens: Vec<String>, target: Target) -> Self {
        let ids = tokens
            .iter()
            .map(|t| {
                let (mut letters, mut upper) = (0, 0);
                for c in t.chars().filter(|c| c.is_alphabetic()) {
                    letters += 1;
                    upper += usize::from(c.is_uppercase());
                }
                let case = if letters >= 2 && upper == letters {
                    CASE_EXACT
                } else if t.chars().next().is_some_and(char::is_uppercase) {
                    CASE_INITIAL
                } else {
                    CASE_ANY
                };
                (crate::token::UNASSIGNED, case)
            })
            .collect();
        let lower = tokens
            .iter()
            .map(|t| t.to_lowercase().replace('\u{2019}', "'"))
            .collect();
        GazEntry {
            ids,
            second: crate::token::UNASSIGNED,
            tokens,
            target,
            lower,
        }
    }

    /// Whether the entry matches the text tokens starting at `toks[0]`
    /// (`toks` may be longer than the entry).
    pub fn matches(&self, text: &str, toks: &[Token]) -> bool {
        let n = self.lower.len();
        if toks.len() < n {
            return false;
        }
        if n >= 2
            && self.second != crate::token::UNASSIGNED
            && toks[1].id != crate::token::UNASSIGNED
            && toks[1].id != self.second
        {
            return false;
        }
        (0..n).all(|k| self.token_matches_at(k, text, &toks[k]))
    }

    /// Whether the entry's `k`-th token matches the text token `tok`: the
    /// same lowercase form, and a capital (or exact case for abbreviations)
    /// where the entry has one.
    pub fn token_matches_at(&self, k: usize, text: &str, tok: &Token) -> bool {
        let (id, case) = self.ids[k];
        let same = match (tok.id, id) {
            (crate::token::UNASSIGNED, _) | (_, crate::token::UNASSIGNED) => {
                *tok.lower == *self.lower[k]
            }
            (a, b) => a == b,
        };
        same && match case {
            CASE_EXACT => text[tok.start..tok.end] == self.tokens[k],
            CASE_INITIAL => tok.is_cap(),
            _ => true,
        }
    }
}

/// One element of a trigger pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatTok {
    /// Literal alternatives.
    Words(Vec<String>),
    /// Optional literal.
    Optional(String),
    /// A gap of up to six words that holds no actor.
    Gap,
}

/// One of 64 bits for a word, from its length and its first and last bytes
/// (see [`Trigger::rest_masks`]): equal words have equal bits.
#[inline]
pub fn word_bit(w: &str) -> u64 {
    let b = w.as_bytes();
    let first = u32::from(b.first().copied().unwrap_or(0));
    let last = u32::from(b.last().copied().unwrap_or(0));
    1 << (((b.len() as u32).wrapping_mul(13) ^ first ^ (last << 2)) % 64)
}

/// How a trigger is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    /// An inflected verb.
    Verb,
    /// A noun (singular or plural).
    Noun,
    /// A fixed phrase.
    Phrase,
}

/// A compiled relation trigger.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Index into [`Lexicon::labels`].
    pub label: usize,
    /// Verb, noun or phrase.
    pub kind: TriggerKind,
    /// The anchor word (verb lemma / noun / first word).
    pub anchor: String,
    /// The rest of the pattern.
    pub rest: Vec<PatTok>,
    /// Swap subject and object.
    pub inverse: bool,
    /// The object must be a person.
    pub person_object: bool,
    /// The object may follow after a comma.
    pub clause_object: bool,
    /// Coordinated subjects without an object relate to each other.
    pub reciprocal: bool,
    /// The object is a coordinated pair ("between A and B").
    pub between: bool,
    /// A bare event noun whose object is what stands "under" it ("X is under US sanctions").
    pub patient: bool,
    /// An event noun after a compound of actors (`the Israeli-Cypriot-Greek
    /// effort`, `US-Russia talks`): the relation holds among them.
    pub joint: bool,
    /// A relational noun owned by its object and set in apposition to its
    /// subject: "China, North Korea's main ally," (China allied_with North Korea).
    pub appos: bool,
    /// The subject must be a person ("the army, led by Gen. X").
    pub person_subject: bool,
    /// A claim of an earlier event: the object is the target of the
    /// article's last event of this relation whose agent went unnamed ("oil
    /// facilities were hit by drone strikes ... X claimed responsibility for
    /// the attacks": X attacked the facilities' owner).
    pub claim: bool,
    /// Coordinated subjects act together and are not parties to each other
    /// ("Qatar and Egypt brokered the deal": co-mediators).
    pub no_pairs: bool,
    /// What a country owns stands for it as the object ("seized a Greek
    /// tanker", "froze Russian assets").
    pub owned: bool,
    /// Without an object it names itself, the trigger is a stance of support
    /// toward what it names ("welcomed the deal between Iran and the US",
    /// "welcomed China's proposal"; "welcomed Modi" stays a meeting).
    pub stance: bool,
    /// Thanks: "thanked Japan for its support" makes the one thanked the
    /// supporter of the thanker.
    pub thanks: bool,
    /// The verb also names what its object is called ("called Zelensky a
    /// liar"), which is not the relation.
    pub naming: bool,
    /// A relation only when what the verb names its object judges it
    /// ("described the move as reckless"): blame gives `criticized`, praise
    /// `supported`, anything else nothing.
    pub judge: bool,
    /// Only as a terrorist ("designated the ELN a terrorist organisation").
    pub terror: bool,
    /// Only with a weapon as its instrument ("targeted Israel with
    /// missiles"; "targeted voters" is none).
    pub armed: bool,
    /// Only with a penalty as its instrument ("hit Russia with new
    /// sanctions").
    pub penal: bool,
    /// Only when its object is told to leave ("ordered two Russian
    /// diplomats to leave"): an expulsion.
    pub expel: bool,
    /// Only when its object is told to do something other than leave
    /// ("ordered Ecuador to lift the tariffs"): an order, which urges.
    pub order: bool,
    /// Only when its object is called an ally, partner or friend after it
    /// ("regards France as its oldest ally").
    pub called_ally: bool,
    /// Only when "with" follows its object ("provided Nicaragua with rice"):
    /// what is given comes after.
    pub supplied: bool,
    /// The object must be an organization ("Finland joined NATO", not
    /// "Hungary joined Poland in blocking the package").
    pub org_object: bool,
    /// The object must be no person named as such: dismissing a minister or
    /// a government is removing them from office, not opposing them
    /// ("dismissed the government of Prime Minister Askar Mamin", but
    /// "dismissed Rubio's claims").
    pub no_person_object: bool,
    /// Only when its object is declared "persona non grata" after it.
    pub persona_non_grata: bool,
    /// Only in a relative clause whose antecedent is an agreement ("the
    /// memorandum, which Ethiopia and Somaliland signed").
    pub agreement_relative: bool,
    /// For each element of `rest`, the [`word_bit`]s of its words (none for
    /// a `Gap`): a word whose bit is not set is none of them, which matching
    /// tells without comparing strings. Set when the lexicon indexes its words.
    pub rest_masks: Vec<u64>,
    /// Whether `rest` ends in a preposition ("meet with", "provide NP to").
    /// Set with `rest_masks`.
    pub ends_in_prep: bool,
    /// Whether the anchor is a control verb ("urge X to"). Set with `rest_masks`.
    pub control: bool,
}

/// The form of an inflected verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// Base form (meet).
    Base,
    /// Third person singular (meets).
    Third,
    /// Simple past (met), which may also be a participle.
    Past,
    /// Past participle only (spoken).
    Participle,
    /// Past and participle are the same (met, invited).
    PastOrParticiple,
    /// -ing form (meeting).
    Gerund,
}

/// Word classes from `words.tsv`, as bit flags.
#[allow(missing_docs)]
pub mod wc {
    pub const STOP: u32 = 1;
    pub const TIME: u32 = 1 << 1;
    pub const COLLECTIVE: u32 = 1 << 2;
    pub const ORGHEAD: u32 = 1 << 3;
    pub const METONYM: u32 = 1 << 4;
    pub const HE: u32 = 1 << 5;
    pub const SHE: u32 = 1 << 6;
    pub const NEGATION: u32 = 1 << 7;
    pub const REFUSAL: u32 = 1 << 8;
    pub const CONTROL: u32 = 1 << 9;
    pub const RELATIVE: u32 = 1 << 10;
    pub const BE: u32 = 1 << 11;
    pub const AUX: u32 = 1 << 12;
    pub const CLAUSEBREAK: u32 = 1 << 13;
    pub const INTENT: u32 = 1 << 14;
    pub const PLACE: u32 = 1 << 15;
    pub const PLACEHEAD: u32 = 1 << 16;
    pub const THREAT: u32 = 1 << 17;
    pub const INTENTION: u32 = 1 << 18;
    /// Plural nouns for people ("individuals", "citizens"): a counted group of a
    /// country's people is a group actor ("33 Russian individuals").
    pub const PEOPLE: u32 = 1 << 19;
    /// Plural nouns that count actors named before ("both sides", "the two
    /// countries").
    pub const PLURALHEAD: u32 = 1 << 20;
    /// Prepositions.
    pub const PREP: u32 = 1 << 21;
    /// Determiners and possessives that open a noun phrase ("the", "his", "'s").
    pub const DET: u32 = 1 << 22;
    /// A head noun of a known actor ("airline" for an airline); from the
    /// actors table, not from words.tsv.
    pub const ACTORHEAD: u32 = 1 << 23;
    /// Words that open a description, a count or a pronoun mention.
    pub const CUE: u32 = 1 << 24;
    /// Nouns for meetings and agreements ("summit", "accords"): a capital
    /// between a determiner and one of them is a place ("the Vienna summit").
    pub const VENUE: u32 = 1 << 25;
    /// Nouns that refer back to an event ("the move", "the decision").
    pub const EVENTREF: u32 = 1 << 26;
    /// Verbs whose infinitive of material conflict is a threat ("threatened
    /// to", "vowed to"), in every form.
    pub const MENACE: u32 = 1 << 27;
    /// Plural nouns for people acting for a group ("representatives of").
    pub const ENVOYS: u32 = 1 << 28;
    // (bits 29 to 31 are taken by `Token::known`)
}

/// All lexicons, parsed.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Relation labels in ontology order.
    pub labels: Vec<Label>,
    /// Countries.
    pub countries: Vec<Country>,
    /// Known people and organizations.
    pub actors: Vec<KnownActor>,
    /// Titles.
    pub titles: Vec<Title>,
    /// Compiled triggers.
    pub triggers: Vec<Trigger>,
    gazetteer: HashMap<String, Vec<GazEntry>>,
    trigger_index: HashMap<String, Vec<(usize, VerbForm)>>,
    verb_forms: HashMap<String, (String, VerbForm)>,
    words: HashMap<String, u32>,
    country_by_iso: HashMap<String, usize>,
    actor_by_name: HashMap<String, usize>,
    /// Known actors by an alias of several words ("Russian Ministry of
    /// Defence"), for names built from a possessor and a body's name.
    actor_by_alias: HashMap<String, usize>,
    /// Every head noun of `actors`, for [`Lexicon::is_actor_head`].
    actor_heads: std::collections::HashSet<String, rustc_hash::FxBuildHasher>,
    /// The last word of every known person's name, lowercase, for
    /// [`Lexicon::is_known_surname`].
    surnames: std::collections::HashSet<String, rustc_hash::FxBuildHasher>,
    /// Names of government bodies that every state has ("Foreign Office",
    /// "Ministry of Defence"), lowercase (words.tsv `govbody`).
    gov_bodies: Vec<String>,
    /// Nouns that make a name a government body's ("ministry", "commission":
    /// words.tsv `bodynoun`), lowercase.
    body_nouns: Vec<String>,
    /// Function words that may stand between an article and a title
    /// ("the former president", "the second vice-president").
    title_modifiers: Vec<String>,
    /// Nouns that make an organization a party or movement, which a
    /// person's possessive makes the person's ("Morales's Movement for
    /// Socialism").
    party_nouns: Vec<String>,
    /// Plural nouns for armed men that make the unknown name before them an
    /// armed group ("Wazalendo militiamen").
    armed_nouns: Vec<String>,
    local_nouns: Vec<String>,
    courtesy_titles: Vec<String>,
    /// Adjectives that start a body's own name when written capitalised
    /// before a known body's name ("High Security Council", "Supreme
    /// National Security Council" are not the UN's or the US's).
    name_modifiers: Vec<String>,
    creeds: Vec<String>,
    /// Verb forms of wrongdoing ("violated", "persecuting"): one said to
    /// have done it is blamed by the speaker. Sorted.
    wrongdoing: Vec<String>,
    /// Verb forms of attempting ("trying", "sought") before "to" and a
    /// wrongdoing ("was trying to undermine").
    attempts: Vec<String>,
    /// Verbs that put a noun of an act into motion ("resume", "launch")
    /// after a modal: "would resume strikes on" (words.tsv `lightverb`).
    light_verbs: Vec<String>,
    /// ISO codes of the states a news text calls "the kingdom" (words.tsv
    /// `kingdom`).
    kingdoms: Vec<String>,
    /// Particles that open a surname ("al", "van", "de"), lowercase
    /// (words.tsv `particle`): "Al Jaber" for "Mohammed Al Jaber".
    particles: Vec<String>,
    /// Participles of calling off ("cancelled", "postponed"): an event
    /// noun that is their passive subject did not happen.
    called_off: Vec<String>,
    aspect_verbs: Vec<String>,
    equipment: Vec<String>,
    arms: Vec<String>,
    penalties: Vec<String>,
    /// Nouns for leaving a country ("departure", "withdrawal").
    leaving_nouns: Vec<String>,
    /// Nouns for a state's joining a body ("membership", "bid").
    membership_nouns: Vec<String>,
    /// Nouns that, besides the organization heads, describe a body ("giant", "house").
    body_kinds: Vec<String>,
    /// Nouns for an act done to someone ("detention", "extradition").
    act_nouns: Vec<String>,
    /// Words that blame (`true`) or praise (`false`) what a verb of naming
    /// names ("called the decision reckless", "called the talks
    /// constructive"); looked up for the word after every event noun.
    judgements: HashMap<String, bool>,
    /// Nouns for an agreement ("deal", "accord"): a stance toward one with
    /// no parties named is toward the article's last agreement's parties.
    agreement_nouns: Vec<String>,
    /// Every role of `titles`, and whether a title of kind
    /// [`TitleKind::Title`] has it, for [`Lexicon::is_title_role`] and
    /// [`Lexicon::is_office`].
    title_roles: HashMap<String, bool>,
    /// The offices a generic role noun may describe (titles.tsv's fourth
    /// column): "leader" -> president, prime minister ...
    role_covers: HashMap<String, Vec<String>>,
    /// The relations an event noun may name (words.tsv `eventref` entries
    /// written `noun:label|label`); a noun not here may name any.
    /// Event nouns that name only some relations: (the labels, whether the
    /// noun names every relation but those instead).
    event_labels: HashMap<String, (Vec<usize>, bool)>,
    /// Every word any table knows, by id: one hash look-up per token at
    /// tokenization ([`Lexicon::tokenize`]) instead of one per question.
    vocab: HashMap<String, u32>,
    /// `vocab` again with each word's `Token::known` bits, in the table that
    /// [`Lexicon::tokenize`] looks every token up in.
    vocab_table: vocab::Vocab,
    by_id: Vec<WordInfo>,
    /// The id and known bits of each one-byte word (punctuation, `a`, `i`:
    /// a good part of all tokens), as [`Lexicon::tokenize`] gives them,
    /// by its byte: a table look-up instead of a hash look-up.
    one_byte: Vec<(u32, u32)>,
}

/// `Token::known`: the word has gazetteer entries.
const HAS_GAZ: u32 = 1 << 29;
/// `Token::known`: the word anchors triggers.
const HAS_TRIGGERS: u32 = 1 << 30;
/// `Token::known`: the word is a known verb form.
const HAS_VERB: u32 = 1 << 31;
/// The bits of `Token::known` that are not word classes.
const KNOWN_MASK: u32 = HAS_GAZ | HAS_TRIGGERS | HAS_VERB;

/// What the lexicon knows about one word (see [`Lexicon::tokenize`]).
#[derive(Debug, Clone, Default)]
struct WordInfo {
    gazetteer: Vec<GazEntry>,
    triggers: Vec<(usize, VerbForm)>,
    verb: Option<(String, VerbForm)>,
    /// The word's `Token::known` bits: its word classes, [`HAS_GAZ`],
    /// [`HAS_TRIGGERS`], [`HAS_VERB`].
    known: u32,
    /// Whether an entry of `gazetteer` can match whatever word follows:
    /// a one-word entry (or one whose second word has no id).
    gaz_any_next: bool,
    /// The [`second_bit`]s of the second words of `gazetteer`'s entries:
    /// unless `gaz_any_next`, an entry matches only before a word whose bit
    /// is set ([`Lexicon::tgazetteer_at`]).
    gaz_seconds: u64,
}

/// One of 64 bits for a word id (see `WordInfo::gaz_seconds`).
#[inline]
fn second_bit(id: u32) -> u64 {
    1 << (id % 64)
}

impl WordInfo {
    /// A word with these classes and entries, its `known` bits set from them.
    fn new(
        class: u32,
        gazetteer: Vec<GazEntry>,
        triggers: Vec<(usize, VerbForm)>,
        verb: Option<(String, VerbForm)>,
    ) -> Self {
        let known = class
            | if gazetteer.is_empty() { 0 } else { HAS_GAZ }
            | if triggers.is_empty() { 0 } else { HAS_TRIGGERS }
            | if verb.is_some() { HAS_VERB } else { 0 };
        let gaz_any_next = gazetteer
            .iter()
            .any(|e| e.ids.len() < 2 || e.second == crate::token::UNASSIGNED);
        let gaz_seconds = gazetteer
            .iter()
            .filter(|e| e.ids.len() >= 2)
            .fold(0, |m, e| m | second_bit(e.second));
        WordInfo {
            gazetteer,
            triggers,
            verb,
            known,
            gaz_any_next,
            gaz_seconds,
        }
    }
}

const LABELS: &str = include_str!("labels.tsv");
const COUNTRIES: &str = include_str!("countries.tsv");
const CITIES: &str = include_str!("cities.tsv");
const ORGANIZATIONS: &str = include_str!("organizations.tsv");
const PERSONS: &str = include_str!("persons.tsv");
const TITLES: &str = include_str!("titles.tsv");
const RELATIONS: &str = include_str!("relations.tsv");
const VERBS: &str = include_str!("verbs.tsv");
const WORDS: &str = include_str!("words.tsv");

/// The embedded lexicon, parsed once; a parse error is kept so that every
/// caller of [`Lexicon::try_embedded`] gets it.
static EMBEDDED: LazyLock<Result<Lexicon>> = LazyLock::new(Lexicon::parse_embedded);

/// Rows of a TSV file: (1-based line number, columns). Comments and blank lines skipped.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

fn lex_err(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Lexicon {
        file: file.to_string(),
        line,
        message: message.into(),
    })
}

fn col<'a>(cols: &[&'a str], i: usize) -> &'a str {
    cols.get(i).copied().unwrap_or("")
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

impl Lexicon {
    /// The embedded lexicon, parsed once on first use.
    ///
    /// # Panics
    /// When the embedded lexicon files are malformed (a build with broken
    /// data files; the unit tests catch that). Programs that report errors
    /// to a user, like the geokg binary, call [`try_embedded`](Self::try_embedded).
    pub fn embedded() -> &'static Lexicon {
        Self::try_embedded().unwrap_or_else(|e| panic!("embedded lexicon is invalid: {e}"))
    }

    /// The embedded lexicon, parsed once on first use, or the error (an
    /// [`ErrorKind::Lexicon`] naming the file and line) when its data files
    /// are malformed.
    pub fn try_embedded() -> Result<&'static Lexicon> {
        match &*EMBEDDED {
            Ok(lex) => Ok(lex),
            Err(e) => Err(match e.kind() {
                ErrorKind::Lexicon {
                    file,
                    line,
                    message,
                } => lex_err(file, *line, format!("embedded lexicon: {message}")),
                _ => Error::invalid(format!("embedded lexicon: {e}")),
            }),
        }
    }

    fn parse_embedded() -> Result<Lexicon> {
        let mut lex = Lexicon {
            labels: Vec::new(),
            countries: Vec::new(),
            actors: Vec::new(),
            titles: Vec::new(),
            triggers: Vec::new(),
            gazetteer: HashMap::default(),
            trigger_index: HashMap::default(),
            verb_forms: HashMap::default(),
            words: HashMap::default(),
            country_by_iso: HashMap::default(),
            actor_by_name: HashMap::default(),
            actor_by_alias: HashMap::default(),
            actor_heads: Default::default(),
            surnames: Default::default(),
            gov_bodies: Default::default(),
            body_nouns: Default::default(),
            title_modifiers: Default::default(),
            party_nouns: Default::default(),
            armed_nouns: Default::default(),
            local_nouns: Default::default(),
            courtesy_titles: Default::default(),
            name_modifiers: Default::default(),
            creeds: Default::default(),
            wrongdoing: Default::default(),
            attempts: Default::default(),
            light_verbs: Default::default(),
            kingdoms: Default::default(),
            particles: Default::default(),
            called_off: Default::default(),
            aspect_verbs: Default::default(),
            equipment: Default::default(),
            arms: Default::default(),
            penalties: Default::default(),
            leaving_nouns: Default::default(),
            membership_nouns: Default::default(),
            body_kinds: Default::default(),
            act_nouns: Default::default(),
            judgements: HashMap::default(),
            agreement_nouns: Default::default(),
            title_roles: HashMap::default(),
            role_covers: HashMap::default(),
            event_labels: HashMap::default(),
            vocab: Default::default(),
            vocab_table: Default::default(),
            by_id: Vec::new(),
            one_byte: Vec::new(),
        };
        lex.load_labels()?;
        lex.load_words()?;
        lex.load_countries()?;
        lex.load_cities()?;
        lex.load_actors(ORGANIZATIONS, "organizations.tsv", false)?;
        lex.load_actors(PERSONS, "persons.tsv", true)?;
        lex.load_titles()?;
        lex.load_verbs_and_triggers()?;
        lex.build_indexes();
        Ok(lex)
    }

    /// A copy of the embedded lexicon extended (and overridden) by a user
    /// dictionary of actors. Format (TSV, `#` comments): `name  kind  country
    /// aliases  roles`, where kind is person/organization/group, country an
    /// ISO-3 code or empty, and aliases and roles are `|`-separated.
    pub fn with_actors(path: &std::path::Path) -> Result<Lexicon> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut lex = Lexicon::parse_embedded()?;
        let file = path.display().to_string();
        for (line, cols) in rows(&text) {
            let name = col(&cols, 0);
            if name.is_empty() {
                return Err(lex_err(&file, line, "empty actor name"));
            }
            let kind = ActorKind::parse(col(&cols, 1)).ok_or_else(|| {
                lex_err(
                    &file,
                    line,
                    format!(
                        "unknown kind {:?} (person, organization, group or country)",
                        col(&cols, 1)
                    ),
                )
            })?;
            let country =
                match col(&cols, 2) {
                    "" => None,
                    c => Some(*lex.country_by_iso.get(c).ok_or_else(|| {
                        lex_err(&file, line, format!("unknown country code {c:?}"))
                    })?),
                };
            if kind == ActorKind::Country {
                let Some(ci) = country else {
                    return Err(lex_err(
                        &file,
                        line,
                        "a country entry needs its ISO-3 code in column 3",
                    ));
                };
                for a in std::iter::once(name).chain(list(col(&cols, 3))) {
                    lex.add_gaz(a, Target::CountryName(ci), true);
                }
                continue;
            }
            let actor = KnownActor {
                name: name.to_string(),
                kind,
                country,
                roles: list(col(&cols, 4)).map(str::to_lowercase).collect(),
                heads: Vec::new(),
                gender: None,
                media: false,
            };
            let idx = match lex.actor_by_name.get(name) {
                Some(&i) => {
                    lex.actors[i] = actor;
                    i
                }
                None => {
                    lex.actors.push(actor);
                    lex.actors.len() - 1
                }
            };
            lex.actor_by_name.insert(name.to_string(), idx);
            for a in std::iter::once(name).chain(list(col(&cols, 3))) {
                lex.add_gaz(a, Target::Actor(idx), true);
            }
        }
        lex.build_indexes();
        Ok(lex)
    }

    fn build_indexes(&mut self) {
        self.creeds.sort();
        self.creeds.dedup();
        self.wrongdoing.sort();
        self.wrongdoing.dedup();
        self.actor_heads = self
            .actors
            .iter()
            .flat_map(|a| a.heads.iter().cloned())
            .collect();
        self.surnames = self
            .actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter_map(|a| a.name.rsplit(' ').next())
            .map(str::to_lowercase)
            .collect();
        self.title_roles = HashMap::default();
        for t in &self.titles {
            *self.title_roles.entry(t.role.clone()).or_default() |= t.kind == TitleKind::Title;
        }
        self.index_words();
    }

    /// Gives every word of the word classes, the gazetteer, the trigger index
    /// and the verb forms an id, with everything known about it in `by_id`.
    fn index_words(&mut self) {
        let mut keys: Vec<String> = self
            .words
            .keys()
            .chain(self.gazetteer.keys())
            .chain(self.trigger_index.keys())
            .chain(self.verb_forms.keys())
            .chain(self.actor_heads.iter())
            .chain(
                self.gazetteer
                    .values()
                    .flatten()
                    .flat_map(|e| e.lower.iter()),
            )
            .cloned()
            .collect();
        keys.sort();
        keys.dedup();
        self.vocab = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i as u32))
            .collect();
        let vocab = &self.vocab;
        for e in self.gazetteer.values_mut().flatten() {
            for (id, l) in e.ids.iter_mut().zip(&e.lower) {
                id.0 = vocab[l.as_str()];
            }
            e.second = e.ids.get(1).map_or(crate::token::UNASSIGNED, |&(id, _)| id);
        }
        let is = |w: &str, flag: u32| self.words.get(w).is_some_and(|c| c & flag != 0);
        for t in &mut self.triggers {
            t.rest_masks = t
                .rest
                .iter()
                .map(|p| match p {
                    PatTok::Words(w) => w.iter().fold(0, |m, w| m | word_bit(w)),
                    PatTok::Optional(w) => word_bit(w),
                    PatTok::Gap => 0,
                })
                .collect();
            t.ends_in_prep = match t.rest.last() {
                Some(PatTok::Words(w)) => w.iter().any(|x| is(x, wc::PREP)),
                Some(PatTok::Optional(w)) => is(w, wc::PREP),
                _ => false,
            };
            t.control = is(&t.anchor, wc::CONTROL);
        }
        self.by_id = keys
            .iter()
            .map(|k| {
                let head = if self.actor_heads.contains(k.as_str()) {
                    wc::ACTORHEAD
                } else {
                    0
                };
                WordInfo::new(
                    self.class(k) | head,
                    self.gazetteer(k).to_vec(),
                    self.triggers_for(k).to_vec(),
                    self.verb_forms.get(k).cloned(),
                )
            })
            .collect();
        self.vocab_table = vocab::Vocab::new(&keys, |id| self.by_id[id].known);
        // (a one-byte string is one ASCII character)
        self.one_byte = (0..128u8)
            .map(|b| self.look_up(char::from(b).encode_utf8(&mut [0; 4])))
            .collect();
    }

    /// What the lexicon knows about a token: by its id when
    /// [`Lexicon::tokenize`] gave it one, else by its lowercase form.
    #[inline]
    fn info(&self, tok: &Token) -> Option<&WordInfo> {
        match tok.id {
            crate::token::UNKNOWN => None,
            crate::token::UNASSIGNED => self.vocab.get(tok.lower).map(|&i| &self.by_id[i as usize]),
            id => self.by_id.get(id as usize),
        }
    }

    /// [`Self::info`] when the token's `known` bits say it has `what`
    /// (one of [`HAS_GAZ`], [`HAS_TRIGGERS`], [`HAS_VERB`]): most tokens
    /// have none, and need no look-up.
    #[inline]
    fn info_with(&self, tok: &Token, what: u32) -> Option<&WordInfo> {
        if tok.id == crate::token::UNASSIGNED || tok.known & what != 0 {
            self.info(tok)
        } else {
            None
        }
    }

    /// Word-class flags of a token ([`Lexicon::class`] of its lowercase form).
    #[inline]
    pub fn tclass(&self, tok: &Token) -> u32 {
        if tok.id == crate::token::UNASSIGNED {
            self.info(tok).map_or(0, |w| w.known & !KNOWN_MASK)
        } else {
            tok.known & !KNOWN_MASK
        }
    }

    /// Whether a token has the word class `flag`.
    #[inline]
    pub fn tis(&self, tok: &Token, flag: u32) -> bool {
        self.tclass(tok) & flag != 0
    }

    /// Gazetteer entries starting with this token ([`Lexicon::gazetteer`]).
    #[inline]
    pub fn tgazetteer(&self, tok: &Token) -> &[GazEntry] {
        self.info_with(tok, HAS_GAZ)
            .map_or(&[], |w| w.gazetteer.as_slice())
    }

    /// The gazetteer entries starting with `toks[0]` that may match at
    /// `toks` ([`GazEntry::matches`]): those of [`Lexicon::tgazetteer`], or
    /// none when the next token is none of their second words. Most words
    /// that start entries start only entries of several words ("the" has a
    /// dozen), and the word after them rules all of them out, at once.
    #[inline]
    pub fn tgazetteer_at(&self, toks: &[Token]) -> &[GazEntry] {
        let Some(w) = toks.first().and_then(|t| self.info_with(t, HAS_GAZ)) else {
            return &[];
        };
        if !w.gaz_any_next {
            // (every entry has a second word with an id, which the next token
            // must have: `GazEntry::matches`)
            match toks.get(1).map(|t| t.id) {
                None | Some(crate::token::UNKNOWN) => return &[],
                Some(id)
                    if id != crate::token::UNASSIGNED && w.gaz_seconds & second_bit(id) == 0 =>
                {
                    return &[];
                }
                _ => {}
            }
        }
        &w.gazetteer
    }

    /// Triggers anchored on this token ([`Lexicon::triggers_for`]).
    #[inline]
    pub fn ttriggers(&self, tok: &Token) -> &[(usize, VerbForm)] {
        self.info_with(tok, HAS_TRIGGERS)
            .map_or(&[], |w| w.triggers.as_slice())
    }

    /// Whether a token is a verb in the past: a known past form ("met",
    /// "invited"), or a lowercase word of no known verb that ends in "-ed"
    /// ("barred", "abandoned").
    pub fn tpast(&self, tok: &Token) -> bool {
        match self.tverb(tok) {
            Some((_, form)) => matches!(form, VerbForm::Past | VerbForm::PastOrParticiple),
            None => !tok.is_cap() && tok.lower.len() > 4 && tok.lower.ends_with("ed"),
        }
    }

    /// The lemma and form of a token that is a known verb form.
    #[inline]
    pub fn tverb(&self, tok: &Token) -> Option<(&str, VerbForm)> {
        self.info_with(tok, HAS_VERB)
            .and_then(|w| w.verb.as_ref())
            .map(|(l, f)| (l.as_str(), *f))
    }

    /// Whether `w` is a head noun of a known actor ("airline" for an
    /// airline): a set lookup for `actors.iter().any(|a| a.heads.contains(w))`
    /// over the actors as loaded.
    pub fn is_actor_head(&self, w: &str) -> bool {
        self.actor_heads.contains(w)
    }

    /// Whether lowercase `w` is the last word of a known person's name
    /// ("peters" for Winston Peters).
    pub fn is_known_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// The offices whose holders the generic role noun `role` may describe
    /// ("leader": president, prime minister ...); empty for other roles.
    pub fn covered_roles(&self, role: &str) -> &[String] {
        self.role_covers.get(role).map_or(&[], Vec::as_slice)
    }

    /// Whether the event noun `noun` ("the move", "the protest") may name an
    /// event of relation `label`: "the protest" names a criticism, not an
    /// attack; "the move" names anything but a stance or a word.
    pub fn event_noun_fits(&self, noun: &str, label: usize) -> bool {
        self.event_labels
            .get(noun)
            .is_none_or(|(ls, except)| ls.contains(&label) != *except)
    }

    /// Whether `role` is the role of some title: a set lookup for
    /// `titles.iter().any(|t| t.role == role)` over the titles as loaded.
    pub fn is_title_role(&self, role: &str) -> bool {
        self.title_roles.contains_key(role)
    }

    /// Whether `role` is the role of an office title ("president"): a set
    /// lookup for `titles.iter().any(|t| t.role == role && t.kind ==
    /// TitleKind::Title)` over the titles as loaded.
    pub fn is_office(&self, role: &str) -> bool {
        self.title_roles.get(role).copied().unwrap_or(false)
    }

    /// The country a token names on its own as written, by its name or a
    /// demonym ("Saudi", "Belarusian", "U.S."): the country word inside a
    /// body's name ("Royal Saudi Air Force", "Belarusian KGB").
    pub fn tcountry_word(&self, text: &str, tok: &Token) -> Option<usize> {
        // (a bit test first: most words start no gazetteer entry)
        self.tgazetteer(tok).iter().find_map(|e| match e.target {
            Target::CountryName(k) | Target::Demonym(k)
                if e.tokens.len() == 1 && e.token_matches_at(0, text, tok) =>
            {
                Some(k)
            }
            _ => None,
        })
    }

    /// Whether a lowercase word may modify a title though it is a function
    /// word ("former", "second", "new").
    pub fn is_title_modifier(&self, lower: &str) -> bool {
        self.title_modifiers.iter().any(|w| w == lower)
    }

    /// Whether a lowercase word judges what it names: `Some(true)` when it
    /// blames ("reckless", "dictator"), `Some(false)` when it praises
    /// ("historic"), `None` otherwise.
    pub fn judgement(&self, lower: &str) -> Option<bool> {
        self.judgements.get(lower).copied()
    }

    /// Whether a lowercase word names an agreement ("deal", "accord").
    pub fn is_agreement_noun(&self, lower: &str) -> bool {
        self.agreement_nouns.iter().any(|w| w == lower)
    }

    /// Whether a lowercase plural noun names armed men, making an unknown
    /// name before it an armed group ("Wazalendo militiamen"). (Every such
    /// noun is also a `people` word: callers test that bit first.)
    pub fn is_armed_noun(&self, lower: &str) -> bool {
        self.armed_nouns.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names weapons or craft ("tanks", "drones"):
    /// an unknown capitalised word before one names a model.
    pub fn is_equipment(&self, lower: &str) -> bool {
        self.equipment.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names what an attack is made with: weapons
    /// and craft ([`Self::is_equipment`]) or fire ("strikes", "artillery").
    pub fn is_arms(&self, lower: &str) -> bool {
        self.is_equipment(lower) || self.arms.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names a penalty one state imposes on another
    /// ("sanctions", "tariffs").
    pub fn is_penalty(&self, lower: &str) -> bool {
        self.penalties.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names someone's leaving a country
    /// ("departure", "withdrawal"): whoever is asked for one is asked to go.
    pub fn is_leaving_noun(&self, lower: &str) -> bool {
        self.leaving_nouns.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names a state's joining a body after the
    /// body's name ("Sweden's NATO membership", "Ukraine's EU bid"): what
    /// the state owns, not a body of the state.
    pub fn is_membership_noun(&self, lower: &str) -> bool {
        self.membership_nouns.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names an act done to someone ("detention",
    /// "extradition"): what is done to the one after "of" is the act's, and
    /// a stance toward it is no stance toward that one.
    pub fn is_act_noun(&self, lower: &str) -> bool {
        self.act_nouns.iter().any(|w| w == lower)
    }

    /// Whether a token, as the head of a description, names a kind of body:
    /// an organization head ("party", "agency"), the head noun of a known
    /// actor ("airline") or another word for a body ("giant", "house").
    pub fn is_body_kind(&self, tok: &Token) -> bool {
        self.tis(tok, wc::ORGHEAD | wc::ACTORHEAD) || self.body_kinds.iter().any(|w| w == tok.lower)
    }

    /// Whether a lowercase word is a verb of aspect or success before "to"
    /// ("continued to support", "managed to reach"): the act after it happens.
    pub fn is_aspect_verb(&self, lower: &str) -> bool {
        self.aspect_verbs.iter().any(|w| w == lower)
    }

    /// Whether a lowercase noun names a state's people who act only at home,
    /// so that "NOUN in COUNTRY" stands for that country ("police in
    /// Belarus", "authorities in Minsk").
    pub fn is_local_noun(&self, lower: &str) -> bool {
        self.local_nouns.iter().any(|w| w == lower)
    }

    /// Whether a title's role is a rank of birth or courtesy ("prince",
    /// "sheikh") that an office before it outranks as the role: "Foreign
    /// Minister Prince Faisal" is the foreign minister.
    pub fn is_courtesy_title(&self, role: &str) -> bool {
        self.courtesy_titles.iter().any(|w| w == role)
    }

    /// Whether a lowercase adjective, capitalised before a known body's
    /// name, starts the name of another body ("High Security Council").
    pub fn is_name_modifier(&self, lower: &str) -> bool {
        self.name_modifiers.iter().any(|w| w == lower)
    }

    /// Whether a lowercase verb form names a wrongdoing one may be said
    /// to have done ("violated", "persecuting").
    pub fn is_wrongdoing(&self, lower: &str) -> bool {
        self.wrongdoing
            .binary_search_by(|w| w.as_str().cmp(lower))
            .is_ok()
    }

    /// Whether a lowercase verb form is one of attempting ("trying",
    /// "sought").
    pub fn is_attempt(&self, lower: &str) -> bool {
        self.attempts.iter().any(|w| w == lower)
    }

    /// Whether a lowercase verb puts a noun of an act into motion after a
    /// modal ("would resume strikes on", "will launch attacks on").
    pub fn is_light_verb(&self, lower: &str) -> bool {
        self.light_verbs.iter().any(|w| w == lower)
    }

    /// Whether a word opens a surname as a particle ("Al" of "Al Jaber"),
    /// in any case.
    pub fn is_name_particle(&self, word: &str) -> bool {
        self.particles.iter().any(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether country `c` (an index into `countries`) is a monarchy that
    /// news calls "the kingdom" (Saudi Arabia, Morocco, Thailand ...).
    pub fn is_kingdom(&self, c: usize) -> bool {
        self.countries.get(c).is_some_and(|k| {
            self.kingdoms
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&k.iso3))
        })
    }

    /// Whether a lowercase participle is one of calling off ("cancelled",
    /// "postponed").
    pub fn is_called_off(&self, lower: &str) -> bool {
        self.called_off.iter().any(|w| w == lower)
    }

    /// Whether a lowercase word is an adjective of faith or political camp
    /// ("shia", "republican"): capitalised before an office, it names no
    /// owner of the office.
    pub fn is_creed(&self, lower: &str) -> bool {
        // (sorted when the lexicon is indexed: asked of every lone
        // capitalised word)
        self.creeds
            .binary_search_by(|w| w.as_str().cmp(lower))
            .is_ok()
    }

    /// Whether a lowercase word makes an organization a party or movement.
    pub fn is_party_noun(&self, lower: &str) -> bool {
        self.party_nouns.iter().any(|w| w == lower)
    }

    /// Whether a body's name is one every state's government has ("the
    /// Foreign Office", "the Defence Ministry"), any case.
    pub fn is_gov_body(&self, name: &str) -> bool {
        // (a short list, compared without lowercasing a copy: this runs for
        // every name of every sentence)
        name.len() >= 8 && self.gov_bodies.iter().any(|b| b.eq_ignore_ascii_case(name))
    }

    /// Whether a lowercase word is a body noun ("commission", "council").
    pub fn is_body_noun(&self, lower: &str) -> bool {
        self.body_nouns.iter().any(|b| b == lower)
    }

    /// Whether a name has a body noun after its first word ("Chinese Foreign
    /// Ministry", "National Security Council"; not "Republican Party").
    pub fn names_body(&self, label: &str) -> bool {
        label
            .split(' ')
            .skip(1)
            .any(|w| self.body_nouns.iter().any(|b| w.eq_ignore_ascii_case(b)))
    }

    /// Whose body a government body's name says it is: the country or
    /// organization its name starts with, when a later word is a body noun
    /// ("Russian Foreign Ministry", "Turkish Ministry of Foreign Affairs":
    /// Russia, Turkey; "African Union Commission": the African Union; not
    /// "Syrian Democratic Forces", no body of Syria's).
    pub fn body_owner(&self, label: &str) -> Option<Target> {
        if !self.names_body(label) {
            return None;
        }
        let words: Vec<&str> = label.split(' ').collect();
        self.gazetteer(&words[0].to_lowercase())
            .iter()
            .find_map(|e| {
                let prefix = e.tokens.len() < words.len()
                    && e.tokens.iter().zip(&words).all(|(t, w)| t == w);
                let owner = match e.target {
                    Target::CountryName(_) | Target::Demonym(_) => true,
                    Target::Actor(a) => self.actors[a].kind == ActorKind::Organization,
                    _ => false,
                };
                (prefix && owner).then_some(e.target)
            })
    }

    /// Whether a word, as written, names a country on its own: its name, a
    /// demonym or a seat (`Israeli`, `US`, `Kremlin`). Used to split
    /// hyphenated compounds (`US-Russia`).
    pub fn is_country_word(&self, word: &str) -> bool {
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        self.gazetteer(&word.to_lowercase()).iter().any(|e| {
            e.tokens.len() == 1
                && matches!(
                    e.target,
                    Target::CountryName(_) | Target::Demonym(_) | Target::Seat(_)
                )
                && e.tokens[0].eq_ignore_ascii_case(word)
                && (e.tokens[0] != e.tokens[0].to_uppercase() || e.tokens[0] == word)
        })
    }

    /// Whether `word`, written in capitals, is a known organization's
    /// acronym ("UN", "EU", "NATO").
    pub fn is_org_acronym(&self, word: &str) -> bool {
        word.bytes().all(|b| b.is_ascii_uppercase())
            && self.gazetteer(&word.to_lowercase()).iter().any(|e| {
                e.tokens.len() == 1
                    && matches!(e.target, Target::Actor(a)
                        if self.actors[a].kind == ActorKind::Organization)
            })
    }

    /// Tokenizes a document, splitting compounds of country words
    /// (`Israeli-Cypriot-Greek`, `Iran-backed`) into their parts.
    pub fn tokenize(&self, text: &str) -> Tokens {
        let mut toks = tokenize(text);
        // (and an organization's acronym: "UN-recognised", "EU-Russia")
        toks.split_compounds(text, |w| {
            self.is_country_word(w) || (w.len() >= 2 && self.is_org_acronym(w))
        });
        toks.assign(|l, head| match *l.as_bytes() {
            [b] => self.one_byte[usize::from(b)],
            _ => self
                .vocab_table
                .get_packed(l, head)
                .unwrap_or((crate::token::UNKNOWN, 0)),
        });
        toks
    }

    /// A word's id and `Token::known` bits, or [`crate::token::UNKNOWN`].
    #[inline]
    fn look_up(&self, lower: &str) -> (u32, u32) {
        self.vocab_table
            .get(lower)
            .unwrap_or((crate::token::UNKNOWN, 0))
    }

    fn add_gaz(&mut self, surface: &str, target: Target, override_existing: bool) {
        let tokens: Vec<String> = tokenize(surface)
            .tokens()
            .iter()
            .map(|t| surface[t.start..t.end].to_string())
            .collect();
        if tokens.is_empty() {
            return;
        }
        let key = tokens[0].to_lowercase();
        let list = self.gazetteer.entry(key).or_default();
        if let Some(e) = list.iter_mut().find(|e| e.tokens == tokens) {
            if override_existing {
                e.target = target;
            }
            return;
        }
        list.push(GazEntry::new(tokens, target));
        list.sort_by_key(|e| std::cmp::Reverse(e.tokens.len()));
    }

    fn load_labels(&mut self) -> Result<()> {
        for (line, cols) in rows(LABELS) {
            let class = Class::parse(col(&cols, 1)).ok_or_else(|| {
                lex_err("labels.tsv", line, format!("bad class {:?}", col(&cols, 1)))
            })?;
            self.labels.push(Label {
                name: col(&cols, 0).to_string(),
                class,
                symmetric: col(&cols, 2) == "sym",
            });
        }
        Ok(())
    }

    fn load_words(&mut self) -> Result<()> {
        for (line, cols) in rows(WORDS) {
            // (lists read as they are, not word classes)
            let names = match col(&cols, 0) {
                "govbody" => Some(&mut self.gov_bodies),
                "bodynoun" => Some(&mut self.body_nouns),
                "titlemod" => Some(&mut self.title_modifiers),
                "partynoun" => Some(&mut self.party_nouns),
                "armednoun" => Some(&mut self.armed_nouns),
                "localnoun" => Some(&mut self.local_nouns),
                "courtesy" => Some(&mut self.courtesy_titles),
                "namemod" => Some(&mut self.name_modifiers),
                "creed" => Some(&mut self.creeds),
                "wrongdoing" => Some(&mut self.wrongdoing),
                "attempt" => Some(&mut self.attempts),
                "lightverb" => Some(&mut self.light_verbs),
                "kingdom" => Some(&mut self.kingdoms),
                "particle" => Some(&mut self.particles),
                "calledoff" => Some(&mut self.called_off),
                "aspectverb" => Some(&mut self.aspect_verbs),
                "equipment" => Some(&mut self.equipment),
                "arms" => Some(&mut self.arms),
                "penalty" => Some(&mut self.penalties),
                "leaving" => Some(&mut self.leaving_nouns),
                "membership" => Some(&mut self.membership_nouns),
                "bodykind" => Some(&mut self.body_kinds),
                "actnoun" => Some(&mut self.act_nouns),
                "agreementnoun" => Some(&mut self.agreement_nouns),
                _ => None,
            };
            if let blame @ ("blame" | "praise") = col(&cols, 0) {
                for w in col(&cols, 1).split_whitespace() {
                    self.judgements.insert(w.to_string(), blame == "blame");
                }
                continue;
            }
            if let Some(names) = names {
                names.extend(
                    col(&cols, 1)
                        .split_whitespace()
                        .map(|w| w.replace('_', " ")),
                );
                continue;
            }
            let flag = match col(&cols, 0) {
                "stop" => wc::STOP,
                "time" => wc::TIME,
                "place" => wc::PLACE,
                "collective" => wc::COLLECTIVE,
                "orghead" => wc::ORGHEAD,
                "metonym" => wc::METONYM,
                "he" => wc::HE,
                "she" => wc::SHE,
                "negation" => wc::NEGATION,
                "refusal" => wc::REFUSAL,
                "control" => wc::CONTROL,
                "relative" => wc::RELATIVE,
                "be" => wc::BE,
                "aux" => wc::AUX,
                "clausebreak" => wc::CLAUSEBREAK,
                "intent" => wc::INTENT,
                "placehead" => wc::PLACEHEAD,
                "threat" => wc::THREAT,
                "intention" => wc::INTENTION,
                "people" => wc::PEOPLE,
                "pluralhead" => wc::PLURALHEAD,
                "prep" => wc::PREP,
                "det" => wc::DET,
                "cue" => wc::CUE,
                "venue" => wc::VENUE,
                "eventref" => wc::EVENTREF,
                "menace" => wc::MENACE,
                "envoys" => wc::ENVOYS,
                other => {
                    return Err(lex_err(
                        "words.tsv",
                        line,
                        format!("unknown word class {other:?}"),
                    ));
                }
            };
            for w in col(&cols, 1).split_whitespace() {
                // "protest:criticized|opposed": an event noun naming only those relations
                let (w, labels) = w.split_once(':').unwrap_or((w, ""));
                if !labels.is_empty() {
                    if flag != wc::EVENTREF {
                        return Err(lex_err(
                            "words.tsv",
                            line,
                            format!("only eventref words take relations: {w:?}"),
                        ));
                    }
                    let (labels, except) = match labels.strip_prefix('!') {
                        Some(rest) => (rest, true),
                        None => (labels, false),
                    };
                    let mut ids = Vec::new();
                    for l in list(labels) {
                        ids.push(self.label(l).ok_or_else(|| {
                            lex_err(
                                "words.tsv",
                                line,
                                format!("unknown relation {l:?} for {w:?}"),
                            )
                        })?);
                    }
                    self.event_labels.insert(w.to_string(), (ids, except));
                }
                if flag == wc::PLACE {
                    let surface: String = w
                        .split('_')
                        .map(|p| {
                            let mut c = p.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    self.add_gaz(&surface, Target::Place, false);
                    continue;
                }
                let w = w.rsplit('_').next().unwrap_or(w);
                *self.words.entry(w.to_string()).or_default() |= flag;
                // the verb classes in every regular form ("refused", "rejects"),
                // so that a token's class answers at once
                if flag & (wc::REFUSAL | wc::MENACE) != 0 {
                    for (form, _) in regular_forms(w) {
                        *self.words.entry(form).or_default() |= flag;
                    }
                }
            }
        }
        Ok(())
    }

    fn load_countries(&mut self) -> Result<()> {
        for (line, cols) in rows(COUNTRIES) {
            let iso = col(&cols, 0);
            let name = col(&cols, 1);
            if iso.len() != 3 || name.is_empty() {
                return Err(lex_err(
                    "countries.tsv",
                    line,
                    "expected ISO-3 code and name",
                ));
            }
            let idx = self.countries.len();
            self.countries.push(Country {
                iso3: iso.to_string(),
                name: name.to_string(),
                demonym: list(col(&cols, 3)).next().map(str::to_string),
            });
            self.country_by_iso.insert(iso.to_string(), idx);
            self.add_gaz(name, Target::CountryName(idx), false);
            for a in list(col(&cols, 2)) {
                self.add_gaz(a, Target::CountryName(idx), false);
            }
            for a in list(col(&cols, 3)) {
                self.add_gaz(a, Target::Demonym(idx), false);
            }
            for a in list(col(&cols, 4)) {
                self.add_gaz(a, Target::Seat(idx), false);
            }
        }
        Ok(())
    }

    fn load_cities(&mut self) -> Result<()> {
        for (line, cols) in rows(CITIES) {
            let Some(&c) = self.country_by_iso.get(col(&cols, 0)) else {
                return Err(lex_err(
                    "cities.tsv",
                    line,
                    format!("unknown country code {:?}", col(&cols, 0)),
                ));
            };
            for city in list(col(&cols, 1)) {
                self.add_gaz(city, Target::Seat(c), false);
            }
        }
        Ok(())
    }

    fn load_actors(&mut self, text: &str, file: &str, persons: bool) -> Result<()> {
        for (line, cols) in rows(text) {
            let name = col(&cols, 0);
            if name.is_empty() {
                return Err(lex_err(file, line, "empty name"));
            }
            let (kind, country_col, aliases_col, roles, heads, gender, media);
            if persons {
                // name gender country roles aliases
                kind = ActorKind::Person;
                gender = col(&cols, 1).chars().next();
                country_col = col(&cols, 2);
                roles = list(col(&cols, 3)).map(str::to_string).collect::<Vec<_>>();
                aliases_col = col(&cols, 4);
                heads = Vec::new();
                media = false;
            } else {
                // name type country aliases heads
                kind = ActorKind::Organization;
                gender = None;
                let typ = col(&cols, 1);
                media = typ == "media";
                roles = if typ.is_empty() {
                    Vec::new()
                } else {
                    vec![typ.to_string()]
                };
                country_col = col(&cols, 2);
                aliases_col = col(&cols, 3);
                heads = list(col(&cols, 4)).map(str::to_lowercase).collect();
            }
            let country =
                match country_col {
                    "" => None,
                    c => Some(*self.country_by_iso.get(c).ok_or_else(|| {
                        lex_err(file, line, format!("unknown country code {c:?}"))
                    })?),
                };
            if self.actor_by_name.contains_key(name) {
                continue;
            }
            let idx = self.actors.len();
            self.actors.push(KnownActor {
                name: name.to_string(),
                kind,
                country,
                roles,
                heads,
                gender,
                media,
            });
            self.actor_by_name.insert(name.to_string(), idx);
            self.add_gaz(name, Target::Actor(idx), false);
            for a in list(aliases_col) {
                self.add_gaz(a, Target::Actor(idx), false);
                if a.contains(' ') {
                    self.actor_by_alias.entry(a.to_string()).or_insert(idx);
                }
            }
        }
        Ok(())
    }

    fn load_titles(&mut self) -> Result<()> {
        for (line, cols) in rows(TITLES) {
            let phrase = col(&cols, 0);
            let kind = match col(&cols, 2) {
                "title" => TitleKind::Title,
                "honorific" => TitleKind::Honorific,
                "noun" => TitleKind::Noun,
                k => {
                    return Err(lex_err(
                        "titles.tsv",
                        line,
                        format!("unknown title kind {k:?}"),
                    ));
                }
            };
            let covers = col(&cols, 3);
            if !covers.is_empty() {
                let role = col(&cols, 1);
                if role.is_empty() {
                    return Err(lex_err(
                        "titles.tsv",
                        line,
                        "a title that covers offices needs a role",
                    ));
                }
                let offices = self.role_covers.entry(role.to_string()).or_default();
                for c in list(covers) {
                    if !offices.iter().any(|x| x == c) {
                        offices.push(c.to_string());
                    }
                }
            }
            let idx = self.titles.len();
            self.titles.push(Title {
                role: col(&cols, 1).to_string(),
                kind,
            });
            self.add_gaz(phrase, Target::Title(idx), false);
        }
        Ok(())
    }

    fn load_verbs_and_triggers(&mut self) -> Result<()> {
        let mut irregular: HashMap<String, Vec<(String, VerbForm)>> = HashMap::default();
        for (line, cols) in rows(VERBS) {
            if cols.len() < 5 {
                return Err(lex_err("verbs.tsv", line, "expected 5 columns"));
            }
            let lemma = cols[0].to_string();
            let mut forms = vec![
                (lemma.clone(), VerbForm::Base),
                (cols[1].to_string(), VerbForm::Third),
            ];
            let pasts: Vec<&str> = list(cols[2]).collect();
            let parts: Vec<&str> = list(cols[3]).collect();
            for p in &pasts {
                let f = if parts.contains(p) {
                    VerbForm::PastOrParticiple
                } else {
                    VerbForm::Past
                };
                forms.push((p.to_string(), f));
            }
            for p in &parts {
                if !pasts.contains(p) {
                    forms.push((p.to_string(), VerbForm::Participle));
                }
            }
            forms.push((cols[4].to_string(), VerbForm::Gerund));
            for (f, vf) in &forms {
                self.verb_forms
                    .entry(f.clone())
                    .or_insert((lemma.clone(), *vf));
            }
            irregular.insert(lemma, forms);
        }
        for (line, cols) in rows(RELATIONS) {
            let label = self
                .labels
                .iter()
                .position(|l| l.name == col(&cols, 0))
                .ok_or_else(|| {
                    lex_err(
                        "relations.tsv",
                        line,
                        format!("unknown relation label {:?}", col(&cols, 0)),
                    )
                })?;
            let kind = match col(&cols, 1) {
                "verb" => TriggerKind::Verb,
                "noun" => TriggerKind::Noun,
                "phrase" => TriggerKind::Phrase,
                k => {
                    return Err(lex_err(
                        "relations.tsv",
                        line,
                        format!("unknown trigger kind {k:?}"),
                    ));
                }
            };
            let mut words = col(&cols, 2).split_whitespace();
            let Some(anchor_alts) = words.next() else {
                return Err(lex_err("relations.tsv", line, "empty pattern"));
            };
            let rest: Vec<PatTok> = words
                .map(|w| {
                    if w == "NP" {
                        PatTok::Gap
                    } else if let Some(o) = w.strip_suffix('?') {
                        PatTok::Optional(o.to_string())
                    } else {
                        PatTok::Words(w.split('|').map(str::to_string).collect())
                    }
                })
                .collect();
            let flags: Vec<&str> = col(&cols, 3).split(',').map(str::trim).collect();
            for anchor in anchor_alts.split('|') {
                let t = self.triggers.len();
                self.triggers.push(Trigger {
                    label,
                    kind,
                    anchor: anchor.to_string(),
                    rest: rest.clone(),
                    inverse: flags.contains(&"inv"),
                    person_object: flags.contains(&"person"),
                    clause_object: flags.contains(&"clause"),
                    reciprocal: flags.contains(&"recip"),
                    between: flags.contains(&"between"),
                    patient: flags.contains(&"patient"),
                    joint: flags.contains(&"joint"),
                    appos: flags.contains(&"appos"),
                    person_subject: flags.contains(&"person_subject"),
                    claim: flags.contains(&"claim"),
                    no_pairs: flags.contains(&"nopair"),
                    owned: flags.contains(&"owned"),
                    stance: flags.contains(&"stance"),
                    thanks: flags.contains(&"thanks"),
                    naming: flags.contains(&"naming"),
                    judge: flags.contains(&"judge"),
                    terror: flags.contains(&"terror"),
                    armed: flags.contains(&"armed"),
                    penal: flags.contains(&"penal"),
                    expel: flags.contains(&"expel"),
                    order: flags.contains(&"order"),
                    called_ally: flags.contains(&"called_ally"),
                    supplied: flags.contains(&"supplied"),
                    org_object: flags.contains(&"org"),
                    no_person_object: flags.contains(&"noperson"),
                    persona_non_grata: flags.contains(&"png"),
                    agreement_relative: flags.contains(&"relagree"),
                    rest_masks: Vec::new(),
                    ends_in_prep: false,
                    control: false,
                });
                let forms: Vec<(String, VerbForm)> = match kind {
                    TriggerKind::Verb => irregular
                        .get(anchor)
                        .cloned()
                        .unwrap_or_else(|| regular_forms(anchor)),
                    TriggerKind::Noun => noun_forms(anchor)
                        .into_iter()
                        .map(|f| (f, VerbForm::Base))
                        .collect(),
                    TriggerKind::Phrase => vec![(anchor.to_string(), VerbForm::Base)],
                };
                for (f, vf) in forms {
                    if kind == TriggerKind::Verb {
                        self.verb_forms
                            .entry(f.clone())
                            .or_insert((anchor.to_string(), vf));
                    }
                    let e = self.trigger_index.entry(f).or_default();
                    if !e.iter().any(|(x, _)| *x == t) {
                        e.push((t, vf));
                    }
                }
            }
        }
        Ok(())
    }

    /// Gazetteer entries whose first token is `lower`, longest first.
    pub fn gazetteer(&self, lower: &str) -> &[GazEntry] {
        self.gazetteer.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Triggers anchored on the word form `lower`, with the verb form it has.
    pub fn triggers_for(&self, lower: &str) -> &[(usize, VerbForm)] {
        self.trigger_index
            .get(lower)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The lemma and form of a known verb form.
    pub fn verb(&self, lower: &str) -> Option<(&str, VerbForm)> {
        self.verb_forms.get(lower).map(|(l, f)| (l.as_str(), *f))
    }

    /// Word-class flags of a lowercase word.
    pub fn class(&self, lower: &str) -> u32 {
        self.words.get(lower).copied().unwrap_or(0)
    }

    /// Whether `lower` has the word class `flag`.
    pub fn is(&self, lower: &str, flag: u32) -> bool {
        self.class(lower) & flag != 0
    }

    /// The country with this ISO-3 code.
    pub fn country_by_iso(&self, iso: &str) -> Option<usize> {
        self.country_by_iso.get(iso).copied()
    }

    /// A known actor by its canonical name.
    pub fn actor_by_name(&self, name: &str) -> Option<usize> {
        self.actor_by_name.get(name).copied()
    }

    /// A known actor by its canonical name or an alias of several words.
    pub fn actor_by_name_or_alias(&self, name: &str) -> Option<usize> {
        self.actor_by_name(name)
            .or_else(|| self.actor_by_alias.get(name).copied())
    }

    /// The label index of a relation name.
    pub fn label(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l.name == name)
    }
}

/// Regular inflections of a verb lemma, with doubling variants.
fn regular_forms(lemma: &str) -> Vec<(String, VerbForm)> {
    let mut out = vec![(lemma.to_string(), VerbForm::Base)];
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    let is_vowel = |c: char| "aeiou".contains(c);
    let last = chars.last().copied().unwrap_or(' ');
    let prev = if n >= 2 { chars[n - 2] } else { ' ' };
    // third person
    let third = if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || lemma.ends_with('o')
    {
        format!("{lemma}es")
    } else if last == 'y' && !is_vowel(prev) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    out.push((third, VerbForm::Third));
    // past
    let past = if last == 'e' {
        format!("{lemma}d")
    } else if last == 'y' && !is_vowel(prev) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    };
    out.push((past, VerbForm::PastOrParticiple));
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e'
        && !lemma.ends_with("ee")
        && !lemma.ends_with("ye")
        && !lemma.ends_with("oe")
    {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    };
    out.push((ing, VerbForm::Gerund));
    // consonant doubling (ban -> banned, travel -> travelled; British "l"
    // after any vowel: initial -> initialled, signal -> signalled)
    let cvc = n >= 3
        && !is_vowel(last)
        && !"wxy".contains(last)
        && is_vowel(prev)
        && (!is_vowel(chars[n - 3]) || last == 'l');
    if cvc {
        out.push((format!("{lemma}{last}ed"), VerbForm::PastOrParticiple));
        out.push((format!("{lemma}{last}ing"), VerbForm::Gerund));
    }
    out
}

/// Singular and plural of a trigger noun.
fn noun_forms(noun: &str) -> Vec<String> {
    let mut v = vec![noun.to_string()];
    if noun.ends_with('s') {
        return v;
    }
    if noun.ends_with('y') && !noun.ends_with("ey") && !noun.ends_with("ay") {
        v.push(format!("{}ies", &noun[..noun.len() - 1]));
    } else if noun.ends_with("ch") || noun.ends_with("sh") || noun.ends_with('x') {
        v.push(format!("{noun}es"));
    } else {
        v.push(format!("{noun}s"));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses_and_covers_every_label() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.labels.len(), 20);
        for (i, l) in lex.labels.iter().enumerate() {
            if l.name == "affiliated_with" {
                continue;
            }
            assert!(
                lex.triggers.iter().any(|t| t.label == i),
                "no trigger for {}",
                l.name
            );
        }
        assert!(lex.countries.len() > 190);
        assert!(lex.actors.len() > 200);
    }

    #[test]
    fn armed_nouns_are_people_nouns() {
        let lex = Lexicon::embedded();
        assert!(!lex.armed_nouns.is_empty());
        for w in &lex.armed_nouns {
            assert!(
                lex.is(w, wc::PEOPLE),
                "{w} is an armednoun but not a people word"
            );
        }
    }

    #[test]
    fn gazetteer_keys_are_unique_per_surface() {
        let lex = Lexicon::embedded();
        for (k, entries) in &lex.gazetteer {
            let mut seen = std::collections::HashSet::new();
            for e in entries {
                assert!(
                    seen.insert(e.tokens.clone()),
                    "duplicate surface {:?} under {k}",
                    e.tokens
                );
            }
        }
    }

    #[test]
    fn verbs_inflect() {
        let forms: Vec<String> = regular_forms("ban").into_iter().map(|(f, _)| f).collect();
        assert!(forms.contains(&"banned".to_string()) && forms.contains(&"banning".to_string()));
        let forms: Vec<String> = regular_forms("criticize")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert!(
            forms.contains(&"criticized".to_string()) && forms.contains(&"criticizing".to_string())
        );
        let forms: Vec<String> = regular_forms("travel")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert!(
            forms.contains(&"travelled".to_string()) && forms.contains(&"traveled".to_string())
        );
        let lex = Lexicon::embedded();
        assert_eq!(lex.verb("met"), Some(("meet", VerbForm::PastOrParticiple)));
        assert_eq!(lex.verb("urges"), Some(("urge", VerbForm::Third)));
    }

    #[test]
    fn abbreviations_match_exactly() {
        let text = "us US";
        let tz = tokenize(text);
        let toks = tz.tokens();
        let us = GazEntry::new(vec!["US".to_string()], Target::Place);
        assert!(!us.token_matches_at(0, text, &toks[0]));
        assert!(us.token_matches_at(0, text, &toks[1]));
    }
}
