//! Exporters: [`ActorGraph`] -> files. Every format implements [`Exporter`];
//! [`Format`] picks one by file extension; [`Staging`] writes a set of files
//! all-or-nothing (temporary files in the target directories, fsynced, then
//! renamed), so an existing output is only replaced once every new one is
//! complete; [`write_atomic`] does that for one file.
//!
//! | format | module | for |
//! |---|---|---|
//! | geokg/1 JSON | [`json`] | geokg itself (`merge`), networkx `node_link_graph`, D3 |
//! | DOT / SVG | [`dot`] | Graphviz |
//! | GEXF 1.3 | [`gexf`] | Gephi, networkx `read_gexf` |
//! | GraphML | [`graphml`] | Cytoscape, yEd, networkx `read_graphml` |
//! | Cytoscape.js JSON | [`cytoscape`] | Cytoscape.js, Cytoscape desktop (`.cyjs`) |
//! | triples CSV, Neo4j CSV | [`csv`] | spreadsheets, `neo4j-admin database import` |
//! | HTML | [`html`] | any browser, offline |
//!
//! Every exporter is deterministic: nodes sorted by id, edges in
//! [`ActorGraph::edges`] order, object keys sorted.

use crate::error::Result;
use crate::graph::ActorGraph;
use crate::lexicon::ActorKind;
use std::io::Write;
use std::path::Path;

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
mod staging;
mod xml;

pub use staging::Staging;

/// Writes a graph in one format.
pub trait Exporter {
    /// Writes `graph` to `w`.
    fn write(&self, graph: &ActorGraph, w: &mut dyn Write) -> std::io::Result<()>;
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    /// geokg/1 node-link JSON.
    Json,
    /// Graphviz DOT.
    Dot,
    /// SVG rendered by Graphviz.
    Svg,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// GraphML.
    GraphMl,
    /// Cytoscape.js JSON.
    Cytoscape,
    /// Triples CSV, one row per edge.
    Csv,
    /// Self-contained interactive HTML page.
    Html,
}

impl Format {
    /// The format for a file name: `*.cytoscape.json` and `*.cyjs` are
    /// Cytoscape.js JSON, other names go by extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".cytoscape.json") {
            return Some(Format::Cytoscape);
        }
        match name.rsplit_once('.')?.1 {
            "json" => Some(Format::Json),
            "dot" | "gv" => Some(Format::Dot),
            "svg" => Some(Format::Svg),
            "gexf" => Some(Format::Gexf),
            "graphml" => Some(Format::GraphMl),
            "cyjs" => Some(Format::Cytoscape),
            "csv" => Some(Format::Csv),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Display colour of an actor kind, as RGB (Okabe-Ito palette, readable by
/// colour-blind viewers): person orange, country blue, organization purple,
/// group grey.
pub fn kind_rgb(kind: ActorKind) -> (u8, u8, u8) {
    match kind {
        ActorKind::Person => (230, 159, 0),
        ActorKind::Country => (0, 114, 178),
        ActorKind::Organization => (204, 121, 167),
        ActorKind::Group => (128, 128, 128),
    }
}

/// Display colour of an actor kind as `#rrggbb`.
pub fn kind_color(kind: ActorKind) -> String {
    let (r, g, b) = kind_rgb(kind);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Joins list values with `;`, the one list separator every geokg table
/// format uses (GEXF, GraphML, CSV, Neo4j arrays); a `;` inside a value
/// becomes `,` so the list splits back into the same items.
pub(crate) fn join_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| s.replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

/// The earliest and latest of `dates` that look like `YYYY-MM-DD`; other
/// date strings are ignored.
pub(crate) fn iso_range<'a>(
    dates: impl IntoIterator<Item = &'a str>,
) -> (Option<&'a str>, Option<&'a str>) {
    let mut iso = dates.into_iter().filter(|d| xml::is_iso_date(d));
    let first = iso.next();
    iso.fold((first, first), |(lo, hi), d| {
        (lo.min(Some(d)), hi.max(Some(d)))
    })
}

/// Writes one file atomically: a temporary file in the same directory,
/// flushed and fsynced, then renamed over the target (a one-file
/// [`Staging`]). To write several files all-or-nothing, use [`Staging`].
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut staging = Staging::new();
    staging.stage(path, write)?;
    staging.commit()
}

/// Writes `graph` with `exporter` to `path` atomically.
pub fn export(graph: &ActorGraph, exporter: &dyn Exporter, path: &Path) -> Result<()> {
    write_atomic(path, |w| exporter.write(graph, w))
}

/// Asserts two texts are equal, reporting the first differing line (a
/// whole-document `assert_eq!` is unreadable for XML or HTML).
#[cfg(test)]
#[track_caller]
pub(crate) fn assert_lines(got: &str, want: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<_>, Vec<_>) = (got.split('\n').collect(), want.split('\n').collect());
    let i = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
    panic!(
        "texts differ at line {}:\n  got:  {:?}\n  want: {:?}\n--- got ---\n{got}",
        i + 1,
        g.get(i).unwrap_or(&"<end>"),
        w.get(i).unwrap_or(&"<end>")
    );
}

/// The tiny graph every exporter's tests write: labels with quotes,
/// backslashes, newlines, markup, `]]>`, a control character and non-ASCII;
/// a symmetric edge, two parallel edges, ISO, non-ISO and missing dates.
#[cfg(test)]
pub(crate) fn fixture() -> ActorGraph {
    use crate::extract::Evidence;
    use crate::graph::{Edge, Node};
    use crate::lexicon::Class;
    use std::collections::{BTreeMap, BTreeSet};

    let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let ev = |article: &str, sentence: &str, date: Option<&str>| Evidence {
        article: article.into(),
        start: 0,
        end: sentence.len(),
        sentence: sentence.into(),
        trigger: "t".into(),
        date: date.map(Into::into),
        intended: false,
    };
    let mut g = ActorGraph::new();
    g.add_article("a1");
    g.add_article("a2");
    g.upsert_node(Node {
        id: "ann".into(),
        label: "Ann \"Q\" O'Neil \\ <b>&]]>\u{7}\nÆrø".into(),
        kind: ActorKind::Person,
        country: Some("USA".into()),
        roles: set(&["envoy; special", "a,b"]),
        aliases: set(&["Ann"]),
        mentions: BTreeMap::from([("a1".into(), 2), ("a2".into(), 1)]),
        dates: set(&["2025-08-06", "2025-08-07"]),
        totals: None,
    });
    g.upsert_node(Node {
        id: "bob-co".into(),
        label: "Bob & Co <Ltd>".into(),
        kind: ActorKind::Organization,
        country: None,
        roles: BTreeSet::new(),
        aliases: BTreeSet::new(),
        mentions: BTreeMap::from([("a1".into(), 1)]),
        dates: set(&["2025-08-06"]),
        totals: None,
    });
    g.upsert_node(Node {
        id: "rus".into(),
        label: "Россия".into(),
        kind: ActorKind::Country,
        country: Some("RUS".into()),
        roles: BTreeSet::new(),
        aliases: BTreeSet::new(),
        mentions: BTreeMap::from([("a2".into(), 3)]),
        dates: set(&["someday"]),
        totals: None,
    });
    g.upsert_edge(
        "bob-co",
        "ann",
        Edge {
            relation: "met".into(),
            class: Class::VC,
            symmetric: true,
            evidence: BTreeSet::from([
                ev(
                    "a1",
                    "They met.</script>\n\"Yes,\" she said.",
                    Some("2025-08-06"),
                ),
                ev("a2", "Met again.", Some("2025-08-07")),
            ]),
            totals: None,
        },
    );
    g.upsert_edge(
        "ann",
        "rus",
        Edge {
            relation: "sanctioned".into(),
            class: Class::MK,
            symmetric: false,
            evidence: BTreeSet::from([ev("a2", "Ann sanctioned Россия.", None)]),
            totals: None,
        },
    );
    g.upsert_edge(
        "ann",
        "rus",
        Edge {
            relation: "affiliated_with".into(),
            class: Class::AF,
            symmetric: false,
            evidence: BTreeSet::from([ev("a2", "Ann, of Россия.", Some("someday"))]),
            totals: None,
        },
    );
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_file_name() {
        for (name, f) in [
            ("out/graph.json", Some(Format::Json)),
            ("graph.cytoscape.json", Some(Format::Cytoscape)),
            ("g.CYJS", Some(Format::Cytoscape)),
            ("g.gv", Some(Format::Dot)),
            ("g.gexf", Some(Format::Gexf)),
            ("g.GraphML", Some(Format::GraphMl)),
            ("triples.csv", Some(Format::Csv)),
            ("g.htm", Some(Format::Html)),
            ("g.svg", Some(Format::Svg)),
            ("g.txt", None),
            ("graph", None),
        ] {
            assert_eq!(Format::from_path(Path::new(name)), f, "{name}");
        }
    }

    #[test]
    fn iso_range_ignores_other_date_forms() {
        assert_eq!(
            iso_range(["2025-08-06", "Aug 2025", "2024-01-31", "2025-13-01"]),
            (Some("2024-01-31"), Some("2025-08-06"))
        );
        assert_eq!(iso_range(["soon"]), (None, None));
    }
}
