// Code generated from `tests/fixtures/streams_and_prefixes.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `PutRecord` operation.
mod wire;

/// The input of `PutRecord`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutRecordInput {
    /// The `accountId` member.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The `data` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<::smithy_runtime::Blob>,
}

impl PutRecordInput {
    /// A builder for [`PutRecordInput`].
    pub fn builder() -> PutRecordInputBuilder {
        PutRecordInputBuilder::default()
    }
}

/// A builder for [`PutRecordInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutRecordInputBuilder {
    account_id: Option<String>,
    data: Option<::smithy_runtime::Blob>,
}

impl PutRecordInputBuilder {
    /// Sets `accountId`. Required.
    pub fn account_id(mut self, input: impl Into<String>) -> Self {
        self.account_id = Some(input.into());
        self
    }

    /// Sets or clears `accountId`.
    pub fn set_account_id(mut self, input: Option<String>) -> Self {
        self.account_id = input;
        self
    }

    /// The value of `accountId` set so far.
    pub fn get_account_id(&self) -> &Option<String> {
        &self.account_id
    }

    /// Sets `data`.
    pub fn data(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.data = Some(input.into());
        self
    }

    /// Sets or clears `data`.
    pub fn set_data(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.data = input;
        self
    }

    /// The value of `data` set so far.
    pub fn get_data(&self) -> &Option<::smithy_runtime::Blob> {
        &self.data
    }

    /// Builds the [`PutRecordInput`].
    ///
    /// Fails when a required member is not set: `accountId`.
    pub fn build(self) -> Result<PutRecordInput, ::smithy_runtime::error::BuildError> {
        if self.account_id.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "PutRecordInput",
                    "accountId",
                ),
            );
        }
        Ok(PutRecordInput {
            account_id: self.account_id,
            data: self.data,
        })
    }
}

/// The output of `PutRecord`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct PutRecordOutput {}
impl PutRecordOutput {
    /// A builder for [`PutRecordOutput`].
    pub fn builder() -> PutRecordOutputBuilder {
        PutRecordOutputBuilder::default()
    }
}

/// A builder for [`PutRecordOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutRecordOutputBuilder {}
impl PutRecordOutputBuilder {
    /// Builds the [`PutRecordOutput`].
    pub fn build(self) -> PutRecordOutput {
        PutRecordOutput {}
    }
}

/// An error of the `PutRecord` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRecordError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PutRecordError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for PutRecordError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PutRecordError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PutRecordError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PutRecordError::message(self)
    }
}

impl ::std::fmt::Display for PutRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PutRecordError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PutRecordError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PutRecordError> for crate::Error {
    fn from(error: PutRecordError) -> Self {
        match error {
            PutRecordError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `PutRecord` call: set the input members, then send it.
///
/// Get one from [`Client::put_record`](crate::Client::put_record).
#[derive(Clone, Debug)]
pub struct PutRecordFluentBuilder {
    client: crate::Client,
    inner: PutRecordInputBuilder,
}

impl PutRecordFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PutRecordError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PutRecordOutput, PutRecordError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PutRecordInputBuilder {
        &self.inner
    }

    /// The `accountId` member.
    pub fn account_id(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.account_id(input);
        self
    }

    /// Sets or clears `accountId`.
    pub fn set_account_id(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_account_id(input);
        self
    }

    /// The value of `accountId` set so far.
    pub fn get_account_id(&self) -> &Option<String> {
        self.inner.get_account_id()
    }

    /// The `data` member.
    pub fn data(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.data(input);
        self
    }

    /// Sets or clears `data`.
    pub fn set_data(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.set_data(input);
        self
    }

    /// The value of `data` set so far.
    pub fn get_data(&self) -> &Option<::smithy_runtime::Blob> {
        self.inner.get_data()
    }
}
