// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Reads a shelf.
mod wire;

/// The input of `GetShelf`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetShelfInput {
    /// The shelf.
    #[serde(rename = "Shelf", skip_serializing_if = "Option::is_none")]
    pub shelf: Option<String>,
    /// How much to show, an enum label.
    #[serde(rename = "View", skip_serializing_if = "Option::is_none")]
    pub view: Option<crate::types::ShelfView>,
}

impl GetShelfInput {
    /// A builder for [`GetShelfInput`].
    pub fn builder() -> GetShelfInputBuilder {
        GetShelfInputBuilder::default()
    }
}

/// A builder for [`GetShelfInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetShelfInputBuilder {
    shelf: Option<String>,
    view: Option<crate::types::ShelfView>,
}

impl GetShelfInputBuilder {
    /// Sets `Shelf`. Required.
    pub fn shelf(mut self, input: impl Into<String>) -> Self {
        self.shelf = Some(input.into());
        self
    }

    /// Sets or clears `Shelf`.
    pub fn set_shelf(mut self, input: Option<String>) -> Self {
        self.shelf = input;
        self
    }

    /// The value of `Shelf` set so far.
    pub fn get_shelf(&self) -> &Option<String> {
        &self.shelf
    }

    /// Sets `View`. Required.
    pub fn view(mut self, input: impl Into<crate::types::ShelfView>) -> Self {
        self.view = Some(input.into());
        self
    }

    /// Sets or clears `View`.
    pub fn set_view(mut self, input: Option<crate::types::ShelfView>) -> Self {
        self.view = input;
        self
    }

    /// The value of `View` set so far.
    pub fn get_view(&self) -> &Option<crate::types::ShelfView> {
        &self.view
    }

    /// Builds the [`GetShelfInput`].
    ///
    /// Fails when a required member is not set: `Shelf`, `View`.
    pub fn build(self) -> Result<GetShelfInput, ::smithy_runtime::error::BuildError> {
        if self.shelf.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetShelfInput",
                    "Shelf",
                ),
            );
        }
        if self.view.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "GetShelfInput",
                    "View",
                ),
            );
        }
        Ok(GetShelfInput {
            shelf: self.shelf,
            view: self.view,
        })
    }
}

/// The output of `GetShelf`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct GetShelfOutput {
    /// Its name.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How many books it holds.
    #[serde(rename = "Books", skip_serializing_if = "Option::is_none")]
    pub books: Option<i32>,
}

impl GetShelfOutput {
    /// A builder for [`GetShelfOutput`].
    pub fn builder() -> GetShelfOutputBuilder {
        GetShelfOutputBuilder::default()
    }
}

/// A builder for [`GetShelfOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GetShelfOutputBuilder {
    name: Option<String>,
    books: Option<i32>,
}

impl GetShelfOutputBuilder {
    /// Sets `Name`.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `Name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `Name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Sets `Books`.
    pub fn books(mut self, input: impl Into<i32>) -> Self {
        self.books = Some(input.into());
        self
    }

    /// Sets or clears `Books`.
    pub fn set_books(mut self, input: Option<i32>) -> Self {
        self.books = input;
        self
    }

    /// The value of `Books` set so far.
    pub fn get_books(&self) -> &Option<i32> {
        &self.books
    }

    /// Builds the [`GetShelfOutput`].
    pub fn build(self) -> GetShelfOutput {
        GetShelfOutput {
            name: self.name,
            books: self.books,
        }
    }
}

/// An error of the `GetShelf` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetShelfError {
    /// The shelf does not exist.
    NoSuchShelf(crate::error::NoSuchShelf),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl GetShelfError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
            Self::NoSuchShelf(error) => error,
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

impl ::smithy_runtime::error::ProvideErrorMetadata for GetShelfError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        GetShelfError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        GetShelfError::code(self)
    }

    fn message(&self) -> Option<&str> {
        GetShelfError::message(self)
    }
}

impl ::std::fmt::Display for GetShelfError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for GetShelfError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for GetShelfError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<GetShelfError> for crate::Error {
    fn from(error: GetShelfError) -> Self {
        match error {
            GetShelfError::NoSuchShelf(error) => crate::Error::NoSuchShelf(error),
            GetShelfError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `GetShelf` call: set the input members, then send it.
///
/// Get one from [`Client::get_shelf`](crate::Client::get_shelf).
#[derive(Clone, Debug)]
pub struct GetShelfFluentBuilder {
    client: crate::Client,
    inner: GetShelfInputBuilder,
}

impl GetShelfFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](GetShelfError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<GetShelfOutput, GetShelfError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &GetShelfInputBuilder {
        &self.inner
    }

    /// The shelf.
    pub fn shelf(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.shelf(input);
        self
    }

    /// Sets or clears `Shelf`.
    pub fn set_shelf(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_shelf(input);
        self
    }

    /// The value of `Shelf` set so far.
    pub fn get_shelf(&self) -> &Option<String> {
        self.inner.get_shelf()
    }

    /// How much to show, an enum label.
    pub fn view(mut self, input: impl Into<crate::types::ShelfView>) -> Self {
        self.inner = self.inner.view(input);
        self
    }

    /// Sets or clears `View`.
    pub fn set_view(mut self, input: Option<crate::types::ShelfView>) -> Self {
        self.inner = self.inner.set_view(input);
        self
    }

    /// The value of `View` set so far.
    pub fn get_view(&self) -> &Option<crate::types::ShelfView> {
        self.inner.get_view()
    }
}
