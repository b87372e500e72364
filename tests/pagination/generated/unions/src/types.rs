// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod pair;
mod value;
pub use pair::Pair;
pub use value::Value;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::pair::PairBuilder;
}
