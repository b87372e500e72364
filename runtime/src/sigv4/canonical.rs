//! The SigV4 canonical request, written into one buffer.
//!
//! The rules are those of `aws-sigv4` with its default settings (the crate this
//! signer is checked against): the path normalized (RFC 3986 dot segments, empty
//! segments dropped) and percent-encoded once more unless single encoding is
//! asked for; the query decoded as a form and re-encoded, pairs sorted; header
//! names lowercase, values trimmed with inner runs of spaces collapsed, repeated
//! names joined by `,`; `authorization`, `user-agent`, `x-amzn-trace-id` and
//! `transfer-encoding` left unsigned.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::error::BoxError;
use crate::http::HeaderMap;
use crate::protocol::http_bindings;

/// Headers never signed: set by the signer itself, or changed by proxies on the way.
const UNSIGNED_HEADERS: &[&str] = &["authorization", "user-agent", "x-amzn-trace-id", "transfer-encoding"];

/// Headers whose values a trace of the canonical request hides.
const SENSITIVE_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "x-amz-security-token",
    "cookie",
    "set-cookie",
    "x-amz-server-side-encryption-customer-key",
    "x-amz-server-side-encryption-customer-key-md5",
    "x-amz-copy-source-server-side-encryption-customer-key",
    "x-amz-copy-source-server-side-encryption-customer-key-md5",
];

/// How the canonical path is percent-encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PathEncoding {
    /// The request's (already encoded) path is encoded again: `%20` becomes `%2520`.
    Double,
    /// The request's path as it is (S3).
    Single,
}

/// The headers the signer sets, which replace any the request has.
pub(crate) struct SignerHeaders<'a> {
    /// `x-amz-date`.
    pub(crate) date_time: &'a str,
    /// `x-amz-security-token`, when the credentials have one.
    pub(crate) security_token: Option<&'a str>,
    /// `x-amz-content-sha256`, for unsigned payloads.
    pub(crate) content_sha256: Option<&'a str>,
}

/// One signed header value.
struct Signed<'a> {
    name: &'a str,
    value: &'a str,
    /// Trimmed and its inner runs of spaces collapsed when written (the request's
    /// values; the signer's own are written as they are).
    normalize: bool,
}

/// A canonical request and where its signed-headers line is.
pub(crate) struct CanonicalRequest<'a> {
    text: String,
    signed_names: Range<usize>,
    header_lines: Range<usize>,
    headers: Vec<Signed<'a>>,
}

impl<'a> CanonicalRequest<'a> {
    /// The canonical request of `method` `uri` with `headers` plus the signer's
    /// own, over a payload whose hash (or `UNSIGNED-PAYLOAD`) is `payload_hash`.
    /// `uri` is absolute, or a path and query when `headers` has a `host`.
    pub(crate) fn new(
        method: &str,
        uri: &'a str,
        headers: &'a HeaderMap,
        signer: SignerHeaders<'a>,
        payload_hash: &str,
        encoding: PathEncoding,
    ) -> Result<Self, BoxError> {
        let target = Target::parse(uri)?;
        let headers = signed_headers(headers, &target, signer)?;
        // Room for the path and query encoded, header names written twice.
        let header_bytes: usize = headers.iter().map(|h| 2 * h.name.len() + h.value.len() + 2).sum();
        let mut text = String::with_capacity(method.len() + 3 * uri.len() + header_bytes + payload_hash.len() + 8);
        text.push_str(method);
        text.push('\n');
        write_path(&mut text, target.path, encoding);
        text.push('\n');
        write_query(&mut text, target.query);
        text.push('\n');
        let start = text.len();
        write_header_lines(&mut text, &headers);
        let header_lines = start..text.len();
        text.push('\n');
        let start = text.len();
        write_signed_names(&mut text, &headers);
        let signed_names = start..text.len();
        text.push('\n');
        text.push_str(payload_hash);
        Ok(CanonicalRequest {
            text,
            signed_names,
            header_lines,
            headers,
        })
    }

    /// The canonical request.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The signed header names, `;`-separated (`host;x-amz-date`).
    pub(crate) fn signed_names(&self) -> &str {
        &self.text[self.signed_names.clone()]
    }

    /// The canonical request with the values of sensitive headers (the session
    /// token, cookies, ...) replaced by their length, for traces.
    pub(crate) fn redacted(&self) -> Redacted<'_> {
        Redacted(self)
    }
}

/// See [`CanonicalRequest::redacted`].
pub(crate) struct Redacted<'r>(&'r CanonicalRequest<'r>);

impl fmt::Display for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let request = self.0;
        let lines = request.header_lines.clone();
        f.write_str(&request.text[..lines.start])?;
        for line in request.text[lines.clone()].split_terminator('\n') {
            let (name, value) = line.split_once(':').unwrap_or((line, ""));
            if SENSITIVE_HEADERS.contains(&name) {
                // The length of the values without the commas that join them.
                let count = request.headers.iter().filter(|h| h.name == name).count();
                let length = value.len() + 1 - count;
                writeln!(f, "{name}:** redacted (length={length}) **")?;
            } else {
                writeln!(f, "{line}")?;
            }
        }
        f.write_str(&request.text[lines.end..])
    }
}

/// The signed headers sorted by name (the values of a repeated name in their
/// order): the request's, except those never signed and those the signer
/// replaces, then the signer's, and `host` from the URI when the request has none.
fn signed_headers<'a>(
    headers: &'a HeaderMap,
    target: &Target<'a>,
    signer: SignerHeaders<'a>,
) -> Result<Vec<Signed<'a>>, BoxError> {
    let mut signed = Vec::with_capacity(headers.len() + 4);
    let mut has_host = false;
    for (name, value) in headers {
        let value = value
            .to_str()
            .map_err(|_| format!("header `{name}` is not valid UTF-8 and cannot be signed"))?;
        let name = name.as_str();
        let replaced = name == "x-amz-date"
            || (name == "x-amz-security-token" && signer.security_token.is_some())
            || (name == "x-amz-content-sha256" && signer.content_sha256.is_some());
        if replaced || UNSIGNED_HEADERS.contains(&name) {
            continue;
        }
        has_host |= name == "host";
        signed.push(Signed {
            name,
            value,
            normalize: true,
        });
    }
    let signer_headers = [
        ("host", if has_host { None } else { Some(target.host_header()?) }),
        ("x-amz-date", Some(signer.date_time)),
        ("x-amz-security-token", signer.security_token),
        ("x-amz-content-sha256", signer.content_sha256),
    ];
    for (name, value) in signer_headers {
        if let Some(value) = value {
            signed.push(Signed {
                name,
                value,
                normalize: false,
            });
        }
    }
    signed.sort_by(|a, b| a.name.cmp(b.name));
    Ok(signed)
}

/// Writes `name:value,value` lines, one per name.
fn write_header_lines(out: &mut String, headers: &[Signed<'_>]) {
    for same_name in headers.chunk_by(|a, b| a.name == b.name) {
        out.push_str(same_name[0].name);
        out.push(':');
        for (i, header) in same_name.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if header.normalize {
                write_trimmed(out, header.value);
            } else {
                out.push_str(header.value);
            }
        }
        out.push('\n');
    }
}

/// Writes the signed header names, `;`-separated.
fn write_signed_names(out: &mut String, headers: &[Signed<'_>]) {
    for (i, same_name) in headers.chunk_by(|a, b| a.name == b.name).enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(same_name[0].name);
    }
}

/// The parts of a request URI the canonical request uses.
struct Target<'a> {
    scheme: &'a str,
    authority: &'a str,
    path: &'a str,
    query: &'a str,
}

impl<'a> Target<'a> {
    /// Splits `scheme://authority/path?query#fragment` (or `/path?query`),
    /// refusing what the `http` crate refuses in a path or query.
    fn parse(uri: &'a str) -> Result<Self, BoxError> {
        let (scheme, authority, path_and_query) = if uri.starts_with('/') {
            ("", "", uri)
        } else {
            let (scheme, rest) = uri
                .split_once("://")
                .filter(|(scheme, _)| !scheme.is_empty())
                .ok_or_else(|| format!("cannot sign `{uri}`: not an absolute URI or a path"))?;
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            if end == 0 {
                return Err(format!("cannot sign `{uri}`: the URI has no host").into());
            }
            (scheme, &rest[..end], &rest[end..])
        };
        let without_fragment = path_and_query.split('#').next().unwrap_or_default();
        let (path, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
        let invalid = path.bytes().any(|b| !allowed_in_path(b)) || query.bytes().any(|b| !allowed_in_query(b));
        if invalid {
            return Err(
                format!("cannot sign `{uri}`: its path or query has a character that must be percent-encoded").into(),
            );
        }
        Ok(Target {
            scheme,
            authority,
            path,
            query,
        })
    }

    /// The `host` header an HTTP client sends for this URI: the authority, without
    /// the port when it is the scheme's default.
    fn host_header(&self) -> Result<&'a str, BoxError> {
        if self.authority.is_empty() {
            return Err("cannot sign a request with neither a `host` header nor an absolute URI".into());
        }
        let host_and_port = self.authority.rsplit('@').next().unwrap_or(self.authority);
        let (host, port) = match host_and_port.strip_prefix('[') {
            // An IPv6 literal: `[::1]:8443`.
            Some(_) => match host_and_port.find(']') {
                Some(end) => (&host_and_port[..=end], host_and_port[end + 1..].strip_prefix(':')),
                None => (host_and_port, None),
            },
            None => match host_and_port.split_once(':') {
                Some((host, _)) => (host, host_and_port.rsplit(':').next()),
                None => (host_and_port, None),
            },
        };
        let default_port = (self.scheme.eq_ignore_ascii_case("https") && port == Some("443"))
            || (self.scheme.eq_ignore_ascii_case("http") && port == Some("80"));
        Ok(if default_port { host } else { self.authority })
    }
}

/// What the `http` crate accepts unencoded in a path: printable ASCII but space,
/// `#`, `<`, `>`, `?`, `` ` ``, and any byte of a UTF-8 sequence.
fn allowed_in_path(byte: u8) -> bool {
    !byte.is_ascii() || (byte.is_ascii_graphic() && !matches!(byte, b'#' | b'<' | b'>' | b'?' | b'`'))
}

/// What the `http` crate accepts unencoded in a query: printable ASCII but space,
/// `"`, `#`, `<`, `>`, and any byte of a UTF-8 sequence.
fn allowed_in_query(byte: u8) -> bool {
    !byte.is_ascii() || (byte.is_ascii_graphic() && !matches!(byte, b'"' | b'#' | b'<' | b'>'))
}

/// Writes the canonical path: dot segments resolved and empty segments dropped,
/// then encoded per `encoding`.
fn write_path(out: &mut String, path: &str, encoding: PathEncoding) {
    let write_segment = |out: &mut String, segment: &str| match encoding {
        PathEncoding::Double => http_bindings::encode_into(out, segment, true),
        PathEncoding::Single => out.push_str(segment),
    };
    if path.is_empty() {
        out.push('/');
        return;
    }
    if !path.contains('.') && !path.contains("//") {
        write_segment(out, path);
        return;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            segment => segments.push(segment),
        }
    }
    for segment in &segments {
        out.push('/');
        write_segment(out, segment);
    }
    let ends_in_directory = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    if segments.is_empty() || ends_in_directory {
        out.push('/');
    }
}

/// Writes the canonical query: the pairs of the form-encoded `query` decoded,
/// encoded again, sorted and joined.
fn write_query(out: &mut String, query: &str) {
    if is_canonical_query(query) {
        out.push_str(query);
        return;
    }
    let mut pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| (encoded(name), encoded(value)))
        .collect();
    pairs.sort_unstable();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
}

/// Whether `query` is already canonical (the common case: `a=1&b=2`): every
/// pair has `=`, nothing to encode, pairs in order.
fn is_canonical_query(query: &str) -> bool {
    let mut previous = None;
    for pair in query.split('&') {
        let Some((name, value)) = pair.split_once('=') else {
            return false;
        };
        if !is_unreserved(name) || !is_unreserved(value) || previous > Some((name, value)) {
            return false;
        }
        previous = Some((name, value));
    }
    true
}

fn is_unreserved(text: &str) -> bool {
    text.bytes().all(http_bindings::is_unreserved)
}

/// `text` percent-encoded, borrowed when there is nothing to encode.
fn encoded(text: Cow<'_, str>) -> Cow<'_, str> {
    if is_unreserved(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len() * 3);
    http_bindings::encode_into(&mut out, &text, false);
    Cow::Owned(out)
}

/// Writes `value` without leading or trailing spaces and with each inner run of
/// spaces as one (tabs are kept).
fn write_trimmed(out: &mut String, value: &str) {
    let mut words = value.split(' ').filter(|word| !word.is_empty());
    if let Some(first) = words.next() {
        out.push_str(first);
        for word in words {
            out.push(' ');
            out.push_str(word);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(path: &str, encoding: PathEncoding) -> String {
        let mut out = String::new();
        write_path(&mut out, path, encoding);
        out
    }

    fn query(query: &str) -> String {
        let mut out = String::new();
        write_query(&mut out, query);
        out
    }

    #[test]
    fn paths_are_normalized_then_encoded() {
        assert_eq!(path("", PathEncoding::Double), "/");
        assert_eq!(path("/", PathEncoding::Double), "/");
        assert_eq!(path("/a/./b/../c", PathEncoding::Double), "/a/c");
        assert_eq!(path("/a//b//", PathEncoding::Double), "/a/b/");
        assert_eq!(path("/a/b/.", PathEncoding::Double), "/a/b/");
        assert_eq!(path("/a/b/..", PathEncoding::Double), "/a/");
        assert_eq!(path("/../..", PathEncoding::Double), "/");
        assert_eq!(path("/a.b/c", PathEncoding::Double), "/a.b/c");
        assert_eq!(path("/a%20b/~c+", PathEncoding::Double), "/a%2520b/~c%2B");
        assert_eq!(path("/a%20b/~c+", PathEncoding::Single), "/a%20b/~c+");
        assert_eq!(path("/ሴ", PathEncoding::Double), "/%E1%88%B4");
        assert_eq!(path("/ሴ", PathEncoding::Single), "/ሴ");
    }

    #[test]
    fn queries_are_decoded_encoded_and_sorted() {
        assert_eq!(query(""), "");
        assert_eq!(query("a=1&b=2"), "a=1&b=2");
        assert_eq!(query("b=2&a=1"), "a=1&b=2");
        assert_eq!(query("a=2&a=1"), "a=1&a=2");
        assert_eq!(query("a&&b="), "a=&b=");
        assert_eq!(query("a+b=%7e&c=%2F/"), "a%20b=~&c=%2F%2F");
        assert_eq!(query("k=ሴ"), "k=%E1%88%B4");
        // `-` sorts before `=`: pairs compare by name, not as text.
        assert_eq!(query("a-b=1&a=2"), "a=2&a-b=1");
    }

    #[test]
    fn header_values_lose_outer_and_repeated_spaces_only() {
        let mut out = String::new();
        write_trimmed(&mut out, "  a   b \t c  ");
        assert_eq!(out, "a b \t c");
        out.clear();
        write_trimmed(&mut out, "   ");
        assert_eq!(out, "");
    }

    #[test]
    fn the_host_comes_from_the_uri_without_a_default_port() {
        let host = |uri: &str| Target::parse(uri).unwrap().host_header().unwrap().to_owned();
        assert_eq!(host("https://h.example.com/x"), "h.example.com");
        assert_eq!(host("https://h.example.com:443/x"), "h.example.com");
        assert_eq!(host("http://h.example.com:80"), "h.example.com");
        assert_eq!(host("http://h.example.com:443/"), "h.example.com:443");
        assert_eq!(host("https://[::1]:443/"), "[::1]");
        assert_eq!(host("https://[::1]:8443/"), "[::1]:8443");
        assert!(Target::parse("/x").unwrap().host_header().is_err());
    }

    #[test]
    fn uris_the_http_crate_refuses_are_refused() {
        for uri in [
            "https://h/a b",
            "https://h/a?b c",
            "https://h/<",
            "https://h/?\"",
            "h/x",
            "https:///x",
        ] {
            assert!(Target::parse(uri).is_err(), "{uri}");
        }
        let target = Target::parse("https://h/a\"{}|?b=`{}|#frag?x").unwrap();
        assert_eq!((target.path, target.query), ("/a\"{}|", "b=`{}|"));
    }
}
