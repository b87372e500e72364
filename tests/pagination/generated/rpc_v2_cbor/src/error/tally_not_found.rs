// Code generated from `tests/fixtures/rpc_v2_cbor.json` by `cargo xtask codegen`. DO NOT EDIT.

/// No such tally.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct TallyNotFound {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The tally that does not exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl TallyNotFound {
    /// A builder for [`TallyNotFound`].
    pub fn builder() -> TallyNotFoundBuilder {
        TallyNotFoundBuilder::default()
    }
}

impl PartialEq for TallyNotFound {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.name == other.name
    }
}

/// A builder for [`TallyNotFound`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TallyNotFoundBuilder {
    message: Option<String>,
    name: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl TallyNotFoundBuilder {
    /// Sets `message`.
    pub fn message(mut self, input: impl Into<String>) -> Self {
        self.message = Some(input.into());
        self
    }

    /// Sets or clears `message`.
    pub fn set_message(mut self, input: Option<String>) -> Self {
        self.message = input;
        self
    }

    /// The value of `message` set so far.
    pub fn get_message(&self) -> &Option<String> {
        &self.message
    }

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

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`TallyNotFound`].
    pub fn build(self) -> TallyNotFound {
        TallyNotFound {
            message: self.message,
            name: self.name,
            meta: self.meta,
        }
    }
}

impl TallyNotFound {
    /// The error code on the wire, `TallyNotFound`.
    pub const CODE: &'static str = "TallyNotFound";
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
        let mut error = ::smithy_runtime::protocol::rpc_v2_cbor::read_error(
            response,
            crate::de::read_tally_not_found,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for TallyNotFound {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        TallyNotFound::meta(self)
    }

    fn code(&self) -> Option<&str> {
        TallyNotFound::code(self)
    }

    fn message(&self) -> Option<&str> {
        TallyNotFound::message(self)
    }
}

impl ::std::fmt::Display for TallyNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "TallyNotFound: {}", message),
            None => f.write_str("TallyNotFound"),
        }
    }
}

impl ::std::error::Error for TallyNotFound {}
