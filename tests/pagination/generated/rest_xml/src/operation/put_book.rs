// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Puts a book on a shelf.
mod wire;

/// The input of `PutBook`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutBookInput {
    /// The shelf, a path label.
    #[serde(rename = "Shelf", skip_serializing_if = "Option::is_none")]
    pub shelf: Option<String>,
    /// The edition, a query parameter.
    #[serde(rename = "Edition", skip_serializing_if = "Option::is_none")]
    pub edition: Option<i32>,
    /// The author, a header.
    #[serde(rename = "Author", skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The language, an attribute of the root element.
    #[serde(rename = "lang", skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The title, renamed.
    #[serde(rename = "BookTitle", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The number of pages.
    #[serde(rename = "Pages", skip_serializing_if = "Option::is_none")]
    pub pages: Option<i32>,
    /// Keywords, a flattened list: one `Keyword` each.
    #[serde(rename = "Keyword", skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
    /// Chapters, a wrapped list of structures.
    #[serde(rename = "Chapters", skip_serializing_if = "Option::is_none")]
    pub chapters: Option<Vec<crate::types::Chapter>>,
    /// Notes, a wrapped map.
    #[serde(rename = "Notes", skip_serializing_if = "Option::is_none")]
    pub notes: Option<::std::collections::HashMap<String, String>>,
    /// How it is bound, a nested structure in its own namespace.
    #[serde(rename = "Binding", skip_serializing_if = "Option::is_none")]
    pub binding: Option<crate::types::Binding>,
}

impl PutBookInput {
    /// A builder for [`PutBookInput`].
    pub fn builder() -> PutBookInputBuilder {
        PutBookInputBuilder::default()
    }
}

/// A builder for [`PutBookInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutBookInputBuilder {
    shelf: Option<String>,
    edition: Option<i32>,
    author: Option<String>,
    language: Option<String>,
    title: Option<String>,
    pages: Option<i32>,
    keywords: Option<Vec<String>>,
    chapters: Option<Vec<crate::types::Chapter>>,
    notes: Option<::std::collections::HashMap<String, String>>,
    binding: Option<crate::types::Binding>,
}

impl PutBookInputBuilder {
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

    /// Sets `Edition`.
    pub fn edition(mut self, input: impl Into<i32>) -> Self {
        self.edition = Some(input.into());
        self
    }

    /// Sets or clears `Edition`.
    pub fn set_edition(mut self, input: Option<i32>) -> Self {
        self.edition = input;
        self
    }

    /// The value of `Edition` set so far.
    pub fn get_edition(&self) -> &Option<i32> {
        &self.edition
    }

    /// Sets `Author`.
    pub fn author(mut self, input: impl Into<String>) -> Self {
        self.author = Some(input.into());
        self
    }

    /// Sets or clears `Author`.
    pub fn set_author(mut self, input: Option<String>) -> Self {
        self.author = input;
        self
    }

    /// The value of `Author` set so far.
    pub fn get_author(&self) -> &Option<String> {
        &self.author
    }

    /// Sets `Language`.
    pub fn language(mut self, input: impl Into<String>) -> Self {
        self.language = Some(input.into());
        self
    }

    /// Sets or clears `Language`.
    pub fn set_language(mut self, input: Option<String>) -> Self {
        self.language = input;
        self
    }

    /// The value of `Language` set so far.
    pub fn get_language(&self) -> &Option<String> {
        &self.language
    }

    /// Sets `Title`.
    pub fn title(mut self, input: impl Into<String>) -> Self {
        self.title = Some(input.into());
        self
    }

    /// Sets or clears `Title`.
    pub fn set_title(mut self, input: Option<String>) -> Self {
        self.title = input;
        self
    }

    /// The value of `Title` set so far.
    pub fn get_title(&self) -> &Option<String> {
        &self.title
    }

    /// Sets `Pages`.
    pub fn pages(mut self, input: impl Into<i32>) -> Self {
        self.pages = Some(input.into());
        self
    }

    /// Sets or clears `Pages`.
    pub fn set_pages(mut self, input: Option<i32>) -> Self {
        self.pages = input;
        self
    }

    /// The value of `Pages` set so far.
    pub fn get_pages(&self) -> &Option<i32> {
        &self.pages
    }

    /// Sets `Keywords`.
    pub fn keywords(mut self, input: impl Into<Vec<String>>) -> Self {
        self.keywords = Some(input.into());
        self
    }

    /// Sets or clears `Keywords`.
    pub fn set_keywords(mut self, input: Option<Vec<String>>) -> Self {
        self.keywords = input;
        self
    }

    /// The value of `Keywords` set so far.
    pub fn get_keywords(&self) -> &Option<Vec<String>> {
        &self.keywords
    }

    /// Sets `Chapters`.
    pub fn chapters(mut self, input: impl Into<Vec<crate::types::Chapter>>) -> Self {
        self.chapters = Some(input.into());
        self
    }

    /// Sets or clears `Chapters`.
    pub fn set_chapters(mut self, input: Option<Vec<crate::types::Chapter>>) -> Self {
        self.chapters = input;
        self
    }

    /// The value of `Chapters` set so far.
    pub fn get_chapters(&self) -> &Option<Vec<crate::types::Chapter>> {
        &self.chapters
    }

    /// Sets `Notes`.
    pub fn notes(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.notes = Some(input.into());
        self
    }

    /// Sets or clears `Notes`.
    pub fn set_notes(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.notes = input;
        self
    }

    /// The value of `Notes` set so far.
    pub fn get_notes(&self) -> &Option<::std::collections::HashMap<String, String>> {
        &self.notes
    }

    /// Sets `Binding`.
    pub fn binding(mut self, input: impl Into<crate::types::Binding>) -> Self {
        self.binding = Some(input.into());
        self
    }

    /// Sets or clears `Binding`.
    pub fn set_binding(mut self, input: Option<crate::types::Binding>) -> Self {
        self.binding = input;
        self
    }

    /// The value of `Binding` set so far.
    pub fn get_binding(&self) -> &Option<crate::types::Binding> {
        &self.binding
    }

    /// Builds the [`PutBookInput`].
    ///
    /// Fails when a required member is not set: `Shelf`.
    pub fn build(self) -> Result<PutBookInput, ::smithy_runtime::error::BuildError> {
        if self.shelf.is_none() {
            return Err(
                ::smithy_runtime::error::BuildError::missing_field(
                    "PutBookInput",
                    "Shelf",
                ),
            );
        }
        Ok(PutBookInput {
            shelf: self.shelf,
            edition: self.edition,
            author: self.author,
            language: self.language,
            title: self.title,
            pages: self.pages,
            keywords: self.keywords,
            chapters: self.chapters,
            notes: self.notes,
            binding: self.binding,
        })
    }
}

/// The output of `PutBook`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PutBookOutput {
    /// The stored version, a header.
    #[serde(rename = "ETag", skip_serializing_if = "Option::is_none")]
    pub e_tag: Option<String>,
    /// The book's id, an attribute of the root element.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When it was stored (date-time).
    #[serde(rename = "StoredAt", skip_serializing_if = "Option::is_none")]
    pub stored_at: Option<::smithy_runtime::DateTime>,
    /// Warnings, a flattened list.
    #[serde(rename = "Warning", skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    /// Books per shelf, a flattened map.
    #[serde(rename = "Shelf", skip_serializing_if = "Option::is_none")]
    pub shelves: Option<::std::collections::HashMap<String, i32>>,
    /// The chapters as stored, a wrapped list.
    #[serde(rename = "Chapters", skip_serializing_if = "Option::is_none")]
    pub chapters: Option<Vec<crate::types::Chapter>>,
    /// Where it stands, nested lists and maps.
    #[serde(rename = "Shelving", skip_serializing_if = "Option::is_none")]
    pub shelving: Option<crate::types::Shelving>,
}

impl PutBookOutput {
    /// A builder for [`PutBookOutput`].
    pub fn builder() -> PutBookOutputBuilder {
        PutBookOutputBuilder::default()
    }
}

/// A builder for [`PutBookOutput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PutBookOutputBuilder {
    e_tag: Option<String>,
    id: Option<String>,
    stored_at: Option<::smithy_runtime::DateTime>,
    warnings: Option<Vec<String>>,
    shelves: Option<::std::collections::HashMap<String, i32>>,
    chapters: Option<Vec<crate::types::Chapter>>,
    shelving: Option<crate::types::Shelving>,
}

impl PutBookOutputBuilder {
    /// Sets `ETag`.
    pub fn e_tag(mut self, input: impl Into<String>) -> Self {
        self.e_tag = Some(input.into());
        self
    }

    /// Sets or clears `ETag`.
    pub fn set_e_tag(mut self, input: Option<String>) -> Self {
        self.e_tag = input;
        self
    }

    /// The value of `ETag` set so far.
    pub fn get_e_tag(&self) -> &Option<String> {
        &self.e_tag
    }

    /// Sets `Id`.
    pub fn id(mut self, input: impl Into<String>) -> Self {
        self.id = Some(input.into());
        self
    }

    /// Sets or clears `Id`.
    pub fn set_id(mut self, input: Option<String>) -> Self {
        self.id = input;
        self
    }

    /// The value of `Id` set so far.
    pub fn get_id(&self) -> &Option<String> {
        &self.id
    }

    /// Sets `StoredAt`.
    pub fn stored_at(mut self, input: impl Into<::smithy_runtime::DateTime>) -> Self {
        self.stored_at = Some(input.into());
        self
    }

    /// Sets or clears `StoredAt`.
    pub fn set_stored_at(mut self, input: Option<::smithy_runtime::DateTime>) -> Self {
        self.stored_at = input;
        self
    }

    /// The value of `StoredAt` set so far.
    pub fn get_stored_at(&self) -> &Option<::smithy_runtime::DateTime> {
        &self.stored_at
    }

    /// Sets `Warnings`.
    pub fn warnings(mut self, input: impl Into<Vec<String>>) -> Self {
        self.warnings = Some(input.into());
        self
    }

    /// Sets or clears `Warnings`.
    pub fn set_warnings(mut self, input: Option<Vec<String>>) -> Self {
        self.warnings = input;
        self
    }

    /// The value of `Warnings` set so far.
    pub fn get_warnings(&self) -> &Option<Vec<String>> {
        &self.warnings
    }

    /// Sets `Shelves`.
    pub fn shelves(
        mut self,
        input: impl Into<::std::collections::HashMap<String, i32>>,
    ) -> Self {
        self.shelves = Some(input.into());
        self
    }

    /// Sets or clears `Shelves`.
    pub fn set_shelves(
        mut self,
        input: Option<::std::collections::HashMap<String, i32>>,
    ) -> Self {
        self.shelves = input;
        self
    }

    /// The value of `Shelves` set so far.
    pub fn get_shelves(&self) -> &Option<::std::collections::HashMap<String, i32>> {
        &self.shelves
    }

    /// Sets `Chapters`.
    pub fn chapters(mut self, input: impl Into<Vec<crate::types::Chapter>>) -> Self {
        self.chapters = Some(input.into());
        self
    }

    /// Sets or clears `Chapters`.
    pub fn set_chapters(mut self, input: Option<Vec<crate::types::Chapter>>) -> Self {
        self.chapters = input;
        self
    }

    /// The value of `Chapters` set so far.
    pub fn get_chapters(&self) -> &Option<Vec<crate::types::Chapter>> {
        &self.chapters
    }

    /// Sets `Shelving`.
    pub fn shelving(mut self, input: impl Into<crate::types::Shelving>) -> Self {
        self.shelving = Some(input.into());
        self
    }

    /// Sets or clears `Shelving`.
    pub fn set_shelving(mut self, input: Option<crate::types::Shelving>) -> Self {
        self.shelving = input;
        self
    }

    /// The value of `Shelving` set so far.
    pub fn get_shelving(&self) -> &Option<crate::types::Shelving> {
        &self.shelving
    }

    /// Builds the [`PutBookOutput`].
    pub fn build(self) -> PutBookOutput {
        PutBookOutput {
            e_tag: self.e_tag,
            id: self.id,
            stored_at: self.stored_at,
            warnings: self.warnings,
            shelves: self.shelves,
            chapters: self.chapters,
            shelving: self.shelving,
        }
    }
}

/// An error of the `PutBook` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBookError {
    /// The shelf does not exist.
    NoSuchShelf(crate::error::NoSuchShelf),
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl PutBookError {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for PutBookError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        PutBookError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        PutBookError::code(self)
    }

    fn message(&self) -> Option<&str> {
        PutBookError::message(self)
    }
}

impl ::std::fmt::Display for PutBookError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for PutBookError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for PutBookError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<PutBookError> for crate::Error {
    fn from(error: PutBookError) -> Self {
        match error {
            PutBookError::NoSuchShelf(error) => crate::Error::NoSuchShelf(error),
            PutBookError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `PutBook` call: set the input members, then send it.
///
/// Get one from [`Client::put_book`](crate::Client::put_book).
#[derive(Clone, Debug)]
pub struct PutBookFluentBuilder {
    client: crate::Client,
    inner: PutBookInputBuilder,
}

impl PutBookFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](PutBookError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<PutBookOutput, PutBookError> {
        let input = self
            .inner
            .build()
            .map_err(::smithy_runtime::error::UnhandledError::from)?;
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &PutBookInputBuilder {
        &self.inner
    }

    /// The shelf, a path label.
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

    /// The edition, a query parameter.
    pub fn edition(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.edition(input);
        self
    }

    /// Sets or clears `Edition`.
    pub fn set_edition(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_edition(input);
        self
    }

    /// The value of `Edition` set so far.
    pub fn get_edition(&self) -> &Option<i32> {
        self.inner.get_edition()
    }

    /// The author, a header.
    pub fn author(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.author(input);
        self
    }

    /// Sets or clears `Author`.
    pub fn set_author(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_author(input);
        self
    }

    /// The value of `Author` set so far.
    pub fn get_author(&self) -> &Option<String> {
        self.inner.get_author()
    }

    /// The language, an attribute of the root element.
    pub fn language(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.language(input);
        self
    }

    /// Sets or clears `Language`.
    pub fn set_language(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_language(input);
        self
    }

    /// The value of `Language` set so far.
    pub fn get_language(&self) -> &Option<String> {
        self.inner.get_language()
    }

    /// The title, renamed.
    pub fn title(mut self, input: impl Into<String>) -> Self {
        self.inner = self.inner.title(input);
        self
    }

    /// Sets or clears `Title`.
    pub fn set_title(mut self, input: Option<String>) -> Self {
        self.inner = self.inner.set_title(input);
        self
    }

    /// The value of `Title` set so far.
    pub fn get_title(&self) -> &Option<String> {
        self.inner.get_title()
    }

    /// The number of pages.
    pub fn pages(mut self, input: impl Into<i32>) -> Self {
        self.inner = self.inner.pages(input);
        self
    }

    /// Sets or clears `Pages`.
    pub fn set_pages(mut self, input: Option<i32>) -> Self {
        self.inner = self.inner.set_pages(input);
        self
    }

    /// The value of `Pages` set so far.
    pub fn get_pages(&self) -> &Option<i32> {
        self.inner.get_pages()
    }

    /// Keywords, a flattened list: one `Keyword` each.
    pub fn keywords(mut self, input: impl Into<Vec<String>>) -> Self {
        self.inner = self.inner.keywords(input);
        self
    }

    /// Sets or clears `Keywords`.
    pub fn set_keywords(mut self, input: Option<Vec<String>>) -> Self {
        self.inner = self.inner.set_keywords(input);
        self
    }

    /// The value of `Keywords` set so far.
    pub fn get_keywords(&self) -> &Option<Vec<String>> {
        self.inner.get_keywords()
    }

    /// Chapters, a wrapped list of structures.
    pub fn chapters(mut self, input: impl Into<Vec<crate::types::Chapter>>) -> Self {
        self.inner = self.inner.chapters(input);
        self
    }

    /// Sets or clears `Chapters`.
    pub fn set_chapters(mut self, input: Option<Vec<crate::types::Chapter>>) -> Self {
        self.inner = self.inner.set_chapters(input);
        self
    }

    /// The value of `Chapters` set so far.
    pub fn get_chapters(&self) -> &Option<Vec<crate::types::Chapter>> {
        self.inner.get_chapters()
    }

    /// Notes, a wrapped map.
    pub fn notes(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.notes(input);
        self
    }

    /// Sets or clears `Notes`.
    pub fn set_notes(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner = self.inner.set_notes(input);
        self
    }

    /// The value of `Notes` set so far.
    pub fn get_notes(&self) -> &Option<::std::collections::HashMap<String, String>> {
        self.inner.get_notes()
    }

    /// How it is bound, a nested structure in its own namespace.
    pub fn binding(mut self, input: impl Into<crate::types::Binding>) -> Self {
        self.inner = self.inner.binding(input);
        self
    }

    /// Sets or clears `Binding`.
    pub fn set_binding(mut self, input: Option<crate::types::Binding>) -> Self {
        self.inner = self.inner.set_binding(input);
        self
    }

    /// The value of `Binding` set so far.
    pub fn get_binding(&self) -> &Option<crate::types::Binding> {
        self.inner.get_binding()
    }
}
