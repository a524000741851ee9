//! The committed `output/` is what the README command produces today.
//! (The SVG is not compared: its bytes depend on the Graphviz version.)

use crate::util::{TestDir, assert_same_bytes, repo_root};

/// The README command that writes `output/`.
const REGENERATE: &str = "cargo run --release -- build examples/articles -o output/";

#[test]
fn committed_output_is_up_to_date() {
    let dir = TestDir::new();
    let out = dir.join("out");
    let out = out.to_str().expect("temporary path is not UTF-8");
    let run = dir
        .geokg(["build", "examples/articles", "-o", out])
        .command()
        .current_dir(repo_root())
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "geokg build examples/articles failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    for file in ["graph.json", "graph.dot"] {
        let committed = repo_root().join("output").join(file);
        let committed = std::fs::read(&committed).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; regenerate output/ with `{REGENERATE}`",
                committed.display()
            )
        });
        let fresh = dir.read_bytes(format!("out/{file}"));
        assert_same_bytes(
            &format!("output/{file} is stale; regenerate it with `{REGENERATE}` and commit it"),
            &fresh,
            &committed,
        );
    }
}
