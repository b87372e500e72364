// Code generated from `tests/fixtures/big_numbers.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! How a [`Client`](crate::Client) of NumberService reaches the service: region, credentials or device certificate, endpoint, retries, timeouts and HTTP transport.
pub use ::smithy_runtime::credentials::{Credentials, ProvideCredentials};
pub use ::smithy_runtime::{ClientConfig as Config, ClientConfigBuilder as Builder};
pub use ::smithy_runtime::{DeviceCertificate, RetryConfig, TimeoutConfig};
