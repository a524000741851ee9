//! Helpers shared by the XML exporters (GEXF, GraphML): escaping text and
//! attribute values, dropping characters XML 1.0 forbids, and (in tests) a
//! small well-formedness checker so the exporters' tests need no XML crate.

/// Whether XML 1.0 allows `c` in a document:
/// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`
/// (surrogates cannot occur in a Rust `char`).
pub(crate) fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn escape(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Parsers normalize raw CR (and, in attributes, TAB and LF) away;
            // character references survive.
            '\r' => out.push_str("&#13;"),
            '\n' if in_attribute => out.push_str("&#10;"),
            '\t' if in_attribute => out.push_str("&#9;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Escapes `s` for element content: `& < > " '` become entities, CR a
/// character reference, and characters XML 1.0 forbids (control characters
/// other than tab, newline and CR; U+FFFE, U+FFFF) are dropped.
pub(crate) fn text(s: &str) -> String {
    escape(s, false)
}

/// Escapes `s` for a double-quoted attribute value: as [`text`], and tab and
/// newline become character references so parsers keep them.
pub(crate) fn attr(s: &str) -> String {
    escape(s, true)
}

/// The value of an `xsd:token` attribute (GEXF labels): whitespace runs
/// collapsed to one space, none at either end.
/// Characters XML forbids are dropped first, so none can end up between
/// two spaces.
pub(crate) fn token(s: &str) -> String {
    let kept: String = s.chars().filter(|&c| allowed(c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` is a calendar date `YYYY-MM-DD` (a valid `xsd:date`): the
/// only form the exporters put into date-typed fields.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
pub(crate) mod check {
    //! A deliberately small XML well-formedness checker for tests: one root
    //! element, balanced tags, quoted and unique attributes, only the five
    //! predefined entities and numeric references, no `<` or `&` left raw,
    //! no characters XML 1.0 forbids. Also decodes text for round-trip checks.

    /// An element as parsed: name, attributes (decoded) and decoded text of
    /// its direct content.
    #[derive(Debug, Clone, PartialEq)]
    pub(crate) struct Element {
        pub(crate) name: String,
        pub(crate) attrs: Vec<(String, String)>,
        pub(crate) text: String,
    }

    impl Element {
        pub(crate) fn attr(&self, name: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        }
    }

    fn decode(raw: &str, normalize_ws: bool) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = raw;
        while let Some(i) = rest.find(['&', '<', '\t', '\n', '\r']) {
            out.push_str(&rest[..i]);
            let c = rest[i..].chars().next().unwrap_or('&');
            if c == '<' {
                return Err(format!("raw '<' in {raw:?}"));
            }
            if c != '&' {
                // XML attribute-value normalization turns raw whitespace into spaces.
                out.push(if normalize_ws { ' ' } else { c });
                rest = &rest[i + 1..];
                continue;
            }
            let end = rest[i..]
                .find(';')
                .ok_or_else(|| format!("unterminated reference in {raw:?}"))?;
            let name = &rest[i + 1..i + end];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let n = if let Some(h) = name.strip_prefix("#x") {
                        u32::from_str_radix(h, 16)
                    } else if let Some(d) = name.strip_prefix('#') {
                        d.parse()
                    } else {
                        return Err(format!("unknown entity &{name}; in {raw:?}"));
                    }
                    .map_err(|_| format!("bad reference &{name};"))?;
                    let c = char::from_u32(n).ok_or_else(|| format!("bad reference &{name};"))?;
                    if !super::allowed(c) {
                        return Err(format!("reference to forbidden character &{name};"));
                    }
                    c
                }
            };
            out.push(c);
            rest = &rest[i + end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn is_name(s: &str) -> bool {
        let mut cs = s.chars();
        matches!(cs.next(), Some(c) if c.is_alphabetic() || c == '_' || c == ':')
            && cs.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.'))
    }

    fn parse_attrs(s: &str) -> Result<Vec<(String, String)>, String> {
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut rest = s.trim_start();
        while !rest.is_empty() {
            let eq = rest
                .find('=')
                .ok_or_else(|| format!("attribute without '=' in {s:?}"))?;
            let name = rest[..eq].trim();
            if !is_name(name) {
                return Err(format!("bad attribute name {name:?}"));
            }
            let after = rest[eq + 1..].trim_start();
            let q = after.chars().next().ok_or("missing attribute value")?;
            if q != '"' && q != '\'' {
                return Err(format!("unquoted value for {name}"));
            }
            let close = after[1..]
                .find(q)
                .ok_or_else(|| format!("unterminated value for {name}"))?;
            let value = decode(&after[1..1 + close], true)?;
            if attrs.iter().any(|(k, _)| k == name) {
                return Err(format!("duplicate attribute {name}"));
            }
            attrs.push((name.to_string(), value));
            rest = &after[close + 2..];
            if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
                return Err(format!("no space after attribute {name}"));
            }
            rest = rest.trim_start();
        }
        Ok(attrs)
    }

    /// Parses `doc`, returning its elements in document order, or what is
    /// wrong with it.
    pub(crate) fn parse(doc: &str) -> Result<Vec<Element>, String> {
        if let Some(c) = doc.chars().find(|&c| !super::allowed(c)) {
            return Err(format!("forbidden character {c:?}"));
        }
        let mut rest = doc;
        if let Some(r) = rest.strip_prefix("<?xml") {
            let end = r.find("?>").ok_or("unterminated XML declaration")?;
            rest = &r[end + 2..];
        }
        let mut out: Vec<Element> = Vec::new();
        let mut stack: Vec<(String, usize)> = Vec::new();
        let mut roots = 0;
        loop {
            let lt = rest.find('<').unwrap_or(rest.len());
            let text = decode(&rest[..lt], false)?;
            match stack.last() {
                Some(&(_, i)) => out[i].text.push_str(&text),
                None if !text.trim().is_empty() => return Err("text outside the root".into()),
                None => {}
            }
            if lt == rest.len() {
                break;
            }
            rest = &rest[lt..];
            if let Some(r) = rest.strip_prefix("<!--") {
                let end = r.find("-->").ok_or("unterminated comment")?;
                rest = &r[end + 3..];
                continue;
            }
            let gt = rest.find('>').ok_or("unterminated tag")?;
            let tag = &rest[1..gt];
            rest = &rest[gt + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some((open, _)) if open == name.trim_end() => {}
                    other => return Err(format!("</{name}> closes {other:?}")),
                }
                continue;
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
            let name = &tag[..name_end];
            if !is_name(name) {
                return Err(format!("bad element name {name:?}"));
            }
            if stack.is_empty() {
                roots += 1;
                if roots > 1 {
                    return Err("more than one root element".into());
                }
            }
            out.push(Element {
                name: name.to_string(),
                attrs: parse_attrs(&tag[name_end..])?,
                text: String::new(),
            });
            if !empty {
                stack.push((name.to_string(), out.len() - 1));
            }
        }
        if let Some((open, _)) = stack.pop() {
            return Err(format!("<{open}> is never closed"));
        }
        if roots != 1 {
            return Err("no root element".into());
        }
        Ok(out)
    }

    #[test]
    fn the_checker_rejects_what_parsers_reject() {
        assert!(parse("<a x=\"1\"><b/>t&amp;t</a>").is_ok());
        for bad in [
            "<a>",
            "<a></b>",
            "<a>&</a>",
            "<a>&foo;</a>",
            "<a x=1/>",
            "<a x=\"<\"/>",
            "<a x=\"1\" x=\"2\"/>",
            "<a/><b/>",
            "<a>\u{1}</a>",
            "<a>&#1;</a>",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} passed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_quotes_and_forbidden_characters() {
        assert_eq!(
            text("a&b<c>d\"e'f]]>\u{1}\u{FFFE}\tg\nh\ri"),
            "a&amp;b&lt;c&gt;d&quot;e&apos;f]]&gt;\tg\nh&#13;i"
        );
        assert_eq!(attr("x\ty\nz"), "x&#9;y&#10;z");
        assert_eq!(attr("Ærø ✓ 𝄞"), "Ærø ✓ 𝄞");
        assert_eq!(token(" a\n\tb \u{1} c "), "a b c");
    }

    #[test]
    fn escaped_text_round_trips_through_the_checker() {
        let s = "He said \"hi\" & <left>\\ ]]> \u{7}\nÆrø";
        let doc = format!("<a v=\"{}\">{}</a>", attr(s), text(s));
        let e = &check::parse(&doc).unwrap()[0];
        let kept: String = s.chars().filter(|&c| allowed(c)).collect();
        assert_eq!(e.attr("v"), Some(kept.as_str()));
        assert_eq!(e.text, kept);
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2025-08-06"));
        assert!(is_iso_date("2024-02-29"));
        for s in [
            "2025-02-29",
            "1900-02-29",
            "2025-04-31",
            "2025-8-6",
            "2025-13-01",
            "2025-00-10",
            "06/08/2025",
            "2025-08-06T10:00",
            "",
        ] {
            assert!(!is_iso_date(s), "{s}");
        }
    }
}
