// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads an object, its body streamed to the caller.
mod wire;

/// The input of `DownloadObject`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct DownloadObjectInput {
    /// The `key` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl DownloadObjectInput {
    /// A builder for [`DownloadObjectInput`].
    pub fn builder() -> DownloadObjectInputBuilder {
        DownloadObjectInputBuilder::default()
    }
}

/// A builder for [`DownloadObjectInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DownloadObjectInputBuilder {
    key: Option<String>,
}

impl DownloadObjectInputBuilder {
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

    /// Builds the [`DownloadObjectInput`].
    ///
    /// Fails when a required member is not set: `key`.
    pub fn build(
        self,
    ) -> Result<DownloadObjectInput, ::smithy_runtime::error::BuildError> {
        if self.key.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "DownloadObjectInput",
                    "key",
                ),
            );
        }
        Ok(DownloadObjectInput {
            key: self.key,
        })
    }
}

/// The output of `DownloadObject`.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct DownloadObjectOutput {
    /// The object's bytes, read as they arrive.
    pub body: ::smithy_runtime::ByteStream,
    /// The `version` member.
    pub version: Option<String>,
    /// The `contentLength` member.
    pub content_length: Option<i64>,
}

impl DownloadObjectOutput {
    /// A builder for [`DownloadObjectOutput`].
    pub fn builder() -> DownloadObjectOutputBuilder {
        DownloadObjectOutputBuilder::default()
    }
}

/// A builder for [`DownloadObjectOutput`].
#[derive(Debug, Default)]
pub struct DownloadObjectOutputBuilder {
    body: Option<::smithy_runtime::ByteStream>,
    version: Option<String>,
    content_length: Option<i64>,
}

impl DownloadObjectOutputBuilder {
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

    /// Sets `version`.
    pub fn version(mut self, input: impl Into<String>) -> Self {
        self.version = Some(input.into());
        self
    }

    /// Sets or clears `version`.
    pub fn set_version(mut self, input: Option<String>) -> Self {
        self.version = input;
        self
    }

    /// The value of `version` set so far.
    pub fn get_version(&self) -> &Option<String> {
        &self.version
    }

    /// Sets `contentLength`.
    pub fn content_length(mut self, input: impl Into<i64>) -> Self {
        self.content_length = Some(input.into());
        self
    }

    /// Sets or clears `contentLength`.
    pub fn set_content_length(mut self, input: Option<i64>) -> Self {
        self.content_length = input;
        self
    }

    /// The value of `contentLength` set so far.
    pub fn get_content_length(&self) -> &Option<i64> {
        &self.content_length
    }

    /// Builds the [`DownloadObjectOutput`].
    pub fn build(self) -> DownloadObjectOutput {
        DownloadObjectOutput {
            body: self.body.unwrap_or_default(),
            version: self.version,
            content_length: self.content_length,
        }
    }
}

/// An error of the `DownloadObject` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DownloadObjectError {
    /// No object has this key.
    NoSuchKey(crate::error::NoSuchKey),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl DownloadObjectError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::NoSuchKey(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for DownloadObjectError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        DownloadObjectError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        DownloadObjectError::code(self)
    }

    fn message(&self) -> Option<&str> {
        DownloadObjectError::message(self)
    }
}

impl ::std::fmt::Display for DownloadObjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for DownloadObjectError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for DownloadObjectError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<DownloadObjectError> for crate::Error {
    fn from(error: DownloadObjectError) -> Self {
        match error {
            DownloadObjectError::NoSuchKey(error) => crate::Error::NoSuchKey(error),
            DownloadObjectError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `DownloadObject` call: set the input members, then send it.
///
/// Get one from [`Client::download_object`](crate::Client::download_object).
#[derive(Clone, Debug)]
pub struct DownloadObjectFluentBuilder {
    client: crate::Client,
    inner: DownloadObjectInputBuilder,
}

impl DownloadObjectFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](DownloadObjectError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<DownloadObjectOutput, DownloadObjectError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &DownloadObjectInputBuilder {
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
}
