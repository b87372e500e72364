//! Hostile responses for one operation: its valid output and error bodies as
//! seeds, then truncated, with a member of the wrong type or a number no type
//! holds, nested 100,000 deep, with invalid UTF-8, or replaced by random bytes;
//! any status from 200 to 599; error-type, request-id and the output's own
//! headers with odd values.

use std::fmt;

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;
use smithy_runtime::http::{HeaderName, HeaderValue, HttpResponse};

use super::OperationCase;

/// A response as the transport hands it over.
#[derive(Clone)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, Vec<u8>)>,
    pub(crate) body: Vec<u8>,
}

impl Response {
    /// The response for the scripted transport; a header value `http` cannot
    /// hold (a control character) is left out.
    pub(crate) fn to_http(&self) -> HttpResponse {
        let mut response = HttpResponse::new(self.status, self.body.clone());
        for (name, value) in &self.headers {
            if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_bytes(value)) {
                response.headers.append(name, value);
            }
        }
        response
    }
}

/// Short enough to read in a failure report; the length is always shown.
impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shorten = |bytes: &[u8]| {
            let text = String::from_utf8_lossy(bytes);
            let cut: String = text.chars().take(400).collect();
            format!("{cut:?} ({} bytes)", bytes.len())
        };
        let headers: Vec<String> = self
            .headers
            .iter()
            .map(|(n, v)| format!("{n}: {}", shorten(v)))
            .collect();
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &headers)
            .field("body", &shorten(&self.body))
            .finish()
    }
}

/// Members replaced by these: numbers no Rust type holds, integral and
/// fractional floats, `-0`, every JSON type, lone surrogates and NULs.
const TOKENS: &[&str] = &[
    "1e400",
    "-1e400",
    "1e-400",
    "18446744073709551617",
    "-9223372036854775809",
    "123456789012345678901234567890123456789",
    "-0",
    "-0.0",
    "1.5",
    "2.0",
    "1e3",
    "1E+2",
    "0.1e1",
    "NaN",
    "Infinity",
    "\"text\"",
    "\"\"",
    "\"1576540098\"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "[1,\"a\",null,{}]",
    "{\"x\":{\"y\":[]}}",
    "{\"__type\":\"X\"}",
];

/// Bodies that are no JSON object.
const NOT_OBJECTS: &[&str] = &[
    "",
    " ",
    "[]",
    "\"x\"",
    "1",
    "null",
    "true",
    "{",
    "}",
    "{}",
    "{\"a\"",
    "{\"a\":}",
    "\u{feff}{}",
];

/// Values of the headers an output reads, of `content-type` and of request ids.
const HEADER_VALUES: &[&str] = &[
    "",
    "1",
    "-1",
    "1.5",
    "1e400",
    "99999999999999999999",
    "true",
    "TRUE",
    "abc",
    "Mon, 16 Dec 2019 23:48:18 GMT",
    "Mon, 32 Foo 2019 99:99:99 GMT",
    "2019-12-16T23:48:18Z",
    "1576540098",
    "a,b,\"c,d\"",
    "\"unterminated",
    "W10=",
    "!!!not base64",
];

/// Where a value is replaced: the index of the member or element at each level.
fn path() -> impl Strategy<Value = Vec<Index>> {
    vec(any::<Index>(), 0..4)
}

/// Any small JSON value.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-zA-Z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON text to put in place of a member.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(TOKENS).prop_map(str::to_owned),
        1 => json_value().prop_map(|v| v.to_string()),
    ]
}

/// Arrays or objects nested up to 100,000 deep, closed or not.
fn deep() -> impl Strategy<Value = String> {
    let depth = prop_oneof![1usize..300, Just(100_000usize), 300usize..100_000];
    (depth, any::<bool>(), any::<bool>()).prop_map(|(depth, arrays, closed)| {
        let (open, leaf, close) = if arrays { ("[", "", "]") } else { ("{\"a\":", "0", "}") };
        let mut text = open.repeat(depth);
        text.push_str(leaf);
        if closed {
            text.push_str(&close.repeat(depth));
        }
        text
    })
}

/// `base` cut at a random byte.
fn truncate(base: &str, at: Index) -> Vec<u8> {
    let bytes = base.as_bytes();
    bytes[..at.index(bytes.len() + 1)].to_vec()
}

/// `base` with the value at `path` replaced by the JSON text `token`; an empty
/// path (or a base that is no JSON) replaces the whole body.
fn replace_at(base: &str, path: &[Index], token: &str) -> Vec<u8> {
    const HOLE: &str = "@@robustness-hole@@";
    let Ok(mut value) = serde_json::from_str::<Value>(base) else {
        return token.as_bytes().to_vec();
    };
    *node_at(&mut value, path) = Value::String(HOLE.to_owned());
    value.to_string().replace(&format!("\"{HOLE}\""), token).into_bytes()
}

/// The value at `path`, or the deepest one on the way that has no children.
fn node_at<'v>(value: &'v mut Value, path: &[Index]) -> &'v mut Value {
    let Some((index, rest)) = path.split_first() else {
        return value;
    };
    let has_children = match value {
        Value::Object(map) => !map.is_empty(),
        Value::Array(items) => !items.is_empty(),
        _ => false,
    };
    if !has_children {
        return value;
    }
    let child = match value {
        Value::Object(map) => {
            let i = index.index(map.len());
            map.values_mut().nth(i).expect("index within the map")
        }
        Value::Array(items) => {
            let i = index.index(items.len());
            &mut items[i]
        }
        _ => unreachable!("checked above"),
    };
    node_at(child, rest)
}

/// `base` with bytes that are never valid UTF-8 inserted.
fn insert_bytes(base: &str, inserts: &[(Index, u8)]) -> Vec<u8> {
    let mut bytes = base.as_bytes().to_vec();
    for (at, byte) in inserts {
        let i = at.index(bytes.len() + 1);
        bytes.insert(i, *byte);
    }
    bytes
}

/// A body: a seed as it is or mutated, or no JSON at all.
fn body(seeds: Vec<&'static str>) -> impl Strategy<Value = Vec<u8>> {
    let seed = select(seeds);
    prop_oneof![
        2 => seed.clone().prop_map(|s| s.as_bytes().to_vec()),
        3 => (seed.clone(), any::<Index>()).prop_map(|(s, at)| truncate(s, at)),
        5 => (seed.clone(), path(), token()).prop_map(|(s, path, token)| replace_at(s, &path, &token)),
        2 => (seed.clone(), path(), deep()).prop_map(|(s, path, deep)| replace_at(s, &path, &deep)),
        2 => (seed, vec((any::<Index>(), 0x80u8..=0xff), 1..4)).prop_map(|(s, inserts)| insert_bytes(s, &inserts)),
        1 => vec(any::<u8>(), 0..256),
        1 => select(NOT_OBJECTS).prop_map(|s| s.as_bytes().to_vec()),
    ]
}

/// A header value: a listed one, printable noise, or bytes that are no UTF-8.
fn header_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => select(HEADER_VALUES).prop_map(|s| s.as_bytes().to_vec()),
        1 => "[ -~]{0,40}".prop_map(String::into_bytes),
        1 => vec(0x80u8..=0xff, 1..8),
        1 => Just(vec![b'9'; 5000]),
    ]
}

/// The error type header: a modeled error's name, alone or in its other wire
/// forms, or something else.
fn error_type(case: &'static OperationCase) -> BoxedStrategy<Vec<u8>> {
    let noise = header_value().boxed();
    if case.errors.is_empty() {
        return noise;
    }
    let names: Vec<&'static str> = case.errors.iter().map(|(name, _)| *name).collect();
    let forms = (select(names), 0..3usize).prop_map(|(name, form)| {
        match form {
            0 => name.to_owned(),
            1 => format!("{name}:http://internal.amazon.com/coral/com.amazonaws.service/"),
            _ => format!("aws.example#{name}"),
        }
        .into_bytes()
    });
    prop_oneof![3 => forms, 1 => noise].boxed()
}

/// A status: the operation's success code, another 2xx, or 300 to 599.
fn status(success: u16) -> impl Strategy<Value = u16> {
    prop_oneof![Just(success), 200u16..300, 300u16..600]
}

/// Hostile responses to `case`.
pub(crate) fn response(case: &'static OperationCase) -> impl Strategy<Value = Response> {
    let seeds: Vec<&'static str> = std::iter::once(case.body)
        .chain(case.errors.iter().map(|(_, body)| *body))
        .collect();
    let bound = vec(option::of(header_value()), case.headers.len());
    (
        status(case.success),
        body(seeds),
        option::of(error_type(case)),
        option::of(header_value()),
        option::of(header_value()),
        bound,
    )
        .prop_map(move |(status, body, error_type, request_id, content_type, bound)| {
            let mut headers = Vec::new();
            if let Some(value) = error_type {
                headers.push(("x-amzn-errortype".to_owned(), value));
            }
            if let Some(value) = request_id {
                headers.push(("x-amzn-requestid".to_owned(), value));
            }
            if let Some(value) = content_type {
                headers.push(("content-type".to_owned(), value));
            }
            for (name, value) in case.headers.iter().zip(bound) {
                if let Some(value) = value {
                    headers.push(((*name).to_owned(), value));
                }
            }
            Response { status, headers, body }
        })
}
