//! Support code shared by every generated client crate.
//!
//! * Smithy value types: [`DateTime`] (with [`TimestampFormat`]), [`Blob`], [`Document`],
//!   and [`ByteStream`] for `@streaming` blobs;
//! * serde helpers for the generated (de)serializers: [`serde`];
//! * errors: [`error::BuildError`], [`error::UnhandledError`], [`error::ErrorMetadata`]
//!   (status, code, message and request id of every error, through
//!   [`error::ProvideErrorMetadata`]);
//! * the client runtime: [`ClientConfig`] (region, [`credentials`] or
//!   [`DeviceCertificate`], endpoint override, [`RetryConfig`], [`TimeoutConfig`],
//!   [`BodyLimits`], [`http::HttpTransport`]) and [`ClientRuntime::send`], which joins a serialized
//!   [`http::HttpRequest`] with a resolved [`endpoint::Endpoint`], signs it
//!   ([`sigv4`], with the clock corrected for [`clock_skew`]), and sends it with
//!   retries ([`retry`]) and timeouts;
//! * protocol helpers for error responses: [`protocol::rest_json`] (restJson1),
//!   [`protocol::aws_json`] (awsJson1_0, awsJson1_1), and [`protocol::Protocol`],
//!   which [`Operation::protocol`] names;
//! * endpoint rules support: [`endpoint`];
//! * test doubles for users' tests: [`test_util`].
//!
//! # Features
//!
//! * `default-transport` (default): `transport::HyperTransport`, HTTPS with hyper 1
//!   and rustls (`ring`). Turn it off when you bring your own [`http::HttpTransport`].
//! * `aws-config`: `ClientConfigBuilder::from_sdk_config` takes region and
//!   credentials from an `aws_types::SdkConfig`.
#![deny(missing_docs)]

pub mod auth;
mod base_url;
mod big_number;
mod blob;
pub mod byte_stream;
mod client;
pub mod clock_skew;
mod config;
pub mod credentials;
mod datetime;
pub mod endpoint;
pub mod error;
pub mod http;
pub mod json;
pub mod limits;
pub mod paginator;
pub mod protocol;
pub mod retry;
pub mod serde;
pub mod sigv4;
pub mod sleep;
mod stall;
pub mod test_util;
pub mod tls;
#[cfg(feature = "default-transport")]
pub mod transport;
pub mod waiter;

pub use auth::AuthMode;
pub use big_number::{BigDecimal, BigInteger, ParseBigNumberError};
pub use blob::Blob;
pub use byte_stream::ByteStream;
pub use client::{join_url, ClientRuntime, Operation};
pub use config::{AccountIdEndpointMode, ClientConfig, ClientConfigBuilder, EndpointSetting};
pub use datetime::{DateTime, DateTimeParseError, DateTimeRangeError, TimestampFormat};
pub use limits::BodyLimits;
pub use retry::RetryConfig;
pub use sleep::TimeoutConfig;
pub use tls::DeviceCertificate;

/// Smithy's `document` type: untyped JSON-like data, as [`serde_json::Value`].
///
/// restJson1 writes a document as plain JSON, so the generated code (de)serializes
/// it as is.
pub type Document = serde_json::Value;

/// A fresh idempotency token (a random version 4 UUID, `8-4-4-4-12` lowercase hex),
/// for `@idempotencyToken` members the caller left unset.
pub fn idempotency_token() -> String {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&fastrand::u64(..).to_le_bytes());
    bytes[8..].copy_from_slice(&fastrand::u64(..).to_le_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let digits = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &digits[..8],
        &digits[8..12],
        &digits[12..16],
        &digits[16..20],
        &digits[20..]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn idempotency_tokens_are_v4_uuids() {
        let a = super::idempotency_token();
        let b = super::idempotency_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "{a}");
        assert_eq!(a.matches('-').count(), 4);
    }
}
