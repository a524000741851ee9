//! Streaming extraction over many articles: sources -> [`Extraction`]s, in
//! input order, on any number of threads.
//!
//! With one job everything runs on the calling thread: read an article,
//! extract it, hand it on. With `N > 1` jobs three kinds of thread overlap:
//!
//! ```text
//! reader thread ──batches──▶ N extraction workers ──results──▶ caller thread
//!  (parse JSONL,   bounded     (one batch at a time,   bounded   (puts batches back in
//!   make batches)  queue        whole articles)        queue     input order, calls sink)
//! ```
//!
//! The reader needs a ticket for every batch it sends, and the caller gives
//! one back for every batch it has consumed, so at most four batches per
//! worker (`IN_FLIGHT_PER_WORKER`) exist at any time (queued,
//! being extracted, or waiting for an earlier one): memory is bounded
//! whatever the corpus size, even when one batch is slow. The caller
//! (typically merging into the graph) works while the workers extract.
//! Batches carry sequence numbers and the caller consumes them strictly in
//! order, so the sink sees exactly the sequence a single thread would:
//! output is identical for every `N`. A panic in extraction (a bug in a
//! rule) becomes an error naming the article, on every thread count.

use crate::error::{Error, Result};
use crate::extract::{Extraction, extract};
use crate::input::{Document, Reader, Source};
use crate::lexicon::Lexicon;
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

/// A batch is sent to the workers when it holds this many bytes of text...
const BATCH_BYTES: usize = 128 * 1024;
/// ... or this many articles, whichever comes first.
const BATCH_DOCS: usize = 256;
/// Batches that may exist at once, per worker.
const IN_FLIGHT_PER_WORKER: usize = 4;

/// What a worker hands back: a batch's extractions, up to the first article
/// whose extraction failed and that article's error.
type Done = (Vec<(Extraction, u64)>, Option<Error>);

/// Extracts one article with `f`, turning a panic (a bug in a rule) into an
/// error that names the article, so that a long run ends with a message
/// saying which text to report rather than a backtrace.
fn guarded(f: ExtractFn<'_>, doc: &Document) -> Result<Extraction> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(doc))).map_err(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Error::invalid(format!(
            "article {:?}: extraction failed on an internal error ({what}); please report \
             this article",
            doc.id
        ))
    })
}

/// About how many bytes of input an article took: its fields plus a little
/// for the JSON around them. Used for progress reports only.
pub fn input_size(doc: &Document) -> u64 {
    let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
    (doc.text.len() + doc.id.len() + opt(&doc.title) + opt(&doc.date) + opt(&doc.url) + 40) as u64
}

/// Reads every source with `reader`, extracts each article with `lex` on
/// `jobs` threads, and calls `sink` with each extraction and the article's
/// [`input_size`], in input order.
///
/// Stops at the first error: a reading error (after the articles read before
/// it have reached `sink`, as with one thread), an error from `sink` (the
/// other threads then stop soon after), or an extraction that panicked,
/// reported as an error naming its article.
///
/// # Panics
/// When `jobs` is 0.
pub fn for_each(
    lex: &Lexicon,
    sources: &[(Source, bool)],
    reader: &mut Reader,
    jobs: usize,
    sink: &mut dyn FnMut(Extraction, u64) -> Result<()>,
) -> Result<()> {
    for_each_with(&|d| extract(lex, d), sources, reader, jobs, sink)
}

/// Extracts with `f` (a seam for tests).
type ExtractFn<'a> = &'a (dyn Fn(&Document) -> Extraction + Sync);

fn for_each_with(
    f: ExtractFn<'_>,
    sources: &[(Source, bool)],
    reader: &mut Reader,
    jobs: usize,
    sink: &mut dyn FnMut(Extraction, u64) -> Result<()>,
) -> Result<()> {
    assert!(jobs > 0, "at least one job");
    if jobs == 1 {
        for (src, in_dir) in sources {
            reader.read(src, *in_dir, &mut |doc| {
                let size = input_size(&doc);
                sink(guarded(f, &doc)?, size)
            })?;
        }
        return Ok(());
    }
    let in_flight = IN_FLIGHT_PER_WORKER * jobs;
    // Every channel is bounded by the tickets; none of them ever blocks the
    // caller's thread except `done_rx`.
    let (ticket_tx, ticket_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = ticket_tx.send(());
    }
    let (batch_tx, batch_rx) = sync_channel::<(usize, Vec<Document>)>(in_flight);
    let (done_tx, done_rx) = sync_channel::<(usize, Done)>(in_flight);
    // Shared by the workers only, so that it is dropped (and the reader
    // stops) once they have all stopped.
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    std::thread::scope(|s| {
        let read = s.spawn(move || read_batches(sources, reader, &ticket_rx, batch_tx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let batch_rx = Arc::clone(&batch_rx);
            s.spawn(move || work(f, &batch_rx, done_tx));
        }
        drop(done_tx);
        drop(batch_rx);
        // On a sink error (or an extraction error) `done_rx` and `ticket_tx`
        // are dropped here: the workers stop, then the reader.
        let sunk = reorder(done_rx, ticket_tx, sink);
        let read = read.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        sunk?;
        read.map(|_| ())
    })
}

/// Why the reader stopped early: nobody listens any more (the caller failed
/// and its error is the one reported).
fn stopped() -> Error {
    Error::invalid("extraction stopped")
}

fn read_batches(
    sources: &[(Source, bool)],
    reader: &mut Reader,
    tickets: &Receiver<()>,
    tx: SyncSender<(usize, Vec<Document>)>,
) -> Result<()> {
    let send = |seq: usize, batch: Vec<Document>| -> Result<()> {
        tickets.recv().map_err(|_| stopped())?;
        tx.send((seq, batch)).map_err(|_| stopped())
    };
    let mut seq = 0;
    let mut batch = Vec::new();
    let mut bytes = 0;
    let mut read = Ok(());
    for (src, in_dir) in sources {
        read = reader.read(src, *in_dir, &mut |doc| {
            bytes += doc.text.len();
            batch.push(doc);
            if bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                send(seq, std::mem::take(&mut batch))?;
                seq += 1;
                bytes = 0;
            }
            Ok(())
        });
        if read.is_err() {
            break;
        }
    }
    // The articles read before an error still count, as with one thread.
    if !batch.is_empty() {
        let sent = send(seq, batch);
        if read.is_ok() {
            return sent;
        }
    }
    read
}

fn work(
    f: ExtractFn<'_>,
    rx: &Mutex<Receiver<(usize, Vec<Document>)>>,
    tx: SyncSender<(usize, Done)>,
) {
    loop {
        // The lock is held only while taking a batch, never while extracting.
        let next = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, docs)) = next else { return };
        let mut out: Done = (Vec::with_capacity(docs.len()), None);
        for d in &docs {
            match guarded(f, d) {
                Ok(x) => out.0.push((x, input_size(d))),
                Err(e) => {
                    out.1 = Some(e);
                    break;
                }
            }
        }
        drop(docs);
        let failed = out.1.is_some();
        if tx.send((seq, out)).is_err() || failed {
            return;
        }
    }
}

/// Hands results to `sink` in sequence order, holding back batches that
/// arrive early, and gives back a ticket for each batch consumed.
fn reorder(
    rx: Receiver<(usize, Done)>,
    tickets: SyncSender<()>,
    sink: &mut dyn FnMut(Extraction, u64) -> Result<()>,
) -> Result<()> {
    let mut next = 0;
    let mut early = BTreeMap::new();
    for (seq, done) in rx {
        early.insert(seq, done);
        while let Some((xs, failed)) = early.remove(&next) {
            for (x, size) in xs {
                sink(x, size)?;
            }
            // a worker's error, after the articles before it: pass it on
            // (dropping the channels stops the rest)
            if let Some(e) = failed {
                return Err(e);
            }
            next += 1;
            // never blocks: at most `in_flight` tickets exist
            let _ = tickets.try_send(());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::ReadOptions;

    fn corpus(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
        let p = dir.join("c.jsonl");
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&format!(
                "{{\"id\":\"a{i}\",\"text\":\"Witkoff met Putin in Moscow on day {i}. Russia attacked Ukraine.\"}}\n"
            ));
        }
        std::fs::write(&p, s).unwrap();
        p
    }

    fn run(path: &std::path::Path, jobs: usize) -> Vec<Extraction> {
        let mut reader = Reader::new(ReadOptions::default());
        let sources = [(Source::Jsonl(path.to_path_buf()), false)];
        let mut out = Vec::new();
        for_each(
            Lexicon::embedded(),
            &sources,
            &mut reader,
            jobs,
            &mut |x, _| {
                out.push(x);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn every_job_count_gives_the_same_sequence() {
        let dir = tempfile::tempdir().unwrap();
        // more than one batch, so that batches can finish out of order
        let p = corpus(dir.path(), 3 * BATCH_DOCS + 7);
        let one = run(&p, 1);
        assert_eq!(one.len(), 3 * BATCH_DOCS + 7);
        assert_eq!(&*one[5].article, "a5");
        for jobs in [2, 3, 8] {
            assert!(run(&p, jobs) == one, "jobs={jobs}");
        }
    }

    #[test]
    fn a_sink_error_stops_every_thread() {
        let dir = tempfile::tempdir().unwrap();
        let p = corpus(dir.path(), 4 * BATCH_DOCS);
        let mut reader = Reader::new(ReadOptions::default());
        let sources = [(Source::Jsonl(p), false)];
        let mut seen = 0;
        let r = for_each(
            Lexicon::embedded(),
            &sources,
            &mut reader,
            2,
            &mut |_, _| {
                seen += 1;
                if seen == 10 {
                    Err(Error::invalid("disk full"))
                } else {
                    Ok(())
                }
            },
        );
        assert!(r.unwrap_err().to_string().contains("disk full"));
        assert_eq!(seen, 10);
    }

    #[test]
    fn a_panic_in_extraction_is_an_error_naming_the_article_without_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let p = corpus(dir.path(), 20 * BATCH_DOCS);
        let lex = Lexicon::embedded();
        let f = |d: &Document| {
            assert!(d.id != "a300", "boom");
            extract(lex, d)
        };
        for jobs in [1, 2] {
            let mut reader = Reader::new(ReadOptions::default());
            let sources = [(Source::Jsonl(p.clone()), false)];
            let mut seen = 0;
            let r = for_each_with(&f, &sources, &mut reader, jobs, &mut |_, _| {
                seen += 1;
                Ok(())
            });
            let e = r.unwrap_err().to_string();
            assert!(
                e.contains("\"a300\"") && e.contains("boom"),
                "jobs={jobs}: {e}"
            );
            // (the articles before it reached the sink, in order)
            assert_eq!(seen, 300, "jobs={jobs}");
        }
    }

    #[test]
    fn a_reading_error_comes_after_the_articles_before_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.jsonl");
        let mut s = String::new();
        for i in 0..300 {
            s.push_str(&format!("{{\"text\":\"Putin met Witkoff. {i}\"}}\n"));
        }
        s.push_str("{oops\n");
        std::fs::write(&p, s).unwrap();
        for jobs in [1, 2] {
            let mut reader = Reader::new(ReadOptions::default());
            let sources = [(Source::Jsonl(p.clone()), false)];
            let mut seen = 0;
            let r = for_each(
                Lexicon::embedded(),
                &sources,
                &mut reader,
                jobs,
                &mut |_, _| {
                    seen += 1;
                    Ok(())
                },
            );
            assert!(r.unwrap_err().to_string().contains("301"), "jobs={jobs}");
            assert_eq!(seen, 300, "jobs={jobs}");
        }
    }
}
