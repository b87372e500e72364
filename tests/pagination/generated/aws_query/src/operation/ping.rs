// Code generated from `tests/fixtures/aws_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Checks that the service answers.
mod wire;

/// The input of `Ping`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct PingInput {}
impl PingInput {
    /// A builder for [`PingInput`].
    pub fn builder() -> PingInputBuilder {
        PingInputBuilder::default()
    }
}

/// A builder for [`PingInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PingInputBuilder {}
impl PingInputBuilder {
    /// Builds the [`PingInput`].
    pub fn build(self) -> PingInput {
        PingInput {}
    }
}

/// The output of `Ping`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct PingOutput {}
impl PingOutput {
    /// A builder for [`PingOutput`].
    pub fn builder() -> PingOutputBuilder {
        PingOutputBuilder::default()
    }
}

/// A builder for [`PingOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PingOutputBuilder {}
impl PingOutputBuilder {
    /// Builds the [`PingOutput`].
    pub fn build(self) -> PingOutput {
        PingOutput {}
    }
}

/// An error of the `Ping` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PingError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PingError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for PingError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PingError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PingError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PingError::message(self)
    }
}

impl ::std::fmt::Display for PingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PingError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PingError> for crate::Error {
    fn from(error: PingError) -> Self {
        match error {
            PingError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `Ping` call: set the input members, then send it.
///
/// Get one from [`Client::ping`](crate::Client::ping).
#[derive(Clone, Debug)]
pub struct PingFluentBuilder {
    client: crate::Client,
    inner: PingInputBuilder,
}

impl PingFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PingError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PingOutput, PingError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PingInputBuilder {
        &self.inner
    }
}
