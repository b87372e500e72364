//! Behavioural tests of generated clients on crates generated from
//! `tests/fixtures/`: paginators and waiters, host prefixes, event streams,
//! timestamps, redacted `Debug`, and every protocol on the wire (see `tests/`).
//!
//! The crates under `generated/` are committed, so the tests can depend on them
//! (their list: `Cargo.toml`). `cargo xtask codegen` regenerates them with
//! everything else generated; the drift test of `golden-tests` (and
//! `cargo xtask codegen --check`) fails when they are stale.
//!
//! The library holds what several protocols' tests share.

/// The bytes that change XML's structure most: markup, entity and quote
/// characters, a letter, NUL and a byte that is not UTF-8.
pub const XML_BREAKING_BYTES: &[u8] = &[b'<', b'>', b'/', b'&', b';', b'"', b'=', b'x', 0x00, 0xff];

/// Every prefix of `valid`, then `valid` with each byte in turn replaced by
/// each of `replacements`: the broken bodies a client must answer with a
/// result, never a panic.
pub fn truncations_and_byte_mutations(valid: &[u8], replacements: &[u8]) -> Vec<Vec<u8>> {
    let mut bodies: Vec<Vec<u8>> = (0..valid.len()).map(|n| valid[..n].to_vec()).collect();
    for at in 0..valid.len() {
        for &byte in replacements {
            let mut body = valid.to_vec();
            body[at] = byte;
            bodies.push(body);
        }
    }
    bodies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_come_first_then_each_byte_replaced_by_each_replacement() {
        let bodies = truncations_and_byte_mutations(b"ab", b"xy");
        let expected: Vec<&[u8]> = vec![b"", b"a", b"xb", b"yb", b"ax", b"ay"];
        assert_eq!(bodies, expected);
    }
}
