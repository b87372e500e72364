// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `Ping` operation.
pub mod ping;

/// The `RecordEntry` operation.
pub mod record_entry;
