// Code generated from `tests/fixtures/blobs_documents.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `PutData` operation.
mod wire;

/// The input of `PutData`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutDataInput {
    /// The `payload` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<::smithy_runtime::Blob>,
    /// The `metadata` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::smithy_runtime::Document>,
    /// The `chunks` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunks: Option<Vec<::smithy_runtime::Blob>>,
}

impl PutDataInput {
    /// A builder for [`PutDataInput`].
    pub fn builder() -> PutDataInputBuilder {
        PutDataInputBuilder::default()
    }
}

/// A builder for [`PutDataInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutDataInputBuilder {
    payload: Option<::smithy_runtime::Blob>,
    metadata: Option<::smithy_runtime::Document>,
    chunks: Option<Vec<::smithy_runtime::Blob>>,
}

impl PutDataInputBuilder {
    /// Sets `payload`.
    pub fn payload(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.payload = Some(input.into());
        self
    }

    /// Sets or clears `payload`.
    pub fn set_payload(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.payload = input;
        self
    }

    /// The value of `payload` set so far.
    pub fn get_payload(&self) -> &Option<::smithy_runtime::Blob> {
        &self.payload
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, input: impl Into<::smithy_runtime::Document>) -> Self {
        self.metadata = Some(input.into());
        self
    }

    /// Sets or clears `metadata`.
    pub fn set_metadata(mut self, input: Option<::smithy_runtime::Document>) -> Self {
        self.metadata = input;
        self
    }

    /// The value of `metadata` set so far.
    pub fn get_metadata(&self) -> &Option<::smithy_runtime::Document> {
        &self.metadata
    }

    /// Sets `chunks`.
    pub fn chunks(mut self, input: impl Into<Vec<::smithy_runtime::Blob>>) -> Self {
        self.chunks = Some(input.into());
        self
    }

    /// Sets or clears `chunks`.
    pub fn set_chunks(mut self, input: Option<Vec<::smithy_runtime::Blob>>) -> Self {
        self.chunks = input;
        self
    }

    /// The value of `chunks` set so far.
    pub fn get_chunks(&self) -> &Option<Vec<::smithy_runtime::Blob>> {
        &self.chunks
    }

    /// Builds the [`PutDataInput`].
    pub fn build(self) -> PutDataInput {
        PutDataInput {
            payload: self.payload,
            metadata: self.metadata,
            chunks: self.chunks,
        }
    }
}

/// The output of `PutData`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutDataOutput {
    /// The `echo` member.
    pub echo: ::smithy_runtime::Blob,
    /// The `document` member.
    pub document: ::smithy_runtime::Document,
    /// The `ratio` member.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::float::f32::option"
    )]
    pub ratio: Option<f32>,
    /// The `precise` member.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::float::f64::option"
    )]
    pub precise: Option<f64>,
    /// The `huge` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub huge: Option<::smithy_runtime::BigInteger>,
    /// The `exact` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<::smithy_runtime::BigDecimal>,
    /// The `tiny` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiny: Option<i8>,
    /// The `small` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<i16>,
}

impl PutDataOutput {
    /// A builder for [`PutDataOutput`].
    pub fn builder() -> PutDataOutputBuilder {
        PutDataOutputBuilder::default()
    }
}

/// A builder for [`PutDataOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutDataOutputBuilder {
    echo: Option<::smithy_runtime::Blob>,
    document: Option<::smithy_runtime::Document>,
    ratio: Option<f32>,
    precise: Option<f64>,
    huge: Option<::smithy_runtime::BigInteger>,
    exact: Option<::smithy_runtime::BigDecimal>,
    tiny: Option<i8>,
    small: Option<i16>,
}

impl PutDataOutputBuilder {
    /// Sets `echo`. Required.
    pub fn echo(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.echo = Some(input.into());
        self
    }

    /// Sets or clears `echo`.
    pub fn set_echo(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.echo = input;
        self
    }

    /// The value of `echo` set so far.
    pub fn get_echo(&self) -> &Option<::smithy_runtime::Blob> {
        &self.echo
    }

    /// Sets `document`. Required.
    pub fn document(mut self, input: impl Into<::smithy_runtime::Document>) -> Self {
        self.document = Some(input.into());
        self
    }

    /// Sets or clears `document`.
    pub fn set_document(mut self, input: Option<::smithy_runtime::Document>) -> Self {
        self.document = input;
        self
    }

    /// The value of `document` set so far.
    pub fn get_document(&self) -> &Option<::smithy_runtime::Document> {
        &self.document
    }

    /// Sets `ratio`.
    pub fn ratio(mut self, input: impl Into<f32>) -> Self {
        self.ratio = Some(input.into());
        self
    }

    /// Sets or clears `ratio`.
    pub fn set_ratio(mut self, input: Option<f32>) -> Self {
        self.ratio = input;
        self
    }

    /// The value of `ratio` set so far.
    pub fn get_ratio(&self) -> &Option<f32> {
        &self.ratio
    }

    /// Sets `precise`.
    pub fn precise(mut self, input: impl Into<f64>) -> Self {
        self.precise = Some(input.into());
        self
    }

    /// Sets or clears `precise`.
    pub fn set_precise(mut self, input: Option<f64>) -> Self {
        self.precise = input;
        self
    }

    /// The value of `precise` set so far.
    pub fn get_precise(&self) -> &Option<f64> {
        &self.precise
    }

    /// Sets `huge`.
    pub fn huge(mut self, input: impl Into<::smithy_runtime::BigInteger>) -> Self {
        self.huge = Some(input.into());
        self
    }

    /// Sets or clears `huge`.
    pub fn set_huge(mut self, input: Option<::smithy_runtime::BigInteger>) -> Self {
        self.huge = input;
        self
    }

    /// The value of `huge` set so far.
    pub fn get_huge(&self) -> &Option<::smithy_runtime::BigInteger> {
        &self.huge
    }

    /// Sets `exact`.
    pub fn exact(mut self, input: impl Into<::smithy_runtime::BigDecimal>) -> Self {
        self.exact = Some(input.into());
        self
    }

    /// Sets or clears `exact`.
    pub fn set_exact(mut self, input: Option<::smithy_runtime::BigDecimal>) -> Self {
        self.exact = input;
        self
    }

    /// The value of `exact` set so far.
    pub fn get_exact(&self) -> &Option<::smithy_runtime::BigDecimal> {
        &self.exact
    }

    /// Sets `tiny`.
    pub fn tiny(mut self, input: impl Into<i8>) -> Self {
        self.tiny = Some(input.into());
        self
    }

    /// Sets or clears `tiny`.
    pub fn set_tiny(mut self, input: Option<i8>) -> Self {
        self.tiny = input;
        self
    }

    /// The value of `tiny` set so far.
    pub fn get_tiny(&self) -> &Option<i8> {
        &self.tiny
    }

    /// Sets `small`.
    pub fn small(mut self, input: impl Into<i16>) -> Self {
        self.small = Some(input.into());
        self
    }

    /// Sets or clears `small`.
    pub fn set_small(mut self, input: Option<i16>) -> Self {
        self.small = input;
        self
    }

    /// The value of `small` set so far.
    pub fn get_small(&self) -> &Option<i16> {
        &self.small
    }

    /// Builds the [`PutDataOutput`].
    ///
    /// Fails when a required member is not set: `echo`, `document`.
    pub fn build(self) -> Result<PutDataOutput, ::smithy_runtime::error::BuildError> {
        Ok(PutDataOutput {
            echo: self
                .echo
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "PutDataOutput",
                    "echo",
                ))?,
            document: self
                .document
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "PutDataOutput",
                    "document",
                ))?,
            ratio: self.ratio,
            precise: self.precise,
            huge: self.huge,
            exact: self.exact,
            tiny: self.tiny,
            small: self.small,
        })
    }
}

/// An error of the `PutData` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDataError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PutDataError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for PutDataError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PutDataError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PutDataError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PutDataError::message(self)
    }
}

impl ::std::fmt::Display for PutDataError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PutDataError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PutDataError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PutDataError> for crate::Error {
    fn from(error: PutDataError) -> Self {
        match error {
            PutDataError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `PutData` call: set the input members, then send it.
///
/// Get one from [`Client::put_data`](crate::Client::put_data).
#[derive(Clone, Debug)]
pub struct PutDataFluentBuilder {
    client: crate::Client,
    inner: PutDataInputBuilder,
}

impl PutDataFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PutDataError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PutDataOutput, PutDataError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PutDataInputBuilder {
        &self.inner
    }

    /// The `payload` member.
    pub fn payload(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.payload(input);
        self
    }

    /// Sets or clears `payload`.
    pub fn set_payload(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.inner = self.inner.set_payload(input);
        self
    }

    /// The value of `payload` set so far.
    pub fn get_payload(&self) -> &Option<::smithy_runtime::Blob> {
        self.inner.get_payload()
    }

    /// The `metadata` member.
    pub fn metadata(mut self, input: impl Into<::smithy_runtime::Document>) -> Self {
        self.inner = self.inner.metadata(input);
        self
    }

    /// Sets or clears `metadata`.
    pub fn set_metadata(mut self, input: Option<::smithy_runtime::Document>) -> Self {
        self.inner = self.inner.set_metadata(input);
        self
    }

    /// The value of `metadata` set so far.
    pub fn get_metadata(&self) -> &Option<::smithy_runtime::Document> {
        self.inner.get_metadata()
    }

    /// The `chunks` member.
    pub fn chunks(mut self, input: impl Into<Vec<::smithy_runtime::Blob>>) -> Self {
        self.inner = self.inner.chunks(input);
        self
    }

    /// Sets or clears `chunks`.
    pub fn set_chunks(mut self, input: Option<Vec<::smithy_runtime::Blob>>) -> Self {
        self.inner = self.inner.set_chunks(input);
        self
    }

    /// The value of `chunks` set so far.
    pub fn get_chunks(&self) -> &Option<Vec<::smithy_runtime::Blob>> {
        self.inner.get_chunks()
    }
}
