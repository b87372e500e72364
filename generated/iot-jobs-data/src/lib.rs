// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! # AWS IoT Jobs Data Plane
//!
//! The IoT Jobs data plane is the device-facing side of IoT Jobs. A job describes remote work, such as installing new firmware, rebooting, or replacing a certificate, that one or more devices registered with IoT Core should carry out.
//!
//! Devices use this API to look up the jobs waiting for them, claim the next one, report progress, and start command executions.
//!
//! Each account has its own endpoint for this API. You can look it up with `aws iot describe-endpoint --endpoint-type iot:Jobs`.
//!
//! Requests are signed with Signature Version 4 using the signing name `iot-jobs-data`.
//!
//! ## Crate layout
//!
//! - [`Client`]: one method per operation, each returning a builder of the call;
//! - [`Config`]: region, endpoint and how the client reaches the service;
//! - [`types`]: the structures, enums and unions of the model;
//! - [`operation`]: each operation's input, output and error;
//! - [`endpoint`]: the endpoint rules of the service, compiled to Rust;
//! - [`error`]: the errors the service models, and [`Error`], which every operation error converts into;
//! - [`paginator`] and [`waiter`]: helpers for paginated operations and for waiting on a state.
//!
//! ## Example
//!
//! ```no_run
//! # async fn example() -> Result<(), iot_jobs_data::Error> {
//! let config = iot_jobs_data::Config::builder().region("us-east-1").build();
//! let client = iot_jobs_data::Client::new(config);
//! // Set the input members with the builder's methods, then send.
//! let output = client.describe_job_execution().send().await?;
//! # let _ = output;
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![allow(clippy::result_large_err)]
mod client;
pub mod config;
mod de;
pub mod endpoint;
pub mod error;
pub mod operation;
pub mod paginator;
pub mod types;
pub mod waiter;
pub use client::Client;
pub use config::Config;
pub use error::Error;
