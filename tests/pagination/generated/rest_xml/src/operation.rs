// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `GetShelf` operation.
pub mod get_shelf;

/// The `PutBook` operation.
pub mod put_book;
