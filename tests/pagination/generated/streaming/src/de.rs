// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `NoSuchKey`; `null` reads as `None`.
pub(crate) fn read_no_such_key(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::error::NoSuchKey>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("NoSuchKey")? {
        return Ok(None);
    }
    let mut value = crate::error::NoSuchKey::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            "key" => value.key = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}
