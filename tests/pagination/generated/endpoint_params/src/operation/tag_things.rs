// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Tags things.
mod wire;

/// The input of `TagThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct TagThingsInput {
    /// The `Items` member.
    #[serde(rename = "Items", skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<crate::types::Item>>,
}

impl TagThingsInput {
    /// A builder for [`TagThingsInput`].
    pub fn builder() -> TagThingsInputBuilder {
        TagThingsInputBuilder::default()
    }
}

/// A builder for [`TagThingsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TagThingsInputBuilder {
    items: Option<Vec<crate::types::Item>>,
}

impl TagThingsInputBuilder {
    /// Sets `Items`.
    pub fn items(mut self, input: impl Into<Vec<crate::types::Item>>) -> Self {
        self.items = Some(input.into());
        self
    }

    /// Sets or clears `Items`.
    pub fn set_items(mut self, input: Option<Vec<crate::types::Item>>) -> Self {
        self.items = input;
        self
    }

    /// The value of `Items` set so far.
    pub fn get_items(&self) -> &Option<Vec<crate::types::Item>> {
        &self.items
    }

    /// Builds the [`TagThingsInput`].
    pub fn build(self) -> TagThingsInput {
        TagThingsInput {
            items: self.items,
        }
    }
}

/// The output of `TagThings`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct TagThingsOutput {}
impl TagThingsOutput {
    /// A builder for [`TagThingsOutput`].
    pub fn builder() -> TagThingsOutputBuilder {
        TagThingsOutputBuilder::default()
    }
}

/// A builder for [`TagThingsOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TagThingsOutputBuilder {}
impl TagThingsOutputBuilder {
    /// Builds the [`TagThingsOutput`].
    pub fn build(self) -> TagThingsOutput {
        TagThingsOutput {}
    }
}

/// An error of the `TagThings` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum TagThingsError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl TagThingsError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for TagThingsError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        TagThingsError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        TagThingsError::code(self)
    }

    fn message(&self) -> Option<&str> {
        TagThingsError::message(self)
    }
}

impl ::std::fmt::Display for TagThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for TagThingsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for TagThingsError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<TagThingsError> for crate::Error {
    fn from(error: TagThingsError) -> Self {
        match error {
            TagThingsError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `TagThings` call: set the input members, then send it.
///
/// Get one from [`Client::tag_things`](crate::Client::tag_things).
#[derive(Clone, Debug)]
pub struct TagThingsFluentBuilder {
    client: crate::Client,
    inner: TagThingsInputBuilder,
}

impl TagThingsFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](TagThingsError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<TagThingsOutput, TagThingsError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &TagThingsInputBuilder {
        &self.inner
    }

    /// The `Items` member.
    pub fn items(mut self, input: impl Into<Vec<crate::types::Item>>) -> Self {
        self.inner = self.inner.items(input);
        self
    }

    /// Sets or clears `Items`.
    pub fn set_items(mut self, input: Option<Vec<crate::types::Item>>) -> Self {
        self.inner = self.inner.set_items(input);
        self
    }

    /// The value of `Items` set so far.
    pub fn get_items(&self) -> &Option<Vec<crate::types::Item>> {
        self.inner.get_items()
    }
}
