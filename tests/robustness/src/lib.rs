//! Property tests of generated clients against hostile HTTP responses: see
//! `tests/responses.rs`. `build.rs` generates the clients of two shared models
//! and one call of every operation of them and of `iot-jobs-data`.
