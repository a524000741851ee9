//! GEXF 1.3, the native format of Gephi (also read by networkx
//! `read_gexf`, sigma.js/graphology and Neo4j APOC).
//!
//! # Format
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3" ...>
//!   <meta><creator>geokg</creator><description>N actors, M relations</description></meta>
//!   <graph defaultedgetype="directed" mode="static|dynamic" timeformat="date">
//!     <attributes class="node">  kind, country, roles, aliases: string; mentions: integer
//!     <attributes class="edge">  relation, class, articles: string; count: integer; symmetric: boolean
//!     <nodes>
//!       <node id="steve-witkoff" label="Steve Witkoff" start="2025-04-12" end="2025-08-06">
//!         <attvalues>...</attvalues>
//!         <viz:color r="230" g="159" b="0"/> <viz:size value="27.3"/>
//!       </node>
//!     <edges>
//!       <edge id="e0" source="..." target="..." kind="met" label="met" weight="2" start=".." end="..">
//!         <attvalues>...</attvalues> <viz:color r="46" g="125" b="50"/>
//!       </edge>
//! ```
//! Nodes are sorted by id and edges come in [`ActorGraph::edges`] order with
//! ids `e0`, `e1`, ... Lists (roles, aliases, articles) are `string`s joined
//! with `;`: GEXF list types are parsed differently by Gephi versions and not
//! at all by networkx. Labels are `xsd:token`s, so their whitespace is
//! collapsed to single spaces. A node's `viz:color` follows its kind
//! ([`super::kind_rgb`]) and its `viz:size` grows with the square root of the
//! mention count, 10 to 50; an edge's `viz:color` follows its class
//! ([`super::dot::class_color`]). The edge `weight` is the number of observations
//! and `kind` is the relation, so Gephi keeps two relations between the same
//! actors as parallel edges instead of merging them. `start`/`end` are the
//! first and last dates seen, written only for dates of the form `YYYY-MM-DD`;
//! when any element has them the graph is `mode="dynamic"` and Gephi's
//! timeline can filter by date.
//!
//! Symmetric relations (`met`) are directed edges with `symmetric=true`
//! unless [`GexfExporter::mixed`] is set: networkx refuses the
//! `type="undirected"` edges of a mixed graph.

use super::dot::class_color;
use super::xml::{attr, token};
use super::{Exporter, iso_range, join_list, kind_rgb};
use crate::graph::ActorGraph;
use std::fmt::Write as _;

/// Writes GEXF 1.3.
#[derive(Debug, Clone, Default)]
pub struct GexfExporter {
    /// Give symmetric relations `type="undirected"`, making a mixed graph
    /// that Gephi draws without arrowheads. Off by default because networkx
    /// `read_gexf` rejects undirected edges in a directed graph.
    pub mixed: bool,
}

const NODE_ATTRIBUTES: [(&str, &str); 5] = [
    ("kind", "string"),
    ("country", "string"),
    ("roles", "string"),
    ("aliases", "string"),
    ("mentions", "integer"),
];

const EDGE_ATTRIBUTES: [(&str, &str); 5] = [
    ("relation", "string"),
    ("class", "string"),
    ("count", "integer"),
    ("articles", "string"),
    ("symmetric", "boolean"),
];

fn declare(out: &mut String, class: &str, attributes: &[(&str, &str)]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\">");
    for (name, ty) in attributes {
        let _ = writeln!(
            out,
            "      <attribute id=\"{name}\" title=\"{name}\" type=\"{ty}\"/>"
        );
    }
    out.push_str("    </attributes>\n");
}

fn attvalues(out: &mut String, indent: &str, values: &[(&str, Option<String>)]) {
    let _ = writeln!(out, "{indent}<attvalues>");
    for (name, value) in values {
        if let Some(v) = value {
            let _ = writeln!(
                out,
                "{indent}  <attvalue for=\"{name}\" value=\"{}\"/>",
                attr(v)
            );
        }
    }
    let _ = writeln!(out, "{indent}</attvalues>");
}

fn span(first: Option<&str>, last: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(d) = first {
        let _ = write!(s, " start=\"{d}\"");
    }
    if let Some(d) = last {
        let _ = write!(s, " end=\"{d}\"");
    }
    s
}

/// `#rrggbb` -> (r, g, b); grey for anything else.
fn hex_rgb(hex: &str) -> (u8, u8, u8) {
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(128)
    };
    (channel(1), channel(3), channel(5))
}

impl GexfExporter {
    /// The GEXF document.
    pub fn to_string(&self, graph: &ActorGraph) -> String {
        let node_spans: Vec<_> = graph
            .nodes()
            .map(|n| iso_range(n.dates.iter().map(String::as_str)))
            .collect();
        let edge_spans: Vec<_> = graph
            .edges()
            .map(|(_, _, e)| iso_range(e.evidence.iter().filter_map(|v| v.date.as_deref())))
            .collect();
        let dynamic = node_spans
            .iter()
            .chain(&edge_spans)
            .any(|(a, b)| a.is_some() || b.is_some());
        let max_mentions = graph
            .nodes()
            .map(|n| n.mention_count())
            .max()
            .unwrap_or(1)
            .max(1) as f64;

        let mut out = String::new();
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str(
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" \
             version=\"1.3\">\n",
        );
        let _ = writeln!(
            out,
            "  <meta>\n    <creator>geokg</creator>\n    <description>{} actors, {} relations from {} articles</description>\n  </meta>",
            graph.node_count(),
            graph.edge_count(),
            graph.article_count()
        );
        let _ = writeln!(
            out,
            "  <graph defaultedgetype=\"directed\" mode=\"{}\" timeformat=\"date\">",
            if dynamic { "dynamic" } else { "static" }
        );
        declare(&mut out, "node", &NODE_ATTRIBUTES);
        declare(&mut out, "edge", &EDGE_ATTRIBUTES);

        out.push_str("    <nodes>\n");
        for (n, (first, last)) in graph.nodes().zip(&node_spans) {
            let _ = writeln!(
                out,
                "      <node id=\"{}\" label=\"{}\"{}>",
                attr(&n.id),
                attr(&token(&n.label)),
                span(*first, *last)
            );
            attvalues(
                &mut out,
                "        ",
                &[
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
            let (r, g, b) = kind_rgb(n.kind);
            let size = 10.0 + 40.0 * (n.mention_count() as f64 / max_mentions).sqrt();
            let _ = writeln!(
                out,
                "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n        <viz:size value=\"{size:.1}\"/>\n      </node>"
            );
        }
        out.push_str("    </nodes>\n    <edges>\n");
        for (i, ((a, b, e), (first, last))) in graph.edges().zip(&edge_spans).enumerate() {
            let ty = if self.mixed && e.symmetric {
                " type=\"undirected\""
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\"{ty} kind=\"{rel}\" label=\"{rel}\" weight=\"{}\"{}>",
                attr(&a.id),
                attr(&b.id),
                e.count(),
                span(*first, *last),
                rel = attr(&token(&e.relation)),
            );
            attvalues(
                &mut out,
                "        ",
                &[
                    ("relation", Some(e.relation.clone())),
                    ("class", Some(e.class.as_str().to_string())),
                    ("count", Some(e.count().to_string())),
                    ("articles", Some(join_list(e.articles()))),
                    ("symmetric", Some(e.symmetric.to_string())),
                ],
            );
            let (r, g, b) = hex_rgb(class_color(e.class));
            let _ = writeln!(
                out,
                "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n      </edge>"
            );
        }
        out.push_str("    </edges>\n  </graph>\n</gexf>\n");
        out
    }
}

impl Exporter for GexfExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(self.to_string(graph).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::super::xml::check;
    use super::*;

    const EXPECTED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>geokg</creator>
    <description>3 actors, 3 relations from 2 articles</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="country" title="country" type="string"/>
      <attribute id="roles" title="roles" type="string"/>
      <attribute id="aliases" title="aliases" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="class" title="class" type="string"/>
      <attribute id="count" title="count" type="integer"/>
      <attribute id="articles" title="articles" type="string"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
    </attributes>
    <nodes>
      <node id="ann" label="Ann &quot;Q&quot; O&apos;Neil \ &lt;b&gt;&amp;]]&gt; Ærø" start="2025-08-06" end="2025-08-07">
        <attvalues>
          <attvalue for="kind" value="person"/>
          <attvalue for="country" value="USA"/>
          <attvalue for="roles" value="a,b;envoy, special"/>
          <attvalue for="aliases" value="Ann"/>
          <attvalue for="mentions" value="3"/>
        </attvalues>
        <viz:color r="230" g="159" b="0"/>
        <viz:size value="50.0"/>
      </node>
      <node id="bob-co" label="Bob &amp; Co &lt;Ltd&gt;" start="2025-08-06" end="2025-08-06">
        <attvalues>
          <attvalue for="kind" value="organization"/>
          <attvalue for="roles" value=""/>
          <attvalue for="aliases" value=""/>
          <attvalue for="mentions" value="1"/>
        </attvalues>
        <viz:color r="204" g="121" b="167"/>
        <viz:size value="33.1"/>
      </node>
      <node id="rus" label="Россия">
        <attvalues>
          <attvalue for="kind" value="country"/>
          <attvalue for="country" value="RUS"/>
          <attvalue for="roles" value=""/>
          <attvalue for="aliases" value=""/>
          <attvalue for="mentions" value="3"/>
        </attvalues>
        <viz:color r="0" g="114" b="178"/>
        <viz:size value="50.0"/>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="ann" target="bob-co" kind="met" label="met" weight="2" start="2025-08-06" end="2025-08-07">
        <attvalues>
          <attvalue for="relation" value="met"/>
          <attvalue for="class" value="VC"/>
          <attvalue for="count" value="2"/>
          <attvalue for="articles" value="a1;a2"/>
          <attvalue for="symmetric" value="true"/>
        </attvalues>
        <viz:color r="46" g="125" b="50"/>
      </edge>
      <edge id="e1" source="ann" target="rus" kind="affiliated_with" label="affiliated_with" weight="1">
        <attvalues>
          <attvalue for="relation" value="affiliated_with"/>
          <attvalue for="class" value="AF"/>
          <attvalue for="count" value="1"/>
          <attvalue for="articles" value="a2"/>
          <attvalue for="symmetric" value="false"/>
        </attvalues>
        <viz:color r="158" g="158" b="158"/>
      </edge>
      <edge id="e2" source="ann" target="rus" kind="sanctioned" label="sanctioned" weight="1">
        <attvalues>
          <attvalue for="relation" value="sanctioned"/>
          <attvalue for="class" value="MK"/>
          <attvalue for="count" value="1"/>
          <attvalue for="articles" value="a2"/>
          <attvalue for="symmetric" value="false"/>
        </attvalues>
        <viz:color r="198" g="40" b="40"/>
      </edge>
    </edges>
  </graph>
</gexf>
"#;

    #[test]
    fn writes_the_expected_document() {
        let got = GexfExporter::default().to_string(&super::super::fixture());
        super::super::assert_lines(&got, EXPECTED);
    }

    #[test]
    fn the_document_is_well_formed_and_labels_round_trip() {
        let g = super::super::fixture();
        let doc = GexfExporter { mixed: true }.to_string(&g);
        let elements = check::parse(&doc).unwrap();
        let nodes: Vec<_> = elements.iter().filter(|e| e.name == "node").collect();
        assert_eq!(nodes.len(), g.node_count());
        // Labels are xsd:token (whitespace collapsed), and the BEL
        // character is dropped: XML 1.0 cannot carry it.
        assert_eq!(
            nodes[0].attr("label"),
            Some("Ann \"Q\" O'Neil \\ <b>&]]> Ærø")
        );
        let edges: Vec<_> = elements.iter().filter(|e| e.name == "edge").collect();
        assert_eq!(edges.len(), g.edge_count());
        assert_eq!(edges[0].attr("type"), Some("undirected"));
        assert_eq!(edges[1].attr("type"), None);
    }
}
