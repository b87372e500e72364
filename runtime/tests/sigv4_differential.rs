//! The signer against `aws-sigv4`'s own `http_request::sign` (the signer this
//! crate used before, kept here as the reference): random requests (paths with
//! encoded and raw odd characters and dot segments, queries with repeated, empty
//! and encoded keys, headers of mixed case with spaces and repeated names,
//! session tokens, payloads hashed, precomputed or unsigned, single or double
//! path encoding, times from 1900 to 2200) must get exactly the same headers,
//! sensitivity included, or both signers must refuse the request.
//!
//! Half of the cases sign through one [`SigningKeyCache`] shared by all cases, so
//! a key reused for the wrong secret, day, region or service shows up as a
//! wrong signature.

use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::Config;
use smithy_runtime::credentials::Credentials;
use smithy_runtime::error::BoxError;
use smithy_runtime::http::{HeaderName, HeaderValue, HttpRequest, Method};
use smithy_runtime::sigv4::{
    sha256_hex, sign_with_key_cache, sign_with_payload, Payload, SigningKeyCache, SigningParams,
};

/// Pieces of a path as a client sends it: percent-encoded bytes, raw characters
/// the `http` crate lets through, dot segments, empty segments. (A space, which
/// it refuses, is added now and then.)
const PATH_PIECES: &[&str] = &[
    "/",
    "/",
    "/",
    "a",
    "Z9",
    "-",
    "_",
    "~",
    ".",
    "..",
    "%20",
    "%2F",
    "%25",
    "%2e",
    "%E1%88%B4",
    "%7E",
    "+",
    "!",
    "$",
    "&",
    "'",
    "(",
    ")",
    "*",
    ",",
    ";",
    "=",
    ":",
    "@",
    "ሴ",
    "é",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "|",
    "^",
    "\\",
    "%",
    "%zz",
];

/// Pieces of query keys and values. (A `"`, which the `http` crate refuses in a
/// query, is added now and then.)
const QUERY_PIECES: &[&str] = &[
    "a",
    "A",
    "b",
    "1",
    "a-b",
    "a.b",
    "%20",
    "+",
    "%2B",
    "~",
    "%7e",
    "ሴ",
    "%E1%88%B4",
    "%",
    "%zz",
    "!",
    "$",
    "'",
    "(",
    ")",
    "*",
    ",",
    ";",
    ":",
    "@",
    "/",
    "?",
    "%26",
    "%3D",
    "=",
    "`",
    "{",
    "}",
    "|",
    "^",
];

const AUTHORITIES: &[&str] = &[
    "example.amazonaws.com",
    "example.com:443",
    "example.com:8443",
    "127.0.0.1:80",
    "127.0.0.1:41234",
    "[::1]:443",
    "[::1]",
    "h:0443",
];

const HEADER_NAMES: &[&str] = &[
    "x-amz-meta-a",
    "X-Amz-Meta-A",
    "content-type",
    "My-Header1",
    "zzz",
    "a",
    "user-agent",
    "x-amzn-trace-id",
    "authorization",
    "transfer-encoding",
    "x-amz-date",
    "x-amz-security-token",
    "x-amz-content-sha256",
    "x-amz-user-agent",
    "cookie",
];

/// Pieces of header values: spaces and tabs inside and around, commas. (A byte
/// that is not ASCII, which neither signer can sign, is added now and then.)
const HEADER_VALUE_PIECES: &[&[u8]] = &[
    b"a", b"B", b" ", b"  ", b"\t", b",", b"value", b"x y", b"=", b";", b"\"q\"", b"%20", b"~",
];

#[derive(Clone, Debug)]
enum Body {
    Bytes(Vec<u8>),
    Sha256(Vec<u8>),
    Unsigned,
}

#[derive(Clone, Debug)]
struct Case {
    method: &'static str,
    uri: String,
    host: Option<String>,
    headers: Vec<(&'static str, Vec<u8>)>,
    access_key: &'static str,
    secret: &'static str,
    token: Option<&'static str>,
    region: &'static str,
    service: &'static str,
    body: Body,
    single_encoding: bool,
    time: SystemTime,
    cached: bool,
}

/// One of `pieces`, or once in a hundred times `odd`.
fn mostly<T: std::fmt::Debug + ?Sized>(
    pieces: &'static [&'static T],
    odd: &'static T,
) -> impl Strategy<Value = &'static T> {
    prop_oneof![99 => select(pieces), 1 => Just(odd)]
}

fn path() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        9 => vec(mostly(PATH_PIECES, " "), 0..8).prop_map(|pieces| format!("/{}", pieces.concat())),
    ]
}

fn query() -> impl Strategy<Value = Option<String>> {
    let part = || vec(mostly(QUERY_PIECES, "\""), 0..3).prop_map(|pieces| pieces.concat());
    let pair = prop_oneof![
        part(),
        (part(), part()).prop_map(|(k, v)| format!("{k}={v}")),
        select(&["a=1", "b=2", "c=", "x-y=z", "a=0"][..]).prop_map(str::to_owned),
    ];
    proptest::option::weighted(0.8, vec(pair, 0..6).prop_map(|pairs| pairs.join("&")))
}

fn time() -> impl Strategy<Value = SystemTime> {
    let at = |secs: i64, nanos: u32| {
        let whole = Duration::from_secs(secs.unsigned_abs());
        let base = if secs >= 0 {
            UNIX_EPOCH + whole
        } else {
            UNIX_EPOCH - whole
        };
        base + Duration::from_nanos(u64::from(nanos))
    };
    prop_oneof![
        // 2015-08-30 and 2015-08-31 (UTC): keys the shared cache may hold.
        (1_440_892_800i64..1_441_065_600, 0u32..1_000_000_000).prop_map(move |(s, n)| at(s, n)),
        // 1900 to 2200.
        (-2_208_988_800i64..7_258_118_400, 0u32..1_000_000_000).prop_map(move |(s, n)| at(s, n)),
    ]
}

fn body() -> impl Strategy<Value = Body> {
    prop_oneof![
        vec(any::<u8>(), 0..2).prop_map(Body::Bytes),
        vec(any::<u8>(), 0..300).prop_map(Body::Bytes),
        vec(any::<u8>(), 0..100).prop_map(Body::Sha256),
        Just(Body::Unsigned),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let target = (
        select(&["https", "http"][..]),
        select(AUTHORITIES),
        path(),
        query(),
        proptest::option::weighted(0.1, Just("#fragment")),
        any::<bool>(),
    );
    let host = proptest::option::of(select(&["example.amazonaws.com", "  Spaced.Example.com  ", "h:1"][..]));
    let value = vec(mostly(HEADER_VALUE_PIECES, b"\xe9"), 0..5).prop_map(|pieces| pieces.concat());
    let header = (select(HEADER_NAMES), value);
    let credentials = (
        select(&["AKIDEXAMPLE", "ASIAEXAMPLE"][..]),
        select(&["wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "SECRET"][..]),
        proptest::option::of(select(&["TOKEN", "IQoJb3JpZ2luX2VjE+/=="][..])),
    );
    let scope = (
        select(&["us-east-1", "eu-west-1"][..]),
        select(&["iot-jobs-data", "service"][..]),
    );
    (
        select(&["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"][..]),
        target,
        host,
        vec(header, 0..6),
        credentials,
        scope,
        body(),
        any::<bool>(),
        time(),
        any::<bool>(),
    )
        .prop_map(
            |(method, target, host, headers, credentials, scope, body, single_encoding, time, cached)| {
                let (scheme, authority, path, query, fragment, absolute) = target;
                let mut uri = String::new();
                // A path-only URI needs a `host` header.
                let absolute = absolute || host.is_none();
                if absolute {
                    uri = format!("{scheme}://{authority}");
                }
                uri.push_str(if path.is_empty() && !absolute { "/" } else { &path });
                if let Some(query) = query {
                    uri.push('?');
                    uri.push_str(&query);
                }
                uri.push_str(fragment.unwrap_or_default());
                let (access_key, secret, token) = credentials;
                let (region, service) = scope;
                Case {
                    method,
                    uri,
                    host: host.map(str::to_owned),
                    headers,
                    access_key,
                    secret,
                    token,
                    region,
                    service,
                    body,
                    single_encoding,
                    time,
                    cached,
                }
            },
        )
}

/// The request, or `None` when a header value is not one (both signers then have
/// nothing to sign).
fn request(case: &Case) -> Option<HttpRequest> {
    let method = Method::from_bytes(case.method.as_bytes()).expect("a method");
    let mut request = HttpRequest::new(method, case.uri.clone());
    if let Some(host) = &case.host {
        request.append_header("Host", host).expect("a host header");
    }
    for (name, value) in &case.headers {
        let name = HeaderName::from_bytes(name.as_bytes()).expect("a header name");
        request.headers.append(name, HeaderValue::from_bytes(value).ok()?);
    }
    Some(request)
}

fn payload(body: &Body) -> Payload<'_> {
    match body {
        Body::Bytes(bytes) => Payload::Bytes(bytes),
        Body::Sha256(bytes) => Payload::Sha256(sha256_hex(bytes)),
        Body::Unsigned => Payload::Unsigned,
    }
}

/// How this crate signed before: `aws-sigv4`'s high-level signer.
fn reference_sign(
    request: &mut HttpRequest,
    payload: Payload<'_>,
    credentials: &Credentials,
    params: &SigningParams<'_>,
) -> Result<(), BoxError> {
    let identity = aws_credential_types::Credentials::new(
        credentials.access_key_id(),
        credentials.secret_access_key(),
        credentials.session_token().map(str::to_owned),
        None,
        "reference",
    )
    .into();
    let mut settings = SigningSettings::default();
    if matches!(payload, Payload::Unsigned) {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    if params.disable_double_encoding {
        settings.percent_encoding_mode = PercentEncodingMode::Single;
    }
    let signing_params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region(params.region)
        .name(params.name)
        .time(params.time)
        .settings(settings)
        .build()?
        .into();
    let mut headers = Vec::new();
    for (name, value) in &request.headers {
        headers.push((name.as_str(), value.to_str()?));
    }
    let body = match payload {
        Payload::Bytes(bytes) => SignableBody::Bytes(bytes),
        Payload::Sha256(hash) => SignableBody::Precomputed(hash),
        Payload::Unsigned => SignableBody::UnsignedPayload,
    };
    let signable = SignableRequest::new(request.method.as_str(), request.uri.as_str(), headers.into_iter(), body)?;
    let (instructions, _) = sign(signable, &signing_params)?.into_parts();
    for header in instructions.into_parts().0 {
        let mut value = HeaderValue::from_str(header.value())?;
        value.set_sensitive(header.sensitive());
        request.headers.insert(HeaderName::from_static(header.name()), value);
    }
    Ok(())
}

/// Every header in order: name, value and whether it is marked sensitive.
fn headers(request: &HttpRequest) -> Vec<(String, Vec<u8>, bool)> {
    request
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                value.as_bytes().to_vec(),
                value.is_sensitive(),
            )
        })
        .collect()
}

static SHARED_KEYS: LazyLock<SigningKeyCache> = LazyLock::new(SigningKeyCache::new);

proptest! {
    #![proptest_config(Config { cases: 3000, ..Config::default() })]

    #[test]
    fn signs_like_aws_sigv4(case in case()) {
        let Some(request) = request(&case) else {
            return Ok(());
        };
        let credentials = Credentials::new(case.access_key, case.secret, case.token.map(str::to_owned));
        let params = SigningParams {
            name: case.service,
            region: case.region,
            unsigned_payload: false,
            disable_double_encoding: case.single_encoding,
            time: case.time,
        };
        let mut reference = request.clone();
        let expected = reference_sign(&mut reference, payload(&case.body), &credentials, &params);
        let mut ours = request.clone();
        let got = if case.cached {
            sign_with_key_cache(&mut ours, payload(&case.body), &credentials, &params, &SHARED_KEYS)
        } else {
            sign_with_payload(&mut ours, payload(&case.body), &credentials, &params)
        };
        match (expected, got) {
            (Ok(()), Ok(())) => prop_assert_eq!(headers(&ours), headers(&reference)),
            (Err(_), Err(_)) => prop_assert_eq!(headers(&ours), headers(&request), "a refused request is left as it was"),
            (expected, got) => prop_assert!(false, "aws-sigv4: {:?}, ours: {:?}", expected, got),
        }
    }
}
