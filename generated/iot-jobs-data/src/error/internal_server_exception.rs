// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The service hit an unexpected internal failure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct InternalServerException {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}

impl InternalServerException {
    /// A builder for [`InternalServerException`].
    pub fn builder() -> InternalServerExceptionBuilder {
        InternalServerExceptionBuilder::default()
    }
}

/// A builder for [`InternalServerException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InternalServerExceptionBuilder {
    message: ::std::option::Option<::std::string::String>,
}

impl InternalServerExceptionBuilder {
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

    /// Builds the [`InternalServerException`].
    pub fn build(self) -> InternalServerException {
        InternalServerException {
            message: self.message,
        }
    }
}

impl InternalServerException {
    /// The error code on the wire, `InternalServerException`.
    pub const CODE: &'static str = "InternalServerException";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for InternalServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "InternalServerException: {}", message),
            None => f.write_str("InternalServerException"),
        }
    }
}

impl ::std::error::Error for InternalServerException {}
