//! geokg: news articles in, a knowledge graph of geopolitical actors out.
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
pub mod relation;
pub mod resolve;
pub mod sentence;
pub mod stats;
pub mod token;
