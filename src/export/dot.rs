//! Graphviz DOT, built as a `graphviz_rust` graph and printed by its printer;
//! SVG/PNG rendered by `graphviz_rust::exec_dot` when Graphviz's `dot` is
//! installed.
//!
//! Nodes are shaped and coloured by kind (person: ellipse, country: box,
//! organization: hexagon, group: octagon) and sized by PageRank; edges
//! are coloured by class (cooperation green, material cooperation teal,
//! verbal conflict orange, material conflict red, standing ties grey and
//! dashed), labelled `relation ×count`, with the first evidence sentence as
//! tooltip. graphviz-rust prints ids and values as given, so every string is
//! escaped and quoted here ([`quote`]).

use super::Exporter;
use crate::error::{Error, ErrorKind, Result};
use crate::graph::ActorGraph;
use crate::lexicon::{ActorKind, Class};
use graphviz_rust::dot_structures::{
    Attribute, Edge as DEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DNode, NodeId, Stmt,
    Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

/// Graphviz layout engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Hierarchical.
    #[default]
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Scalable force-directed.
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }
}

/// Writes DOT.
#[derive(Debug, Clone, Default)]
pub struct DotExporter {
    /// Layout engine recorded in the graph (`layout=...`).
    pub layout: Layout,
    /// Group nodes into clusters by country.
    pub cluster_by_country: bool,
    /// Group nodes into clusters by community (Louvain, see
    /// [`crate::analytics`]); ignored when clustering by country.
    pub cluster_by_community: bool,
}

/// Escapes and quotes a string for DOT: backslash, double quote, newlines
/// and control characters. Control characters, and the noncharacters
/// U+FFFE and U+FFFF, become spaces: Graphviz copies them into SVG, where
/// XML 1.0 forbids them.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() || !super::xml::allowed(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), Id::Escaped(quote(v)))
}

fn kind_style(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::Person => ("ellipse", "#fff3c4"),
        ActorKind::Country => ("box", "#cfe3ff"),
        ActorKind::Organization => ("hexagon", "#e3d7ff"),
        ActorKind::Group => ("octagon", "#e8e8e8"),
    }
}

/// Colour of an edge class.
pub fn class_color(class: Class) -> &'static str {
    match class {
        Class::VC => "#2e7d32",
        Class::MC => "#00838f",
        Class::VK => "#ef6c00",
        Class::MK => "#c62828",
        Class::AF => "#9e9e9e",
    }
}

impl DotExporter {
    /// Builds the graphviz-rust graph.
    pub fn build(&self, graph: &ActorGraph) -> Graph {
        let mut stmts = vec![
            Stmt::GAttribute(GraphAttributes::Graph(vec![
                attr("layout", self.layout.name()),
                attr("rankdir", "LR"),
                attr("overlap", "false"),
                attr("splines", "true"),
                attr("fontname", "Helvetica"),
                attr(
                    "label",
                    &format!(
                        "geokg: {} actors, {} relations",
                        graph.node_count(),
                        graph.edge_count()
                    ),
                ),
            ])),
            Stmt::GAttribute(GraphAttributes::Node(vec![
                attr("style", "filled"),
                attr("fontname", "Helvetica"),
            ])),
            Stmt::GAttribute(GraphAttributes::Edge(vec![
                attr("fontname", "Helvetica"),
                attr("fontsize", "10"),
            ])),
        ];
        let pagerank = crate::analytics::pagerank(graph);
        let max_rank = pagerank.values().copied().fold(0.0, f64::max);
        let node_stmt = |n: &crate::graph::Node| {
            let (shape, fill) = kind_style(n.kind);
            let rank = pagerank.get(&n.id).copied().unwrap_or(0.0);
            let size = if max_rank > 0.0 {
                10.0 + 8.0 * (rank / max_rank).sqrt()
            } else {
                10.0
            };
            let mut tip = format!("{} ({})", n.label, n.kind.as_str());
            if let Some(c) = &n.country {
                tip.push_str(&format!(", {c}"));
            }
            if !n.roles.is_empty() {
                tip.push_str(&format!(
                    "\nroles: {}",
                    n.roles.iter().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
            if !n.aliases.is_empty() {
                tip.push_str(&format!(
                    "\naliases: {}",
                    n.aliases.iter().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
            Stmt::Node(DNode {
                id: NodeId(Id::Escaped(quote(&n.id)), None),
                attributes: vec![
                    attr("label", &n.label),
                    attr("shape", shape),
                    attr("fillcolor", fill),
                    attr("fontsize", &format!("{size:.1}")),
                    attr("tooltip", &tip),
                ],
            })
        };
        if self.cluster_by_country || self.cluster_by_community {
            let communities = (!self.cluster_by_country).then(|| crate::analytics::analyze(graph));
            let mut by_country: std::collections::BTreeMap<String, Vec<Stmt>> = Default::default();
            for n in graph.nodes() {
                let key = match &communities {
                    Some(a) => a
                        .nodes
                        .get(&n.id)
                        .map(|s| format!("community {:03}", s.community))
                        .unwrap_or_default(),
                    None => n.country.clone().unwrap_or_default(),
                };
                by_country.entry(key).or_default().push(node_stmt(n));
            }
            for (c, nodes) in by_country {
                if c.is_empty() {
                    stmts.extend(nodes);
                    continue;
                }
                let mut sub = vec![
                    Stmt::Attribute(attr("label", &c)),
                    Stmt::Attribute(attr("style", "rounded")),
                ];
                sub.extend(nodes);
                stmts.push(Stmt::Subgraph(graphviz_rust::dot_structures::Subgraph {
                    id: Id::Escaped(quote(&format!("cluster_{c}"))),
                    stmts: sub,
                }));
            }
        } else {
            stmts.extend(graph.nodes().map(node_stmt));
        }
        for (a, b, e) in graph.edges() {
            let color = class_color(e.class);
            let mut attrs = vec![
                attr("label", &format!("{} ×{}", e.relation, e.count())),
                attr("color", color),
                attr("fontcolor", color),
                attr("penwidth", &format!("{:.1}", 1.0 + (e.count() as f64).ln())),
            ];
            if e.class == Class::AF {
                attrs.push(attr("style", "dashed"));
            } else if e.intended_only() {
                attrs.push(attr("style", "dotted"));
            }
            if e.symmetric {
                attrs.push(attr("dir", "none"));
            }
            if let Some(ev) = e.evidence.iter().next() {
                attrs.push(attr("tooltip", &ev.sentence));
            }
            stmts.push(Stmt::Edge(DEdge {
                ty: EdgeTy::Pair(
                    Vertex::N(NodeId(Id::Escaped(quote(&a.id)), None)),
                    Vertex::N(NodeId(Id::Escaped(quote(&b.id)), None)),
                ),
                attributes: attrs,
            }));
        }
        Graph::DiGraph {
            id: Id::Plain("geokg".to_string()),
            strict: false,
            stmts,
        }
    }

    /// The DOT text.
    pub fn to_string(&self, graph: &ActorGraph) -> String {
        let mut s = self.build(graph).print(&mut PrinterContext::default());
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s
    }
}

impl Exporter for DotExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(self.to_string(graph).as_bytes())
    }
}

/// Whether Graphviz's `dot` is on the PATH.
pub fn graphviz_available() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Renders DOT text to SVG (`format` = "svg") or PNG ("png") with Graphviz.
pub fn render(dot: &str, format: &str, layout: Layout) -> Result<Vec<u8>> {
    use graphviz_rust::cmd::{CommandArg, Format};
    if !graphviz_available() {
        return Err(Error::new(ErrorKind::Tool {
            tool: "dot".to_string(),
            message: "Graphviz is not installed, so no image was rendered (the DOT file is written); install it with `apt-get install graphviz` or `brew install graphviz`".to_string(),
        }));
    }
    let fmt = if format == "png" {
        Format::Png
    } else {
        Format::Svg
    };
    let args = vec![
        CommandArg::Format(fmt),
        CommandArg::Custom(format!("-K{}", layout.name())),
    ];
    graphviz_rust::exec_dot(dot.to_string(), args).map_err(|e| {
        Error::new(ErrorKind::Tool {
            tool: "dot".to_string(),
            message: format!("rendering failed: {e}"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_dot_cares_about() {
        assert_eq!(quote(r#"He said "hi""#), r#""He said \"hi\"""#);
        assert_eq!(quote("a\\b"), r#""a\\b""#);
        assert_eq!(quote("two\nlines"), r#""two\nlines""#);
        assert_eq!(quote("<b>&"), r#""<b>&""#);
        assert_eq!(quote("a\u{7}b\u{85}c\u{FFFE}d\r"), r#""a b c d""#);
    }
}
