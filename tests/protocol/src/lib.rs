//! Checks the generated protocol tests call: a serialized request
//! against an `httpRequestTests` case, a deserialized value against the one the
//! case expects, and the inversion for cases listed in `expected-failures.txt`.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::panic::{catch_unwind, UnwindSafe};

use serde::Serialize;
use serde_json::Value;
use smithy_runtime::http::HttpRequest;
use smithy_runtime::protocol::xml::{self, XmlElement};

mod cbor;

/// The bytes of a case's base64 body (CBOR bodies are given so).
pub fn decode_base64(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap_or_else(|e| panic!("the case's body is not base64 ({e}): {text}"))
}

/// What an `httpRequestTests` case expects of the request.
#[derive(Debug, Clone, Copy)]
pub struct RequestCase {
    /// The method.
    pub method: &'static str,
    /// The path, without the query.
    pub uri: &'static str,
    /// The endpoint host the client is configured with (the test then sends the
    /// request through the whole client, so its URI is absolute).
    pub host: Option<&'static str>,
    /// The host the request must go to (else `host`).
    pub resolved_host: Option<&'static str>,
    /// `name=value` query parameters that must be sent, encoded as on the wire.
    pub query_params: &'static [&'static str],
    /// Query parameter names that must not be sent.
    pub forbid_query_params: &'static [&'static str],
    /// Query parameter names that must be sent.
    pub require_query_params: &'static [&'static str],
    /// Headers that must be sent with these values.
    pub headers: &'static [(&'static str, &'static str)],
    /// Headers that must not be sent.
    pub forbid_headers: &'static [&'static str],
    /// Headers that must be sent, whatever their value.
    pub require_headers: &'static [&'static str],
    /// The body, when the case checks it.
    pub body: Option<&'static str>,
    /// The media type of `body`: JSON bodies are compared as parsed JSON.
    pub body_media_type: Option<&'static str>,
    /// Where an XML `body` holds map entries, whose order is not compared: the
    /// paths of element names below the root to the entries of each map
    /// (`myMap/entry` when wrapped, `myMap` when flattened).
    pub xml_map_entries: &'static [&'static str],
}

/// Upper-cases the hex digits of percent escapes, so `%2f` and `%2F` compare equal.
fn normalize_escapes(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push('%');
            out.push(bytes[i + 1].to_ascii_uppercase() as char);
            out.push(bytes[i + 2].to_ascii_uppercase() as char);
            i += 3;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn query_name(part: &str) -> &str {
    part.split_once('=').map_or(part, |(name, _)| name)
}

/// Every value of header `name`, joined with `, `; `None` when absent.
fn header_values(request: &HttpRequest, name: &str) -> Option<String> {
    let values: Vec<String> = request
        .headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

/// Panics with every difference between `request` and what `case` expects.
pub fn check_request(request: &HttpRequest, case: &RequestCase) {
    let mut problems = Vec::new();
    if request.method.as_str() != case.method {
        problems.push(format!("method: expected {}, got {}", case.method, request.method));
    }
    // A request the client sent has an absolute URI: the endpoint's host, then
    // its path (`example.com/custom`) before the operation's.
    let (host, full_uri) = match request.uri.split_once("://") {
        Some((_, rest)) => {
            let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            (Some(host), path)
        }
        None => (None, request.uri.as_str()),
    };
    let (path, query) = full_uri.split_once('?').unwrap_or((full_uri, ""));
    if path != case.uri {
        problems.push(format!("path: expected `{}`, got `{path}`", case.uri));
    }
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(normalize_escapes)
        .collect();
    let actual_parts = parts.clone();
    for expected in case.query_params {
        let expected = normalize_escapes(expected);
        match parts.iter().position(|p| *p == expected) {
            Some(i) => {
                parts.remove(i);
            }
            None => problems.push(format!("query: expected `{expected}` in {actual_parts:?}")),
        }
    }
    for name in case.forbid_query_params {
        if actual_parts.iter().any(|p| query_name(p) == *name) {
            problems.push(format!("query: `{name}` must not be sent, got {actual_parts:?}"));
        }
    }
    for name in case.require_query_params {
        if !actual_parts.iter().any(|p| query_name(p) == *name) {
            problems.push(format!("query: `{name}` must be sent, got {actual_parts:?}"));
        }
    }
    for (name, expected) in case.headers {
        match header_values(request, name) {
            Some(actual) if actual == *expected => {}
            actual => problems.push(format!("header `{name}`: expected `{expected}`, got {actual:?}")),
        }
    }
    for name in case.forbid_headers {
        if let Some(actual) = header_values(request, name) {
            problems.push(format!("header `{name}` must not be sent, got `{actual}`"));
        }
    }
    for name in case.require_headers {
        if header_values(request, name).is_none() {
            problems.push(format!("header `{name}` must be sent"));
        }
    }
    if let Some(configured) = case.host {
        let expected = case
            .resolved_host
            .unwrap_or_else(|| configured.split('/').next().unwrap_or(configured));
        match host {
            Some(actual) if actual == expected => {}
            actual => problems.push(format!("host: expected `{expected}`, got {actual:?}")),
        }
    }
    if let Some(expected) = case.body {
        let is_json = case.body_media_type.is_some_and(|t| t.contains("json"));
        let problem = match case.body_media_type {
            Some("application/cbor") => cbor::compare_body(&request.body, expected),
            Some("application/x-www-form-urlencoded") => compare_form(&request.body, expected),
            Some("application/xml") if !expected.is_empty() => {
                compare_xml(&request.body, expected, case.xml_map_entries)
            }
            _ => compare_body(&request.body, expected, is_json),
        };
        if let Some(problem) = problem {
            problems.push(problem);
        }
    }
    if !problems.is_empty() {
        panic!(
            "the request differs from the case:\n  {}\nrequest: {request:?}",
            problems.join("\n  ")
        );
    }
}

fn compare_body(actual: &[u8], expected: &str, is_json: bool) -> Option<String> {
    let shown = String::from_utf8_lossy(actual);
    if expected.is_empty() || !is_json {
        return (actual != expected.as_bytes()).then(|| format!("body: expected `{expected}`, got `{shown}`"));
    }
    let expected_json: Value = match serde_json::from_str(expected) {
        Ok(v) => v,
        Err(e) => return Some(format!("the case's body is not JSON ({e}): {expected}")),
    };
    match serde_json::from_slice::<Value>(actual) {
        Ok(actual_json) if json_eq(&actual_json, &expected_json) => None,
        Ok(actual_json) => Some(format!("body: expected JSON {expected_json}, got {actual_json}")),
        Err(e) => Some(format!("body: expected JSON {expected_json}, got `{shown}` ({e})")),
    }
}

/// Form bodies (`a=1&b.member.1=x`) are equal when they hold the same
/// `name=value` pairs, whatever their order (percent escapes compared
/// case-insensitively), as the protocol tests specify.
fn compare_form(actual: &[u8], expected: &str) -> Option<String> {
    let shown = String::from_utf8_lossy(actual);
    let pairs = |text: &str| {
        let mut pairs: Vec<String> = text
            .split('&')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(normalize_escapes)
            .collect();
        pairs.sort();
        pairs
    };
    (pairs(&shown) != pairs(expected)).then(|| format!("form body: expected `{expected}`, got `{shown}`"))
}

/// XML bodies are equal when their element trees are (see [`xml_eq`]), with
/// whitespace between elements ignored. `map_entries`: where the expected body
/// holds map entries (paths of element names below the root).
fn compare_xml(actual: &[u8], expected: &str, map_entries: &[&str]) -> Option<String> {
    let shown = String::from_utf8_lossy(actual);
    let expected_tree = match xml::parse(expected.as_bytes()) {
        Ok(tree) => tree,
        Err(e) => return Some(format!("the case's body is not XML ({e}): {expected}")),
    };
    match xml::parse(actual) {
        Ok(tree) if xml_eq(&tree, &expected_tree, "", map_entries) => None,
        Ok(_) => Some(format!(
            "XML body: expected `{expected}`, got `{shown}` (map entries at {map_entries:?} in any order)"
        )),
        Err(e) => Some(format!("XML body: expected `{expected}`, got `{shown}` ({e})")),
    }
}

/// Whether two elements hold the same value: the same name, attributes
/// (whatever their order) and text, and children equal as Smithy's data model
/// orders them. Its "Aggregate types" make a structure "a fixed set of named,
/// unordered" values, a list "an ordered" collection, and a map a mapping of keys
/// to values, without order. So children of different names (a structure's
/// members, a map entry's key and value) compare whatever their order; repeated
/// children of one name compare in order (the items of a list, wrapped or
/// flattened), except where `map_entries` says they are the entries of a map
/// (the path of their name below the root, as `myMap/entry`): those compare as a
/// set, each matched to an equal one. The AWS SDK for Rust's protocol test
/// support (`aws-smithy-protocol-test`, `try_xml_equivalent`) orders XML bodies
/// the same way, guessing lists and maps from the XML alone. `path` is `a`'s
/// path below the root (`""` for the root).
pub fn xml_eq(a: &XmlElement, b: &XmlElement, path: &str, map_entries: &[&str]) -> bool {
    let attributes = |e: &XmlElement| {
        let mut attributes = e.attributes().to_vec();
        attributes.sort();
        attributes
    };
    let text = |e: &XmlElement| {
        if e.children().is_empty() {
            e.text().to_owned()
        } else {
            e.text().trim().to_owned()
        }
    };
    if a.name() != b.name() || attributes(a) != attributes(b) || text(a) != text(b) {
        return false;
    }
    let (a_groups, b_groups) = (children_by_name(a), children_by_name(b));
    if !a_groups.keys().eq(b_groups.keys()) {
        return false;
    }
    a_groups.iter().all(|(name, a_children)| {
        let b_children = &b_groups[name];
        let child_path = if path.is_empty() {
            (*name).to_owned()
        } else {
            format!("{path}/{name}")
        };
        let eq = |x: &XmlElement, y: &XmlElement| xml_eq(x, y, &child_path, map_entries);
        if a_children.len() != b_children.len() {
            false
        } else if map_entries.contains(&child_path.as_str()) {
            // Equality of values is an equivalence: matching greedily is exact.
            let mut unmatched: Vec<&XmlElement> = b_children.clone();
            a_children
                .iter()
                .all(|x| match unmatched.iter().position(|y| eq(x, y)) {
                    Some(i) => {
                        unmatched.swap_remove(i);
                        true
                    }
                    None => false,
                })
        } else {
            a_children.iter().zip(b_children).all(|(x, y)| eq(x, y))
        }
    })
}

/// An element's children grouped by name, each group in document order.
fn children_by_name(e: &XmlElement) -> BTreeMap<&str, Vec<&XmlElement>> {
    let mut groups: BTreeMap<&str, Vec<&XmlElement>> = BTreeMap::new();
    for child in e.children() {
        groups.entry(child.name()).or_default().push(child);
    }
    groups
}

/// JSON equality where numbers compare by value (`1` equals `1.0`).
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || (x.as_f64().is_some() && x.as_f64() == y.as_f64()),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_eq(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// Runs a future to completion on a current-thread tokio runtime.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(future)
}

/// Panics unless `actual` equals `expected`. With `nan_aware` (the case holds a
/// NaN, which is never equal to itself), values that differ by `==` still pass
/// when their serde forms (where NaN is `"NaN"` or `null`) are equal.
pub fn assert_same<T: PartialEq + Debug + Serialize>(actual: &T, expected: &T, nan_aware: bool) {
    if actual == expected {
        return;
    }
    if nan_aware {
        let a = serde_json::to_value(actual).expect("serializes");
        let e = serde_json::to_value(expected).expect("serializes");
        if json_eq(&a, &e) {
            return;
        }
    }
    panic!("the value differs from the case:\nexpected: {expected:#?}\n     got: {actual:#?}");
}

/// Runs the test of a case listed in its protocol's `expected-failures*.txt`:
/// passes while the case fails, and fails once it passes, so the list can only shrink.
pub fn expect_failure(id: &str, reason: &str, test: impl FnOnce() + UnwindSafe) {
    if catch_unwind(test).is_ok() {
        panic!("`{id}` passes now: remove it from its protocol's tests/protocol/expected-failures*.txt (listed as: {reason})");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use smithy_runtime::http::Method;

    fn case() -> RequestCase {
        RequestCase {
            method: "POST",
            uri: "/things/a%20b",
            host: None,
            resolved_host: None,
            query_params: &["tag=x%2fy", "tag=z"],
            forbid_query_params: &["secret"],
            require_query_params: &["tag"],
            headers: &[("X-List", "a, b")],
            forbid_headers: &["x-forbidden"],
            require_headers: &["content-length"],
            body: Some(r#"{"n": 1.0, "list": [1, 2]}"#),
            body_media_type: Some("application/json"),
            xml_map_entries: &[],
        }
    }

    fn request() -> HttpRequest {
        HttpRequest::new(Method::POST, "/things/a%20b?tag=x%2Fy&tag=z")
            .header("x-list", "a")
            .unwrap()
            .header("x-list", "b")
            .unwrap()
            .header("content-length", "20")
            .unwrap()
            .body(&br#"{"list":[1,2],"n":1}"#[..])
    }

    fn fails(test: impl FnOnce() + UnwindSafe) -> bool {
        catch_unwind(test).is_err()
    }

    #[test]
    fn a_matching_request_passes() {
        check_request(&request(), &case());
    }

    #[test]
    fn each_difference_fails() {
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                method: "GET",
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                uri: "/things/a b",
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                query_params: &["tag=z", "tag=z"],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                forbid_query_params: &["tag"],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                require_query_params: &["other"],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                headers: &[("x-list", "a")],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                forbid_headers: &["X-List"],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                require_headers: &["x-missing"],
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                body: Some(r#"{"n": 2}"#),
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                body_media_type: None,
                ..case()
            }
        )));
        assert!(fails(|| check_request(
            &request(),
            &RequestCase {
                host: Some("example.com"),
                ..case()
            }
        )));
    }

    #[test]
    fn hosts_come_from_the_absolute_uri() {
        let mut sent = request();
        sent.uri = "https://foo.example.com/custom/things/a%20b?tag=x%2Fy&tag=z".to_owned();
        let expected = RequestCase {
            uri: "/custom/things/a%20b",
            host: Some("example.com/custom"),
            resolved_host: Some("foo.example.com"),
            ..case()
        };
        check_request(&sent, &expected);
        assert!(fails(|| check_request(
            &sent,
            &RequestCase {
                resolved_host: None,
                ..expected
            }
        )));
    }

    #[test]
    fn values_compare_nan_aware_only_when_asked() {
        assert_same(&vec![1.5_f64], &vec![1.5], false);
        assert!(fails(|| assert_same(&vec![1.5_f64], &vec![2.5], true)));
        assert!(fails(|| assert_same(&vec![f64::NAN], &vec![f64::NAN], false)));
        assert_same(&vec![f64::NAN], &vec![f64::NAN], true);
    }

    #[test]
    fn xml_bodies_compare_as_trees() {
        let expected = "<A b=\"1\" c=\"2\">\n  <D>x y</D>\n  <E/>\n</A>";
        let compare = |actual: &[u8]| compare_xml(actual, expected, &[]);
        assert_eq!(compare(b"<A c=\"2\" b=\"1\"><D>x y</D><E></E></A>"), None);
        // A structure's members, in another order.
        assert_eq!(compare(b"<A b=\"1\" c=\"2\"><E/><D>x y</D></A>"), None);
        assert!(compare(b"<A b=\"1\" c=\"2\"><D>x  y</D><E/></A>").is_some());
        assert!(compare(b"<A b=\"1\"><D>x y</D><E/></A>").is_some());
        assert!(compare(b"<A b=\"1\" c=\"2\"><D>x y</D></A>").is_some());
        assert!(compare(b"<A b=\"1\" c=\"2\"><D>x y</D><E/><E/></A>").is_some());
        assert!(compare(b"<A").is_some());
    }

    /// `<R>` with a wrapped map `m`, a flattened map `f`, a wrapped list `l` and
    /// a flattened list `g`, their entries and items in the order given.
    fn document(m: &[(&str, &str)], f: &[(&str, &str)], l: &[&str], g: &[&str]) -> String {
        let entries = |name: &str, entries: &[(&str, &str)]| -> String {
            entries
                .iter()
                .map(|(k, v)| format!("<{name}><key>{k}</key><value><hi>{v}</hi></value></{name}>"))
                .collect()
        };
        let items =
            |name: &str, items: &[&str]| -> String { items.iter().map(|i| format!("<{name}>{i}</{name}>")).collect() };
        format!(
            "<R><m>{}</m>{}<l>{}</l>{}</R>",
            entries("entry", m),
            entries("f", f),
            items("member", l),
            items("g", g)
        )
    }

    #[test]
    fn xml_map_entries_compare_in_any_order_and_nothing_else() {
        let maps = &["m/entry", "f"];
        let m = [("a", "1"), ("b", "2")];
        let f = [("c", "3"), ("d", "4")];
        let (l, g) = (["x", "y"], ["z", "w"]);
        let expected = document(&m, &f, &l, &g);
        let compare = |actual: String| compare_xml(actual.as_bytes(), &expected, maps);
        assert_eq!(compare(expected.clone()), None);
        // Both maps' entries in another order.
        assert_eq!(
            compare(document(&[("b", "2"), ("a", "1")], &[("d", "4"), ("c", "3")], &l, &g)),
            None
        );
        // Each of these differs from `expected`, and the comparison says so.
        let different = [
            ("a wrong value", document(&[("b", "2"), ("a", "9")], &f, &l, &g)),
            ("a wrong key", document(&m, &[("c", "3"), ("e", "4")], &l, &g)),
            ("a missing entry", document(&[("a", "1")], &f, &l, &g)),
            (
                "a repeated entry in place of another",
                document(&[("a", "1"), ("a", "1")], &f, &l, &g),
            ),
            ("a missing flattened entry", document(&m, &[("c", "3")], &l, &g)),
            // Lists keep their order, wrapped or flattened.
            ("a wrapped list reordered", document(&m, &f, &["y", "x"], &g)),
            ("a flattened list reordered", document(&m, &f, &l, &["w", "z"])),
        ];
        for (what, actual) in different {
            assert!(compare(actual.clone()).is_some(), "{what} compares equal: {actual}");
        }
        // Entries are unordered only where the case says a map is.
        let reordered = document(&[("b", "2"), ("a", "1")], &f, &l, &g);
        assert!(compare_xml(reordered.as_bytes(), &expected, &["f"]).is_some());
    }

    #[test]
    fn form_bodies_compare_as_unordered_pairs() {
        assert_eq!(
            compare_form(b"Action=A&Version=1&B=x%2fy", "Version=1&\n  Action=A&B=x%2Fy"),
            None
        );
        assert!(compare_form(b"Action=A&Version=1", "Action=A&Version=2").is_some());
        assert!(compare_form(b"Action=A&B=1&B=1", "Action=A&B=1").is_some());
        assert!(compare_form(b"Action=A", "Action=A&B=").is_some());
    }

    #[test]
    fn expected_failures_invert() {
        expect_failure("Case", "reason", || panic!("still failing"));
        assert!(fails(|| expect_failure("Case", "reason", || {})));
    }
}
