//! Endpoint resolution support: the types that generated endpoint resolvers return,
//! and the Smithy rules-engine standard library they call.
//!
//! Code generated from a service's `smithy.rules#endpointRuleSet` is plain Rust that
//! calls the functions of this module; nothing here interprets a rule set at run time.
//!
//! - [`Endpoint`] and [`EndpointError`]: the result of a resolver.
//! - [`Document`]: the value type of endpoint properties (`authSchemes`, ...).
//! - The standard library ([`boolean_equals`], [`string_equals`], [`is_set`], [`not`],
//!   [`get_attr`], [`substring`], [`uri_encode`], [`parse_url`],
//!   [`is_valid_host_label`], and [`split`] of rules engine 1.1) and the AWS
//!   functions in [`aws`] (`aws.partition`,
//!   `aws.parseArn`, `aws.isVirtualHostableS3Bucket`).

pub mod aws;
mod functions;
#[rustfmt::skip]
mod partitions;

use std::collections::BTreeMap;
use std::fmt;

pub use functions::{
    boolean_equals, get_attr, is_set, is_valid_host_label, not, parse_url, split, string_equals, substring, uri_encode,
    Url,
};

/// A JSON-like value (`serde_json::Value`): the type of endpoint properties and of
/// `getAttr` inputs. Re-exported here so that generated endpoint code needs no direct
/// dependency on `serde_json`.
pub use crate::Document;

/// Builds a [`Document`] object from `(key, value)` pairs; generated code uses it
/// for endpoint properties such as the entries of `authSchemes`.
pub fn object<const N: usize>(entries: [(&str, Document); N]) -> Document {
    Document::Object(
        entries
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
}

/// A resolved endpoint: the URL to send requests to, extra headers, and properties
/// such as the auth schemes (`authSchemes`) the endpoint requires.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Endpoint {
    /// The endpoint URL, e.g. `https://data.jobs.iot.us-east-1.amazonaws.com`.
    pub url: String,
    /// Headers to add to every request sent to this endpoint, by name.
    pub headers: BTreeMap<String, Vec<String>>,
    /// Endpoint properties by name, e.g. `authSchemes`.
    pub properties: BTreeMap<String, Document>,
}

impl Endpoint {
    /// An endpoint with the given URL, no headers and no properties.
    pub fn new(url: impl Into<String>) -> Self {
        Endpoint {
            url: url.into(),
            headers: BTreeMap::new(),
            properties: BTreeMap::new(),
        }
    }

    /// Adds one value of header `name` (a header may have several values).
    #[must_use]
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.entry(name.into()).or_default().push(value.into());
        self
    }

    /// Sets property `name` to `value`.
    #[must_use]
    pub fn with_property(mut self, name: impl Into<String>, value: Document) -> Self {
        self.properties.insert(name.into(), value);
        self
    }

    /// The endpoint with `prefix` put before its host, for operations with an
    /// `@endpoint` host prefix (`env.` makes `https://env.example.com`). The
    /// prefix must be made of valid host labels ending with `.`.
    ///
    /// ```
    /// use smithy_runtime::endpoint::Endpoint;
    /// let endpoint = Endpoint::new("https://airflow.us-east-1.amazonaws.com/base").with_host_prefix("env.").unwrap();
    /// assert_eq!(endpoint.url, "https://env.airflow.us-east-1.amazonaws.com/base");
    /// assert!(Endpoint::new("https://example.com").with_host_prefix("a/b.").is_err());
    /// ```
    pub fn with_host_prefix(mut self, prefix: &str) -> Result<Self, EndpointError> {
        let labels = prefix.strip_suffix('.').unwrap_or(prefix);
        let valid = !labels.is_empty()
            && labels
                .split('.')
                .all(|label| functions::is_valid_host_label(label, false));
        if !valid {
            return Err(EndpointError::new(format!(
                "host prefix `{prefix}` is not a valid host name"
            )));
        }
        let Some((scheme, rest)) = self.url.split_once("://") else {
            return Err(EndpointError::new(format!("endpoint `{}` has no scheme", self.url)));
        };
        let separator = if prefix.ends_with('.') { "" } else { "." };
        self.url = format!("{scheme}://{prefix}{separator}{rest}");
        Ok(self)
    }
}

/// Endpoint resolution failed: the rule set's error message (e.g. "Invalid
/// Configuration: FIPS and custom endpoint are not supported"), or a missing
/// required parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointError {
    message: String,
}

impl EndpointError {
    /// An error with the given message.
    pub fn new(message: impl Into<String>) -> Self {
        EndpointError {
            message: message.into(),
        }
    }

    /// The error message, as written in the rule set.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EndpointError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_builder_collects_headers_and_properties() {
        let endpoint = Endpoint::new("https://example.com")
            .with_header("x-a", "1")
            .with_header("x-a", "2")
            .with_property(
                "authSchemes",
                Document::Array(vec![object([("name", Document::from("sigv4"))])]),
            );
        assert_eq!(endpoint.url, "https://example.com");
        assert_eq!(endpoint.headers["x-a"], vec!["1", "2"]);
        assert_eq!(
            endpoint.properties["authSchemes"],
            serde_json::json!([{ "name": "sigv4" }])
        );
    }

    #[test]
    fn error_displays_message() {
        let error = EndpointError::new("Invalid Configuration: Missing Region");
        assert_eq!(error.message(), "Invalid Configuration: Missing Region");
        assert_eq!(error.to_string(), "Invalid Configuration: Missing Region");
    }
}
