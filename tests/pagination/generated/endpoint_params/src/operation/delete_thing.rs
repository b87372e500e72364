// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Deletes a thing.
mod wire;

/// The input of `DeleteThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct DeleteThingInput {
    /// The `Bucket` member.
    #[serde(rename = "Bucket", skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The `Stage` member.
    #[serde(rename = "Stage", skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
}

impl DeleteThingInput {
    /// A builder for [`DeleteThingInput`].
    pub fn builder() -> DeleteThingInputBuilder {
        DeleteThingInputBuilder::default()
    }
}

/// A builder for [`DeleteThingInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeleteThingInputBuilder {
    bucket: Option<String>,
    stage: Option<String>,
}

impl DeleteThingInputBuilder {
    /// Sets `Bucket`. Required.
    pub fn bucket(mut self, input: impl Into<String>) -> Self {
        self.bucket = Some(input.into());
        self
    }

    /// Sets or clears `Bucket`.
    pub fn set_bucket(mut self, input: Option<String>) -> Self {
        self.bucket = input;
        self
    }

    /// The value of `Bucket` set so far.
    pub fn get_bucket(&self) -> &Option<String> {
        &self.bucket
    }

    /// Sets `Stage`.
    pub fn stage(mut self, input: impl Into<String>) -> Self {
        self.stage = Some(input.into());
        self
    }

    /// Sets or clears `Stage`.
    pub fn set_stage(mut self, input: Option<String>) -> Self {
        self.stage = input;
        self
    }

    /// The value of `Stage` set so far.
    pub fn get_stage(&self) -> &Option<String> {
        &self.stage
    }

    /// Builds the [`DeleteThingInput`].
    ///
    /// Fails when a required member is not set: `Bucket`.
    pub fn build(self) -> Result<DeleteThingInput, ::smithy_runtime::error::BuildError> {
        if self.bucket.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "DeleteThingInput",
                    "Bucket",
                ),
            );
        }
        Ok(DeleteThingInput {
            bucket: self.bucket,
            stage: self.stage,
        })
    }
}

/// The output of `DeleteThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct DeleteThingOutput {}
impl DeleteThingOutput {
    /// A builder for [`DeleteThingOutput`].
    pub fn builder() -> DeleteThingOutputBuilder {
        DeleteThingOutputBuilder::default()
    }
}

/// A builder for [`DeleteThingOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeleteThingOutputBuilder {}
impl DeleteThingOutputBuilder {
    /// Builds the [`DeleteThingOutput`].
    pub fn build(self) -> DeleteThingOutput {
        DeleteThingOutput {}
    }
}

/// An error of the `DeleteThing` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteThingError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl DeleteThingError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for DeleteThingError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        DeleteThingError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        DeleteThingError::code(self)
    }

    fn message(&self) -> Option<&str> {
        DeleteThingError::message(self)
    }
}

impl ::std::fmt::Display for DeleteThingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for DeleteThingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for DeleteThingError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<DeleteThingError> for crate::Error {
    fn from(error: DeleteThingError) -> Self {
        match error {
            DeleteThingError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `DeleteThing` call: set the input members, then send it.
///
/// Get one from [`Client::delete_thing`](crate::Client::delete_thing).
#[derive(Clone, Debug)]
pub struct DeleteThingFluentBuilder {
    client: crate::Client,
    inner: DeleteThingInputBuilder,
}

impl DeleteThingFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](DeleteThingError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<DeleteThingOutput, DeleteThingError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &DeleteThingInputBuilder {
        &self.inner
    }

    /// The `Bucket` member.
    pub fn bucket(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.bucket(input);
        self
    }

    /// Sets or clears `Bucket`.
    pub fn set_bucket(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_bucket(input);
        self
    }

    /// The value of `Bucket` set so far.
    pub fn get_bucket(&self) -> &Option<String> {
        self.inner.get_bucket()
    }

    /// The `Stage` member.
    pub fn stage(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.stage(input);
        self
    }

    /// Sets or clears `Stage`.
    pub fn set_stage(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_stage(input);
        self
    }

    /// The value of `Stage` set so far.
    pub fn get_stage(&self) -> &Option<String> {
        self.inner.get_stage()
    }
}
