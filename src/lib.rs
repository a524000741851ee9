//! geokg: news articles in, a knowledge graph of geopolitical actors out.
//!
//! One module per stage: [`input`] reads files, folders, JSONL corpora and
//! stdin into [`input::Document`]s; [`token`], [`sentence`], [`mention`],
//! [`resolve`] and [`relation`] make up [`extract::extract`], which turns a
//! document into an [`extract::Extraction`] (its actors, and its triples
//! with their evidence); [`graph`] merges extractions into one
//! [`graph::ActorGraph`]; [`export`] writes it as JSON, DOT, GEXF, GraphML,
//! Cytoscape, CSV, HTML or Neo4j files. [`pipeline`] runs extraction over a
//! corpus on several threads, and [`cli`] is the command line over it all.
//!
//! ```
//! use geokg::export::{Exporter, json::JsonExporter};
//! use geokg::graph::{ActorGraph, GraphBuilder};
//! use geokg::input::Document;
//! use geokg::lexicon::Lexicon;
//!
//! let lex = Lexicon::embedded();
//! let doc = Document {
//!     id: "a1".into(),
//!     text: "Russia attacked Ukraine on Monday. Putin met Witkoff in Moscow.".into(),
//!     ..Default::default()
//! };
//! let mut builder = GraphBuilder::new(ActorGraph::new());
//! builder.push(geokg::extract::extract(lex, &doc));
//! let graph = builder.finish(1);
//! let relations: Vec<String> = graph
//!     .edges()
//!     .map(|(a, b, e)| format!("{} -{}-> {}", a.id, e.relation, b.id))
//!     .collect();
//! assert!(relations.contains(&"russia -attacked-> ukraine".to_string()));
//! let mut json = Vec::new();
//! JsonExporter::default().write(&graph, &mut json)?;
//! # Ok::<(), std::io::Error>(())
//! ```
pub mod alloc;
pub mod analytics;
pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod filter;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod mention;
pub mod pipeline;
pub mod progress;
pub mod quote;
pub mod relation;
pub mod resolve;
pub mod sentence;
pub mod stats;
pub mod token;
