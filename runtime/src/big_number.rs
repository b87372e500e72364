//! [`BigInteger`] and [`BigDecimal`]: the Smithy `bigInteger` and `bigDecimal`
//! types, kept as the exact text of their number so that no digit is lost
//! (`123456789012345678901234567890123456789012345` is beyond `i128`,
//! `0.1000000000000000000000000000001` beyond `f64`).
//!
//! Each holds validated JSON number text. On the wire it is written as is: a
//! JSON number in bodies (through `serde_json`'s raw values, with no change to how
//! other numbers are read), the same text in headers, query strings and labels.
//! Conversions to `i128` and `f64` are explicit: [`BigInteger::to_i128`] is
//! `None` beyond `i128`, [`BigDecimal::to_f64`] rounds.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that is not a number of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBigNumberError {
    text: String,
    expected: &'static str,
}

impl fmt::Display for ParseBigNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not {}", self.text, self.expected)
    }
}

impl std::error::Error for ParseBigNumberError {}

/// Whether `text` is a JSON integer: `-?(0|[1-9][0-9]*)`.
fn is_integer(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'))
}

/// Whether `text` is a JSON number: an integer, then optionally a fraction
/// `.[0-9]+` and an exponent `[eE][+-]?[0-9]+`.
fn is_number(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (integer, fraction) = match mantissa.split_once('.') {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (mantissa, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    is_integer(integer)
        && fraction.is_none_or(all_digits)
        && exponent.is_none_or(|e| all_digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

macro_rules! big_number {
    ($name:ident, $check:ident, $expected:literal, $kind:literal) => {
        impl $name {
            /// The number whose JSON text is `text` (surrounding whitespace
            /// ignored): what a JSON reader calls with a number token.
            ///
            /// # Errors
            ///
            #[doc = concat!("When `text` is not ", $expected, ".")]
            pub fn from_json_number_text(text: &str) -> Result<Self, ParseBigNumberError> {
                let text = text.trim();
                if $check(text) {
                    Ok($name(text.to_owned()))
                } else {
                    Err(ParseBigNumberError {
                        text: text.to_owned(),
                        expected: $expected,
                    })
                }
            }

            /// The number's exact text, e.g. `12345678901234567890123456789`.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = ParseBigNumberError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $name::from_json_number_text(text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Default for $name {
            /// Zero.
            fn default() -> Self {
                $name("0".to_owned())
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                $name(value.to_string())
            }
        }

        impl From<i32> for $name {
            fn from(value: i32) -> Self {
                $name(value.to_string())
            }
        }

        impl From<u64> for $name {
            fn from(value: u64) -> Self {
                $name(value.to_string())
            }
        }

        impl From<i128> for $name {
            fn from(value: i128) -> Self {
                $name(value.to_string())
            }
        }

        impl Serialize for $name {
            /// A JSON number with the exact text (with `serde_json`); other
            /// formats get the text as a string.
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match serde_json::value::RawValue::from_string(self.0.clone()) {
                    Ok(raw) => raw.serialize(serializer),
                    Err(_) => serializer.serialize_str(&self.0),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            #[doc = concat!("A JSON number (with `serde_json`), kept as its text; anything else is an error naming ", $kind, ".")]
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
                $name::from_json_number_text(raw.get()).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// A Smithy `bigInteger`: an integer of any size, kept as its decimal text.
///
/// ```
/// use smithy_runtime::BigInteger;
///
/// let n: BigInteger = "123456789012345678901234567890123456789012345".parse().unwrap();
/// assert_eq!(n.to_string(), "123456789012345678901234567890123456789012345");
/// assert_eq!(n.to_i128(), None);
/// assert_eq!(BigInteger::from(42i64).to_i128(), Some(42));
/// assert!("1.5".parse::<BigInteger>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BigInteger(String);

big_number!(BigInteger, is_integer, "an integer", "`bigInteger`");

impl BigInteger {
    /// The value as an `i128`, or `None` when it does not fit.
    pub fn to_i128(&self) -> Option<i128> {
        self.0.parse().ok()
    }

    /// The value as the nearest `f64` (rounded beyond 2^53).
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }
}

/// A Smithy `bigDecimal`: a decimal number of any size and precision, kept as
/// its JSON text (`0.1000000000000000000000000000001`, `1e400`).
///
/// Two values are equal when their text is: `1.0` and `1.00` differ.
///
/// ```
/// use smithy_runtime::BigDecimal;
///
/// let d: BigDecimal = "0.1000000000000000000000000000001".parse().unwrap();
/// assert_eq!(d.as_str(), "0.1000000000000000000000000000001");
/// assert_eq!(d.to_f64(), 0.1);
/// assert!("NaN".parse::<BigDecimal>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BigDecimal(String);

big_number!(BigDecimal, is_number, "a decimal number", "`bigDecimal`");

impl BigDecimal {
    /// The nearest `f64` (rounded: precision beyond `f64` is lost, and values
    /// beyond its range become infinite).
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }
}

impl From<BigInteger> for BigDecimal {
    fn from(value: BigInteger) -> Self {
        BigDecimal(value.0)
    }
}

impl TryFrom<f64> for BigDecimal {
    type Error = ParseBigNumberError;

    /// The shortest text that reads back as `value`; `NaN` and infinities are
    /// not numbers.
    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value.is_finite() {
            let text = value.to_string();
            BigDecimal::from_json_number_text(&text)
        } else {
            Err(ParseBigNumberError {
                text: value.to_string(),
                expected: "a decimal number",
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIG: &str = "123456789012345678901234567890123456789012345";
    const PRECISE: &str = "0.1000000000000000000000000000001";

    #[test]
    fn validates_the_json_number_grammar() {
        for ok in ["0", "-0", "7", "-12", BIG] {
            assert!(ok.parse::<BigInteger>().is_ok(), "{ok}");
            assert!(ok.parse::<BigDecimal>().is_ok(), "{ok}");
        }
        for ok in [PRECISE, "1e400", "-2.5E-3", "1E+2", "0.0"] {
            assert_eq!(ok.parse::<BigDecimal>().unwrap().as_str(), ok);
            assert!(ok.parse::<BigInteger>().is_err(), "{ok}");
        }
        for bad in [
            "", "-", "01", "+1", "1.", ".5", "1e", "1e+", "NaN", "Infinity", "0x10", "1 2", "\"1\"",
        ] {
            assert!(bad.parse::<BigDecimal>().is_err(), "{bad}");
            assert!(bad.parse::<BigInteger>().is_err(), "{bad}");
        }
        let error = "1.5".parse::<BigInteger>().unwrap_err();
        assert_eq!(error.to_string(), "`1.5` is not an integer");
        assert_eq!(BigInteger::from_json_number_text(" 42 ").unwrap().as_str(), "42");
    }

    #[test]
    fn conversions_are_explicit() {
        assert_eq!(BigInteger::from(i128::MAX).to_i128(), Some(i128::MAX));
        assert_eq!(BIG.parse::<BigInteger>().unwrap().to_i128(), None);
        assert_eq!(BigDecimal::try_from(0.5).unwrap().as_str(), "0.5");
        assert!(BigDecimal::try_from(f64::NAN).is_err());
        assert_eq!("1e400".parse::<BigDecimal>().unwrap().to_f64(), f64::INFINITY);
        assert_eq!(BigDecimal::from(BIG.parse::<BigInteger>().unwrap()).as_str(), BIG);
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Body {
        i: Option<BigInteger>,
        d: BigDecimal,
        list: Vec<BigDecimal>,
    }

    #[test]
    fn json_round_trip_keeps_every_digit() {
        let json = format!(r#"{{"i":{BIG},"d":{PRECISE},"list":[1e400,-0.0,3]}}"#);
        let body: Body = serde_json::from_str(&json).unwrap();
        assert_eq!(body.i.as_ref().unwrap().as_str(), BIG);
        assert_eq!(body.d.as_str(), PRECISE);
        assert_eq!(body.list[0].as_str(), "1e400");
        assert_eq!(serde_json::to_string(&body).unwrap(), json);
        // From a parsed `serde_json::Value` too.
        let value: serde_json::Value = serde_json::from_str(r#"{"i":null,"d":2.5,"list":[]}"#).unwrap();
        let body: Body = serde_json::from_value(value).unwrap();
        assert_eq!((body.i, body.d.as_str()), (None, "2.5"));
    }

    #[test]
    fn json_that_is_not_a_number_is_an_error() {
        for json in [
            r#"{"d":"1.5","list":[]}"#,
            r#"{"d":true,"list":[]}"#,
            r#"{"d":[1],"list":[]}"#,
        ] {
            assert!(serde_json::from_str::<Body>(json).is_err(), "{json}");
        }
        let error = serde_json::from_str::<Body>(r#"{"i":1.5,"d":1,"list":[]}"#).unwrap_err();
        assert!(error.to_string().contains("`1.5` is not an integer"), "{error}");
    }
}
