// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `NestedPage`; `null` reads as `None`.
pub(crate) fn read_nested_page(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::NestedPage>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("NestedPage")? {
        return Ok(None);
    }
    let mut value = crate::types::NestedPage::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "values" => {
                value.values = crate::de::read_value_list(reader)?.unwrap_or_default();
            }
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `NestedResult`; `null` reads as `None`.
pub(crate) fn read_nested_result(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::NestedResult>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("NestedResult")? {
        return Ok(None);
    }
    let mut value = crate::types::NestedResult::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "next" => value.next = reader.string()?,
            "page" => {
                value.page = crate::de::read_nested_page(reader)?.unwrap_or_default();
            }
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the map `TagMap`; `null` reads as `None`.
pub(crate) fn read_tag_map(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, String>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("TagMap")? {
        return Ok(None);
    }
    let mut map = ::std::collections::HashMap::new();
    while let Some(key) = reader.next_key()? {
        if let Some(value) = reader.string()? {
            map.insert(key.into_owned(), value);
        }
    }
    Ok(Some(map))
}

/// Reads the structure `Thing`; `null` reads as `None`.
pub(crate) fn read_thing(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Thing>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Thing")? {
        return Ok(None);
    }
    let mut value = crate::types::Thing::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "name" => value.name = reader.string()?.unwrap_or_default(),
            "size" => value.size = reader.i32()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the list `ThingList`; `null` reads as `None`.
pub(crate) fn read_thing_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<crate::types::Thing>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("ThingList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_thing(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the list `ValueList`; `null` reads as `None`.
pub(crate) fn read_value_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<String>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("ValueList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = reader.string()? {
            items.push(item);
        }
    }
    Ok(Some(items))
}
