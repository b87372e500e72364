// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Hidden` union.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Hidden {
    /// The `text` member.
    Text(String),
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::std::fmt::Debug for Hidden {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Text(_) => {
                f.debug_tuple("Text").field(&"*** Sensitive Data Redacted ***").finish()
            }
            Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
        }
    }
}

impl ::serde::Serialize for Hidden {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Text(value) => map.serialize_entry("text", value)?,
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

impl<'de> ::serde::Deserialize<'de> for Hidden {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Hidden;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Hidden` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Hidden, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "text" => map.next_value::<Option<String>>()?.map(Hidden::Text),
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Hidden::Unknown(key))
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
