// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Puts a thing.
mod wire;

/// The input of `PutThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutThingInput {
    /// The `Stage` member.
    #[serde(rename = "Stage", skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// The `Nested` member.
    #[serde(rename = "Nested", skip_serializing_if = "Option::is_none")]
    pub nested: Option<crate::types::Nested>,
    /// The `Tags` member.
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<::std::collections::HashMap<String, String>>,
    /// The `Items` member.
    #[serde(rename = "Items", skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<crate::types::Item>>,
}

impl PutThingInput {
    /// A builder for [`PutThingInput`].
    pub fn builder() -> PutThingInputBuilder {
        PutThingInputBuilder::default()
    }
}

/// A builder for [`PutThingInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutThingInputBuilder {
    stage: Option<String>,
    nested: Option<crate::types::Nested>,
    tags: Option<::std::collections::HashMap<String, String>>,
    items: Option<Vec<crate::types::Item>>,
}

impl PutThingInputBuilder {
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

    /// Sets `Nested`.
    pub fn nested(mut self, input: impl Into<crate::types::Nested>) -> Self {
        self.nested = Some(input.into());
        self
    }

    /// Sets or clears `Nested`.
    pub fn set_nested(mut self, input: Option<crate::types::Nested>) -> Self {
        self.nested = input;
        self
    }

    /// The value of `Nested` set so far.
    pub fn get_nested(&self) -> &Option<crate::types::Nested> {
        &self.nested
    }

    /// Sets `Tags`.
    pub fn tags(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = Some(input.into());
        self
    }

    /// Sets or clears `Tags`.
    pub fn set_tags(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = input;
        self
    }

    /// The value of `Tags` set so far.
    pub fn get_tags(&self) -> &Option<::std::collections::HashMap<String, String>> {
        &self.tags
    }

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

    /// Builds the [`PutThingInput`].
    pub fn build(self) -> PutThingInput {
        PutThingInput {
            stage: self.stage,
            nested: self.nested,
            tags: self.tags,
            items: self.items,
        }
    }
}

/// The output of `PutThing`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
pub struct PutThingOutput {}
impl PutThingOutput {
    /// A builder for [`PutThingOutput`].
    pub fn builder() -> PutThingOutputBuilder {
        PutThingOutputBuilder::default()
    }
}

/// A builder for [`PutThingOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutThingOutputBuilder {}
impl PutThingOutputBuilder {
    /// Builds the [`PutThingOutput`].
    pub fn build(self) -> PutThingOutput {
        PutThingOutput {}
    }
}

/// An error of the `PutThing` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutThingError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PutThingError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for PutThingError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PutThingError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PutThingError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PutThingError::message(self)
    }
}

impl ::std::fmt::Display for PutThingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PutThingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PutThingError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PutThingError> for crate::Error {
    fn from(error: PutThingError) -> Self {
        match error {
            PutThingError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `PutThing` call: set the input members, then send it.
///
/// Get one from [`Client::put_thing`](crate::Client::put_thing).
#[derive(Clone, Debug)]
pub struct PutThingFluentBuilder {
    client: crate::Client,
    inner: PutThingInputBuilder,
}

impl PutThingFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PutThingError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PutThingOutput, PutThingError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PutThingInputBuilder {
        &self.inner
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

    /// The `Nested` member.
    pub fn nested(mut self, input: impl Into<crate::types::Nested>) -> Self {
        self.inner = self.inner.nested(input);
        self
    }

    /// Sets or clears `Nested`.
    pub fn set_nested(mut self, input: Option<crate::types::Nested>) -> Self {
        self.inner = self.inner.set_nested(input);
        self
    }

    /// The value of `Nested` set so far.
    pub fn get_nested(&self) -> &Option<crate::types::Nested> {
        self.inner.get_nested()
    }

    /// The `Tags` member.
    pub fn tags(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.tags(input);
        self
    }

    /// Sets or clears `Tags`.
    pub fn set_tags(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.set_tags(input);
        self
    }

    /// The value of `Tags` set so far.
    pub fn get_tags(&self) -> &Option<::std::collections::HashMap<String, String>> {
        self.inner.get_tags()
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
