// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! One module per operation: its input, output, error and call builder.
/// The `DownloadObject` operation.
pub mod download_object;

/// The `UploadObject` operation.
pub mod upload_object;
