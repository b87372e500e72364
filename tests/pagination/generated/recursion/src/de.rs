// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `And`; `null` reads as `None`.
pub(crate) fn read_and(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::And>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("And")? {
        return Ok(None);
    }
    let mut value = crate::types::And::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "left" => {
                value.left = crate::de::read_expression(reader)?
                    .unwrap_or_else(|| crate::types::Expression::Unknown(String::new()));
            }
            "right" => {
                value.right = crate::de::read_expression(reader)?
                    .unwrap_or_else(|| crate::types::Expression::Unknown(String::new()));
            }
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the union `Expression`; `null` reads as `None`.
pub(crate) fn read_expression(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Expression>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Expression")? {
        return Ok(None);
    }
    let mut value = None;
    while let Some(key) = reader.next_key()? {
        let member = match key.as_ref() {
            "literal" => reader.i32()?.map(crate::types::Expression::Literal),
            "not" => {
                crate::de::read_expression(reader)?
                    .map(Box::new)
                    .map(crate::types::Expression::Not)
            }
            "and" => {
                crate::de::read_and(reader)?
                    .map(Box::new)
                    .map(crate::types::Expression::And)
            }
            "__type" => {
                reader.skip_value()?;
                None
            }
            _ => {
                reader.skip_value()?;
                Some(crate::types::Expression::Unknown(key.into_owned()))
            }
        };
        if member.is_some() && value.is_some() {
            return Err(
                reader.invalid("the `Expression` union sets more than one member"),
            );
        }
        value = value.or(member);
    }
    value
        .map(Some)
        .ok_or_else(|| reader.invalid("the `Expression` union sets no member"))
}

/// Reads the structure `Node`; `null` reads as `None`.
pub(crate) fn read_node(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Node>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Node")? {
        return Ok(None);
    }
    let mut value = crate::types::Node::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "name" => value.name = reader.string()?,
            "children" => value.children = crate::de::read_node_list(reader)?,
            "parent" => value.parent = crate::de::read_node(reader)?.map(Box::new),
            "attributes" => value.attributes = crate::de::read_node_map(reader)?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the list `NodeList`; `null` reads as `None`.
pub(crate) fn read_node_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<crate::types::Node>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("NodeList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_node(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the map `NodeMap`; `null` reads as `None`.
pub(crate) fn read_node_map(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, crate::types::Node>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("NodeMap")? {
        return Ok(None);
    }
    let mut map = ::std::collections::HashMap::new();
    while let Some(key) = reader.next_key()? {
        if let Some(value) = crate::de::read_node(reader)? {
            map.insert(key.into_owned(), value);
        }
    }
    Ok(Some(map))
}
