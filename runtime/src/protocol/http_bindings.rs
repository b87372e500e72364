//! HTTP binding helpers (restJson1 and other `@http` protocols): percent-encoding
//! of labels and query values, and header lists.

use std::borrow::Cow;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::{DateTime, DateTimeParseError, TimestampFormat};

/// Every byte but the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) is
/// percent-encoded: labels, query strings, query bodies and SigV4's canonical
/// request all encode this way.
const ENCODED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// [`ENCODED`] but `/`: a SigV4 canonical path keeps its slashes.
const ENCODED_BUT_SLASH: &AsciiSet = &ENCODED.remove(b'/');

/// Whether `byte` is an RFC 3986 unreserved character, one [`ENCODED`] keeps.
pub(crate) fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Appends `value` to `out`, percent-encoded: all but the RFC 3986 unreserved
/// characters (and `/` with `keep_slash`).
pub(crate) fn encode_into(out: &mut String, value: &str, keep_slash: bool) {
    let set = if keep_slash { ENCODED_BUT_SLASH } else { ENCODED };
    out.extend(utf8_percent_encode(value, set));
}

/// Percent-encodes a path label: everything but the RFC 3986 unreserved
/// characters, so a value can never change the path's shape. A greedy label
/// (`{key+}`) keeps its `/`.
///
/// ```
/// use smithy_runtime::protocol::http_bindings::encode_label;
/// assert_eq!(encode_label("a b/c", false), "a%20b%2Fc");
/// assert_eq!(encode_label("a b/c", true), "a%20b/c");
/// ```
///
/// Dot segments (`.`, `..`) are encoded too: a server that normalizes the path
/// would otherwise climb out of the operation's path.
///
/// ```
/// use smithy_runtime::protocol::http_bindings::encode_label;
/// assert_eq!(encode_label("..", false), "%2E%2E");
/// assert_eq!(encode_label("a/../b", true), "a/%2E%2E/b");
/// ```
pub fn encode_label(value: &str, greedy: bool) -> String {
    let mut out = String::new();
    encode_label_into(&mut out, value, greedy);
    out
}

/// [`encode_label`], appended to `out`.
pub(crate) fn encode_label_into(out: &mut String, value: &str, greedy: bool) {
    if !greedy {
        return encode_segment_into(out, value);
    }
    for (i, segment) in value.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        encode_segment_into(out, segment);
    }
}

fn encode_segment_into(out: &mut String, segment: &str) {
    match segment {
        "." => out.push_str("%2E"),
        ".." => out.push_str("%2E%2E"),
        other => encode_into(out, other, false),
    }
}

/// Percent-encodes a query name or value (everything but the unreserved characters).
pub fn encode_query(value: &str) -> String {
    let mut out = String::new();
    encode_query_into(&mut out, value);
    out
}

/// [`encode_query`], appended to `out`.
pub(crate) fn encode_query_into(out: &mut String, value: &str) {
    encode_into(out, value, false);
}

/// Quotes a header list member when it contains `,` or `"` (escaping `"` and `\`).
pub fn quote_header_value(value: &str) -> Cow<'_, str> {
    if value.contains([',', '"']) || value.starts_with(' ') || value.ends_with(' ') {
        let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
        Cow::Owned(format!("\"{escaped}\""))
    } else {
        Cow::Borrowed(value)
    }
}

/// Splits a header list (`a, "b,c", d`) into its members, trimmed and unquoted.
pub fn split_header_list(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek() == Some(&' ') || chars.peek() == Some(&'\t') {
            chars.next();
        }
        let mut item = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        if let Some(n) = chars.next() {
                            item.push(n);
                        }
                    }
                    '"' => break,
                    c => item.push(c),
                }
            }
            // Skip to the next comma.
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
            }
            out.push(item);
        } else {
            let mut ended = true;
            for c in chars.by_ref() {
                if c == ',' {
                    ended = false;
                    break;
                }
                item.push(c);
            }
            out.push(item.trim().to_owned());
            if ended {
                break;
            }
            continue;
        }
        if chars.peek().is_none() {
            break;
        }
    }
    if out.len() == 1 && out[0].is_empty() && value.trim().is_empty() {
        out.clear();
    }
    out
}

/// Parses a header list of timestamps. `http-date` values contain a comma
/// themselves (`Mon, 16 Dec 2019 23:48:18 GMT, Tue, ...`), so they are split at
/// every second comma.
pub fn parse_timestamp_list(value: &str, format: TimestampFormat) -> Result<Vec<DateTime>, DateTimeParseError> {
    if format != TimestampFormat::HttpDate {
        return split_header_list(value)
            .iter()
            .map(|v| DateTime::parse(v, format))
            .collect();
    }
    let parts: Vec<&str> = value.split(',').collect();
    parts
        .chunks(2)
        .filter(|c| !(c.len() == 1 && c[0].trim().is_empty()))
        .map(|c| DateTime::parse(c.join(",").trim(), format))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_and_query_encoding() {
        let special = " %:/?#[]@!$&'()*+,;=😹";
        assert_eq!(
            encode_label(special, false),
            "%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9"
        );
        assert_eq!(encode_label("2019-12-16T23:48:18Z", false), "2019-12-16T23%3A48%3A18Z");
        assert_eq!(encode_label("foo/bar baz", true), "foo/bar%20baz");
        assert_eq!(encode_query("Tue, 29 Apr"), "Tue%2C%2029%20Apr");
    }

    #[test]
    fn header_lists() {
        assert_eq!(split_header_list("a, b,c"), vec!["a", "b", "c"]);
        assert_eq!(
            split_header_list(r#""b,c", "\"quoted\"", d"#),
            vec!["b,c", "\"quoted\"", "d"]
        );
        assert_eq!(split_header_list(""), Vec::<String>::new());
        assert_eq!(quote_header_value("b,c"), "\"b,c\"");
        assert_eq!(quote_header_value("plain"), "plain");
        let dates = parse_timestamp_list(
            "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT",
            TimestampFormat::HttpDate,
        )
        .unwrap();
        assert_eq!(dates, vec![DateTime::from_secs(1576540098); 2]);
        let dates =
            parse_timestamp_list("2019-12-16T23:48:18Z, 1970-01-01T00:00:01Z", TimestampFormat::DateTime).unwrap();
        assert_eq!(dates[1], DateTime::from_secs(1));
    }
}
