// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Records an entry in a ledger.
mod wire;

/// The input of `RecordEntry`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct RecordEntryInput {
    /// The ledger.
    #[serde(rename = "ledgerName", skip_serializing_if = "Option::is_none")]
    pub ledger_name: Option<String>,
    /// The amount, in cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// When it happened (epoch seconds on the wire).
    #[serde(rename = "recordedAt", skip_serializing_if = "Option::is_none")]
    pub recorded_at: Option<::smithy_runtime::DateTime>,
    /// A note; its `jsonName` means nothing in awsJson.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// A trace id; its `httpHeader` binding means nothing in awsJson.
    #[serde(rename = "traceId", skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Filled in when unset.
    #[serde(rename = "clientToken", skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl RecordEntryInput {
    /// A builder for [`RecordEntryInput`].
    pub fn builder() -> RecordEntryInputBuilder {
        RecordEntryInputBuilder::default()
    }
}

/// A builder for [`RecordEntryInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordEntryInputBuilder {
    ledger_name: Option<String>,
    amount: Option<i64>,
    recorded_at: Option<::smithy_runtime::DateTime>,
    memo: Option<String>,
    trace_id: Option<String>,
    client_token: Option<String>,
}

impl RecordEntryInputBuilder {
    /// Sets `ledgerName`. Required.
    pub fn ledger_name(mut self, input: impl Into<String>) -> Self {
        self.ledger_name = Some(input.into());
        self
    }

    /// Sets or clears `ledgerName`.
    pub fn set_ledger_name(mut self, input: Option<String>) -> Self {
        self.ledger_name = input;
        self
    }

    /// The value of `ledgerName` set so far.
    pub fn get_ledger_name(&self) -> &Option<String> {
        &self.ledger_name
    }

    /// Sets `amount`. Required.
    pub fn amount(mut self, input: impl Into<i64>) -> Self {
        self.amount = Some(input.into());
        self
    }

    /// Sets or clears `amount`.
    pub fn set_amount(mut self, input: Option<i64>) -> Self {
        self.amount = input;
        self
    }

    /// The value of `amount` set so far.
    pub fn get_amount(&self) -> &Option<i64> {
        &self.amount
    }

    /// Sets `recordedAt`.
    pub fn recorded_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.recorded_at = Some(input.into());
        self
    }

    /// Sets or clears `recordedAt`.
    pub fn set_recorded_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.recorded_at = input;
        self
    }

    /// The value of `recordedAt` set so far.
    pub fn get_recorded_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.recorded_at
    }

    /// Sets `memo`.
    pub fn memo(mut self, input: impl Into<String>) -> Self {
        self.memo = Some(input.into());
        self
    }

    /// Sets or clears `memo`.
    pub fn set_memo(mut self, input: Option<String>) -> Self {
        self.memo = input;
        self
    }

    /// The value of `memo` set so far.
    pub fn get_memo(&self) -> &Option<String> {
        &self.memo
    }

    /// Sets `traceId`.
    pub fn trace_id(mut self, input: impl Into<String>) -> Self {
        self.trace_id = Some(input.into());
        self
    }

    /// Sets or clears `traceId`.
    pub fn set_trace_id(mut self, input: Option<String>) -> Self {
        self.trace_id = input;
        self
    }

    /// The value of `traceId` set so far.
    pub fn get_trace_id(&self) -> &Option<String> {
        &self.trace_id
    }

    /// Sets `clientToken`.
    pub fn client_token(mut self, input: impl Into<String>) -> Self {
        self.client_token = Some(input.into());
        self
    }

    /// Sets or clears `clientToken`.
    pub fn set_client_token(mut self, input: Option<String>) -> Self {
        self.client_token = input;
        self
    }

    /// The value of `clientToken` set so far.
    pub fn get_client_token(&self) -> &Option<String> {
        &self.client_token
    }

    /// Builds the [`RecordEntryInput`].
    ///
    /// Fails when a required member is not set: `ledgerName`, `amount`.
    pub fn build(self) -> Result<RecordEntryInput, ::smithy_runtime::error::BuildError> {
        if self.ledger_name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "RecordEntryInput",
                    "ledgerName",
                ),
            );
        }
        if self.amount.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "RecordEntryInput",
                    "amount",
                ),
            );
        }
        Ok(RecordEntryInput {
            ledger_name: self.ledger_name,
            amount: self.amount,
            recorded_at: self.recorded_at,
            memo: self.memo,
            trace_id: self.trace_id,
            client_token: self.client_token,
        })
    }
}

/// The output of `RecordEntry`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct RecordEntryOutput {
    /// The new entry.
    #[serde(rename = "entryId")]
    pub entry_id: String,
    /// The ledger's balance after the entry.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::float::f64::option"
    )]
    pub balance: Option<f64>,
    /// When it was recorded.
    #[serde(rename = "recordedAt", skip_serializing_if = "Option::is_none")]
    pub recorded_at: Option<::smithy_runtime::DateTime>,
}

impl RecordEntryOutput {
    /// A builder for [`RecordEntryOutput`].
    pub fn builder() -> RecordEntryOutputBuilder {
        RecordEntryOutputBuilder::default()
    }
}

/// A builder for [`RecordEntryOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordEntryOutputBuilder {
    entry_id: Option<String>,
    balance: Option<f64>,
    recorded_at: Option<::smithy_runtime::DateTime>,
}

impl RecordEntryOutputBuilder {
    /// Sets `entryId`. Required.
    pub fn entry_id(mut self, input: impl Into<String>) -> Self {
        self.entry_id = Some(input.into());
        self
    }

    /// Sets or clears `entryId`.
    pub fn set_entry_id(mut self, input: Option<String>) -> Self {
        self.entry_id = input;
        self
    }

    /// The value of `entryId` set so far.
    pub fn get_entry_id(&self) -> &Option<String> {
        &self.entry_id
    }

    /// Sets `balance`.
    pub fn balance(mut self, input: impl Into<f64>) -> Self {
        self.balance = Some(input.into());
        self
    }

    /// Sets or clears `balance`.
    pub fn set_balance(mut self, input: Option<f64>) -> Self {
        self.balance = input;
        self
    }

    /// The value of `balance` set so far.
    pub fn get_balance(&self) -> &Option<f64> {
        &self.balance
    }

    /// Sets `recordedAt`.
    pub fn recorded_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.recorded_at = Some(input.into());
        self
    }

    /// Sets or clears `recordedAt`.
    pub fn set_recorded_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.recorded_at = input;
        self
    }

    /// The value of `recordedAt` set so far.
    pub fn get_recorded_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.recorded_at
    }

    /// Builds the [`RecordEntryOutput`].
    ///
    /// Fails when a required member is not set: `entryId`.
    pub fn build(
        self,
    ) -> Result<RecordEntryOutput, ::smithy_runtime::error::BuildError> {
        Ok(RecordEntryOutput {
            entry_id: self
                .entry_id
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "RecordEntryOutput",
                    "entryId",
                ))?,
            balance: self.balance,
            recorded_at: self.recorded_at,
        })
    }
}

/// An error of the `RecordEntry` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RecordEntryError {
    /// No such ledger.
    LedgerNotFound(crate::error::LedgerNotFound),
    /// Too many calls; retried.
    Throttled(crate::error::Throttled),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl RecordEntryError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::LedgerNotFound(error) => error,
            Self::Throttled(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for RecordEntryError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        RecordEntryError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        RecordEntryError::code(self)
    }

    fn message(&self) -> Option<&str> {
        RecordEntryError::message(self)
    }
}

impl ::std::fmt::Display for RecordEntryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for RecordEntryError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for RecordEntryError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<RecordEntryError> for crate::Error {
    fn from(error: RecordEntryError) -> Self {
        match error {
            RecordEntryError::LedgerNotFound(error) => {
                crate::Error::LedgerNotFound(error)
            }
            RecordEntryError::Throttled(error) => crate::Error::Throttled(error),
            RecordEntryError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `RecordEntry` call: set the input members, then send it.
///
/// Get one from [`Client::record_entry`](crate::Client::record_entry).
#[derive(Clone, Debug)]
pub struct RecordEntryFluentBuilder {
    client: crate::Client,
    inner: RecordEntryInputBuilder,
}

impl RecordEntryFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](RecordEntryError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<RecordEntryOutput, RecordEntryError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &RecordEntryInputBuilder {
        &self.inner
    }

    /// The ledger.
    pub fn ledger_name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.ledger_name(input);
        self
    }

    /// Sets or clears `ledgerName`.
    pub fn set_ledger_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_ledger_name(input);
        self
    }

    /// The value of `ledgerName` set so far.
    pub fn get_ledger_name(&self) -> &Option<String> {
        self.inner.get_ledger_name()
    }

    /// The amount, in cents.
    pub fn amount(mut self, input: impl Into<i64>) -> Self {
        self.inner = self.inner.amount(input);
        self
    }

    /// Sets or clears `amount`.
    pub fn set_amount(mut self, input: Option<i64>) -> Self {
        self.inner = self.inner.set_amount(input);
        self
    }

    /// The value of `amount` set so far.
    pub fn get_amount(&self) -> &Option<i64> {
        self.inner.get_amount()
    }

    /// When it happened (epoch seconds on the wire).
    pub fn recorded_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.recorded_at(input);
        self
    }

    /// Sets or clears `recordedAt`.
    pub fn set_recorded_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.set_recorded_at(input);
        self
    }

    /// The value of `recordedAt` set so far.
    pub fn get_recorded_at(&self) -> &Option<::smithy_runtime::DateTime> {
        self.inner.get_recorded_at()
    }

    /// A note; its `jsonName` means nothing in awsJson.
    pub fn memo(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.memo(input);
        self
    }

    /// Sets or clears `memo`.
    pub fn set_memo(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_memo(input);
        self
    }

    /// The value of `memo` set so far.
    pub fn get_memo(&self) -> &Option<String> {
        self.inner.get_memo()
    }

    /// A trace id; its `httpHeader` binding means nothing in awsJson.
    pub fn trace_id(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.trace_id(input);
        self
    }

    /// Sets or clears `traceId`.
    pub fn set_trace_id(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_trace_id(input);
        self
    }

    /// The value of `traceId` set so far.
    pub fn get_trace_id(&self) -> &Option<String> {
        self.inner.get_trace_id()
    }

    /// Filled in when unset.
    pub fn client_token(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.client_token(input);
        self
    }

    /// Sets or clears `clientToken`.
    pub fn set_client_token(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_client_token(input);
        self
    }

    /// The value of `clientToken` set so far.
    pub fn get_client_token(&self) -> &Option<String> {
        self.inner.get_client_token()
    }
}
