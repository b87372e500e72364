// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Moment` union.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Moment {
    /// The `at` member.
    At(::smithy_runtime::DateTime),
    /// The `when` member.
    When(::smithy_runtime::DateTime),
    /// The `epoch` member.
    Epoch(::smithy_runtime::DateTime),
    /// The `dates` member.
    Dates(Vec<::smithy_runtime::DateTime>),
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::serde::Serialize for Moment {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::At(value) => {
                map.serialize_entry(
                    "at",
                    &::smithy_runtime::serde::nested::Formatted::<
                        _,
                        ::smithy_runtime::serde::nested::DateTimeFormat,
                    >::new(value),
                )?
            }
            Self::When(value) => {
                map.serialize_entry(
                    "when",
                    &::smithy_runtime::serde::nested::Formatted::<
                        _,
                        ::smithy_runtime::serde::nested::HttpDateFormat,
                    >::new(value),
                )?
            }
            Self::Epoch(value) => map.serialize_entry("epoch", value)?,
            Self::Dates(value) => {
                map.serialize_entry(
                    "dates",
                    &::smithy_runtime::serde::nested::Formatted::<
                        _,
                        ::smithy_runtime::serde::nested::DateTimeFormat,
                    >::new(value),
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

impl<'de> ::serde::Deserialize<'de> for Moment {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Moment;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Moment` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Moment, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "at" => {
                            map.next_value::<
                                    Option<
                                        ::smithy_runtime::serde::nested::Parsed<
                                            ::smithy_runtime::DateTime,
                                            ::smithy_runtime::serde::nested::DateTimeFormat,
                                        >,
                                    >,
                                >()?
                                .map(|value| Moment::At(value.into_inner()))
                        }
                        "when" => {
                            map.next_value::<
                                    Option<
                                        ::smithy_runtime::serde::nested::Parsed<
                                            ::smithy_runtime::DateTime,
                                            ::smithy_runtime::serde::nested::HttpDateFormat,
                                        >,
                                    >,
                                >()?
                                .map(|value| Moment::When(value.into_inner()))
                        }
                        "epoch" => {
                            map.next_value::<Option<::smithy_runtime::DateTime>>()?
                                .map(Moment::Epoch)
                        }
                        "dates" => {
                            map.next_value::<
                                    Option<
                                        ::smithy_runtime::serde::nested::Parsed<
                                            Vec<::smithy_runtime::DateTime>,
                                            ::smithy_runtime::serde::nested::DateTimeFormat,
                                        >,
                                    >,
                                >()?
                                .map(|value| Moment::Dates(value.into_inner()))
                        }
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Moment::Unknown(key))
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
