//! Bad input and bad output paths: each gives one clear message naming the
//! file, exit code 2 and no output file; never a panic. Recoverable problems
//! (`--keep-going`, bad encodings) are warnings that name the file.

use crate::corpus::{self, ALL, BERLIN, ENVOY, write_articles};
use crate::util::TestDir;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::Stdio;

/// Runs `geokg ARGS -o out` in `dir`, expects exit code 2 with every
/// fragment in the error message, and checks that nothing was written.
#[track_caller]
fn fails_without_output(dir: &TestDir, args: &[&str], fragments: &[&str]) {
    let before = dir.listing();
    dir.geokg(args).args(["-o", "out"]).run().failure(fragments);
    assert_eq!(dir.listing(), before, "the failed run {args:?} wrote files");
}

/// A directory with the test articles, and a graph built from them.
fn dir_with_graph() -> (TestDir, Value) {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    dir.geokg(["build", "articles", "--json", "g.json", "-q"])
        .run()
        .success();
    let g: Value = serde_json::from_str(&dir.read("g.json")).unwrap();
    assert!(!g["edges"].as_array().unwrap().is_empty());
    (dir, g)
}

#[test]
fn missing_path() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    fails_without_output(
        &dir,
        &["build", "articles", "nope.txt"],
        &["nope.txt", "no such file or directory"],
    );
    dir.geokg(["extract", "missing/dir"])
        .run()
        .failure(&["missing/dir", "no such file or directory"]);
    fails_without_output(
        &dir,
        &["merge", "nope.json"],
        &["nope.json", "no such file"],
    );
}

#[test]
fn empty_directory() {
    let dir = TestDir::new();
    dir.mkdir("empty");
    fails_without_output(&dir, &["build", "empty"], &["empty", "no articles found"]);
}

#[test]
fn directory_without_txt_or_jsonl() {
    let dir = TestDir::new();
    dir.write("notes/readme.md", "Germany condemned Iran on Monday.\n");
    dir.write("notes/data.csv", "a,b\n1,2\n");
    dir.write("notes/deeper/x.json", "{}\n");
    fails_without_output(
        &dir,
        &["build", "notes"],
        &["notes", "no articles found", ".txt", ".jsonl"],
    );
}

#[test]
fn directory_with_only_empty_articles() {
    let dir = TestDir::new();
    dir.write("blank/a.txt", "");
    dir.write("blank/b.txt", "Date: 2025-01-01\n\n  \n");
    fails_without_output(&dir, &["build", "blank"], &["no articles"]);
}

#[cfg(unix)]
#[test]
fn symlink_loop_in_a_directory_is_walked_once() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &[&ENVOY]);
    std::os::unix::fs::symlink("..", dir.join("articles/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("articles/self")).unwrap();
    dir.geokg(["build", "articles", "--json", "g.json"])
        .run()
        .success()
        .stderr_has("1 article(s)")
        .stderr_lacks("duplicate");
}

#[cfg(unix)]
#[test]
fn dangling_symlink_in_a_directory_is_skipped_with_a_warning() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &[&ENVOY]);
    std::os::unix::fs::symlink("nowhere.txt", dir.join("articles/broken.txt")).unwrap();
    dir.geokg(["build", "articles", "--json", "g.json"])
        .run()
        .code(1)
        .stderr_has("warning")
        .stderr_has("broken.txt")
        .stderr_has("skipped");
    assert!(dir.exists("g.json"));
    // named explicitly, it is an error
    fails_without_output(
        &dir,
        &["build", "articles/broken.txt"],
        &["articles/broken.txt", "no such file"],
    );
}

#[test]
fn explicit_binary_file() {
    let dir = TestDir::new();
    dir.write(
        "blob.txt",
        b"GIF89a\x00\x01\x02 Germany condemned Iran.\x00",
    );
    dir.write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    fails_without_output(&dir, &["build", "blob.txt"], &["blob.txt", "binary"]);
    fails_without_output(&dir, &["build", "image.png"], &["image.png", "binary"]);
    dir.geokg(["extract", "-"])
        .stdin(b"abc\x00def".to_vec())
        .run()
        .failure(&["<stdin>", "binary"]);
}

#[test]
fn binary_file_inside_a_directory_is_skipped_with_a_warning() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &[&ENVOY]);
    dir.write("articles/zz-blob.txt", b"\x00\x01\x02\x03");
    let run = dir.geokg(["build", "articles", "--json", "g.json"]).run();
    run.code(1)
        .stderr_has("warning")
        .stderr_has("zz-blob.txt")
        .stderr_has("binary");
    assert!(dir.exists("g.json"));
}

#[test]
fn malformed_jsonl_line_reports_file_and_line() {
    let dir = TestDir::new();
    let good = json!({"id": "ok", "text": ENVOY.body}).to_string();
    dir.write(
        "corpus.jsonl",
        format!("{good}\n{{\"id\": \"broken\", \"text\": \"unterminated\n{good}\n"),
    );
    fails_without_output(
        &dir,
        &["build", "corpus.jsonl"],
        &["corpus.jsonl:2:", "malformed JSON"],
    );
    dir.write("array.jsonl", format!("{good}\n\n[1, 2]\n"));
    fails_without_output(
        &dir,
        &["build", "array.jsonl"],
        &["array.jsonl:3:", "object"],
    );
}

#[test]
fn jsonl_line_without_text() {
    let dir = TestDir::new();
    let good = json!({"id": "ok", "text": ENVOY.body}).to_string();
    dir.write(
        "corpus.jsonl",
        format!("{good}\n{}\n", json!({"id": "x", "body": "no text"})),
    );
    fails_without_output(
        &dir,
        &["build", "corpus.jsonl"],
        &["corpus.jsonl:2:", "missing field \"text\""],
    );
    dir.write("num.jsonl", format!("{}\n", json!({"text": 12})));
    fails_without_output(
        &dir,
        &["build", "num.jsonl"],
        &["num.jsonl:1:", "\"text\"", "not a string"],
    );
}

#[test]
fn keep_going_skips_a_bad_jsonl_line_and_still_writes() {
    let dir = TestDir::new();
    let text = format!(
        "{}\n{{not json\n{}\n",
        json!({"id": "first", "text": ENVOY.body}),
        json!({"id": "third", "text": BERLIN.body})
    );
    dir.write("corpus.jsonl", &text);
    let run = dir
        .geokg(["build", "corpus.jsonl", "--keep-going", "-o", "out"])
        .run();
    run.code(1)
        .stderr_has("warning")
        .stderr_has("corpus.jsonl:2")
        .stderr_has("2 article(s)")
        .stderr_lacks("error");
    let g: Value = serde_json::from_str(&dir.read("out/graph.json")).unwrap();
    let articles: Vec<&str> = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["articles"].as_array().unwrap())
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(articles.contains(&"first"), "{articles:?}");
    assert!(articles.contains(&"third"), "{articles:?}");
    assert!(dir.exists("out/graph.dot"));

    // extract too: the good lines are printed, the run ends with code 1
    let run = dir.geokg(["extract", "corpus.jsonl", "--keep-going"]).run();
    run.code(1).stderr_has("corpus.jsonl:2");
    assert!(run.stdout.contains("\"first\"") && run.stdout.contains("\"third\""));
}

#[test]
fn stdin_given_twice() {
    let dir = TestDir::new();
    dir.geokg(["extract", "-", "-"])
        .stdin(ENVOY.contents())
        .run()
        .failure(&["stdin", "more than once"]);
}

#[test]
fn usage_errors() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    fails_without_output(&dir, &["build", "articles", "--jobs", "0"], &["--jobs"]);
    // build with nowhere to write
    let run = dir.geokg(["build", "articles"]).run();
    run.failure(&["nothing to write", "-o DIR", "--json"]);
    // clap's own usage errors use the same exit code
    dir.geokg(["build"]).run().code(2).stderr_has("Usage");
    dir.geokg(["frobnicate"]).run().code(2).stderr_has("Usage");
    assert_eq!(dir.listing(), ["articles"]);
}

#[test]
fn merge_rejects_json_that_is_not_a_geokg_graph() {
    let (dir, _) = dir_with_graph();
    dir.write("nodes.json", json!({"nodes": [], "links": []}).to_string());
    fails_without_output(
        &dir,
        &["merge", "g.json", "nodes.json"],
        &["nodes.json", "not a geokg graph", "schema"],
    );
    dir.write("prose.json", ENVOY.contents());
    fails_without_output(&dir, &["merge", "prose.json"], &["prose.json", "not JSON"]);
    dir.write(
        "shape.json",
        json!({"schema": "geokg/1", "nodes": {"a": 1}, "edges": []}).to_string(),
    );
    fails_without_output(
        &dir,
        &["merge", "shape.json"],
        &["shape.json", "malformed geokg graph"],
    );
}

#[test]
fn merge_rejects_another_schema_version() {
    let (dir, mut g) = dir_with_graph();
    g["schema"] = json!("geokg/2");
    dir.write("v2.json", g.to_string());
    fails_without_output(
        &dir,
        &["merge", "g.json", "v2.json"],
        &["v2.json", "unsupported schema", "geokg/2", "geokg/1"],
    );
}

#[test]
fn merge_rejects_a_dangling_edge_endpoint() {
    let (dir, mut g) = dir_with_graph();
    g["edges"][0]["target"] = json!("no-such-actor");
    dir.write("dangling.json", g.to_string());
    fails_without_output(
        &dir,
        &["merge", "dangling.json"],
        &["dangling.json", "no node", "no-such-actor"],
    );
}

#[test]
fn merge_rejects_node_ids_with_control_characters() {
    // XML drops the character, so "a\u{1}b" and "ab" would become one id
    let (dir, mut g) = dir_with_graph();
    g["nodes"][0]["id"] = json!("bad\u{1}id");
    dir.write("ctl.json", g.to_string());
    fails_without_output(
        &dir,
        &["merge", "ctl.json"],
        &["ctl.json", "node id \"bad\\u{1}id\"", "control character"],
    );
}

#[test]
fn merge_rejects_duplicate_node_ids() {
    let (dir, mut g) = dir_with_graph();
    let first = g["nodes"][0].clone();
    let id = first["id"].as_str().unwrap().to_string();
    g["nodes"].as_array_mut().unwrap().push(first);
    dir.write("dup.json", g.to_string());
    fails_without_output(
        &dir,
        &["merge", "g.json", "dup.json"],
        &["dup.json", "duplicate node id", &id],
    );
}

#[test]
fn non_utf8_text_is_decoded_with_a_warning_naming_the_file() {
    let dir = TestDir::new();
    // Latin-1 "é" in an otherwise English article
    let mut bytes = ENVOY.contents().into_bytes();
    bytes.extend_from_slice(b"The caf\xe9 near the Kremlin stayed open.\n");
    dir.write("latin1.txt", &bytes);
    let run = dir.geokg(["build", "latin1.txt", "--json", "g.json"]).run();
    run.success()
        .stderr_has("warning")
        .stderr_has("latin1.txt")
        .stderr_has("UTF-8");
    assert!(dir.read("g.json").contains("steve-witkoff"));

    // in JSON Lines the warning names the line
    let mut line = br#"{"id": "x", "text": "US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow. Caf"#.to_vec();
    line.extend_from_slice(b"\xe9.\"}\n");
    dir.write("latin1.jsonl", &line);
    dir.geokg(["extract", "latin1.jsonl"])
        .run()
        .success()
        .stderr_has("latin1.jsonl:1")
        .stderr_has("UTF-8")
        .stdout_has("Vladimir Putin");
}

#[test]
fn bom_and_crlf_are_handled_silently() {
    let dir = TestDir::new();
    write_articles(&dir, "lf", &ALL);
    for a in ALL {
        let crlf = a.contents().replace('\n', "\r\n");
        dir.write(format!("crlf/{}", a.file), format!("\u{FEFF}{crlf}"));
    }
    let lf = dir.geokg(["extract", "lf"]).run();
    lf.success();
    let crlf = dir.geokg(["extract", "crlf"]).run();
    crlf.success().stderr_lacks("warning");
    // the BOM does not hide the header, and offsets refer to the LF text
    crlf.stdout_has("\"date\":\"2025-03-14\"");
    crate::util::assert_same_bytes("CRLF+BOM vs LF", &crlf.stdout_bytes, &lf.stdout_bytes);

    let jsonl = format!(
        "\u{FEFF}{}\r\n{}\r\n",
        json!({"id": "envoy", "date": "2025-03-14", "text": ENVOY.body}),
        json!({"id": "berlin", "date": "2025-03-17", "text": BERLIN.body.replace('\n', "\r\n")})
    );
    dir.write("corpus.jsonl", jsonl);
    let run = dir.geokg(["extract", "corpus.jsonl"]).run();
    run.success().stderr_lacks("warning");
    for t in run.json_lines() {
        let body = if t["article"] == "envoy" {
            ENVOY.body
        } else {
            BERLIN.body
        };
        let (s, e) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
        assert_eq!(
            body.get(s as usize..e as usize),
            t["sentence"].as_str(),
            "{t}"
        );
    }
}

#[test]
fn five_megabyte_article_without_punctuation_or_newline() {
    let dir = TestDir::new();
    let words = [
        "talks",
        "Moscow",
        "envoy",
        "ceasefire",
        "Kyiv",
        "the",
        "Witkoff",
    ];
    let mut text = String::with_capacity(5_100_000);
    let mut i = 0;
    while text.len() < 5_000_000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    dir.write("huge.txt", text.trim_end());
    dir.geokg(["build", "huge.txt", "--json", "g.json"])
        .run()
        .success();
    assert!(dir.exists("g.json"));
}

#[test]
fn unwritable_output_path_names_the_path() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    let before = dir.listing();
    // the message names the output file and says it cannot be written; it
    // must not read like a missing input ("/proc/geokg: no such file ...")
    let run = dir
        .geokg(["build", "articles", "--json", "/proc/geokg/x.json"])
        .run();
    run.failure(&[
        "/proc/geokg/x.json: cannot write",
        "cannot create directory /proc/geokg",
    ]);
    assert!(!std::path::Path::new("/proc/geokg").exists());

    // a path under a regular file
    dir.geokg(["build", "articles", "--json", "articles/envoy.txt/g.json"])
        .run()
        .failure(&["articles/envoy.txt/g.json"]);
    dir.geokg(["build", "articles", "-o", "articles/envoy.txt"])
        .run()
        .failure(&["articles/envoy.txt"]);
    assert_eq!(dir.read("articles/envoy.txt"), ENVOY.contents());
    assert_eq!(dir.listing(), before);
}

#[test]
fn failed_write_leaves_an_existing_output_untouched() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    dir.write("g.json", "previous graph\n");
    // a directory where the file should go: the rename must fail
    dir.mkdir("g.dot/occupied");
    dir.geokg(["build", "articles", "--dot", "g.dot"])
        .run()
        .failure(&["g.dot"]);
    assert!(dir.join("g.dot/occupied").is_dir());
    // an input error: nothing is replaced
    dir.write("bad.jsonl", "{oops\n");
    dir.geokg(["build", "bad.jsonl", "--json", "g.json"])
        .run()
        .failure(&["bad.jsonl:1"]);
    assert_eq!(dir.read("g.json"), "previous graph\n");
    // no temporary files are left behind
    assert_eq!(dir.listing(), ["articles", "bad.jsonl", "g.dot", "g.json"]);
}

#[test]
fn an_output_error_replaces_no_other_output() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    dir.write("out/graph.json", "previous graph\n");
    dir.geokg([
        "build",
        "articles",
        "-o",
        "out",
        "--json",
        "articles/envoy.txt/g.json",
    ])
    .run()
    .failure(&["articles/envoy.txt/g.json"]);
    assert_eq!(dir.read("out/graph.json"), "previous graph\n");
    assert!(!dir.exists("out/graph.dot"));
    // no temporary file is left behind
    let left: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["graph.json"]);
    // a directory created for the outputs is removed again
    let before = dir.listing();
    dir.geokg([
        "build",
        "articles",
        "-o",
        "fresh/out",
        "--neo4j",
        "fresh/neo4j",
        "--csv",
        "articles",
    ])
    .run()
    .failure(&["articles: cannot write", "directory"]);
    assert_eq!(dir.listing(), before);
}

#[test]
fn output_into_a_closed_pipe_exits_quietly() {
    let dir = TestDir::new();
    // megabytes of output: far more than a pipe buffers
    dir.write("big.jsonl", corpus::jsonl_corpus(3000));
    for args in [
        &["extract", "big.jsonl"][..],
        &["build", "big.jsonl", "--json", "-", "-q"][..],
    ] {
        let mut child = dir
            .geokg(args)
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        {
            let mut out = BufReader::new(child.stdout.take().unwrap());
            out.read_line(&mut first).unwrap();
            // `| head -n 1`: the reader goes away here
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(first.starts_with('{'), "{args:?}: first line: {first:?}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: stderr: {stderr}");
        let lower = stderr.to_lowercase();
        assert!(
            !lower.contains("broken pipe")
                && !lower.contains("error")
                && !lower.contains("panicked"),
            "{args:?}: stderr: {stderr}"
        );
    }
}

#[test]
fn malformed_actors_file_names_the_file_and_line() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    for (name, contents, fragments) in [
        (
            "kind.tsv",
            "# name\tkind\n\nFoo Bar\tbanana\t\t\t\n",
            &["kind.tsv:3", "unknown kind \"banana\""][..],
        ),
        (
            "country.tsv",
            "Foo Bar\tperson\tXXX\t\t\n",
            &["country.tsv:1", "unknown country code \"XXX\""][..],
        ),
        (
            "name.tsv",
            "\tperson\t\t\t\n",
            &["name.tsv:1", "empty actor name"][..],
        ),
    ] {
        dir.write(name, contents);
        fails_without_output(&dir, &["build", "articles", "--actors", name], fragments);
    }
    fails_without_output(
        &dir,
        &["build", "articles", "--actors", "missing.tsv"],
        &["missing.tsv", "no such file"],
    );
}

/// `--json /dev/stdout` or `/dev/null` must write through the device, not
/// rename a regular file over it (as root that would replace the device).
/// A FIFO in the test directory stands in for them.
#[cfg(unix)]
#[test]
fn an_output_that_is_a_special_file_is_written_through() {
    use std::os::unix::fs::FileTypeExt;
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    let fifo = dir.join("graph.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo is not available; special files not tested");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    dir.geokg([
        "build",
        "articles",
        "--json",
        "graph.fifo",
        "-o",
        "out",
        "-q",
    ])
    .run()
    .success();
    // checked before joining: a reader of a replaced FIFO waits forever
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    let json = reader.join().unwrap();
    assert_eq!(json, dir.read("out/graph.json"));
}
