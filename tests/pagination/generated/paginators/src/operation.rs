// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `ListAll` operation.
pub mod list_all;

/// The `ListNested` operation.
pub mod list_nested;

/// The `ListTags` operation.
pub mod list_tags;

/// The `ListThings` operation.
pub mod list_things;
