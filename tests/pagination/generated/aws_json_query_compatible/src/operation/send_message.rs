// Code generated from `tests/fixtures/aws_json_query_compatible.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Sends a message to a queue.
mod wire;

/// The input of `SendMessage`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SendMessageInput {
    /// The queue.
    #[serde(rename = "QueueUrl", skip_serializing_if = "Option::is_none")]
    pub queue_url: Option<String>,
    /// The message.
    #[serde(rename = "MessageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
}

impl SendMessageInput {
    /// A builder for [`SendMessageInput`].
    pub fn builder() -> SendMessageInputBuilder {
        SendMessageInputBuilder::default()
    }
}

/// A builder for [`SendMessageInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SendMessageInputBuilder {
    queue_url: Option<String>,
    message_body: Option<String>,
}

impl SendMessageInputBuilder {
    /// Sets `QueueUrl`. Required.
    pub fn queue_url(mut self, input: impl Into<String>) -> Self {
        self.queue_url = Some(input.into());
        self
    }

    /// Sets or clears `QueueUrl`.
    pub fn set_queue_url(mut self, input: Option<String>) -> Self {
        self.queue_url = input;
        self
    }

    /// The value of `QueueUrl` set so far.
    pub fn get_queue_url(&self) -> &Option<String> {
        &self.queue_url
    }

    /// Sets `MessageBody`. Required.
    pub fn message_body(mut self, input: impl Into<String>) -> Self {
        self.message_body = Some(input.into());
        self
    }

    /// Sets or clears `MessageBody`.
    pub fn set_message_body(mut self, input: Option<String>) -> Self {
        self.message_body = input;
        self
    }

    /// The value of `MessageBody` set so far.
    pub fn get_message_body(&self) -> &Option<String> {
        &self.message_body
    }

    /// Builds the [`SendMessageInput`].
    ///
    /// Fails when a required member is not set: `QueueUrl`, `MessageBody`.
    pub fn build(self) -> Result<SendMessageInput, ::smithy_runtime::error::BuildError> {
        if self.queue_url.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "SendMessageInput",
                    "QueueUrl",
                ),
            );
        }
        if self.message_body.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "SendMessageInput",
                    "MessageBody",
                ),
            );
        }
        Ok(SendMessageInput {
            queue_url: self.queue_url,
            message_body: self.message_body,
        })
    }
}

/// The output of `SendMessage`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SendMessageOutput {
    /// The message's id.
    #[serde(rename = "MessageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}

impl SendMessageOutput {
    /// A builder for [`SendMessageOutput`].
    pub fn builder() -> SendMessageOutputBuilder {
        SendMessageOutputBuilder::default()
    }
}

/// A builder for [`SendMessageOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SendMessageOutputBuilder {
    message_id: Option<String>,
}

impl SendMessageOutputBuilder {
    /// Sets `MessageId`.
    pub fn message_id(mut self, input: impl Into<String>) -> Self {
        self.message_id = Some(input.into());
        self
    }

    /// Sets or clears `MessageId`.
    pub fn set_message_id(mut self, input: Option<String>) -> Self {
        self.message_id = input;
        self
    }

    /// The value of `MessageId` set so far.
    pub fn get_message_id(&self) -> &Option<String> {
        &self.message_id
    }

    /// Builds the [`SendMessageOutput`].
    pub fn build(self) -> SendMessageOutput {
        SendMessageOutput {
            message_id: self.message_id,
        }
    }
}

/// An error of the `SendMessage` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageError {
    /// The queue does not exist.
    QueueDoesNotExist(crate::error::QueueDoesNotExist),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl SendMessageError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::QueueDoesNotExist(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for SendMessageError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        SendMessageError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        SendMessageError::code(self)
    }

    fn message(&self) -> Option<&str> {
        SendMessageError::message(self)
    }
}

impl ::std::fmt::Display for SendMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for SendMessageError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for SendMessageError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<SendMessageError> for crate::Error {
    fn from(error: SendMessageError) -> Self {
        match error {
            SendMessageError::QueueDoesNotExist(error) => {
                crate::Error::QueueDoesNotExist(error)
            }
            SendMessageError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `SendMessage` call: set the input members, then send it.
///
/// Get one from [`Client::send_message`](crate::Client::send_message).
#[derive(Clone, Debug)]
pub struct SendMessageFluentBuilder {
    client: crate::Client,
    inner: SendMessageInputBuilder,
}

impl SendMessageFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](SendMessageError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<SendMessageOutput, SendMessageError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &SendMessageInputBuilder {
        &self.inner
    }

    /// The queue.
    pub fn queue_url(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.queue_url(input);
        self
    }

    /// Sets or clears `QueueUrl`.
    pub fn set_queue_url(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_queue_url(input);
        self
    }

    /// The value of `QueueUrl` set so far.
    pub fn get_queue_url(&self) -> &Option<String> {
        self.inner.get_queue_url()
    }

    /// The message.
    pub fn message_body(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.message_body(input);
        self
    }

    /// Sets or clears `MessageBody`.
    pub fn set_message_body(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_message_body(input);
        self
    }

    /// The value of `MessageBody` set so far.
    pub fn get_message_body(&self) -> &Option<String> {
        self.inner.get_message_body()
    }
}
