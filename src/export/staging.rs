//! All-or-nothing output: a [`Staging`] writes each file in full to a
//! temporary file beside its target, and renames them all into place only
//! when every one was written.
//!
//! Why: a run writes up to a dozen files (`-o DIR` plus `--json`, `--dot`,
//! ...). Writing each one atomically is not enough: if the tenth fails (a
//! full disk, an unwritable path), the first nine would already have replaced
//! the user's previous outputs although the run reports an error. Staging
//! first and renaming last keeps the promise of exit code 2: nothing written.
//!
//! The temporary files are named `.NAME.geokg-tmp-PID-N` in the target's
//! directory (a rename only stays atomic within one file system), flushed and
//! fsynced before any rename (a large file is flushed to disk in steps while
//! it is written, so that the last fsync is short). Dropping a [`Staging`] without
//! [`commit`](Staging::commit)ting it removes them, and removes the
//! directories it created for them when they are empty again.
//!
//! Two kinds of target are not replaced by a rename:
//! * a special file (a device such as `/dev/null` or `/dev/stdout`, a FIFO,
//!   a socket) is written in place at commit, after every rename: renaming
//!   over `/dev/null` would replace the device with a regular file;
//! * a symbolic link to a file keeps the link: the file it points to is
//!   replaced (the temporary file goes beside that file).
//!
//! One window remains: if a rename itself fails half-way through the commit
//! (targets that are directories are refused while staging, so that takes an
//! unusual file system), the files renamed before it stay replaced.

use crate::error::{Error, ErrorKind, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Makes temporary names unique within the process, so one run can stage
/// the same target name twice (`-o out --json out/graph.json`).
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Files written to temporary names, waiting to be renamed into place.
#[derive(Debug, Default)]
pub struct Staging {
    /// (temporary file, target) in staging order.
    files: Vec<(PathBuf, PathBuf)>,
    /// Special files and their contents, written in place at commit.
    special: Vec<(PathBuf, Vec<u8>)>,
    /// Directories created for the targets, parents before children.
    created: Vec<PathBuf>,
}

/// An error writing `target`.
pub(crate) fn output_error(target: &Path, source: std::io::Error) -> Error {
    Error::new(ErrorKind::Output {
        path: target.to_path_buf(),
        source,
    })
}

/// Bytes written between two early flushes to disk (see [`EarlySync`]).
const SYNC_STEP: u64 = 8 << 20;

/// A file being written that the system starts saving to disk before it is
/// complete: each time another [`SYNC_STEP`] bytes have been written, a
/// thread of its own flushes what is there so far (`sync_data`), while the
/// writer goes on. The `sync_all` before the rename then waits only for the
/// last part, not for a whole large graph. Small files never start it.
struct EarlySync {
    file: std::fs::File,
    written: u64,
    /// Whether the flushing thread was asked for (it may have failed to start).
    started: bool,
    /// The flushing thread and its doorbell (capacity 1: a ring while a
    /// flush is waiting changes nothing), once started.
    flusher: Option<(
        std::sync::mpsc::SyncSender<()>,
        std::thread::JoinHandle<std::io::Result<()>>,
    )>,
}

impl EarlySync {
    fn new(file: std::fs::File) -> Self {
        EarlySync {
            file,
            written: 0,
            started: false,
            flusher: None,
        }
    }

    /// Asks for a flush of what has been written so far. Starts the
    /// flushing thread the first time; without one (the file cannot be
    /// shared or no thread started), the final sync does all of it, as it
    /// would without this.
    fn ring(&mut self) {
        if !self.started {
            self.started = true;
            let Ok(file) = self.file.try_clone() else {
                return;
            };
            let (tx, rx) = std::sync::mpsc::sync_channel::<()>(1);
            let spawned = std::thread::Builder::new()
                .name("geokg-sync".into())
                .spawn(move || {
                    for () in rx {
                        file.sync_data()?;
                    }
                    Ok(())
                });
            if let Ok(thread) = spawned {
                self.flusher = Some((tx, thread));
            }
        }
        if let Some((tx, _)) = &self.flusher {
            let _ = tx.try_send(());
        }
    }

    /// Stops the flushing thread, passing on its error, if any.
    fn finish(mut self) -> std::io::Result<std::fs::File> {
        if let Some((tx, thread)) = self.flusher.take() {
            drop(tx);
            thread
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        }
        Ok(self.file)
    }
}

impl Write for EarlySync {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        let before = self.written;
        self.written += n as u64;
        if self.written / SYNC_STEP > before / SYNC_STEP {
            self.ring();
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl Staging {
    /// An empty staging.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of files staged.
    pub fn len(&self) -> usize {
        self.files.len() + self.special.len()
    }

    /// Whether nothing is staged.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes one file with `write` to a temporary file beside `target`
    /// (creating the directory when needed), then flushes and fsyncs it.
    /// `target` itself is not touched until [`commit`](Staging::commit).
    ///
    /// Fails, naming `target`, when it is an existing directory, when its
    /// directory cannot be created, or when writing fails; the temporary
    /// file is then removed.
    pub fn stage(
        &mut self,
        target: &Path,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        match std::fs::metadata(target) {
            Ok(m) if m.is_dir() => {
                return Err(output_error(
                    target,
                    std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a directory"),
                ));
            }
            Ok(m) if !m.is_file() => {
                // a device, FIFO or socket: kept in memory, written at commit
                let mut bytes = Vec::new();
                write(&mut bytes).map_err(|e| output_error(target, e))?;
                self.special.push((target.to_path_buf(), bytes));
                return Ok(());
            }
            _ => {}
        }
        // a symbolic link to a file: replace the file, keep the link
        let resolved;
        let target = match std::fs::symlink_metadata(target) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(target) {
                Ok(real) => {
                    resolved = real;
                    resolved.as_path()
                }
                Err(_) => target,
            },
            _ => target,
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        self.ensure_dir(dir, target)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.geokg-tmp-{}-{n}", std::process::id()));
        let result = (|| -> std::io::Result<()> {
            let file = std::fs::File::create_new(&tmp)?;
            let mut w = std::io::BufWriter::new(EarlySync::new(file));
            write(&mut w)?;
            w.flush()?;
            let file = w.into_inner().map_err(|e| e.into_error())?.finish()?;
            file.sync_all()
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(output_error(target, e));
        }
        self.files.push((tmp, target.to_path_buf()));
        Ok(())
    }

    /// Stages `bytes` as the contents of `target`.
    pub fn stage_bytes(&mut self, target: &Path, bytes: &[u8]) -> Result<()> {
        self.stage(target, |w| w.write_all(bytes))
    }

    /// Creates `dir` (and missing parents) for `target`, remembering what it
    /// created so a failed run can remove it again.
    fn ensure_dir(&mut self, dir: &Path, target: &Path) -> Result<()> {
        if dir.is_dir() {
            return Ok(());
        }
        // the missing ancestors, outermost first
        let mut missing = Vec::new();
        let mut d = dir;
        loop {
            match std::fs::symlink_metadata(d) {
                Ok(m) if m.is_dir() => break,
                Ok(_) if d.is_dir() => break, // a symlink to a directory
                Ok(_) => {
                    return Err(output_error(
                        target,
                        std::io::Error::new(
                            std::io::ErrorKind::NotADirectory,
                            format!("{} is not a directory", d.display()),
                        ),
                    ));
                }
                Err(_) => missing.push(d.to_path_buf()),
            }
            match d.parent() {
                Some(p) if !p.as_os_str().is_empty() => d = p,
                _ => break,
            }
        }
        for m in missing.into_iter().rev() {
            match std::fs::create_dir(&m) {
                Ok(()) => self.created.push(m),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && m.is_dir() => {}
                Err(e) => {
                    return Err(output_error(
                        target,
                        std::io::Error::new(
                            e.kind(),
                            format!("cannot create directory {}: {e}", m.display()),
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Renames every staged file into place, in staging order, and fsyncs
    /// their directories. A file staged twice for one target ends up with
    /// the contents staged last.
    pub fn commit(mut self) -> Result<()> {
        let files = std::mem::take(&mut self.files);
        let mut dirs: Vec<PathBuf> = Vec::new();
        for (i, (tmp, target)) in files.iter().enumerate() {
            if let Err(e) = std::fs::rename(tmp, target) {
                for (t, _) in &files[i..] {
                    let _ = std::fs::remove_file(t);
                }
                return Err(output_error(target, e));
            }
            if let Some(d) = tmp.parent()
                && !dirs.iter().any(|x| x == d)
            {
                dirs.push(d.to_path_buf());
            }
        }
        // The renames themselves are durable once the directories are synced
        // (best effort: not every platform can open a directory).
        for d in dirs {
            if let Ok(f) = std::fs::File::open(&d) {
                let _ = f.sync_all();
            }
        }
        self.created.clear();
        for (target, bytes) in std::mem::take(&mut self.special) {
            std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .and_then(|mut f| f.write_all(&bytes).and_then(|()| f.flush()))
                .map_err(|e| output_error(&target, e))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// Removes what an uncommitted staging left: its temporary files, then
    /// the directories it created, innermost first, when they are empty.
    fn drop(&mut self) {
        for (tmp, _) in &self.files {
            let _ = std::fs::remove_file(tmp);
        }
        for d in self.created.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn nothing_is_replaced_before_commit() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a.txt");
        std::fs::write(&a, "old").unwrap();
        let mut s = Staging::new();
        s.stage_bytes(&a, b"new").unwrap();
        s.stage_bytes(&tmp.path().join("sub/dir/b.txt"), b"b")
            .unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old");
        assert_eq!(s.len(), 2);
        s.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "new");
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("sub/dir/b.txt")).unwrap(),
            "b"
        );
        assert_eq!(listing(tmp.path()), ["a.txt", "sub"]);
    }

    #[test]
    fn large_files_are_flushed_early_and_come_out_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("big.bin");
        // a little over two flush steps, in uneven pieces
        let piece: Vec<u8> = (0..=250u8).collect();
        let n = (2 * SYNC_STEP as usize) / piece.len() + 7;
        let mut s = Staging::new();
        s.stage(&a, |w| {
            for _ in 0..n {
                w.write_all(&piece)?;
            }
            Ok(())
        })
        .unwrap();
        s.commit().unwrap();
        let back = std::fs::read(&a).unwrap();
        assert_eq!(back.len(), n * piece.len());
        assert!(back.chunks(piece.len()).all(|c| c == piece.as_slice()));
        assert_eq!(listing(tmp.path()), ["big.bin"]);
    }

    #[test]
    fn dropping_removes_temporary_files_and_created_directories() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a.txt");
        std::fs::write(&a, "old").unwrap();
        {
            let mut s = Staging::new();
            s.stage_bytes(&a, b"new").unwrap();
            s.stage_bytes(&tmp.path().join("new/deeper/b.txt"), b"b")
                .unwrap();
            // a failing writer leaves no temporary file either
            let err = s
                .stage(&tmp.path().join("c.txt"), |_| {
                    Err(std::io::Error::other("disk full"))
                })
                .unwrap_err();
            assert!(err.to_string().contains("c.txt"), "{err}");
            assert!(err.to_string().contains("disk full"), "{err}");
        }
        assert_eq!(listing(tmp.path()), ["a.txt"]);
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old");
    }

    #[test]
    fn a_directory_target_or_a_file_parent_is_refused_naming_the_target() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("d")).unwrap();
        std::fs::write(tmp.path().join("f"), "x").unwrap();
        let mut s = Staging::new();
        let err = s.stage_bytes(&tmp.path().join("d"), b"").unwrap_err();
        assert!(err.to_string().contains("cannot write"), "{err}");
        assert!(err.to_string().contains("directory"), "{err}");
        let target = tmp.path().join("f/g/out.json");
        let err = s.stage_bytes(&target, b"").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with(&target.display().to_string()), "{msg}");
        assert!(msg.contains("is not a directory"), "{msg}");
        drop(s);
        assert_eq!(listing(tmp.path()), ["d", "f"]);
    }

    /// A FIFO stands in for `/dev/null` or `/dev/stdout` (a test must not
    /// risk the real ones): it is written in place, not renamed over.
    #[cfg(unix)]
    #[test]
    fn a_special_file_is_written_in_place() {
        use std::os::unix::fs::FileTypeExt;
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("note: mkfifo is not available; special files not tested");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let mut s = Staging::new();
        s.stage_bytes(&tmp.path().join("a.txt"), b"a").unwrap();
        s.stage_bytes(&fifo, b"through the pipe").unwrap();
        assert_eq!(s.len(), 2);
        s.commit().unwrap();
        // checked before joining: a reader of a replaced FIFO waits forever
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert_eq!(listing(tmp.path()), ["a.txt", "pipe"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_keeps_pointing_at_the_replaced_file() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("real")).unwrap();
        let real = tmp.path().join("real/g.json");
        std::fs::write(&real, "old").unwrap();
        let link = tmp.path().join("g.json");
        std::os::unix::fs::symlink("real/g.json", &link).unwrap();
        let mut s = Staging::new();
        s.stage_bytes(&link, b"new").unwrap();
        s.commit().unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(listing(&tmp.path().join("real")), ["g.json"]);
    }

    #[test]
    fn the_same_target_twice_keeps_the_last() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a.txt");
        let mut s = Staging::new();
        s.stage_bytes(&a, b"one").unwrap();
        s.stage_bytes(&a, b"two").unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "two");
        assert_eq!(listing(tmp.path()), ["a.txt"]);
    }
}
