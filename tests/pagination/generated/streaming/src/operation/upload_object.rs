// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Stores an object, its body streamed from the caller.
mod wire;

/// The input of `UploadObject`.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct UploadObjectInput {
    /// The `key` member.
    pub key: Option<String>,
    /// The `contentType` member.
    pub content_type: Option<String>,
    /// The object's bytes.
    pub body: Option<::smithy_runtime::ByteStream>,
}

impl UploadObjectInput {
    /// A builder for [`UploadObjectInput`].
    pub fn builder() -> UploadObjectInputBuilder {
        UploadObjectInputBuilder::default()
    }
}

/// A builder for [`UploadObjectInput`].
#[derive(Debug, Default)]
pub struct UploadObjectInputBuilder {
    key: Option<String>,
    content_type: Option<String>,
    body: Option<::smithy_runtime::ByteStream>,
}

impl UploadObjectInputBuilder {
    /// Sets `key`. Required.
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

    /// Sets `contentType`.
    pub fn content_type(mut self, input: impl Into<String>) -> Self {
        self.content_type = Some(input.into());
        self
    }

    /// Sets or clears `contentType`.
    pub fn set_content_type(mut self, input: Option<String>) -> Self {
        self.content_type = input;
        self
    }

    /// The value of `contentType` set so far.
    pub fn get_content_type(&self) -> &Option<String> {
        &self.content_type
    }

    /// Sets `body`.
    pub fn body(mut self, input: impl Into<::smithy_runtime::ByteStream>) -> Self {
        self.body = Some(input.into());
        self
    }

    /// Sets or clears `body`.
    pub fn set_body(mut self, input: Option<::smithy_runtime::ByteStream>) -> Self {
        self.body = input;
        self
    }

    /// The value of `body` set so far.
    pub fn get_body(&self) -> &Option<::smithy_runtime::ByteStream> {
        &self.body
    }

    /// Builds the [`UploadObjectInput`].
    ///
    /// Fails when a required member is not set: `key`.
    pub fn build(
        self,
    ) -> Result<UploadObjectInput, ::smithy_runtime::error::BuildError> {
        if self.key.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "UploadObjectInput",
                    "key",
                ),
            );
        }
        Ok(UploadObjectInput {
            key: self.key,
            content_type: self.content_type,
            body: self.body,
        })
    }
}

/// The output of `UploadObject`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct UploadObjectOutput {
    /// The `etag` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

impl UploadObjectOutput {
    /// A builder for [`UploadObjectOutput`].
    pub fn builder() -> UploadObjectOutputBuilder {
        UploadObjectOutputBuilder::default()
    }
}

/// A builder for [`UploadObjectOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UploadObjectOutputBuilder {
    etag: Option<String>,
}

impl UploadObjectOutputBuilder {
    /// Sets `etag`.
    pub fn etag(mut self, input: impl Into<String>) -> Self {
        self.etag = Some(input.into());
        self
    }

    /// Sets or clears `etag`.
    pub fn set_etag(mut self, input: Option<String>) -> Self {
        self.etag = input;
        self
    }

    /// The value of `etag` set so far.
    pub fn get_etag(&self) -> &Option<String> {
        &self.etag
    }

    /// Builds the [`UploadObjectOutput`].
    pub fn build(self) -> UploadObjectOutput {
        UploadObjectOutput {
            etag: self.etag,
        }
    }
}

/// An error of the `UploadObject` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadObjectError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl UploadObjectError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for UploadObjectError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        UploadObjectError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        UploadObjectError::code(self)
    }

    fn message(&self) -> Option<&str> {
        UploadObjectError::message(self)
    }
}

impl ::std::fmt::Display for UploadObjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for UploadObjectError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for UploadObjectError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<UploadObjectError> for crate::Error {
    fn from(error: UploadObjectError) -> Self {
        match error {
            UploadObjectError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `UploadObject` call: set the input members, then send it.
///
/// Get one from [`Client::upload_object`](crate::Client::upload_object).
#[derive(Debug)]
pub struct UploadObjectFluentBuilder {
    client: crate::Client,
    inner: UploadObjectInputBuilder,
}

impl UploadObjectFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](UploadObjectError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<UploadObjectOutput, UploadObjectError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &UploadObjectInputBuilder {
        &self.inner
    }

    /// The `key` member.
    pub fn key(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.key(input);
        self
    }

    /// Sets or clears `key`.
    pub fn set_key(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_key(input);
        self
    }

    /// The value of `key` set so far.
    pub fn get_key(&self) -> &Option<String> {
        self.inner.get_key()
    }

    /// The `contentType` member.
    pub fn content_type(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.content_type(input);
        self
    }

    /// Sets or clears `contentType`.
    pub fn set_content_type(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_content_type(input);
        self
    }

    /// The value of `contentType` set so far.
    pub fn get_content_type(&self) -> &Option<String> {
        self.inner.get_content_type()
    }

    /// The object's bytes.
    pub fn body(mut self, input: impl Into<::smithy_runtime::ByteStream>) -> Self {
        self.inner = self.inner.body(input);
        self
    }

    /// Sets or clears `body`.
    pub fn set_body(mut self, input: Option<::smithy_runtime::ByteStream>) -> Self {
        self.inner = self.inner.set_body(input);
        self
    }

    /// The value of `body` set so far.
    pub fn get_body(&self) -> &Option<::smithy_runtime::ByteStream> {
        self.inner.get_body()
    }
}
