// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod child;
mod details;
mod part;
mod thing_status;
pub use child::Child;
pub use details::Details;
pub use part::Part;
pub use thing_status::ThingStatus;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::child::ChildBuilder;
    pub use super::details::DetailsBuilder;
    pub use super::part::PartBuilder;
}
