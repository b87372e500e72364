// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `Child`; `null` reads as `None`.
pub(crate) fn read_child(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Child>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Child")? {
        return Ok(None);
    }
    let mut value = crate::types::Child::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "status" => value.status = reader.string()?.unwrap_or_default(),
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the list `ChildList`; `null` reads as `None`.
pub(crate) fn read_child_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<crate::types::Child>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("ChildList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_child(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the structure `Details`; `null` reads as `None`.
pub(crate) fn read_details(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Details>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Details")? {
        return Ok(None);
    }
    let mut value = crate::types::Details::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "state" => value.state = reader.string()?,
            "children" => {
                value.children = crate::de::read_child_list(reader)?.unwrap_or_default();
            }
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `NotFound`; `null` reads as `None`.
pub(crate) fn read_not_found(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::error::NotFound>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("NotFound")? {
        return Ok(None);
    }
    let mut value = crate::error::NotFound::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `Part`; `null` reads as `None`.
pub(crate) fn read_part(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Part>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Part")? {
        return Ok(None);
    }
    let mut value = crate::types::Part::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "state" => value.state = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the list `PartList`; `null` reads as `None`.
pub(crate) fn read_part_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<crate::types::Part>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("PartList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_part(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}
