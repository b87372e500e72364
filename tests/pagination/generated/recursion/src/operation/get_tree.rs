// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `GetTree` operation.
mod wire;

/// The input of `GetTree`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct GetTreeInput {}
impl GetTreeInput {
    /// A builder for [`GetTreeInput`].
    pub fn builder() -> GetTreeInputBuilder {
        GetTreeInputBuilder::default()
    }
}

/// A builder for [`GetTreeInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetTreeInputBuilder {}
impl GetTreeInputBuilder {
    /// Builds the [`GetTreeInput`].
    pub fn build(self) -> GetTreeInput {
        GetTreeInput {}
    }
}

/// The output of `GetTree`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetTreeOutput {
    /// The `root` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<crate::types::Node>,
    /// The `expression` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expression: Option<crate::types::Expression>,
}

impl GetTreeOutput {
    /// A builder for [`GetTreeOutput`].
    pub fn builder() -> GetTreeOutputBuilder {
        GetTreeOutputBuilder::default()
    }
}

/// A builder for [`GetTreeOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetTreeOutputBuilder {
    root: Option<crate::types::Node>,
    expression: Option<crate::types::Expression>,
}

impl GetTreeOutputBuilder {
    /// Sets `root`.
    pub fn root(mut self, input: impl Into<crate::types::Node>) -> Self {
        self.root = Some(input.into());
        self
    }

    /// Sets or clears `root`.
    pub fn set_root(mut self, input: Option<crate::types::Node>) -> Self {
        self.root = input;
        self
    }

    /// The value of `root` set so far.
    pub fn get_root(&self) -> &Option<crate::types::Node> {
        &self.root
    }

    /// Sets `expression`.
    pub fn expression(mut self, input: impl Into<crate::types::Expression>) -> Self {
        self.expression = Some(input.into());
        self
    }

    /// Sets or clears `expression`.
    pub fn set_expression(mut self, input: Option<crate::types::Expression>) -> Self {
        self.expression = input;
        self
    }

    /// The value of `expression` set so far.
    pub fn get_expression(&self) -> &Option<crate::types::Expression> {
        &self.expression
    }

    /// Builds the [`GetTreeOutput`].
    pub fn build(self) -> GetTreeOutput {
        GetTreeOutput {
            root: self.root,
            expression: self.expression,
        }
    }
}

/// An error of the `GetTree` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTreeError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetTreeError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetTreeError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetTreeError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetTreeError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetTreeError::message(self)
    }
}

impl ::std::fmt::Display for GetTreeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetTreeError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetTreeError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetTreeError> for crate::Error {
    fn from(error: GetTreeError) -> Self {
        match error {
            GetTreeError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `GetTree` call: set the input members, then send it.
///
/// Get one from [`Client::get_tree`](crate::Client::get_tree).
#[derive(Clone, Debug)]
pub struct GetTreeFluentBuilder {
    client: crate::Client,
    inner: GetTreeInputBuilder,
}

impl GetTreeFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetTreeError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<GetTreeOutput, GetTreeError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetTreeInputBuilder {
        &self.inner
    }
}
