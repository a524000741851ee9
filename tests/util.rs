//! The test harness: a temporary directory to work in ([`TestDir`]), the
//! `geokg` binary run inside it ([`Geokg`]), and its finished run ([`Run`]),
//! whose assertions print the command, exit code, stdout and stderr when they
//! fail.

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one geokg run may take before the harness kills it: a hang is a
/// failure, not a stuck CI job. (Debug builds handle every test input in a
/// few seconds.)
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// The `geokg` binary Cargo built for this test run.
pub const GEOKG: &str = env!("CARGO_BIN_EXE_geokg");

/// The repository root, where `examples/` and `output/` live.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether Graphviz's `dot` is on the PATH.
pub fn graphviz_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A temporary directory, deleted when dropped. Relative paths given to its
/// methods are relative to it, and `geokg` runs with it as working directory.
pub struct TestDir {
    tmp: tempfile::TempDir,
}

impl TestDir {
    /// A new, empty directory.
    pub fn new() -> TestDir {
        let tmp = tempfile::Builder::new()
            .prefix("geokg-test-")
            .tempdir()
            .expect("cannot create a temporary directory");
        TestDir { tmp }
    }

    /// The directory itself.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// `rel` inside the directory.
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// Writes a file (creating parent directories) and returns its path.
    pub fn write(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, contents).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
        p
    }

    /// Creates a directory (and its parents) and returns its path.
    pub fn mkdir(&self, rel: impl AsRef<Path>) -> PathBuf {
        let p = self.join(rel);
        std::fs::create_dir_all(&p).unwrap_or_else(|e| panic!("mkdir {}: {e}", p.display()));
        p
    }

    /// Whether `rel` exists.
    pub fn exists(&self, rel: impl AsRef<Path>) -> bool {
        self.join(rel).exists()
    }

    /// The bytes of a file.
    pub fn read_bytes(&self, rel: impl AsRef<Path>) -> Vec<u8> {
        let p = self.join(rel);
        std::fs::read(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
    }

    /// The text of a file.
    pub fn read(&self, rel: impl AsRef<Path>) -> String {
        let p = self.join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
    }

    /// The directory's entries (file names, sorted), to check nothing was written.
    pub fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// `geokg ARGS...`, to be run in this directory.
    pub fn geokg<I, S>(&self, args: I) -> Geokg
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::new(GEOKG);
        cmd.current_dir(self.path())
            .args(args)
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LOG");
        Geokg { cmd, stdin: None }
    }
}

/// A `geokg` command that has not run yet.
pub struct Geokg {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Geokg {
    /// Adds arguments.
    pub fn args<I, S>(mut self, args: I) -> Geokg
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Feeds `bytes` on stdin (otherwise stdin is empty).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Geokg {
        self.stdin = Some(bytes.into());
        self
    }

    /// The underlying command, for tests that need to manage the process.
    pub fn command(self) -> Command {
        self.cmd
    }

    /// Runs to completion, killing geokg if it takes longer than [`TIMEOUT`].
    pub fn run(mut self) -> Run {
        let shown = format!("{:?}", self.cmd);
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {shown}: {e}"));
        // Feed stdin and drain stdout/stderr from threads, so neither a large
        // input nor a large output can deadlock against a full pipe.
        let feeder = self.stdin.take().map(|bytes| {
            let mut pipe = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                // geokg may legitimately stop reading early (an error).
                let _ = pipe.write_all(&bytes);
            })
        });
        let drain = |pipe: Option<Box<dyn Read + Send>>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                if let Some(mut p) = pipe {
                    p.read_to_end(&mut buf).unwrap();
                }
                buf
            })
        };
        let stdout = drain(
            child
                .stdout
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
        );
        let stderr = drain(
            child
                .stderr
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
        );
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{shown} did not finish within {TIMEOUT:?}; killed");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        if let Some(f) = feeder {
            f.join().unwrap();
        }
        let stdout = stdout.join().unwrap();
        let stderr = stderr.join().unwrap();
        Run {
            command: shown,
            code: status.code(),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stdout_bytes: stdout,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }
}

/// A finished `geokg` run. Every assertion also checks that geokg did not
/// panic, and shows the whole run when it fails.
pub struct Run {
    command: String,
    /// Exit code; `None` when killed by a signal.
    pub code: Option<i32>,
    /// Stdout, lossily decoded.
    pub stdout: String,
    /// Stdout as bytes.
    pub stdout_bytes: Vec<u8>,
    /// Stderr, lossily decoded.
    pub stderr: String,
}

impl fmt::Display for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let clip = |s: &str| -> String {
            if s.len() > 4000 {
                let mut end = 4000;
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                format!("{}... ({} bytes in all)", &s[..end], s.len())
            } else {
                s.to_string()
            }
        };
        write!(
            f,
            "command: {}\nexit code: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}\n---",
            self.command,
            self.code,
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }
}

impl Run {
    fn no_panic(&self) {
        assert!(!self.stderr.contains("panicked"), "geokg panicked\n{self}");
    }

    /// Asserts the exit code.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        self.no_panic();
        assert_eq!(self.code, Some(expected), "unexpected exit code\n{self}");
        self
    }

    /// Asserts exit code 0.
    #[track_caller]
    pub fn success(&self) -> &Run {
        self.code(0)
    }

    /// Asserts a failed run: exit code 2, nothing on stdout, a `geokg: error:`
    /// on stderr containing every fragment.
    #[track_caller]
    pub fn failure(&self, fragments: &[&str]) -> &Run {
        self.code(2);
        assert!(
            self.stdout.is_empty(),
            "a failed run printed to stdout\n{self}"
        );
        self.stderr_has("geokg: error:");
        for f in fragments {
            self.stderr_has(f);
        }
        self
    }

    /// Asserts stdout contains `s`.
    #[track_caller]
    pub fn stdout_has(&self, s: &str) -> &Run {
        self.no_panic();
        assert!(self.stdout.contains(s), "stdout lacks {s:?}\n{self}");
        self
    }

    /// Asserts stderr contains `s`.
    #[track_caller]
    pub fn stderr_has(&self, s: &str) -> &Run {
        self.no_panic();
        assert!(self.stderr.contains(s), "stderr lacks {s:?}\n{self}");
        self
    }

    /// Asserts stderr does not contain `s` (case-insensitively).
    #[track_caller]
    pub fn stderr_lacks(&self, s: &str) -> &Run {
        self.no_panic();
        assert!(
            !self.stderr.to_lowercase().contains(&s.to_lowercase()),
            "stderr unexpectedly has {s:?}\n{self}"
        );
        self
    }

    /// Stdout parsed as JSON Lines.
    #[track_caller]
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("stdout line is not JSON: {e}: {l}\n{self}"))
            })
            .collect()
    }
}

/// Asserts two byte strings are equal, showing the first difference as text.
#[track_caller]
pub fn assert_same_bytes(what: &str, left: &[u8], right: &[u8]) {
    if left == right {
        return;
    }
    let at = left
        .iter()
        .zip(right)
        .position(|(a, b)| a != b)
        .unwrap_or(left.len().min(right.len()));
    let line = left[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let show = |b: &[u8]| {
        let from = at.saturating_sub(200);
        let to = (at + 200).min(b.len());
        String::from_utf8_lossy(&b[from.min(to)..to]).into_owned()
    };
    panic!(
        "{what}: differs at byte {at} (line {line}); lengths {} and {}\n--- left ---\n{}\n--- right ---\n{}",
        left.len(),
        right.len(),
        show(left),
        show(right)
    );
}
