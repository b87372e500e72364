// Code generated from `tests/fixtures/aws_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Writes the crate's types as query parameters, one function per
//! shape, each under a key prefix.
/// Writes the map `AttributeMap` under `prefix`, entries in key order: `prefix.<entry>.1.Name` and `.Value` (`prefix.1.Name` with no `entry`, flattened).
pub(crate) fn write_attribute_map(
    writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter,
    prefix: &str,
    map: &::std::collections::HashMap<String, String>,
    entry: Option<&str>,
) {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|(a, _), (b, _)| a.as_str().cmp(b.as_str()));
    for (index, (k, v)) in entries.into_iter().enumerate() {
        let entry = ::smithy_runtime::protocol::query_writer::indexed(
            prefix,
            entry,
            index,
        );
        writer.write(&::smithy_runtime::protocol::query_writer::key(&entry, "Name"), k);
        writer.write(&::smithy_runtime::protocol::query_writer::key(&entry, "Value"), v);
    }
}

/// Writes the list `LabelList` under `prefix`: `prefix.<item>.1`, ... (`prefix.1` with no `item`, flattened); `prefix=` when empty.
pub(crate) fn write_label_list(
    writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter,
    prefix: &str,
    items: &[String],
    item: Option<&str>,
) {
    if items.is_empty() {
        writer.write(prefix, "");
    }
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
