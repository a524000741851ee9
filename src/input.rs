//! Input stage: paths, directories, JSON Lines corpora and stdin -> [`Document`]s.
//!
//! * A `.txt` file is one article. Its first lines may be a header of
//!   `Key: value` lines (`Title`, `Date`, `Source`, `URL`, `Id`, `Author`);
//!   the body starts after the header (and an optional blank line). Without
//!   a header, a first line that reads as a headline (short, no sentence
//!   punctuation at its end, a blank line after it) is the title.
//! * A `.jsonl` file holds one article per line: an object with a string
//!   `text` and optional string `id`, `title`, `date`, `url`. A line
//!   without `id` gets `<file stem>:<line>` (`corpus:12`).
//! * A directory contributes its `.txt` and `.jsonl` files, recursively, in
//!   sorted order.
//! * `-` reads stdin once: JSON Lines when it starts with `{`, else one article.
//!
//! Text is decoded as UTF-8 (a BOM is dropped; invalid bytes are replaced, with
//! a warning), and CRLF line endings become LF. Offsets in the rest of the
//! pipeline are byte offsets into [`Document::text`].
//!
//! Documents are streamed to a callback, so a corpus never has to fit in memory.

use crate::error::{Error, ErrorKind, Result};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Article id: a `.txt` file's `Id:` header or else its file stem
    /// (`envoy` for `news/envoy.txt`); a JSONL line's `id` or else
    /// `<file stem>:<line>` (`corpus:12` for line 12 of `data/corpus.jsonl`;
    /// `<stdin>:12` on stdin). Unique within a run: see [`Reader`].
    pub id: String,
    /// Headline, if known.
    pub title: Option<String>,
    /// Publication date as given (ideally `YYYY-MM-DD`).
    pub date: Option<String>,
    /// Source URL, if known.
    pub url: Option<String>,
    /// The article body.
    pub text: String,
}

impl Document {
    /// A document with just an id and a body.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }
}

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A plain-text article.
    Text(PathBuf),
    /// A JSON Lines corpus.
    Jsonl(PathBuf),
    /// Standard input.
    Stdin,
}

impl Source {
    /// A printable name for messages.
    pub fn name(&self) -> String {
        match self {
            Source::Text(p) | Source::Jsonl(p) => p.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Something skipped or repaired while reading, reported to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file (and line) concerned.
    pub location: String,
    /// What happened.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Options for reading.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Skip malformed JSONL lines (with a warning) instead of failing.
    pub keep_going: bool,
}

/// Expands user-given paths into sources. Directories are walked recursively
/// for `.txt` and `.jsonl` files in sorted order; a directory with none is an
/// error. Any other explicit file is read as a text article.
/// Each source comes with `true` when it was found by walking a directory.
pub fn expand(inputs: &[PathBuf]) -> Result<Vec<(Source, bool)>> {
    let mut out = Vec::new();
    let mut stdin_seen = false;
    for p in inputs {
        if p.as_os_str() == "-" {
            if stdin_seen {
                return Err(Error::invalid("stdin (-) given more than once"));
            }
            stdin_seen = true;
            out.push((Source::Stdin, false));
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files, &mut HashSet::new())?;
            if files.is_empty() {
                return Err(Error::new(ErrorKind::NoArticles { path: p.clone() }));
            }
            out.extend(files.into_iter().map(|s| (s, true)));
        } else if is_jsonl(p) {
            out.push((Source::Jsonl(p.clone()), false));
        } else {
            out.push((Source::Text(p.clone()), false));
        }
    }
    Ok(out)
}

fn is_jsonl(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("jsonl") | Some("ndjson")
    )
}

/// `seen` holds the canonical directories walked so far, so a symlink loop
/// (`ln -s .. up`) is walked once instead of forever.
fn walk(dir: &Path, out: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) -> Result<()> {
    if let Ok(real) = std::fs::canonicalize(dir)
        && !seen.insert(real)
    {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out, seen)?;
        } else if is_jsonl(&p) {
            out.push(Source::Jsonl(p));
        } else if p.extension().and_then(|e| e.to_str()) == Some("txt") {
            out.push(Source::Text(p));
        }
    }
    Ok(())
}

/// Reads sources and hands each document to a callback.
///
/// * Article ids are unique within a run. An article whose id was seen
///   before with the same text (the same file given twice, a directory
///   copied into another, a line repeated in a corpus) is the same article:
///   it is skipped with a warning naming both places, so nothing is counted
///   twice. One with a different text is another article: its id gets a
///   `#2`, `#3` ... suffix, with a warning. The first in input order keeps
///   the plain id (directories are walked in sorted order).
/// * Binary files found inside a directory walk are skipped with a warning;
///   a binary file named explicitly is an error.
/// * Empty articles (a `.txt` without body, a JSONL `text` of only
///   whitespace) are skipped with a warning.
pub struct Reader {
    opts: ReadOptions,
    /// Every id handed out: where it was first seen and a hash of its text.
    ids: HashMap<String, (String, u64)>,
    /// Warnings collected so far.
    pub warnings: Vec<Warning>,
    /// Number of articles read.
    pub articles: usize,
    /// Number of files or lines skipped (binary, empty, malformed,
    /// unreadable); these make a run partial (exit code 1).
    pub skipped: usize,
    /// Number of articles skipped as repeats of one read before (same id,
    /// same text); nothing is lost, so these do not make a run partial.
    pub repeated: usize,
}

impl Reader {
    /// A new reader.
    pub fn new(opts: ReadOptions) -> Self {
        Reader {
            opts,
            ids: HashMap::new(),
            warnings: Vec::new(),
            articles: 0,
            skipped: 0,
            repeated: 0,
        }
    }

    fn warn(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Warning {
            location: location.into(),
            message: message.into(),
        });
    }

    /// The id `doc` gets (see [`Reader`]), or `None` when it repeats an
    /// article read before (then counted and reported here).
    fn unique_id(&mut self, id: String, location: &str, text: &str) -> Option<String> {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        let hash = h.finish();
        let mut cand = id.clone();
        let mut n = 1;
        loop {
            match self.ids.get(&cand) {
                None => break,
                Some((first, seen)) if *seen == hash => {
                    let message = format!(
                        "same article as {first} (id {cand:?}, same text), skipped as a repeat"
                    );
                    self.warn(location, message);
                    self.repeated += 1;
                    return None;
                }
                Some(_) => {
                    n += 1;
                    cand = format!("{id}#{n}");
                }
            }
        }
        if n > 1 {
            let first = self
                .ids
                .get(&id)
                .map(|(l, _)| l.clone())
                .unwrap_or_default();
            self.warn(
                location,
                format!(
                    "duplicate article id {id:?} (first at {first}) with a different text, renamed to {cand:?}"
                ),
            );
        }
        self.ids.insert(cand.clone(), (location.to_string(), hash));
        Some(cand)
    }

    /// Reads one source. `in_dir` marks sources found by walking a directory,
    /// whose unreadable members are skipped with a warning.
    pub fn read(
        &mut self,
        src: &Source,
        in_dir: bool,
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()> {
        match src {
            Source::Text(p) => {
                let bytes = match std::fs::read(p) {
                    Ok(b) => b,
                    Err(e) if in_dir => {
                        self.skip_unreadable(p, &e);
                        return Ok(());
                    }
                    Err(e) => return Err(Error::io(p, e)),
                };
                if !in_dir && bytes.contains(&0) {
                    return Err(Error::new(ErrorKind::Binary { path: p.clone() }));
                }
                match self.text_document(p, &bytes, &src.name())? {
                    Some(doc) => {
                        self.articles += 1;
                        f(doc)
                    }
                    None => Ok(()),
                }
            }
            Source::Jsonl(p) => {
                let file = match std::fs::File::open(p) {
                    Ok(f) => f,
                    Err(e) if in_dir => {
                        self.skip_unreadable(p, &e);
                        return Ok(());
                    }
                    Err(e) => return Err(Error::io(p, e)),
                };
                self.read_jsonl(p, BufReader::new(file), f)
            }
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io(Path::new("<stdin>"), e))?;
                let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
                let p = Path::new("<stdin>");
                if first == Some(b'{') {
                    self.read_jsonl(p, BufReader::new(&bytes[..]), f)
                } else {
                    if bytes.contains(&0) {
                        return Err(Error::new(ErrorKind::Binary {
                            path: p.to_path_buf(),
                        }));
                    }
                    match self.text_document(Path::new("stdin"), &bytes, "<stdin>")? {
                        Some(doc) => {
                            self.articles += 1;
                            f(doc)
                        }
                        None => Ok(()),
                    }
                }
            }
        }
    }

    /// Skips a file found in a directory walk that cannot be opened (e.g. a
    /// dangling symlink), with a warning.
    fn skip_unreadable(&mut self, path: &Path, e: &std::io::Error) {
        self.warn(
            path.display().to_string(),
            format!("cannot read ({e}), skipped"),
        );
        self.skipped += 1;
    }

    /// Reads one plain-text article (an optional header, then the body)
    /// from bytes, as [`read`](Self::read) does for a `.txt` file found in
    /// a directory: `path` gives the id (its stem) and is named in
    /// warnings; a binary or empty article is skipped with a warning.
    pub fn read_text(
        &mut self,
        path: &Path,
        bytes: &[u8],
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()> {
        match self.text_document(path, bytes, &path.display().to_string())? {
            Some(doc) => {
                self.articles += 1;
                f(doc)
            }
            None => Ok(()),
        }
    }

    /// Decodes one text article; `None` (with a warning) when it is binary or empty.
    fn text_document(&mut self, path: &Path, bytes: &[u8], name: &str) -> Result<Option<Document>> {
        if bytes.contains(&0) {
            self.warn(name, "binary file (contains NUL bytes), skipped");
            self.skipped += 1;
            return Ok(None);
        }
        let text = decode(bytes, name, &mut self.warnings);
        let mut doc = parse_header(&text);
        if doc.text.trim().is_empty() {
            self.warn(name, "empty article, skipped");
            self.skipped += 1;
            return Ok(None);
        }
        let id = std::mem::take(&mut doc.id);
        let id = if id.is_empty() { self.stem(path) } else { id };
        let Some(id) = self.unique_id(id, name, &doc.text) else {
            return Ok(None);
        };
        doc.id = id;
        Ok(Some(doc))
    }

    fn stem(&self, path: &Path) -> String {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "article".to_string())
    }

    /// Reads a JSON Lines corpus from any reader (what [`read`](Self::read)
    /// does for a `.jsonl` file or JSONL on stdin). `path` names the corpus:
    /// its stem makes the ids of lines without one (`<stem>:<line>`), and
    /// it is named in warnings and errors.
    pub fn read_jsonl(
        &mut self,
        path: &Path,
        mut reader: impl BufRead,
        f: &mut dyn FnMut(Document) -> Result<()>,
    ) -> Result<()> {
        let stem = self.stem(path);
        let mut buf = Vec::new();
        let mut line_no = 0usize;
        let mut skipped = 0usize;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(path, e))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let line = decode(
                &buf,
                &format!("{}:{}", path.display(), line_no),
                &mut self.warnings,
            );
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            match parse_jsonl_line(line) {
                Ok(mut doc) => {
                    let loc = format!("{}:{}", path.display(), line_no);
                    if doc.text.trim().is_empty() {
                        self.warn(loc, "empty article (\"text\" is blank), skipped");
                        self.skipped += 1;
                        continue;
                    }
                    let id = if doc.id.is_empty() {
                        format!("{stem}:{line_no}")
                    } else {
                        std::mem::take(&mut doc.id)
                    };
                    let Some(id) = self.unique_id(id, &loc, &doc.text) else {
                        continue;
                    };
                    doc.id = id;
                    self.articles += 1;
                    f(doc)?;
                }
                Err(message) => {
                    if self.opts.keep_going {
                        skipped += 1;
                        self.skipped += 1;
                        self.warn(
                            format!("{}:{}", path.display(), line_no),
                            format!("{message}; line skipped"),
                        );
                    } else {
                        return Err(Error::new(ErrorKind::Jsonl {
                            path: path.to_path_buf(),
                            line: line_no,
                            message,
                        }));
                    }
                }
            }
        }
        if skipped > 0 {
            self.warn(
                path.display().to_string(),
                format!("{skipped} malformed line(s) skipped"),
            );
        }
        Ok(())
    }
}

fn parse_jsonl_line(line: &str) -> std::result::Result<Document, String> {
    let mut v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let obj = v
        .as_object_mut()
        .ok_or_else(|| "expected a JSON object with a \"text\" field".to_string())?;
    let text = match obj.get_mut("text") {
        // taken, not copied, unless there is a line ending to mend
        Some(serde_json::Value::String(s)) if s.contains('\r') => s.replace("\r\n", "\n"),
        Some(serde_json::Value::String(s)) => std::mem::take(s),
        Some(_) => return Err("field \"text\" is not a string".to_string()),
        None => return Err("missing field \"text\"".to_string()),
    };
    let field = |k: &str| -> std::result::Result<Option<String>, String> {
        match obj.get(k) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(serde_json::Value::Number(n)) if k == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(format!("field {k:?} is not a string")),
        }
    };
    Ok(Document {
        id: field("id")?.unwrap_or_default(),
        title: field("title")?,
        date: field("date")?,
        url: field("url")?,
        text,
    })
}

/// Decodes bytes as UTF-8, dropping a BOM and normalising CRLF / CR to LF.
/// Invalid UTF-8 is replaced lossily with a warning naming `location`.
fn decode(bytes: &[u8], location: &str, warnings: &mut Vec<Warning>) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            warnings.push(Warning {
                location: location.to_string(),
                message: "not valid UTF-8; decoded lossily (invalid bytes replaced)".to_string(),
            });
            String::from_utf8_lossy(bytes)
        }
    };
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.into_owned()
    }
}

/// Splits an optional `Key: value` header from the body.
fn parse_header(text: &str) -> Document {
    let mut doc = Document::default();
    let mut rest = text;
    let mut any = false;
    loop {
        let (line, after) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let Some((key, value)) = line.split_once(':') else {
            break;
        };
        let value = value.trim().to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => doc.title = Some(value),
            "date" => doc.date = Some(value),
            "url" => doc.url = Some(value),
            "id" => doc.id = value,
            "source" | "author" | "byline" | "published" => {}
            _ => break,
        }
        any = true;
        rest = after;
        if rest.is_empty() {
            break;
        }
    }
    if any {
        rest = rest.trim_start_matches(['\n', ' ', '\t']);
    } else if let Some((line, body)) = headline(text) {
        // a headline line of its own, set off by a blank line: the title
        doc.title = Some(line.to_string());
        rest = body;
        any = true;
    }
    doc.text = if any {
        rest.to_string()
    } else {
        text.to_string()
    };
    doc
}

/// A first line that is a headline, and the body after it: a short line
/// (at most 25 words) that ends in no sentence punctuation and is followed
/// by a blank line and more text ("Poland summons Ukrainian envoy as grain
/// dispute escalates"). Headlines are compressed, in the present tense and
/// say again what the body says; they are kept as the title, not read as a
/// sentence.
fn headline(text: &str) -> Option<(&str, &str)> {
    let (line, after) = text.split_once('\n')?;
    let line = line.trim();
    let (blank, body) = after.split_once('\n')?;
    let body = body.trim_start_matches(['\n', ' ', '\t']);
    let last = line.chars().last()?;
    (!line.is_empty()
        && blank.trim().is_empty()
        && !body.is_empty()
        && line.split_whitespace().count() <= 25
        && !matches!(
            last,
            '.' | '!' | '?' | '"' | '\u{201D}' | '\'' | '\u{2019}' | ':' | ';' | ','
        ))
    .then_some((line, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_split_from_body() {
        let d = parse_header(
            "Title: Talks resume\nDate: 2025-04-12\nSource: wire\n\nEnvoys met on Monday.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Talks resume"));
        assert_eq!(d.date.as_deref(), Some("2025-04-12"));
        assert_eq!(d.text, "Envoys met on Monday.\n");
    }

    #[test]
    fn a_headline_line_set_off_by_a_blank_line_is_the_title() {
        let d =
            parse_header("Kenya recalls envoy over border row\n\nNAIROBI - Kenya met Uganda.\n");
        assert_eq!(
            d.title.as_deref(),
            Some("Kenya recalls envoy over border row")
        );
        assert_eq!(d.text, "NAIROBI - Kenya met Uganda.\n");
        // (a sentence, or a line with no blank line after it, is body)
        for t in [
            "Kenya met Uganda.\n\nThey talked.",
            "Kenya met Uganda\nThey talked.",
            "Kenya met Uganda",
        ] {
            assert_eq!(parse_header(t).text, t, "{t:?}");
        }
    }

    #[test]
    fn text_without_header_is_kept_whole() {
        let d = parse_header("Note: this is a sentence with a colon.\nMore.");
        assert_eq!(d.text, "Note: this is a sentence with a colon.\nMore.");
        let d = parse_header("WASHINGTON: Officials met.");
        assert_eq!(d.text, "WASHINGTON: Officials met.");
    }

    #[test]
    fn decode_handles_bom_crlf_and_bad_bytes() {
        let mut w = Vec::new();
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb", "x", &mut w), "a\nb");
        assert!(w.is_empty());
        assert_eq!(decode(b"caf\xE9", "x.txt", &mut w), "caf\u{FFFD}");
        assert_eq!(w.len(), 1);
        assert!(w[0].to_string().contains("x.txt"));
    }

    /// Reads JSON Lines text, returning (ids read, warnings).
    fn read_jsonl_text(text: &str) -> (Vec<String>, Vec<String>, Reader) {
        let mut r = Reader::new(ReadOptions::default());
        let mut ids = Vec::new();
        r.read_jsonl(Path::new("dir/c.jsonl"), text.as_bytes(), &mut |d| {
            ids.push(d.id);
            Ok(())
        })
        .unwrap();
        let warnings = r.warnings.iter().map(|w| w.to_string()).collect();
        (ids, warnings, r)
    }

    #[test]
    fn repeated_articles_are_skipped_and_other_duplicate_ids_renamed() {
        let (ids, warnings, r) = read_jsonl_text(concat!(
            "{\"id\": \"x\", \"text\": \"A.\"}\n",
            "{\"id\": \"x\", \"text\": \"A.\"}\n",
            "{\"id\": \"x\", \"text\": \"B.\"}\n",
            "{\"id\": \"x\", \"text\": \"B.\"}\n",
            "{\"text\": \"C.\"}\n",
            "{\"id\": \"c:5\", \"text\": \"D.\"}\n",
        ));
        assert_eq!(ids, ["x", "x#2", "c:5", "c:5#2"]);
        assert_eq!(r.articles, 4);
        assert_eq!(r.repeated, 2);
        assert_eq!(r.skipped, 0);
        assert_eq!(
            warnings,
            [
                "dir/c.jsonl:2: same article as dir/c.jsonl:1 (id \"x\", same text), skipped as a repeat",
                "dir/c.jsonl:3: duplicate article id \"x\" (first at dir/c.jsonl:1) with a different text, renamed to \"x#2\"",
                "dir/c.jsonl:4: same article as dir/c.jsonl:3 (id \"x#2\", same text), skipped as a repeat",
                "dir/c.jsonl:6: duplicate article id \"c:5\" (first at dir/c.jsonl:5) with a different text, renamed to \"c:5#2\"",
            ]
        );
    }

    #[test]
    fn blank_jsonl_text_is_skipped_with_a_warning() {
        let (ids, warnings, r) =
            read_jsonl_text("{\"text\": \" \\n \"}\n{\"text\": \"\"}\n{\"text\": \"A.\"}\n");
        assert_eq!(ids, ["c:3"]);
        assert_eq!(r.skipped, 2);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("dir/c.jsonl:1: empty article"));
    }

    #[test]
    fn jsonl_lines_are_validated() {
        assert!(parse_jsonl_line(r#"{"text":"a","id":"x","date":"2025-01-01"}"#).is_ok());
        assert_eq!(
            parse_jsonl_line(r#"{"id":"x"}"#).unwrap_err(),
            "missing field \"text\""
        );
        assert!(
            parse_jsonl_line(r#"{"text":5}"#)
                .unwrap_err()
                .contains("not a string")
        );
        assert!(
            parse_jsonl_line(r#"{"text":"a","title":[1]}"#)
                .unwrap_err()
                .contains("title")
        );
        assert!(
            parse_jsonl_line("{oops")
                .unwrap_err()
                .contains("malformed JSON")
        );
    }
}
