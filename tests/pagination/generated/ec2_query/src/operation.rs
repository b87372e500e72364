// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `Ping` operation.
pub mod ping;

/// The `SendMessage` operation.
pub mod send_message;
