// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

/// One value of several kinds.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Value {
    /// The `text` member.
    Text(String),
    /// The `number` member.
    Number(i32),
    /// The `flag` member.
    Flag(bool),
    /// The `nothing` member.
    Nothing,
    /// The `nested` member.
    Nested(crate::types::Pair),
    /// The `secret` member.
    Secret(String),
    /// The `unknown` member.
    UnknownValue(String),
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::std::fmt::Debug for Value {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Text(value) => f.debug_tuple("Text").field(value).finish(),
            Self::Number(value) => f.debug_tuple("Number").field(value).finish(),
            Self::Flag(value) => f.debug_tuple("Flag").field(value).finish(),
            Self::Nothing => f.write_str("Nothing"),
            Self::Nested(value) => f.debug_tuple("Nested").field(value).finish(),
            Self::Secret(_) => {
                f.debug_tuple("Secret")
                    .field(&"*** Sensitive Data Redacted ***")
                    .finish()
            }
            Self::UnknownValue(value) => {
                f.debug_tuple("UnknownValue").field(value).finish()
            }
            Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
        }
    }
}

impl ::serde::Serialize for Value {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Text(value) => map.serialize_entry("text", value)?,
            Self::Number(value) => map.serialize_entry("number", value)?,
            Self::Flag(value) => map.serialize_entry("flag", value)?,
            Self::Nothing => {
                map.serialize_entry(
                    "nothing",
                    &::std::collections::HashMap::<&str, ()>::new(),
                )?
            }
            Self::Nested(value) => map.serialize_entry("nested", value)?,
            Self::Secret(value) => map.serialize_entry("secret", value)?,
            Self::UnknownValue(value) => map.serialize_entry("unknown", value)?,
            Self::Unknown(member) => {
                return Err(
                    S::Error::custom(
                        ::std::format!("cannot send the unknown union member `{member}`"),
                    ),
                );
            }
        }
        map.end()
    }
}

impl<'de> ::serde::Deserialize<'de> for Value {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Value;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Value` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Value, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "text" => map.next_value::<Option<String>>()?.map(Value::Text),
                        "number" => map.next_value::<Option<i32>>()?.map(Value::Number),
                        "flag" => map.next_value::<Option<bool>>()?.map(Value::Flag),
                        "nothing" => {
                            map.next_value::<Option<::serde::de::IgnoredAny>>()?
                                .map(|_| Value::Nothing)
                        }
                        "nested" => {
                            map.next_value::<Option<crate::types::Pair>>()?
                                .map(Value::Nested)
                        }
                        "secret" => {
                            map.next_value::<Option<String>>()?.map(Value::Secret)
                        }
                        "unknown" => {
                            map.next_value::<Option<String>>()?.map(Value::UnknownValue)
                        }
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Value::Unknown(key))
                        }
                    };
                    if value.is_some() && found.is_some() {
                        return Err(
                            A::Error::custom("a union sets more than one member"),
                        );
                    }
                    found = found.or(value);
                }
                found.ok_or_else(|| A::Error::custom("a union sets no member"))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
