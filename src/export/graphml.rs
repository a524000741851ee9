//! GraphML, for Cytoscape, yEd, networkx `read_graphml` and igraph.
//!
//! # Format
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
//!   <key id="label" for="node" attr.name="label" attr.type="string"/>
//!   ... one typed <key> per attribute (table below)
//!   <graph id="geokg" edgedefault="directed">
//!     <node id="steve-witkoff"><data key="label">Steve Witkoff</data>...</node>
//!     <edge id="e0" source="..." target="..."><data key="relation">met</data>...</edge>
//!   </graph>
//! </graphml>
//! ```
//! | for | keys (`attr.type`) |
//! |---|---|
//! | node | label, kind, country, roles, aliases (string); mentions (int) |
//! | edge | relation, class (string); count (int); symmetric (boolean); first_seen, last_seen, articles (string) |
//!
//! A key's id is its name. Nodes are sorted by id, edges come in
//! [`ActorGraph::edges`] order with ids `e0`, `e1`, ...; a `<data>` element is
//! left out when the value is unknown (country, dates). Lists are joined with
//! `;`. Every edge is directed (networkx rejects `directed="false"` edges in a
//! directed graph); symmetric relations carry `symmetric=true`. Two relations
//! between the same actors are parallel edges, so networkx returns a
//! `MultiDiGraph` for such graphs.

use super::xml::{attr, text};
use super::{Exporter, join_list};
use crate::graph::ActorGraph;
use std::fmt::Write as _;

/// Writes GraphML.
#[derive(Debug, Clone, Default)]
pub struct GraphMlExporter;

const KEYS: [(&str, &str, &str); 13] = [
    ("node", "label", "string"),
    ("node", "kind", "string"),
    ("node", "country", "string"),
    ("node", "roles", "string"),
    ("node", "aliases", "string"),
    ("node", "mentions", "int"),
    ("edge", "relation", "string"),
    ("edge", "class", "string"),
    ("edge", "count", "int"),
    ("edge", "symmetric", "boolean"),
    ("edge", "first_seen", "string"),
    ("edge", "last_seen", "string"),
    ("edge", "articles", "string"),
];

fn data(out: &mut String, values: &[(&str, Option<String>)]) {
    for (key, value) in values {
        if let Some(v) = value {
            let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", text(v));
        }
    }
}

impl GraphMlExporter {
    /// The GraphML document.
    pub fn to_string(&self, graph: &ActorGraph) -> String {
        let mut out = String::new();
        out.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
             http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        );
        for (domain, name, ty) in KEYS {
            let _ = writeln!(
                out,
                "  <key id=\"{name}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
            );
        }
        out.push_str("  <graph id=\"geokg\" edgedefault=\"directed\">\n");
        for n in graph.nodes() {
            let _ = writeln!(out, "    <node id=\"{}\">", attr(&n.id));
            data(
                &mut out,
                &[
                    ("label", Some(n.label.clone())),
                    ("kind", Some(n.kind.as_str().to_string())),
                    ("country", n.country.clone()),
                    ("roles", Some(join_list(n.roles.iter().map(String::as_str)))),
                    (
                        "aliases",
                        Some(join_list(n.aliases.iter().map(String::as_str))),
                    ),
                    ("mentions", Some(n.mention_count().to_string())),
                ],
            );
            out.push_str("    </node>\n");
        }
        for (i, (a, b, e)) in graph.edges().enumerate() {
            let _ = writeln!(
                out,
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
                attr(&a.id),
                attr(&b.id)
            );
            let (first, last) = e.date_range();
            data(
                &mut out,
                &[
                    ("relation", Some(e.relation.clone())),
                    ("class", Some(e.class.as_str().to_string())),
                    ("count", Some(e.count().to_string())),
                    ("symmetric", Some(e.symmetric.to_string())),
                    ("first_seen", first.map(str::to_string)),
                    ("last_seen", last.map(str::to_string)),
                    ("articles", Some(join_list(e.articles()))),
                ],
            );
            out.push_str("    </edge>\n");
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }
}

impl Exporter for GraphMlExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(self.to_string(graph).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::super::xml::check;
    use super::*;

    const EXPECTED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="roles" for="node" attr.name="roles" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="class" for="edge" attr.name="class" attr.type="string"/>
  <key id="count" for="edge" attr.name="count" attr.type="int"/>
  <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
  <key id="articles" for="edge" attr.name="articles" attr.type="string"/>
  <graph id="geokg" edgedefault="directed">
    <node id="ann">
      <data key="label">Ann &quot;Q&quot; O&apos;Neil \ &lt;b&gt;&amp;]]&gt;
Ærø</data>
      <data key="kind">person</data>
      <data key="country">USA</data>
      <data key="roles">a,b;envoy, special</data>
      <data key="aliases">Ann</data>
      <data key="mentions">3</data>
    </node>
    <node id="bob-co">
      <data key="label">Bob &amp; Co &lt;Ltd&gt;</data>
      <data key="kind">organization</data>
      <data key="roles"></data>
      <data key="aliases"></data>
      <data key="mentions">1</data>
    </node>
    <node id="rus">
      <data key="label">Россия</data>
      <data key="kind">country</data>
      <data key="country">RUS</data>
      <data key="roles"></data>
      <data key="aliases"></data>
      <data key="mentions">3</data>
    </node>
    <edge id="e0" source="ann" target="bob-co">
      <data key="relation">met</data>
      <data key="class">VC</data>
      <data key="count">2</data>
      <data key="symmetric">true</data>
      <data key="first_seen">2025-08-06</data>
      <data key="last_seen">2025-08-07</data>
      <data key="articles">a1;a2</data>
    </edge>
    <edge id="e1" source="ann" target="rus">
      <data key="relation">affiliated_with</data>
      <data key="class">AF</data>
      <data key="count">1</data>
      <data key="symmetric">false</data>
      <data key="first_seen">someday</data>
      <data key="last_seen">someday</data>
      <data key="articles">a2</data>
    </edge>
    <edge id="e2" source="ann" target="rus">
      <data key="relation">sanctioned</data>
      <data key="class">MK</data>
      <data key="count">1</data>
      <data key="symmetric">false</data>
      <data key="articles">a2</data>
    </edge>
  </graph>
</graphml>
"#;

    #[test]
    fn writes_the_expected_document() {
        let got = GraphMlExporter.to_string(&super::super::fixture());
        super::super::assert_lines(&got, EXPECTED);
    }

    #[test]
    fn every_data_element_has_a_declared_key_and_labels_round_trip() {
        let g = super::super::fixture();
        let elements = check::parse(&GraphMlExporter.to_string(&g)).unwrap();
        let keys: Vec<_> = elements
            .iter()
            .filter(|e| e.name == "key")
            .filter_map(|e| e.attr("id"))
            .collect();
        let data: Vec<_> = elements.iter().filter(|e| e.name == "data").collect();
        assert!(data.iter().all(|d| keys.contains(&d.attr("key").unwrap())));
        assert_eq!(data[0].text, "Ann \"Q\" O'Neil \\ <b>&]]>\nÆrø");
        assert_eq!(elements.iter().filter(|e| e.name == "node").count(), 3);
        assert_eq!(elements.iter().filter(|e| e.name == "edge").count(), 3);
    }
}
