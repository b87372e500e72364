// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Paginators.
//!
//! This service defines none: no operation of its model carries `@paginated`, so this module is empty.
