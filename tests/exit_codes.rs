//! The exit-code contract, as the README's table states it, one row per
//! situation:
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success; warnings about input that was still used (a repeated article counted once, lossy decoding) keep 0 |
//! | 1 | partial: outputs written, but some input was skipped (reported on stderr) |
//! | 2 | error: nothing written (message names the file, and the line for JSONL) |
//!
//! A closed stdout pipe is 0 too (`errors::output_into_a_closed_pipe_exits_quietly`).

use crate::corpus::{ALL, BERLIN, write_articles};
use crate::util::TestDir;
use serde_json::json;

/// One situation: files to lay out next to `articles/` (our test
/// articles), the arguments after `geokg`, the expected exit code and a
/// fragment stderr must hold.
struct Case {
    name: &'static str,
    files: &'static [(&'static str, &'static [u8])],
    args: &'static [&'static str],
    code: i32,
    stderr: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "a clean build",
        files: &[],
        args: &["build", "articles", "--json", "g.json"],
        code: 0,
        stderr: "3 article(s)",
    },
    Case {
        name: "the same directory given twice: repeats skipped, nothing lost",
        files: &[],
        args: &["build", "articles", "articles", "--json", "g.json"],
        code: 0,
        stderr: "skipped as a repeat",
    },
    Case {
        name: "non-UTF-8 text decoded lossily",
        files: &[(
            "articles/latin1.txt",
            b"Germany condemned the caf\xe9 owners.\n",
        )],
        args: &["build", "articles", "--json", "g.json"],
        code: 0,
        stderr: "latin1.txt: not valid UTF-8",
    },
    Case {
        name: "a malformed JSONL line under --keep-going",
        files: &[(
            "corpus.jsonl",
            b"{\"text\": \"Germany condemned Iran.\"}\n{oops\n",
        )],
        args: &["build", "corpus.jsonl", "--keep-going", "--json", "g.json"],
        code: 1,
        stderr: "corpus.jsonl:2: malformed JSON",
    },
    Case {
        name: "a binary file in a directory",
        files: &[("articles/blob.txt", b"\x00\x01\x02")],
        args: &["build", "articles", "--json", "g.json"],
        code: 1,
        stderr: "blob.txt: binary file",
    },
    Case {
        name: "an empty file in a directory",
        files: &[("articles/empty.txt", b"")],
        args: &["build", "articles", "--json", "g.json"],
        code: 1,
        stderr: "empty.txt: empty article, skipped",
    },
    Case {
        name: "a JSONL article with a blank text",
        files: &[(
            "corpus.jsonl",
            b"{\"text\": \"Germany condemned Iran.\"}\n{\"id\": \"b\", \"text\": \"  \"}\n",
        )],
        args: &["extract", "corpus.jsonl"],
        code: 1,
        stderr: "corpus.jsonl:2: empty article",
    },
    Case {
        name: "a malformed JSONL line without --keep-going",
        files: &[(
            "corpus.jsonl",
            b"{\"text\": \"Germany condemned Iran.\"}\n{oops\n",
        )],
        args: &["build", "corpus.jsonl", "--json", "g.json"],
        code: 2,
        stderr: "corpus.jsonl:2: malformed JSON",
    },
    Case {
        name: "a missing input",
        files: &[],
        args: &["build", "articles", "nope.txt", "--json", "g.json"],
        code: 2,
        stderr: "nope.txt: no such file or directory",
    },
    Case {
        name: "an unwritable output",
        files: &[],
        args: &["build", "articles", "--json", "articles/envoy.txt/g.json"],
        code: 2,
        stderr: "articles/envoy.txt/g.json: cannot write",
    },
    Case {
        name: "a usage error",
        files: &[],
        args: &["build", "articles", "--jobs", "zero", "--json", "g.json"],
        code: 2,
        stderr: "invalid value 'zero' for '--jobs <N>'",
    },
];

#[test]
fn every_documented_exit_code() {
    for case in CASES {
        let dir = TestDir::new();
        write_articles(&dir, "articles", &ALL);
        for (path, bytes) in case.files {
            dir.write(path, bytes);
        }
        let run = dir.geokg(case.args).run();
        assert_eq!(
            run.code,
            Some(case.code),
            "{}: unexpected exit code\n{run}",
            case.name
        );
        assert!(
            run.stderr.contains(case.stderr),
            "{}: stderr lacks {:?}\n{run}",
            case.name,
            case.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}\n{run}", case.name);
        // 0 and 1 write their outputs; 2 writes nothing
        let wrote = dir.exists("g.json");
        let writes = case.args.contains(&"g.json");
        assert_eq!(
            wrote,
            writes && case.code < 2,
            "{}: g.json written: {wrote}\n{run}",
            case.name
        );
    }
}

/// Repeats and duplicate ids through the CLI: a file given twice, a copy
/// of a directory and a same-named file with another text.
#[test]
fn repeated_articles_count_once_and_other_duplicate_ids_are_renamed() {
    let dir = TestDir::new();
    write_articles(&dir, "a", &ALL);
    write_articles(&dir, "copy", &ALL);
    dir.write("other/envoy.txt", BERLIN.contents());
    let single = dir.geokg(["build", "a", "--json", "one.json", "-q"]).run();
    single.success();
    let run = dir
        .geokg(["build", "a", "copy", "a/envoy.txt", "--json", "g.json"])
        .run();
    run.success()
        .stderr_has("copy/envoy.txt: same article as a/envoy.txt")
        .stderr_has("a/envoy.txt: same article as a/envoy.txt")
        .stderr_has("3 article(s)");
    crate::util::assert_same_bytes(
        "a build with repeats vs without",
        &dir.read_bytes("g.json"),
        &dir.read_bytes("one.json"),
    );

    let run = dir
        .geokg(["build", "a", "other", "--json", "g2.json"])
        .run();
    run.success()
        .stderr_has("other/envoy.txt: duplicate article id \"envoy\" (first at a/envoy.txt)")
        .stderr_has("renamed to \"envoy#2\"")
        .stderr_has("4 article(s)");
    let g: serde_json::Value = serde_json::from_slice(&dir.read_bytes("g2.json")).unwrap();
    assert_eq!(
        g["graph"]["article_ids"],
        json!(["ankara", "berlin", "envoy", "envoy#2"])
    );
}
