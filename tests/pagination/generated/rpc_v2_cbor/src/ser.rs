// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Writes the crate's types into CBOR request bodies, one function per
//! shape.
/// Writes the list `Tags`.
pub(crate) fn write_tags(
    writer: &mut ::smithy_runtime::protocol::rpc_v2_cbor::CborWriter,
    value: &Vec<String>,
) -> Result<(), ::smithy_runtime::error::BuildError> {
    writer.array(value.len());
    for item in value {
        writer.str(item);
    }
    Ok(())
}
