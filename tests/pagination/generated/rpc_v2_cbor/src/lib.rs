// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! # Tally (rpcv2Cbor)
//!
//! Fixture: an rpcv2Cbor service. Every call is `POST /service/TallyService/operation/{Operation}` with a CBOR body; HTTP binding traits are ignored.
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
//! # async fn example() -> Result<(), rpc_v2_cbor_fixture::Error> {
//! let config = rpc_v2_cbor_fixture::Config::builder().region("us-east-1").build();
//! let client = rpc_v2_cbor_fixture::Client::new(config);
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
