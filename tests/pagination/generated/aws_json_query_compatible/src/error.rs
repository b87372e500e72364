// Code generated from `tests/fixtures/aws_json_query_compatible.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The errors the service models, and [`Error`], which every operation error converts into.
mod queue_does_not_exist;
pub use queue_does_not_exist::QueueDoesNotExist;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::queue_does_not_exist::QueueDoesNotExistBuilder;
}

#[doc(inline)]
pub use ::smithy_runtime::error::{ErrorMetadata, ProvideErrorMetadata};

/// Any error of any operation of the service: every operation's error converts into it.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The queue does not exist.
    QueueDoesNotExist(crate::error::QueueDoesNotExist),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl Error {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::QueueDoesNotExist(error) => error,
            Self::Unhandled(error) => error,
        }
    }

    /// Status, code, message and request id of the response the error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        self.held().meta()
    }

    /// The error code: the modeled error's, or the code the service sent.
    pub fn code(&self) -> Option<&str> {
        self.held().code()
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> Option<&str> {
        self.held().message()
    }

    /// The request id of the response, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for Error {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        Error::meta(self)
    }

    fn code(&self) -> Option<&str> {
        Error::code(self)
    }

    fn message(&self) -> Option<&str> {
        Error::message(self)
    }
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for Error {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}
