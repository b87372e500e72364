// Code generated from `tests/fixtures/aws_json_query_compatible.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `SendMessage` operation.
pub mod send_message;
