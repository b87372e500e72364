// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Describes a thing.
mod wire;

/// The input of `GetThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetThingInput {
    /// The `name` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
    name: Option<String>,
}

impl GetThingInputBuilder {
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

    /// Builds the [`GetThingInput`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(self) -> Result<GetThingInput, ::smithy_runtime::error::BuildError> {
        if self.name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetThingInput",
                    "name",
                ),
            );
        }
        Ok(GetThingInput { name: self.name })
    }
}

/// The output of `GetThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetThingOutput {
    /// The `name` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `status` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::ThingStatus>,
    /// The `ready` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// The `count` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// The `details` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<crate::types::Details>,
    /// The `parts` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<crate::types::Part>>,
}

impl GetThingOutput {
    /// A builder for [`GetThingOutput`].
    pub fn builder() -> GetThingOutputBuilder {
        GetThingOutputBuilder::default()
    }
}

/// A builder for [`GetThingOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetThingOutputBuilder {
    name: Option<String>,
    status: Option<crate::types::ThingStatus>,
    ready: Option<bool>,
    count: Option<i32>,
    details: Option<crate::types::Details>,
    parts: Option<Vec<crate::types::Part>>,
}

impl GetThingOutputBuilder {
    /// Sets `name`.
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

    /// Sets `status`.
    pub fn status(mut self, input: impl Into<crate::types::ThingStatus>) -> Self {
        self.status = Some(input.into());
        self
    }

    /// Sets or clears `status`.
    pub fn set_status(mut self, input: Option<crate::types::ThingStatus>) -> Self {
        self.status = input;
        self
    }

    /// The value of `status` set so far.
    pub fn get_status(&self) -> &Option<crate::types::ThingStatus> {
        &self.status
    }

    /// Sets `ready`.
    pub fn ready(mut self, input: impl Into<bool>) -> Self {
        self.ready = Some(input.into());
        self
    }

    /// Sets or clears `ready`.
    pub fn set_ready(mut self, input: Option<bool>) -> Self {
        self.ready = input;
        self
    }

    /// The value of `ready` set so far.
    pub fn get_ready(&self) -> &Option<bool> {
        &self.ready
    }

    /// Sets `count`.
    pub fn count(mut self, input: impl Into<i32>) -> Self {
        self.count = Some(input.into());
        self
    }

    /// Sets or clears `count`.
    pub fn set_count(mut self, input: Option<i32>) -> Self {
        self.count = input;
        self
    }

    /// The value of `count` set so far.
    pub fn get_count(&self) -> &Option<i32> {
        &self.count
    }

    /// Sets `details`.
    pub fn details(mut self, input: impl Into<crate::types::Details>) -> Self {
        self.details = Some(input.into());
        self
    }

    /// Sets or clears `details`.
    pub fn set_details(mut self, input: Option<crate::types::Details>) -> Self {
        self.details = input;
        self
    }

    /// The value of `details` set so far.
    pub fn get_details(&self) -> &Option<crate::types::Details> {
        &self.details
    }

    /// Sets `parts`.
    pub fn parts(mut self, input: impl Into<Vec<crate::types::Part>>) -> Self {
        self.parts = Some(input.into());
        self
    }

    /// Sets or clears `parts`.
    pub fn set_parts(mut self, input: Option<Vec<crate::types::Part>>) -> Self {
        self.parts = input;
        self
    }

    /// The value of `parts` set so far.
    pub fn get_parts(&self) -> &Option<Vec<crate::types::Part>> {
        &self.parts
    }

    /// Builds the [`GetThingOutput`].
    pub fn build(self) -> GetThingOutput {
        GetThingOutput {
            name: self.name,
            status: self.status,
            ready: self.ready,
            count: self.count,
            details: self.details,
            parts: self.parts,
        }
    }
}

/// An error of the `GetThing` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetThingError {
    /// The `NotFound` error.
    NotFound(crate::error::NotFound),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetThingError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::NotFound(error) => error,
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
            GetThingError::NotFound(error) => crate::Error::NotFound(error),
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

    /// The `name` member.
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
}
