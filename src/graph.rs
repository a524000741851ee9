//! The merged actor graph: [`Extraction`]s -> [`ActorGraph`] (petgraph).
//!
//! One node per actor across all articles, keyed by a stable slug of its
//! canonical label; one edge per (source, relation, target), with symmetric
//! relations stored once with the smaller id first. Edges keep every piece of
//! evidence, deduplicated, so merging is commutative, associative and
//! idempotent: the same article merged twice counts once.
//!
//! # Bounded memory: `--max-evidence N`
//! A capped graph keeps the first N pieces of evidence per edge and, instead
//! of per-article detail, exact totals: per edge the count, the intended
//! count, the number of articles and the first and last date
//! ([`Edge::totals`]), per node the mentions and articles in all
//! ([`Node::totals`]). Its size then depends on the actors and relations,
//! not on the number of articles (only the list of article ids read grows).
//! Without per-article detail an article cannot be recognised inside an
//! edge's totals, so a capped graph skips an article it has read already,
//! merges exactly with an uncapped graph or with a capped one of a disjoint
//! article set (or one that holds the other's), and refuses a capped graph
//! whose articles partly overlap its own ([`ActorGraph::merge`]).
//!
//! # Building from many articles
//! [`ActorGraph::add`] puts each article into the graph at once.
//! [`GraphBuilder`] builds the same graph from a whole corpus faster: it
//! settles nodes and edges as articles arrive but keeps their mentions and
//! evidence in plain lists, sorted once at the end (on several threads).
//!
//! # Evidence text
//! [`Evidence`] shares its strings: the sentence text of the triples of one
//! sentence is one `Arc<str>`, and so are an article's id and date.
//!
//! # Entity resolution across articles
//! Each article's extraction has already brought every surface form of an
//! actor to one canonical label: lexicon aliases and spelling variants,
//! titles, surnames (to the most recent full name in that article),
//! descriptions, capitals and demonyms (see [`crate::resolve`]). Across
//! articles, the graph joins actors by the slug of that label and by nothing
//! looser, because a guess across articles cannot be checked against the
//! text: two people whose full names differ stay two nodes even when they
//! share a surname, and a bare surname an article could not attach to a full
//! name stays its own node rather than being guessed onto another article's
//! full name. Conflicting attributes are settled by value, never by arrival
//! order ([`Node::absorb`]).

use crate::error::{Error, Result};
use crate::extract::{Actor, Evidence, Extraction};
use crate::lexicon::{ActorKind, Class};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A node: one actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable slug of the label.
    pub id: String,
    /// Canonical label.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// ISO-3 country code, if known.
    pub country: Option<String>,
    /// Roles from titles and descriptions.
    pub roles: BTreeSet<String>,
    /// Every surface form seen.
    pub aliases: BTreeSet<String>,
    /// Mentions per article (empty in a graph that caps evidence, which
    /// keeps [`totals`](Self::totals) instead).
    pub mentions: BTreeMap<Arc<str>, u64>,
    /// Article dates seen.
    pub dates: BTreeSet<String>,
    /// In a graph that caps evidence (`--max-evidence`): mentions and
    /// articles in all, instead of the per-article `mentions`, so that the
    /// node's size does not grow with the corpus. `None` otherwise.
    pub totals: Option<NodeTotals>,
}

/// What a node's per-article mentions add up to (see [`Node::totals`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NodeTotals {
    /// Mentions in all articles.
    pub mentions: u64,
    /// Articles that mention the actor.
    pub articles: usize,
}

impl Node {
    /// Total mentions.
    pub fn mention_count(&self) -> u64 {
        match self.totals {
            Some(t) => t.mentions,
            None => self.mentions.values().sum(),
        }
    }

    /// Number of articles that mention the actor.
    pub fn article_count(&self) -> usize {
        match self.totals {
            Some(t) => t.articles,
            None => self.mentions.len(),
        }
    }

    /// The totals, whether kept or computed from the per-article mentions.
    fn all_totals(&self) -> NodeTotals {
        self.totals.unwrap_or_else(|| NodeTotals {
            mentions: self.mentions.values().sum(),
            articles: self.mentions.len(),
        })
    }

    /// Replaces the per-article mentions by their totals.
    fn aggregate(&mut self) {
        if self.totals.is_none() {
            self.totals = Some(self.all_totals());
            self.mentions = BTreeMap::new();
        }
    }

    /// Merges another observation of the same actor (same id) into this one.
    ///
    /// Sets are united and per-article mention counts take the larger value
    /// (an article merged twice counts once). Where the two disagree, the
    /// choice depends only on the values, never on which came first, so
    /// merging stays commutative and associative:
    /// * label: the spelling with more non-ASCII letters (`Erdoğan` over
    ///   `Erdogan`), then the alphabetically first;
    /// * kind: country, then organization, then person, then group (a
    ///   guessed collective gives way to anything more specific);
    /// * country: a known one over none, then the alphabetically first code.
    pub fn absorb(&mut self, other: Node) {
        match (&mut self.totals, other.totals) {
            (Some(a), Some(b)) => {
                a.mentions = a.mentions.max(b.mentions);
                a.articles = a.articles.max(b.articles);
            }
            (None, Some(b)) => {
                self.aggregate();
                if let Some(a) = &mut self.totals {
                    a.mentions = a.mentions.max(b.mentions);
                    a.articles = a.articles.max(b.articles);
                }
            }
            _ => {}
        }
        self.absorb_attributes(other);
    }

    /// [`absorb`](Self::absorb) without the mentions or totals.
    fn absorb_attributes(&mut self, other: Node) {
        if label_key(&other.label) < label_key(&self.label) {
            self.label = other.label;
        }
        if kind_rank(other.kind) < kind_rank(self.kind) {
            self.kind = other.kind;
        }
        self.country = match (self.country.take(), other.country) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.roles.extend(other.roles);
        self.aliases.extend(other.aliases);
        if self.totals.is_some() {
            let (m, a) = (other.mentions.values().sum(), other.mentions.len());
            if let Some(t) = &mut self.totals {
                t.mentions = t.mentions.max(m);
                t.articles = t.articles.max(a);
            }
        } else {
            for (a, c) in other.mentions {
                let e = self.mentions.entry(a).or_insert(0);
                *e = (*e).max(c);
            }
        }
        self.dates.extend(other.dates);
    }

    /// A node for one actor of an article, with no mentions or dates yet.
    fn of_actor(id: String, a: &Actor) -> Node {
        Node {
            id,
            label: a.label.clone(),
            kind: a.kind,
            country: a.country.clone(),
            roles: BTreeSet::new(),
            aliases: BTreeSet::new(),
            mentions: BTreeMap::new(),
            dates: BTreeSet::new(),
            totals: None,
        }
    }

    /// [`absorb`](Self::absorb) for an article's actor, in place: the same
    /// rules, but strings are copied into the node's sets only when `known`
    /// (the node is `n`) has not seen them there.
    fn absorb_actor(&mut self, a: &Actor, n: NodeIndex, known: &mut Known) {
        if a.label != self.label && label_key(&a.label) < label_key(&self.label) {
            self.label.clone_from(&a.label);
        }
        if kind_rank(a.kind) < kind_rank(self.kind) {
            self.kind = a.kind;
        }
        match (&mut self.country, &a.country) {
            (Some(c), Some(o)) if o < c => c.clone_from(o),
            (c @ None, Some(o)) => *c = Some(o.clone()),
            _ => {}
        }
        for r in &a.roles {
            if !known.seen(n, Set::Roles, r) {
                self.roles.insert(r.clone());
            }
        }
        for s in a.aliases.iter().chain([&a.label]) {
            if !known.seen(n, Set::Aliases, s) {
                self.aliases.insert(s.clone());
            }
        }
    }
}

/// Orders candidate labels: smaller is preferred.
fn label_key(label: &str) -> (std::cmp::Reverse<usize>, &str) {
    (
        std::cmp::Reverse(label.chars().filter(|c| !c.is_ascii()).count()),
        label,
    )
}

/// Orders kinds: smaller is preferred.
fn kind_rank(kind: ActorKind) -> u8 {
    match kind {
        ActorKind::Country => 0,
        ActorKind::Organization => 1,
        ActorKind::Person => 2,
        ActorKind::Group => 3,
    }
}

/// What an edge's observations in one article add up to (see
/// [`Edge::full_tally`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Tally {
    /// Distinct observations in the article.
    pub count: usize,
    /// How many of them are stated intentions.
    pub intended: usize,
    /// The article's date.
    pub date: Option<Arc<str>>,
}

/// What all of an edge's observations add up to, kept once `--max-evidence`
/// has dropped some of its evidence, so that the count, the number of
/// articles, the dates and the intention flag stay exact while the edge's
/// size stays bounded (see [`Edge::totals`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    /// Distinct observations.
    pub count: usize,
    /// How many of them are stated intentions.
    pub intended: usize,
    /// Articles they come from.
    pub articles: usize,
    /// The earliest article date.
    pub first: Option<Arc<str>>,
    /// The latest article date.
    pub last: Option<Arc<str>>,
}

impl Totals {
    /// The totals of a complete set of evidence.
    pub fn of(evidence: &BTreeSet<Evidence>) -> Totals {
        let mut t = Totals::default();
        let mut article: Option<&str> = None;
        for v in evidence {
            t.count += 1;
            t.intended += usize::from(v.intended);
            // evidence is sorted by article first
            if article != Some(&*v.article) {
                t.articles += 1;
                article = Some(&*v.article);
            }
            t.see_date(v.date.as_ref());
        }
        t
    }

    fn see_date(&mut self, d: Option<&Arc<str>>) {
        let Some(d) = d else { return };
        if self.first.as_ref().is_none_or(|f| d < f) {
            self.first = Some(Arc::clone(d));
        }
        if self.last.as_ref().is_none_or(|l| d > l) {
            self.last = Some(Arc::clone(d));
        }
    }

    /// Adds the totals of observations from other articles.
    pub fn add(&mut self, o: &Totals) {
        self.count += o.count;
        self.intended += o.intended;
        self.articles += o.articles;
        self.see_date(o.first.as_ref());
        self.see_date(o.last.as_ref());
    }

    /// The larger of two totals of one edge, field by field (the dates
    /// widen): exact when the observations of one include the other's.
    fn max(&mut self, o: &Totals) {
        self.count = self.count.max(o.count);
        self.intended = self.intended.max(o.intended);
        self.articles = self.articles.max(o.articles);
        self.see_date(o.first.as_ref());
        self.see_date(o.last.as_ref());
    }
}

/// An edge: one relation between two actors, aggregated.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Relation label.
    pub relation: String,
    /// Class.
    pub class: Class,
    /// Symmetric relation.
    pub symmetric: bool,
    /// Evidence, sorted and deduplicated: all of it, or the first N (in
    /// this order) when the graph caps evidence ([`ActorGraph::max_evidence`]).
    pub evidence: BTreeSet<Evidence>,
    /// What every observation, kept or not, adds up to: `None` while
    /// `evidence` is complete (always, unless evidence is capped), set when
    /// evidence was dropped. [`count`](Self::count) and the other summaries
    /// read it.
    pub totals: Option<Totals>,
}

impl Edge {
    /// An edge with complete evidence.
    pub fn new(
        relation: &str,
        class: Class,
        symmetric: bool,
        evidence: BTreeSet<Evidence>,
    ) -> Edge {
        Edge {
            relation: relation.to_string(),
            class,
            symmetric,
            evidence,
            totals: None,
        }
    }

    /// Number of distinct observations (including evidence dropped by a cap).
    pub fn count(&self) -> usize {
        self.totals
            .as_ref()
            .map_or(self.evidence.len(), |t| t.count)
    }

    /// Whether some evidence was dropped by `--max-evidence`.
    pub fn is_truncated(&self) -> bool {
        self.count() > self.evidence.len()
    }

    /// The totals, whether kept or computed from the (complete) evidence.
    pub fn all_totals(&self) -> Totals {
        self.totals
            .clone()
            .unwrap_or_else(|| Totals::of(&self.evidence))
    }

    /// The per-article tally of the evidence kept (of every observation,
    /// unless [`is_truncated`](Self::is_truncated)).
    pub fn full_tally(&self) -> BTreeMap<Arc<str>, Tally> {
        let mut t: BTreeMap<Arc<str>, Tally> = BTreeMap::new();
        for v in &self.evidence {
            let e = t.entry(v.article.clone()).or_default();
            e.count += 1;
            e.intended += usize::from(v.intended);
            if e.date.is_none() {
                e.date.clone_from(&v.date);
            }
        }
        t
    }

    /// Articles of the evidence kept: every article the edge was seen in,
    /// unless [`is_truncated`](Self::is_truncated) (then see
    /// [`article_count`](Self::article_count)).
    pub fn articles(&self) -> BTreeSet<&str> {
        self.article_ids().collect()
    }

    /// [`articles`](Self::articles) as an iterator, sorted, without
    /// building a set: evidence is sorted by article first, so each
    /// article's evidence is consecutive.
    pub fn article_ids(&self) -> impl Iterator<Item = &str> {
        let mut last: Option<&Arc<str>> = None;
        self.evidence.iter().filter_map(move |e| {
            if last.is_some_and(|l| Arc::ptr_eq(l, &e.article) || **l == *e.article) {
                return None;
            }
            last = Some(&e.article);
            Some(&*e.article)
        })
    }

    /// Number of articles the edge was seen in.
    pub fn article_count(&self) -> usize {
        match &self.totals {
            Some(t) => t.articles,
            None => self.article_ids().count(),
        }
    }

    /// Earliest and latest evidence dates.
    pub fn date_range(&self) -> (Option<&str>, Option<&str>) {
        if let Some(t) = &self.totals {
            return (t.first.as_deref(), t.last.as_deref());
        }
        let mut dates = self.evidence.iter().filter_map(|e| e.date.as_ref());
        let Some(first) = dates.next() else {
            return (None, None);
        };
        let (mut lo, mut hi) = (first, first);
        for d in dates {
            // an article's evidence shares one copy of its date
            if Arc::ptr_eq(d, lo) || Arc::ptr_eq(d, hi) {
                continue;
            }
            if d < lo {
                lo = d;
            } else if d > hi {
                hi = d;
            }
        }
        (Some(&**lo), Some(&**hi))
    }

    /// Whether every observation is a stated intention.
    pub fn intended_only(&self) -> bool {
        match &self.totals {
            Some(t) => t.intended == t.count,
            None => self.evidence.iter().all(|e| e.intended),
        }
    }

    /// Merges another observation of the same edge: evidence is united
    /// (an observation merged twice counts once) and, when either side was
    /// capped, totals take the larger value. Then caps at `cap`.
    pub fn absorb(&mut self, other: Edge, cap: Option<usize>) {
        if self.totals.is_some() || other.totals.is_some() {
            let mut t = self.all_totals();
            t.max(&other.all_totals());
            self.totals = Some(t);
        }
        self.evidence.extend(other.evidence);
        if let Some(n) = cap {
            self.cap(n);
        }
        self.normalize();
    }

    /// Adds the observations of `other`, which come from articles this edge
    /// has not seen: counts add up. Then caps at `cap`.
    fn add_new(&mut self, other: Edge, cap: usize) {
        if self.totals.is_some() || other.totals.is_some() {
            let mut t = self.all_totals();
            t.add(&other.all_totals());
            self.totals = Some(t);
        }
        self.evidence.extend(other.evidence);
        self.cap(cap);
        self.normalize();
    }

    /// Keeps the first `n` pieces of evidence, recording the totals first.
    pub fn cap(&mut self, n: usize) {
        if self.evidence.len() <= n {
            return;
        }
        if self.totals.is_none() {
            self.totals = Some(Totals::of(&self.evidence));
        }
        while self.evidence.len() > n {
            self.evidence.pop_last();
        }
    }

    /// Drops totals that the evidence fully accounts for, so equal edges
    /// have equal representations.
    pub(crate) fn normalize(&mut self) {
        if self
            .totals
            .as_ref()
            .is_some_and(|t| t.count <= self.evidence.len())
        {
            self.totals = None;
        }
    }
}

/// The graph of actors and relations.
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    /// The petgraph graph (read it with [`petgraph`](Self::petgraph)).
    graph: DiGraph<Node, Edge>,
    /// Nodes by id.
    nodes: BTreeMap<String, NodeIndex>,
    /// Nodes by the actor labels that gave them (labels whose slug is
    /// their id), so that [`add`](Self::add) slugs each label once.
    labels: FxHashMap<String, NodeIndex>,
    /// Edges by their (ordered) endpoints; a pair has one edge per relation.
    edges: FxHashMap<(NodeIndex, NodeIndex), Vec<EdgeIndex>>,
    /// Every article read, including those that yielded no relation.
    articles: BTreeSet<Arc<str>>,
    /// The cap on evidence kept per edge, if any.
    max_evidence: Option<usize>,
    /// Which strings [`add`](Self::add) has seen in which node's sets.
    known: Known,
}

/// Which aliases, roles and dates each node holds, as far as
/// [`ActorGraph::add`] has seen them: a probe of a small hash set of numbers
/// instead of a search of the node's ordered set of strings, which for a
/// node seen in thousands of articles is a walk over scattered memory. A
/// node's sets only ever grow (nothing outside this module can reach a node
/// mutably), so a string once known present stays present; one not known
/// yet is simply inserted (one search of the set, as a look-up would be,
/// and usually it is new).
#[derive(Debug, Clone, Default)]
struct Known {
    /// Every string seen, numbered.
    ids: FxHashMap<Box<str>, u32>,
    /// Per node index: (string number, which set) pairs known present, as
    /// `3 * number + set`.
    nodes: Vec<rustc_hash::FxHashSet<u64>>,
}

/// A node's string sets (see [`Known`]).
#[derive(Debug, Clone, Copy)]
enum Set {
    Aliases = 0,
    Roles = 1,
    Dates = 2,
}

impl Known {
    /// Whether `s` was already known present in the set `set` of node `n`;
    /// from now on it is.
    fn seen(&mut self, n: NodeIndex, set: Set, s: &str) -> bool {
        let id = match self.ids.get(s) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                self.ids.entry(s.into()).or_insert(id);
                id
            }
        };
        if self.nodes.len() <= n.index() {
            self.nodes.resize_with(n.index() + 1, Default::default);
        }
        // u32::MAX: more strings than numbers; the set itself is asked
        !self.nodes[n.index()].insert(3 * u64::from(id) + set as u64) && id != u32::MAX
    }
}

/// A node's mentions per article, in arrival order (see [`Pending`]).
type Mentions = Vec<(Arc<str>, u64)>;

/// Mentions and evidence that [`GraphBuilder`] has not put into the
/// graph's ordered collections yet, in arrival order.
#[derive(Debug, Default)]
struct Pending {
    /// Per node index: (article, mentions).
    mentions: Vec<Mentions>,
    /// Per edge index.
    evidence: Vec<Vec<Evidence>>,
    /// Articles read, in arrival order.
    articles: Vec<Arc<str>>,
    /// The article being added: (fact index, edge) for each fact whose
    /// evidence goes to an edge, in fact order.
    placed: Vec<(usize, EdgeIndex)>,
}

impl Pending {
    fn mention(&mut self, n: NodeIndex, article: Arc<str>, count: u64) {
        if self.mentions.len() <= n.index() {
            self.mentions.resize_with(n.index() + 1, Vec::new);
        }
        self.mentions[n.index()].push((article, count));
    }

    fn evidence(&mut self, e: EdgeIndex, v: Evidence) {
        if self.evidence.len() <= e.index() {
            self.evidence.resize_with(e.index() + 1, Vec::new);
        }
        self.evidence[e.index()].push(v);
    }
}

/// Builds a graph from many articles' extractions, faster than
/// [`ActorGraph::add`] one by one, into the same graph.
///
/// [`ActorGraph::add`] inserts every article's mentions and evidence into the
/// nodes' and edges' ordered collections at once, each insertion a search of
/// a tree ordered by article id. The builder appends them to plain lists
/// instead, and [`finish`](Self::finish) sorts each list once and builds the
/// ordered collections from the sorted lists, on several threads. Nodes,
/// edges, labels and everything else are settled as articles arrive, as
/// [`ActorGraph::add`] does. A graph that caps evidence (`--max-evidence`)
/// keeps only totals and a few pieces of evidence per edge, which
/// [`ActorGraph::add`] handles at once.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    graph: ActorGraph,
    pending: Pending,
}

impl GraphBuilder {
    /// A builder that adds to `graph` (empty or not, capped or not).
    pub fn new(graph: ActorGraph) -> Self {
        GraphBuilder {
            graph,
            pending: Pending::default(),
        }
    }

    /// Adds one article's extraction (see [`ActorGraph::add`]).
    pub fn add(&mut self, x: &Extraction) {
        self.graph.add_to(x, Some(&mut self.pending));
        let p = &mut self.pending;
        let mut placed = std::mem::take(&mut p.placed);
        for &(i, e) in &placed {
            p.evidence(e, x.facts[i].evidence.clone());
        }
        placed.clear();
        p.placed = placed;
    }

    /// [`add`](Self::add), taking the extraction: its evidence moves into
    /// the graph instead of being copied (no reference counts to update).
    pub fn push(&mut self, x: Extraction) {
        self.graph.add_to(&x, Some(&mut self.pending));
        let p = &mut self.pending;
        let mut placed = std::mem::take(&mut p.placed);
        let mut next = placed.iter().peekable();
        for (i, f) in x.facts.into_iter().enumerate() {
            if let Some(&(_, e)) = next.next_if(|&&(j, _)| j == i) {
                p.evidence(e, f.evidence);
            }
        }
        placed.clear();
        p.placed = placed;
    }

    /// The graph, equal to the one [`ActorGraph::add`] would have built from
    /// the same extractions; the edges' evidence is sorted on up to `jobs`
    /// threads.
    pub fn finish(mut self, jobs: usize) -> ActorGraph {
        let Pending {
            mentions,
            evidence,
            mut articles,
            ..
        } = std::mem::take(&mut self.pending);
        articles.sort_unstable();
        articles.dedup();
        if self.graph.articles.is_empty() {
            self.graph.articles = articles.into_iter().collect();
        } else {
            self.graph.articles.extend(articles);
        }
        let mut nodes: Vec<(&mut Node, Mentions)> = self
            .graph
            .graph
            .node_weights_mut()
            .zip(mentions)
            .filter(|(_, ms)| !ms.is_empty())
            .collect();
        in_parts(&mut nodes, jobs, &|(node, ms)| {
            let mut ms = std::mem::take(ms);
            // one article twice: the larger count, as `add` keeps
            ms.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            ms.dedup_by(|a, b| a.0 == b.0);
            if node.mentions.is_empty() {
                node.mentions = ms.into_iter().collect();
            } else {
                for (a, c) in ms {
                    let m = node.mentions.entry(a).or_insert(0);
                    *m = (*m).max(c);
                }
            }
        });
        drop(nodes);
        let mut edges: Vec<(&mut Edge, Vec<Evidence>)> = self
            .graph
            .graph
            .edge_weights_mut()
            .zip(evidence)
            .filter(|(_, v)| !v.is_empty())
            .collect();
        in_parts(&mut edges, jobs, &|(e, v)| {
            let v = std::mem::take(v);
            if e.evidence.is_empty() {
                // sorts (in one pass when the list is in order already),
                // drops duplicates and builds the tree bottom up
                e.evidence = v.into_iter().collect();
            } else {
                e.evidence.extend(v);
            }
        });
        self.graph
    }
}

/// What [`in_parts`] runs on each item.
type Fill<'f, C, T> = &'f (dyn Fn(&mut (C, Vec<T>)) + Sync);

/// Runs `fill` on every item of `work` (a collection and the list to put
/// into it), on up to `jobs` threads, each taking a contiguous part of about
/// the same number of listed things.
fn in_parts<C: Send, T: Send>(work: &mut [(C, Vec<T>)], jobs: usize, fill: Fill<'_, C, T>) {
    let total: usize = work.iter().map(|(_, v)| v.len()).sum();
    // (in tests every graph is worth the threads, so that they are tested)
    let worth = if cfg!(test) { 1 } else { 4096 };
    if jobs <= 1 || total < worth {
        work.iter_mut().for_each(fill);
        return;
    }
    let share = total.div_ceil(jobs);
    let mut parts = Vec::new();
    let mut rest = work;
    while !rest.is_empty() {
        let mut sum = 0;
        let mut n = 0;
        while n < rest.len() && (sum < share || n == 0) {
            sum += rest[n].1.len();
            n += 1;
        }
        let (part, tail) = rest.split_at_mut(n);
        parts.push(part);
        rest = tail;
    }
    std::thread::scope(|s| {
        let mut parts = parts.into_iter();
        let mine = parts.next();
        for part in parts {
            s.spawn(move || part.iter_mut().for_each(fill));
        }
        if let Some(part) = mine {
            part.iter_mut().for_each(fill);
        }
    });
}

/// A stable id for a label: lowercase ASCII letters and digits joined by `-`.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut dash = false;
    for c in label.chars() {
        let c = fold(c);
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "actor".to_string()
    } else {
        out
    }
}

/// Folds common accented Latin letters to ASCII for ids.
pub(crate) fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ğ' => 'g',
        'ş' => 's',
        'ı' => 'i',
        _ => c,
    }
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// The petgraph graph: nodes are [`Node`]s, edges [`Edge`]s (a
    /// symmetric relation once, from the smaller id to the larger). Node and
    /// edge indices are stable but follow arrival order; [`nodes`](Self::nodes)
    /// and [`edges`](Self::edges) give the sorted order of the exports.
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    /// Number of actors.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        // edges are never removed, and each key has one
        self.graph.edge_count()
    }

    /// Ids of the articles read into the graph, sorted: every article given
    /// to [`add`](Self::add) or [`add_article`](Self::add_article), whether
    /// or not it yielded a relation, and those of merged graphs.
    pub fn articles(&self) -> impl Iterator<Item = &str> {
        self.articles.iter().map(|a| &**a)
    }

    /// Number of articles read (see [`articles`](Self::articles)).
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// Records an article as read (idempotent).
    pub fn add_article(&mut self, id: &str) {
        self.article(id);
    }

    /// The graph's copy of an article id, recorded as read.
    fn article(&mut self, id: &str) -> Arc<str> {
        if let Some(a) = self.articles.get(id) {
            return Arc::clone(a);
        }
        let a: Arc<str> = id.into();
        self.articles.insert(Arc::clone(&a));
        a
    }

    /// Nodes sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values().map(|&i| &self.graph[i])
    }

    /// Edges sorted by (source id, target id, relation), with their endpoints.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        // (each node's place in id order, so that the sort compares numbers
        // and strings only for the relation: ids are unique)
        let mut rank = vec![0u32; self.graph.node_count()];
        for (r, &i) in self.nodes.values().enumerate() {
            rank[i.index()] = r as u32;
        }
        let mut v: Vec<_> = self
            .graph
            .edge_indices()
            .map(|e| {
                let (a, b) = self
                    .graph
                    .edge_endpoints(e)
                    .unwrap_or((NodeIndex::new(0), NodeIndex::new(0)));
                (
                    (rank[a.index()], rank[b.index()]),
                    (&self.graph[a], &self.graph[b], &self.graph[e]),
                )
            })
            .collect();
        v.sort_by(|(x, ex), (y, ey)| x.cmp(y).then_with(|| ex.2.relation.cmp(&ey.2.relation)));
        v.into_iter().map(|(_, e)| e)
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&i| &self.graph[i])
    }

    /// The petgraph index of a node id.
    pub fn index(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// The cap on evidence kept per edge (`--max-evidence`), if any.
    pub fn max_evidence(&self) -> Option<usize> {
        self.max_evidence
    }

    /// Caps the evidence kept per edge at `n` from now on, dropping what is
    /// over it already. Edges keep their true count, number of articles and
    /// dates (in [`Edge::totals`]), nodes their mentions and articles in all
    /// (in [`Node::totals`]): per-article detail is no longer kept, so the
    /// graph's size stops growing with the corpus. Caps only tighten: the
    /// smallest one given holds.
    pub fn cap_evidence(&mut self, n: usize) {
        let n = self.max_evidence.map_or(n, |m| m.min(n));
        self.max_evidence = Some(n);
        for e in self.graph.edge_weights_mut() {
            e.cap(n);
        }
        for v in self.graph.node_weights_mut() {
            v.aggregate();
        }
    }

    /// Adds or merges a node (see [`Node::absorb`]). In a graph that caps
    /// evidence the node's per-article mentions become totals.
    pub fn upsert_node(&mut self, mut node: Node) -> NodeIndex {
        if self.max_evidence.is_some() {
            node.aggregate();
        }
        if let Some(&i) = self.nodes.get(&node.id) {
            self.graph[i].absorb(node);
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.nodes.insert(id, i);
        i
    }

    /// Adds or merges an edge between two existing node ids (see
    /// [`Edge::absorb`]); an edge naming a missing node is ignored.
    pub fn upsert_edge(&mut self, source: &str, target: &str, edge: Edge) {
        let (Some(&a), Some(&b)) = (self.nodes.get(source), self.nodes.get(target)) else {
            return;
        };
        self.upsert_edge_at(a, b, edge, false);
    }

    /// [`upsert_edge`](Self::upsert_edge) between two node indices; a
    /// symmetric edge goes from the smaller id to the larger. With `new`,
    /// the edge's observations come from articles the graph has not seen,
    /// and in a graph that caps evidence its totals add up (see
    /// [`Edge::absorb`] otherwise).
    fn upsert_edge_at(&mut self, a: NodeIndex, b: NodeIndex, mut edge: Edge, new: bool) {
        let (a, b) = if edge.symmetric && self.graph[b].id < self.graph[a].id {
            (b, a)
        } else {
            (a, b)
        };
        let pair = self.edges.entry((a, b)).or_default();
        if let Some(&e) = pair
            .iter()
            .find(|&&e| self.graph[e].relation == edge.relation)
        {
            match self.max_evidence {
                Some(n) if new => self.graph[e].add_new(edge, n),
                cap => self.graph[e].absorb(edge, cap),
            }
            return;
        }
        if let Some(n) = self.max_evidence {
            edge.cap(n);
        }
        edge.normalize();
        let e = self.graph.add_edge(a, b, edge);
        pair.push(e);
    }

    /// Adds one article's extraction: its actors that take part in a
    /// relation become (or merge into) nodes, its facts edges.
    ///
    /// Actors are keyed by the slug of their label, and nothing else: a bare
    /// surname the article could not attach to a full name ("Kovacs") stays
    /// its own node and is never guessed onto another article's "Anna
    /// Kovacs", and two people whose full names differ stay two nodes even
    /// when they share a surname. Within the article, actors whose labels
    /// give the same slug are one node, their mentions summed.
    pub fn add(&mut self, x: &Extraction) {
        self.add_to(x, None);
    }

    /// [`add`](Self::add), leaving the article's mentions and evidence in
    /// `defer` (when given, and evidence is not capped) instead of inserting
    /// them into the nodes' and edges' ordered collections.
    fn add_to(&mut self, x: &Extraction, mut defer: Option<&mut Pending>) {
        if self.max_evidence.is_some() {
            defer = None;
        }
        if self.max_evidence.is_some() && self.articles.contains(&*x.article) {
            // counted already: a capped graph keeps no per-article detail
            // to take the larger of, and the same article gives the same
            return;
        }
        let article = match defer.as_deref_mut() {
            // recorded as read when the builder finishes
            Some(p) => {
                p.articles.push(Arc::clone(&x.article));
                Arc::clone(&x.article)
            }
            None => self.article(&x.article),
        };
        let mut present = vec![false; x.actors.len()];
        for f in &x.facts {
            present[f.subject] = true;
            present[f.object] = true;
        }
        // each actor's node, created if new (in id order, as a merge of the
        // article's own graph would), and the article's mentions per node
        let mut at: Vec<Option<NodeIndex>> = vec![None; x.actors.len()];
        let mut new: Vec<(String, usize)> = Vec::new();
        for (i, a) in x.actors.iter().enumerate() {
            if !present[i] {
                continue;
            }
            match self.labels.get(a.label.as_str()) {
                Some(&n) => at[i] = Some(n),
                None => {
                    let id = slug(&a.label);
                    match self.nodes.get(&id) {
                        Some(&n) => {
                            self.labels.insert(a.label.clone(), n);
                            at[i] = Some(n);
                        }
                        None => new.push((id, i)),
                    }
                }
            }
        }
        new.sort();
        for (id, i) in new {
            let n = match self.nodes.get(&id) {
                Some(&n) => n,
                None => {
                    let n = self
                        .graph
                        .add_node(Node::of_actor(id.clone(), &x.actors[i]));
                    self.nodes.insert(id, n);
                    n
                }
            };
            self.labels.insert(x.actors[i].label.clone(), n);
            at[i] = Some(n);
        }
        let mut mentions: Vec<(NodeIndex, u64)> = Vec::new();
        for (a, n) in x.actors.iter().zip(&at) {
            let Some(n) = *n else { continue };
            self.graph[n].absorb_actor(a, n, &mut self.known);
            match mentions.iter_mut().find(|m| m.0 == n) {
                Some(m) => m.1 += a.mentions as u64,
                None => mentions.push((n, a.mentions as u64)),
            }
        }
        for (n, sum) in mentions {
            let node = &mut self.graph[n];
            if self.max_evidence.is_some() {
                let t = node.totals.get_or_insert_default();
                t.mentions += sum;
                t.articles += 1;
            } else if let Some(p) = defer.as_deref_mut() {
                p.mention(n, Arc::clone(&article), sum);
            } else {
                let m = node.mentions.entry(Arc::clone(&article)).or_insert(0);
                *m = (*m).max(sum);
            }
            if let Some(d) = x.date.as_deref()
                && !self.known.seen(n, Set::Dates, d)
            {
                node.dates.insert(d.to_string());
            }
        }
        // Under a cap: one edge per key, with all of the article's evidence
        // for it, so that the totals count the article once. Without one,
        // each piece of evidence goes straight into its edge.
        let mut groups: Vec<(NodeIndex, NodeIndex, Edge)> = Vec::new();
        for (i, f) in x.facts.iter().enumerate() {
            let (Some(s), Some(t)) = (at[f.subject], at[f.object]) else {
                continue;
            };
            if s == t {
                continue;
            }
            let (s, t) = if f.symmetric && self.graph[t].id < self.graph[s].id {
                (t, s)
            } else {
                (s, t)
            };
            if self.max_evidence.is_none() {
                let pair = self.edges.entry((s, t)).or_default();
                let e = match pair.iter().find(|&&e| self.graph[e].relation == f.relation) {
                    Some(&e) => e,
                    None => {
                        let e = self.graph.add_edge(
                            s,
                            t,
                            Edge::new(&f.relation, f.class, f.symmetric, BTreeSet::new()),
                        );
                        pair.push(e);
                        e
                    }
                };
                match defer.as_deref_mut() {
                    Some(p) => p.placed.push((i, e)),
                    None => {
                        self.graph[e].evidence.insert(f.evidence.clone());
                    }
                }
                continue;
            }
            let i = match groups
                .iter()
                .position(|g| (g.0, g.1) == (s, t) && g.2.relation == f.relation)
            {
                Some(i) => i,
                None => {
                    let e = Edge::new(&f.relation, f.class, f.symmetric, BTreeSet::new());
                    groups.push((s, t, e));
                    groups.len() - 1
                }
            };
            groups[i].2.evidence.insert(f.evidence.clone());
        }
        for (s, t, e) in groups {
            self.upsert_edge_at(s, t, e, true);
        }
    }

    /// Merges another graph into this one; the article sets are united.
    ///
    /// Commutative, associative and idempotent (see [`Node::absorb`] and
    /// [`Edge::absorb`]); the result keeps the tighter evidence cap of the
    /// two. A graph that caps evidence keeps totals instead of per-article
    /// detail, so two such graphs merge exactly only when their article sets
    /// are disjoint or one holds the other; when they partly overlap, the
    /// articles they share cannot be counted once, and this is an error.
    /// A capped graph and an uncapped one always merge exactly.
    pub fn merge(&mut self, other: &ActorGraph) -> Result<()> {
        match (self.max_evidence, other.max_evidence) {
            (None, None) => {
                self.articles.extend(other.articles.iter().cloned());
                for n in other.nodes() {
                    self.upsert_node(n.clone());
                }
                for (a, b, e) in other.edges() {
                    self.upsert_edge(&a.id, &b.id, e.clone());
                }
            }
            (Some(_), None) => self.add_detailed(other),
            (None, Some(_)) => {
                let mine = std::mem::replace(self, other.clone());
                self.add_detailed(&mine);
            }
            (Some(m), Some(n)) => {
                if other.articles.is_subset(&self.articles) {
                    // everything `other` saw is counted here already
                } else if self.articles.is_subset(&other.articles) {
                    *self = other.clone();
                } else if self.articles.is_disjoint(&other.articles) {
                    self.add_new(other);
                } else {
                    return Err(Error::invalid(format!(
                        "cannot merge two graphs built with --max-evidence whose articles partly overlap ({} shared, e.g. {:?}): they keep totals, not per-article counts, so the shared articles would count twice; merge graphs built without --max-evidence (and cap the merge), or graphs of disjoint article sets",
                        self.articles.intersection(&other.articles).count(),
                        self.articles
                            .intersection(&other.articles)
                            .next()
                            .map_or("", |a| &**a)
                    )));
                }
                self.cap_evidence(m.min(n));
            }
        }
        Ok(())
    }

    /// Adds an uncapped graph to this capped one: only what it saw in
    /// articles this one has not seen counts.
    fn add_detailed(&mut self, other: &ActorGraph) {
        let seen = self.articles.clone();
        self.add_part(other, |a| !seen.contains(a));
    }

    /// Adds a graph of articles this one has not seen: counts add up.
    fn add_new(&mut self, other: &ActorGraph) {
        self.add_part(other, |_| true);
    }

    /// Adds to this capped graph what `other` observed in the articles
    /// `fresh` accepts, which this graph has not seen (all of them when
    /// `other` is capped too); then `other`'s articles count as read.
    fn add_part(&mut self, other: &ActorGraph, fresh: impl Fn(&str) -> bool) {
        let Some(cap) = self.max_evidence else {
            return;
        };
        // decided before anything is added
        let nodes: Vec<(Node, NodeTotals)> = other
            .nodes()
            .map(|n| {
                let add = match n.totals {
                    Some(t) => t,
                    None => {
                        let counts: Vec<u64> = n
                            .mentions
                            .iter()
                            .filter(|(a, _)| fresh(a))
                            .map(|(_, &c)| c)
                            .collect();
                        NodeTotals {
                            mentions: counts.iter().sum(),
                            articles: counts.len(),
                        }
                    }
                };
                let mut n = n.clone();
                n.mentions = BTreeMap::new();
                n.totals = Some(NodeTotals::default());
                (n, add)
            })
            .collect();
        let edges: Vec<(&str, &str, Edge)> = other
            .edges()
            .filter_map(|(a, b, e)| {
                let mut e = e.clone();
                if e.totals.is_none() {
                    e.evidence.retain(|v| fresh(&v.article));
                }
                (e.count() > 0).then_some((a.id.as_str(), b.id.as_str(), e))
            })
            .collect();
        self.articles.extend(other.articles.iter().cloned());
        for (n, add) in nodes {
            let i = self.upsert_node(n);
            if let Some(t) = &mut self.graph[i].totals {
                t.mentions += add.mentions;
                t.articles += add.articles;
            }
        }
        for (a, b, mut e) in edges {
            let (Some(a), Some(b)) = (self.index(a), self.index(b)) else {
                continue;
            };
            e.cap(cap);
            self.upsert_edge_at(a, b, e, true);
        }
    }

    /// Each article's date, as the edges observed in it record it (`None`
    /// for an undated article). Articles without any relation are absent.
    pub fn article_dates(&self) -> BTreeMap<String, Option<String>> {
        let mut dates = BTreeMap::new();
        for (_, _, e) in self.edges() {
            for (a, t) in e.full_tally() {
                dates
                    .entry(a.to_string())
                    .or_insert(t.date.map(|d| d.to_string()));
            }
        }
        dates
    }

    /// Keeps only what was observed in the articles `keep` accepts: edge
    /// evidence and tallies, node mentions, and node dates (recomputed from
    /// `dates`, see [`article_dates`](Self::article_dates)). Edges left with
    /// no observation and nodes left without edges are dropped. The set of
    /// articles read and the evidence cap are kept.
    pub fn restricted(
        &self,
        dates: &BTreeMap<String, Option<String>>,
        keep: impl Fn(&str) -> bool,
    ) -> ActorGraph {
        let mut g = ActorGraph {
            articles: self.articles.clone(),
            max_evidence: self.max_evidence,
            ..ActorGraph::new()
        };
        let mut kept = Vec::new();
        for (a, b, e) in self.edges() {
            let mut e = e.clone();
            e.evidence.retain(|v| keep(&v.article));
            // (totals cannot be split by article: callers refuse capped graphs)
            e.totals = None;
            if e.count() == 0 {
                continue;
            }
            e.normalize();
            kept.push((a, b, e));
        }
        for (a, b, _) in &kept {
            for n in [a, b] {
                let mut n = (*n).clone();
                n.mentions.retain(|art, _| keep(art));
                n.dates = n
                    .mentions
                    .keys()
                    .filter_map(|art| dates.get(&**art).cloned().flatten())
                    .collect();
                g.upsert_node(n);
            }
        }
        for (a, b, e) in kept {
            g.upsert_edge(&a.id, &b.id, e);
        }
        g
    }

    /// Keeps only nodes and edges for which the predicates hold; nodes left
    /// without edges are dropped. The set of articles read is kept.
    pub fn filtered(&self, keep_edge: impl Fn(&Node, &Node, &Edge) -> bool) -> ActorGraph {
        let mut g = ActorGraph {
            articles: self.articles.clone(),
            max_evidence: self.max_evidence,
            ..ActorGraph::new()
        };
        let kept: Vec<_> = self
            .edges()
            .filter(|(a, b, e)| keep_edge(a, b, e))
            .collect();
        for (a, b, _) in &kept {
            g.upsert_node((*a).clone());
            g.upsert_node((*b).clone());
        }
        for (a, b, e) in kept {
            g.upsert_edge(&a.id, &b.id, e.clone());
        }
        g
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Steve Witkoff"), "steve-witkoff");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Bashar al-Assad"), "bashar-al-assad");
        assert_eq!(slug("  "), "actor");
    }

    /// One article naming `actors` (label, kind), with a fact between each
    /// actor and the last one.
    fn article(id: &str, actors: &[(&str, ActorKind)]) -> Extraction {
        use crate::extract::{Actor, Fact};
        let last = actors.len() - 1;
        Extraction {
            article: id.into(),
            date: None,
            actors: actors
                .iter()
                .map(|&(label, kind)| Actor {
                    label: label.to_string(),
                    kind,
                    country: None,
                    roles: BTreeSet::new(),
                    aliases: BTreeSet::from([label.to_string()]),
                    mentions: 2,
                })
                .collect(),
            facts: (0..last)
                .map(|i| Fact {
                    subject: i,
                    relation: "criticized".to_string(),
                    class: Class::VK,
                    symmetric: false,
                    object: last,
                    evidence: Evidence {
                        article: id.into(),
                        start: i,
                        end: i + 1,
                        sentence: "s".into(),
                        trigger: "criticized".into(),
                        date: None,
                        intended: false,
                    },
                })
                .collect(),
        }
    }

    #[test]
    fn a_bare_surname_is_never_guessed_onto_another_articles_full_name() {
        let mut g = ActorGraph::new();
        g.add(&article(
            "a1",
            &[
                ("Anna Kovacs", ActorKind::Person),
                ("Iran", ActorKind::Country),
            ],
        ));
        g.add(&article(
            "a2",
            &[
                ("Peter Kovacs", ActorKind::Person),
                ("Iran", ActorKind::Country),
            ],
        ));
        g.add(&article(
            "a3",
            &[("Kovacs", ActorKind::Person), ("Iran", ActorKind::Country)],
        ));
        let ids: Vec<&str> = g.nodes().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["anna-kovacs", "iran", "kovacs", "peter-kovacs"]);
        assert_eq!(g.node("iran").map(Node::mention_count), Some(6));
    }

    #[test]
    fn labels_with_one_slug_are_one_node_whatever_the_order() {
        let both = article(
            "a1",
            &[
                ("Recep Tayyip Erdogan", ActorKind::Group),
                ("Recep Tayyip Erdoğan", ActorKind::Person),
                ("Syria", ActorKind::Country),
            ],
        );
        let mut g = ActorGraph::new();
        g.add(&both);
        let n = g.node("recep-tayyip-erdogan").expect("one node");
        assert_eq!(n.label, "Recep Tayyip Erdoğan");
        assert_eq!(n.kind, ActorKind::Person);
        // mentions within one article add up
        assert_eq!(n.mentions["a1"], 4);
        assert_eq!(g.edge_count(), 1);
        assert_eq!(g.edges().next().map(|e| e.2.count()), Some(2));
        let mut reversed = both.clone();
        reversed.actors.swap(0, 1);
        let mut h = ActorGraph::new();
        h.add(&reversed);
        assert_eq!(
            h.node("recep-tayyip-erdogan"),
            g.node("recep-tayyip-erdogan")
        );
    }
}
