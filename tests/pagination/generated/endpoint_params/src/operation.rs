// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `DeleteThing` operation.
pub mod delete_thing;

/// The `GetThing` operation.
pub mod get_thing;

/// The `ListKinds` operation.
pub mod list_kinds;

/// The `ListThings` operation.
pub mod list_things;

/// The `PutThing` operation.
pub mod put_thing;

/// The `TagThings` operation.
pub mod tag_things;
