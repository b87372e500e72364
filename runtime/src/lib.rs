//! Support code shared by every generated client crate.
