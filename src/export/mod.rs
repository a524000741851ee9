//! Exporters: [`ActorGraph`] -> files. Every format implements [`Exporter`];
//! [`Format`] picks one by name or file extension; [`write_atomic`] writes
//! through a temporary file in the same directory, fsyncs and renames, so an
//! existing output is only replaced once the new one is complete.

use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use std::io::Write;
use std::path::Path;

pub mod dot;
pub mod json;

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
}

impl Format {
    /// The format for a file name's extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()? {
            "json" => Some(Format::Json),
            "dot" | "gv" => Some(Format::Dot),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }
}

/// Writes bytes to `path` atomically: a temporary file in the same directory,
/// flushed and fsynced, then renamed over the target.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let file = std::fs::File::create(&tmp)?;
        let mut w = std::io::BufWriter::new(file);
        write(&mut w)?;
        w.flush()?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Writes `graph` with `exporter` to `path` atomically.
pub fn export(graph: &ActorGraph, exporter: &dyn Exporter, path: &Path) -> Result<()> {
    write_atomic(path, |w| exporter.write(graph, w))
}
