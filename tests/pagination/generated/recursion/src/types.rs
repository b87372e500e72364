// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod and;
mod expression;
mod node;
pub use and::And;
pub use expression::Expression;
pub use node::Node;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::and::AndBuilder;
    pub use super::node::NodeBuilder;
}
