// Code generated from `tests/fixtures/waiters.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `NotFound` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NotFound {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}

impl NotFound {
    /// A builder for [`NotFound`].
    pub fn builder() -> NotFoundBuilder {
        NotFoundBuilder::default()
    }
}

/// A builder for [`NotFound`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotFoundBuilder {
    message: ::std::option::Option<::std::string::String>,
}

impl NotFoundBuilder {
    /// Sets `message`.
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = Some(input.into());
        self
    }

    /// Sets or clears `message`.
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }

    /// The value of `message` set so far.
    pub fn get_message(&self) -> &::std::option::Option<::std::string::String> {
        &self.message
    }

    /// Builds the [`NotFound`].
    pub fn build(self) -> NotFound {
        NotFound { message: self.message }
    }
}

impl NotFound {
    /// The error code on the wire, `NotFound`.
    pub const CODE: &'static str = "NotFound";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "NotFound: {}", message),
            None => f.write_str("NotFound"),
        }
    }
}

impl ::std::error::Error for NotFound {}
