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
//!               "last_seen": ..., "mentions_by_article": {"a1": 7, ...},
//!               // analytics, as geokg build / merge write them (see crate::analytics):
//!               "degree": 5, "weighted_degree": 9, "pagerank": 0.041234,
//!               "betweenness": 0.0125, "community": 0} ],
//!   "edges": [ {"source": "<node id>", "target": "<node id>", "relation": "met", "class": "VC",
//!               "symmetric": true, "count": 2, "articles": [...], "first_seen": ..., "last_seen": ...,
//!               "intended": false,
//!               "evidence": [{"article", "sentence", "start", "end", "trigger", "date", "intended"}],
//!               // only when --max-evidence dropped some of this edge's evidence:
//!               "evidence_truncated": true,
//!               "observations": {"a1": {"count": 3, "intended": 0, "date": "2025-04-12" | null}, ...}} ]
//! }
//! ```
//! `count` is always the number of distinct observations, whether or not
//! their evidence was kept. When `--max-evidence N` dropped evidence, the
//! edge keeps the first N pieces (in evidence order), says
//! `"evidence_truncated": true`, and lists its observations per article, so
//! that `merge` can still add counts up exactly; `graph.max_evidence` records
//! the cap, which a merge keeps (the smallest, when inputs differ).
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
use crate::extract::Evidence;
use crate::graph::{ActorGraph, Edge, Node, Tally};
use crate::lexicon::{ActorKind, Class};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

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
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    first_seen: Option<String>,
    #[serde(default)]
    last_seen: Option<String>,
    #[serde(default)]
    dates: Vec<String>,
    #[serde(default)]
    mentions_by_article: BTreeMap<String, u64>,
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
    #[serde(default)]
    articles: Vec<String>,
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
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    observations: BTreeMap<String, WireTally>,
}

#[derive(Serialize, Deserialize)]
struct WireTally {
    count: usize,
    #[serde(default)]
    intended: usize,
    #[serde(default)]
    date: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct WireEvidence {
    article: String,
    sentence: String,
    start: usize,
    end: usize,
    trigger: String,
    date: Option<String>,
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
            articles: n.mentions.keys().cloned().collect(),
            first_seen: n.dates.first().cloned(),
            last_seen: n.dates.last().cloned(),
            dates: n.dates.iter().cloned().collect(),
            mentions_by_article: n.mentions.clone(),
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
                articles: e.articles().into_iter().map(str::to_string).collect(),
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
                observations: if e.is_truncated() {
                    e.full_tally()
                        .into_iter()
                        .map(|(a, t)| {
                            (
                                a,
                                WireTally {
                                    count: t.count,
                                    intended: t.intended,
                                    date: t.date,
                                },
                            )
                        })
                        .collect()
                } else {
                    BTreeMap::new()
                },
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
        let v = self.to_value(graph, self.extras.as_ref());
        serde_json::to_writer_pretty(&mut *w, &v)?;
        w.write_all(b"\n")
    }
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
        for a in n.mentions_by_article.keys().chain(&n.articles) {
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
        let mut mentions = n.mentions_by_article;
        if mentions.is_empty() {
            for a in &n.articles {
                mentions.insert(a.clone(), 0);
            }
        }
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
        for a in e.articles.iter().chain(e.observations.keys()) {
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
        edge.tally = e
            .observations
            .into_iter()
            .map(|(a, t)| {
                (
                    a,
                    Tally {
                        count: t.count,
                        intended: t.intended,
                        date: t.date,
                    },
                )
            })
            .collect();
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
        merged.merge(&other);
        assert_eq!(merged.article_count(), 4);
        // idempotent
        let once = write(&merged);
        merged.merge(&other);
        merged.merge(&back);
        assert_eq!(write(&merged), once);
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
