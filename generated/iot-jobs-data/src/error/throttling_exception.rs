// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Too many requests were sent in a short time.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ThrottlingException {
    /// Text describing the error.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// Extra data returned with the error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<::smithy_runtime::Blob>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl ThrottlingException {
    /// A builder for [`ThrottlingException`].
    pub fn builder() -> ThrottlingExceptionBuilder {
        ThrottlingExceptionBuilder::default()
    }
}

impl PartialEq for ThrottlingException {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.payload == other.payload
    }
}

/// A builder for [`ThrottlingException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ThrottlingExceptionBuilder {
    message: Option<String>,
    payload: Option<::smithy_runtime::Blob>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl ThrottlingExceptionBuilder {
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

    /// Sets `payload`.
    pub fn payload(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.payload = Some(input.into());
        self
    }

    /// Sets or clears `payload`.
    pub fn set_payload(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.payload = input;
        self
    }

    /// The value of `payload` set so far.
    pub fn get_payload(&self) -> &Option<::smithy_runtime::Blob> {
        &self.payload
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`ThrottlingException`].
    pub fn build(self) -> ThrottlingException {
        ThrottlingException {
            message: self.message,
            payload: self.payload,
            meta: self.meta,
        }
    }
}

impl ThrottlingException {
    /// The error code on the wire, `ThrottlingException`.
    pub const CODE: &'static str = "ThrottlingException";
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
            crate::de::read_throttling_exception,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for ThrottlingException {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ThrottlingException::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ThrottlingException::code(self)
    }

    fn message(&self) -> Option<&str> {
        ThrottlingException::message(self)
    }
}

impl ::std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "ThrottlingException: {}", message),
            None => f.write_str("ThrottlingException"),
        }
    }
}

impl ::std::error::Error for ThrottlingException {}
