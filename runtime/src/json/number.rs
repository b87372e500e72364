//! JSON numbers, kept as written until the member's type is known: integer
//! members accept integral floats (`2.0`, `1e3`) as AWS clients do, and refuse
//! fractions and values out of range.

use super::error::{JsonError, JsonErrorKind};

/// A number token, as written in the input (its syntax already checked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number<'a> {
    text: &'a str,
    integral: bool,
    offset: usize,
}

impl<'a> Number<'a> {
    pub(super) fn new(text: &'a str, integral: bool, offset: usize) -> Self {
        Number { text, integral, offset }
    }

    /// The number as written.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Whether it is written without a fraction or an exponent.
    pub fn is_integer_literal(&self) -> bool {
        self.integral
    }

    fn error(&self, message: String) -> JsonError {
        JsonError::new(JsonErrorKind::InvalidNumber, self.offset, message)
    }

    /// The number as an integer of type `T`: an integer literal, or a float
    /// with no fractional part (`2.0`, `1e3`, `-0.0`), within `T`'s range.
    #[inline]
    pub fn to_integer<T: TryFrom<i128>>(&self) -> Result<T, JsonError> {
        let out_of_range = || {
            self.error(format!(
                "the number {} does not fit the member's integer type",
                self.text
            ))
        };
        let wide: i128 = if self.integral {
            // Most integers fit an `i64`, which parses faster than an `i128`.
            match self.text.parse::<i64>() {
                Ok(narrow) => i128::from(narrow),
                Err(_) => self.text.parse().map_err(|_| out_of_range())?,
            }
        } else {
            let float = self.to_f64()?;
            if float.fract() != 0.0 {
                return Err(self.error(format!("the number {} is not an integer", self.text)));
            }
            // 2^127 is exactly representable; anything at or beyond it does not fit.
            if float.abs() >= 170_141_183_460_469_231_731_687_303_715_884_105_728.0 {
                return Err(out_of_range());
            }
            float as i128
        };
        T::try_from(wide).map_err(|_| out_of_range())
    }

    /// The number as an `f64`; a number too large for it is an error.
    pub fn to_f64(&self) -> Result<f64, JsonError> {
        match self.text.parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(value),
            _ => Err(self.error(format!("the number {} is too large for a float", self.text))),
        }
    }
}
