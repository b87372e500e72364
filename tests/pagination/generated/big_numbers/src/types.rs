// Code generated from `tests/fixtures/big_numbers.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! The structures, enums and unions of the model.
