//! Protocol helpers for the generated (de)serializers.

pub mod checksum;
pub mod compression;
pub mod http_bindings;
pub mod rest_json;
pub mod wire;
