// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from CBOR response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the structure `TallyNotFound`; `null` reads as `None`.
pub(crate) fn read_tally_not_found(
    reader: &mut ::smithy_runtime::protocol::rpc_v2_cbor::CborReader<'_>,
) -> Result<
    Option<crate::error::TallyNotFound>,
    ::smithy_runtime::protocol::rpc_v2_cbor::CborError,
> {
    if !reader.start_object("TallyNotFound")? {
        return Ok(None);
    }
    let mut value = crate::error::TallyNotFound::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "Message" | "errorMessage" => {
                let alias = reader.string()?;
                if value.message.is_none() {
                    value.message = alias;
                }
            }
            "message" => value.message = reader.string()?,
            "name" => value.name = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}
