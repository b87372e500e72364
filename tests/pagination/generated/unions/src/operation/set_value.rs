// Code generated from `tests/fixtures/unions.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `SetValue` operation.
mod wire;

/// The input of `SetValue`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SetValueInput {
    /// One value of several kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::types::Value>,
}

impl SetValueInput {
    /// A builder for [`SetValueInput`].
    pub fn builder() -> SetValueInputBuilder {
        SetValueInputBuilder::default()
    }
}

/// A builder for [`SetValueInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SetValueInputBuilder {
    value: Option<crate::types::Value>,
}

impl SetValueInputBuilder {
    /// Sets `value`. Required.
    pub fn value(mut self, input: impl Into<crate::types::Value>) -> Self {
        self.value = Some(input.into());
        self
    }

    /// Sets or clears `value`.
    pub fn set_value(mut self, input: Option<crate::types::Value>) -> Self {
        self.value = input;
        self
    }

    /// The value of `value` set so far.
    pub fn get_value(&self) -> &Option<crate::types::Value> {
        &self.value
    }

    /// Builds the [`SetValueInput`].
    ///
    /// Fails when a required member is not set: `value`.
    pub fn build(self) -> Result<SetValueInput, ::smithy_runtime::error::BuildError> {
        if self.value.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "SetValueInput",
                    "value",
                ),
            );
        }
        Ok(SetValueInput { value: self.value })
    }
}

/// The output of `SetValue`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SetValueOutput {
    /// One value of several kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<crate::types::Value>,
}

impl SetValueOutput {
    /// A builder for [`SetValueOutput`].
    pub fn builder() -> SetValueOutputBuilder {
        SetValueOutputBuilder::default()
    }
}

/// A builder for [`SetValueOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SetValueOutputBuilder {
    previous: Option<crate::types::Value>,
}

impl SetValueOutputBuilder {
    /// Sets `previous`.
    pub fn previous(mut self, input: impl Into<crate::types::Value>) -> Self {
        self.previous = Some(input.into());
        self
    }

    /// Sets or clears `previous`.
    pub fn set_previous(mut self, input: Option<crate::types::Value>) -> Self {
        self.previous = input;
        self
    }

    /// The value of `previous` set so far.
    pub fn get_previous(&self) -> &Option<crate::types::Value> {
        &self.previous
    }

    /// Builds the [`SetValueOutput`].
    pub fn build(self) -> SetValueOutput {
        SetValueOutput {
            previous: self.previous,
        }
    }
}

/// An error of the `SetValue` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SetValueError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl SetValueError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for SetValueError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        SetValueError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        SetValueError::code(self)
    }

    fn message(&self) -> Option<&str> {
        SetValueError::message(self)
    }
}

impl ::std::fmt::Display for SetValueError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for SetValueError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for SetValueError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<SetValueError> for crate::Error {
    fn from(error: SetValueError) -> Self {
        match error {
            SetValueError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `SetValue` call: set the input members, then send it.
///
/// Get one from [`Client::set_value`](crate::Client::set_value).
#[derive(Clone, Debug)]
pub struct SetValueFluentBuilder {
    client: crate::Client,
    inner: SetValueInputBuilder,
}

impl SetValueFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](SetValueError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<SetValueOutput, SetValueError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &SetValueInputBuilder {
        &self.inner
    }

    /// One value of several kinds.
    pub fn value(mut self, input: impl Into<crate::types::Value>) -> Self {
        self.inner = self.inner.value(input);
        self
    }

    /// Sets or clears `value`.
    pub fn set_value(mut self, input: Option<crate::types::Value>) -> Self {
        self.inner = self.inner.set_value(input);
        self
    }

    /// The value of `value` set so far.
    pub fn get_value(&self) -> &Option<crate::types::Value> {
        self.inner.get_value()
    }
}
