// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
