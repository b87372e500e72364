//! The error of the JSON reader: what went wrong, and where.

use std::borrow::Cow;
use std::fmt;

/// What kind of problem a [`JsonError`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonErrorKind {
    /// The input ends inside a value.
    UnexpectedEnd,
    /// A character that cannot start or continue the expected token.
    UnexpectedCharacter,
    /// A string with an invalid escape, a lone surrogate or a control character.
    InvalidString,
    /// A string that is not valid UTF-8.
    InvalidUtf8,
    /// A malformed number, or one that does not fit the member's type.
    InvalidNumber,
    /// Objects and arrays nested deeper than the reader allows.
    TooDeep,
    /// Something other than whitespace after the top-level value.
    TrailingCharacters,
    /// Well-formed JSON of the wrong type for the member (an array where an
    /// object is expected, a string where a number is expected, ...).
    UnexpectedType,
    /// Well-formed JSON whose value the shape does not allow (bad base64, a bad
    /// timestamp, a union with two members set).
    InvalidValue,
}

/// A response body the reader cannot read: its [`kind`](Self::kind), a message,
/// and the byte offset where the problem starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    // Boxed: errors are rare, and a small `Result` keeps tokens cheap to move.
    inner: Box<Inner>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Inner {
    kind: JsonErrorKind,
    offset: usize,
    message: Cow<'static, str>,
}

impl JsonError {
    /// An error of `kind` at byte `offset`.
    pub fn new(kind: JsonErrorKind, offset: usize, message: impl Into<Cow<'static, str>>) -> Self {
        JsonError {
            inner: Box::new(Inner {
                kind,
                offset,
                message: message.into(),
            }),
        }
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> JsonErrorKind {
        self.inner.kind
    }

    /// The byte offset in the input where the problem starts.
    pub fn offset(&self) -> usize {
        self.inner.offset
    }

    /// What is wrong, without the offset.
    pub fn message(&self) -> &str {
        &self.inner.message
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.inner.message, self.inner.offset)
    }
}

impl std::error::Error for JsonError {}
