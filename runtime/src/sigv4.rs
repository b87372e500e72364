//! SigV4 request signing.
//!
//! The canonical request is written into one buffer, by the rules of the
//! `aws-sigv4` crate with its default settings, and hashed;
//! the signing key is derived with HMAC-SHA256 (`hmac`, `sha2`) once per secret
//! key, day, region and service when a [`SigningKeyCache`] is passed. `aws-sigv4`
//! is the reference the tests hold it to: its key derivation, and its whole
//! signatures of random requests.
//! Each signature emits a `trace` event whose `canonical_request` field is the
//! canonical request with the session token and other sensitive values hidden.

mod canonical;
mod key_cache;
mod time;

use std::time::SystemTime;

use hmac::Mac;
use sha2::{Digest, Sha256};

use crate::credentials::Credentials;
use crate::error::BoxError;
use crate::http::{Bytes, HeaderName, HeaderValue, HttpRequest};
use canonical::{CanonicalRequest, PathEncoding, SignerHeaders};
pub use key_cache::SigningKeyCache;
use key_cache::SigningMac;
use time::SigningTime;

/// The SHA-256 of an empty payload, lowercase hex.
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
const ALGORITHM: &str = "AWS4-HMAC-SHA256";
const X_AMZ_DATE: HeaderName = HeaderName::from_static("x-amz-date");
const X_AMZ_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-amz-security-token");
const X_AMZ_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-amz-content-sha256");

/// What to sign with, besides the credentials.
#[derive(Clone, Debug)]
pub struct SigningParams<'a> {
    /// The signing name (`iot-jobs-data`).
    pub name: &'a str,
    /// The signing region (`us-east-1`).
    pub region: &'a str,
    /// Sign with `UNSIGNED-PAYLOAD` instead of the body's hash (operations marked
    /// `@unsignedPayload`); sends `x-amz-content-sha256: UNSIGNED-PAYLOAD`.
    pub unsigned_payload: bool,
    /// URI-encode the path once instead of twice (`disableDoubleEncoding` of the
    /// endpoint's auth scheme; S3 sets it).
    pub disable_double_encoding: bool,
    /// The signing time.
    pub time: SystemTime,
}

/// Signs `request` in place: adds `x-amz-date`, `authorization`, the session token
/// header (`x-amz-security-token`) when the credentials have one, and
/// `x-amz-content-sha256` only for unsigned payloads.
///
/// `request.uri` must be absolute. The `host` header is signed: set it (the
/// runtime does) or it is taken from the URI.
pub fn sign_request(
    request: &mut HttpRequest,
    credentials: &Credentials,
    params: &SigningParams<'_>,
) -> Result<(), BoxError> {
    let body = std::mem::take(&mut request.body);
    let payload = if params.unsigned_payload {
        Payload::Unsigned
    } else {
        Payload::Bytes(&body)
    };
    let result = sign_with_payload(request, payload, credentials, params);
    request.body = body;
    result
}

/// What the signature covers of a request's body.
#[derive(Clone, Debug)]
pub enum Payload<'a> {
    /// These bytes (hashed now).
    Bytes(&'a [u8]),
    /// A body whose SHA-256 (lowercase hex) was computed beforehand.
    Sha256(String),
    /// `UNSIGNED-PAYLOAD`: sends `x-amz-content-sha256: UNSIGNED-PAYLOAD`.
    Unsigned,
}

/// Signs the method, URI and headers of `request` (not its `body`, which may be
/// empty because the real body streams), with the signature covering `payload`.
/// [`SigningParams::unsigned_payload`] is ignored: `payload` says it.
///
/// Derives the signing key for this one signature; [`sign_with_key_cache`]
/// reuses it across requests.
pub fn sign_with_payload(
    request: &mut HttpRequest,
    payload: Payload<'_>,
    credentials: &Credentials,
    params: &SigningParams<'_>,
) -> Result<(), BoxError> {
    sign_with_key_cache(request, payload, credentials, params, &SigningKeyCache::new())
}

/// [`sign_with_payload`], with the signing key taken from `keys` when it holds the
/// key of these credentials, day, region and service (and stored there otherwise).
pub fn sign_with_key_cache(
    request: &mut HttpRequest,
    payload: Payload<'_>,
    credentials: &Credentials,
    params: &SigningParams<'_>,
    keys: &SigningKeyCache,
) -> Result<(), BoxError> {
    let stamp = SigningTime::new(params.time)?;
    let date_time = std::str::from_utf8(stamp.date_time())?;
    let mut payload_hex = [0; 64];
    let payload_hash = match &payload {
        Payload::Bytes([]) => EMPTY_SHA256,
        Payload::Bytes(bytes) => sha256_hex_into(bytes, &mut payload_hex),
        Payload::Sha256(hash) => hash,
        Payload::Unsigned => UNSIGNED_PAYLOAD,
    };
    let unsigned = matches!(payload, Payload::Unsigned);
    let security_token = credentials.session_token();
    // Every value the request gets is checked before the request changes.
    let date_value = HeaderValue::from_str(date_time)?;
    let token_value = match security_token {
        Some(token) => {
            let mut value = HeaderValue::from_str(token)?;
            value.set_sensitive(true);
            Some(value)
        }
        None => None,
    };

    let encoding = if params.disable_double_encoding {
        PathEncoding::Single
    } else {
        PathEncoding::Double
    };
    let signer_headers = SignerHeaders {
        date_time,
        security_token,
        content_sha256: unsigned.then_some(UNSIGNED_PAYLOAD),
    };
    let canonical = CanonicalRequest::new(
        request.method.as_str(),
        &request.uri,
        &request.headers,
        signer_headers,
        payload_hash,
        encoding,
    )?;
    tracing::trace!(canonical_request = %canonical.redacted());
    let mut canonical_hex = [0; 64];
    let canonical_hash = sha256_hex_into(canonical.as_bytes(), &mut canonical_hex);

    let scope = [
        stamp.date(),
        b"/",
        params.region.as_bytes(),
        b"/",
        params.name.as_bytes(),
        b"/aws4_request",
    ];
    let secret = credentials.secret_access_key();
    let mac = keys.mac(secret, &stamp, params.region, params.name);
    let signature = signature(mac, &stamp, &scope, canonical_hash);
    let authorization = authorization(
        credentials.access_key_id(),
        &scope,
        canonical.signed_names(),
        &signature,
    )?;
    drop(canonical);

    let headers = &mut request.headers;
    headers.insert(X_AMZ_DATE, date_value);
    headers.insert(::http::header::AUTHORIZATION, authorization);
    if unsigned {
        headers.insert(X_AMZ_CONTENT_SHA256, HeaderValue::from_static(UNSIGNED_PAYLOAD));
    }
    if let Some(token) = token_value {
        headers.insert(X_AMZ_SECURITY_TOKEN, token);
    }
    Ok(())
}

/// The credential scope, in pieces: `20150830`, `/`, region, `/`, service,
/// `/aws4_request`.
type Scope<'a> = [&'a [u8]; 6];

/// The signature (lowercase hex): the HMAC, under the signing key in `mac`, of
/// the string to sign, fed to it piece by piece.
fn signature(mut mac: SigningMac, stamp: &SigningTime, scope: &Scope<'_>, canonical_hash: &str) -> [u8; 64] {
    mac.update(ALGORITHM.as_bytes());
    mac.update(b"\n");
    mac.update(stamp.date_time());
    mac.update(b"\n");
    for piece in scope {
        mac.update(piece);
    }
    mac.update(b"\n");
    mac.update(canonical_hash.as_bytes());
    let mut signature = [0; 64];
    hex::encode_to_slice(mac.finalize().into_bytes(), &mut signature).expect("64 hex digits for 32 bytes");
    signature
}

/// `AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request,
/// SignedHeaders=host;x-amz-date, Signature=...`, written in one allocation.
fn authorization(
    access_key_id: &str,
    scope: &Scope<'_>,
    signed_names: &str,
    signature: &[u8; 64],
) -> Result<HeaderValue, BoxError> {
    let [date, _, region, _, name, request_type] = *scope;
    let pieces: [&[u8]; 14] = [
        ALGORITHM.as_bytes(),
        b" Credential=",
        access_key_id.as_bytes(),
        b"/",
        date,
        b"/",
        region,
        b"/",
        name,
        request_type,
        b", SignedHeaders=",
        signed_names.as_bytes(),
        b", Signature=",
        signature,
    ];
    let mut value = Vec::with_capacity(pieces.iter().map(|piece| piece.len()).sum());
    for piece in pieces {
        value.extend_from_slice(piece);
    }
    Ok(HeaderValue::from_maybe_shared(Bytes::from(value))?)
}

/// The SHA-256 of `data`, lowercase hex, written into `out`.
fn sha256_hex_into<'o>(data: &[u8], out: &'o mut [u8; 64]) -> &'o str {
    hex::encode_to_slice(Sha256::digest(data), out).expect("64 hex digits for 32 bytes");
    std::str::from_utf8(out).expect("hex digits are ASCII")
}

/// The SHA-256 of `data`, lowercase hex (what [`Payload::Sha256`] holds).
pub fn sha256_hex(data: &[u8]) -> String {
    let mut hasher = Sha256Hasher::new();
    hasher.update(data);
    hasher.finish()
}

/// An incremental SHA-256, for bodies read in chunks.
#[derive(Clone, Debug, Default)]
pub struct Sha256Hasher(Sha256);

impl Sha256Hasher {
    /// A new hasher.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hashes more data.
    pub fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }

    /// The hash, lowercase hex.
    pub fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Method;
    use std::time::{Duration, UNIX_EPOCH};

    fn vanilla_time() -> SystemTime {
        // 2015-08-30T12:36:00Z
        UNIX_EPOCH + Duration::from_secs(1_440_938_160)
    }

    #[test]
    fn get_vanilla() {
        let mut req = HttpRequest::new(Method::GET, "https://example.amazonaws.com/")
            .header("host", "example.amazonaws.com")
            .unwrap();
        let creds = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None);
        let params = SigningParams {
            name: "service",
            region: "us-east-1",
            unsigned_payload: false,
            disable_double_encoding: false,
            time: vanilla_time(),
        };
        sign_request(&mut req, &creds, &params).unwrap();
        assert_eq!(req.header_str("x-amz-date"), Some("20150830T123600Z"));
        assert_eq!(
            req.header_str("authorization"),
            Some(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
                 SignedHeaders=host;x-amz-date, \
                 Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
            )
        );
        assert!(req.headers.get("x-amz-content-sha256").is_none());
        assert!(req.headers.get("x-amz-security-token").is_none());
        assert!(!format!("{req:?}").contains("5fa00fa3"), "signature redacted in Debug");
    }

    #[test]
    fn session_token_and_unsigned_payload() {
        let mut req = HttpRequest::new(
            Method::PUT,
            "https://data.jobs.iot.us-east-1.amazonaws.com/things/t/jobs/j",
        )
        .header("host", "data.jobs.iot.us-east-1.amazonaws.com")
        .unwrap()
        .body("{}");
        let creds = Credentials::new("AKID", "SECRET", Some("TOKEN".into()));
        let params = SigningParams {
            name: "iot-jobs-data",
            region: "eu-west-1",
            unsigned_payload: true,
            disable_double_encoding: false,
            time: vanilla_time(),
        };
        sign_request(&mut req, &creds, &params).unwrap();
        assert_eq!(req.header_str("x-amz-security-token"), Some("TOKEN"));
        assert_eq!(req.header_str("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));
        let auth = req.header_str("authorization").unwrap();
        assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKID/20150830/eu-west-1/iot-jobs-data/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature="), "{auth}");
        assert!(!format!("{req:?}").contains("TOKEN"));
    }

    #[test]
    fn precomputed_hash_signs_like_the_bytes() {
        let creds = Credentials::new("AKID", "SECRET", None);
        let params = SigningParams {
            name: "svc",
            region: "us-east-1",
            unsigned_payload: false,
            disable_double_encoding: false,
            time: vanilla_time(),
        };
        let head = HttpRequest::new(Method::PUT, "https://h.example.com/o")
            .header("host", "h.example.com")
            .unwrap();
        let mut with_bytes = head.clone().body("file contents");
        sign_request(&mut with_bytes, &creds, &params).unwrap();
        let mut with_hash = head;
        let hash = sha256_hex(b"file contents");
        sign_with_payload(&mut with_hash, Payload::Sha256(hash), &creds, &params).unwrap();
        assert_eq!(
            with_bytes.header_str("authorization"),
            with_hash.header_str("authorization")
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn an_empty_body_signs_as_the_hash_of_nothing() {
        assert_eq!(EMPTY_SHA256, sha256_hex(b""));
        let creds = Credentials::new("AKID", "SECRET", None);
        let params = SigningParams {
            name: "svc",
            region: "us-east-1",
            unsigned_payload: false,
            disable_double_encoding: false,
            time: vanilla_time(),
        };
        let head = HttpRequest::new(Method::GET, "https://h.example.com/o");
        let mut empty = head.clone();
        sign_with_payload(&mut empty, Payload::Bytes(b""), &creds, &params).unwrap();
        let mut hashed = head;
        sign_with_payload(&mut hashed, Payload::Sha256(sha256_hex(b"")), &creds, &params).unwrap();
        assert_eq!(empty.header_str("authorization"), hashed.header_str("authorization"));
    }

    #[test]
    fn a_shared_key_cache_signs_correctly_across_midnight() {
        let creds = Credentials::new("AKID", "SECRET", Some("TOKEN".into()));
        let keys = SigningKeyCache::new();
        // 2015-08-30T23:59:59Z, then 2015-08-31T00:00:01Z and 00:00:02Z.
        let before = UNIX_EPOCH + Duration::from_secs(1_440_979_199);
        let times = [before, before + Duration::from_secs(2), before + Duration::from_secs(3)];
        let mut dates = Vec::new();
        for time in times {
            let params = SigningParams {
                name: "svc",
                region: "us-east-1",
                unsigned_payload: false,
                disable_double_encoding: false,
                time,
            };
            let head = HttpRequest::new(Method::GET, "https://h.example.com/o?a=1");
            let mut cached = head.clone();
            sign_with_key_cache(&mut cached, Payload::Bytes(b"body"), &creds, &params, &keys).unwrap();
            let mut fresh = head;
            sign_with_payload(&mut fresh, Payload::Bytes(b"body"), &creds, &params).unwrap();
            assert_eq!(cached.headers, fresh.headers);
            let date = cached.header_str("x-amz-date").unwrap()[..8].to_owned();
            let authorization = cached.header_str("authorization").unwrap();
            assert!(
                authorization.contains(&format!("Credential=AKID/{date}/us-east-1/svc/aws4_request")),
                "{authorization}"
            );
            dates.push(date);
        }
        assert_eq!(dates, ["20150830", "20150831", "20150831"]);
        assert_eq!(keys.derivations(), 2, "one key per day");
    }
}
