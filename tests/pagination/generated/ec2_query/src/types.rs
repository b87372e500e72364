// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod origin;
mod receipt;
pub use origin::Origin;
pub use receipt::Receipt;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::origin::OriginBuilder;
    pub use super::receipt::ReceiptBuilder;
}
