// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `Subscribe` operation.
mod wire;

/// The input of `Subscribe`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SubscribeInput {
    /// The `topic` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

impl SubscribeInput {
    /// A builder for [`SubscribeInput`].
    pub fn builder() -> SubscribeInputBuilder {
        SubscribeInputBuilder::default()
    }
}

/// A builder for [`SubscribeInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SubscribeInputBuilder {
    topic: Option<String>,
}

impl SubscribeInputBuilder {
    /// Sets `topic`.
    pub fn topic(mut self, input: impl Into<String>) -> Self {
        self.topic = Some(input.into());
        self
    }

    /// Sets or clears `topic`.
    pub fn set_topic(mut self, input: Option<String>) -> Self {
        self.topic = input;
        self
    }

    /// The value of `topic` set so far.
    pub fn get_topic(&self) -> &Option<String> {
        &self.topic
    }

    /// Builds the [`SubscribeInput`].
    pub fn build(self) -> SubscribeInput {
        SubscribeInput {
            topic: self.topic,
        }
    }
}

/// The output of `Subscribe`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SubscribeOutput {
    /// The `events` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<crate::types::Events>,
}

impl SubscribeOutput {
    /// A builder for [`SubscribeOutput`].
    pub fn builder() -> SubscribeOutputBuilder {
        SubscribeOutputBuilder::default()
    }
}

/// A builder for [`SubscribeOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SubscribeOutputBuilder {
    events: Option<crate::types::Events>,
}

impl SubscribeOutputBuilder {
    /// Sets `events`.
    pub fn events(mut self, input: impl Into<crate::types::Events>) -> Self {
        self.events = Some(input.into());
        self
    }

    /// Sets or clears `events`.
    pub fn set_events(mut self, input: Option<crate::types::Events>) -> Self {
        self.events = input;
        self
    }

    /// The value of `events` set so far.
    pub fn get_events(&self) -> &Option<crate::types::Events> {
        &self.events
    }

    /// Builds the [`SubscribeOutput`].
    pub fn build(self) -> SubscribeOutput {
        SubscribeOutput {
            events: self.events,
        }
    }
}

/// An error of the `Subscribe` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SubscribeError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl SubscribeError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for SubscribeError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        SubscribeError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        SubscribeError::code(self)
    }

    fn message(&self) -> Option<&str> {
        SubscribeError::message(self)
    }
}

impl ::std::fmt::Display for SubscribeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for SubscribeError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for SubscribeError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<SubscribeError> for crate::Error {
    fn from(error: SubscribeError) -> Self {
        match error {
            SubscribeError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `Subscribe` call: set the input members, then send it.
///
/// Get one from [`Client::subscribe`](crate::Client::subscribe).
#[derive(Clone, Debug)]
pub struct SubscribeFluentBuilder {
    client: crate::Client,
    inner: SubscribeInputBuilder,
}

impl SubscribeFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](SubscribeError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    ///
    /// **Not supported yet:** this operation streams events (member `events`); `send` fails with an `Unhandled` error before anything is sent.
    pub async fn send(self) -> Result<SubscribeOutput, SubscribeError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &SubscribeInputBuilder {
        &self.inner
    }

    /// The `topic` member.
    pub fn topic(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.topic(input);
        self
    }

    /// Sets or clears `topic`.
    pub fn set_topic(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_topic(input);
        self
    }

    /// The value of `topic` set so far.
    pub fn get_topic(&self) -> &Option<String> {
        self.inner.get_topic()
    }
}
