//! Helpers shared by the wire tests: a client pointed at a local
//! [`TestServer`], SigV4 verification of a recorded request, percent-decoding.
#![allow(dead_code)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use iot_jobs_data::config::{Credentials, RetryConfig};
use iot_jobs_data::{Client, Config};
use smithy_runtime::http::HttpRequest;
use smithy_runtime::sigv4::{sign_request, SigningParams};
use smithy_runtime::test_util::{RecordedRequest, TestServer};

pub const ACCESS_KEY: &str = "AKID";
pub const SECRET_KEY: &str = "SECRET";

/// The client configuration every test starts from: the brief's documented setup,
/// pointed at `server`, with retries that do not wait.
pub fn config(server: &TestServer) -> iot_jobs_data::config::Builder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new(ACCESS_KEY, SECRET_KEY, None))
        .endpoint_url(server.url())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::ZERO))
}

/// A client for `server` (3 attempts, no backoff).
pub fn client(server: &TestServer) -> Client {
    Client::new(config(server).build())
}

/// A client for `server` that never retries (one request per call).
pub fn client_no_retry(server: &TestServer) -> Client {
    Client::new(config(server).retry_config(RetryConfig::disabled()).build())
}

/// Checks that `request` carries a valid SigV4 signature for service
/// `iot-jobs-data` in `us-east-1` with the test credentials, signing exactly
/// `signed_headers`: parses `Authorization` and `x-amz-date`, then signs again
/// what the server received and compares the signatures.
pub fn assert_sigv4(request: &RecordedRequest, signed_headers: &str) {
    let auth = request.header("authorization").expect("Authorization header");
    let amz_date = request.header("x-amz-date").expect("x-amz-date header");
    assert_eq!(amz_date.len(), 16, "x-amz-date {amz_date}");
    assert!(
        amz_date[..8].bytes().all(|b| b.is_ascii_digit())
            && &amz_date[8..9] == "T"
            && amz_date[9..15].bytes().all(|b| b.is_ascii_digit())
            && amz_date.ends_with('Z'),
        "x-amz-date is not YYYYMMDDTHHMMSSZ: {amz_date}"
    );
    let expected_prefix = format!(
        "AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/{}/us-east-1/iot-jobs-data/aws4_request, SignedHeaders={signed_headers}, Signature=",
        &amz_date[..8]
    );
    assert!(
        auth.starts_with(&expected_prefix),
        "Authorization `{auth}` does not start with `{expected_prefix}`"
    );
    let signature = &auth[expected_prefix.len()..];
    assert!(
        signature.len() == 64 && signature.bytes().all(|b| b.is_ascii_hexdigit()),
        "signature {signature}"
    );
    assert!(request.header("x-amz-security-token").is_none());

    // Sign again what the server received, as the service does.
    let host = request.header("host").expect("host header");
    let mut again =
        HttpRequest::new(request.method.clone(), format!("http://{host}{}", request.uri)).body(request.body.clone());
    for name in signed_headers.split(';').filter(|n| *n != "x-amz-date") {
        let value = request
            .headers
            .get(name)
            .unwrap_or_else(|| panic!("signed header {name} missing"));
        again.headers.insert(
            smithy_runtime::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.clone(),
        );
    }
    let params = SigningParams {
        name: "iot-jobs-data",
        region: "us-east-1",
        unsigned_payload: false,
        disable_double_encoding: false,
        time: parse_amz_date(amz_date),
    };
    sign_request(
        &mut again,
        &smithy_runtime::credentials::Credentials::new(ACCESS_KEY, SECRET_KEY, None),
        &params,
    )
    .unwrap();
    assert_eq!(
        again.header_str("authorization"),
        Some(auth),
        "the signature does not match the request the server received"
    );
}

/// `20261126T101500Z` as a time.
pub fn parse_amz_date(text: &str) -> SystemTime {
    let n = |range: std::ops::Range<usize>| text[range].parse::<i64>().unwrap();
    let (y, m, d) = (n(0..4), n(4..6), n(6..8));
    let (hh, mm, ss) = (n(9..11), n(11..13), n(13..15));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    UNIX_EPOCH + Duration::from_secs((days * 86_400 + hh * 3600 + mm * 60 + ss) as u64)
}

/// Decodes `%XX` escapes (panics on invalid escapes or UTF-8).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Whether `token` is a version 4 UUID (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`, lowercase).
pub fn is_uuid_v4(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    lens == [8, 4, 4, 4, 12]
        && parts
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        && parts[2].starts_with('4')
        && matches!(&parts[3][..1], "8" | "9" | "a" | "b")
}
