// Code generated from `tests/fixtures/timestamps.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `GetTimes` operation.
pub mod get_times;
