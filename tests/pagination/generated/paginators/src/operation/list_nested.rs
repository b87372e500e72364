// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists values whose next token and items sit in nested structures.
mod wire;

/// The input of `ListNested`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListNestedInput {
    /// The `token` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The `limit` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

impl ListNestedInput {
    /// A builder for [`ListNestedInput`].
    pub fn builder() -> ListNestedInputBuilder {
        ListNestedInputBuilder::default()
    }
}

/// A builder for [`ListNestedInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListNestedInputBuilder {
    token: Option<String>,
    limit: Option<i32>,
}

impl ListNestedInputBuilder {
    /// Sets `token`.
    pub fn token(mut self, input: impl Into<String>) -> Self {
        self.token = Some(input.into());
        self
    }

    /// Sets or clears `token`.
    pub fn set_token(mut self, input: Option<String>) -> Self {
        self.token = input;
        self
    }

    /// The value of `token` set so far.
    pub fn get_token(&self) -> &Option<String> {
        &self.token
    }

    /// Sets `limit`.
    pub fn limit(mut self, input: impl Into<i32>) -> Self {
        self.limit = Some(input.into());
        self
    }

    /// Sets or clears `limit`.
    pub fn set_limit(mut self, input: Option<i32>) -> Self {
        self.limit = input;
        self
    }

    /// The value of `limit` set so far.
    pub fn get_limit(&self) -> &Option<i32> {
        &self.limit
    }

    /// Builds the [`ListNestedInput`].
    pub fn build(self) -> ListNestedInput {
        ListNestedInput {
            token: self.token,
            limit: self.limit,
        }
    }
}

/// The output of `ListNested`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListNestedOutput {
    /// The `result` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::types::NestedResult>,
}

impl ListNestedOutput {
    /// A builder for [`ListNestedOutput`].
    pub fn builder() -> ListNestedOutputBuilder {
        ListNestedOutputBuilder::default()
    }
}

/// A builder for [`ListNestedOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListNestedOutputBuilder {
    result: Option<crate::types::NestedResult>,
}

impl ListNestedOutputBuilder {
    /// Sets `result`.
    pub fn result(mut self, input: impl Into<crate::types::NestedResult>) -> Self {
        self.result = Some(input.into());
        self
    }

    /// Sets or clears `result`.
    pub fn set_result(mut self, input: Option<crate::types::NestedResult>) -> Self {
        self.result = input;
        self
    }

    /// The value of `result` set so far.
    pub fn get_result(&self) -> &Option<crate::types::NestedResult> {
        &self.result
    }

    /// Builds the [`ListNestedOutput`].
    pub fn build(self) -> ListNestedOutput {
        ListNestedOutput {
            result: self.result,
        }
    }
}

/// An error of the `ListNested` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListNestedError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl ListNestedError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for ListNestedError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ListNestedError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ListNestedError::code(self)
    }

    fn message(&self) -> Option<&str> {
        ListNestedError::message(self)
    }
}

impl ::std::fmt::Display for ListNestedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for ListNestedError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for ListNestedError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<ListNestedError> for crate::Error {
    fn from(error: ListNestedError) -> Self {
        match error {
            ListNestedError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `ListNested` call: set the input members, then send it.
///
/// Get one from [`Client::list_nested`](crate::Client::list_nested).
#[derive(Clone, Debug)]
pub struct ListNestedFluentBuilder {
    client: crate::Client,
    inner: ListNestedInputBuilder,
}

impl ListNestedFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](ListNestedError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<ListNestedOutput, ListNestedError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &ListNestedInputBuilder {
        &self.inner
    }

    /// Pages through the results: a stream of pages ([`ListNestedPaginator`](crate::paginator::ListNestedPaginator)), or of their items (`result.page.values`) with `.items()`. Set the input members first; the paginator sends the continuation token.
    pub fn into_paginator(self) -> crate::paginator::ListNestedPaginator {
        crate::paginator::ListNestedPaginator::new(self)
    }

    /// The `token` member.
    pub fn token(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.token(input);
        self
    }

    /// Sets or clears `token`.
    pub fn set_token(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_token(input);
        self
    }

    /// The value of `token` set so far.
    pub fn get_token(&self) -> &Option<String> {
        self.inner.get_token()
    }

    /// The `limit` member.
    pub fn limit(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.limit(input);
        self
    }

    /// Sets or clears `limit`.
    pub fn set_limit(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_limit(input);
        self
    }

    /// The value of `limit` set so far.
    pub fn get_limit(&self) -> &Option<i32> {
        self.inner.get_limit()
    }
}
