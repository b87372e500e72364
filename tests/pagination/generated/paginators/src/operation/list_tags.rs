// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Lists tags: the items are the entries of a map.
mod wire;

/// The input of `ListTags`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListTagsInput {
    /// The `nextToken` member.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The `maxResults` member.
    #[serde(rename = "maxResults", skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
}

impl ListTagsInput {
    /// A builder for [`ListTagsInput`].
    pub fn builder() -> ListTagsInputBuilder {
        ListTagsInputBuilder::default()
    }
}

/// A builder for [`ListTagsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListTagsInputBuilder {
    next_token: Option<String>,
    max_results: Option<i64>,
}

impl ListTagsInputBuilder {
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
    pub fn max_results(mut self, input: impl Into<i64>) -> Self {
        self.max_results = Some(input.into());
        self
    }

    /// Sets or clears `maxResults`.
    pub fn set_max_results(mut self, input: Option<i64>) -> Self {
        self.max_results = input;
        self
    }

    /// The value of `maxResults` set so far.
    pub fn get_max_results(&self) -> &Option<i64> {
        &self.max_results
    }

    /// Builds the [`ListTagsInput`].
    pub fn build(self) -> ListTagsInput {
        ListTagsInput {
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}

/// The output of `ListTags`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ListTagsOutput {
    /// The `nextToken` member.
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The `tags` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<::std::collections::HashMap<String, String>>,
}

impl ListTagsOutput {
    /// A builder for [`ListTagsOutput`].
    pub fn builder() -> ListTagsOutputBuilder {
        ListTagsOutputBuilder::default()
    }
}

/// A builder for [`ListTagsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListTagsOutputBuilder {
    next_token: Option<String>,
    tags: Option<::std::collections::HashMap<String, String>>,
}

impl ListTagsOutputBuilder {
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

    /// Sets `tags`.
    pub fn tags(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = Some(input.into());
        self
    }

    /// Sets or clears `tags`.
    pub fn set_tags(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = input;
        self
    }

    /// The value of `tags` set so far.
    pub fn get_tags(&self) -> &Option<::std::collections::HashMap<String, String>> {
        &self.tags
    }

    /// Builds the [`ListTagsOutput`].
    pub fn build(self) -> ListTagsOutput {
        ListTagsOutput {
            next_token: self.next_token,
            tags: self.tags,
        }
    }
}

/// An error of the `ListTags` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl ListTagsError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for ListTagsError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        ListTagsError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        ListTagsError::code(self)
    }

    fn message(&self) -> Option<&str> {
        ListTagsError::message(self)
    }
}

impl ::std::fmt::Display for ListTagsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for ListTagsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for ListTagsError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<ListTagsError> for crate::Error {
    fn from(error: ListTagsError) -> Self {
        match error {
            ListTagsError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `ListTags` call: set the input members, then send it.
///
/// Get one from [`Client::list_tags`](crate::Client::list_tags).
#[derive(Clone, Debug)]
pub struct ListTagsFluentBuilder {
    client: crate::Client,
    inner: ListTagsInputBuilder,
}

impl ListTagsFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](ListTagsError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<ListTagsOutput, ListTagsError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &ListTagsInputBuilder {
        &self.inner
    }

    /// Pages through the results: a stream of pages ([`ListTagsPaginator`](crate::paginator::ListTagsPaginator)), or of their items (`tags`) with `.items()`. Set the input members first; the paginator sends the continuation token.
    pub fn into_paginator(self) -> crate::paginator::ListTagsPaginator {
        crate::paginator::ListTagsPaginator::new(self)
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
    pub fn max_results(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.max_results(input);
        self
    }

    /// Sets or clears `maxResults`.
    pub fn set_max_results(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_max_results(input);
        self
    }

    /// The value of `maxResults` set so far.
    pub fn get_max_results(&self) -> &Option<i64> {
        self.inner.get_max_results()
    }
}
