//! A progress bar on stderr for long runs: articles done, MB/s, ETA.
//!
//! It appears only when stderr is a terminal, the run was not asked to be
//! quiet, and the run has lasted a second (short runs stay silent). It is
//! cleared when the run ends, so warnings and the summary print as usual.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How long a run goes before the bar shows.
const DELAY: Duration = Duration::from_secs(1);

/// Progress of one run over articles.
pub struct Progress {
    bar: Option<ProgressBar>,
    shown: bool,
    start: Instant,
    articles: u64,
}

impl Progress {
    /// A bar for a run over `total` bytes of input (`None` when unknown,
    /// e.g. stdin); drawn only when `enabled` and stderr is a terminal.
    pub fn new(total: Option<u64>, enabled: bool) -> Self {
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden()),
                    "{elapsed_precise} [{bar:30}] {percent:>3}% {msg} {decimal_bytes_per_sec} ETA {eta}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                    "{elapsed_precise} {spinner} {decimal_bytes} {msg} {decimal_bytes_per_sec}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            shown: false,
            start: Instant::now(),
            articles: 0,
        }
    }

    /// Counts one article of `bytes` input bytes.
    pub fn article(&mut self, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        self.articles += 1;
        bar.inc(bytes);
        if self.articles.is_multiple_of(64) {
            if !self.shown && self.start.elapsed() >= DELAY {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                self.shown = true;
            }
            bar.set_message(format!("{} articles", self.articles));
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
