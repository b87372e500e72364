// Code generated from `tests/fixtures/blobs_documents.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `PutData` operation.
pub mod put_data;
