//! The Smithy rules-engine standard library.
//!
//! Each function follows the specification of the function of the same name in the
//! rules engine (`booleanEquals`, `getAttr`, ...). Functions whose result is an
//! optional value return `Option`; `None` fails the condition that called them.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::Document;

/// `booleanEquals`: whether two booleans are equal.
pub fn boolean_equals(value1: bool, value2: bool) -> bool {
    value1 == value2
}

/// `stringEquals`: whether two strings are equal (byte for byte, case-sensitive).
pub fn string_equals(value1: &str, value2: &str) -> bool {
    value1 == value2
}

/// `isSet`: whether an optional value is set.
pub fn is_set<T>(value: Option<T>) -> bool {
    value.is_some()
}

/// `not`: the negation of a boolean.
pub fn not(value: bool) -> bool {
    !value
}

/// `getAttr`: the value at `path` in an object or array.
///
/// A path is a dot-separated list of keys, each optionally followed by an index in
/// brackets: `scheme`, `resourceId[1]`, `a.b[0]`. Returns `None` when a key is
/// missing, an index is out of bounds, or the path does not fit the value.
pub fn get_attr<'a>(value: &'a Document, path: &str) -> Option<&'a Document> {
    let mut current = value;
    for part in path.split('.') {
        let (key, index) = match part.find('[') {
            Some(open) => {
                let close = part[open..].find(']')? + open;
                if close != part.len() - 1 {
                    return None;
                }
                let index: usize = part[open + 1..close].parse().ok()?;
                (&part[..open], Some(index))
            }
            None => (part, None),
        };
        if !key.is_empty() {
            current = current.as_object()?.get(key)?;
        }
        if let Some(index) = index {
            current = current.as_array()?.get(index)?;
        }
    }
    Some(current)
}

/// `substring`: the part of `input` from `start` (inclusive) to `stop` (exclusive).
///
/// With `reverse`, the indexes count from the end of the string:
/// `substring("abcdef", 0, 2, true)` is `"ef"`. Returns `None` when `input` has a
/// non-ASCII character, when `start >= stop`, or when `stop` is past the end.
pub fn substring(input: &str, start: usize, stop: usize, reverse: bool) -> Option<&str> {
    if !input.is_ascii() || start >= stop || stop > input.len() {
        return None;
    }
    let (from, to) = if reverse {
        (input.len() - stop, input.len() - start)
    } else {
        (start, stop)
    };
    Some(&input[from..to])
}

/// `uriEncode`: percent-encodes every byte of the UTF-8 form of `input` except the
/// RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`), with upper-case hex digits.
pub fn uri_encode(input: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

/// `split` (rules engine 1.1): `value` split on every `delimiter`, into at most
/// `limit` parts when `limit` is not 0 (the last part keeps the rest of the string).
/// An empty delimiter does not split.
pub fn split(value: &str, delimiter: &str, limit: usize) -> Vec<String> {
    if delimiter.is_empty() {
        return vec![value.to_owned()];
    }
    match limit {
        0 => value.split(delimiter).map(str::to_owned).collect(),
        n => value.splitn(n, delimiter).map(str::to_owned).collect(),
    }
}

/// The result of [`parse_url`]: the parts of an endpoint URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    /// The scheme, `http` or `https`.
    pub scheme: String,
    /// The authority: host and optional port, e.g. `example.com:8443`.
    pub authority: String,
    /// The path as written, possibly empty, e.g. `/foo/bar`.
    pub path: String,
    /// The path with a `/` at the start and at the end, e.g. `/foo/bar/` (`/` when empty).
    pub normalized_path: String,
    /// Whether the host is an IPv4 or IPv6 address.
    pub is_ip: bool,
}

impl Url {
    /// This URL as a [`Document`] object with the attribute names of the rules
    /// engine (`scheme`, `authority`, `path`, `normalizedPath`, `isIp`), for [`get_attr`].
    pub fn to_document(&self) -> Document {
        super::object([
            ("scheme", Document::from(self.scheme.as_str())),
            ("authority", Document::from(self.authority.as_str())),
            ("path", Document::from(self.path.as_str())),
            ("normalizedPath", Document::from(self.normalized_path.as_str())),
            ("isIp", Document::from(self.is_ip)),
        ])
    }
}

/// `parseURL`: splits an `http` or `https` URL into its parts.
///
/// Returns `None` when the value is not such a URL: no `scheme://`, another scheme,
/// an empty or malformed host or port, whitespace, or a query (`?`) or fragment
/// (`#`), which endpoint URLs may not have.
pub fn parse_url(input: &str) -> Option<Url> {
    if input.contains(['?', '#']) || input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (scheme, rest) = input.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(slash) => rest.split_at(slash),
        None => (rest, ""),
    };
    let host_and_port = match authority.rfind('@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    };
    let (host, port) = if let Some(bracketed) = host_and_port.strip_prefix('[') {
        let close = bracketed.find(']')?;
        let after = &bracketed[close + 1..];
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (&host_and_port[..close + 2], port)
    } else {
        match host_and_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_and_port, None),
        }
    };
    if host.is_empty() {
        return None;
    }
    if let Some(port) = port {
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.parse::<u16>().is_err() {
            return None;
        }
    }
    let is_ip = match host.strip_prefix('[') {
        Some(inner) => {
            let address = inner.strip_suffix(']')?;
            // An IPv6 literal may carry a zone index (`fe80::1%25en0`).
            let address = address.split('%').next().unwrap_or(address);
            address.parse::<Ipv6Addr>().ok()?;
            true
        }
        None => {
            if host.contains(['[', ']']) {
                return None;
            }
            host.parse::<Ipv4Addr>().is_ok()
        }
    };
    let mut normalized_path = String::with_capacity(path.len() + 2);
    if !path.starts_with('/') {
        normalized_path.push('/');
    }
    normalized_path.push_str(path);
    if !normalized_path.ends_with('/') {
        normalized_path.push('/');
    }
    Some(Url {
        scheme: scheme.to_owned(),
        authority: authority.to_owned(),
        path: path.to_owned(),
        normalized_path,
        is_ip,
    })
}

/// `isValidHostLabel`: whether `value` is a valid RFC 1123 host label: 1 to 63
/// ASCII letters, digits and hyphens, starting with a letter or digit. With
/// `allow_sub_domains`, `value` may be several such labels joined by `.`.
pub fn is_valid_host_label(value: &str, allow_sub_domains: bool) -> bool {
    if allow_sub_domains {
        value.split('.').all(is_one_host_label)
    } else {
        is_one_host_label(value)
    }
}

fn is_one_host_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    match bytes.split_first() {
        Some((first, rest)) => {
            bytes.len() <= 63
                && first.is_ascii_alphanumeric()
                && rest.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equality_and_logic() {
        assert!(boolean_equals(true, true));
        assert!(!boolean_equals(true, false));
        assert!(string_equals("us-east-1", "us-east-1"));
        assert!(!string_equals("us-east-1", "US-EAST-1"));
        assert!(is_set(Some("x")));
        assert!(!is_set(None::<&str>));
        assert!(not(false));
        assert!(!not(true));
    }

    #[test]
    fn get_attr_follows_keys_and_indexes() {
        let value = json!({
            "a": { "b": ["x", "y"] },
            "resourceId": ["accesspoint", "name"],
            "supportsFIPS": true
        });
        assert_eq!(get_attr(&value, "a.b[0]"), Some(&json!("x")));
        assert_eq!(get_attr(&value, "a.b[1]"), Some(&json!("y")));
        assert_eq!(get_attr(&value, "a.b[2]"), None);
        assert_eq!(get_attr(&value, "resourceId[1]"), Some(&json!("name")));
        assert_eq!(get_attr(&value, "supportsFIPS"), Some(&json!(true)));
        assert_eq!(get_attr(&value, "missing"), None);
        assert_eq!(get_attr(&value, "supportsFIPS.deeper"), None);
        assert_eq!(get_attr(&json!(["p", "q"]), "[1]"), Some(&json!("q")));
    }

    #[test]
    fn get_attr_on_parsed_url() {
        let url = parse_url("https://example.com:8443/a/b").unwrap().to_document();
        assert_eq!(get_attr(&url, "authority"), Some(&json!("example.com:8443")));
        assert_eq!(get_attr(&url, "normalizedPath"), Some(&json!("/a/b/")));
        assert_eq!(get_attr(&url, "isIp"), Some(&json!(false)));
    }

    #[test]
    fn substring_forward_and_reverse() {
        assert_eq!(substring("abcdefg", 0, 4, false), Some("abcd"));
        assert_eq!(substring("abcdefg", 2, 7, false), Some("cdefg"));
        assert_eq!(substring("abcdefg", 0, 4, true), Some("defg"));
        assert_eq!(substring("abcdefg", 1, 3, true), Some("ef"));
        assert_eq!(substring("abcdefg", 0, 8, false), None);
        assert_eq!(substring("abcdefg", 3, 3, false), None);
        assert_eq!(substring("abcdefg", 4, 2, false), None);
        assert_eq!(substring("abc\u{1F600}defg", 0, 2, false), None);
        assert_eq!(substring("", 0, 1, false), None);
    }

    #[test]
    fn split_with_and_without_limit() {
        assert_eq!(split("a--b--c", "--", 0), vec!["a", "b", "c"]);
        assert_eq!(split("a--b--c", "--", 2), vec!["a", "b--c"]);
        assert_eq!(split("a--b--c", "--", 1), vec!["a--b--c"]);
        assert_eq!(split("abc", "-", 0), vec!["abc"]);
        assert_eq!(split("", "-", 0), vec![""]);
        assert_eq!(split("a-b", "", 0), vec!["a-b"]);
    }

    #[test]
    fn uri_encode_keeps_only_unreserved() {
        assert_eq!(uri_encode("abc-XYZ_0.9~"), "abc-XYZ_0.9~");
        assert_eq!(uri_encode("a/b c+d"), "a%2Fb%20c%2Bd");
        assert_eq!(uri_encode("*?=&%:@"), "%2A%3F%3D%26%25%3A%40");
        assert_eq!(uri_encode("é"), "%C3%A9");
        assert_eq!(uri_encode(""), "");
    }

    #[test]
    fn parse_url_parts() {
        let url = parse_url("https://example.com").unwrap();
        assert_eq!(url.scheme, "https");
        assert_eq!(url.authority, "example.com");
        assert_eq!(url.path, "");
        assert_eq!(url.normalized_path, "/");
        assert!(!url.is_ip);

        let url = parse_url("http://example.com:80/foo/bar").unwrap();
        assert_eq!(url.scheme, "http");
        assert_eq!(url.authority, "example.com:80");
        assert_eq!(url.path, "/foo/bar");
        assert_eq!(url.normalized_path, "/foo/bar/");

        let url = parse_url("https://example.com/foo/").unwrap();
        assert_eq!(url.path, "/foo/");
        assert_eq!(url.normalized_path, "/foo/");
    }

    #[test]
    fn parse_url_detects_ip_hosts() {
        let url = parse_url("https://127.0.0.1:8443/path").unwrap();
        assert!(url.is_ip);
        assert_eq!(url.authority, "127.0.0.1:8443");
        assert!(parse_url("http://[fe80::1]").unwrap().is_ip);
        assert!(parse_url("http://[fe80::1%25en0]:443/x").unwrap().is_ip);
        assert!(!parse_url("https://1.2.3.example.com").unwrap().is_ip);
        assert!(!parse_url("https://999.0.0.1").unwrap().is_ip);
    }

    #[test]
    fn parse_url_rejects_non_endpoints() {
        assert_eq!(parse_url("https://example.com/path?query=1"), None);
        assert_eq!(parse_url("https://example.com?x"), None);
        assert_eq!(parse_url("https://example.com/#frag"), None);
        assert_eq!(parse_url("example.com"), None);
        assert_eq!(parse_url("ftp://example.com"), None);
        assert_eq!(parse_url("https://"), None);
        assert_eq!(parse_url("https://example.com:abc"), None);
        assert_eq!(parse_url("https://example.com:"), None);
        assert_eq!(parse_url("https://exa mple.com"), None);
        assert_eq!(parse_url("http://[not-ip]"), None);
    }

    #[test]
    fn host_labels() {
        assert!(is_valid_host_label("us-east-1", false));
        assert!(is_valid_host_label("a", false));
        assert!(is_valid_host_label("0abc", false));
        assert!(is_valid_host_label(&"a".repeat(63), false));
        assert!(!is_valid_host_label(&"a".repeat(64), false));
        assert!(!is_valid_host_label("", false));
        assert!(!is_valid_host_label("-abc", false));
        assert!(!is_valid_host_label("a_b", false));
        assert!(!is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b-c.d", true));
        assert!(!is_valid_host_label("a..b", true));
        assert!(!is_valid_host_label("a.b.", true));
        assert!(!is_valid_host_label("a.-b", true));
    }
}
