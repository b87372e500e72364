//! What the generated JSON serializers and deserializers (restJson1, awsJson) call: building the
//! request URI, reading headers and bodies. Every failure is a typed error naming
//! the member or header, never a panic.

use std::collections::HashMap;
use std::str::FromStr;

use serde::Serialize;

use super::http_bindings::{encode_label_into, encode_query_into, split_header_list};
use crate::error::{BuildError, UnhandledError};
use crate::http::{HttpRequest, HttpResponse};
use crate::json::{JsonError, JsonReader};
use crate::{DateTime, TimestampFormat};

/// Builds the path and query of a request URI from the operation's `@http` URI
/// pattern and the input's label and query members. Values are percent-encoded
/// as they are added, straight into the URI's text.
#[derive(Debug)]
pub struct UriBuilder {
    path: String,
    /// `name=value` pairs joined by `&`, encoded.
    query: String,
}

impl UriBuilder {
    /// An empty URI.
    pub fn new() -> Self {
        UriBuilder {
            // Room for a typical path, so the literals and labels rarely regrow it.
            path: String::with_capacity(128),
            query: String::new(),
        }
    }

    /// Appends a literal part of the path pattern, as written in the model.
    pub fn literal(&mut self, text: &str) {
        self.path.push_str(text);
    }

    /// Appends a label value, percent-encoded so it cannot change the path. An
    /// empty value is an error: it would change the path's shape.
    pub fn label(
        &mut self,
        shape: &'static str,
        member: &'static str,
        value: impl AsRef<str>,
        greedy: bool,
    ) -> Result<(), BuildError> {
        let value = value.as_ref();
        if value.is_empty() {
            return Err(BuildError::invalid_field(
                shape,
                member,
                "a path label must not be empty",
            ));
        }
        encode_label_into(&mut self.path, value, greedy);
        Ok(())
    }

    /// Adds a query parameter, percent-encoded.
    pub fn query(&mut self, name: &str, value: impl AsRef<str>) {
        let value = value.as_ref();
        self.query.reserve(name.len() + value.len() + 2);
        if !self.query.is_empty() {
            self.query.push('&');
        }
        encode_query_into(&mut self.query, name);
        self.query.push('=');
        encode_query_into(&mut self.query, value);
    }

    /// Whether a query parameter of this name is already set.
    pub fn has_query(&self, name: &str) -> bool {
        let mut encoded = String::new();
        encode_query_into(&mut encoded, name);
        self.query
            .split('&')
            .any(|pair| pair.split('=').next() == Some(encoded.as_str()))
    }

    /// The URI: the path, then `?` and the query (literal query parts from the
    /// pattern first, `literal_query` such as `x-id=Get&flag`).
    pub fn build(self, literal_query: &str) -> String {
        let mut uri = self.path;
        let mut separator = '?';
        for part in literal_query.split('&').filter(|p| !p.is_empty()) {
            uri.push(separator);
            uri.push_str(part);
            separator = '&';
        }
        if !self.query.is_empty() {
            uri.push(separator);
            uri.push_str(&self.query);
        }
        uri
    }
}

impl Default for UriBuilder {
    fn default() -> Self {
        UriBuilder::new()
    }
}

thread_local! {
    static FIXED_IDEMPOTENCY_TOKEN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The token for an `@idempotencyToken` member the caller left unset: a fresh
/// [`crate::idempotency_token`], unless [`with_fixed_idempotency_token`] fixed one.
pub fn idempotency_token() -> String {
    FIXED_IDEMPOTENCY_TOKEN
        .with(|fixed| fixed.borrow().clone())
        .unwrap_or_else(crate::idempotency_token)
}

/// Runs `f` with [`idempotency_token`] returning `token` on this thread, as the
/// protocol compliance tests require (`00000000-0000-4000-8000-000000000000`).
#[doc(hidden)]
pub fn with_fixed_idempotency_token<T>(token: &str, f: impl FnOnce() -> T) -> T {
    struct Reset(Option<String>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let previous = self.0.take();
            FIXED_IDEMPOTENCY_TOKEN.with(|fixed| *fixed.borrow_mut() = previous);
        }
    }
    let previous = FIXED_IDEMPOTENCY_TOKEN.with(|fixed| fixed.borrow_mut().replace(token.to_owned()));
    let _reset = Reset(previous);
    f()
}

/// A float as restJson1 writes it outside JSON: `NaN`, `Infinity`, `-Infinity`,
/// else the shortest decimal form.
pub fn fmt_float(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else {
        value.to_string()
    }
}

/// An `f32` as restJson1 writes it outside JSON: like [`fmt_float`], in the
/// shortest decimal form of the `f32` itself (`1.1`, not `1.100000023841858`).
pub fn fmt_f32(value: f32) -> String {
    if value.is_finite() {
        value.to_string()
    } else {
        fmt_float(f64::from(value))
    }
}

/// Parses a float written by [`fmt_float`].
pub fn parse_float(text: &str) -> Option<f64> {
    match text.trim() {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        other => other.parse().ok(),
    }
}

/// The JSON body of a request.
pub fn json_body<T: Serialize>(shape: &'static str, body: &T) -> Result<Vec<u8>, BuildError> {
    serde_json::to_vec(body).map_err(|e| BuildError::invalid_field(shape, "body", e.to_string()))
}

/// Sets the body of a request with its `Content-Length` and its `Content-Type`,
/// unless an `@httpHeader("Content-Type")` member already set one.
pub fn set_body(
    request: &mut HttpRequest,
    shape: &'static str,
    content_type: &str,
    body: Vec<u8>,
) -> Result<(), BuildError> {
    let invalid =
        |header: &'static str| move |_| BuildError::invalid_field(shape, header, "is not a valid HTTP header value");
    if !request.headers.contains_key(::http::header::CONTENT_TYPE) {
        request
            .append_header("Content-Type", content_type)
            .map_err(invalid("Content-Type"))?;
    }
    if !body.is_empty() {
        request
            .append_header("Content-Length", &body.len().to_string())
            .map_err(invalid("Content-Length"))?;
    }
    request.body = body.into();
    Ok(())
}

/// Sets the headers of a request whose body is a `@streaming` blob (sent as a
/// [`ByteStream`](crate::ByteStream) beside the request): its `Content-Type`
/// unless a member already set one, and its `Content-Length` when known. A body
/// of unknown length is an error when the blob is `@requiresLength`.
pub fn set_streaming_body(
    request: &mut HttpRequest,
    shape: &'static str,
    member: &'static str,
    content_type: &str,
    body: &crate::ByteStream,
    requires_length: bool,
) -> Result<(), BuildError> {
    let invalid =
        |header: &'static str| move |_| BuildError::invalid_field(shape, header, "is not a valid HTTP header value");
    if !request.headers.contains_key(::http::header::CONTENT_TYPE) {
        request
            .append_header("Content-Type", content_type)
            .map_err(invalid("Content-Type"))?;
    }
    match body.content_length() {
        Some(len) => request
            .append_header("Content-Length", &len.to_string())
            .map_err(invalid("Content-Length"))?,
        None if requires_length => {
            return Err(BuildError::invalid_field(
                shape,
                member,
                "must have a known length (`@requiresLength`)",
            ));
        }
        None => {}
    }
    Ok(())
}

/// A malformed response whose `what` says it all (no underlying error).
fn malformed_text(response: &HttpResponse, what: String) -> UnhandledError {
    UnhandledError::malformed(response.status, what, response.body.to_vec())
        .with_request_id(super::rest_json::request_id(response))
}

/// A malformed response: `what` went wrong, `source` says why (not repeated in `what`).
fn malformed(response: &HttpResponse, what: &str, source: impl Into<crate::error::BoxError>) -> UnhandledError {
    UnhandledError::response(response.status, what, response.body.to_vec(), source)
        .with_request_id(super::rest_json::request_id(response))
}

/// Reads the JSON object of a response body with `read`, a generated reader
/// that starts at the `{`; an empty body reads as `{}`. A body that is not an
/// object (`[]`, `"x"`, `1`, `null`) or is not well-formed JSON is an error.
pub fn read_body<T>(
    response: &HttpResponse,
    read: impl FnOnce(&mut JsonReader<'_>) -> Result<T, JsonError>,
) -> Result<T, UnhandledError> {
    read_object(response, read).map_err(|e| malformed(response, "the response body is not the expected JSON", e))
}

/// The body as a JSON object read with `read`; an empty body reads as `{}`.
fn read_object<T>(
    response: &HttpResponse,
    read: impl FnOnce(&mut JsonReader<'_>) -> Result<T, JsonError>,
) -> Result<T, JsonError> {
    let bytes: &[u8] = if response.body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &response.body
    };
    read_whole(bytes, |reader| {
        reader.require_object("the response body")?;
        read(reader)
    })
}

/// A JSON `@httpPayload` of a response, read with `read` (a generated reader or
/// [`JsonReader::document`]): `None` when the body is empty or `null`.
pub fn read_payload<T>(
    response: &HttpResponse,
    read: impl FnOnce(&mut JsonReader<'_>) -> Result<Option<T>, JsonError>,
) -> Result<Option<T>, UnhandledError> {
    if response.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    read_whole(&response.body, read)
        .map_err(|e| malformed(response, "the response payload is not the expected JSON", e))
}

/// Reads one value from `bytes` and checks that nothing follows it.
fn read_whole<T>(bytes: &[u8], read: impl FnOnce(&mut JsonReader<'_>) -> Result<T, JsonError>) -> Result<T, JsonError> {
    let mut reader = JsonReader::new(bytes);
    let value = read(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// A text `@httpPayload` of a response.
pub fn text_payload(response: &HttpResponse) -> Result<Option<String>, UnhandledError> {
    if response.body.is_empty() {
        return Ok(None);
    }
    String::from_utf8(response.body.to_vec())
        .map(Some)
        .map_err(|_| malformed_text(response, "the response payload is not UTF-8 text".to_owned()))
}

/// All values of a response header joined with `, ` (as HTTP allows), if present.
pub fn header(response: &HttpResponse, name: &str) -> Option<String> {
    let values: Vec<&str> = response
        .headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

/// A response header parsed with `FromStr` (numbers, booleans).
pub fn parse_header<T: FromStr>(response: &HttpResponse, name: &str) -> Result<Option<T>, UnhandledError> {
    let Some(value) = header(response, name) else {
        return Ok(None);
    };
    value
        .trim()
        .parse()
        .map(Some)
        .map_err(|_| malformed_text(response, format!("header `{name}` has an invalid value `{value}`")))
}

/// A float response header (`NaN` and `Infinity` allowed).
pub fn parse_float_header(response: &HttpResponse, name: &str) -> Result<Option<f64>, UnhandledError> {
    let Some(value) = header(response, name) else {
        return Ok(None);
    };
    parse_float(&value)
        .map(Some)
        .ok_or_else(|| malformed_text(response, format!("header `{name}` has an invalid number `{value}`")))
}

/// A timestamp response header.
pub fn parse_timestamp_header(
    response: &HttpResponse,
    name: &str,
    format: TimestampFormat,
) -> Result<Option<DateTime>, UnhandledError> {
    let Some(value) = header(response, name) else {
        return Ok(None);
    };
    DateTime::parse(value.trim(), format)
        .map(Some)
        .map_err(|e| malformed_text(response, format!("header `{name}` has an invalid timestamp: {e}")))
}

/// A list response header, split at commas outside quotes.
pub fn header_list(response: &HttpResponse, name: &str) -> Option<Vec<String>> {
    header(response, name).map(|v| split_header_list(&v))
}

/// A list of timestamps in a response header.
pub fn parse_timestamp_list_header(
    response: &HttpResponse,
    name: &str,
    format: TimestampFormat,
) -> Result<Option<Vec<DateTime>>, UnhandledError> {
    let Some(value) = header(response, name) else {
        return Ok(None);
    };
    super::http_bindings::parse_timestamp_list(&value, format)
        .map(Some)
        .map_err(|e| malformed_text(response, format!("header `{name}` has an invalid timestamp: {e}")))
}

/// Parses each member of a list header with `FromStr`.
pub fn parse_list_items<T: FromStr>(
    response: &HttpResponse,
    name: &str,
    items: Vec<String>,
) -> Result<Vec<T>, UnhandledError> {
    items
        .into_iter()
        .map(|item| {
            item.trim()
                .parse()
                .map_err(|_| malformed_text(response, format!("header `{name}` has an invalid item `{item}`")))
        })
        .collect()
}

/// A base64 (`@mediaType`) string header, decoded.
pub fn parse_base64_header(response: &HttpResponse, name: &str) -> Result<Option<String>, UnhandledError> {
    let Some(value) = header(response, name) else {
        return Ok(None);
    };
    let bytes = crate::Blob::from_base64(value.trim())
        .map_err(|_| malformed_text(response, format!("header `{name}` is not valid base64")))?;
    String::from_utf8(bytes.into_inner())
        .map(Some)
        .map_err(|_| malformed_text(response, format!("header `{name}` is not base64 of UTF-8 text")))
}

/// The headers that start with `prefix` (`@httpPrefixHeaders`), keyed by the rest
/// of their name: an empty map when none does, as the official restXml cases
/// expect (`HttpPrefixHeadersAreNotPresent`) and the AWS SDKs read them.
pub fn prefix_headers(response: &HttpResponse, prefix: &str) -> HashMap<String, String> {
    let prefix = prefix.to_ascii_lowercase();
    let mut out = HashMap::new();
    for name in response.headers.keys() {
        if let Some(rest) = name.as_str().strip_prefix(prefix.as_str()) {
            if let Some(value) = header(response, name.as_str()) {
                out.insert(rest.to_owned(), value);
            }
        }
    }
    out
}

/// A modeled error's members, read from its body with `read` (its generated
/// reader) as [`read_body`] reads. A body that cannot be read leaves them at
/// their defaults: the error is still the one its code names, and its metadata
/// (read apart, see [`super::rest_json::error_metadata`]) keeps the status, code,
/// message and request id.
pub fn read_error<T: Default>(
    response: &HttpResponse,
    read: impl FnOnce(&mut JsonReader<'_>) -> Result<Option<T>, JsonError>,
) -> T {
    read_object(response, read).ok().flatten().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_has_encoded_labels_and_query() {
        let mut uri = UriBuilder::new();
        uri.literal("/things/");
        uri.label("S", "thingName", "a b/..", false).unwrap();
        uri.literal("/jobs/$next");
        uri.query("tag", "x&y");
        // `/` is encoded, so the dots stay inside one segment and cannot climb.
        assert_eq!(uri.build("flag"), "/things/a%20b%2F../jobs/$next?flag&tag=x%26y");
    }

    #[test]
    fn query_parameters_keep_their_order_and_are_found_by_name() {
        let mut uri = UriBuilder::new();
        uri.literal("/b/");
        uri.label("S", "key", "a/b c", true).unwrap();
        uri.query("max items", "5");
        uri.query("max", String::from("x=y"));
        assert!(uri.has_query("max items"));
        assert!(uri.has_query("max"));
        assert!(!uri.has_query("ma"), "a prefix of a name is not the name");
        assert!(!uri.has_query("5"), "a value is not a name");
        assert_eq!(uri.build("x-id=Get"), "/b/a/b%20c?x-id=Get&max%20items=5&max=x%3Dy");
    }

    #[test]
    fn empty_labels_are_rejected() {
        let mut uri = UriBuilder::new();
        let error = uri.label("S", "m", "", false).unwrap_err();
        assert!(
            crate::error::DisplayErrorContext(&error)
                .to_string()
                .contains("must not be empty"),
            "{error}"
        );
    }

    #[test]
    fn idempotency_tokens_can_be_fixed_for_tests() {
        let fixed = with_fixed_idempotency_token("t-1", idempotency_token);
        assert_eq!(fixed, "t-1");
        assert_ne!(idempotency_token(), "t-1");
    }

    #[test]
    fn bodies_come_with_their_length_and_type() {
        let mut request = HttpRequest::new(crate::http::Method::POST, "/")
            .header("Content-Type", "image/jpg")
            .unwrap();
        set_body(&mut request, "S", "application/octet-stream", b"1234".to_vec()).unwrap();
        assert_eq!(request.header_str("content-type"), Some("image/jpg"));
        assert_eq!(request.header_str("content-length"), Some("4"));
        assert_eq!(&request.body[..], b"1234");
    }

    #[test]
    fn floats_outside_json() {
        assert_eq!(fmt_float(f64::NAN), "NaN");
        assert_eq!(fmt_float(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(fmt_float(1.5), "1.5");
        assert_eq!(fmt_f32(1.1), "1.1");
        assert_eq!(fmt_f32(f32::INFINITY), "Infinity");
        assert!(parse_float("NaN").unwrap().is_nan());
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    }

    /// The keys of a body's object, read as a generated reader would.
    fn keys(response: &HttpResponse) -> Result<Vec<String>, UnhandledError> {
        read_body(response, |reader| {
            let mut keys = Vec::new();
            reader.start_object("Body")?;
            while let Some(key) = reader.next_key()? {
                keys.push(key.into_owned());
                reader.skip_value()?;
            }
            Ok(keys)
        })
    }

    #[test]
    fn bad_bodies_are_typed_errors() {
        let error = keys(&HttpResponse::new(200, "{\"a\": tru")).unwrap_err();
        assert_eq!(error.status(), Some(200));
        assert_eq!(error.kind(), crate::error::ErrorKind::Response);
        assert_eq!(keys(&HttpResponse::new(200, " \n")).unwrap(), Vec::<String>::new());
        assert_eq!(keys(&HttpResponse::new(200, "{\"a\": 1} ")).unwrap(), ["a"]);
        assert!(keys(&HttpResponse::new(200, "{} x")).is_err());
    }

    #[test]
    fn a_body_that_is_not_an_object_is_an_error() {
        for body in ["[]", "\"x\"", "1", "null", "true"] {
            let error = keys(&HttpResponse::new(200, body)).unwrap_err();
            assert!(
                crate::error::DisplayErrorContext(&error)
                    .to_string()
                    .contains("expected the response body to be an object"),
                "{body}: {error}"
            );
        }
    }

    #[test]
    fn payloads_may_be_empty_or_null() {
        let read = |body: &'static str| read_payload(&HttpResponse::new(200, body), |r| r.document());
        assert_eq!(read("").unwrap(), None);
        assert_eq!(read("null").unwrap(), None);
        assert_eq!(read("[1]").unwrap(), Some(serde_json::json!([1])));
        assert!(read("[1").is_err());
    }

    #[test]
    fn headers_parse_or_fail_with_their_name() {
        let response = HttpResponse::new(200, "")
            .with_header("x-n", "12")
            .with_header("x-bad", "twelve");
        assert_eq!(parse_header::<i32>(&response, "x-n").unwrap(), Some(12));
        assert_eq!(parse_header::<i32>(&response, "x-missing").unwrap(), None);
        let error = parse_header::<i32>(&response, "x-bad").unwrap_err();
        assert!(
            crate::error::DisplayErrorContext(&error).to_string().contains("x-bad"),
            "{error}"
        );
    }

    #[test]
    fn prefix_headers_are_a_map_even_when_none_match() {
        let response = HttpResponse::new(200, "")
            .with_header("X-Foo", "Foo")
            .with_header("X-Foo-Abc", "Abc value")
            .with_header("x-bar-def", "Def value");
        let read = prefix_headers(&response, "X-Foo-");
        assert_eq!(read, HashMap::from([("abc".to_owned(), "Abc value".to_owned())]));
        assert_eq!(prefix_headers(&response, "x-baz-"), HashMap::new());
        assert_eq!(prefix_headers(&HttpResponse::new(200, ""), "x-foo-"), HashMap::new());
    }
}
