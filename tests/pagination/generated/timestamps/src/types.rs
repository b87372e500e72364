// Code generated from `tests/fixtures/timestamps.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod moment;
pub use moment::Moment;
