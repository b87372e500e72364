// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Gets a thing.
mod wire;

/// The input of `GetThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetThingInput {
    /// The `Bucket` member.
    #[serde(rename = "Bucket", skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
}

impl GetThingInput {
    /// A builder for [`GetThingInput`].
    pub fn builder() -> GetThingInputBuilder {
        GetThingInputBuilder::default()
    }
}

/// A builder for [`GetThingInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetThingInputBuilder {
    bucket: Option<String>,
}

impl GetThingInputBuilder {
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

    /// Builds the [`GetThingInput`].
    ///
    /// Fails when a required member is not set: `Bucket`.
    pub fn build(self) -> Result<GetThingInput, ::smithy_runtime::error::BuildError> {
        if self.bucket.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetThingInput",
                    "Bucket",
                ),
            );
        }
        Ok(GetThingInput {
            bucket: self.bucket,
        })
    }
}

/// The output of `GetThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct GetThingOutput {}
impl GetThingOutput {
    /// A builder for [`GetThingOutput`].
    pub fn builder() -> GetThingOutputBuilder {
        GetThingOutputBuilder::default()
    }
}

/// A builder for [`GetThingOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetThingOutputBuilder {}
impl GetThingOutputBuilder {
    /// Builds the [`GetThingOutput`].
    pub fn build(self) -> GetThingOutput {
        GetThingOutput {}
    }
}

/// An error of the `GetThing` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetThingError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetThingError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetThingError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetThingError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetThingError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetThingError::message(self)
    }
}

impl ::std::fmt::Display for GetThingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetThingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetThingError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetThingError> for crate::Error {
    fn from(error: GetThingError) -> Self {
        match error {
            GetThingError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `GetThing` call: set the input members, then send it.
///
/// Get one from [`Client::get_thing`](crate::Client::get_thing).
#[derive(Clone, Debug)]
pub struct GetThingFluentBuilder {
    client: crate::Client,
    inner: GetThingInputBuilder,
}

impl GetThingFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetThingError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<GetThingOutput, GetThingError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetThingInputBuilder {
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
}
