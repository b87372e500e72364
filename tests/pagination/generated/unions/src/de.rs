// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `Pair`; `null` reads as `None`.
pub(crate) fn read_pair(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Pair>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Pair")? {
        return Ok(None);
    }
    let mut value = crate::types::Pair::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "left" => value.left = reader.string()?.unwrap_or_default(),
            "right" => value.right = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the union `Value`; `null` reads as `None`.
pub(crate) fn read_value(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Value>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Value")? {
        return Ok(None);
    }
    let mut value = None;
    while let Some(key) = reader.next_key()? {
        let member = match key.as_ref() {
            "text" => reader.string()?.map(crate::types::Value::Text),
            "number" => reader.i32()?.map(crate::types::Value::Number),
            "flag" => reader.bool()?.map(crate::types::Value::Flag),
            "nothing" => reader.present()?.then_some(crate::types::Value::Nothing),
            "nested" => crate::de::read_pair(reader)?.map(crate::types::Value::Nested),
            "secret" => reader.string()?.map(crate::types::Value::Secret),
            "unknown" => reader.string()?.map(crate::types::Value::UnknownValue),
            "__type" => {
                reader.skip_value()?;
                None
            }
            _ => {
                reader.skip_value()?;
                Some(crate::types::Value::Unknown(key.into_owned()))
            }
        };
        if member.is_some() && value.is_some() {
            return Err(reader.invalid("the `Value` union sets more than one member"));
        }
        value = value.or(member);
    }
    value.map(Some).ok_or_else(|| reader.invalid("the `Value` union sets no member"))
}
