// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod choice;
mod hidden;
mod locked;
mod login;
pub use choice::Choice;
pub use hidden::Hidden;
pub use locked::Locked;
pub use login::Login;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::locked::LockedBuilder;
    pub use super::login::LoginBuilder;
}
