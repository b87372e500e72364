// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Pages without items: only pages.
mod wire;

/// The input of `ListAll`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListAllInput {
    /// The `nextToken` member.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The `maxResults` member.
    #[serde(rename = "maxResults", skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl ListAllInput {
    /// A builder for [`ListAllInput`].
    pub fn builder() -> ListAllInputBuilder {
        ListAllInputBuilder::default()
    }
}

/// A builder for [`ListAllInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListAllInputBuilder {
    next_token: Option<String>,
    max_results: Option<i32>,
}

impl ListAllInputBuilder {
    /// Sets `nextToken`.
    pub fn next_token(mut self, input: impl Into<String>) -> Self {
        self.next_token = Some(input.into());
        self
    }

    /// Sets or clears `nextToken`.
    pub fn set_next_token(mut self, input: Option<String>) -> Self {
        self.next_token = input;
        self
    }

    /// The value of `nextToken` set so far.
    pub fn get_next_token(&self) -> &Option<String> {
        &self.next_token
    }

    /// Sets `maxResults`.
    pub fn max_results(mut self, input: impl Into<i32>) -> Self {
        self.max_results = Some(input.into());
        self
    }

    /// Sets or clears `maxResults`.
    pub fn set_max_results(mut self, input: Option<i32>) -> Self {
        self.max_results = input;
        self
    }

    /// The value of `maxResults` set so far.
    pub fn get_max_results(&self) -> &Option<i32> {
        &self.max_results
    }

    /// Builds the [`ListAllInput`].
    pub fn build(self) -> ListAllInput {
        ListAllInput {
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}

/// The output of `ListAll`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListAllOutput {
    /// The `nextToken` member.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The `count` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
}

impl ListAllOutput {
    /// A builder for [`ListAllOutput`].
    pub fn builder() -> ListAllOutputBuilder {
        ListAllOutputBuilder::default()
    }
}

/// A builder for [`ListAllOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListAllOutputBuilder {
    next_token: Option<String>,
    count: Option<i32>,
}

impl ListAllOutputBuilder {
    /// Sets `nextToken`.
    pub fn next_token(mut self, input: impl Into<String>) -> Self {
        self.next_token = Some(input.into());
        self
    }

    /// Sets or clears `nextToken`.
    pub fn set_next_token(mut self, input: Option<String>) -> Self {
        self.next_token = input;
        self
    }

    /// The value of `nextToken` set so far.
    pub fn get_next_token(&self) -> &Option<String> {
        &self.next_token
    }

    /// Sets `count`.
    pub fn count(mut self, input: impl Into<i32>) -> Self {
        self.count = Some(input.into());
        self
    }

    /// Sets or clears `count`.
    pub fn set_count(mut self, input: Option<i32>) -> Self {
        self.count = input;
        self
    }

    /// The value of `count` set so far.
    pub fn get_count(&self) -> &Option<i32> {
        &self.count
    }

    /// Builds the [`ListAllOutput`].
    pub fn build(self) -> ListAllOutput {
        ListAllOutput {
            next_token: self.next_token,
            count: self.count,
        }
    }
}

/// An error of the `ListAll` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAllError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl ListAllError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for ListAllError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ListAllError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ListAllError::code(self)
    }

    fn message(&self) -> Option<&str> {
        ListAllError::message(self)
    }
}

impl ::std::fmt::Display for ListAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for ListAllError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for ListAllError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<ListAllError> for crate::Error {
    fn from(error: ListAllError) -> Self {
        match error {
            ListAllError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `ListAll` call: set the input members, then send it.
///
/// Get one from [`Client::list_all`](crate::Client::list_all).
#[derive(Clone, Debug)]
pub struct ListAllFluentBuilder {
    client: crate::Client,
    inner: ListAllInputBuilder,
}

impl ListAllFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](ListAllError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<ListAllOutput, ListAllError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &ListAllInputBuilder {
        &self.inner
    }

    /// Pages through the results: a stream of pages ([`ListAllPaginator`](crate::paginator::ListAllPaginator)). Set the input members first; the paginator sends the continuation token.
    pub fn into_paginator(self) -> crate::paginator::ListAllPaginator {
        crate::paginator::ListAllPaginator::new(self)
    }

    /// The `nextToken` member.
    pub fn next_token(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.next_token(input);
        self
    }

    /// Sets or clears `nextToken`.
    pub fn set_next_token(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_next_token(input);
        self
    }

    /// The value of `nextToken` set so far.
    pub fn get_next_token(&self) -> &Option<String> {
        self.inner.get_next_token()
    }

    /// The `maxResults` member.
    pub fn max_results(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }

    /// Sets or clears `maxResults`.
    pub fn set_max_results(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }

    /// The value of `maxResults` set so far.
    pub fn get_max_results(&self) -> &Option<i32> {
        self.inner.get_max_results()
    }
}
