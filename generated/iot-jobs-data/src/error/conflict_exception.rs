// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The request clashes with the current state of a resource.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ConflictException {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// ID of the resource that caused the conflict.
    #[serde(rename = "resourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl ConflictException {
    /// A builder for [`ConflictException`].
    pub fn builder() -> ConflictExceptionBuilder {
        ConflictExceptionBuilder::default()
    }
}

impl PartialEq for ConflictException {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.resource_id == other.resource_id
    }
}

/// A builder for [`ConflictException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ConflictExceptionBuilder {
    message: Option<String>,
    resource_id: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl ConflictExceptionBuilder {
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

    /// Sets `resourceId`.
    pub fn resource_id(mut self, input: impl Into<String>) -> Self {
        self.resource_id = Some(input.into());
        self
    }

    /// Sets or clears `resourceId`.
    pub fn set_resource_id(mut self, input: Option<String>) -> Self {
        self.resource_id = input;
        self
    }

    /// The value of `resourceId` set so far.
    pub fn get_resource_id(&self) -> &Option<String> {
        &self.resource_id
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`ConflictException`].
    pub fn build(self) -> ConflictException {
        ConflictException {
            message: self.message,
            resource_id: self.resource_id,
            meta: self.meta,
        }
    }
}

impl ConflictException {
    /// The error code on the wire, `ConflictException`.
    pub const CODE: &'static str = "ConflictException";
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
            crate::de::read_conflict_exception,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for ConflictException {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ConflictException::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ConflictException::code(self)
    }

    fn message(&self) -> Option<&str> {
        ConflictException::message(self)
    }
}

impl ::std::fmt::Display for ConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "ConflictException: {}", message),
            None => f.write_str("ConflictException"),
        }
    }
}

impl ::std::error::Error for ConflictException {}
