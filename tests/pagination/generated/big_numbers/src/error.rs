// Code generated from `tests/fixtures/big_numbers.json` by `cargo run -p pagination-tests --bin regenerate`. DO NOT EDIT.

//! The errors the service models, and [`Error`], which every operation error converts into.
/// Any error of any operation of the service: every operation's error converts into it.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl Error {
    /// The error code: the modeled error's name, or the code the service sent.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::Unhandled(error) => error.code(),
        }
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::Unhandled(error) => error.message(),
        }
    }
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unhandled(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(error) => Some(error),
        }
    }
}

impl ::std::convert::From<::smithy_runtime::error::UnhandledError> for Error {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}
