// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! # StreamService
//!
//! Fixture: host prefixes, event streams and unsigned operations.
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
//! ## Unsupported features
//!
//! This crate was generated although the model uses features the generator does not implement:
//!
//! - **Not supported** (`example.streams#Subscribe`, generated with `--allow-unsupported event-stream`): member `example.streams#SubscribeOutput$events` streams events, which are not implemented: the operation is generated, but its `send` fails before sending.
//!
//! ## Example
//!
//! ```no_run
//! # async fn example() -> Result<(), streams_and_prefixes_fixture::Error> {
//! let config = streams_and_prefixes_fixture::Config::builder().region("us-east-1").build();
//! let client = streams_and_prefixes_fixture::Client::new(config);
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
pub mod endpoint;
pub mod error;
pub mod operation;
pub mod paginator;
pub mod types;
pub mod waiter;
pub use client::Client;
pub use config::Config;
pub use error::Error;
