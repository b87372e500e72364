// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `GetTree` operation.
pub mod get_tree;
