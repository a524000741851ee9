//! `merge`'s reader of geokg/1 graphs on arbitrary text, then every
//! exporter on whatever it accepts. Reading must not panic; a refusal
//! names the file; an accepted graph has node ids without control
//! characters (exports name nodes by id) and must survive a JSON round trip
//! unchanged (write, read back, write again: the same bytes), merge into
//! itself without change, and export to every format without panicking.
#![no_main]

use geokg::export::Exporter;
use geokg::export::csv::{Neo4jNodesExporter, Neo4jRelationshipsExporter, TriplesCsvExporter};
use geokg::export::cytoscape::CytoscapeExporter;
use geokg::export::dot::DotExporter;
use geokg::export::gexf::GexfExporter;
use geokg::export::graphml::GraphMlExporter;
use geokg::export::html::HtmlExporter;
use geokg::export::json::{JsonExporter, read_graph};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fn write(e: &dyn Exporter, g: &geokg::graph::ActorGraph) -> Vec<u8> {
    let mut out = Vec::new();
    e.write(g, &mut out).expect("writing to memory cannot fail");
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let graph = match read_graph(Path::new("fuzz.json"), text) {
        Ok(g) => g,
        Err(e) => {
            assert!(e.to_string().starts_with("fuzz.json: "), "{e}");
            return;
        }
    };
    for n in graph.nodes() {
        assert!(!n.id.is_empty() && !n.id.chars().any(char::is_control));
    }
    let json = JsonExporter::default();
    let first = write(&json, &graph);
    let text2 = String::from_utf8(first.clone()).expect("JSON output is UTF-8");
    let back = read_graph(Path::new("again.json"), &text2)
        .unwrap_or_else(|e| panic!("geokg cannot read its own output: {e}\n{text2}"));
    assert_eq!(
        write(&json, &back),
        first,
        "JSON round trip changed the graph"
    );
    let mut twice = back.clone();
    twice
        .merge(&back)
        .unwrap_or_else(|e| panic!("a graph does not merge with itself: {e}"));
    assert_eq!(
        write(&json, &twice),
        first,
        "merging a graph with itself changed it"
    );
    for e in [
        &DotExporter::default() as &dyn Exporter,
        &GexfExporter::default(),
        &GraphMlExporter,
        &CytoscapeExporter,
        &TriplesCsvExporter,
        &Neo4jNodesExporter,
        &Neo4jRelationshipsExporter,
        &HtmlExporter,
    ] {
        write(e, &graph);
    }
});
