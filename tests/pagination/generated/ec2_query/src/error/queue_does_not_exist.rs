// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The queue does not exist.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct QueueDoesNotExist {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The queue that does not exist.
    #[serde(rename = "QueueUrl", skip_serializing_if = "Option::is_none")]
    pub queue_url: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl QueueDoesNotExist {
    /// A builder for [`QueueDoesNotExist`].
    pub fn builder() -> QueueDoesNotExistBuilder {
        QueueDoesNotExistBuilder::default()
    }
}

impl PartialEq for QueueDoesNotExist {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.queue_url == other.queue_url
    }
}

/// A builder for [`QueueDoesNotExist`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct QueueDoesNotExistBuilder {
    message: Option<String>,
    queue_url: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl QueueDoesNotExistBuilder {
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

    /// Sets `QueueUrl`.
    pub fn queue_url(mut self, input: impl Into<String>) -> Self {
        self.queue_url = Some(input.into());
        self
    }

    /// Sets or clears `QueueUrl`.
    pub fn set_queue_url(mut self, input: Option<String>) -> Self {
        self.queue_url = input;
        self
    }

    /// The value of `QueueUrl` set so far.
    pub fn get_queue_url(&self) -> &Option<String> {
        &self.queue_url
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`QueueDoesNotExist`].
    pub fn build(self) -> QueueDoesNotExist {
        QueueDoesNotExist {
            message: self.message,
            queue_url: self.queue_url,
            meta: self.meta,
        }
    }
}

impl QueueDoesNotExist {
    /// The error code on the wire, `QueueDoesNotExist`.
    pub const CODE: &'static str = "QueueDoesNotExist";
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
        let mut error = ::smithy_runtime::protocol::ec2_query::error_element(response)
            .and_then(|element| crate::de::read_queue_does_not_exist(&element).ok())
            .unwrap_or_default();
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for QueueDoesNotExist {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        QueueDoesNotExist::meta(self)
    }

    fn code(&self) -> Option<&str> {
        QueueDoesNotExist::code(self)
    }

    fn message(&self) -> Option<&str> {
        QueueDoesNotExist::message(self)
    }
}

impl ::std::fmt::Display for QueueDoesNotExist {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "QueueDoesNotExist: {}", message),
            None => f.write_str("QueueDoesNotExist"),
        }
    }
}

impl ::std::error::Error for QueueDoesNotExist {}
