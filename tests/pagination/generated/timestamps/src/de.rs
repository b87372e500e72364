// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the list `DateTimeList`; `null` reads as `None`.
pub(crate) fn read_date_time_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<::smithy_runtime::DateTime>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("DateTimeList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = reader
            .timestamp(::smithy_runtime::TimestampFormat::DateTime)?
        {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the list `HttpDateList`; `null` reads as `None`.
pub(crate) fn read_http_date_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<::smithy_runtime::DateTime>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("HttpDateList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = reader
            .timestamp(::smithy_runtime::TimestampFormat::HttpDate)?
        {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the union `Moment`; `null` reads as `None`.
pub(crate) fn read_moment(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Moment>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Moment")? {
        return Ok(None);
    }
    let mut value = None;
    while let Some(key) = reader.next_key()? {
        let member = match key.as_ref() {
            "at" => {
                reader
                    .timestamp(::smithy_runtime::TimestampFormat::DateTime)?
                    .map(crate::types::Moment::At)
            }
            "when" => {
                reader
                    .timestamp(::smithy_runtime::TimestampFormat::HttpDate)?
                    .map(crate::types::Moment::When)
            }
            "epoch" => {
                reader
                    .timestamp(::smithy_runtime::TimestampFormat::EpochSeconds)?
                    .map(crate::types::Moment::Epoch)
            }
            "dates" => {
                crate::de::read_date_time_list(reader)?.map(crate::types::Moment::Dates)
            }
            "__type" => {
                reader.skip_value()?;
                None
            }
            _ => {
                reader.skip_value()?;
                Some(crate::types::Moment::Unknown(key.into_owned()))
            }
        };
        if member.is_some() && value.is_some() {
            return Err(reader.invalid("the `Moment` union sets more than one member"));
        }
        value = value.or(member);
    }
    value.map(Some).ok_or_else(|| reader.invalid("the `Moment` union sets no member"))
}

/// Reads the list `SparseDateTimeList`; `null` reads as `None`.
pub(crate) fn read_sparse_date_time_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<Vec<Option<::smithy_runtime::DateTime>>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_array("SparseDateTimeList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        items.push(reader.timestamp(::smithy_runtime::TimestampFormat::DateTime)?);
    }
    Ok(Some(items))
}

/// Reads the list `TimeList`; `null` reads as `None`.
pub(crate) fn read_time_list(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<::smithy_runtime::DateTime>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("TimeList")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = reader
            .timestamp(::smithy_runtime::TimestampFormat::EpochSeconds)?
        {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the map `TimesByName`; `null` reads as `None`.
pub(crate) fn read_times_by_name(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, ::smithy_runtime::DateTime>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("TimesByName")? {
        return Ok(None);
    }
    let mut map = ::std::collections::HashMap::new();
    while let Some(key) = reader.next_key()? {
        if let Some(value) = reader
            .timestamp(::smithy_runtime::TimestampFormat::DateTime)?
        {
            map.insert(key.into_owned(), value);
        }
    }
    Ok(Some(map))
}
