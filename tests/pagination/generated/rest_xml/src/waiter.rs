// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Waiters.
//!
//! This service defines none: no operation of its model carries `@smithy.waiters#waitable`, so this module is empty.
