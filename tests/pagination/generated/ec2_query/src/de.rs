// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from XML response bodies, one function per shape.
/// Reads the structure `QueueDoesNotExist` from its element.
pub(crate) fn read_queue_does_not_exist(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<crate::error::QueueDoesNotExist, ::smithy_runtime::protocol::xml::XmlError> {
    let mut value = crate::error::QueueDoesNotExist::default();
    for child in element.children() {
        match child.name() {
            "message" => value.message = Some(child.value().string()),
            "QueueUrl" => value.queue_url = Some(child.value().string()),
            _ => {}
        }
    }
    Ok(value)
}

/// Reads the structure `Receipt` from its element.
pub(crate) fn read_receipt(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<crate::types::Receipt, ::smithy_runtime::protocol::xml::XmlError> {
    let mut value = crate::types::Receipt::default();
    for child in element.children() {
        if child.name() == "At" {
            value.at = Some(
                child.value().timestamp(::smithy_runtime::TimestampFormat::DateTime)?,
            );
        }
    }
    if let Some(attribute) = element.attribute("Id") {
        value.id = Some(attribute.string());
    }
    Ok(value)
}

/// Reads the list `ReceiptList` from its element.
pub(crate) fn read_receipt_list(
    element: &::smithy_runtime::protocol::xml::XmlElement,
) -> Result<Vec<crate::types::Receipt>, ::smithy_runtime::protocol::xml::XmlError> {
    let mut items = Vec::new();
    for child in element.children().iter().filter(|c| c.name() == "Receipt") {
        items.push(crate::de::read_receipt(child)?);
    }
    Ok(items)
}
