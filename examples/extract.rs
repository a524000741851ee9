//! Extracts triples from one article (a file, or the text given as arguments)
//! and prints them, one per line: `subject -relation-> object  [trigger]`.
//!
//! ```sh
//! cargo run --example extract -- examples/articles/01-witkoff-putin-moscow.txt
//! cargo run --example extract -- "Germany condemned Iran."
//! ```

use geokg::extract::extract;
use geokg::input::Document;
use geokg::lexicon::Lexicon;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let debug = args.first().is_some_and(|a| a == "--debug");
    if debug {
        args.remove(0);
    }
    let text = match args.first() {
        Some(p) if std::path::Path::new(p).is_file() => match std::fs::read_to_string(p) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{p}: {e}");
                std::process::exit(2);
            }
        },
        _ => args.join(" "),
    };
    let doc = Document::new("example", text);
    if debug {
        print_mentions(&doc.text);
    }
    let x = extract(Lexicon::embedded(), &doc);
    for f in &x.facts {
        println!(
            "{} -{}-> {}\t[{}]{}\t{}",
            x.actors[f.subject].label,
            f.relation,
            x.actors[f.object].label,
            f.evidence.trigger,
            if f.evidence.intended {
                " (intended)"
            } else {
                ""
            },
            f.evidence.sentence.chars().take(90).collect::<String>()
        );
    }
}

/// Prints each sentence's mentions and what they resolved to.
fn print_mentions(text: &str) {
    use geokg::{mention, resolve, sentence};
    let lex = Lexicon::embedded();
    let tokens = lex.tokenize(text);
    let toks = tokens.tokens();
    let sents = sentence::split(text, &toks);
    let ms: Vec<_> = sents
        .iter()
        .map(|s| mention::find(lex, text, &toks, s.tokens.clone()))
        .collect();
    let res = resolve::resolve(lex, text, &toks, &ms);
    for (s, sent) in sents.iter().enumerate() {
        println!("# {}", &text[sent.start..sent.end]);
        for (i, m) in ms[s].iter().enumerate() {
            let surface = &text[toks[m.span.start].start..toks[m.span.end - 1].end];
            let ent = res.links[s][i]
                .map(|e| res.entities[e].label.as_str())
                .unwrap_or("-");
            println!(
                "   [{surface}] {:?} {:?} role={:?} -> {ent}",
                m.referent, m.usage, m.role
            );
        }
    }
}
