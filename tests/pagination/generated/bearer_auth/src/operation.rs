// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `GetSpace` operation.
pub mod get_space;

/// The `VerifySession` operation.
pub mod verify_session;
