// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

/// No object has this key.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NoSuchKey {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The `key` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl NoSuchKey {
    /// A builder for [`NoSuchKey`].
    pub fn builder() -> NoSuchKeyBuilder {
        NoSuchKeyBuilder::default()
    }
}

impl PartialEq for NoSuchKey {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.key == other.key
    }
}

/// A builder for [`NoSuchKey`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NoSuchKeyBuilder {
    message: Option<String>,
    key: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl NoSuchKeyBuilder {
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

    /// Sets `key`.
    pub fn key(mut self, input: impl Into<String>) -> Self {
        self.key = Some(input.into());
        self
    }

    /// Sets or clears `key`.
    pub fn set_key(mut self, input: Option<String>) -> Self {
        self.key = input;
        self
    }

    /// The value of `key` set so far.
    pub fn get_key(&self) -> &Option<String> {
        &self.key
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`NoSuchKey`].
    pub fn build(self) -> NoSuchKey {
        NoSuchKey {
            message: self.message,
            key: self.key,
            meta: self.meta,
        }
    }
}

impl NoSuchKey {
    /// The error code on the wire, `NoSuchKey`.
    pub const CODE: &'static str = "NoSuchKey";
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
            crate::de::read_no_such_key,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for NoSuchKey {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        NoSuchKey::meta(self)
    }

    fn code(&self) -> Option<&str> {
        NoSuchKey::code(self)
    }

    fn message(&self) -> Option<&str> {
        NoSuchKey::message(self)
    }
}

impl ::std::fmt::Display for NoSuchKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "NoSuchKey: {}", message),
            None => f.write_str("NoSuchKey"),
        }
    }
}

impl ::std::error::Error for NoSuchKey {}
