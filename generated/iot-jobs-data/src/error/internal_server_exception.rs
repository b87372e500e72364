// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The service hit an unexpected internal failure.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct InternalServerException {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl InternalServerException {
    /// A builder for [`InternalServerException`].
    pub fn builder() -> InternalServerExceptionBuilder {
        InternalServerExceptionBuilder::default()
    }
}

impl PartialEq for InternalServerException {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message
    }
}

/// A builder for [`InternalServerException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InternalServerExceptionBuilder {
    message: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl InternalServerExceptionBuilder {
    /// Sets `message`.
    pub fn message(mut self, input: impl Into<String>) -> Self {
        self.message = Some(input.into());
        self
    }

    /// Sets or clears `message`.
    pub fn set_message(mut self, input: Option<String>) -> Self {
        self.message = input;
        self
    }

    /// The value of `message` set so far.
    pub fn get_message(&self) -> &Option<String> {
        &self.message
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`InternalServerException`].
    pub fn build(self) -> InternalServerException {
        InternalServerException {
            message: self.message,
            meta: self.meta,
        }
    }
}

impl InternalServerException {
    /// The error code on the wire, `InternalServerException`.
    pub const CODE: &'static str = "InternalServerException";
    /// Status, code, message and request id of the response this error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        &self.meta
    }

    /// The error code the service sent, else [`Self::CODE`].
    pub fn code(&self) -> Option<&str> {
        Some(self.meta.code().unwrap_or(Self::CODE))
    }

    /// The message the service sent with the error.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }

    /// The request id of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }

    /// The error an error response carries: its members as the body (and
    /// headers) give them, completed with the response's metadata, whose
    /// message stands in for a missing one.
    pub(crate) fn from_response(
        response: &::smithy_runtime::http::HttpResponse,
        meta: ::smithy_runtime::error::ErrorMetadata,
    ) -> Self {
        let mut error = ::smithy_runtime::protocol::wire::read_error(
            response,
            crate::de::read_internal_server_exception,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for InternalServerException {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        InternalServerException::meta(self)
    }

    fn code(&self) -> Option<&str> {
        InternalServerException::code(self)
    }

    fn message(&self) -> Option<&str> {
        InternalServerException::message(self)
    }
}

impl ::std::fmt::Display for InternalServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "InternalServerException: {}", message),
            None => f.write_str("InternalServerException"),
        }
    }
}

impl ::std::error::Error for InternalServerException {}
