//! The command line (clap derive) and its orchestration. The binary's `main`
//! only calls [`run`]; everything else is library code.

use crate::error::{Error, Result};
use crate::export::csv::{TriplesCsvExporter, stage_neo4j};
use crate::export::cytoscape::CytoscapeExporter;
use crate::export::dot::{DotExporter, Layout};
use crate::export::gexf::GexfExporter;
use crate::export::graphml::GraphMlExporter;
use crate::export::html::HtmlExporter;
use crate::export::json::JsonExporter;
use crate::export::{Exporter, Staging};
use crate::extract::Extraction;
use crate::graph::{ActorGraph, GraphBuilder};
use crate::input::{ReadOptions, Reader, Source, expand};
use crate::lexicon::Lexicon;
use crate::progress::Progress;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

/// geokg: news articles in, a knowledge graph of geopolitical actors out.
///
/// Extracts actor-relation-actor triples (Witkoff -met-> Dmitriev) from news
/// text with a transparent rule-based pipeline, merges them across articles
/// into one graph (one node per actor, whatever its surface form), and
/// exports it as JSON, Graphviz DOT/SVG, GEXF (Gephi), GraphML, Cytoscape.js
/// JSON, CSV (triples, Neo4j import) and an interactive HTML page.
///
/// Exit codes: 0 success; 1 partial success (inputs skipped with warnings,
/// e.g. under --keep-going); 2 error (nothing written).
#[derive(Debug, Parser)]
#[command(name = "geokg", version, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract from articles, merge into one graph, write the outputs.
    ///
    /// INPUT is a .txt article (optional `Title:` / `Date:` / `Source:` header
    /// lines), a .jsonl corpus (one {"text", "id"?, "title"?, "date"?, "url"?}
    /// object per line), a directory (its .txt and .jsonl files, recursively,
    /// sorted), or `-` for stdin.
    ///
    /// Example: geokg build examples/articles -o output/
    ///          geokg build a.txt b.txt --json graph.json
    Build(BuildArgs),
    /// Print one JSON object per extracted triple (JSON Lines) on stdout.
    ///
    /// Fields: article, subject, subject_kind, subject_country, relation,
    /// class, object, object_kind, object_country, sentence, start, end,
    /// trigger, date, intended. Countries are ISO 3166-1 alpha-3 codes or null.
    ///
    /// Example: geokg extract examples/articles | head
    Extract(ExtractArgs),
    /// Merge graphs written earlier by geokg (geokg/1 JSON) into one.
    ///
    /// The result equals building all their articles together; an article
    /// present in several inputs counts once.
    ///
    /// Example: geokg merge week1/graph.json week2/graph.json -o merged/
    Merge(MergeArgs),
    /// Summarize geokg/1 JSON graphs (merged first when several): actors by
    /// kind, relations by class, top actors by PageRank and degree, the most
    /// observed relations, the date range.
    ///
    /// Example: geokg stats output/graph.json
    ///          geokg stats output/graph.json --json | jq .top_by_pagerank
    Stats(StatsArgs),
}

/// Arguments of `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// geokg/1 JSON graphs.
    #[arg(required = true, value_name = "GRAPH.json")]
    pub graphs: Vec<PathBuf>,
    /// Print JSON (one object) instead of text.
    #[arg(long)]
    pub json: bool,
    /// How many actors and relations each ranking lists.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
}

/// Where to write a graph.
#[derive(Debug, Args, Clone, Default)]
pub struct OutputArgs {
    /// Write every format into DIR: graph.json, graph.dot, graph.svg (with
    /// Graphviz installed), graph.gexf, graph.graphml, graph.cytoscape.json,
    /// graph.csv, neo4j/nodes.csv, neo4j/relationships.csv and graph.html.
    #[arg(short = 'o', long = "out-dir", value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Write the geokg/1 JSON graph to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,
    /// Write Graphviz DOT to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub dot: Option<PathBuf>,
    /// Render SVG with Graphviz to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub svg: Option<PathBuf>,
    /// Write GEXF 1.3 (Gephi) to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub gexf: Option<PathBuf>,
    /// Write GraphML (Cytoscape, yEd, networkx) to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub graphml: Option<PathBuf>,
    /// Write Cytoscape.js JSON (Cytoscape desktop: .cyjs) to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub cytoscape: Option<PathBuf>,
    /// Write a CSV of triples, one row per relation, to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub csv: Option<PathBuf>,
    /// Write Neo4j bulk-import files nodes.csv and relationships.csv into DIR.
    #[arg(long, value_name = "DIR")]
    pub neo4j: Option<PathBuf>,
    /// Write a self-contained interactive HTML page to PATH (`-` for stdout).
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
    /// Graphviz layout engine for DOT/SVG.
    #[arg(long, value_enum, default_value_t = LayoutArg::Dot)]
    pub layout: LayoutArg,
    /// Cluster DOT nodes: `country` draws one box per country, `community` one per
    /// community found by Louvain (the `community` of each node in the JSON).
    #[arg(long, value_enum)]
    pub cluster: Option<ClusterArg>,
    /// In JSON, name the edge list `links` (D3 convention) instead of `edges`.
    #[arg(long)]
    pub links: bool,
}

/// Layout engines.
#[derive(Debug, Clone, Copy, ValueEnum, Default)]
#[allow(missing_docs)]
pub enum LayoutArg {
    #[default]
    Dot,
    Neato,
    Fdp,
    Sfdp,
    Circo,
}

/// Cluster modes.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[allow(missing_docs)]
pub enum ClusterArg {
    Country,
    Community,
}

/// Arguments of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Articles: .txt files, .jsonl corpora, directories, or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Outputs.
    #[command(flatten)]
    pub out: OutputArgs,
    /// Common reading options.
    #[command(flatten)]
    pub read: ReadArgs,
    /// What the graph keeps.
    #[command(flatten)]
    pub graph: GraphArgs,
}

/// What `build` and `merge` keep of the graph.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Graph")]
pub struct GraphArgs {
    /// Keep at most N pieces of evidence per edge (the first N by article
    /// and position); `count` stays the true number of observations, and the
    /// JSON says which edges were truncated. For huge corpora.
    #[arg(long, value_name = "N")]
    pub max_evidence: Option<usize>,
    /// Keep only these relations (comma-separated labels: met, criticized, ...).
    #[arg(long, value_name = "LABEL", value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Keep only these classes: VC, MC, VK, MK, AF (comma-separated).
    #[arg(long, value_name = "CLASS", value_delimiter = ',')]
    pub class: Vec<String>,
    /// Keep relations observed at least N times.
    #[arg(long, value_name = "N")]
    pub min_count: Option<usize>,
    /// Keep what articles dated on or after DATE say (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Keep what articles dated on or before DATE say (`--until 2025-05` includes May).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Keep the ego network of an actor: NAME is its label, id or an alias
    /// (any case); see --depth.
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Radius of the --actor ego network, in links.
    #[arg(long, value_name = "K", default_value_t = 1, requires = "actor")]
    pub depth: usize,
    /// Keep the N actors with the highest PageRank and the relations among them.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Drop affiliated_with and the other standing ties (class AF).
    #[arg(long)]
    pub no_affiliations: bool,
}

impl GraphArgs {
    /// The validated [`Filter`](crate::filter::Filter) these arguments ask for.
    pub fn filter(&self) -> Result<crate::filter::Filter> {
        use crate::filter;
        let known: Vec<&str> = Lexicon::try_embedded()?
            .labels
            .iter()
            .map(|l| l.name.as_str())
            .collect();
        Ok(filter::Filter {
            relations: (!self.relation.is_empty())
                .then(|| filter::relations(&self.relation, &known))
                .transpose()?,
            classes: (!self.class.is_empty())
                .then(|| filter::classes(&self.class))
                .transpose()?,
            no_affiliations: self.no_affiliations,
            min_count: self.min_count,
            since: self
                .since
                .as_deref()
                .map(|d| filter::date("--since", d))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|d| filter::date("--until", d))
                .transpose()?,
            actor: self.actor.clone(),
            depth: self.depth,
            top: self.top,
        })
    }
}

/// Options shared by commands that read articles.
#[derive(Debug, Args, Clone)]
pub struct ReadArgs {
    /// Skip malformed JSONL lines (reported at the end, exit code 1) instead of failing.
    #[arg(long)]
    pub keep_going: bool,
    /// Extra actors: a TSV of `name kind country aliases roles` (see README).
    #[arg(long, value_name = "FILE")]
    pub actors: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Print no warnings or summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles: .txt files, .jsonl corpora, directories, or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Common reading options.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// Arguments of `merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// geokg/1 JSON graphs.
    #[arg(required = true, value_name = "GRAPH.json")]
    pub graphs: Vec<PathBuf>,
    /// Outputs.
    #[command(flatten)]
    pub out: OutputArgs,
    /// Print no summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// What the graph keeps.
    #[command(flatten)]
    pub graph: GraphArgs,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well.
    Success,
    /// Done, but some inputs were skipped.
    Partial,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Build(a) => build(a),
        Command::Extract(a) => extract_cmd(a),
        Command::Merge(a) => merge(a),
        Command::Stats(a) => stats_cmd(a),
    }
}

fn stats_cmd(a: StatsArgs) -> Result<Outcome> {
    let mut graph = ActorGraph::new();
    for p in &a.graphs {
        let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
        graph
            .merge(&crate::export::json::read_graph(p, &text)?)
            .map_err(|e| Error::graph(p, e.to_string()))?;
    }
    let stats = crate::stats::stats(&graph, a.limit);
    let text = if a.json {
        let mut t = serde_json::to_string_pretty(&stats)
            .map_err(|e| Error::io(Path::new("<stdout>"), e.into()))?;
        t.push('\n');
        t
    } else {
        stats.human()
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    Ok(Outcome::Success)
}

fn lexicon(read: &ReadArgs) -> Result<std::borrow::Cow<'static, Lexicon>> {
    Ok(match &read.actors {
        Some(p) => std::borrow::Cow::Owned(Lexicon::with_actors(p)?),
        None => std::borrow::Cow::Borrowed(Lexicon::try_embedded()?),
    })
}

fn jobs(jobs: Option<usize>) -> Result<usize> {
    match jobs {
        Some(0) => Err(Error::invalid("--jobs must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// Reads every input and extracts on `--jobs` threads (see
/// [`crate::pipeline`]), calling `sink` with each article's extraction in
/// input order, with a progress bar on a terminal.
fn for_each_extraction(
    read: &ReadArgs,
    inputs: &[PathBuf],
    lex: &Lexicon,
    mut sink: impl FnMut(Extraction) -> Result<()>,
) -> Result<Reader> {
    let sources = expand(inputs)?;
    let jobs = jobs(read.jobs)?;
    let mut reader = Reader::new(ReadOptions {
        keep_going: read.keep_going,
    });
    let total = sources.iter().try_fold(0u64, |sum, (src, _)| match src {
        Source::Text(p) | Source::Jsonl(p) => std::fs::metadata(p).ok().map(|m| sum + m.len()),
        Source::Stdin => None,
    });
    let mut progress = Progress::new(total, !read.quiet);
    crate::pipeline::for_each(lex, &sources, &mut reader, jobs, &mut |x, size| {
        progress.article(size);
        sink(x)
    })?;
    progress.finish();
    if reader.articles == 0 {
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::invalid(format!(
            "{}: no articles to read",
            names.join(", ")
        )));
    }
    Ok(reader)
}

fn report(reader: &Reader, quiet: bool) -> Outcome {
    if !quiet {
        for w in &reader.warnings {
            eprintln!("geokg: warning: {w}");
        }
    }
    if reader.skipped > 0 {
        Outcome::Partial
    } else {
        Outcome::Success
    }
}

fn build(a: BuildArgs) -> Result<Outcome> {
    check_outputs(&a.out)?;
    let filter = a.graph.filter()?;
    let lex = lexicon(&a.read)?;
    let mut graph = ActorGraph::new();
    if let Some(n) = a.graph.max_evidence {
        graph.cap_evidence(n);
    }
    let mut builder = GraphBuilder::new(graph);
    let reader = for_each_extraction(&a.read, &a.inputs, &lex, |x| {
        builder.push(x);
        Ok(())
    })?;
    let graph = builder.finish(jobs(a.read.jobs)?);
    let outcome = report(&reader, a.read.quiet);
    let graph = if filter.is_empty() {
        graph
    } else {
        filter.apply(&graph)?
    };
    write_outputs_on(&graph, &a.out, a.read.quiet, jobs(a.read.jobs)?)?;
    if !a.read.quiet {
        eprintln!(
            "geokg: {} article(s), {} actor(s), {} relation(s)",
            reader.articles,
            graph.node_count(),
            graph.edge_count()
        );
    }
    drop_in_background(graph);
    Ok(outcome)
}

/// Drops `x` on a thread of its own, so that the caller can go on (and the
/// process exit) without waiting for a large graph's memory to be freed one
/// allocation at a time. When the process exits first, the system reclaims
/// the memory at once.
fn drop_in_background<T: Send + 'static>(x: T) {
    // if no thread can be started, the closure, and `x` with it, is
    // dropped here
    let _ = std::thread::Builder::new()
        .name("geokg-drop".into())
        .spawn(move || drop(x));
}

fn merge(a: MergeArgs) -> Result<Outcome> {
    check_outputs(&a.out)?;
    let filter = a.graph.filter()?;
    let mut graph = ActorGraph::new();
    if let Some(n) = a.graph.max_evidence {
        graph.cap_evidence(n);
    }
    for p in &a.graphs {
        let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
        let g = crate::export::json::read_graph(p, &text)?;
        graph
            .merge(&g)
            .map_err(|e| Error::graph(p, e.to_string()))?;
    }
    let graph = if filter.is_empty() {
        graph
    } else {
        filter.apply(&graph)?
    };
    write_outputs(&graph, &a.out, a.quiet)?;
    if !a.quiet {
        eprintln!(
            "geokg: merged {} graph(s): {} actor(s), {} relation(s)",
            a.graphs.len(),
            graph.node_count(),
            graph.edge_count()
        );
    }
    drop_in_background(graph);
    Ok(Outcome::Success)
}

fn check_outputs(out: &OutputArgs) -> Result<()> {
    let files = [
        &out.json,
        &out.dot,
        &out.svg,
        &out.gexf,
        &out.graphml,
        &out.cytoscape,
        &out.csv,
        &out.html,
    ];
    if out.out_dir.is_none() && out.neo4j.is_none() && files.iter().all(|p| p.is_none()) {
        return Err(Error::invalid(
            "nothing to write: give -o DIR, or --json / --dot / --svg / --gexf / --graphml / --cytoscape / --csv / --html PATH (`-` writes to stdout), or --neo4j DIR",
        ));
    }
    if out.neo4j.as_deref() == Some(Path::new("-")) {
        return Err(Error::invalid(
            "--neo4j writes two files, so it needs a directory, not `-`",
        ));
    }
    Ok(())
}

fn layout(l: LayoutArg) -> Layout {
    match l {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Circo => Layout::Circo,
    }
}

fn write_stdout(graph: &ActorGraph, exporter: &dyn Exporter) -> Result<()> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    exporter
        .write(graph, &mut lock)
        .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    lock.flush()
        .map_err(|e| Error::io(Path::new("<stdout>"), e))
}

/// Writes every requested output, all or nothing: the SVG is rendered
/// first, every file is then written to a temporary file beside its target
/// ([`Staging`]), and only when all of them were written are they renamed
/// into place. A failure anywhere leaves every existing output as it was.
/// Outputs to stdout (`-`) are printed last.
pub fn write_outputs(graph: &ActorGraph, out: &OutputArgs, quiet: bool) -> Result<()> {
    write_outputs_on(graph, out, quiet, 1)
}

/// [`write_outputs`], rendering the JSON on `jobs` threads (same bytes for
/// any number).
pub fn write_outputs_on(
    graph: &ActorGraph,
    out: &OutputArgs,
    quiet: bool,
    jobs: usize,
) -> Result<()> {
    let json = JsonExporter {
        links: out.links,
        extras: (out.out_dir.is_some() || out.json.is_some())
            .then(|| crate::analytics::analyze(graph).node_extras()),
        jobs,
    };
    let dot = DotExporter {
        layout: layout(out.layout),
        cluster_by_country: matches!(out.cluster, Some(ClusterArg::Country)),
        cluster_by_community: matches!(out.cluster, Some(ClusterArg::Community)),
    };
    let gexf = GexfExporter::default();
    let mut files: Vec<(PathBuf, &dyn Exporter)> = Vec::new();
    let mut neo4j_dirs: Vec<PathBuf> = Vec::new();
    let mut svg_targets: Vec<PathBuf> = Vec::new();
    if let Some(dir) = &out.out_dir {
        files.push((dir.join("graph.json"), &json));
        files.push((dir.join("graph.dot"), &dot));
        files.push((dir.join("graph.gexf"), &gexf));
        files.push((dir.join("graph.graphml"), &GraphMlExporter));
        files.push((dir.join("graph.cytoscape.json"), &CytoscapeExporter));
        files.push((dir.join("graph.csv"), &TriplesCsvExporter));
        neo4j_dirs.push(dir.join("neo4j"));
        files.push((dir.join("graph.html"), &HtmlExporter));
        if crate::export::dot::graphviz_available() {
            svg_targets.push(dir.join("graph.svg"));
        } else if !quiet {
            eprintln!(
                "geokg: note: Graphviz `dot` is not installed, so graph.svg was not rendered; install it with `apt-get install graphviz` (or `brew install graphviz`) and run again"
            );
        }
    }
    let single: [(&Option<PathBuf>, &dyn Exporter); 7] = [
        (&out.json, &json),
        (&out.dot, &dot),
        (&out.gexf, &gexf),
        (&out.graphml, &GraphMlExporter),
        (&out.cytoscape, &CytoscapeExporter),
        (&out.csv, &TriplesCsvExporter),
        (&out.html, &HtmlExporter),
    ];
    for (path, exporter) in single {
        if let Some(p) = path {
            files.push((p.clone(), exporter));
        }
    }
    neo4j_dirs.extend(out.neo4j.iter().cloned());
    svg_targets.extend(out.svg.iter().cloned());

    let svg = if svg_targets.is_empty() {
        None
    } else {
        let text = dot.to_string(graph);
        Some(crate::export::dot::render(
            &text,
            "svg",
            layout(out.layout),
        )?)
    };
    let mut staging = Staging::new();
    let mut to_stdout: Vec<&dyn Exporter> = Vec::new();
    for (path, exporter) in files {
        if path.as_os_str() == "-" {
            to_stdout.push(exporter);
        } else {
            staging.stage(&path, |w| exporter.write(graph, w))?;
        }
    }
    for dir in &neo4j_dirs {
        stage_neo4j(graph, dir, &mut staging)?;
    }
    let mut svg_to_stdout = false;
    if let Some(bytes) = &svg {
        for p in &svg_targets {
            if p.as_os_str() == "-" {
                svg_to_stdout = true;
            } else {
                staging.stage_bytes(p, bytes)?;
            }
        }
    }
    staging.commit()?;
    for exporter in to_stdout {
        write_stdout(graph, exporter)?;
    }
    if let (true, Some(bytes)) = (svg_to_stdout, &svg) {
        let mut lock = std::io::stdout().lock();
        lock.write_all(bytes)
            .and_then(|()| lock.flush())
            .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    }
    Ok(())
}

fn extract_cmd(a: ExtractArgs) -> Result<Outcome> {
    let lex = lexicon(&a.read)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let reader = for_each_extraction(&a.read, &a.inputs, &lex, |x| {
        line.clear();
        for f in &x.facts {
            crate::export::json::put_fact_line(&mut line, &x, f);
        }
        out.write_all(&line)
            .map_err(|e| Error::io(Path::new("<stdout>"), e))
    })?;
    out.flush()
        .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    Ok(report(&reader, a.read.quiet))
}
