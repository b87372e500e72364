// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Performing the request would go over a service quota.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ServiceQuotaExceededException {
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

impl ServiceQuotaExceededException {
    /// A builder for [`ServiceQuotaExceededException`].
    pub fn builder() -> ServiceQuotaExceededExceptionBuilder {
        ServiceQuotaExceededExceptionBuilder::default()
    }
}

impl PartialEq for ServiceQuotaExceededException {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message
    }
}

/// A builder for [`ServiceQuotaExceededException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ServiceQuotaExceededExceptionBuilder {
    message: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl ServiceQuotaExceededExceptionBuilder {
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

    /// Builds the [`ServiceQuotaExceededException`].
    pub fn build(self) -> ServiceQuotaExceededException {
        ServiceQuotaExceededException {
            message: self.message,
            meta: self.meta,
        }
    }
}

impl ServiceQuotaExceededException {
    /// The error code on the wire, `ServiceQuotaExceededException`.
    pub const CODE: &'static str = "ServiceQuotaExceededException";
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
            crate::de::read_service_quota_exceeded_exception,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for ServiceQuotaExceededException {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ServiceQuotaExceededException::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ServiceQuotaExceededException::code(self)
    }

    fn message(&self) -> Option<&str> {
        ServiceQuotaExceededException::message(self)
    }
}

impl ::std::fmt::Display for ServiceQuotaExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => {
                ::std::write!(f, "ServiceQuotaExceededException: {}", message)
            }
            None => f.write_str("ServiceQuotaExceededException"),
        }
    }
}

impl ::std::error::Error for ServiceQuotaExceededException {}
