//! The extraction pipeline for one article: [`Document`] -> [`Extraction`].
//!
//! text -> tokens -> sentences -> mentions -> resolution -> relations, plus
//! the `affiliated_with` ties that titles and descriptions give.

use crate::input::Document;
use crate::lexicon::{ActorKind, Class, Lexicon};
use crate::relation::SentenceExtractor;
use crate::{mention, resolve, sentence};
use std::collections::BTreeSet;
use std::sync::Arc;

/// An actor of one article, in output form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Canonical label.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// ISO-3 code of the actor's country, if known.
    pub country: Option<String>,
    /// Roles.
    pub roles: BTreeSet<String>,
    /// Surface forms.
    pub aliases: BTreeSet<String>,
    /// Mentions in the article.
    pub mentions: usize,
}

/// Where a triple was found.
///
/// The strings are shared (`Arc<str>`): every piece of evidence of an
/// article points to one copy of its id and date, and the triples of one
/// sentence to one copy of its text, so evidence is cheap to clone and the
/// graph holds each sentence once.
///
/// Ordered by article, then start, end, sentence, trigger, date and intention.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Evidence {
    /// Article id.
    pub article: Arc<str>,
    /// Byte offset of the sentence in the article text.
    pub start: usize,
    /// Byte offset one past the sentence's end.
    pub end: usize,
    /// The sentence text (`&text[start..end]`).
    pub sentence: Arc<str>,
    /// Trigger words.
    pub trigger: Arc<str>,
    /// Article date, if given.
    pub date: Option<Arc<str>>,
    /// A stated intention or plan.
    pub intended: bool,
}

/// Compares shared strings, skipping the comparison when both are one copy.
fn cmp_shared(a: &Arc<str>, b: &Arc<str>) -> std::cmp::Ordering {
    if Arc::ptr_eq(a, b) {
        std::cmp::Ordering::Equal
    } else {
        a.cmp(b)
    }
}

impl Ord for Evidence {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        cmp_shared(&self.article, &o.article)
            .then(self.start.cmp(&o.start))
            .then(self.end.cmp(&o.end))
            .then_with(|| cmp_shared(&self.sentence, &o.sentence))
            .then_with(|| cmp_shared(&self.trigger, &o.trigger))
            .then_with(|| match (&self.date, &o.date) {
                (Some(a), Some(b)) => cmp_shared(a, b),
                (a, b) => a.is_some().cmp(&b.is_some()),
            })
            .then(self.intended.cmp(&o.intended))
    }
}

impl PartialOrd for Evidence {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

/// One extracted relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Subject (index into [`Extraction::actors`]).
    pub subject: usize,
    /// Relation label.
    pub relation: String,
    /// Relation class.
    pub class: Class,
    /// Whether the relation is symmetric.
    pub symmetric: bool,
    /// Object (index into [`Extraction::actors`]).
    pub object: usize,
    /// Where it was found.
    pub evidence: Evidence,
}

/// What one article yields.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extraction {
    /// Article id.
    pub article: Arc<str>,
    /// Article date.
    pub date: Option<Arc<str>>,
    /// The article's actors.
    pub actors: Vec<Actor>,
    /// The relations, in text order.
    pub facts: Vec<Fact>,
}

/// Whether a sentence naming one actor may still yield a triple: it holds an
/// event noun, and either an earlier event is open to it (`open`: "Tehran
/// condemned the move", "X claimed responsibility for the attacks") or it may
/// open one ("Kyiv was hit by missile strikes").
fn one_actor_event(lex: &Lexicon, toks: &[crate::token::Token], open: bool) -> bool {
    toks.iter()
        .any(|t| lex.tis(t, crate::lexicon::wc::EVENTREF))
        && (open || toks.iter().any(|t| t.lower == "by"))
}

/// The actor that acts in a sentence without a relation, when it opens the
/// sentence (after a fronted phrase and its comma at most) as the subject of
/// a verb in the past ("Iran barred the inspectors on Monday"): the agent a
/// later "the move" or "the decision" refers to ([`ANY_EVENT`]). Not when
/// the verb reports, is a copula or is negated ("Iran said ...", "Iran did
/// not ...").
fn acting_subject(
    lex: &Lexicon,
    toks: &[crate::token::Token],
    range: std::ops::Range<usize>,
    mentions: &[mention::Mention],
    links: &[Option<usize>],
) -> Option<usize> {
    use crate::lexicon::wc;
    let (m, first) = mentions
        .iter()
        .zip(links)
        .find(|(m, _)| m.usage == mention::Use::Actor)?;
    let entity = (*first)?;
    let start = m.span.start;
    if m.possessive
        || !(start == range.start || (start > range.start + 1 && toks[start - 1].lower == ","))
    {
        return None;
    }
    // (auxiliaries and adverbs, then the verb)
    let mut k = m.span.end;
    while k < range.end && (lex.tis(&toks[k], wc::AUX) || toks[k].lower.ends_with("ly")) {
        k += 1;
    }
    let t = toks.get(k).filter(|_| k < range.end)?;
    if !t.is_word()
        || t.is_cap()
        || lex.tis(t, wc::BE | wc::NEGATION | wc::STOP | wc::PREP)
        || crate::relation::is_reporting(t.lower)
    {
        return None;
    }
    lex.tpast(t).then_some(entity)
}

/// How many sentences back an event noun may name an event that is not
/// the previous sentence's last ("rejected the accusations").
const RECENT_SENTENCES: usize = 3;

/// The relation label of an act that is no relation of the ontology ("Iran
/// barred the inspectors"): only event nouns that may name anything ("the
/// move", "the decision") refer to it.
const ANY_EVENT: usize = usize::MAX;

/// Runs the whole pipeline on one document.
pub fn extract(lex: &Lexicon, doc: &Document) -> Extraction {
    let text = doc.text.as_str();
    let tokens = lex.tokenize(text);
    let toks = tokens.tokens();
    let sents = sentence::split(text, &toks);
    let mentions: Vec<Vec<mention::Mention>> = sents
        .iter()
        .map(|s| mention::find(lex, text, &toks, s.tokens.clone()))
        .collect();
    let res = resolve::resolve(lex, text, &toks, &mentions);
    let mut facts = Vec::new();
    let article: Arc<str> = doc.id.as_str().into();
    let date: Option<Arc<str>> = doc.date.as_deref().map(Arc::from);
    // one shared copy of each sentence that yields a triple
    let mut sentence_text: Vec<Option<Arc<str>>> = vec![None; sents.len()];
    // (and of the trigger, when consecutive triples share it: one trigger
    // relating several actors)
    let mut last_trigger: Option<Arc<str>> = None;
    let mut evidence = |s: usize, trigger: &str, intended: bool| Evidence {
        article: Arc::clone(&article),
        start: sents[s].start,
        end: sents[s].end,
        sentence: Arc::clone(
            sentence_text[s].get_or_insert_with(|| text[sents[s].start..sents[s].end].into()),
        ),
        trigger: match &last_trigger {
            Some(t) if **t == *trigger => Arc::clone(t),
            _ => Arc::clone(last_trigger.insert(trigger.into())),
        },
        date: date.clone(),
        intended,
    };
    // the agent of the previous sentence's last event ("Tehran condemned the move"),
    // kept over sentences that yield nothing but name the agent again ("He also
    // spoke to reporters.")
    let mut antecedent: Option<(usize, usize)> = None;
    // the target of the last attack whose attacker went unnamed, for a later
    // claim of it ("... claimed responsibility for the attacks")
    let mut open_target: Option<usize> = None;
    // the parties of the last agreement, for a later stance toward "the
    // agreement" ("Greece called the border agreement null and void")
    let mut agreement: Option<(usize, usize)> = None;
    // the agents and relations of the events of the last few sentences
    // (with the sentence), for event nouns the previous sentence's last
    // event does not fit ("rejected the accusations")
    let mut recent: Vec<(usize, usize, usize)> = Vec::new();
    let agreed = lex.label("agreed_with");
    // (the agent of the sentence's act when it yields no relation)
    let acted = |s: usize| {
        acting_subject(
            lex,
            &toks,
            sents[s].tokens.clone(),
            &mentions[s],
            &res.links[s],
        )
        .map(|e| (e, ANY_EVENT))
    };
    for (s, sent) in sents.iter().enumerate() {
        let named_again =
            |a: Option<(usize, usize)>| a.filter(|a| res.links[s].contains(&Some(a.0)));
        // a triple needs two different actors in the sentence, or one and an
        // event noun (naming the previous sentence's event, an attack whose
        // attacker goes unnamed, or the claim of one)
        let mut linked = res.links[s].iter().flatten();
        let first = linked.next();
        if !linked.any(|e| Some(e) != first)
            && res.also[s].iter().all(Vec::is_empty)
            && (first.is_none()
                || !one_actor_event(
                    lex,
                    &toks[sent.tokens.clone()],
                    antecedent.is_some() || open_target.is_some() || agreement.is_some(),
                ))
        {
            antecedent = named_again(antecedent).or_else(|| acted(s));
            continue;
        }
        // (every triple comes from a trigger word: a sentence without one
        // yields none, and is not worth grouping its actors)
        // (nor a reported judgement: "Seoul said Tokyo's decision was
        // reckless", a copula after a reporting verb)
        // (bit tests first; the words of reporting only in a sentence
        // with a copula and no trigger)
        let words = &toks[sent.tokens.clone()];
        let trigger = words.iter().any(|t| !lex.ttriggers(t).is_empty());
        let reported = !trigger
            && words.iter().any(|t| lex.tis(t, crate::lexicon::wc::BE))
            && words.iter().any(|t| crate::relation::is_reporting(t.lower));
        // (nor a response promised on a condition: "Russia will respond if
        // NATO deploys troops", a threat without a trigger word)
        let conditional = !trigger
            && !reported
            && words.iter().any(|t| lex.tis(t, crate::lexicon::wc::THREAT))
            && words.iter().any(|t| matches!(t.lower, "if" | "unless"));
        if !(trigger || reported || conditional) {
            antecedent = named_again(antecedent).or_else(|| acted(s));
            continue;
        }
        let (triples, open) = SentenceExtractor::new(
            lex,
            text,
            &toks,
            sent.tokens.clone(),
            &mentions[s],
            &res.links[s],
            &res.entities,
        )
        .with_plurals(&res.also[s])
        .with_antecedent(antecedent)
        .with_recent_events({
            recent.retain(|&(_, _, s0)| s0 + RECENT_SENTENCES >= s);
            &recent
        })
        .with_open_target(open_target)
        .with_agreement(agreement)
        .extract_with_open();
        // (the signatories of an agreement of the states already known to
        // have agreed leave it theirs: "Iran and Saudi Arabia agreed ...
        // Shamkhani signed the statement with Al-Aiban ... welcomed the
        // agreement" is toward the states)
        if let Some(t) = triples.iter().rev().find(|t| Some(t.label) == agreed)
            && !agreement.is_some_and(|(a, b)| {
                let state = |e: usize| {
                    let x = &res.entities[e];
                    (x.kind == ActorKind::Country)
                        .then_some(x.country)
                        .flatten()
                };
                let of = |e: usize| res.entities[e].country;
                let (sa, sb) = (state(a), state(b));
                sa.is_some()
                    && sb.is_some()
                    && ((of(t.subject) == sa && of(t.object) == sb)
                        || (of(t.subject) == sb && of(t.object) == sa))
            })
        {
            // (leaders who signed for their states leave it the states':
            // "the memorandum, which Abiy Ahmed and Muse Bihi Abdi signed
            // ... Mohamud called the memorandum null and void")
            let state_of = |e: usize| {
                let x = &res.entities[e];
                if x.kind != ActorKind::Person {
                    return None;
                }
                let c = x.country?;
                res.entities
                    .iter()
                    .position(|y| y.kind == ActorKind::Country && y.country == Some(c))
            };
            agreement = Some(match (state_of(t.subject), state_of(t.object)) {
                (Some(a), Some(b)) if a != b => (a, b),
                _ => (t.subject, t.object),
            });
        }
        open_target = open.or(open_target);
        recent.extend(triples.iter().map(|t| (t.subject, t.label, s)));
        antecedent = triples
            .last()
            .map(|t| (t.subject, t.label))
            .or_else(|| named_again(antecedent))
            .or_else(|| acted(s));
        for t in triples {
            let label = &lex.labels[t.label];
            // a standing tie only hoped for is none yet ("hopes to join the EU")
            if t.intended && label.class == Class::AF {
                continue;
            }
            facts.push(Fact {
                subject: t.subject,
                relation: label.name.clone(),
                class: label.class,
                symmetric: label.symmetric,
                object: t.object,
                evidence: evidence(s, &t.trigger, t.intended),
            });
        }
    }
    // quoted judgements, after the triples of their sentence (a stable sort
    // by sentence keeps the text order)
    let judged = crate::quote::judgements(lex, text, &toks, &sents, &mentions, &res);
    if !judged.is_empty() {
        let (criticized, supported) = (lex.label("criticized"), lex.label("supported"));
        let n = facts.len();
        for j in &judged {
            let Some(l) = (if j.blame { criticized } else { supported }) else {
                continue;
            };
            let label = &lex.labels[l];
            // (not when the sentence's own triggers found it)
            let start = sents[j.sentence].start;
            if facts[..n].iter().any(|f| {
                f.subject == j.speaker
                    && f.object == j.target
                    && f.relation == label.name
                    && f.evidence.start == start
            }) {
                continue;
            }
            let word = &text[toks[j.word].start..toks[j.word].end];
            facts.push(Fact {
                subject: j.speaker,
                relation: label.name.clone(),
                class: label.class,
                symmetric: label.symmetric,
                object: j.target,
                evidence: evidence(j.sentence, word, false),
            });
        }
        facts.sort_by_key(|f| f.evidence.start);
    }
    if let Some(af) = lex.label("affiliated_with") {
        let label = &lex.labels[af];
        for a in &res.affiliations {
            facts.push(Fact {
                subject: a.member,
                relation: label.name.clone(),
                class: label.class,
                symmetric: false,
                object: a.owner,
                evidence: evidence(a.sentence, &a.trigger, false),
            });
        }
    }
    let actors = res
        .entities
        .into_iter()
        .map(|e| Actor {
            label: e.label,
            kind: e.kind,
            country: e.country.map(|c| lex.countries[c].iso3.clone()),
            roles: e.roles,
            aliases: e.aliases,
            mentions: e.mentions,
        })
        .collect();
    Extraction {
        article,
        date,
        actors,
        facts,
    }
}
