// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
mod events;
mod message;
pub use events::Events;
pub use message::Message;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::message::MessageBuilder;
}
