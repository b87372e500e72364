// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Writes the crate's types as XML elements, one function per shape.
/// Writes the structure `Binding` as the element `name`.
pub(crate) fn write_binding(
    writer: &mut ::smithy_runtime::protocol::xml_writer::XmlWriter,
    name: &str,
    value: &crate::types::Binding,
) {
    writer.start(name);
    writer.open();
    if let Some(v) = &value.kind {
        writer.element("Kind", v.as_str());
    }
    writer.end(name);
}

/// Writes the structure `Chapter` as the element `name`.
pub(crate) fn write_chapter(
    writer: &mut ::smithy_runtime::protocol::xml_writer::XmlWriter,
    name: &str,
    value: &crate::types::Chapter,
) {
    writer.start(name);
    if let Some(v) = &value.number {
        writer.attribute("n", &v.to_string());
    }
    writer.open();
    if let Some(v) = &value.heading {
        writer.element("Heading", v.as_str());
    }
    writer.end(name);
}

/// Writes the list `ChapterList` as the element `name` holding one `<item>` per item (with no `item`, flattened: one `<name>` per item).
pub(crate) fn write_chapter_list(
    writer: &mut ::smithy_runtime::protocol::xml_writer::XmlWriter,
    name: &str,
    items: &[crate::types::Chapter],
    item: Option<&str>,
) {
    if let Some(item_name) = item {
        writer.start(name);
        writer.open();
        for v in items {
            crate::ser::write_chapter(writer, item_name, v);
        }
        writer.end(name);
    } else {
        let item_name = name;
        for v in items {
            crate::ser::write_chapter(writer, item_name, v);
        }
    }
}

/// Writes the list `KeywordList` as the element `name` holding one `<item>` per item (with no `item`, flattened: one `<name>` per item).
pub(crate) fn write_keyword_list(
    writer: &mut ::smithy_runtime::protocol::xml_writer::XmlWriter,
    name: &str,
    items: &[String],
    item: Option<&str>,
) {
    if let Some(item_name) = item {
        writer.start(name);
        writer.open();
        for v in items {
            writer.element(item_name, v.as_str());
        }
        writer.end(name);
    } else {
        let item_name = name;
        for v in items {
            writer.element(item_name, v.as_str());
        }
    }
}

/// Writes the map `NoteMap` as the element `name` holding one `<entry><Page/><Text/></entry>` per entry, in key order (with `flattened`, one `<name>` per entry).
pub(crate) fn write_note_map(
    writer: &mut ::smithy_runtime::protocol::xml_writer::XmlWriter,
    name: &str,
    map: &::std::collections::HashMap<String, String>,
    flattened: bool,
) {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|(a, _), (b, _)| a.as_str().cmp(b.as_str()));
    if !flattened {
        writer.start(name);
        writer.open();
    }
    let entry = if flattened { name } else { "entry" };
    for (k, v) in entries {
        writer.start(entry);
        writer.open();
        writer.element("Page", k.as_str());
        writer.element("Text", v.as_str());
        writer.end(entry);
    }
    if !flattened {
        writer.end(name);
    }
}
