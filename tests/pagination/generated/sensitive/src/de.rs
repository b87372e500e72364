// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads the crate's types from JSON response bodies, one function per
//! shape. Each reads one value and gives `None` for `null`.
/// Reads the union `Choice`; `null` reads as `None`.
pub(crate) fn read_choice(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Choice>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Choice")? {
        return Ok(None);
    }
    let mut value = None;
    while let Some(key) = reader.next_key()? {
        let member = match key.as_ref() {
            "plain" => reader.string()?.map(crate::types::Choice::Plain),
            "secret" => reader.string()?.map(crate::types::Choice::Secret),
            "secrets" => {
                crate::de::read_secrets(reader)?.map(crate::types::Choice::Secrets)
            }
            "none" => reader.present()?.then_some(crate::types::Choice::None),
            "__type" => {
                reader.skip_value()?;
                None
            }
            _ => {
                reader.skip_value()?;
                Some(crate::types::Choice::Unknown(key.into_owned()))
            }
        };
        if member.is_some() && value.is_some() {
            return Err(reader.invalid("the `Choice` union sets more than one member"));
        }
        value = value.or(member);
    }
    value.map(Some).ok_or_else(|| reader.invalid("the `Choice` union sets no member"))
}

/// Reads the list `Entries`; `null` reads as `None`.
pub(crate) fn read_entries(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<crate::types::Locked>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("Entries")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_locked(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the union `Hidden`; `null` reads as `None`.
pub(crate) fn read_hidden(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Hidden>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Hidden")? {
        return Ok(None);
    }
    let mut value = None;
    while let Some(key) = reader.next_key()? {
        let member = match key.as_ref() {
            "text" => reader.string()?.map(crate::types::Hidden::Text),
            "__type" => {
                reader.skip_value()?;
                None
            }
            _ => {
                reader.skip_value()?;
                Some(crate::types::Hidden::Unknown(key.into_owned()))
            }
        };
        if member.is_some() && value.is_some() {
            return Err(reader.invalid("the `Hidden` union sets more than one member"));
        }
        value = value.or(member);
    }
    value.map(Some).ok_or_else(|| reader.invalid("the `Hidden` union sets no member"))
}

/// Reads the structure `Locked`; `null` reads as `None`.
pub(crate) fn read_locked(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Locked>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Locked")? {
        return Ok(None);
    }
    let mut value = crate::types::Locked::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "label" => value.label = reader.string()?,
            "code" => value.code = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the structure `Login`; `null` reads as `None`.
pub(crate) fn read_login(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<crate::types::Login>, ::smithy_runtime::json::JsonError> {
    if !reader.start_object("Login")? {
        return Ok(None);
    }
    let mut value = crate::types::Login::default();
    while let Some(key) = reader.next_key()? {
        match key.as_ref() {
            "user" => value.user = reader.string()?,
            "password" => value.password = reader.string()?,
            _ => reader.skip_value()?,
        }
    }
    Ok(Some(value))
}

/// Reads the map `NamesBySecret`; `null` reads as `None`.
pub(crate) fn read_names_by_secret(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, String>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("NamesBySecret")? {
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

/// Reads the list `SecretGroups`; `null` reads as `None`.
pub(crate) fn read_secret_groups(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<Vec<::std::collections::HashMap<String, String>>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_array("SecretGroups")? {
        return Ok(None);
    }
    let mut items = Vec::new();
    while reader.next_element()? {
        if let Some(item) = crate::de::read_secrets_by_name(reader)? {
            items.push(item);
        }
    }
    Ok(Some(items))
}

/// Reads the list `Secrets`; `null` reads as `None`.
pub(crate) fn read_secrets(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<Option<Vec<String>>, ::smithy_runtime::json::JsonError> {
    if !reader.start_array("Secrets")? {
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

/// Reads the map `SecretsByName`; `null` reads as `None`.
pub(crate) fn read_secrets_by_name(
    reader: &mut ::smithy_runtime::json::JsonReader<'_>,
) -> Result<
    Option<::std::collections::HashMap<String, String>>,
    ::smithy_runtime::json::JsonError,
> {
    if !reader.start_object("SecretsByName")? {
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
