// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! # Shelf (restXml)
//!
//! Fixture: a restXml service. HTTP bindings as restJson1, XML bodies, errors in `<ErrorResponse><Error>`.
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
//! # async fn example() -> Result<(), rest_xml_fixture::Error> {
//! let config = rest_xml_fixture::Config::builder().region("us-east-1").build();
//! let client = rest_xml_fixture::Client::new(config);
//! // Set the input members with the builder's methods, then send.
//! let output = client.get_shelf().send().await?;
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
