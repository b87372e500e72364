//! Serde helpers for the generated (de)serializers, used with `#[serde(with = "...")]`.
//!
//! * [`timestamp`]: `DateTime` in each Smithy timestamp format;
//! * [`float`]: `f32`/`f64` with restJson1's `"NaN"`, `"Infinity"`, `"-Infinity"`;
//! * [`nested`]: timestamps inside lists, maps and options, in one format.
//!
//! Each module has an `option` submodule for `Option<_>` fields; combine it with
//! `default` (and `skip_serializing_if = "Option::is_none"` when serializing).

pub mod float;
pub mod nested;
pub mod timestamp;
