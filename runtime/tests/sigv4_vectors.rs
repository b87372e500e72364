//! The signer against the AWS SigV4 test suite (`tests/sigv4-vectors/`, see its
//! README): for each vector, the request is signed with the vector's credentials,
//! time, region and service, and must give the vector's canonical request and the
//! exact headers of its signed request, `Authorization` included.
//!
//! The string to sign is not exposed by the signer. Each of its lines is checked
//! against what we produce instead: the algorithm, our `x-amz-date`, the
//! credential scope in our `Authorization`, and the hash of our canonical
//! request; and the signature in `Authorization` is an HMAC of it, so an equal
//! signature means an equal string to sign.
//!
//! The canonical request is read from the `trace` event that the signer emits
//! while signing, through a subscriber installed for the one call.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use smithy_runtime::credentials::Credentials;
use smithy_runtime::http::{HttpRequest, Method};
use smithy_runtime::sigv4::{sha256_hex, sign_request, SigningParams};

/// Vectors whose canonical path is the request's path encoded once: the URI
/// encoding S3 uses, [`SigningParams::disable_double_encoding`]. (The request
/// lines hold a raw `ሴ` and an encoded space, which every other AWS service would
/// see encoded twice.)
const SINGLE_ENCODING: &[&str] = &["get-space-normalized", "get-utf8"];

/// 2015-08-30T12:36:00Z, the time of every vector.
const VECTOR_TIME: &str = "2015-08-30T12:36:00Z";

fn vector_time() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_440_938_160)
}

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sigv4-vectors")
}

/// One vector's files.
struct Vector {
    name: String,
    context: serde_json::Value,
    request: String,
    canonical_request: String,
    string_to_sign: String,
    signed_request: String,
}

impl Vector {
    fn load(dir: &Path) -> Vector {
        let read = |file: &str| {
            std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()))
        };
        Vector {
            name: dir.file_name().unwrap().to_string_lossy().into_owned(),
            context: serde_json::from_str(&read("context.json")).expect("context.json is JSON"),
            request: read("request.txt"),
            canonical_request: read("header-canonical-request.txt"),
            string_to_sign: read("header-string-to-sign.txt"),
            signed_request: read("header-signed-request.txt"),
        }
    }
}

/// A request written as `request.txt` is: request line, `Name:value` lines, a
/// blank line, the body.
struct RawRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

fn parse_request(text: &str) -> RawRequest {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let request_line = lines.next().expect("a request line");
    let (method, rest) = request_line.split_once(' ').expect("method and target");
    let target = rest.strip_suffix(" HTTP/1.1").expect("an HTTP/1.1 request line");
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a `Name:value` header line");
            (name.to_owned(), value.to_owned())
        })
        .collect();
    RawRequest {
        method: method.to_owned(),
        target: target.to_owned(),
        headers,
        body: body.to_owned(),
    }
}

/// The target as an HTTP client sends it: bytes outside printable ASCII
/// percent-encoded (the request line of `get-utf8` holds raw UTF-8).
fn encode_target(target: &str) -> String {
    let mut out = String::new();
    for byte in target.bytes() {
        if byte.is_ascii_graphic() {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Signs the vector's request; returns it signed and the canonical request the
/// signer computed.
fn sign(vector: &Vector) -> (HttpRequest, String) {
    let raw = parse_request(&vector.request);
    let host = raw
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("host"))
        .map(|(_, value)| value.clone())
        .expect("a host header");
    let method = Method::from_bytes(raw.method.as_bytes()).expect("a method");
    let mut request = HttpRequest::new(method, format!("https://{host}{}", encode_target(&raw.target)));
    for (name, value) in &raw.headers {
        request.append_header(name, value).expect("a valid header");
    }
    request.body = raw.body.clone().into();
    let context = &vector.context;
    // `sign_body`: the signed request carries the body's hash. Our signer adds
    // `x-amz-content-sha256` only for unsigned payloads; a caller that wants it
    // with a signed payload sets it, and the signer signs it like any header.
    if context["sign_body"] == true {
        request
            .append_header("x-amz-content-sha256", &sha256_hex(raw.body.as_bytes()))
            .expect("a valid header");
    }
    let credentials = &context["credentials"];
    let credentials = Credentials::new(
        credentials["access_key_id"].as_str().expect("access key"),
        credentials["secret_access_key"].as_str().expect("secret key"),
        credentials["token"].as_str().map(str::to_owned),
    );
    assert_eq!(context["timestamp"], VECTOR_TIME, "{}", vector.name);
    let params = SigningParams {
        name: context["service"].as_str().expect("service"),
        region: context["region"].as_str().expect("region"),
        unsigned_payload: false,
        disable_double_encoding: SINGLE_ENCODING.contains(&vector.name.as_str()),
        time: vector_time(),
    };
    let captured = Arc::new(Mutex::new(Vec::new()));
    let subscriber = capture::CanonicalRequests(captured.clone());
    tracing::subscriber::with_default(subscriber, || {
        sign_request(&mut request, &credentials, &params).unwrap_or_else(|e| panic!("{}: {e}", vector.name))
    });
    let mut captured = captured.lock().unwrap();
    assert_eq!(captured.len(), 1, "{}: one canonical request traced", vector.name);
    (request, captured.remove(0))
}

/// Whether the traced canonical request equals the vector's. The trace hides
/// sensitive header values as `** redacted (length=N) **`; such a line matches a
/// value of that length.
fn same_canonical_request(traced: &str, expected: &str) -> bool {
    let traced: Vec<&str> = traced.lines().collect();
    let expected: Vec<&str> = expected.lines().collect();
    traced.len() == expected.len()
        && traced.iter().zip(&expected).all(|(ours, theirs)| {
            if ours == theirs {
                return true;
            }
            let (Some((name, value)), Some((their_name, their_value))) = (ours.split_once(':'), theirs.split_once(':'))
            else {
                return false;
            };
            name == their_name && value == format!("** redacted (length={}) **", their_value.len())
        })
}

/// The headers of a signed request file, names lowercased.
fn signed_headers(vector: &Vector) -> BTreeSet<(String, String)> {
    parse_request(&vector.signed_request)
        .headers
        .into_iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value))
        .collect()
}

fn our_headers(request: &HttpRequest) -> BTreeSet<(String, String)> {
    request
        .headers
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.to_str().expect("ASCII").to_owned()))
        .collect()
}

fn vectors() -> Vec<Vector> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/sigv4-vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| Vector::load(d)).collect()
}

#[test]
fn the_suite_is_present() {
    let names: Vec<String> = vectors().into_iter().map(|v| v.name).collect();
    for name in [
        "get-vanilla",
        "get-vanilla-query-order-key-case",
        "post-x-www-form-urlencoded",
        "get-header-value-trim",
        "get-utf8",
        "post-vanilla-query",
        "get-vanilla-with-session-token",
    ] {
        assert!(names.iter().any(|n| n == name), "vector {name} missing from {names:?}");
    }
}

#[test]
fn canonical_requests_match_the_vectors() {
    let mut failures = Vec::new();
    for vector in vectors() {
        let (_, traced) = sign(&vector);
        if !same_canonical_request(&traced, &vector.canonical_request) {
            failures.push(format!(
                "{}:\n--- ours\n{traced}\n--- vector\n{}",
                vector.name, vector.canonical_request
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn strings_to_sign_hash_the_canonical_request_in_our_scope() {
    for vector in vectors() {
        let (request, traced) = sign(&vector);
        let lines: Vec<&str> = vector.string_to_sign.lines().collect();
        assert_eq!(lines[0], "AWS4-HMAC-SHA256", "{}", vector.name);
        assert_eq!(Some(lines[1]), request.header_str("x-amz-date"), "{}", vector.name);
        let authorization = request.header_str("authorization").expect("signed");
        let scope = format!("Credential=AKIDEXAMPLE/{}, ", lines[2]);
        assert!(
            authorization.contains(&scope),
            "{}: {authorization} lacks {scope}",
            vector.name
        );
        // Our canonical request, unless the trace hid a value of it (the
        // session token): `canonical_requests_match_the_vectors` compares those.
        let canonical = if traced.contains("** redacted") {
            &vector.canonical_request
        } else {
            &traced
        };
        assert_eq!(lines[3], sha256_hex(canonical.as_bytes()), "{}", vector.name);
    }
}

#[test]
fn signed_requests_match_the_vectors() {
    let mut failures = Vec::new();
    for vector in vectors() {
        let (request, _) = sign(&vector);
        let ours = our_headers(&request);
        let theirs = signed_headers(&vector);
        if ours != theirs {
            failures.push(format!(
                "{}:\n  only ours: {:?}\n  only the vector's: {:?}",
                vector.name,
                ours.difference(&theirs).collect::<Vec<_>>(),
                theirs.difference(&ours).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A `tracing` subscriber that keeps the `canonical_request` field of events.
mod capture {
    use std::fmt;
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    pub(super) struct CanonicalRequests(pub(super) Arc<Mutex<Vec<String>>>);

    struct Find(Option<String>);

    impl Visit for Find {
        fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
            if field.name() == "canonical_request" {
                self.0 = Some(format!("{value:?}"));
            }
        }
    }

    impl Subscriber for CanonicalRequests {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }

        fn new_span(&self, _: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }

        fn record(&self, _: &Id, _: &Record<'_>) {}

        fn record_follows_from(&self, _: &Id, _: &Id) {}

        fn event(&self, event: &Event<'_>) {
            let mut find = Find(None);
            event.record(&mut find);
            if let Some(found) = find.0 {
                self.0.lock().unwrap().push(found);
            }
        }

        fn enter(&self, _: &Id) {}

        fn exit(&self, _: &Id) {}
    }
}
