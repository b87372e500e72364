// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod moment;
pub use moment::Moment;
