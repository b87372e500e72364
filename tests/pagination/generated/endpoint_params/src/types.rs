// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod item;
mod nested;
pub use item::Item;
pub use nested::Nested;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::item::ItemBuilder;
    pub use super::nested::NestedBuilder;
}
