//! The merged actor graph: [`Extraction`]s -> [`ActorGraph`] (petgraph).
//!
//! One node per actor across all articles, keyed by a stable slug of its
//! canonical label; one edge per (source, relation, target), with symmetric
//! relations stored once with the smaller id first. Edges keep every piece of
//! evidence, deduplicated, so merging is commutative, associative and
//! idempotent: the same article merged twice counts once.

use crate::extract::{Evidence, Extraction};
use crate::lexicon::{ActorKind, Class};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

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
    /// Mentions per article.
    pub mentions: BTreeMap<String, u64>,
    /// Article dates seen.
    pub dates: BTreeSet<String>,
}

impl Node {
    /// Total mentions.
    pub fn mention_count(&self) -> u64 {
        self.mentions.values().sum()
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
    /// All evidence, sorted and deduplicated.
    pub evidence: BTreeSet<Evidence>,
}

impl Edge {
    /// Number of distinct observations.
    pub fn count(&self) -> usize {
        self.evidence.len()
    }
    /// Articles the edge was seen in.
    pub fn articles(&self) -> BTreeSet<&str> {
        self.evidence.iter().map(|e| e.article.as_str()).collect()
    }
    /// Earliest and latest evidence dates.
    pub fn date_range(&self) -> (Option<&str>, Option<&str>) {
        let dates: BTreeSet<&str> = self
            .evidence
            .iter()
            .filter_map(|e| e.date.as_deref())
            .collect();
        (dates.first().copied(), dates.last().copied())
    }
    /// Whether every observation is a stated intention.
    pub fn intended_only(&self) -> bool {
        self.evidence.iter().all(|e| e.intended)
    }
}

/// The graph of actors and relations.
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    /// The petgraph graph.
    pub graph: DiGraph<Node, Edge>,
    nodes: BTreeMap<String, NodeIndex>,
    edges: BTreeMap<(String, String, String), EdgeIndex>,
    /// Every article read, including those that yielded no relation.
    articles: BTreeSet<String>,
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
fn fold(c: char) -> char {
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

    /// Number of actors.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// Ids of the articles read into the graph, sorted: every article given
    /// to [`add`](Self::add) or [`add_article`](Self::add_article), whether
    /// or not it yielded a relation, and those of merged graphs.
    pub fn articles(&self) -> impl Iterator<Item = &str> {
        self.articles.iter().map(String::as_str)
    }

    /// Number of articles read (see [`articles`](Self::articles)).
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// Records an article as read (idempotent).
    pub fn add_article(&mut self, id: &str) {
        if !self.articles.contains(id) {
            self.articles.insert(id.to_string());
        }
    }

    /// Nodes sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values().map(|&i| &self.graph[i])
    }

    /// Edges sorted by (source id, target id, relation), with their endpoints.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        let mut v: Vec<_> = self
            .edges
            .values()
            .map(|&e| {
                let (a, b) = self
                    .graph
                    .edge_endpoints(e)
                    .unwrap_or((NodeIndex::new(0), NodeIndex::new(0)));
                (&self.graph[a], &self.graph[b], &self.graph[e])
            })
            .collect();
        v.sort_by(|x, y| (&x.0.id, &x.1.id, &x.2.relation).cmp(&(&y.0.id, &y.1.id, &y.2.relation)));
        v.into_iter()
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&i| &self.graph[i])
    }

    /// The petgraph index of a node id.
    pub fn index(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// Adds or merges a node.
    pub fn upsert_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.nodes.get(&node.id) {
            let n = &mut self.graph[i];
            if n.country.is_none() {
                n.country = node.country;
            }
            // prefer the more specific kind: person/org over a guessed group
            if n.kind == ActorKind::Group && node.kind != ActorKind::Group {
                n.kind = node.kind;
            }
            n.roles.extend(node.roles);
            n.aliases.extend(node.aliases);
            for (a, c) in node.mentions {
                let e = n.mentions.entry(a).or_insert(0);
                *e = (*e).max(c);
            }
            n.dates.extend(node.dates);
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.nodes.insert(id, i);
        i
    }

    /// Adds or merges an edge between two existing node ids.
    pub fn upsert_edge(&mut self, source: &str, target: &str, edge: Edge) {
        let (s, t) = if edge.symmetric && target < source {
            (target, source)
        } else {
            (source, target)
        };
        let key = (s.to_string(), edge.relation.clone(), t.to_string());
        if let Some(&e) = self.edges.get(&key) {
            self.graph[e].evidence.extend(edge.evidence);
            return;
        }
        let (Some(&a), Some(&b)) = (self.nodes.get(s), self.nodes.get(t)) else {
            return;
        };
        let e = self.graph.add_edge(a, b, edge);
        self.edges.insert(key, e);
    }

    /// Adds one article's extraction.
    pub fn add(&mut self, x: &Extraction) {
        self.add_article(&x.article);
        let ids: Vec<String> = x.actors.iter().map(|a| slug(&a.label)).collect();
        let mut present = vec![false; x.actors.len()];
        for f in &x.facts {
            present[f.subject] = true;
            present[f.object] = true;
        }
        for (i, a) in x.actors.iter().enumerate() {
            if !present[i] {
                continue;
            }
            let mut aliases = a.aliases.clone();
            aliases.insert(a.label.clone());
            self.upsert_node(Node {
                id: ids[i].clone(),
                label: a.label.clone(),
                kind: a.kind,
                country: a.country.clone(),
                roles: a.roles.clone(),
                aliases,
                mentions: BTreeMap::from([(x.article.clone(), a.mentions as u64)]),
                dates: x.date.iter().cloned().collect(),
            });
        }
        for f in &x.facts {
            if ids[f.subject] == ids[f.object] {
                continue;
            }
            self.upsert_edge(
                &ids[f.subject],
                &ids[f.object],
                Edge {
                    relation: f.relation.clone(),
                    class: f.class,
                    symmetric: f.symmetric,
                    evidence: BTreeSet::from([f.evidence.clone()]),
                },
            );
        }
    }

    /// Merges another graph into this one; the article sets are united.
    pub fn merge(&mut self, other: &ActorGraph) {
        self.articles.extend(other.articles.iter().cloned());
        for n in other.nodes() {
            self.upsert_node(n.clone());
        }
        for (a, b, e) in other.edges() {
            self.upsert_edge(&a.id, &b.id, e.clone());
        }
    }

    /// Keeps only nodes and edges for which the predicates hold; nodes left
    /// without edges are dropped. The set of articles read is kept.
    pub fn filtered(&self, keep_edge: impl Fn(&Node, &Node, &Edge) -> bool) -> ActorGraph {
        let mut g = ActorGraph {
            articles: self.articles.clone(),
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
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Steve Witkoff"), "steve-witkoff");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Bashar al-Assad"), "bashar-al-assad");
        assert_eq!(slug("  "), "actor");
    }
}
