// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `LedgerNotFound`; `null` reads as `None`.
pub(crate) fn read_ledger_not_found(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::error::LedgerNotFound>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("LedgerNotFound")? {
        return Ok(None);
    }
    let mut value = crate::error::LedgerNotFound::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            "ledgerName" => value.ledger_name = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `Throttled`; `null` reads as `None`.
pub(crate) fn read_throttled(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::error::Throttled>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Throttled")? {
        return Ok(None);
    }
    let mut value = crate::error::Throttled::default();
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
