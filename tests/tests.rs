//! geokg's end-to-end tests, compiled into one binary:
//! `cargo test --test integration`.
//!
//! Every test runs the real `geokg` executable in a fresh temporary directory
//! through the harness in [`util`]; [`corpus`] holds the tiny articles the
//! tests share.
//!
//! * [`analytics`]: node analytics in the outputs, the filters of `build`
//!   and `merge`, and `geokg stats`.
//! * [`cli`]: the documented behaviour of `build`, `extract` and `merge`.
//! * [`consumers`]: networkx, Chromium and the CSV/JSON shapes accept every export.
//! * [`errors`]: bad input and bad output paths give a clear message naming
//!   the file, exit code 2 and no output; never a panic.
//! * [`exit_codes`]: the documented exit codes, one row per situation.
//! * [`determinism`]: the same articles give the same bytes, whatever the
//!   run, input order or thread count.
//! * [`merge`]: one node per actor across articles, no false merges,
//!   `--actors`, `--max-evidence`.
//! * [`hostile`]: every export of hostile labels (quotes, markup, control
//!   characters, bidi marks) loads in its real consumer.
//! * [`properties`]: proptest: the extractor never panics on generated
//!   text, and evidence spans slice the text exactly.
//! * [`render`]: Graphviz accepts the DOT we write, even for awkward names.
//! * [`output`]: the committed `output/` matches what the README command
//!   produces today.

// Test code may unwrap (clippy.toml's `allow-unwrap-in-tests` only covers
// `#[test]` functions, not the helpers they share).
#![allow(clippy::unwrap_used)]

mod corpus;
mod util;

mod analytics;
mod cli;
mod consumers;
mod determinism;
mod errors;
mod exit_codes;
mod hostile;
mod merge;
mod output;
mod properties;
mod render;
