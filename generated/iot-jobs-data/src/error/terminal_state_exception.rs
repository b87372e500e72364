// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The job execution has already reached a final status.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct TerminalStateException {
    /// The `message` member.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}

impl TerminalStateException {
    /// A builder for [`TerminalStateException`].
    pub fn builder() -> TerminalStateExceptionBuilder {
        TerminalStateExceptionBuilder::default()
    }
}

/// A builder for [`TerminalStateException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TerminalStateExceptionBuilder {
    message: ::std::option::Option<::std::string::String>,
}

impl TerminalStateExceptionBuilder {
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

    /// Builds the [`TerminalStateException`].
    pub fn build(self) -> TerminalStateException {
        TerminalStateException {
            message: self.message,
        }
    }
}

impl TerminalStateException {
    /// The error code on the wire, `TerminalStateException`.
    pub const CODE: &'static str = "TerminalStateException";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for TerminalStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "TerminalStateException: {}", message),
            None => f.write_str("TerminalStateException"),
        }
    }
}

impl ::std::error::Error for TerminalStateException {}
