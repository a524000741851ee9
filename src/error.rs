//! Typed library errors. Every error names the file (and line) it is about, so
//! the binary can print it once and exit with a documented code.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error from the geokg library.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An input path does not exist.
    NotFound {
        /// The path the user gave.
        path: PathBuf,
    },
    /// Reading or writing a file failed.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// An output file cannot be written (its directory cannot be created,
    /// it is a directory, the disk is full, ...). Nothing was replaced.
    Output {
        /// The output file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A directory holds no `.txt` or `.jsonl` articles.
    NoArticles {
        /// The directory.
        path: PathBuf,
    },
    /// A file holds NUL bytes and is not text.
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// A JSON Lines file has a bad line.
    Jsonl {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A graph file given to `merge` is not a geokg graph.
    Graph {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// An embedded or user lexicon file is malformed.
    Lexicon {
        /// The lexicon file name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// An external tool (Graphviz `dot`) failed or is missing.
    Tool {
        /// The tool's name.
        tool: String,
        /// What happened.
        message: String,
    },
    /// Any other invalid usage.
    Invalid {
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// Builds an error of the given kind.
    pub fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::NotFound {
            return Error::new(ErrorKind::NotFound {
                path: path.to_path_buf(),
            });
        }
        Error::new(ErrorKind::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// A graph-file error on `path`.
    pub fn graph(path: &Path, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Graph {
            path: path.to_path_buf(),
            message: message.into(),
        })
    }

    /// An invalid-usage error.
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Invalid {
            message: message.into(),
        })
    }

    /// True when the underlying cause is a broken pipe (the reader went away).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io { source, .. } | ErrorKind::Output { source, .. }
            if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NotFound { path } => {
                write!(f, "{}: no such file or directory", path.display())
            }
            ErrorKind::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            ErrorKind::Output { path, source } => {
                write!(f, "{}: cannot write: {}", path.display(), source)
            }
            ErrorKind::NoArticles { path } => write!(
                f,
                "{}: no articles found (expected .txt or .jsonl files)",
                path.display()
            ),
            ErrorKind::Binary { path } => {
                write!(
                    f,
                    "{}: binary file (contains NUL bytes), not an article",
                    path.display()
                )
            }
            ErrorKind::Jsonl {
                path,
                line,
                message,
            } => write!(f, "{}:{}: {}", path.display(), line, message),
            ErrorKind::Graph { path, message } => write!(f, "{}: {}", path.display(), message),
            ErrorKind::Lexicon {
                file,
                line,
                message,
            } => write!(f, "lexicon {}:{}: {}", file, line, message),
            ErrorKind::Tool { tool, message } => write!(f, "{}: {}", tool, message),
            ErrorKind::Invalid { message } => write!(f, "{}", message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } | ErrorKind::Output { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Result alias for the library.
pub type Result<T> = std::result::Result<T, Error>;
