//! Throughput of each pipeline stage and of the whole build, in bytes of
//! article text (or of JSONL input, end to end) per second.
//!
//! ```sh
//! cargo bench --bench stages                 # every stage
//! cargo bench --bench stages -- extract      # only benches whose name contains "extract"
//! ```
//!
//! The input is 2 MB of generated news (`examples/gen_corpus`, seed 1), made
//! in memory before the benches run; the exporters get the graph of those
//! articles. Numbers are medians of 10 samples; the machine is shared, so
//! compare runs made close together.

#[path = "../examples/gen_corpus/corpus.rs"]
mod corpus;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use geokg::export::Exporter;
use geokg::export::csv::TriplesCsvExporter;
use geokg::export::cytoscape::CytoscapeExporter;
use geokg::export::dot::DotExporter;
use geokg::export::gexf::GexfExporter;
use geokg::export::graphml::GraphMlExporter;
use geokg::export::html::HtmlExporter;
use geokg::export::json::JsonExporter;
use geokg::extract::{Extraction, extract};
use geokg::graph::{ActorGraph, GraphBuilder};
use geokg::input::{Document, ReadOptions, Reader, Source};
use geokg::lexicon::Lexicon;
use geokg::relation::SentenceExtractor;
use geokg::sentence::Sentence;
use geokg::token::{Token, Tokens};
use geokg::{mention, pipeline, resolve, sentence};
use std::sync::LazyLock;

// The allocator of the geokg binary (src/main.rs), so the figures match it.
#[global_allocator]
static ALLOCATOR: geokg::alloc::Mimalloc = geokg::alloc::Mimalloc;

const CORPUS_BYTES: u64 = 2_000_000;

fn main() {
    divan::main();
}

struct Prepared {
    docs: Vec<Document>,
    text_bytes: usize,
    tokens: Vec<Vec<Token<'static>>>,
    sentences: Vec<Vec<Sentence>>,
    mentions: Vec<Vec<Vec<mention::Mention>>>,
    resolutions: Vec<resolve::Resolution>,
    extractions: Vec<Extraction>,
    graph: ActorGraph,
    jsonl: tempfile::NamedTempFile,
    jsonl_bytes: usize,
}

static DATA: LazyLock<Prepared> = LazyLock::new(|| {
    let lex = Lexicon::embedded();
    let material = corpus::Material::load(&corpus::sample_dir()).expect("sample articles");
    let docs = material.documents(1, CORPUS_BYTES);
    let text_bytes = docs.iter().map(|d| d.text.len()).sum();
    // (as the pipeline tokenizes: with the lexicon's word ids; the buffers
    // live as long as the bench, so the tokens can borrow them)
    let buffers: &'static [Tokens] = docs
        .iter()
        .map(|d| lex.tokenize(&d.text))
        .collect::<Vec<_>>()
        .leak();
    let tokens: Vec<Vec<Token<'static>>> = buffers.iter().map(Tokens::tokens).collect();
    let sentences: Vec<_> = docs
        .iter()
        .zip(&tokens)
        .map(|(d, t)| sentence::split(&d.text, t))
        .collect();
    let mentions: Vec<Vec<Vec<mention::Mention>>> = docs
        .iter()
        .zip(&tokens)
        .zip(&sentences)
        .map(|((d, t), ss)| {
            ss.iter()
                .map(|s| mention::find(lex, &d.text, t, s.tokens.clone()))
                .collect()
        })
        .collect();
    let resolutions = docs
        .iter()
        .zip(&tokens)
        .zip(&mentions)
        .map(
            |((d, t), m): ((&Document, &Vec<Token>), &Vec<Vec<mention::Mention>>)| {
                resolve::resolve(lex, &d.text, t, m)
            },
        )
        .collect();
    let extractions: Vec<_> = docs.iter().map(|d| extract(lex, d)).collect();
    let mut graph = ActorGraph::new();
    for x in &extractions {
        graph.add(x);
    }
    let mut jsonl = tempfile::NamedTempFile::new().expect("temp file");
    material
        .write(1, CORPUS_BYTES, jsonl.as_file_mut())
        .expect("write corpus");
    let jsonl_bytes = std::fs::metadata(jsonl.path()).map_or(0, |m| m.len() as usize);
    Prepared {
        docs,
        text_bytes,
        tokens,
        sentences,
        mentions,
        resolutions,
        extractions,
        graph,
        jsonl,
        jsonl_bytes,
    }
});

fn text_bench(b: Bencher, f: impl Fn(&Prepared) + Sync) {
    let d = &*DATA;
    b.counter(BytesCount::new(d.text_bytes)).bench(|| f(d));
}

/// Lexicon parsing, as at start-up (the binary parses it once).
#[divan::bench(sample_count = 20)]
fn lexicon_load() -> Lexicon {
    // a fresh parse (the embedded one is cached after its first use), with
    // an empty actors file
    static EMPTY: LazyLock<tempfile::NamedTempFile> =
        LazyLock::new(|| tempfile::NamedTempFile::new().expect("temp file"));
    Lexicon::with_actors(EMPTY.path()).expect("lexicon")
}

/// text -> tokens, with the lexicon's word ids (as the pipeline does it)
#[divan::bench(sample_count = 10)]
fn tokenize(b: Bencher) {
    let lex = Lexicon::embedded();
    text_bench(b, |d| {
        for doc in &d.docs {
            black_box(lex.tokenize(&doc.text));
        }
    });
}

/// tokens -> sentences
#[divan::bench(sample_count = 10)]
fn sentence_split(b: Bencher) {
    text_bench(b, |d| {
        for (doc, t) in d.docs.iter().zip(&d.tokens) {
            black_box(sentence::split(&doc.text, t));
        }
    });
}

/// sentences -> mentions
#[divan::bench(sample_count = 10)]
fn mentions(b: Bencher) {
    let lex = Lexicon::embedded();
    text_bench(b, |d| {
        for ((doc, t), ss) in d.docs.iter().zip(&d.tokens).zip(&d.sentences) {
            for s in ss {
                black_box(mention::find(lex, &doc.text, t, s.tokens.clone()));
            }
        }
    });
}

/// mentions -> entities (coreference within each article)
#[divan::bench(sample_count = 10)]
fn resolution(b: Bencher) {
    let lex = Lexicon::embedded();
    text_bench(b, |d| {
        for ((doc, t), m) in d.docs.iter().zip(&d.tokens).zip(&d.mentions) {
            black_box(resolve::resolve(lex, &doc.text, t, m));
        }
    });
}

/// resolved mentions -> triples, every sentence (the relation stage alone)
#[divan::bench(sample_count = 10)]
fn relations(b: Bencher) {
    let lex = Lexicon::embedded();
    text_bench(b, |d| {
        for (i, doc) in d.docs.iter().enumerate() {
            let (toks, res) = (&d.tokens[i], &d.resolutions[i]);
            for (s, sent) in d.sentences[i].iter().enumerate() {
                let x = SentenceExtractor::new(
                    lex,
                    &doc.text,
                    toks,
                    sent.tokens.clone(),
                    &d.mentions[i][s],
                    &res.links[s],
                    &res.entities,
                )
                .with_plurals(&res.also[s]);
                black_box(x.extract());
            }
        }
    });
}

/// The whole extraction, text -> triples (tokens, sentences, mentions,
/// resolution, relations), on one thread: the "extraction alone" figure.
#[divan::bench(sample_count = 10)]
fn extract_all(b: Bencher) {
    let lex = Lexicon::embedded();
    text_bench(b, |d| {
        for doc in &d.docs {
            black_box(extract(lex, doc));
        }
    });
}

/// extractions -> graph, one [`ActorGraph::add`] after another
#[divan::bench(sample_count = 10)]
fn graph_merge(b: Bencher) {
    text_bench(b, |d| {
        let mut g = ActorGraph::new();
        for x in &d.extractions {
            g.add(x);
        }
        black_box(g);
    });
}

/// extractions -> graph through [`GraphBuilder`] on one thread (as `geokg
/// build -j 1` makes it)
#[divan::bench(sample_count = 10)]
fn graph_build(b: Bencher) {
    text_bench(b, |d| {
        let mut g = GraphBuilder::new(ActorGraph::new());
        for x in &d.extractions {
            g.add(x);
        }
        black_box(g.finish(1));
    });
}

/// extractions -> graph under `--max-evidence 10` (totals, no per-article maps)
#[divan::bench(sample_count = 10)]
fn graph_merge_capped(b: Bencher) {
    text_bench(b, |d| {
        let mut g = ActorGraph::new();
        g.cap_evidence(10);
        for x in &d.extractions {
            g.add(x);
        }
        black_box(g);
    });
}

fn export(b: Bencher, e: &(dyn Exporter + Sync)) {
    let g = &DATA.graph;
    let mut probe = Vec::new();
    e.write(g, &mut probe).expect("export");
    b.counter(BytesCount::new(probe.len())).bench(|| {
        let mut out = Vec::with_capacity(probe.len());
        e.write(g, &mut out).expect("export");
        out
    });
}

/// Each exporter on the graph of the corpus (bytes = output size).
mod exporter {
    use super::*;

    #[divan::bench(sample_count = 10)]
    fn json(b: Bencher) {
        export(b, &JsonExporter::default());
    }

    #[divan::bench(sample_count = 10)]
    fn dot(b: Bencher) {
        export(b, &DotExporter::default());
    }

    #[divan::bench(sample_count = 10)]
    fn gexf(b: Bencher) {
        export(b, &GexfExporter::default());
    }

    #[divan::bench(sample_count = 10)]
    fn graphml(b: Bencher) {
        export(b, &GraphMlExporter);
    }

    #[divan::bench(sample_count = 10)]
    fn cytoscape(b: Bencher) {
        export(b, &CytoscapeExporter);
    }

    #[divan::bench(sample_count = 10)]
    fn csv(b: Bencher) {
        export(b, &TriplesCsvExporter);
    }

    #[divan::bench(sample_count = 10)]
    fn html(b: Bencher) {
        export(b, &HtmlExporter);
    }
}

/// End to end, as `geokg build corpus.jsonl --json OUT -j N` does it: read
/// the JSONL file, extract on N threads, merge, write the JSON (to memory).
/// Bytes are bytes of JSONL input.
#[divan::bench(sample_count = 5, args = [1, 2])]
fn end_to_end(b: Bencher, jobs: usize) {
    let d = &*DATA;
    let lex = Lexicon::embedded();
    let sources = [(Source::Jsonl(d.jsonl.path().to_path_buf()), false)];
    b.counter(BytesCount::new(d.jsonl_bytes)).bench(|| {
        let mut reader = Reader::new(ReadOptions::default());
        let mut g = GraphBuilder::new(ActorGraph::new());
        pipeline::for_each(lex, &sources, &mut reader, jobs, &mut |x, _| {
            g.push(x);
            Ok(())
        })
        .expect("build");
        let g = g.finish(jobs);
        let mut out = Vec::new();
        let json = JsonExporter {
            jobs,
            ..JsonExporter::default()
        };
        json.write(&g, &mut out).expect("json");
        out
    });
}
