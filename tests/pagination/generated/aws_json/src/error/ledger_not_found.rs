// Code generated from `tests/fixtures/aws_json.json` by `cargo xtask codegen`. DO NOT EDIT.

/// No such ledger.
#[derive(Clone, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct LedgerNotFound {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The ledger that does not exist.
    #[serde(rename = "ledgerName", skip_serializing_if = "Option::is_none")]
    pub ledger_name: Option<String>,
    #[serde(skip)]
    pub(crate) meta: ::smithy_runtime::error::ErrorMetadata,
}

impl LedgerNotFound {
    /// A builder for [`LedgerNotFound`].
    pub fn builder() -> LedgerNotFoundBuilder {
        LedgerNotFoundBuilder::default()
    }
}

impl PartialEq for LedgerNotFound {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.ledger_name == other.ledger_name
    }
}

/// A builder for [`LedgerNotFound`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LedgerNotFoundBuilder {
    message: Option<String>,
    ledger_name: Option<String>,
    meta: ::smithy_runtime::error::ErrorMetadata,
}

impl LedgerNotFoundBuilder {
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

    /// Sets `ledgerName`.
    pub fn ledger_name(mut self, input: impl Into<String>) -> Self {
        self.ledger_name = Some(input.into());
        self
    }

    /// Sets or clears `ledgerName`.
    pub fn set_ledger_name(mut self, input: Option<String>) -> Self {
        self.ledger_name = input;
        self
    }

    /// The value of `ledgerName` set so far.
    pub fn get_ledger_name(&self) -> &Option<String> {
        &self.ledger_name
    }

    /// Sets the response metadata (status, code, message, request id), as the
    /// client does: for tests of code that handles this error.
    pub fn meta(mut self, meta: ::smithy_runtime::error::ErrorMetadata) -> Self {
        self.meta = meta;
        self
    }

    /// Builds the [`LedgerNotFound`].
    pub fn build(self) -> LedgerNotFound {
        LedgerNotFound {
            message: self.message,
            ledger_name: self.ledger_name,
            meta: self.meta,
        }
    }
}

impl LedgerNotFound {
    /// The error code on the wire, `LedgerNotFound`.
    pub const CODE: &'static str = "LedgerNotFound";
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
        let mut error = ::smithy_runtime::protocol::wire::read_error(
            response,
            crate::de::read_ledger_not_found,
        );
        if error.message.is_none() {
            error.message = meta.message().map(ToOwned::to_owned);
        }
        error.meta = meta;
        error
    }
}

impl ::smithy_runtime::error::ProvideErrorMetadata for LedgerNotFound {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        LedgerNotFound::meta(self)
    }

    fn code(&self) -> Option<&str> {
        LedgerNotFound::code(self)
    }

    fn message(&self) -> Option<&str> {
        LedgerNotFound::message(self)
    }
}

impl ::std::fmt::Display for LedgerNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "LedgerNotFound: {}", message),
            None => f.write_str("LedgerNotFound"),
        }
    }
}

impl ::std::error::Error for LedgerNotFound {}
