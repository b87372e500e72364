// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists things, a page at a time (token, page size and items from the service defaults and the operation).
mod wire;

/// The input of `ListThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListThingsInput {
    /// The token of the page to get.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The most things per page.
    #[serde(rename = "maxResults", skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// Only things whose name starts with this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

impl ListThingsInput {
    /// A builder for [`ListThingsInput`].
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
}

/// A builder for [`ListThingsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListThingsInputBuilder {
    next_token: Option<String>,
    max_results: Option<i32>,
    prefix: Option<String>,
}

impl ListThingsInputBuilder {
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

    /// Sets `prefix`.
    pub fn prefix(mut self, input: impl Into<String>) -> Self {
        self.prefix = Some(input.into());
        self
    }

    /// Sets or clears `prefix`.
    pub fn set_prefix(mut self, input: Option<String>) -> Self {
        self.prefix = input;
        self
    }

    /// The value of `prefix` set so far.
    pub fn get_prefix(&self) -> &Option<String> {
        &self.prefix
    }

    /// Builds the [`ListThingsInput`].
    pub fn build(self) -> ListThingsInput {
        ListThingsInput {
            next_token: self.next_token,
            max_results: self.max_results,
            prefix: self.prefix,
        }
    }
}

/// The output of `ListThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListThingsOutput {
    /// The token of the next page, absent after the last one.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The `things` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub things: Option<Vec<crate::types::Thing>>,
}

impl ListThingsOutput {
    /// A builder for [`ListThingsOutput`].
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}

/// A builder for [`ListThingsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListThingsOutputBuilder {
    next_token: Option<String>,
    things: Option<Vec<crate::types::Thing>>,
}

impl ListThingsOutputBuilder {
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

    /// Sets `things`.
    pub fn things(mut self, input: impl Into<Vec<crate::types::Thing>>) -> Self {
        self.things = Some(input.into());
        self
    }

    /// Sets or clears `things`.
    pub fn set_things(mut self, input: Option<Vec<crate::types::Thing>>) -> Self {
        self.things = input;
        self
    }

    /// The value of `things` set so far.
    pub fn get_things(&self) -> &Option<Vec<crate::types::Thing>> {
        &self.things
    }

    /// Builds the [`ListThingsOutput`].
    pub fn build(self) -> ListThingsOutput {
        ListThingsOutput {
            next_token: self.next_token,
            things: self.things,
        }
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

    /// Pages through the results: a stream of pages ([`ListThingsPaginator`](crate::paginator::ListThingsPaginator)), or of their items (`things`) with `.items()`. Set the input members first; the paginator sends the continuation token.
    pub fn into_paginator(self) -> crate::paginator::ListThingsPaginator {
        crate::paginator::ListThingsPaginator::new(self)
    }

    /// The token of the page to get.
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

    /// The most things per page.
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

    /// Only things whose name starts with this.
    pub fn prefix(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.prefix(input);
        self
    }

    /// Sets or clears `prefix`.
    pub fn set_prefix(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_prefix(input);
        self
    }

    /// The value of `prefix` set so far.
    pub fn get_prefix(&self) -> &Option<String> {
        self.inner.get_prefix()
    }
}
