//! The whole extraction pipeline on arbitrary text (invalid UTF-8 is
//! decoded lossily, as the reader does): it must not panic, and every
//! evidence span must slice the text exactly.
#![no_main]

use geokg::extract::extract;
use geokg::input::Document;
use geokg::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let x = extract(Lexicon::embedded(), &Document::new("fuzz", text.as_ref()));
    for f in &x.facts {
        let e = &f.evidence;
        assert_eq!(text.get(e.start..e.end), Some(&*e.sentence));
        assert!(f.subject < x.actors.len() && f.object < x.actors.len());
    }
});
