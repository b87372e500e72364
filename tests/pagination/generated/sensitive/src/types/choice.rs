// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Choice` union.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Choice {
    /// The `plain` member.
    Plain(String),
    /// The `secret` member.
    Secret(String),
    /// The `secrets` member.
    Secrets(Vec<String>),
    /// The `none` member.
    None,
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::std::fmt::Debug for Choice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Plain(value) => f.debug_tuple("Plain").field(value).finish(),
            Self::Secret(_) => {
                f.debug_tuple("Secret")
                    .field(&"*** Sensitive Data Redacted ***")
                    .finish()
            }
            Self::Secrets(_) => {
                f.debug_tuple("Secrets")
                    .field(&"*** Sensitive Data Redacted ***")
                    .finish()
            }
            Self::None => f.write_str("None"),
            Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
        }
    }
}

impl ::serde::Serialize for Choice {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Plain(value) => map.serialize_entry("plain", value)?,
            Self::Secret(value) => map.serialize_entry("secret", value)?,
            Self::Secrets(value) => map.serialize_entry("secrets", value)?,
            Self::None => {
                map.serialize_entry(
                    "none",
                    &::std::collections::HashMap::<&str, ()>::new(),
                )?
            }
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

impl<'de> ::serde::Deserialize<'de> for Choice {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Choice;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Choice` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Choice, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "plain" => map.next_value::<Option<String>>()?.map(Choice::Plain),
                        "secret" => {
                            map.next_value::<Option<String>>()?.map(Choice::Secret)
                        }
                        "secrets" => {
                            map.next_value::<Option<Vec<String>>>()?.map(Choice::Secrets)
                        }
                        "none" => {
                            map.next_value::<Option<::serde::de::IgnoredAny>>()?
                                .map(|_| Choice::None)
                        }
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Choice::Unknown(key))
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
