//! The restJson1 protocol compliance tests: the clients that `build.rs`
//! generates from the official test models, with one `#[test]` per client case
//! inside each operation's module (`<service>::operation::<op>::protocol_tests`).
#![allow(dead_code, unused, missing_docs, unreachable_pub, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/protocol.rs"));
