// Code generated from `tests/fixtures/big_numbers.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `PutNumbers` operation.
pub mod put_numbers;
