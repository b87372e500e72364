// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists kinds.
mod wire;

/// The input of `ListKinds`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct ListKindsInput {}
impl ListKindsInput {
    /// A builder for [`ListKindsInput`].
    pub fn builder() -> ListKindsInputBuilder {
        ListKindsInputBuilder::default()
    }
}

/// A builder for [`ListKindsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListKindsInputBuilder {}
impl ListKindsInputBuilder {
    /// Builds the [`ListKindsInput`].
    pub fn build(self) -> ListKindsInput {
        ListKindsInput {}
    }
}

/// The output of `ListKinds`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct ListKindsOutput {}
impl ListKindsOutput {
    /// A builder for [`ListKindsOutput`].
    pub fn builder() -> ListKindsOutputBuilder {
        ListKindsOutputBuilder::default()
    }
}

/// A builder for [`ListKindsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListKindsOutputBuilder {}
impl ListKindsOutputBuilder {
    /// Builds the [`ListKindsOutput`].
    pub fn build(self) -> ListKindsOutput {
        ListKindsOutput {}
    }
}

/// An error of the `ListKinds` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListKindsError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl ListKindsError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for ListKindsError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ListKindsError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ListKindsError::code(self)
    }

    fn message(&self) -> Option<&str> {
        ListKindsError::message(self)
    }
}

impl ::std::fmt::Display for ListKindsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for ListKindsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for ListKindsError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<ListKindsError> for crate::Error {
    fn from(error: ListKindsError) -> Self {
        match error {
            ListKindsError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `ListKinds` call: set the input members, then send it.
///
/// Get one from [`Client::list_kinds`](crate::Client::list_kinds).
#[derive(Clone, Debug)]
pub struct ListKindsFluentBuilder {
    client: crate::Client,
    inner: ListKindsInputBuilder,
}

impl ListKindsFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](ListKindsError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<ListKindsOutput, ListKindsError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &ListKindsInputBuilder {
        &self.inner
    }
}
