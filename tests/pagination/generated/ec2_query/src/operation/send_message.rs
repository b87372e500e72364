// Code generated from `tests/fixtures/ec2_query.json` by `cargo xtask codegen`. DO NOT EDIT.

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
    /// The message, sent as `Body` (`ec2QueryName`).
    #[serde(rename = "MessageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// When it was written (date-time on the wire).
    #[serde(rename = "SentAt", skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<::smithy_runtime::DateTime>,
    /// Labels, always flattened: `Labels.1`.
    #[serde(rename = "Labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Where it comes from.
    #[serde(rename = "Origin", skip_serializing_if = "Option::is_none")]
    pub origin: Option<crate::types::Origin>,
    /// How long to hold it back, sent capitalized.
    #[serde(rename = "delaySeconds", skip_serializing_if = "Option::is_none")]
    pub delay_seconds: Option<i32>,
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
    sent_at: Option<::smithy_runtime::DateTime>,
    labels: Option<Vec<String>>,
    origin: Option<crate::types::Origin>,
    delay_seconds: Option<i32>,
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

    /// Sets `MessageBody`.
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

    /// Sets `SentAt`.
    pub fn sent_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.sent_at = Some(input.into());
        self
    }

    /// Sets or clears `SentAt`.
    pub fn set_sent_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.sent_at = input;
        self
    }

    /// The value of `SentAt` set so far.
    pub fn get_sent_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.sent_at
    }

    /// Sets `Labels`.
    pub fn labels(mut self, input: impl Into<Vec<String>>) -> Self {
        self.labels = Some(input.into());
        self
    }

    /// Sets or clears `Labels`.
    pub fn set_labels(mut self, input: Option<Vec<String>>) -> Self {
        self.labels = input;
        self
    }

    /// The value of `Labels` set so far.
    pub fn get_labels(&self) -> &Option<Vec<String>> {
        &self.labels
    }

    /// Sets `Origin`.
    pub fn origin(mut self, input: impl Into<crate::types::Origin>) -> Self {
        self.origin = Some(input.into());
        self
    }

    /// Sets or clears `Origin`.
    pub fn set_origin(mut self, input: Option<crate::types::Origin>) -> Self {
        self.origin = input;
        self
    }

    /// The value of `Origin` set so far.
    pub fn get_origin(&self) -> &Option<crate::types::Origin> {
        &self.origin
    }

    /// Sets `delaySeconds`.
    pub fn delay_seconds(mut self, input: impl Into<i32>) -> Self {
        self.delay_seconds = Some(input.into());
        self
    }

    /// Sets or clears `delaySeconds`.
    pub fn set_delay_seconds(mut self, input: Option<i32>) -> Self {
        self.delay_seconds = input;
        self
    }

    /// The value of `delaySeconds` set so far.
    pub fn get_delay_seconds(&self) -> &Option<i32> {
        &self.delay_seconds
    }

    /// Builds the [`SendMessageInput`].
    ///
    /// Fails when a required member is not set: `QueueUrl`.
    pub fn build(self) -> Result<SendMessageInput, ::smithy_runtime::error::BuildError> {
        if self.queue_url.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "SendMessageInput",
                    "QueueUrl",
                ),
            );
        }
        Ok(SendMessageInput {
            queue_url: self.queue_url,
            message_body: self.message_body,
            sent_at: self.sent_at,
            labels: self.labels,
            origin: self.origin,
            delay_seconds: self.delay_seconds,
        })
    }
}

/// The output of `SendMessage`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SendMessageOutput {
    /// The new message.
    #[serde(rename = "MessageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Its place in the queue.
    #[serde(rename = "SequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// Receipts, a wrapped list of structures.
    #[serde(rename = "Receipts", skip_serializing_if = "Option::is_none")]
    pub receipts: Option<Vec<crate::types::Receipt>>,
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
    sequence_number: Option<i64>,
    receipts: Option<Vec<crate::types::Receipt>>,
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

    /// Sets `SequenceNumber`.
    pub fn sequence_number(mut self, input: impl Into<i64>) -> Self {
        self.sequence_number = Some(input.into());
        self
    }

    /// Sets or clears `SequenceNumber`.
    pub fn set_sequence_number(mut self, input: Option<i64>) -> Self {
        self.sequence_number = input;
        self
    }

    /// The value of `SequenceNumber` set so far.
    pub fn get_sequence_number(&self) -> &Option<i64> {
        &self.sequence_number
    }

    /// Sets `Receipts`.
    pub fn receipts(mut self, input: impl Into<Vec<crate::types::Receipt>>) -> Self {
        self.receipts = Some(input.into());
        self
    }

    /// Sets or clears `Receipts`.
    pub fn set_receipts(mut self, input: Option<Vec<crate::types::Receipt>>) -> Self {
        self.receipts = input;
        self
    }

    /// The value of `Receipts` set so far.
    pub fn get_receipts(&self) -> &Option<Vec<crate::types::Receipt>> {
        &self.receipts
    }

    /// Builds the [`SendMessageOutput`].
    pub fn build(self) -> SendMessageOutput {
        SendMessageOutput {
            message_id: self.message_id,
            sequence_number: self.sequence_number,
            receipts: self.receipts,
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

    /// The message, sent as `Body` (`ec2QueryName`).
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

    /// When it was written (date-time on the wire).
    pub fn sent_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.sent_at(input);
        self
    }

    /// Sets or clears `SentAt`.
    pub fn set_sent_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.set_sent_at(input);
        self
    }

    /// The value of `SentAt` set so far.
    pub fn get_sent_at(&self) -> &Option<::smithy_runtime::DateTime> {
        self.inner.get_sent_at()
    }

    /// Labels, always flattened: `Labels.1`.
    pub fn labels(mut self, input: impl Into<Vec<String>>) -> Self {
        self.inner = self.inner.labels(input);
        self
    }

    /// Sets or clears `Labels`.
    pub fn set_labels(mut self, input: Option<Vec<String>>) -> Self {
        self.inner = self.inner.set_labels(input);
        self
    }

    /// The value of `Labels` set so far.
    pub fn get_labels(&self) -> &Option<Vec<String>> {
        self.inner.get_labels()
    }

    /// Where it comes from.
    pub fn origin(mut self, input: impl Into<crate::types::Origin>) -> Self {
        self.inner = self.inner.origin(input);
        self
    }

    /// Sets or clears `Origin`.
    pub fn set_origin(mut self, input: Option<crate::types::Origin>) -> Self {
        self.inner = self.inner.set_origin(input);
        self
    }

    /// The value of `Origin` set so far.
    pub fn get_origin(&self) -> &Option<crate::types::Origin> {
        self.inner.get_origin()
    }

    /// How long to hold it back, sent capitalized.
    pub fn delay_seconds(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.delay_seconds(input);
        self
    }

    /// Sets or clears `delaySeconds`.
    pub fn set_delay_seconds(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_delay_seconds(input);
        self
    }

    /// The value of `delaySeconds` set so far.
    pub fn get_delay_seconds(&self) -> &Option<i32> {
        self.inner.get_delay_seconds()
    }
}
