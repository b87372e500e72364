// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Expression` union.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Expression {
    /// The `literal` member.
    Literal(i32),
    /// The `not` member.
    Not(Box<crate::types::Expression>),
    /// The `and` member.
    And(Box<crate::types::And>),
    /// A member this version of the crate does not know; it holds the member's name.
    Unknown(String),
}

impl ::serde::Serialize for Expression {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::{Error as _, SerializeMap as _};
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Literal(value) => map.serialize_entry("literal", value)?,
            Self::Not(value) => map.serialize_entry("not", value)?,
            Self::And(value) => map.serialize_entry("and", value)?,
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

impl<'de> ::serde::Deserialize<'de> for Expression {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Expression;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a `Expression` union: an object with one member set")
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Expression, A::Error> {
                use ::serde::de::Error as _;
                let mut found = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value = match key.as_str() {
                        "literal" => {
                            map.next_value::<Option<i32>>()?.map(Expression::Literal)
                        }
                        "not" => {
                            map.next_value::<Option<Box<crate::types::Expression>>>()?
                                .map(Expression::Not)
                        }
                        "and" => {
                            map.next_value::<Option<Box<crate::types::And>>>()?
                                .map(Expression::And)
                        }
                        "__type" => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            None
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                            Some(Expression::Unknown(key))
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
