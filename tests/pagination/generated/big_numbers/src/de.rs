// Code generated from `tests/fixtures/big_numbers.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the list `DecimalList`; `null` reads as `None`.
pub(crate) fn read_decimal_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<Vec<::smithy_runtime::BigDecimal>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_array("DecimalList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = reader.big_decimal()? {
            items.push(item);
        }
    }
    Ok(Some(items))
}
