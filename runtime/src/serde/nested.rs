//! Timestamps inside lists, maps and options, in a Smithy format, for
//! `#[serde(with = "...")]`: `Vec<DateTime>`, `Option<HashMap<String, DateTime>>`,
//! `Vec<Option<DateTime>>`, ... A list's member can carry `@timestampFormat`, so
//! the format applies to every timestamp inside the container.
//!
//! ```
//! use std::collections::HashMap;
//! use smithy_runtime::DateTime;
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! struct Shape {
//!     #[serde(with = "smithy_runtime::serde::nested::date_time", default)]
//!     history: Option<Vec<DateTime>>,
//!     #[serde(with = "smithy_runtime::serde::nested::http_date")]
//!     by_name: HashMap<String, DateTime>,
//! }
//!
//! let json = r#"{"history":["2014-04-29T18:30:38Z"],"by_name":{"a":"Tue, 29 Apr 2014 18:30:38 GMT"}}"#;
//! let shape: Shape = serde_json::from_str(json).unwrap();
//! assert_eq!(shape.history, Some(vec![DateTime::from_secs(1398796238)]));
//! assert_eq!(serde_json::to_string(&shape).unwrap(), json);
//! ```

use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;

use ::serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::timestamp;
use crate::DateTime;

/// A timestamp format, as a type.
pub trait Format {
    /// Serializes one timestamp.
    fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error>;
    /// Deserializes one timestamp.
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error>;
}

/// `date-time` (RFC 3339).
#[derive(Debug)]
pub enum DateTimeFormat {}
/// `http-date` (IMF-fixdate).
#[derive(Debug)]
pub enum HttpDateFormat {}
/// `epoch-seconds`.
#[derive(Debug)]
pub enum EpochSecondsFormat {}

impl Format for DateTimeFormat {
    fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        timestamp::date_time::serialize(t, s)
    }
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        timestamp::date_time::deserialize(d)
    }
}

impl Format for HttpDateFormat {
    fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        timestamp::http_date::serialize(t, s)
    }
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        timestamp::http_date::deserialize(d)
    }
}

impl Format for EpochSecondsFormat {
    fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        timestamp::epoch_seconds::serialize(t, s)
    }
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        timestamp::epoch_seconds::deserialize(d)
    }
}

/// A value made of timestamps (a `DateTime`, or an `Option`, `Vec`, `Box` or
/// string-keyed `HashMap` of such values), (de)serialized in format `F`.
pub trait Timestamps: Sized {
    /// Serializes every timestamp inside in format `F`.
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;
    /// Deserializes every timestamp inside from format `F`.
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// A borrowed value that serializes its timestamps in format `F` (for code that
/// serializes by hand, such as a union's member).
pub struct Formatted<'a, T, F>(&'a T, PhantomData<F>);

impl<'a, T, F> Formatted<'a, T, F> {
    /// Wraps `value`.
    pub fn new(value: &'a T) -> Self {
        Formatted(value, PhantomData)
    }
}

impl<T: Timestamps, F: Format> Serialize for Formatted<'_, T, F> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_as::<F, S>(s)
    }
}

/// A value deserialized with its timestamps in format `F` (for code that
/// deserializes by hand, such as a union's member).
pub struct Parsed<T, F>(T, PhantomData<F>);

impl<T, F> Parsed<T, F> {
    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<'de, T: Timestamps, F: Format> Deserialize<'de> for Parsed<T, F> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize_as::<F, D>(d).map(|value| Parsed(value, PhantomData))
    }
}

/// Serializes a borrowed value in format `F`.
struct Ser<'a, T, F>(&'a T, PhantomData<F>);

impl<T: Timestamps, F: Format> Serialize for Ser<'_, T, F> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_as::<F, S>(s)
    }
}

/// Deserializes an owned value from format `F`.
struct De<T, F>(T, PhantomData<F>);

impl<'de, T: Timestamps, F: Format> Deserialize<'de> for De<T, F> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize_as::<F, D>(d).map(|value| De(value, PhantomData))
    }
}

impl Timestamps for DateTime {
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        F::serialize(self, s)
    }
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        F::deserialize(d)
    }
}

impl<T: Timestamps> Timestamps for Option<T> {
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => s.serialize_some(&Ser::<T, F>(value, PhantomData)),
            None => s.serialize_none(),
        }
    }
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<De<T, F>>::deserialize(d).map(|value| value.map(|v| v.0))
    }
}

impl<T: Timestamps> Timestamps for Box<T> {
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_as::<F, S>(s)
    }
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize_as::<F, D>(d).map(Box::new)
    }
}

impl<T: Timestamps> Timestamps for Vec<T> {
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(|value| Ser::<T, F>(value, PhantomData)))
    }
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<De<T, F>>::deserialize(d).map(|values| values.into_iter().map(|v| v.0).collect())
    }
}

impl<K, T> Timestamps for HashMap<K, T>
where
    K: Serialize + for<'de> Deserialize<'de> + Eq + Hash,
    T: Timestamps,
{
    fn serialize_as<F: Format, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter().map(|(key, value)| (key, Ser::<T, F>(value, PhantomData))))
    }
    fn deserialize_as<'de, F: Format, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        HashMap::<K, De<T, F>>::deserialize(d).map(|map| map.into_iter().map(|(k, v)| (k, v.0)).collect())
    }
}

macro_rules! format_module {
    ($name:ident, $format:ty, $doc:literal) => {
        #[doc = $doc]
        pub mod $name {
            use super::Timestamps;
            use ::serde::{Deserializer, Serializer};

            type F = $format;

            /// Serializes every timestamp in `value` in this format.
            pub fn serialize<T: Timestamps, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
                value.serialize_as::<F, S>(s)
            }

            /// Deserializes every timestamp of the value from this format.
            pub fn deserialize<'de, T: Timestamps, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
                T::deserialize_as::<F, D>(d)
            }
        }
    };
}

format_module!(
    date_time,
    super::DateTimeFormat,
    "Timestamps inside a value, as `date-time` strings."
);
format_module!(
    http_date,
    super::HttpDateFormat,
    "Timestamps inside a value, as `http-date` strings."
);
format_module!(
    epoch_seconds,
    super::EpochSecondsFormat,
    "Timestamps inside a value, as epoch seconds."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Shape {
        #[serde(with = "date_time", default)]
        sparse: Vec<Option<DateTime>>,
        #[serde(with = "http_date", default, skip_serializing_if = "Option::is_none")]
        nested: Option<Vec<Vec<DateTime>>>,
        #[serde(with = "epoch_seconds", default)]
        map: HashMap<String, Box<DateTime>>,
    }

    #[test]
    fn every_timestamp_inside_takes_the_format() {
        let json =
            r#"{"sparse":["1970-01-01T00:00:01Z",null],"nested":[["Thu, 01 Jan 1970 00:00:02 GMT"]],"map":{"a":3}}"#;
        let shape: Shape = serde_json::from_str(json).unwrap();
        assert_eq!(shape.sparse, vec![Some(DateTime::from_secs(1)), None]);
        assert_eq!(shape.nested, Some(vec![vec![DateTime::from_secs(2)]]));
        assert_eq!(*shape.map["a"], DateTime::from_secs(3));
        assert_eq!(serde_json::to_string(&shape).unwrap(), json);
    }

    #[test]
    fn a_timestamp_in_the_wrong_format_is_an_error() {
        let error = serde_json::from_str::<Shape>(r#"{"sparse":[12]}"#).unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
}
