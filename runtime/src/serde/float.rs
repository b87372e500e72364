//! Floats as restJson1 writes them: numbers, except NaN and the infinities, which
//! are the strings `"NaN"`, `"Infinity"` and `"-Infinity"`.
//!
//! ```
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Shape {
//!     #[serde(with = "smithy_runtime::serde::float::f64")]
//!     value: f64,
//!     #[serde(with = "smithy_runtime::serde::float::f32::option", default)]
//!     maybe: Option<f32>,
//! }
//!
//! let s: Shape = serde_json::from_str(r#"{"value":"-Infinity","maybe":1.5}"#).unwrap();
//! assert_eq!(s.value, f64::NEG_INFINITY);
//! assert_eq!(s.maybe, Some(1.5));
//! assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"value":"-Infinity","maybe":1.5}"#);
//! ```

use ::serde::de::Visitor;
use std::fmt;

fn special(v: core::primitive::f64) -> Option<&'static str> {
    if v.is_nan() {
        Some("NaN")
    } else if v == core::primitive::f64::INFINITY {
        Some("Infinity")
    } else if v == core::primitive::f64::NEG_INFINITY {
        Some("-Infinity")
    } else {
        None
    }
}

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = core::primitive::f64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or one of \"NaN\", \"Infinity\", \"-Infinity\"")
    }
    fn visit_f64<E: ::serde::de::Error>(self, v: core::primitive::f64) -> Result<Self::Value, E> {
        Ok(v)
    }
    fn visit_i64<E: ::serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v as core::primitive::f64)
    }
    fn visit_u64<E: ::serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v as core::primitive::f64)
    }
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v {
            "NaN" => Ok(core::primitive::f64::NAN),
            "Infinity" => Ok(core::primitive::f64::INFINITY),
            "-Infinity" => Ok(core::primitive::f64::NEG_INFINITY),
            _ => Err(E::invalid_value(::serde::de::Unexpected::Str(v), &self)),
        }
    }
}

macro_rules! float_module {
    ($ty:ident, $ser:ident) => {
        #[doc = concat!("`", stringify!($ty), "` with restJson1's special values.")]
        pub mod $ty {
            use ::serde::{Deserializer, Serializer};

            /// Serializes a number, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
            pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                match super::special(f64::from(*v)) {
                    Some(text) => s.serialize_str(text),
                    None => s.$ser(*v),
                }
            }

            /// Deserializes a number, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                d.deserialize_any(super::FloatVisitor).map(|v| v as $ty)
            }

            /// The same for `Option<_>` (`None` is `null`; use with `#[serde(default)]`).
            pub mod option {
                use ::serde::{Deserialize, Deserializer, Serializer};

                /// Serializes `Some` as the parent module does, `None` as `null`.
                pub fn serialize<S: Serializer>(v: &Option<$ty>, s: S) -> Result<S::Ok, S::Error> {
                    match v {
                        Some(v) => super::serialize(v, s),
                        None => s.serialize_none(),
                    }
                }

                /// Deserializes `null` as `None`, else as the parent module does.
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<$ty>, D::Error> {
                    #[derive(Deserialize)]
                    struct W(#[serde(with = "super")] $ty);
                    Ok(Option::<W>::deserialize(d)?.map(|W(v)| v))
                }
            }
        }
    };
}

float_module!(f32, serialize_f32);
float_module!(f64, serialize_f64);

#[cfg(test)]
mod tests {
    #[derive(::serde::Serialize, ::serde::Deserialize, Debug)]
    struct S {
        #[serde(with = "crate::serde::float::f64")]
        a: f64,
        #[serde(with = "crate::serde::float::f32")]
        b: f32,
        #[serde(with = "crate::serde::float::f64::option", default)]
        c: Option<f64>,
    }

    #[test]
    fn specials() {
        let s: S = serde_json::from_str(r#"{"a":"NaN","b":"Infinity","c":"-Infinity"}"#).unwrap();
        assert!(s.a.is_nan());
        assert_eq!(s.b, f32::INFINITY);
        assert_eq!(s.c, Some(f64::NEG_INFINITY));
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"a":"NaN","b":"Infinity","c":"-Infinity"}"#
        );
        let s: S = serde_json::from_str(r#"{"a":1,"b":2.5}"#).unwrap();
        assert_eq!((s.a, s.b, s.c), (1.0, 2.5, None));
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"a":1.0,"b":2.5,"c":null}"#);
        assert!(serde_json::from_str::<S>(r#"{"a":"nan","b":1}"#).is_err());
    }
}
