//! String literal contents: newline normalization, escapes and text blocks.

/// Converts `\r\n` and lone `\r` to `\n`.
pub(crate) fn normalize_newlines(raw: &str) -> String {
    if !raw.contains('\r') {
        return raw.to_owned();
    }
    raw.replace("\r\n", "\n").replace('\r', "\n")
}

/// Interprets the escapes of a string literal's contents.
pub(crate) fn unescape(raw: &str) -> Result<String, String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('/') => out.push('/'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\n') => {}
            Some('u') => {
                let first = hex4(&mut chars)?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A surrogate pair written as two escapes.
                    let mut look = chars.clone();
                    if look.next() == Some('\\') && look.next() == Some('u') {
                        let second = hex4(&mut look)?;
                        if (0xDC00..0xE000).contains(&second) {
                            chars = look;
                            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                        } else {
                            first
                        }
                    } else {
                        first
                    }
                } else {
                    first
                };
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            Some(other) => return Err(format!("invalid escape `\\{}` in string", other.escape_debug())),
            None => return Err("string ends with a lone `\\`".to_owned()),
        }
    }
    Ok(out)
}

fn hex4(chars: &mut std::str::Chars<'_>) -> Result<u32, String> {
    let mut v = 0;
    for _ in 0..4 {
        let d = chars
            .next()
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| "invalid unicode escape: expected 4 hex digits after `\\u`".to_owned())?;
        v = (v << 4) | d;
    }
    Ok(v)
}

/// Turns the raw contents of a text block (between the `"""`s) into its value:
/// the opening line break is dropped, incidental leading spaces (the smallest
/// indentation of the non-blank lines and of the closing line) are removed,
/// trailing spaces are stripped from every line, then escapes are interpreted.
pub(crate) fn text_block(raw: &str) -> Result<String, String> {
    let raw = normalize_newlines(raw);
    let Some(body) = raw.strip_prefix('\n') else {
        return Err("a text block must start with a line break after the opening `\"\"\"`".to_owned());
    };
    let lines: Vec<&str> = body.split('\n').collect();
    let last = lines.len() - 1;
    let indent = lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            let spaces = line.chars().take_while(|&c| c == ' ').count();
            if spaces < line.len() {
                Some(spaces)
            } else if i == last {
                Some(line.len())
            } else {
                None
            }
        })
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(body.len());
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_end_matches(' ');
        if trimmed.len() > indent {
            out.push_str(&trimmed[indent..]);
        }
        if i < last {
            out.push('\n');
        }
    }
    unescape(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_block_strips_incidental_whitespace() {
        assert_eq!(text_block("\n    foo\n      bar\n    ").unwrap(), "foo\n  bar\n");
        assert_eq!(text_block("\n    foo\n    bar").unwrap(), "foo\nbar");
        assert_eq!(text_block("\n    foo  \n\n    bar\n  ").unwrap(), "  foo\n\n  bar\n");
        assert_eq!(text_block("\n  a \\\"quoted\\\" \\n").unwrap(), "a \"quoted\" \n");
        assert!(text_block("foo").is_err());
    }

    #[test]
    fn escapes() {
        assert_eq!(
            unescape(r#"a\"b\\c\/\n\t\u00e9\ud83d\ude00"#).unwrap(),
            "a\"b\\c/\n\té😀"
        );
        assert_eq!(unescape("a\\\nb").unwrap(), "ab");
        assert!(unescape(r"\q").is_err());
    }
}
