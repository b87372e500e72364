// Code generated from `tests/fixtures/blobs_documents.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
