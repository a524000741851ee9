//! The input readers on arbitrary bytes: a JSON Lines corpus (strict and
//! `--keep-going`) and a `.txt` article. They must not panic; with
//! `--keep-going` a corpus read from memory never fails; every article has
//! a non-empty id, unique within the run, and a non-blank text.
#![no_main]

use geokg::input::{ReadOptions, Reader};
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for keep_going in [false, true] {
        let mut reader = Reader::new(ReadOptions { keep_going });
        let mut ids = HashSet::new();
        let result = reader.read_jsonl(Path::new("fuzz.jsonl"), data, &mut |doc| {
            assert!(!doc.id.is_empty());
            assert!(!doc.text.trim().is_empty());
            assert!(ids.insert(doc.id.clone()), "duplicate id {:?}", doc.id);
            Ok(())
        });
        if keep_going {
            assert!(result.is_ok(), "{:?}", result.err().map(|e| e.to_string()));
        } else if let Err(e) = result {
            // a strict read names the file and line
            assert!(e.to_string().starts_with("fuzz.jsonl:"), "{e}");
        }
        assert_eq!(reader.articles, ids.len());
    }
    let mut reader = Reader::new(ReadOptions::default());
    reader
        .read_text(Path::new("dir/fuzz.txt"), data, &mut |doc| {
            assert!(!doc.id.is_empty());
            assert!(!doc.text.contains('\r'));
            Ok(())
        })
        .expect("reading a text article from memory cannot fail");
});
