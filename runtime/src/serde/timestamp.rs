//! `DateTime` in each Smithy timestamp format, for `#[serde(with = "...")]`.
//!
//! ```
//! use smithy_runtime::DateTime;
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Shape {
//!     #[serde(with = "smithy_runtime::serde::timestamp::date_time")]
//!     created: DateTime,
//!     #[serde(
//!         with = "smithy_runtime::serde::timestamp::epoch_seconds::option",
//!         default,
//!         skip_serializing_if = "Option::is_none"
//!     )]
//!     updated: Option<DateTime>,
//! }
//!
//! let s: Shape = serde_json::from_str(r#"{"created":"2014-04-29T18:30:38Z","updated":1.5}"#).unwrap();
//! assert_eq!(s.created, DateTime::from_secs(1398796238));
//! assert_eq!(s.updated, Some(DateTime::from_millis(1500)));
//! assert_eq!(
//!     serde_json::to_string(&s).unwrap(),
//!     r#"{"created":"2014-04-29T18:30:38Z","updated":1.5}"#
//! );
//! ```

use crate::{DateTime, TimestampFormat};
use ::serde::de::Visitor;
use ::serde::{Deserializer, Serializer};
use std::fmt;

/// Serializes as an epoch-seconds number: an integer when whole, else a float with
/// at most three decimals.
fn ser_epoch<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
    if t.subsec_nanos() / 1_000_000 == 0 {
        s.serialize_i64(t.secs())
    } else {
        // Through the decimal text, so the f64 is the one closest to `secs.mmm`.
        let text = t.fmt(TimestampFormat::EpochSeconds);
        s.serialize_f64(text.parse().map_err(::serde::ser::Error::custom)?)
    }
}

struct EpochVisitor;

impl Visitor<'_> for EpochVisitor {
    type Value = DateTime;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number of seconds since the epoch")
    }
    fn visit_i64<E: ::serde::de::Error>(self, v: i64) -> Result<DateTime, E> {
        Ok(DateTime::from_secs(v))
    }
    fn visit_u64<E: ::serde::de::Error>(self, v: u64) -> Result<DateTime, E> {
        i64::try_from(v)
            .map(DateTime::from_secs)
            .map_err(|_| E::custom("epoch seconds out of range"))
    }
    fn visit_f64<E: ::serde::de::Error>(self, v: f64) -> Result<DateTime, E> {
        if v.is_finite() {
            Ok(DateTime::from_secs_f64(v))
        } else {
            Err(E::custom("epoch seconds must be finite"))
        }
    }
}

struct StrVisitor(TimestampFormat);

impl Visitor<'_> for StrVisitor {
    type Value = DateTime;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            TimestampFormat::HttpDate => f.write_str("an http-date timestamp string"),
            _ => f.write_str("an RFC 3339 date-time timestamp string"),
        }
    }
    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<DateTime, E> {
        DateTime::parse(v, self.0).map_err(E::custom)
    }
}

impl ::serde::Serialize for DateTime {
    /// As an epoch-seconds JSON number.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ser_epoch(self, s)
    }
}

impl<'de> ::serde::Deserialize<'de> for DateTime {
    /// From an epoch-seconds number (integer or float).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(EpochVisitor)
    }
}

macro_rules! option_module {
    () => {
        /// The same format for `Option<DateTime>` (`None` is `null`; use with
        /// `#[serde(default)]`).
        pub mod option {
            use crate::DateTime;
            use ::serde::{Deserialize, Deserializer, Serializer};

            /// Serializes `Some` in the parent module's format, `None` as `null`.
            pub fn serialize<S: Serializer>(t: &Option<DateTime>, s: S) -> Result<S::Ok, S::Error> {
                match t {
                    Some(t) => super::serialize(t, s),
                    None => s.serialize_none(),
                }
            }

            /// Deserializes `null` as `None`, else the parent module's format.
            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime>, D::Error> {
                #[derive(Deserialize)]
                struct W(#[serde(with = "super")] DateTime);
                Ok(Option::<W>::deserialize(d)?.map(|W(t)| t))
            }
        }
    };
}

/// `epoch-seconds`: a JSON number (`1398796238`, `946845296.123`).
pub mod epoch_seconds {
    use super::*;

    /// Serializes as a number.
    pub fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        ser_epoch(t, s)
    }

    /// Deserializes from a number (integer or float).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        d.deserialize_any(EpochVisitor)
    }

    option_module!();
}

/// `date-time`: an RFC 3339 string (`2014-04-29T18:30:38Z`).
pub mod date_time {
    use super::*;

    /// Serializes as an RFC 3339 string.
    pub fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.fmt(TimestampFormat::DateTime))
    }

    /// Deserializes from an RFC 3339 string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        d.deserialize_str(StrVisitor(TimestampFormat::DateTime))
    }

    option_module!();
}

/// `http-date`: an IMF-fixdate string (`Tue, 29 Apr 2014 18:30:38 GMT`).
pub mod http_date {
    use super::*;

    /// Serializes as an IMF-fixdate string.
    pub fn serialize<S: Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.fmt(TimestampFormat::HttpDate))
    }

    /// Deserializes from an IMF-fixdate string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        d.deserialize_str(StrVisitor(TimestampFormat::HttpDate))
    }

    option_module!();
}

#[cfg(test)]
mod tests {
    use crate::DateTime;

    #[derive(::serde::Serialize, ::serde::Deserialize, Debug, PartialEq)]
    struct S {
        #[serde(with = "crate::serde::timestamp::http_date")]
        h: DateTime,
        #[serde(with = "crate::serde::timestamp::date_time::option", default)]
        d: Option<DateTime>,
        e: DateTime,
        #[serde(with = "crate::serde::timestamp::epoch_seconds::option", default)]
        o: Option<DateTime>,
    }

    #[test]
    fn formats_in_json() {
        let json = r#"{"h":"Tue, 29 Apr 2014 18:30:38 GMT","d":"2000-01-02T20:34:56.123Z","e":946845296.123,"o":null}"#;
        let s: S = serde_json::from_str(json).unwrap();
        assert_eq!(s.h, DateTime::from_secs(1398796238));
        assert_eq!(s.d, Some(DateTime::from_secs_f64(946845296.123)));
        assert_eq!(s.e, DateTime::from_secs_f64(946845296.123));
        assert_eq!(s.o, None);
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
        let s: S = serde_json::from_str(r#"{"h":"Tue, 29 Apr 2014 18:30:38 GMT","e":1398796238}"#).unwrap();
        assert_eq!(s.d, None);
        assert_eq!(serde_json::to_string(&s.e).unwrap(), "1398796238");
        assert!(serde_json::from_str::<S>(r#"{"h":"nope","e":1}"#).is_err());
    }
}
