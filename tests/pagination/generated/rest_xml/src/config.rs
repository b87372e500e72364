// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! How a [`Client`](crate::Client) of Shelf (restXml) reaches the service: region, credentials or device certificate, endpoint, retries, timeouts, response body limits and HTTP transport.
pub use ::smithy_runtime::credentials::{Credentials, ProvideCredentials};
pub use ::smithy_runtime::{ClientConfig as Config, ClientConfigBuilder as Builder};
pub use ::smithy_runtime::{BodyLimits, DeviceCertificate, RetryConfig, TimeoutConfig};
