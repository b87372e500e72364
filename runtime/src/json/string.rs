//! Unescaping JSON strings, surrogate pairs included.

use super::error::{JsonError, JsonErrorKind};

/// Unescapes the text between the quotes of a string that holds at least one
/// `\`. `offset` is where `text` starts in the input, for error messages.
pub(super) fn unescape(text: &str, offset: usize) -> Result<String, JsonError> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let invalid = |at: usize, message: &'static str| JsonError::new(JsonErrorKind::InvalidString, offset + at, message);
    while i < bytes.len() {
        // Copy the run up to the next escape as is.
        let run_end = bytes[i..]
            .iter()
            .position(|b| *b == b'\\')
            .map_or(bytes.len(), |p| i + p);
        out.push_str(&text[i..run_end]);
        i = run_end;
        if i == bytes.len() {
            break;
        }
        let escape = *bytes.get(i + 1).ok_or_else(|| invalid(i, "a string ends in `\\`"))?;
        let simple = match escape {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => return Err(invalid(i, "an invalid escape in a string")),
        };
        if let Some(c) = simple {
            out.push(c);
            i += 2;
            continue;
        }
        let unit = hex4(bytes, i + 2).ok_or_else(|| invalid(i, "`\\u` must be followed by four hex digits"))?;
        i += 6;
        let c = match unit {
            0xD800..=0xDBFF => {
                // A high surrogate: a `\u` low surrogate must follow.
                let low = (bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u'))
                    .then(|| hex4(bytes, i + 2))
                    .flatten()
                    .filter(|low| (0xDC00..=0xDFFF).contains(low))
                    .ok_or_else(|| invalid(i - 6, "a high surrogate without its low surrogate"))?;
                i += 6;
                let code = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                char::from_u32(code).ok_or_else(|| invalid(i - 12, "an invalid surrogate pair"))?
            }
            0xDC00..=0xDFFF => return Err(invalid(i - 6, "a low surrogate without its high surrogate")),
            unit => char::from_u32(u32::from(unit)).ok_or_else(|| invalid(i - 6, "an invalid `\\u` escape"))?,
        };
        out.push(c);
    }
    Ok(out)
}

fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = bytes.get(at..at + 4)?;
    let text = std::str::from_utf8(digits).ok()?;
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u16::from_str_radix(text, 16).ok()
}
