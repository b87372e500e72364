// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `Ping` operation.
pub mod ping;

/// The `PutRecord` operation.
pub mod put_record;

/// The `Subscribe` operation.
pub mod subscribe;
