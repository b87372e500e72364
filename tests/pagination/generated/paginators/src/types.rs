// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod nested_page;
mod nested_result;
mod thing;
pub use nested_page::NestedPage;
pub use nested_result::NestedResult;
pub use thing::Thing;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::nested_page::NestedPageBuilder;
    pub use super::nested_result::NestedResultBuilder;
    pub use super::thing::ThingBuilder;
}
