//! Cytoscape.js JSON ("elements" JSON), which Cytoscape.js loads with
//! `cytoscape({elements: doc.elements})` and Cytoscape desktop imports as a
//! `.cyjs` network.
//!
//! # Format
//! ```text
//! {
//!   "data": {"name": "geokg", "articles": N, "nodes": N, "edges": N},
//!   "elements": {
//!     "nodes": [{"data": {"id": "steve-witkoff", "name": "Steve Witkoff", "label": "Steve Witkoff",
//!                         "kind": "person", "country": "USA", "roles": [...], "aliases": [...],
//!                         "mentions": 12, "articles": [...], "first_seen": "2025-04-12",
//!                         "last_seen": "2025-08-06", "color": "#e69f00"}}],
//!     "edges": [{"data": {"id": "e0", "source": "<node id>", "target": "<node id>",
//!                         "relation": "met", "interaction": "met", "class": "VC", "count": 2,
//!                         "symmetric": true, "intended": false, "articles": [...],
//!                         "first_seen": ..., "last_seen": ..., "evidence": "<first sentence>",
//!                         "color": "#2e7d32"}}]
//!   }
//! }
//! ```
//! `name` and `interaction` repeat `label` and `relation` under the column
//! names Cytoscape desktop's default style shows. `country`, `first_seen`,
//! `last_seen` and `evidence` are left out when unknown. Nodes are sorted by
//! id, edges come in [`ActorGraph::edges`] order with ids `e0`, `e1`, ...
//! (an edge id that equals a node id gets `'` appended, as Cytoscape.js
//! needs ids unique across nodes and edges); keys are sorted.

use super::dot::class_color;
use super::{Exporter, kind_color};
use crate::graph::ActorGraph;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Writes Cytoscape.js JSON.
#[derive(Debug, Clone, Default)]
pub struct CytoscapeExporter;

fn insert_some(data: &mut Value, key: &str, value: Option<&str>) {
    if let (Some(v), Some(o)) = (value, data.as_object_mut()) {
        o.insert(key.to_string(), json!(v));
    }
}

impl CytoscapeExporter {
    /// The document as a JSON value.
    pub fn to_value(&self, graph: &ActorGraph) -> Value {
        let node_ids: BTreeSet<&str> = graph.nodes().map(|n| n.id.as_str()).collect();
        let nodes: Vec<Value> = graph
            .nodes()
            .map(|n| {
                let mut data = json!({
                    "id": n.id,
                    "name": n.label,
                    "label": n.label,
                    "kind": n.kind.as_str(),
                    "roles": n.roles,
                    "aliases": n.aliases,
                    "mentions": n.mention_count(),
                    "articles": n.mentions.keys().collect::<Vec<_>>(),
                    "color": kind_color(n.kind),
                });
                insert_some(&mut data, "country", n.country.as_deref());
                insert_some(&mut data, "first_seen", n.dates.first().map(String::as_str));
                insert_some(&mut data, "last_seen", n.dates.last().map(String::as_str));
                json!({ "data": data })
            })
            .collect();
        let edges: Vec<Value> = graph
            .edges()
            .enumerate()
            .map(|(i, (a, b, e))| {
                let mut id = format!("e{i}");
                while node_ids.contains(id.as_str()) {
                    id.push('\'');
                }
                let (first, last) = e.date_range();
                let mut data = json!({
                    "id": id,
                    "source": a.id,
                    "target": b.id,
                    "relation": e.relation,
                    "interaction": e.relation,
                    "class": e.class.as_str(),
                    "count": e.count(),
                    "symmetric": e.symmetric,
                    "intended": e.intended_only(),
                    "articles": e.articles(),
                    "color": class_color(e.class),
                });
                insert_some(&mut data, "first_seen", first);
                insert_some(&mut data, "last_seen", last);
                insert_some(
                    &mut data,
                    "evidence",
                    e.evidence.iter().next().map(|v| &*v.sentence),
                );
                json!({ "data": data })
            })
            .collect();
        json!({
            "data": {
                "name": "geokg",
                "articles": graph.article_count(),
                "nodes": graph.node_count(),
                "edges": graph.edge_count(),
            },
            "elements": {"nodes": nodes, "edges": edges},
        })
    }
}

impl Exporter for CytoscapeExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &self.to_value(graph))?;
        w.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_expected_elements() {
        let got = CytoscapeExporter.to_value(&super::super::fixture());
        let want = json!({
            "data": {"name": "geokg", "articles": 2, "nodes": 3, "edges": 3},
            "elements": {
                "nodes": [
                    {"data": {
                        "id": "ann", "name": "Ann \"Q\" O'Neil \\ <b>&]]>\u{7}\nÆrø",
                        "label": "Ann \"Q\" O'Neil \\ <b>&]]>\u{7}\nÆrø", "kind": "person",
                        "country": "USA", "roles": ["a,b", "envoy; special"], "aliases": ["Ann"],
                        "mentions": 3, "articles": ["a1", "a2"], "first_seen": "2025-08-06",
                        "last_seen": "2025-08-07", "color": "#e69f00"}},
                    {"data": {
                        "id": "bob-co", "name": "Bob & Co <Ltd>", "label": "Bob & Co <Ltd>",
                        "kind": "organization", "roles": [], "aliases": [], "mentions": 1,
                        "articles": ["a1"], "first_seen": "2025-08-06", "last_seen": "2025-08-06",
                        "color": "#cc79a7"}},
                    {"data": {
                        "id": "rus", "name": "Россия", "label": "Россия", "kind": "country",
                        "country": "RUS", "roles": [], "aliases": [], "mentions": 3,
                        "articles": ["a2"], "first_seen": "someday", "last_seen": "someday",
                        "color": "#0072b2"}},
                ],
                "edges": [
                    {"data": {
                        "id": "e0", "source": "ann", "target": "bob-co", "relation": "met",
                        "interaction": "met", "class": "VC", "count": 2, "symmetric": true,
                        "intended": false, "articles": ["a1", "a2"], "first_seen": "2025-08-06",
                        "last_seen": "2025-08-07", "evidence": "They met.</script>\n\"Yes,\" she said.",
                        "color": "#2e7d32"}},
                    {"data": {
                        "id": "e1", "source": "ann", "target": "rus", "relation": "affiliated_with",
                        "interaction": "affiliated_with", "class": "AF", "count": 1,
                        "symmetric": false, "intended": false, "articles": ["a2"],
                        "first_seen": "someday", "last_seen": "someday",
                        "evidence": "Ann, of Россия.", "color": "#9e9e9e"}},
                    {"data": {
                        "id": "e2", "source": "ann", "target": "rus", "relation": "sanctioned",
                        "interaction": "sanctioned", "class": "MK", "count": 1,
                        "symmetric": false, "intended": false, "articles": ["a2"],
                        "evidence": "Ann sanctioned Россия.", "color": "#c62828"}},
                ]
            }
        });
        assert_eq!(got, want);
    }

    #[test]
    fn output_is_sorted_json_and_edge_ids_never_clash_with_node_ids() {
        let mut g = super::super::fixture();
        let mut clash = g.node("rus").unwrap().clone();
        clash.id = "e1".into();
        g.upsert_node(clash);
        let mut bytes = Vec::new();
        CytoscapeExporter.write(&g, &mut bytes).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        let ids: Vec<_> = v["elements"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["data"]["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["e0", "e1'", "e2"]);
        // Keys are written sorted: "data" before "elements", "articles" first.
        assert!(text.starts_with("{\n  \"data\": {\n    \"articles\": 2,"));
    }
}
