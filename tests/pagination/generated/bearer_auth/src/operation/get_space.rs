// Code generated from `tests/fixtures/bearer_auth.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Returns a space. Sent with `Authorization: Bearer`.
mod wire;

/// The input of `GetSpace`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetSpaceInput {
    /// The `name` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl GetSpaceInput {
    /// A builder for [`GetSpaceInput`].
    pub fn builder() -> GetSpaceInputBuilder {
        GetSpaceInputBuilder::default()
    }
}

/// A builder for [`GetSpaceInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetSpaceInputBuilder {
    name: Option<String>,
}

impl GetSpaceInputBuilder {
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

    /// Builds the [`GetSpaceInput`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(self) -> Result<GetSpaceInput, ::smithy_runtime::error::BuildError> {
        if self.name.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetSpaceInput",
                    "name",
                ),
            );
        }
        Ok(GetSpaceInput { name: self.name })
    }
}

/// The output of `GetSpace`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetSpaceOutput {
    /// The `name` member.
    pub name: String,
    /// The `displayName` member.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

impl GetSpaceOutput {
    /// A builder for [`GetSpaceOutput`].
    pub fn builder() -> GetSpaceOutputBuilder {
        GetSpaceOutputBuilder::default()
    }
}

/// A builder for [`GetSpaceOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetSpaceOutputBuilder {
    name: Option<String>,
    display_name: Option<String>,
}

impl GetSpaceOutputBuilder {
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

    /// Sets `displayName`.
    pub fn display_name(mut self, input: impl Into<String>) -> Self {
        self.display_name = Some(input.into());
        self
    }

    /// Sets or clears `displayName`.
    pub fn set_display_name(mut self, input: Option<String>) -> Self {
        self.display_name = input;
        self
    }

    /// The value of `displayName` set so far.
    pub fn get_display_name(&self) -> &Option<String> {
        &self.display_name
    }

    /// Builds the [`GetSpaceOutput`].
    ///
    /// Fails when a required member is not set: `name`.
    pub fn build(self) -> Result<GetSpaceOutput, ::smithy_runtime::error::BuildError> {
        Ok(GetSpaceOutput {
            name: self
                .name
                .ok_or_else(|| ::smithy_runtime::error::BuildError::missing_field(
                    "GetSpaceOutput",
                    "name",
                ))?,
            display_name: self.display_name,
        })
    }
}

/// An error of the `GetSpace` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSpaceError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetSpaceError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetSpaceError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetSpaceError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetSpaceError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetSpaceError::message(self)
    }
}

impl ::std::fmt::Display for GetSpaceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetSpaceError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetSpaceError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetSpaceError> for crate::Error {
    fn from(error: GetSpaceError) -> Self {
        match error {
            GetSpaceError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `GetSpace` call: set the input members, then send it.
///
/// Get one from [`Client::get_space`](crate::Client::get_space).
#[derive(Clone, Debug)]
pub struct GetSpaceFluentBuilder {
    client: crate::Client,
    inner: GetSpaceInputBuilder,
}

impl GetSpaceFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetSpaceError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<GetSpaceOutput, GetSpaceError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetSpaceInputBuilder {
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
