// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The input did not pass validation.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ValidationException {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}

impl ValidationException {
    /// A builder for [`ValidationException`].
    pub fn builder() -> ValidationExceptionBuilder {
        ValidationExceptionBuilder::default()
    }
}

/// A builder for [`ValidationException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ValidationExceptionBuilder {
    message: ::std::option::Option<::std::string::String>,
}

impl ValidationExceptionBuilder {
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

    /// Builds the [`ValidationException`].
    pub fn build(self) -> ValidationException {
        ValidationException {
            message: self.message,
        }
    }
}

impl ValidationException {
    /// The error code on the wire, `ValidationException`.
    pub const CODE: &'static str = "ValidationException";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for ValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "ValidationException: {}", message),
            None => f.write_str("ValidationException"),
        }
    }
}

impl ::std::error::Error for ValidationException {}
