// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Records a score in a tally (its `http` trait means nothing in rpcv2Cbor).
mod wire;

/// The input of `RecordScore`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct RecordScoreInput {
    /// The tally; its `httpLabel` binding means nothing in rpcv2Cbor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
    /// Its weight.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::float::f64::option"
    )]
    pub weight: Option<f64>,
    /// Opaque bytes (a CBOR byte string).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proof: Option<::smithy_runtime::Blob>,
    /// When (tag 1, epoch seconds).
    #[serde(rename = "scoredAt", skip_serializing_if = "Option::is_none")]
    pub scored_at: Option<::smithy_runtime::DateTime>,
    /// Labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The kind of score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::types::Kind>,
    /// Filled in when unset.
    #[serde(rename = "clientToken", skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl RecordScoreInput {
    /// A builder for [`RecordScoreInput`].
    pub fn builder() -> RecordScoreInputBuilder {
        RecordScoreInputBuilder::default()
    }
}

/// A builder for [`RecordScoreInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordScoreInputBuilder {
    name: Option<String>,
    score: Option<i32>,
    weight: Option<f64>,
    proof: Option<::smithy_runtime::Blob>,
    scored_at: Option<::smithy_runtime::DateTime>,
    tags: Option<Vec<String>>,
    kind: Option<crate::types::Kind>,
    client_token: Option<String>,
}

impl RecordScoreInputBuilder {
    /// Sets `name`. Required.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Sets `score`.
    pub fn score(mut self, input: impl Into<i32>) -> Self {
        self.score = Some(input.into());
        self
    }

    /// Sets or clears `score`.
    pub fn set_score(mut self, input: Option<i32>) -> Self {
        self.score = input;
        self
    }

    /// The value of `score` set so far.
    pub fn get_score(&self) -> &Option<i32> {
        &self.score
    }

    /// Sets `weight`.
    pub fn weight(mut self, input: impl Into<f64>) -> Self {
        self.weight = Some(input.into());
        self
    }

    /// Sets or clears `weight`.
    pub fn set_weight(mut self, input: Option<f64>) -> Self {
        self.weight = input;
        self
    }

    /// The value of `weight` set so far.
    pub fn get_weight(&self) -> &Option<f64> {
        &self.weight
    }

    /// Sets `proof`.
    pub fn proof(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.proof = Some(input.into());
        self
    }

    /// Sets or clears `proof`.
    pub fn set_proof(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.proof = input;
        self
    }

    /// The value of `proof` set so far.
    pub fn get_proof(&self) -> &Option<::smithy_runtime::Blob> {
        &self.proof
    }

    /// Sets `scoredAt`.
    pub fn scored_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.scored_at = Some(input.into());
        self
    }

    /// Sets or clears `scoredAt`.
    pub fn set_scored_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.scored_at = input;
        self
    }

    /// The value of `scoredAt` set so far.
    pub fn get_scored_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.scored_at
    }

    /// Sets `tags`.
    pub fn tags(mut self, input: impl Into<Vec<String>>) -> Self {
        self.tags = Some(input.into());
        self
    }

    /// Sets or clears `tags`.
    pub fn set_tags(mut self, input: Option<Vec<String>>) -> Self {
        self.tags = input;
        self
    }

    /// The value of `tags` set so far.
    pub fn get_tags(&self) -> &Option<Vec<String>> {
        &self.tags
    }

    /// Sets `kind`.
    pub fn kind(mut self, input: impl Into<crate::types::Kind>) -> Self {
        self.kind = Some(input.into());
        self
    }

    /// Sets or clears `kind`.
    pub fn set_kind(mut self, input: Option<crate::types::Kind>) -> Self {
        self.kind = input;
        self
    }

    /// The value of `kind` set so far.
    pub fn get_kind(&self) -> &Option<crate::types::Kind> {
        &self.kind
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

    /// Builds the [`RecordScoreInput`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(self) -> Result<RecordScoreInput, ::smithy_runtime::error::BuildError> {
        if self.name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "RecordScoreInput",
                    "name",
                ),
            );
        }
        Ok(RecordScoreInput {
            name: self.name,
            score: self.score,
            weight: self.weight,
            proof: self.proof,
            scored_at: self.scored_at,
            tags: self.tags,
            kind: self.kind,
            client_token: self.client_token,
        })
    }
}

/// The output of `RecordScore`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct RecordScoreOutput {
    /// The new record.
    #[serde(rename = "recordId")]
    pub record_id: String,
    /// The tally's total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// When it was recorded.
    #[serde(rename = "recordedAt", skip_serializing_if = "Option::is_none")]
    pub recorded_at: Option<::smithy_runtime::DateTime>,
    /// Opaque bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<::smithy_runtime::Blob>,
}

impl RecordScoreOutput {
    /// A builder for [`RecordScoreOutput`].
    pub fn builder() -> RecordScoreOutputBuilder {
        RecordScoreOutputBuilder::default()
    }
}

/// A builder for [`RecordScoreOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordScoreOutputBuilder {
    record_id: Option<String>,
    total: Option<i64>,
    recorded_at: Option<::smithy_runtime::DateTime>,
    receipt: Option<::smithy_runtime::Blob>,
}

impl RecordScoreOutputBuilder {
    /// Sets `recordId`. Required.
    pub fn record_id(mut self, input: impl Into<String>) -> Self {
        self.record_id = Some(input.into());
        self
    }

    /// Sets or clears `recordId`.
    pub fn set_record_id(mut self, input: Option<String>) -> Self {
        self.record_id = input;
        self
    }

    /// The value of `recordId` set so far.
    pub fn get_record_id(&self) -> &Option<String> {
        &self.record_id
    }

    /// Sets `total`.
    pub fn total(mut self, input: impl Into<i64>) -> Self {
        self.total = Some(input.into());
        self
    }

    /// Sets or clears `total`.
    pub fn set_total(mut self, input: Option<i64>) -> Self {
        self.total = input;
        self
    }

    /// The value of `total` set so far.
    pub fn get_total(&self) -> &Option<i64> {
        &self.total
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

    /// Sets `receipt`.
    pub fn receipt(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.receipt = Some(input.into());
        self
    }

    /// Sets or clears `receipt`.
    pub fn set_receipt(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.receipt = input;
        self
    }

    /// The value of `receipt` set so far.
    pub fn get_receipt(&self) -> &Option<::smithy_runtime::Blob> {
        &self.receipt
    }

    /// Builds the [`RecordScoreOutput`].
    ///
    /// Fails when a required member is not set: `recordId`.
    pub fn build(
        self,
    ) -> Result<RecordScoreOutput, ::smithy_runtime::error::BuildError> {
        Ok(RecordScoreOutput {
            record_id: self
                .record_id
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "RecordScoreOutput",
                    "recordId",
                ))?,
            total: self.total,
            recorded_at: self.recorded_at,
            receipt: self.receipt,
        })
    }
}

/// An error of the `RecordScore` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RecordScoreError {
    /// No such tally.
    TallyNotFound(crate::error::TallyNotFound),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl RecordScoreError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::TallyNotFound(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for RecordScoreError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        RecordScoreError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        RecordScoreError::code(self)
    }

    fn message(&self) -> Option<&str> {
        RecordScoreError::message(self)
    }
}

impl ::std::fmt::Display for RecordScoreError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for RecordScoreError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for RecordScoreError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<RecordScoreError> for crate::Error {
    fn from(error: RecordScoreError) -> Self {
        match error {
            RecordScoreError::TallyNotFound(error) => crate::Error::TallyNotFound(error),
            RecordScoreError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `RecordScore` call: set the input members, then send it.
///
/// Get one from [`Client::record_score`](crate::Client::record_score).
#[derive(Clone, Debug)]
pub struct RecordScoreFluentBuilder {
    client: crate::Client,
    inner: RecordScoreInputBuilder,
}

impl RecordScoreFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](RecordScoreError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<RecordScoreOutput, RecordScoreError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &RecordScoreInputBuilder {
        &self.inner
    }

    /// The tally; its `httpLabel` binding means nothing in rpcv2Cbor.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.name(input);
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_name(input);
        self
    }

    /// The value of `name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        self.inner.get_name()
    }

    /// The score.
    pub fn score(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.score(input);
        self
    }

    /// Sets or clears `score`.
    pub fn set_score(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_score(input);
        self
    }

    /// The value of `score` set so far.
    pub fn get_score(&self) -> &Option<i32> {
        self.inner.get_score()
    }

    /// Its weight.
    pub fn weight(mut self, input: impl Into<f64>) -> Self {
        self.inner = self.inner.weight(input);
        self
    }

    /// Sets or clears `weight`.
    pub fn set_weight(mut self, input: Option<f64>) -> Self {
        self.inner = self.inner.set_weight(input);
        self
    }

    /// The value of `weight` set so far.
    pub fn get_weight(&self) -> &Option<f64> {
        self.inner.get_weight()
    }

    /// Opaque bytes (a CBOR byte string).
    pub fn proof(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.proof(input);
        self
    }

    /// Sets or clears `proof`.
    pub fn set_proof(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.set_proof(input);
        self
    }

    /// The value of `proof` set so far.
    pub fn get_proof(&self) -> &Option<::smithy_runtime::Blob> {
        self.inner.get_proof()
    }

    /// When (tag 1, epoch seconds).
    pub fn scored_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.scored_at(input);
        self
    }

    /// Sets or clears `scoredAt`.
    pub fn set_scored_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.inner = self.inner.set_scored_at(input);
        self
    }

    /// The value of `scoredAt` set so far.
    pub fn get_scored_at(&self) -> &Option<::smithy_runtime::DateTime> {
        self.inner.get_scored_at()
    }

    /// Labels.
    pub fn tags(mut self, input: impl Into<Vec<String>>) -> Self {
        self.inner = self.inner.tags(input);
        self
    }

    /// Sets or clears `tags`.
    pub fn set_tags(mut self, input: Option<Vec<String>>) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }

    /// The value of `tags` set so far.
    pub fn get_tags(&self) -> &Option<Vec<String>> {
        self.inner.get_tags()
    }

    /// The kind of score.
    pub fn kind(mut self, input: impl Into<crate::types::Kind>) -> Self {
        self.inner = self.inner.kind(input);
        self
    }

    /// Sets or clears `kind`.
    pub fn set_kind(mut self, input: Option<crate::types::Kind>) -> Self {
        self.inner = self.inner.set_kind(input);
        self
    }

    /// The value of `kind` set so far.
    pub fn get_kind(&self) -> &Option<crate::types::Kind> {
        self.inner.get_kind()
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
