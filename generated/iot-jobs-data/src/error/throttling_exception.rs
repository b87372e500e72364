// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Too many requests were sent in a short time.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ThrottlingException {
    /// Text describing the error.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// Extra data returned with the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payload: ::std::option::Option<::smithy_runtime::Blob>,
}

impl ThrottlingException {
    /// A builder for [`ThrottlingException`].
    pub fn builder() -> ThrottlingExceptionBuilder {
        ThrottlingExceptionBuilder::default()
    }
}

/// A builder for [`ThrottlingException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ThrottlingExceptionBuilder {
    message: ::std::option::Option<::std::string::String>,
    payload: ::std::option::Option<::smithy_runtime::Blob>,
}

impl ThrottlingExceptionBuilder {
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

    /// Sets `payload`.
    pub fn payload(
        mut self,
        input: impl ::std::convert::Into<::smithy_runtime::Blob>,
    ) -> Self {
        self.payload = Some(input.into());
        self
    }

    /// Sets or clears `payload`.
    pub fn set_payload(
        mut self,
        input: ::std::option::Option<::smithy_runtime::Blob>,
    ) -> Self {
        self.payload = input;
        self
    }

    /// The value of `payload` set so far.
    pub fn get_payload(&self) -> &::std::option::Option<::smithy_runtime::Blob> {
        &self.payload
    }

    /// Builds the [`ThrottlingException`].
    pub fn build(self) -> ThrottlingException {
        ThrottlingException {
            message: self.message,
            payload: self.payload,
        }
    }
}

impl ThrottlingException {
    /// The error code on the wire, `ThrottlingException`.
    pub const CODE: &'static str = "ThrottlingException";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => ::std::write!(f, "ThrottlingException: {}", message),
            None => f.write_str("ThrottlingException"),
        }
    }
}

impl ::std::error::Error for ThrottlingException {}
