// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The client certificate was not accepted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct CertificateValidationException {
    /// More detail about the error.
    #[serde(
        alias = "Message",
        alias = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}

impl CertificateValidationException {
    /// A builder for [`CertificateValidationException`].
    pub fn builder() -> CertificateValidationExceptionBuilder {
        CertificateValidationExceptionBuilder::default()
    }
}

/// A builder for [`CertificateValidationException`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CertificateValidationExceptionBuilder {
    message: ::std::option::Option<::std::string::String>,
}

impl CertificateValidationExceptionBuilder {
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

    /// Builds the [`CertificateValidationException`].
    pub fn build(self) -> CertificateValidationException {
        CertificateValidationException {
            message: self.message,
        }
    }
}

impl CertificateValidationException {
    /// The error code on the wire, `CertificateValidationException`.
    pub const CODE: &'static str = "CertificateValidationException";
    /// The message the service sent with the error.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.message.as_deref()
    }
}

impl ::std::fmt::Display for CertificateValidationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message() {
            Some(message) => {
                ::std::write!(f, "CertificateValidationException: {}", message)
            }
            None => f.write_str("CertificateValidationException"),
        }
    }
}

impl ::std::error::Error for CertificateValidationException {}
