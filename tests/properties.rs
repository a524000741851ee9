//! Properties of the extractor on generated text (proptest): it never
//! panics, every evidence span slices the original text exactly
//! (`&text[start..end] == sentence`), and every fact points at actors of
//! its own article.
//!
//! Two generators: arbitrary Unicode (any `char`, including controls,
//! combining marks, bidi marks and astral planes), and news-like text
//! recombined from names, titles, trigger verbs, abbreviations and
//! punctuation, which reaches the deeper rules. A failing case is shrunk
//! and printed; proptest also stores it under `tests/properties.proptest-regressions`
//! (not present unless something failed) to replay it first next time.

use geokg::extract::{Extraction, extract};
use geokg::input::Document;
use geokg::lexicon::Lexicon;
use proptest::prelude::*;

/// Runs the extractor and checks the invariants every extraction must hold.
fn check(text: &str) -> Result<Extraction, TestCaseError> {
    let doc = Document::new("prop", text);
    let x = extract(Lexicon::embedded(), &doc);
    for f in &x.facts {
        let e = &f.evidence;
        prop_assert!(
            e.start <= e.end && e.end <= text.len(),
            "span {}..{} outside the text ({} bytes)",
            e.start,
            e.end,
            text.len()
        );
        prop_assert_eq!(
            text.get(e.start..e.end),
            Some(&*e.sentence),
            "evidence does not slice the text"
        );
        prop_assert!(f.subject < x.actors.len() && f.object < x.actors.len());
        prop_assert_eq!(&*e.article, "prop");
    }
    Ok(x)
}

/// Pieces of news-like text: names the gazetteer knows, titles, trigger
/// verbs and nouns, function words, abbreviations, quotes, and separators.
const PIECES: &[&str] = &[
    "Steve Witkoff",
    "Vladimir Putin",
    "President",
    "Russian",
    "US",
    "U.S.",
    "Mr.",
    "Gen.",
    "the",
    "of",
    "and",
    "who",
    "which",
    "did not",
    "to",
    "he",
    "she",
    "they",
    "its",
    "'s",
    "met",
    "meets",
    "attacked",
    "condemned",
    "sanctioned",
    "talks with",
    "agreed to",
    "was accused by",
    "Moscow",
    "Kyiv",
    "Iran",
    "NATO",
    "the European Union",
    "Hamas",
    "Erdoğan",
    "Zelensky",
    "foreign minister",
    "envoy",
    "on Monday",
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "\"",
    "'",
    "(",
    ")",
    "—",
    "...",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\r\n",
    "\u{200F}",
    "\u{FEFF}",
    "é",
    "\u{301}",
    "东京",
    "🇺🇦",
    "1,000",
    "3.5",
    "A.",
    "U.N.",
    // constructions with their own rules: plural descriptions, compounds,
    // acronyms, lists, appositions, pronouns
    "Both",
    "both sides",
    "the two",
    "neighbours",
    "-",
    "–",
    "Israeli-Cypriot",
    "Iran-backed",
    "Yemen-based",
    "(RSF)",
    "RSF",
    "including",
    "such as",
    "respectively",
    "counterparts",
    "him",
    "his",
    "police",
    "the capital",
    "for",
    "sending",
    "sent",
    "ally",
    "dispute between",
    "a",
    "an",
    "that",
    "said",
    "Atlantic Council",
    "Peace and Security Council",
    // constructions of later rules: threats, events named again, owners after
    // "by", places named in events, people from a group, copulas
    "The two neighbours",
    "the two countries",
    "threatened to",
    "vowed to",
    "the move",
    "condemned",
    "Vienna summit",
    "from",
    "by",
    "one of",
    "backers",
    "has been",
    "counterpart",
    "Line of Control",
    "chief",
    "signed a pact",
    "agreed",
    "denied",
    "rejected calls by",
    "Officials from",
    "leadership",
    "warning to",
    "almost",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::bool::weighted(0.8)),
        0..60,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1500,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode_never_panics_and_spans_slice_the_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn unicode_with_sentence_punctuation_keeps_spans_exact(
        text in "([\\PC\\p{Cc}\\p{Cf}\\p{Mn}]{0,12}[.!?\"'\n ]){0,12}"
    ) {
        check(&text)?;
    }

    #[test]
    fn news_like_text_never_panics_and_spans_slice_the_text(text in news_like()) {
        check(&text)?;
    }
}

/// The same properties on texts written to hit known edge cases.
#[test]
fn edge_cases_keep_spans_exact() {
    for text in [
        "",
        " ",
        ".",
        "\u{0}",
        "\u{FEFF}Steve Witkoff met Vladimir Putin.",
        "Steve Witkoff met Vladimir Putin\u{301}.",
        "é.é.é.",
        "U.S. envoy Steve Witkoff met Putin. He said: \"Moscow agreed.\"",
        "\"\"\"\"'''...!!!???",
        "Steve Witkoff met\r\nVladimir Putin.\r\n",
        "Putin met Putin.",
        "He met him. She met her. They met them.",
        // (a name inside a plural description's span, at the text's end)
        "Moscow Line of Control Mr. NATO MoscowSteve Witkoff Mr. Both Presidentboth sides",
    ] {
        check(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
    // a long run with no sentence end: capped, not quadratic
    let long = "Witkoff met Putin and ".repeat(5000);
    check(&long).unwrap();
}

/// Every sentence of the sample articles as a document of its own, and
/// every suffix of its words: rules that look back from a word reach the
/// start of the text there (a look-back one token too far is a panic).
#[test]
fn every_sample_sentence_alone_keeps_spans_exact() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut files: Vec<_> = ["articles", "blind", "blind2", "blind3"]
        .iter()
        .flat_map(|d| std::fs::read_dir(format!("{dir}/{d}")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut sentences = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for sentence in text.lines().flat_map(|l| l.split_inclusive(". ")) {
            sentences += 1;
            let words: Vec<&str> = sentence.split(' ').collect();
            for i in 0..words.len().min(12) {
                let s = words[i..].join(" ");
                check(&s).unwrap_or_else(|e| panic!("{}: {s:?}: {e}", path.display()));
            }
        }
    }
    assert!(sentences > 300, "{sentences} sentences");
}

/// Guards the generator itself: news-like text must reach the relation
/// rules often enough for the property above to test them.
#[test]
fn news_like_text_often_yields_relations() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = news_like();
    let (mut texts, mut with_facts) = (0, 0);
    for _ in 0..300 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        texts += 1;
        if !check(&text).unwrap().facts.is_empty() {
            with_facts += 1;
        }
    }
    assert!(
        with_facts * 10 >= texts,
        "only {with_facts} of {texts} news-like texts gave a relation"
    );
}
