// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Writes the crate's types as query parameters, one function per
//! shape, each under a key prefix.
/// Writes the list `LabelList` under `prefix`: `prefix.<item>.1`, ... (`prefix.1` with no `item`, flattened); nothing when empty.
pub(crate) fn write_label_list(
    writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter,
    prefix: &str,
    items: &[String],
    item: Option<&str>,
) {
    for (index, v) in items.iter().enumerate() {
        let key = ::smithy_runtime::protocol::query_writer::indexed(prefix, item, index);
        writer.write(&key, v);
    }
}

/// Writes the structure `Origin` under `prefix`.
pub(crate) fn write_origin(
    writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter,
    prefix: &str,
    value: &crate::types::Origin,
) {
    if let Some(v) = &value.host {
        writer.write(&::smithy_runtime::protocol::query_writer::key(prefix, "Host"), v);
    }
}
