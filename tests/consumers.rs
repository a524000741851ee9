//! The exports open in their real consumers: networkx reads the node-link
//! JSON, GEXF and GraphML and finds the same nodes, edges and attributes as
//! geokg's JSON; the Cytoscape JSON and the Neo4j CSVs have their documented
//! shapes; headless Chromium renders the HTML page (it reports how many nodes
//! it drew) and a screenshot is saved under `target/`.
//!
//! The check itself is `tests/tools/check_exports.py`. It needs a Python with
//! networkx: `GEOKG_PYTHON` names it (`.ci/run` makes a venv and sets it);
//! without one the test prints a note and passes, unless
//! `GEOKG_REQUIRE_CONSUMERS=1` (set by `.ci/run`) makes that a failure.
//! `GEOKG_REQUIRE_BROWSER=1` (set by `.ci/run` once Chromium is installed)
//! makes a missing rendering or screenshot a failure too.

use crate::util::{TestDir, repo_root};
use std::process::Command;

#[test]
fn every_export_opens_in_its_consumer() {
    let python = std::env::var("GEOKG_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let required = std::env::var("GEOKG_REQUIRE_CONSUMERS").is_ok_and(|v| v == "1");
    let has_networkx = Command::new(&python)
        .args(["-c", "import networkx"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_networkx {
        assert!(
            !required,
            "{python} cannot import networkx, but GEOKG_REQUIRE_CONSUMERS=1"
        );
        eprintln!(
            "note: {python} has no networkx; export consumers not checked (set GEOKG_PYTHON)"
        );
        return;
    }
    let t = TestDir::new();
    let root = repo_root();
    let out = t.join("out");
    let run = t
        .geokg([
            "build",
            root.join("examples/articles").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-q",
        ])
        .run();
    run.success();
    let shots = root.join("target").join("screenshots");
    let o = Command::new(&python)
        .arg(root.join("tests/tools/check_exports.py"))
        .arg(&out)
        .env("GEOKG_SCREENSHOT_DIR", &shots)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    eprintln!("{}{stderr}", String::from_utf8_lossy(&o.stdout));
    assert!(o.status.success(), "check_exports.py failed:\n{stderr}");
    if std::env::var("GEOKG_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        assert!(
            !stderr.contains("was not rendered"),
            "Chromium did not render graph.html:\n{stderr}"
        );
        assert!(
            shots.join("graph-html.png").exists(),
            "no screenshot in {}",
            shots.display()
        );
    }
}
