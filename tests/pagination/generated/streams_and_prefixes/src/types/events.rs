// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Events` union.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Events {
    /// The `message` member.
    Message(crate::types::Message),
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::serde::Serialize for Events {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Message(value) => map.serialize_entry("message", value)?,
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

impl<'de> ::serde::Deserialize<'de> for Events {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Events;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Events` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Events, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "message" => {
                            map.next_value::<Option<crate::types::Message>>()?
                                .map(Events::Message)
                        }
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Events::Unknown(key))
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
