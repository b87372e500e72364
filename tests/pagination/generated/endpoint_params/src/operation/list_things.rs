// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists things.
mod wire;

/// The input of `ListThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct ListThingsInput {}
impl ListThingsInput {
    /// A builder for [`ListThingsInput`].
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
}

/// A builder for [`ListThingsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListThingsInputBuilder {}
impl ListThingsInputBuilder {
    /// Builds the [`ListThingsInput`].
    pub fn build(self) -> ListThingsInput {
        ListThingsInput {}
    }
}

/// The output of `ListThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct ListThingsOutput {}
impl ListThingsOutput {
    /// A builder for [`ListThingsOutput`].
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}

/// A builder for [`ListThingsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListThingsOutputBuilder {}
impl ListThingsOutputBuilder {
    /// Builds the [`ListThingsOutput`].
    pub fn build(self) -> ListThingsOutput {
        ListThingsOutput {}
    }
}

/// An error of the `ListThings` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListThingsError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl ListThingsError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for ListThingsError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ListThingsError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ListThingsError::code(self)
    }

    fn message(&self) -> Option<&str> {
        ListThingsError::message(self)
    }
}

impl ::std::fmt::Display for ListThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for ListThingsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for ListThingsError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<ListThingsError> for crate::Error {
    fn from(error: ListThingsError) -> Self {
        match error {
            ListThingsError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `ListThings` call: set the input members, then send it.
///
/// Get one from [`Client::list_things`](crate::Client::list_things).
#[derive(Clone, Debug)]
pub struct ListThingsFluentBuilder {
    client: crate::Client,
    inner: ListThingsInputBuilder,
}

impl ListThingsFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](ListThingsError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<ListThingsOutput, ListThingsError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &ListThingsInputBuilder {
        &self.inner
    }
}
