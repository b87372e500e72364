// Code generated from `tests/fixtures/big_numbers.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `PutNumbers` operation.
pub mod put_numbers;
