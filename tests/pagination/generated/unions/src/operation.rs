// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `SetValue` operation.
pub mod set_value;
