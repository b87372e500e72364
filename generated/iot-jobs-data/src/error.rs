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
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::CertificateValidationException(error) => error,
            Self::ConflictException(error) => error,
            Self::InternalServerException(error) => error,
            Self::InvalidRequestException(error) => error,
            Self::InvalidStateTransitionException(error) => error,
            Self::ResourceNotFoundException(error) => error,
            Self::ServiceQuotaExceededException(error) => error,
            Self::ServiceUnavailableException(error) => error,
            Self::TerminalStateException(error) => error,
            Self::ThrottlingException(error) => error,
            Self::ValidationException(error) => error,
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
