// Code generated from `tests/fixtures/bearer_auth.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! The structures, enums and unions of the model.
