// Code generated from `tests/fixtures/aws_json_query_compatible.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The structures, enums and unions of the model.
