// Code generated from `tests/fixtures/rest_xml.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The shelf does not exist.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NoSuchShelf {
    /// What went wrong.
    #[serde(
        rename = "Message",
        alias = "message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The shelf that does not exist.
    #[serde(rename = "Shelf", skip_serializing_if = "Option::is_none")]
    pub shelf: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl NoSuchShelf {
    /// A builder for [`NoSuchShelf`].
    pub fn builder() -> NoSuchShelfBuilder {
        NoSuchShelfBuilder::default()
    }
}

impl PartialEq for NoSuchShelf {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.shelf == other.shelf
    }
}

/// A builder for [`NoSuchShelf`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NoSuchShelfBuilder {
    message: Option<String>,
    shelf: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl NoSuchShelfBuilder {
    /// Sets `Message`.
    pub fn message(mut self, input: impl Into<String>) -> Self {
        self.message = Some(input.into());
        self
    }

    /// Sets or clears `Message`.
    pub fn set_message(mut self, input: Option<String>) -> Self {
        self.message = input;
        self
    }

    /// The value of `Message` set so far.
    pub fn get_message(&self) -> &Option<String> {
        &self.message
    }

    /// Sets `Shelf`.
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

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`NoSuchShelf`].
    pub fn build(self) -> NoSuchShelf {
        NoSuchShelf {
            message: self.message,
            shelf: self.shelf,
            meta: self.meta,
        }
    }
}

impl NoSuchShelf {
    /// The error code on the wire, `NoSuchShelf`.
    pub const CODE: &'static str = "NoSuchShelf";
    /// Status, code, message and request id of the response this error came from.
    pub fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        &self.meta
    }

    /// The error code the service sent, else [`Self::CODE`].
    pub fn code(&self) -> Option<&str> {
        Some(self.meta.code().unwrap_or(Self::CODE))
    }

    /// The message the service sent with the error.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref().or(self.meta.message())
    }

    /// The request id of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }

    /// The error an error response carries: its members as the body (and
    /// headers) give them, completed with the response's metadata, whose
    /// message stands in for a missing one.
    pub(crate) fn from_response(
        response: &::smithy_runtime::http::HttpResponse,
        meta: ::smithy_runtime::error::ErrorMetadata,
    ) -> Self {
        let mut error = ::smithy_runtime::protocol::rest_xml::error_element(response)
            .and_then(|element| crate::de::read_no_such_shelf(&element).ok())
            .unwrap_or_default();
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for NoSuchShelf {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        NoSuchShelf::meta(self)
    }

    fn code(&self) -> Option<&str> {
        NoSuchShelf::code(self)
    }

    fn message(&self) -> Option<&str> {
        NoSuchShelf::message(self)
    }
}

impl ::std::fmt::Display for NoSuchShelf {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "NoSuchShelf: {}", message),
            None => f.write_str("NoSuchShelf"),
        }
    }
}

impl ::std::error::Error for NoSuchShelf {}
