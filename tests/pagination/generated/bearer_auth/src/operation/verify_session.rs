// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Works with or without a token.
mod wire;

/// The input of `VerifySession`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct VerifySessionInput {}
impl VerifySessionInput {
    /// A builder for [`VerifySessionInput`].
    pub fn builder() -> VerifySessionInputBuilder {
        VerifySessionInputBuilder::default()
    }
}

/// A builder for [`VerifySessionInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VerifySessionInputBuilder {}
impl VerifySessionInputBuilder {
    /// Builds the [`VerifySessionInput`].
    pub fn build(self) -> VerifySessionInput {
        VerifySessionInput {}
    }
}

/// The output of `VerifySession`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct VerifySessionOutput {
    /// The `identity` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
}

impl VerifySessionOutput {
    /// A builder for [`VerifySessionOutput`].
    pub fn builder() -> VerifySessionOutputBuilder {
        VerifySessionOutputBuilder::default()
    }
}

/// A builder for [`VerifySessionOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VerifySessionOutputBuilder {
    identity: Option<String>,
}

impl VerifySessionOutputBuilder {
    /// Sets `identity`.
    pub fn identity(mut self, input: impl Into<String>) -> Self {
        self.identity = Some(input.into());
        self
    }

    /// Sets or clears `identity`.
    pub fn set_identity(mut self, input: Option<String>) -> Self {
        self.identity = input;
        self
    }

    /// The value of `identity` set so far.
    pub fn get_identity(&self) -> &Option<String> {
        &self.identity
    }

    /// Builds the [`VerifySessionOutput`].
    pub fn build(self) -> VerifySessionOutput {
        VerifySessionOutput {
            identity: self.identity,
        }
    }
}

/// An error of the `VerifySession` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifySessionError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl VerifySessionError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for VerifySessionError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        VerifySessionError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        VerifySessionError::code(self)
    }

    fn message(&self) -> Option<&str> {
        VerifySessionError::message(self)
    }
}

impl ::std::fmt::Display for VerifySessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for VerifySessionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for VerifySessionError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<VerifySessionError> for crate::Error {
    fn from(error: VerifySessionError) -> Self {
        match error {
            VerifySessionError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `VerifySession` call: set the input members, then send it.
///
/// Get one from [`Client::verify_session`](crate::Client::verify_session).
#[derive(Clone, Debug)]
pub struct VerifySessionFluentBuilder {
    client: crate::Client,
    inner: VerifySessionInputBuilder,
}

impl VerifySessionFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](VerifySessionError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<VerifySessionOutput, VerifySessionError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &VerifySessionInputBuilder {
        &self.inner
    }
}
