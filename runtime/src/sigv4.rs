//! SigV4 request signing with the `aws-sigv4` crate.

use std::time::SystemTime;

use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

use crate::credentials::Credentials;
use crate::error::BoxError;
use crate::http::{HeaderName, HeaderValue, HttpRequest};

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
pub fn sign_with_payload(
    request: &mut HttpRequest,
    payload: Payload<'_>,
    credentials: &Credentials,
    params: &SigningParams<'_>,
) -> Result<(), BoxError> {
    let identity: Identity = aws_credential_types::Credentials::new(
        credentials.access_key_id(),
        credentials.secret_access_key(),
        credentials.session_token().map(str::to_owned),
        credentials.expiry(),
        "smithy-runtime",
    )
    .into();
    let mut settings = SigningSettings::default();
    if matches!(payload, Payload::Unsigned) {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    if params.disable_double_encoding {
        settings.percent_encoding_mode = PercentEncodingMode::Single;
    }
    let signing_params = v4::SigningParams::builder()
        .identity(&identity)
        .region(params.region)
        .name(params.name)
        .time(params.time)
        .settings(settings)
        .build()?
        .into();
    let mut headers = Vec::with_capacity(request.headers.len());
    for (name, value) in &request.headers {
        let value = value
            .to_str()
            .map_err(|_| format!("header `{name}` is not valid UTF-8 and cannot be signed"))?;
        headers.push((name.as_str(), value));
    }
    let body = match payload {
        Payload::Bytes(bytes) => SignableBody::Bytes(bytes),
        Payload::Sha256(hash) => SignableBody::Precomputed(hash),
        Payload::Unsigned => SignableBody::UnsignedPayload,
    };
    let signable = SignableRequest::new(request.method.as_str(), request.uri.as_str(), headers.into_iter(), body)?;
    let (instructions, _signature) = sign(signable, &signing_params)?.into_parts();
    let (new_headers, _params) = instructions.into_parts();
    for header in new_headers {
        let mut value = HeaderValue::from_str(header.value())?;
        value.set_sensitive(header.sensitive());
        request.headers.insert(HeaderName::from_static(header.name()), value);
    }
    Ok(())
}

/// The SHA-256 of `data`, lowercase hex (what [`Payload::Sha256`] holds).
pub fn sha256_hex(data: &[u8]) -> String {
    let mut hasher = Sha256Hasher::new();
    hasher.update(data);
    hasher.finish()
}

/// An incremental SHA-256, for bodies read in chunks.
#[derive(Clone, Debug, Default)]
pub struct Sha256Hasher(sha2::Sha256);

impl Sha256Hasher {
    /// A new hasher.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hashes more data.
    pub fn update(&mut self, data: &[u8]) {
        sha2::Digest::update(&mut self.0, data);
    }

    /// The hash, lowercase hex.
    pub fn finish(self) -> String {
        let digest = sha2::Digest::finalize(self.0);
        digest.iter().map(|b| format!("{b:02x}")).collect()
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
}
