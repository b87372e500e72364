// Code generated from `tests/fixtures/big_numbers.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
