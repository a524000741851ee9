//! A self-contained interactive HTML page: the graph drawn in the browser by
//! a small vanilla-JS force layout on a `<canvas>`, with no network access and
//! no third-party code (`html_template.html`, embedded at compile time).
//!
//! The page offers pan (drag the background), zoom (wheel), node dragging,
//! hover details (a node's label, kind, country, roles and aliases; an
//! edge's relation, class, count, dates and first evidence sentence), one
//! checkbox per relation class (VC/MC/VK/MK/AF) and a date range over the
//! edges' first/last `YYYY-MM-DD` dates. A node is shown when one of its
//! edges is (isolated nodes always are). After every redraw the page sets
//! `data-nodes-drawn` on `<body>` to the number of nodes drawn, so a
//! headless browser (`chromium --headless --dump-dom graph.html`) can check
//! it rendered.
//!
//! # Embedded data
//! The graph is a JSON document in `<script type="application/json"
//! id="geokg-data">`, keys sorted:
//! ```text
//! {"meta": {"articles": N, "nodes": N, "edges": N},
//!  "classes": [{"code": "VC", "name": "verbal cooperation", "color": "#2e7d32"}, ...],
//!  "kinds": [{"kind": "person", "color": "#e69f00"}, ...],
//!  "nodes": [{"id", "label", "kind", "country", "roles", "aliases", "mentions", "first_seen", "last_seen"}],
//!  "edges": [{"source": <node index>, "target": <node index>, "relation", "class", "count",
//!             "symmetric", "intended", "articles", "first_seen", "last_seen", "evidence"}]}
//! ```
//! Nodes are sorted by id and edges come in [`ActorGraph::edges`] order.
//! Inside the block `</` is written `<\/` and `<!--` as `\u003c!--` (both
//! the same JSON), so no text from an article can end the script element.
//! The page's Content-Security-Policy forbids every network request.

use super::dot::class_color;
use super::{Exporter, kind_color};
use crate::graph::ActorGraph;
use crate::lexicon::{ActorKind, Class};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The page, with [`PLACEHOLDER`] where the data goes.
pub const TEMPLATE: &str = include_str!("html_template.html");

/// The text in [`TEMPLATE`] that the graph's JSON replaces.
pub const PLACEHOLDER: &str = "{{GEOKG_DATA}}";

/// Writes the interactive HTML page.
#[derive(Debug, Clone, Default)]
pub struct HtmlExporter;

fn class_name(class: Class) -> &'static str {
    match class {
        Class::VC => "verbal cooperation",
        Class::MC => "material cooperation",
        Class::VK => "verbal conflict",
        Class::MK => "material conflict",
        Class::AF => "standing affiliation",
    }
}

/// The data the page draws (see the module docs).
pub fn data(graph: &ActorGraph) -> Value {
    let index: BTreeMap<&str, usize> = graph
        .nodes()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let nodes: Vec<Value> = graph
        .nodes()
        .map(|n| {
            json!({
                "id": n.id,
                "label": n.label,
                "kind": n.kind.as_str(),
                "country": n.country,
                "roles": n.roles,
                "aliases": n.aliases,
                "mentions": n.mention_count(),
                "first_seen": n.dates.first(),
                "last_seen": n.dates.last(),
            })
        })
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .map(|(a, b, e)| {
            let (first, last) = e.date_range();
            json!({
                "source": index.get(a.id.as_str()),
                "target": index.get(b.id.as_str()),
                "relation": e.relation,
                "class": e.class.as_str(),
                "count": e.count(),
                "symmetric": e.symmetric,
                "intended": e.intended_only(),
                "articles": e.articles(),
                "first_seen": first,
                "last_seen": last,
                "evidence": e.evidence.iter().next().map(|v| &*v.sentence),
            })
        })
        .collect();
    let classes: Vec<Value> = [Class::VC, Class::MC, Class::VK, Class::MK, Class::AF]
        .into_iter()
        .map(|c| json!({"code": c.as_str(), "name": class_name(c), "color": class_color(c)}))
        .collect();
    let kinds: Vec<Value> = [
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organization,
        ActorKind::Group,
    ]
    .into_iter()
    .map(|k| json!({"kind": k.as_str(), "color": kind_color(k)}))
    .collect();
    json!({
        "meta": {"articles": graph.article_count(), "nodes": graph.node_count(), "edges": graph.edge_count()},
        "classes": classes,
        "kinds": kinds,
        "nodes": nodes,
        "edges": edges,
    })
}

/// JSON text that is safe inside a `<script>` element: `</` becomes `<\/`
/// and `<!--` becomes `\u003c!--`, which JSON reads back unchanged.
pub fn script_json(value: &Value) -> String {
    value
        .to_string()
        .replace("<!--", "\\u003c!--")
        .replace("</", "<\\/")
}

impl HtmlExporter {
    /// The page.
    pub fn to_string(&self, graph: &ActorGraph) -> String {
        TEMPLATE.replacen(PLACEHOLDER, &script_json(&data(graph)), 1)
    }
}

impl Exporter for HtmlExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(self.to_string(graph).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_block(page: &str) -> &str {
        let open = "<script type=\"application/json\" id=\"geokg-data\">";
        let start = page.find(open).unwrap() + open.len();
        let len = page[start..].find("</script>").unwrap();
        &page[start..start + len]
    }

    #[test]
    fn the_template_has_one_placeholder_and_reports_nodes_drawn() {
        assert_eq!(TEMPLATE.matches(PLACEHOLDER).count(), 1);
        assert!(TEMPLATE.contains("document.body.dataset.nodesDrawn = "));
        // Self-contained: nothing is fetched.
        for attr in [
            " src=",
            "href=",
            "url(",
            "@import",
            "fetch(",
            "XMLHttpRequest",
        ] {
            assert!(!TEMPLATE.contains(attr), "{attr}");
        }
        assert!(TEMPLATE.contains("content=\"default-src 'none';"));
    }

    #[test]
    fn article_text_cannot_end_the_script_element() {
        let g = super::super::fixture();
        let page = HtmlExporter.to_string(&g);
        // The template's two script elements, and no third from the data.
        assert_eq!(page.matches("</script>").count(), 2);
        let block = data_block(&page);
        assert!(block.contains(r#"They met.<\/script>\n\"Yes,\" she said."#));
        assert!(!block.contains("<!--") && !block.contains("</"));
        let back: Value = serde_json::from_str(block).unwrap();
        assert_eq!(back, data(&g));
        assert_eq!(
            script_json(&json!("<!-- <script></script>")),
            r#""\u003c!-- <script><\/script>""#
        );
    }

    #[test]
    fn edges_refer_to_nodes_by_index() {
        let d = data(&super::super::fixture());
        let ends: Vec<(u64, u64)> = d["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["source"].as_u64().unwrap(), e["target"].as_u64().unwrap()))
            .collect();
        assert_eq!(ends, [(0, 1), (0, 2), (0, 2)]);
        assert_eq!(d["nodes"][2]["label"], "Россия");
        assert_eq!(d["edges"][2]["first_seen"], Value::Null);
        assert_eq!(d["meta"], json!({"articles": 2, "nodes": 3, "edges": 3}));
    }
}
