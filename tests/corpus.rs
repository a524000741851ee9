//! Tiny articles written for these tests (illustrative sentences in news
//! style, not reports of real events), and helpers that lay them out on disk.

use crate::util::TestDir;
use std::path::PathBuf;

/// One `.txt` article: an optional header, then the body that offsets in the
/// output refer to.
pub struct Article {
    /// File name, whose stem becomes the article id.
    pub file: &'static str,
    /// `Key: value` header lines and the blank line after them, or "".
    pub header: &'static str,
    /// The article body.
    pub body: &'static str,
}

impl Article {
    /// The article id geokg derives from the file name.
    pub fn id(&self) -> &'static str {
        self.file.trim_end_matches(".txt")
    }

    /// The file's contents.
    pub fn contents(&self) -> String {
        format!("{}{}", self.header, self.body)
    }
}

/// A meeting between two people with titles: `met` plus two affiliations.
pub const ENVOY: Article = Article {
    file: "envoy.txt",
    header: "Title: US envoy holds talks in Moscow\nDate: 2025-03-14\nSource: geokg tests\n\n",
    body: "US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on \
           Thursday. The two men discussed a ceasefire in Ukraine for several hours.\n",
};

/// Criticism between countries, one named by its capital.
pub const BERLIN: Article = Article {
    file: "berlin.txt",
    header: "Date: 2025-03-17\n\n",
    body: "Germany condemned Iran on Monday. Berlin also criticized Russia over the overnight \
           strikes.\n",
};

/// No header, and a non-ASCII name before later sentences, so byte offsets
/// differ from character offsets.
pub const ANKARA: Article = Article {
    file: "ankara.txt",
    header: "",
    body: "Turkish President Recep Tayyip Erdoğan received Chinese Foreign Minister Wang Yi in \
           Ankara on Friday. Wang Yi later spoke with Turkish Foreign Minister Hakan Fidan \
           about Syria. Beijing accused Washington of fuelling tensions in the region.\n",
};

/// Every article above.
pub const ALL: [&Article; 3] = [&ENVOY, &BERLIN, &ANKARA];

/// Writes `articles` into the directory `sub` of `dir` and returns it.
pub fn write_articles(dir: &TestDir, sub: &str, articles: &[&Article]) -> PathBuf {
    let d = dir.mkdir(sub);
    for a in articles {
        dir.write(format!("{sub}/{}", a.file), a.contents());
    }
    d
}

/// A JSON Lines corpus of `n` short articles with ids `a0`, `a1`, ... and
/// dates, varied enough to give several actors and relations.
pub fn jsonl_corpus(n: usize) -> String {
    let bodies = [
        "US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.",
        "Berlin condemned Moscow over the strikes on Kyiv.",
        "Chinese Foreign Minister Wang Yi spoke with Turkish Foreign Minister Hakan Fidan.",
        "Beijing accused Washington of fuelling tensions in the region.",
    ];
    let mut out = String::new();
    for i in 0..n {
        let line = serde_json::json!({
            "id": format!("a{i}"),
            "date": format!("2025-04-{:02}", 1 + i % 28),
            "text": format!("{} {}", bodies[i % bodies.len()], bodies[(i / 4) % bodies.len()]),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The sample articles in `examples/articles/` (file names, sorted).
pub fn examples() -> Vec<String> {
    let dir = crate::util::repo_root().join("examples/articles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no articles in {}", dir.display());
    names
}

/// The sample articles split into two disjoint halves.
pub fn example_halves() -> (Vec<String>, Vec<String>) {
    let mut first = examples();
    let second = first.split_off(first.len() / 2);
    (first, second)
}

/// Copies the named sample articles into the directory `sub` of `dir`.
pub fn copy_examples(dir: &TestDir, sub: &str, names: &[&str]) {
    let from = crate::util::repo_root().join("examples/articles");
    dir.mkdir(sub);
    for n in names {
        std::fs::copy(from.join(n), dir.join(format!("{sub}/{n}")))
            .unwrap_or_else(|e| panic!("copy {n}: {e}"));
    }
}
