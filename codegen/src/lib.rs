//! Generates Rust client crates from Smithy service models.
