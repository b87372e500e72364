// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The errors the service models, and [`Error`], which every operation error converts into.
mod certificate_validation_exception;
mod conflict_exception;
mod internal_server_exception;
mod invalid_request_exception;
mod invalid_state_transition_exception;
mod resource_not_found_exception;
mod service_quota_exceeded_exception;
mod service_unavailable_exception;
mod terminal_state_exception;
mod throttling_exception;
mod validation_exception;
pub use certificate_validation_exception::CertificateValidationException;
pub use conflict_exception::ConflictException;
pub use internal_server_exception::InternalServerException;
pub use invalid_request_exception::InvalidRequestException;
pub use invalid_state_transition_exception::InvalidStateTransitionException;
pub use resource_not_found_exception::ResourceNotFoundException;
pub use service_quota_exceeded_exception::ServiceQuotaExceededException;
pub use service_unavailable_exception::ServiceUnavailableException;
pub use terminal_state_exception::TerminalStateException;
pub use throttling_exception::ThrottlingException;
pub use validation_exception::ValidationException;

/// The builders of the structures in this module.
pub mod builders {
    pub use super::certificate_validation_exception::CertificateValidationExceptionBuilder;
    pub use super::conflict_exception::ConflictExceptionBuilder;
    pub use super::internal_server_exception::InternalServerExceptionBuilder;
    pub use super::invalid_request_exception::InvalidRequestExceptionBuilder;
    pub use super::invalid_state_transition_exception::InvalidStateTransitionExceptionBuilder;
    pub use super::resource_not_found_exception::ResourceNotFoundExceptionBuilder;
    pub use super::service_quota_exceeded_exception::ServiceQuotaExceededExceptionBuilder;
    pub use super::service_unavailable_exception::ServiceUnavailableExceptionBuilder;
    pub use super::terminal_state_exception::TerminalStateExceptionBuilder;
    pub use super::throttling_exception::ThrottlingExceptionBuilder;
    pub use super::validation_exception::ValidationExceptionBuilder;
}

#[doc(inline)]
pub use ::smithy_runtime::error::{ErrorMetadata, ProvideErrorMetadata};

/// Any error of any operation of the service: every operation's error converts into it.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The client certificate was not accepted.
    CertificateValidationException(crate::error::CertificateValidationException),
    /// The request clashes with the current state of a resource.
    ConflictException(crate::error::ConflictException),
    /// The service hit an unexpected internal failure.
    InternalServerException(crate::error::InternalServerException),
    /// The request was malformed or contained bad values.
    InvalidRequestException(crate::error::InvalidRequestException),
    /// The requested status change is not allowed from the execution's current status, for example going from `SUCCEEDED` back to `IN_PROGRESS`. The error body also includes the `executionState`.
    InvalidStateTransitionException(crate::error::InvalidStateTransitionException),
    /// No resource matches the given identifiers.
    ResourceNotFoundException(crate::error::ResourceNotFoundException),
    /// Performing the request would go over a service quota.
    ServiceQuotaExceededException(crate::error::ServiceQuotaExceededException),
    /// The service cannot handle requests right now; try again later.
    ServiceUnavailableException(crate::error::ServiceUnavailableException),
    /// The job execution has already reached a final status.
    TerminalStateException(crate::error::TerminalStateException),
    /// Too many requests were sent in a short time.
    ThrottlingException(crate::error::ThrottlingException),
    /// The input did not pass validation.
    ValidationException(crate::error::ValidationException),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl Error {
    /// Status, code, message and request id of the response the error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        match self {
            Self::CertificateValidationException(error) => error.meta(),
            Self::ConflictException(error) => error.meta(),
            Self::InternalServerException(error) => error.meta(),
            Self::InvalidRequestException(error) => error.meta(),
            Self::InvalidStateTransitionException(error) => error.meta(),
            Self::ResourceNotFoundException(error) => error.meta(),
            Self::ServiceQuotaExceededException(error) => error.meta(),
            Self::ServiceUnavailableException(error) => error.meta(),
            Self::TerminalStateException(error) => error.meta(),
            Self::ThrottlingException(error) => error.meta(),
            Self::ValidationException(error) => error.meta(),
            Self::Unhandled(error) => error.meta(),
        }
    }

    /// The error code: the modeled error's, or the code the service sent.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::CertificateValidationException(error) => error.code(),
            Self::ConflictException(error) => error.code(),
            Self::InternalServerException(error) => error.code(),
            Self::InvalidRequestException(error) => error.code(),
            Self::InvalidStateTransitionException(error) => error.code(),
            Self::ResourceNotFoundException(error) => error.code(),
            Self::ServiceQuotaExceededException(error) => error.code(),
            Self::ServiceUnavailableException(error) => error.code(),
            Self::TerminalStateException(error) => error.code(),
            Self::ThrottlingException(error) => error.code(),
            Self::ValidationException(error) => error.code(),
            Self::Unhandled(error) => error.code(),
        }
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::CertificateValidationException(error) => error.message(),
            Self::ConflictException(error) => error.message(),
            Self::InternalServerException(error) => error.message(),
            Self::InvalidRequestException(error) => error.message(),
            Self::InvalidStateTransitionException(error) => error.message(),
            Self::ResourceNotFoundException(error) => error.message(),
            Self::ServiceQuotaExceededException(error) => error.message(),
            Self::ServiceUnavailableException(error) => error.message(),
            Self::TerminalStateException(error) => error.message(),
            Self::ThrottlingException(error) => error.message(),
            Self::ValidationException(error) => error.message(),
            Self::Unhandled(error) => error.message(),
        }
    }

    /// The request id of the response, if any.
    pub fn request_id(&self) -> ::std::option::Option<&str> {
        self.meta().request_id()
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for Error {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        Error::meta(self)
    }

    fn code(&self) -> ::std::option::Option<&str> {
        Error::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        Error::message(self)
    }
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::CertificateValidationException(error) => {
                ::std::fmt::Display::fmt(error, f)
            }
            Self::ConflictException(error) => ::std::fmt::Display::fmt(error, f),
            Self::InternalServerException(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidRequestException(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidStateTransitionException(error) => {
                ::std::fmt::Display::fmt(error, f)
            }
            Self::ResourceNotFoundException(error) => ::std::fmt::Display::fmt(error, f),
            Self::ServiceQuotaExceededException(error) => {
                ::std::fmt::Display::fmt(error, f)
            }
            Self::ServiceUnavailableException(error) => {
                ::std::fmt::Display::fmt(error, f)
            }
            Self::TerminalStateException(error) => ::std::fmt::Display::fmt(error, f),
            Self::ThrottlingException(error) => ::std::fmt::Display::fmt(error, f),
            Self::ValidationException(error) => ::std::fmt::Display::fmt(error, f),
            Self::Unhandled(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::CertificateValidationException(error) => {
                ::std::error::Error::source(error)
            }
            Self::ConflictException(error) => ::std::error::Error::source(error),
            Self::InternalServerException(error) => ::std::error::Error::source(error),
            Self::InvalidRequestException(error) => ::std::error::Error::source(error),
            Self::InvalidStateTransitionException(error) => {
                ::std::error::Error::source(error)
            }
            Self::ResourceNotFoundException(error) => ::std::error::Error::source(error),
            Self::ServiceQuotaExceededException(error) => {
                ::std::error::Error::source(error)
            }
            Self::ServiceUnavailableException(error) => {
                ::std::error::Error::source(error)
            }
            Self::TerminalStateException(error) => ::std::error::Error::source(error),
            Self::ThrottlingException(error) => ::std::error::Error::source(error),
            Self::ValidationException(error) => ::std::error::Error::source(error),
            Self::Unhandled(error) => ::std::error::Error::source(error),
        }
    }
}

impl ::std::convert::From<::smithy_runtime::error::UnhandledError> for Error {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}
