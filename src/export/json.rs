//! The geokg/1 JSON format (node-link), read and written.
//!
//! # Format
//! ```text
//! {
//!   "schema": "geokg/1",
//!   "directed": true, "multigraph": true,   // for networkx.node_link_graph(data, edges="edges")
//!   "graph": {"articles": N, "article_ids": ["a1", ...], "nodes": N, "edges": N,
//!             "max_evidence": N},                      // only under --max-evidence
//!   "nodes": [ {"id": "steve-witkoff", "label": "Steve Witkoff", "kind": "person",
//!               "aliases": [...], "country": "USA" | null, "roles": [...],
//!               "mentions": 12, "articles": ["a1", ...], "first_seen": "2025-04-12" | null,
//!               "last_seen": ..., "dates": [...], "mentions_by_article": {"a1": 7, ...},
//!               // under --max-evidence, instead of "articles" and "mentions_by_article":
//!               "article_count": 4,
//!               // analytics, as geokg build / merge write them (see crate::analytics):
//!               "degree": 5, "weighted_degree": 9, "pagerank": 0.041234,
//!               "betweenness": 0.0125, "community": 0} ],
//!   "edges": [ {"source": "<node id>", "target": "<node id>", "relation": "met", "class": "VC",
//!               "symmetric": true, "count": 2, "articles": [...], "first_seen": ..., "last_seen": ...,
//!               "intended": false,
//!               "evidence": [{"article", "sentence", "start", "end", "trigger", "date", "intended"}],
//!               // only when --max-evidence dropped some of this edge's evidence
//!               // (and then without "articles"):
//!               "evidence_truncated": true,
//!               "totals": {"articles": 41, "count": 57, "intended": 3}} ]
//! }
//! ```
//! `count` is always the number of distinct observations, whether or not
//! their evidence was kept.
//!
//! # `--max-evidence N`: totals instead of per-article detail
//! A capped graph keeps what every observation adds up to, not per-article
//! maps, so that its memory and its file stop growing with the corpus (see
//! [`crate::graph`]). When the cap dropped some of an edge's evidence, the
//! edge keeps the first N pieces (in evidence order), says
//! `"evidence_truncated": true`, and writes `"totals"`: the number of
//! articles, observations (`count`, as at the top level) and stated
//! intentions. It has no `"articles"` list then; `first_seen`, `last_seen`
//! and `intended` stay exact. Every node of a capped graph writes
//! `"article_count"` instead of `"articles"` and `"mentions_by_article"`;
//! `mentions` stays exact. Edges whose evidence the cap kept whole look as
//! they do without a cap. `graph.max_evidence` records the cap, which a
//! merge keeps (the smallest, when inputs differ). Capped files written by
//! earlier versions, with per-article `"observations"` on truncated edges
//! and per-article mentions on nodes, are read and added up.
//!
//! `graph.articles` counts the articles read, including those that yielded
//! no relation; `graph.article_ids` lists them (sorted), so that `merge`
//! unites article sets. Files written before `article_ids` existed are read
//! too; their articles are those that nodes and edges name.
//! Nodes are sorted by id, edges by (source, target, relation), evidence by
//! (article, start, end, trigger). `start`/`end` are byte offsets of the
//! sentence in the article text. `symmetric` edges have `source < target`.
//! The analytics describe the graph as written (after any filter); `merge`
//! ignores them when reading and computes them afresh.

use super::Exporter;
use crate::error::{Error, Result};
use crate::extract::{Evidence, Extraction, Fact};
use crate::graph::{ActorGraph, Edge, Node, NodeTotals, Totals};
use crate::lexicon::{ActorKind, Class};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// The schema tag this version writes and reads.
pub const SCHEMA: &str = "geokg/1";

/// Writes geokg/1 JSON.
#[derive(Debug, Clone, Default)]
pub struct JsonExporter {
    /// Name the edge list `links` (D3 convention) instead of `edges`.
    pub links: bool,
    /// Extra per-node fields to write, by node id (the analytics:
    /// [`Analytics::node_extras`](crate::analytics::Analytics::node_extras)).
    pub extras: Option<NodeExtras>,
    /// Threads that render nodes and edges (0 or 1: the calling thread
    /// only); the output is the same for any number.
    pub jobs: usize,
}

#[derive(Serialize, Deserialize)]
struct WireGraph {
    schema: Option<String>,
    #[serde(default)]
    directed: bool,
    #[serde(default)]
    multigraph: bool,
    #[serde(default)]
    graph: BTreeMap<String, serde_json::Value>,
    nodes: Vec<WireNode>,
    #[serde(alias = "links")]
    edges: Vec<WireEdge>,
}

#[derive(Serialize, Deserialize)]
struct WireNode {
    id: String,
    label: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    country: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    mentions: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article_count: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    articles: Option<Vec<Arc<str>>>,
    #[serde(default)]
    first_seen: Option<String>,
    #[serde(default)]
    last_seen: Option<String>,
    #[serde(default)]
    dates: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mentions_by_article: Option<BTreeMap<Arc<str>, u64>>,
    #[serde(flatten)]
    extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct WireEdge {
    source: String,
    target: String,
    relation: String,
    class: String,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    count: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    articles: Option<Vec<Arc<str>>>,
    #[serde(default)]
    first_seen: Option<String>,
    #[serde(default)]
    last_seen: Option<String>,
    #[serde(default)]
    intended: bool,
    #[serde(default)]
    evidence: Vec<WireEvidence>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    evidence_truncated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    totals: Option<WireTotals>,
    /// Per-article observations, as files written before `totals` had them.
    #[serde(default, skip_serializing)]
    observations: BTreeMap<Arc<str>, WireTally>,
}

#[derive(Serialize, Deserialize)]
struct WireTotals {
    articles: usize,
    count: usize,
    intended: usize,
}

#[derive(Serialize, Deserialize)]
struct WireTally {
    count: usize,
    #[serde(default)]
    intended: usize,
    #[serde(default)]
    date: Option<Arc<str>>,
}

#[derive(Serialize, Deserialize)]
struct WireEvidence {
    article: Arc<str>,
    sentence: Arc<str>,
    start: usize,
    end: usize,
    trigger: Arc<str>,
    date: Option<Arc<str>>,
    #[serde(default)]
    intended: bool,
}

/// Extra per-node values (analytics) an exporter may add.
pub type NodeExtras = BTreeMap<String, BTreeMap<String, serde_json::Value>>;

fn wire(graph: &ActorGraph, extras: Option<&NodeExtras>) -> WireGraph {
    let mut meta = BTreeMap::new();
    meta.insert(
        "articles".to_string(),
        serde_json::json!(graph.article_count()),
    );
    meta.insert(
        "article_ids".to_string(),
        serde_json::json!(graph.articles().collect::<Vec<_>>()),
    );
    meta.insert("nodes".to_string(), serde_json::json!(graph.node_count()));
    meta.insert("edges".to_string(), serde_json::json!(graph.edge_count()));
    if let Some(n) = graph.max_evidence() {
        meta.insert("max_evidence".to_string(), serde_json::json!(n));
    }
    let nodes = graph
        .nodes()
        .map(|n| WireNode {
            id: n.id.clone(),
            label: n.label.clone(),
            kind: n.kind.as_str().to_string(),
            aliases: n.aliases.iter().cloned().collect(),
            country: n.country.clone(),
            roles: n.roles.iter().cloned().collect(),
            mentions: n.mention_count(),
            article_count: n.totals.map(|t| t.articles),
            articles: n
                .totals
                .is_none()
                .then(|| n.mentions.keys().cloned().collect()),
            first_seen: n.dates.first().cloned(),
            last_seen: n.dates.last().cloned(),
            dates: n.dates.iter().cloned().collect(),
            mentions_by_article: n.totals.is_none().then(|| n.mentions.clone()),
            extra: extras
                .and_then(|x| x.get(&n.id))
                .cloned()
                .unwrap_or_default(),
        })
        .collect();
    let edges = graph
        .edges()
        .map(|(a, b, e)| {
            let (first, last) = e.date_range();
            WireEdge {
                source: a.id.clone(),
                target: b.id.clone(),
                relation: e.relation.clone(),
                class: e.class.as_str().to_string(),
                symmetric: e.symmetric,
                count: e.count(),
                articles: e
                    .totals
                    .is_none()
                    .then(|| e.articles().into_iter().map(Arc::from).collect()),
                first_seen: first.map(str::to_string),
                last_seen: last.map(str::to_string),
                intended: e.intended_only(),
                evidence: e
                    .evidence
                    .iter()
                    .map(|v| WireEvidence {
                        article: v.article.clone(),
                        sentence: v.sentence.clone(),
                        start: v.start,
                        end: v.end,
                        trigger: v.trigger.clone(),
                        date: v.date.clone(),
                        intended: v.intended,
                    })
                    .collect(),
                evidence_truncated: e.is_truncated(),
                totals: e.totals.as_ref().map(|t| WireTotals {
                    articles: t.articles,
                    count: t.count,
                    intended: t.intended,
                }),
                observations: BTreeMap::new(),
            }
        })
        .collect();
    WireGraph {
        schema: Some(SCHEMA.to_string()),
        directed: true,
        multigraph: true,
        graph: meta,
        nodes,
        edges,
    }
}

impl JsonExporter {
    /// Serializes to a JSON value (with optional per-node analytics).
    pub fn to_value(&self, graph: &ActorGraph, extras: Option<&NodeExtras>) -> serde_json::Value {
        let mut v = serde_json::to_value(wire(graph, extras)).unwrap_or(serde_json::Value::Null);
        if self.links
            && let Some(o) = v.as_object_mut()
            && let Some(e) = o.remove("edges")
        {
            o.insert("links".to_string(), e);
        }
        v
    }
}

impl Exporter for JsonExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.write_direct(graph, w)
    }
}

// ---------------------------------------------------------------------------
// The writer: geokg/1 JSON straight from the graph, byte for byte what
// `serde_json::to_writer_pretty` makes of [`JsonExporter::to_value`] (keys
// sorted, two-space indent), without building that value first. Nodes and
// edges are rendered in chunks, on `jobs` threads when asked, and written in
// order, so the output is the same for any number of threads and only a few
// chunks are held in memory at once.

/// Nodes or edges rendered per chunk.
const CHUNK: usize = 256;
/// ... or about this many pieces of evidence, aliases and mentions.
const CHUNK_WEIGHT: usize = 1024;
/// About how many bytes of JSON a unit of weight renders to (a piece of
/// evidence with its sentence: 450 on the generated corpora).
const BYTES_PER_WEIGHT: usize = 512;

/// The bytes of the eight-byte word `x` (little-endian) that need an
/// escape in a JSON string (a control character, `"` or `\\`), as the high
/// bit of each: a byte below 0x20 is found by the borrow of subtracting 0x20
/// from every byte, `"` and `\\` by the borrow of subtracting 1 after an
/// exclusive or. A borrow only starts at a byte that matches and only moves
/// up, so the lowest bit set marks the first byte to escape exactly (bits
/// above it may be borrows).
fn escape_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let control = x.wrapping_sub(0x20 * ONES);
    let quote = (x ^ (u64::from(b'"') * ONES)).wrapping_sub(ONES);
    let backslash = (x ^ (u64::from(b'\\') * ONES)).wrapping_sub(ONES);
    // `!x`: a byte of 0x80 or more never matches
    (control | quote | backslash) & !x & HIGH
}

/// The first byte at or after `from` that needs an escape, eight bytes at a
/// time.
fn next_escape(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(w) = bytes.get(from..).and_then(|b| b.first_chunk::<8>()) {
        let m = escape_mask(u64::from_le_bytes(*w));
        if m != 0 {
            return Some(from + m.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    let rest = bytes.get(from..)?;
    rest.iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|k| from + k)
}

/// A JSON string, escaped as serde_json escapes it.
fn put_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(i) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..i]);
        let b = bytes[i];
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => &[],
        };
        if esc.is_empty() {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
        } else {
            out.extend_from_slice(esc);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Spaces for the deepest indentation the writer uses, and more.
const SPACES: &[u8; 64] = &[b' '; 64];

fn put_indent(out: &mut Vec<u8>, depth: usize) {
    let n = 2 * depth;
    match SPACES.get(..n) {
        Some(s) => out.extend_from_slice(s),
        None => out.extend(std::iter::repeat_n(b' ', n)),
    }
}

fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

fn put_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn put_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => put_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON value of any shape (the analytics), pretty-printed at `depth`.
fn put_value(out: &mut Vec<u8>, v: &serde_json::Value, depth: usize) {
    let mut text = Vec::new();
    if serde_json::to_writer_pretty(&mut text, v).is_err() {
        out.extend_from_slice(b"null");
        return;
    }
    // strings hold no raw line break, so every one in `text` is layout
    for line in text.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(line);
        if line.ends_with(b"\n") {
            put_indent(out, depth);
        }
    }
}

/// A pretty-printed object or array being written at nesting `depth`.
struct Open<'a> {
    out: &'a mut Vec<u8>,
    depth: usize,
    empty: bool,
    close: u8,
}

impl<'a> Open<'a> {
    fn object(out: &'a mut Vec<u8>, depth: usize) -> Self {
        Self::new(out, depth, b'{', b'}')
    }

    fn array(out: &'a mut Vec<u8>, depth: usize) -> Self {
        Self::new(out, depth, b'[', b']')
    }

    fn new(out: &'a mut Vec<u8>, depth: usize, open: u8, close: u8) -> Self {
        out.push(open);
        Open {
            out,
            depth,
            empty: true,
            close,
        }
    }

    /// Starts the next array element; returns the buffer to write it to.
    fn item(&mut self) -> &mut Vec<u8> {
        self.out
            .extend_from_slice(if self.empty { b"\n" } else { b",\n" });
        self.empty = false;
        put_indent(self.out, self.depth + 1);
        self.out
    }

    /// Starts the next object member; returns the buffer for its value.
    fn key(&mut self, k: &str) -> &mut Vec<u8> {
        self.item();
        put_str(self.out, k);
        self.out.extend_from_slice(b": ");
        self.out
    }

    /// Starts the next member named by a field name of the format (no
    /// character to escape); returns the buffer for its value.
    fn field(&mut self, k: &'static str) -> &mut Vec<u8> {
        debug_assert!(next_escape(k.as_bytes(), 0).is_none());
        let out = self.item();
        out.reserve(k.len() + 4);
        out.push(b'"');
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b"\": ");
        out
    }

    fn end(self) {
        if !self.empty {
            self.out.push(b'\n');
            put_indent(self.out, self.depth);
        }
        self.out.push(self.close);
    }
}

fn put_str_array<'s>(out: &mut Vec<u8>, depth: usize, items: impl IntoIterator<Item = &'s str>) {
    let mut a = Open::array(out, depth);
    for s in items {
        put_str(a.item(), s);
    }
    a.end();
}

/// One node's members, in key order, with its extras (which win over a
/// field of the same name, as with `#[serde(flatten)]`).
fn put_node(
    out: &mut Vec<u8>,
    depth: usize,
    n: &Node,
    extra: Option<&BTreeMap<String, serde_json::Value>>,
) {
    const FIELDS: [&str; 13] = [
        "aliases",
        "article_count",
        "articles",
        "country",
        "dates",
        "first_seen",
        "id",
        "kind",
        "label",
        "last_seen",
        "mentions",
        "mentions_by_article",
        "roles",
    ];
    let empty = BTreeMap::new();
    let mut extras = extra.unwrap_or(&empty).iter().peekable();
    let mut o = Open::object(out, depth);
    let d = depth + 1;
    for field in FIELDS {
        while let Some((k, v)) = extras.next_if(|(k, _)| k.as_str() < field) {
            put_value(o.key(k), v, d);
        }
        if let Some((k, v)) = extras.next_if(|(k, _)| k.as_str() == field) {
            put_value(o.key(k), v, d);
            continue;
        }
        // a capped graph's nodes keep totals, not per-article mentions
        let per_article = matches!(field, "articles" | "mentions_by_article");
        if (field == "article_count" && n.totals.is_none()) || (per_article && n.totals.is_some()) {
            continue;
        }
        let w = o.field(field);
        match field {
            "aliases" => put_str_array(w, d, n.aliases.iter().map(String::as_str)),
            "article_count" => put_uint(w, n.article_count() as u64),
            "articles" => put_str_array(w, d, n.mentions.keys().map(|a| &**a)),
            "country" => put_opt_str(w, n.country.as_deref()),
            "dates" => put_str_array(w, d, n.dates.iter().map(String::as_str)),
            "first_seen" => put_opt_str(w, n.dates.first().map(String::as_str)),
            "id" => put_str(w, &n.id),
            "kind" => put_str(w, n.kind.as_str()),
            "label" => put_str(w, &n.label),
            "last_seen" => put_opt_str(w, n.dates.last().map(String::as_str)),
            "mentions" => put_uint(w, n.mention_count()),
            "mentions_by_article" => {
                let mut m = Open::object(w, d);
                for (a, c) in &n.mentions {
                    put_uint(m.key(a), *c);
                }
                m.end();
            }
            _ => put_str_array(w, d, n.roles.iter().map(String::as_str)),
        }
    }
    for (k, v) in extras {
        put_value(o.key(k), v, d);
    }
    o.end();
}

fn put_evidence(out: &mut Vec<u8>, depth: usize, v: &Evidence) {
    let mut o = Open::object(out, depth);
    put_str(o.field("article"), &v.article);
    put_opt_str(o.field("date"), v.date.as_deref());
    put_uint(o.field("end"), v.end as u64);
    put_bool(o.field("intended"), v.intended);
    put_str(o.field("sentence"), &v.sentence);
    put_uint(o.field("start"), v.start as u64);
    put_str(o.field("trigger"), &v.trigger);
    o.end();
}

fn put_edge(out: &mut Vec<u8>, depth: usize, a: &Node, b: &Node, e: &Edge) {
    let d = depth + 1;
    let truncated = e.is_truncated();
    let (first, last) = e.date_range();
    let mut o = Open::object(out, depth);
    if e.totals.is_none() {
        put_str_array(o.field("articles"), d, e.article_ids());
    }
    put_str(o.field("class"), e.class.as_str());
    put_uint(o.field("count"), e.count() as u64);
    let mut ev = Open::array(o.field("evidence"), d);
    for v in &e.evidence {
        put_evidence(ev.item(), d + 1, v);
    }
    ev.end();
    if truncated {
        put_bool(o.field("evidence_truncated"), true);
    }
    put_opt_str(o.field("first_seen"), first);
    put_bool(o.field("intended"), e.intended_only());
    put_opt_str(o.field("last_seen"), last);
    put_str(o.field("relation"), &e.relation);
    put_str(o.field("source"), &a.id);
    put_bool(o.field("symmetric"), e.symmetric);
    put_str(o.field("target"), &b.id);
    if let Some(t) = &e.totals {
        let mut t_o = Open::object(o.field("totals"), d);
        put_uint(t_o.field("articles"), t.articles as u64);
        put_uint(t_o.field("count"), t.count as u64);
        put_uint(t_o.field("intended"), t.intended as u64);
        t_o.end();
    }
    o.end();
}

/// Splits `items` into chunks of at most [`CHUNK`] items and about
/// [`CHUNK_WEIGHT`] in `weight` (an edge with much evidence makes a chunk of
/// its own), so that chunks take about as long to render.
fn chunks_of<'t, T>(items: &'t [T], weight: &dyn Fn(&T) -> usize) -> Vec<&'t [T]> {
    let mut chunks = Vec::new();
    let (mut start, mut sum) = (0, 0);
    for (i, x) in items.iter().enumerate() {
        sum += weight(x);
        if i + 1 - start == CHUNK || sum >= CHUNK_WEIGHT {
            chunks.push(&items[start..=i]);
            (start, sum) = (i + 1, 0);
        }
    }
    if start < items.len() {
        chunks.push(&items[start..]);
    }
    chunks
}

/// What a rendering thread hands back: a chunk's bytes, or its panic.
type Rendered = std::thread::Result<Vec<u8>>;

/// Renders `items` in chunks (see [`chunks_of`]) on up to `jobs` threads
/// and writes each chunk, in order, as the next elements of the array
/// `list` (at depth 1).
///
/// With more than one job, the calling thread writes chunk after chunk
/// while `jobs` threads render the ones after it: a thread takes a ticket
/// before it takes the next chunk, and the writer gives one back for every
/// chunk written, so at most `4 * jobs` rendered chunks wait in memory.
fn put_chunked<T: Sync>(
    w: &mut dyn std::io::Write,
    buf: &mut Vec<u8>,
    items: &[T],
    weight: &dyn Fn(&T) -> usize,
    jobs: usize,
    render: &(dyn Fn(&mut Vec<u8>, &T) + Sync),
) -> std::io::Result<()> {
    use std::sync::mpsc::sync_channel;
    // element separators and indentation are written around the chunks
    let chunk_into = |out: &mut Vec<u8>, c: &[T], first: bool| {
        for (i, x) in c.iter().enumerate() {
            out.extend_from_slice(if first && i == 0 { b"\n" } else { b",\n" });
            put_indent(out, 2);
            render(out, x);
        }
    };
    // (a fresh buffer sized for the chunk's weight: a piece of evidence
    // takes about 450 bytes, so it seldom grows, and its bytes are not
    // copied again and again as it doubles)
    let chunk = |c: &[T], first: bool, weight: usize| {
        let mut out = Vec::with_capacity(weight * BYTES_PER_WEIGHT);
        chunk_into(&mut out, c, first);
        out
    };
    if items.is_empty() {
        buf.extend_from_slice(b"[]");
        return Ok(());
    }
    buf.push(b'[');
    w.write_all(buf)?;
    buf.clear();
    let chunks = chunks_of(items, weight);
    let weights: Vec<usize> = chunks.iter().map(|c| c.iter().map(weight).sum()).collect();
    if jobs <= 1 || chunks.len() == 1 {
        // (one buffer for every chunk in turn)
        let mut out = Vec::new();
        for (i, c) in chunks.iter().enumerate() {
            out.clear();
            chunk_into(&mut out, c, i == 0);
            w.write_all(&out)?;
        }
    } else {
        let window = 4 * jobs;
        let (ticket_tx, ticket_rx) = sync_channel::<()>(window);
        for _ in 0..window {
            let _ = ticket_tx.send(());
        }
        let ticket_rx = std::sync::Mutex::new(ticket_rx);
        // never blocks a sender: a chunk is rendered only with a ticket
        let (done_tx, done_rx) = sync_channel::<(usize, Rendered)>(window);
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..jobs.min(chunks.len()) {
                let done_tx = done_tx.clone();
                let (chunks, weights, chunk, next, ticket_rx) =
                    (&chunks, &weights, &chunk, &next, &ticket_rx);
                s.spawn(move || {
                    loop {
                        let ticket = ticket_rx.lock().map(|rx| rx.recv());
                        if !matches!(ticket, Ok(Ok(()))) {
                            return; // the writer stopped
                        }
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(c) = chunks.get(i) else { return };
                        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            chunk(c, i == 0, weights[i])
                        }));
                        let failed = out.is_err();
                        if done_tx.send((i, out)).is_err() || failed {
                            return;
                        }
                    }
                });
            }
            drop(done_tx);
            // Writes chunks in order; on an error (or a renderer's panic)
            // the channels are dropped on return and the threads stop.
            let mut early = std::collections::BTreeMap::new();
            let mut want = 0;
            for (i, out) in done_rx {
                let out = out.unwrap_or_else(|p| std::panic::resume_unwind(p));
                early.insert(i, out);
                while let Some(out) = early.remove(&want) {
                    w.write_all(&out)?;
                    want += 1;
                    let _ = ticket_tx.try_send(());
                }
                if want == chunks.len() {
                    break;
                }
            }
            drop(ticket_tx);
            Ok::<(), std::io::Error>(())
        })?;
    }
    buf.extend_from_slice(b"\n  ]");
    Ok(())
}

impl JsonExporter {
    fn write_direct(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        let jobs = self.jobs.max(1);
        let extras = self.extras.as_ref();
        let edges: Vec<(&Node, &Node, &Edge)> = graph.edges().collect();
        let nodes: Vec<&Node> = graph.nodes().collect();
        let mut buf = Vec::new();
        buf.extend_from_slice(b"{\n  \"directed\": true,\n  ");
        let edges_key = if self.links { "links" } else { "edges" };
        let write_edges = |w: &mut dyn std::io::Write, buf: &mut Vec<u8>| {
            put_str(buf, edges_key);
            buf.extend_from_slice(b": ");
            let weight = |(_, _, e): &(&Node, &Node, &Edge)| 1 + e.evidence.len();
            put_chunked(w, buf, &edges, &weight, jobs, &|out, (a, b, e)| {
                put_edge(out, 2, a, b, e)
            })?;
            buf.extend_from_slice(b",\n  ");
            Ok::<(), std::io::Error>(())
        };
        if !self.links {
            write_edges(w, &mut buf)?;
        }
        // "graph"
        buf.extend_from_slice(b"\"graph\": ");
        let mut g = Open::object(&mut buf, 1);
        put_str_array(g.field("article_ids"), 2, graph.articles());
        put_uint(g.field("articles"), graph.article_count() as u64);
        put_uint(g.field("edges"), graph.edge_count() as u64);
        if let Some(n) = graph.max_evidence() {
            put_uint(g.field("max_evidence"), n as u64);
        }
        put_uint(g.field("nodes"), graph.node_count() as u64);
        g.end();
        buf.extend_from_slice(b",\n  ");
        if self.links {
            write_edges(w, &mut buf)?;
        }
        buf.extend_from_slice(b"\"multigraph\": true,\n  \"nodes\": ");
        let weight = |n: &&Node| 1 + n.aliases.len() + n.mentions.len() + n.dates.len();
        put_chunked(w, &mut buf, &nodes, &weight, jobs, &|out, n| {
            put_node(out, 2, n, extras.and_then(|x| x.get(&n.id)));
        })?;
        buf.extend_from_slice(b",\n  \"schema\": ");
        put_str(&mut buf, SCHEMA);
        buf.extend_from_slice(b"\n}\n");
        w.write_all(&buf)
    }
}

/// One extracted triple of `x` as a line of `geokg extract` output: compact
/// JSON with sorted keys (article, class, date, end, intended, object and
/// its country and kind, relation, sentence, start, subject and its country
/// and kind, trigger), then a newline; byte for byte what serde_json writes
/// for the same object.
pub fn put_fact_line(out: &mut Vec<u8>, x: &Extraction, f: &Fact) {
    let (s, o, v) = (&x.actors[f.subject], &x.actors[f.object], &f.evidence);
    /// Opens the object or goes on to the next member, named `k`.
    fn key(out: &mut Vec<u8>, k: &str, first: bool) {
        out.extend_from_slice(if first { b"{\"" } else { b",\"" });
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b"\":");
    }
    key(out, "article", true);
    put_str(out, &x.article);
    key(out, "class", false);
    put_str(out, f.class.as_str());
    key(out, "date", false);
    put_opt_str(out, v.date.as_deref());
    key(out, "end", false);
    put_uint(out, v.end as u64);
    key(out, "intended", false);
    put_bool(out, v.intended);
    key(out, "object", false);
    put_str(out, &o.label);
    key(out, "object_country", false);
    put_opt_str(out, o.country.as_deref());
    key(out, "object_kind", false);
    put_str(out, o.kind.as_str());
    key(out, "relation", false);
    put_str(out, &f.relation);
    key(out, "sentence", false);
    put_str(out, &v.sentence);
    key(out, "start", false);
    put_uint(out, v.start as u64);
    key(out, "subject", false);
    put_str(out, &s.label);
    key(out, "subject_country", false);
    put_opt_str(out, s.country.as_deref());
    key(out, "subject_kind", false);
    put_str(out, s.kind.as_str());
    key(out, "trigger", false);
    put_str(out, &v.trigger);
    out.extend_from_slice(b"}\n");
}

/// Reads a geokg/1 graph written earlier. Refuses other schemas, dangling
/// edge endpoints, duplicate node ids and node ids that are empty or hold
/// control characters, naming `path`.
pub fn read_graph(path: &Path, text: &str) -> Result<ActorGraph> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Error::graph(path, format!("not JSON: {e}")))?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(Error::graph(
                path,
                format!("unsupported schema {other:?} (this geokg reads {SCHEMA:?})"),
            ));
        }
        None => {
            return Err(Error::graph(
                path,
                format!("not a geokg graph: no \"schema\": {SCHEMA:?} field"),
            ));
        }
    }
    let w: WireGraph = serde_json::from_value(value)
        .map_err(|e| Error::graph(path, format!("malformed geokg graph: {e}")))?;
    let mut g = ActorGraph::new();
    // Articles read: `graph.article_ids` (older files lack it), plus every
    // article a node or an edge names.
    match w.graph.get("article_ids") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::Array(ids)) => {
            for id in ids {
                let id = id.as_str().ok_or_else(|| {
                    Error::graph(path, "graph.article_ids: expected a list of strings")
                })?;
                g.add_article(id);
            }
        }
        Some(_) => {
            return Err(Error::graph(
                path,
                "graph.article_ids: expected a list of strings",
            ));
        }
    }
    match w.graph.get("max_evidence") {
        None | Some(serde_json::Value::Null) => {}
        Some(v) => match v.as_u64().and_then(|n| usize::try_from(n).ok()) {
            Some(n) => g.cap_evidence(n),
            None => {
                return Err(Error::graph(
                    path,
                    "graph.max_evidence: expected a non-negative integer",
                ));
            }
        },
    }
    let mut seen = BTreeSet::new();
    for n in w.nodes {
        for a in n
            .mentions_by_article
            .iter()
            .flat_map(BTreeMap::keys)
            .chain(n.articles.iter().flatten())
        {
            g.add_article(a);
        }
        // Ids name nodes in every export; a control character would be
        // dropped by XML (so "a\u{1}b" and "ab" would clash) or changed by DOT.
        if n.id.is_empty()
            || n.id
                .chars()
                .any(|c| c.is_control() || !super::xml::allowed(c))
        {
            return Err(Error::graph(
                path,
                format!("node id {:?}: empty or holds a control character", n.id),
            ));
        }
        if !seen.insert(n.id.clone()) {
            return Err(Error::graph(path, format!("duplicate node id {:?}", n.id)));
        }
        let kind = ActorKind::parse(&n.kind).ok_or_else(|| {
            Error::graph(path, format!("node {:?}: unknown kind {:?}", n.id, n.kind))
        })?;
        let mut mentions = n.mentions_by_article.unwrap_or_default();
        if mentions.is_empty() {
            for a in n.articles.iter().flatten() {
                mentions.insert(a.clone(), 0);
            }
        }
        let totals = match n.article_count {
            Some(articles) if mentions.is_empty() => Some(NodeTotals {
                mentions: n.mentions,
                articles,
            }),
            _ => None,
        };
        let mut dates: BTreeSet<String> = n.dates.into_iter().collect();
        dates.extend(n.first_seen);
        dates.extend(n.last_seen);
        g.upsert_node(Node {
            id: n.id,
            label: n.label,
            kind,
            country: n.country,
            roles: n.roles.into_iter().collect(),
            aliases: n.aliases.into_iter().collect(),
            mentions,
            dates,
            totals,
        });
    }
    for e in w.edges {
        for end in [&e.source, &e.target] {
            if !seen.contains(end) {
                return Err(Error::graph(
                    path,
                    format!(
                        "edge {} -{}-> {}: no node {:?}",
                        e.source, e.relation, e.target, end
                    ),
                ));
            }
        }
        let class = Class::parse(&e.class).ok_or_else(|| {
            Error::graph(
                path,
                format!(
                    "edge {} -{}-> {}: unknown class {:?}",
                    e.source, e.relation, e.target, e.class
                ),
            )
        })?;
        for v in &e.evidence {
            g.add_article(&v.article);
        }
        for a in e.articles.iter().flatten().chain(e.observations.keys()) {
            g.add_article(a);
        }
        let evidence = e
            .evidence
            .into_iter()
            .map(|v| Evidence {
                article: v.article,
                start: v.start,
                end: v.end,
                sentence: v.sentence,
                trigger: v.trigger,
                date: v.date,
                intended: v.intended,
            })
            .collect();
        let mut edge = Edge::new(&e.relation, class, e.symmetric, evidence);
        let (first, last) = (e.first_seen.map(Arc::from), e.last_seen.map(Arc::from));
        if let Some(t) = e.totals {
            edge.totals = Some(Totals {
                count: t.count,
                intended: t.intended,
                articles: t.articles,
                first,
                last,
            });
        } else if !e.observations.is_empty() {
            // an older file: per-article observations, added up
            let mut t = Totals::default();
            for o in e.observations.values() {
                t.add(&Totals {
                    count: o.count,
                    intended: o.intended,
                    articles: 1,
                    first: o.date.clone(),
                    last: o.date.clone(),
                });
            }
            edge.totals = Some(t);
        }
        edge.normalize();
        g.upsert_edge(&e.source, &e.target, edge);
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(g: &ActorGraph) -> String {
        let mut out = Vec::new();
        JsonExporter::default().write(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn articles_read_survive_a_round_trip_and_merge_unites_them() {
        let mut g = super::super::fixture();
        g.add_article("a3-no-relations");
        let text = write(&g);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["graph"]["articles"], 3);
        assert_eq!(
            v["graph"]["article_ids"],
            serde_json::json!(["a1", "a2", "a3-no-relations"])
        );
        let back = read_graph(Path::new("g.json"), &text).unwrap();
        assert_eq!(back.article_count(), 3);
        assert_eq!(write(&back), text);

        let mut other = ActorGraph::new();
        other.add_article("a3-no-relations");
        other.add_article("b1");
        let mut merged = back.clone();
        merged.merge(&other).unwrap();
        assert_eq!(merged.article_count(), 4);
        // idempotent
        let once = write(&merged);
        merged.merge(&other).unwrap();
        merged.merge(&back).unwrap();
        assert_eq!(write(&merged), once);
    }

    use proptest::prelude::*;

    proptest! {
        /// Strings come out as serde_json writes them, whatever their
        /// bytes: printable ASCII with now and then a quote, a backslash,
        /// a control character or any other character, at every length
        /// around the eight-byte steps of the escape check.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(
            chars in proptest::collection::vec(
                prop_oneof![
                    12 => (b' '..=b'~').prop_map(char::from),
                    1 => Just('"'),
                    1 => Just('\\'),
                    1 => (0u8..0x20).prop_map(char::from),
                    1 => Just('\u{7f}'),
                    2 => any::<char>(),
                ],
                0..40,
            )
        ) {
            let s: String = chars.into_iter().collect();
            let mut out = Vec::new();
            put_str(&mut out, &s);
            prop_assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&s).unwrap()
            );
        }
    }

    /// What the writer must match: serde_json's pretty printing of
    /// [`JsonExporter::to_value`].
    fn via_value(x: &JsonExporter, g: &ActorGraph) -> String {
        let mut out = serde_json::to_string_pretty(&x.to_value(g, x.extras.as_ref())).unwrap();
        out.push('\n');
        out
    }

    #[test]
    fn the_writer_matches_serde_json_for_any_thread_count() {
        let mut big = super::super::fixture();
        // enough nodes and edges for several chunks
        for i in 0..(3 * CHUNK + 5) {
            let id = format!("n{i:04}");
            let mut n = big.node("ann").unwrap().clone();
            n.id.clone_from(&id);
            big.upsert_node(n);
            let e = big.edges().next().unwrap().2.clone();
            big.upsert_edge("ann", &id, e);
        }
        big.cap_evidence(1);
        let mut extras = crate::analytics::analyze(&big).node_extras();
        // an extra that shadows a field, one that sorts first, a nested one
        extras.entry("ann".into()).or_default().extend([
            ("label".to_string(), serde_json::json!("shadowed")),
            (
                "aaa".to_string(),
                serde_json::json!({"x": [1, 2.5, "s\n"], "y": {}}),
            ),
            ("zzz".to_string(), serde_json::json!([])),
        ]);
        // edges with more evidence than a chunk holds, between light ones
        let mut heavy = super::super::fixture();
        let (a, b, e) = heavy.edges().next().unwrap();
        let (a, b, mut e) = (a.id.clone(), b.id.clone(), e.clone());
        let v = e.evidence.first().unwrap().clone();
        for i in 0..(2 * CHUNK_WEIGHT + 3) {
            let mut v = v.clone();
            v.start = 100_000 + i;
            e.evidence.insert(v);
        }
        heavy.upsert_edge(&a, &b, e.clone());
        heavy.upsert_edge(&b, &a, e);
        for g in [ActorGraph::new(), super::super::fixture(), big, heavy] {
            for links in [false, true] {
                for jobs in [0, 1, 2, 5] {
                    for extras in [None, Some(extras.clone())] {
                        let x = JsonExporter {
                            links,
                            extras,
                            jobs,
                        };
                        let mut out = Vec::new();
                        x.write(&g, &mut out).unwrap();
                        crate::export::assert_lines(
                            &String::from_utf8(out).unwrap(),
                            &via_value(&x, &g),
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn fact_lines_are_what_serde_json_writes() {
        let lex = crate::lexicon::Lexicon::embedded();
        let mut doc = crate::input::Document {
            id: "a\"1\\".into(),
            date: Some("2025-04-12".into()),
            text: "Russia attacked Ukraine on Monday.\tPutin met Witkoff in Moscow for \"frank\" talks. \
                   The United States will sanction Iran."
                .into(),
            ..Default::default()
        };
        for date in [Some("2025-04-12".to_string()), None] {
            doc.date = date;
            let x = crate::extract::extract(lex, &doc);
            assert!(x.facts.len() >= 3, "{:?}", x.facts);
            assert!(x.facts.iter().any(|f| f.evidence.sentence.contains('"')));
            for f in &x.facts {
                let (s, o, v) = (&x.actors[f.subject], &x.actors[f.object], &f.evidence);
                let mut want = serde_json::to_string(&serde_json::json!({
                    "article": x.article,
                    "subject": s.label,
                    "subject_kind": s.kind.as_str(),
                    "subject_country": s.country,
                    "relation": f.relation,
                    "class": f.class.as_str(),
                    "object": o.label,
                    "object_kind": o.kind.as_str(),
                    "object_country": o.country,
                    "sentence": v.sentence,
                    "start": v.start,
                    "end": v.end,
                    "trigger": v.trigger,
                    "date": v.date,
                    "intended": v.intended,
                }))
                .unwrap();
                want.push('\n');
                let mut got = Vec::new();
                put_fact_line(&mut got, &x, f);
                assert_eq!(String::from_utf8(got).unwrap(), want);
            }
        }
    }

    #[test]
    fn a_write_error_stops_the_rendering_threads() {
        /// Takes `left` bytes, then fails.
        struct Full {
            left: usize,
        }
        impl std::io::Write for Full {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if buf.len() > self.left {
                    return Err(std::io::Error::other("disk full"));
                }
                self.left -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut g = super::super::fixture();
        let node = g.node("ann").unwrap().clone();
        let edge = g.edges().next().unwrap().2.clone();
        for i in 0..(40 * CHUNK) {
            let id = format!("n{i:05}");
            let mut n = node.clone();
            n.id.clone_from(&id);
            g.upsert_node(n);
            g.upsert_edge("ann", &id, edge.clone());
        }
        let x = JsonExporter {
            jobs: 2,
            ..JsonExporter::default()
        };
        let mut all = Vec::new();
        x.write(&g, &mut all).unwrap();
        // fail early, in the middle and near the end of the edges
        for left in [0, 1000, all.len() / 3, all.len() - 10] {
            let err = x.write(&g, &mut Full { left }).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
        }
    }

    #[test]
    fn node_ids_with_control_characters_are_refused() {
        let mut v: serde_json::Value =
            serde_json::from_str(&write(&super::super::fixture())).unwrap();
        for bad in ["a\u{1}b", "", "tab\there", "x\u{FFFE}"] {
            v["nodes"][0]["id"] = serde_json::json!(bad);
            let err = read_graph(Path::new("ids.json"), &v.to_string()).unwrap_err();
            let msg = err.to_string();
            assert!(msg.starts_with("ids.json: node id"), "{msg}");
            assert!(msg.contains("control character"), "{msg}");
        }
    }

    #[test]
    fn files_without_article_ids_count_the_articles_they_name() {
        let mut v: serde_json::Value =
            serde_json::from_str(&write(&super::super::fixture())).unwrap();
        v["graph"].as_object_mut().unwrap().remove("article_ids");
        let g = read_graph(Path::new("old.json"), &v.to_string()).unwrap();
        assert_eq!(g.articles().collect::<Vec<_>>(), ["a1", "a2"]);

        v["graph"]["article_ids"] = serde_json::json!([1, 2]);
        let err = read_graph(Path::new("bad.json"), &v.to_string()).unwrap_err();
        assert!(err.to_string().contains("bad.json"), "{err}");
        assert!(err.to_string().contains("article_ids"), "{err}");
    }
}
