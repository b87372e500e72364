//! Behavioural tests of generated paginators and waiters, host prefixes, event
//! streams and timestamps (see `tests/`).
//!
//! The crates under `generated/` are generated from `tests/fixtures/paginators.json`,
//! `waiters.json`, `streams_and_prefixes.json`, `timestamps.json`, `streaming.json`,
//! `sensitive.json`, `unions.json`, `recursion.json` and `blobs_documents.json`, `bearer_auth.json`,
//! `endpoint_params.json` and `big_numbers.json` and committed, so the tests can depend on them. `cargo xtask codegen` regenerates
//! them with everything else generated; the drift test of `golden-tests` (and
//! `cargo xtask codegen --check`) fails when they are stale.
