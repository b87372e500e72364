// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `Ping` operation.
pub mod ping;

/// The `RecordScore` operation.
pub mod record_score;
