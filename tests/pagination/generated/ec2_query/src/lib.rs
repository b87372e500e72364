// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! # Fleet (ec2Query)
//!
//! Fixture: an ec2Query service. Every call is `POST /` with a form body of capitalized keys and flattened lists; responses and errors are XML.
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
//! # async fn example() -> Result<(), ec2_query_fixture::Error> {
//! let config = ec2_query_fixture::Config::builder().region("us-east-1").build();
//! let client = ec2_query_fixture::Client::new(config);
//! // Set the input members with the builder's methods, then send.
//! let output = client.ping().send().await?;
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
mod ser;
pub mod endpoint;
pub mod error;
pub mod operation;
pub mod paginator;
pub mod types;
pub mod waiter;
pub use client::Client;
pub use config::Config;
pub use error::Error;
