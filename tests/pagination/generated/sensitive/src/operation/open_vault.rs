// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The `OpenVault` operation.
mod wire;

/// The input of `OpenVault`.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct OpenVaultInput {
    /// The `login` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<crate::types::Login>,
    /// The `pins` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pins: Option<Vec<String>>,
}

impl OpenVaultInput {
    /// A builder for [`OpenVaultInput`].
    pub fn builder() -> OpenVaultInputBuilder {
        OpenVaultInputBuilder::default()
    }
}

impl ::std::fmt::Debug for OpenVaultInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenVaultInput")
            .field("login", &"*** Sensitive Data Redacted ***")
            .field("pins", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// A builder for [`OpenVaultInput`].
#[derive(Clone, PartialEq, Default)]
pub struct OpenVaultInputBuilder {
    login: Option<crate::types::Login>,
    pins: Option<Vec<String>>,
}

impl OpenVaultInputBuilder {
    /// Sets `login`.
    pub fn login(mut self, input: impl Into<crate::types::Login>) -> Self {
        self.login = Some(input.into());
        self
    }

    /// Sets or clears `login`.
    pub fn set_login(mut self, input: Option<crate::types::Login>) -> Self {
        self.login = input;
        self
    }

    /// The value of `login` set so far.
    pub fn get_login(&self) -> &Option<crate::types::Login> {
        &self.login
    }

    /// Sets `pins`.
    pub fn pins(mut self, input: impl Into<Vec<String>>) -> Self {
        self.pins = Some(input.into());
        self
    }

    /// Sets or clears `pins`.
    pub fn set_pins(mut self, input: Option<Vec<String>>) -> Self {
        self.pins = input;
        self
    }

    /// The value of `pins` set so far.
    pub fn get_pins(&self) -> &Option<Vec<String>> {
        &self.pins
    }

    /// Builds the [`OpenVaultInput`].
    pub fn build(self) -> OpenVaultInput {
        OpenVaultInput {
            login: self.login,
            pins: self.pins,
        }
    }
}

impl ::std::fmt::Debug for OpenVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenVaultInputBuilder")
            .field("login", &"*** Sensitive Data Redacted ***")
            .field("pins", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// The output of `OpenVault`.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct OpenVaultOutput {
    /// The `title` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `secrets` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<String>>,
    /// The `secretGroups` member.
    #[serde(rename = "secretGroups", skip_serializing_if = "Option::is_none")]
    pub secret_groups: Option<Vec<::std::collections::HashMap<String, String>>>,
    /// The `secretsByName` member.
    #[serde(rename = "secretsByName", skip_serializing_if = "Option::is_none")]
    pub secrets_by_name: Option<::std::collections::HashMap<String, String>>,
    /// The `namesBySecret` member.
    #[serde(rename = "namesBySecret", skip_serializing_if = "Option::is_none")]
    pub names_by_secret: Option<::std::collections::HashMap<String, String>>,
    /// The `choice` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<crate::types::Choice>,
    /// The `locked` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<crate::types::Locked>,
    /// The `entries` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<crate::types::Locked>>,
    /// The `login` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<crate::types::Login>,
    /// The `hidden` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<crate::types::Hidden>,
}

impl OpenVaultOutput {
    /// A builder for [`OpenVaultOutput`].
    pub fn builder() -> OpenVaultOutputBuilder {
        OpenVaultOutputBuilder::default()
    }
}

impl ::std::fmt::Debug for OpenVaultOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenVaultOutput")
            .field("title", &self.title)
            .field("secrets", &"*** Sensitive Data Redacted ***")
            .field("secret_groups", &"*** Sensitive Data Redacted ***")
            .field("secrets_by_name", &"*** Sensitive Data Redacted ***")
            .field("names_by_secret", &"*** Sensitive Data Redacted ***")
            .field("choice", &self.choice)
            .field("locked", &self.locked)
            .field("entries", &self.entries)
            .field("login", &"*** Sensitive Data Redacted ***")
            .field("hidden", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// A builder for [`OpenVaultOutput`].
#[derive(Clone, PartialEq, Default)]
pub struct OpenVaultOutputBuilder {
    title: Option<String>,
    secrets: Option<Vec<String>>,
    secret_groups: Option<Vec<::std::collections::HashMap<String, String>>>,
    secrets_by_name: Option<::std::collections::HashMap<String, String>>,
    names_by_secret: Option<::std::collections::HashMap<String, String>>,
    choice: Option<crate::types::Choice>,
    locked: Option<crate::types::Locked>,
    entries: Option<Vec<crate::types::Locked>>,
    login: Option<crate::types::Login>,
    hidden: Option<crate::types::Hidden>,
}

impl OpenVaultOutputBuilder {
    /// Sets `title`.
    pub fn title(mut self, input: impl Into<String>) -> Self {
        self.title = Some(input.into());
        self
    }

    /// Sets or clears `title`.
    pub fn set_title(mut self, input: Option<String>) -> Self {
        self.title = input;
        self
    }

    /// The value of `title` set so far.
    pub fn get_title(&self) -> &Option<String> {
        &self.title
    }

    /// Sets `secrets`.
    pub fn secrets(mut self, input: impl Into<Vec<String>>) -> Self {
        self.secrets = Some(input.into());
        self
    }

    /// Sets or clears `secrets`.
    pub fn set_secrets(mut self, input: Option<Vec<String>>) -> Self {
        self.secrets = input;
        self
    }

    /// The value of `secrets` set so far.
    pub fn get_secrets(&self) -> &Option<Vec<String>> {
        &self.secrets
    }

    /// Sets `secretGroups`.
    pub fn secret_groups(
        mut self,
        input: impl Into<Vec<::std::collections::HashMap<String, String>>>,
    ) -> Self {
        self.secret_groups = Some(input.into());
        self
    }

    /// Sets or clears `secretGroups`.
    pub fn set_secret_groups(
        mut self,
        input: Option<Vec<::std::collections::HashMap<String, String>>>,
    ) -> Self {
        self.secret_groups = input;
        self
    }

    /// The value of `secretGroups` set so far.
    pub fn get_secret_groups(
        &self,
    ) -> &Option<Vec<::std::collections::HashMap<String, String>>> {
        &self.secret_groups
    }

    /// Sets `secretsByName`.
    pub fn secrets_by_name(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.secrets_by_name = Some(input.into());
        self
    }

    /// Sets or clears `secretsByName`.
    pub fn set_secrets_by_name(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.secrets_by_name = input;
        self
    }

    /// The value of `secretsByName` set so far.
    pub fn get_secrets_by_name(
        &self,
    ) -> &Option<::std::collections::HashMap<String, String>> {
        &self.secrets_by_name
    }

    /// Sets `namesBySecret`.
    pub fn names_by_secret(
        mut self,
        input: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.names_by_secret = Some(input.into());
        self
    }

    /// Sets or clears `namesBySecret`.
    pub fn set_names_by_secret(
        mut self,
        input: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.names_by_secret = input;
        self
    }

    /// The value of `namesBySecret` set so far.
    pub fn get_names_by_secret(
        &self,
    ) -> &Option<::std::collections::HashMap<String, String>> {
        &self.names_by_secret
    }

    /// Sets `choice`.
    pub fn choice(mut self, input: impl Into<crate::types::Choice>) -> Self {
        self.choice = Some(input.into());
        self
    }

    /// Sets or clears `choice`.
    pub fn set_choice(mut self, input: Option<crate::types::Choice>) -> Self {
        self.choice = input;
        self
    }

    /// The value of `choice` set so far.
    pub fn get_choice(&self) -> &Option<crate::types::Choice> {
        &self.choice
    }

    /// Sets `locked`.
    pub fn locked(mut self, input: impl Into<crate::types::Locked>) -> Self {
        self.locked = Some(input.into());
        self
    }

    /// Sets or clears `locked`.
    pub fn set_locked(mut self, input: Option<crate::types::Locked>) -> Self {
        self.locked = input;
        self
    }

    /// The value of `locked` set so far.
    pub fn get_locked(&self) -> &Option<crate::types::Locked> {
        &self.locked
    }

    /// Sets `entries`.
    pub fn entries(mut self, input: impl Into<Vec<crate::types::Locked>>) -> Self {
        self.entries = Some(input.into());
        self
    }

    /// Sets or clears `entries`.
    pub fn set_entries(mut self, input: Option<Vec<crate::types::Locked>>) -> Self {
        self.entries = input;
        self
    }

    /// The value of `entries` set so far.
    pub fn get_entries(&self) -> &Option<Vec<crate::types::Locked>> {
        &self.entries
    }

    /// Sets `login`.
    pub fn login(mut self, input: impl Into<crate::types::Login>) -> Self {
        self.login = Some(input.into());
        self
    }

    /// Sets or clears `login`.
    pub fn set_login(mut self, input: Option<crate::types::Login>) -> Self {
        self.login = input;
        self
    }

    /// The value of `login` set so far.
    pub fn get_login(&self) -> &Option<crate::types::Login> {
        &self.login
    }

    /// Sets `hidden`.
    pub fn hidden(mut self, input: impl Into<crate::types::Hidden>) -> Self {
        self.hidden = Some(input.into());
        self
    }

    /// Sets or clears `hidden`.
    pub fn set_hidden(mut self, input: Option<crate::types::Hidden>) -> Self {
        self.hidden = input;
        self
    }

    /// The value of `hidden` set so far.
    pub fn get_hidden(&self) -> &Option<crate::types::Hidden> {
        &self.hidden
    }

    /// Builds the [`OpenVaultOutput`].
    pub fn build(self) -> OpenVaultOutput {
        OpenVaultOutput {
            title: self.title,
            secrets: self.secrets,
            secret_groups: self.secret_groups,
            secrets_by_name: self.secrets_by_name,
            names_by_secret: self.names_by_secret,
            choice: self.choice,
            locked: self.locked,
            entries: self.entries,
            login: self.login,
            hidden: self.hidden,
        }
    }
}

impl ::std::fmt::Debug for OpenVaultOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenVaultOutputBuilder")
            .field("title", &self.title)
            .field("secrets", &"*** Sensitive Data Redacted ***")
            .field("secret_groups", &"*** Sensitive Data Redacted ***")
            .field("secrets_by_name", &"*** Sensitive Data Redacted ***")
            .field("names_by_secret", &"*** Sensitive Data Redacted ***")
            .field("choice", &self.choice)
            .field("locked", &self.locked)
            .field("entries", &self.entries)
            .field("login", &"*** Sensitive Data Redacted ***")
            .field("hidden", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// An error of the `OpenVault` operation.
///
/// Its `Display` and `source()` are those of the error it holds. Status, code, message and request id: [`meta`](Self::meta), or the trait [`crate::error::ProvideErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OpenVaultError {
    /// An error the model does not describe, or a failure to reach the
    /// service or to read its response.
    Unhandled(::smithy_runtime::error::UnhandledError),
}

impl OpenVaultError {
    /// The error it holds, whichever variant it is.
    fn held(&self) -> &dyn ::smithy_runtime::error::HeldError {
        match self {
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

impl ::smithy_runtime::error::ProvideErrorMetadata for OpenVaultError {
    fn meta(&self) -> &::smithy_runtime::error::ErrorMetadata {
        OpenVaultError::meta(self)
    }

    fn code(&self) -> Option<&str> {
        OpenVaultError::code(self)
    }

    fn message(&self) -> Option<&str> {
        OpenVaultError::message(self)
    }
}

impl ::std::fmt::Display for OpenVaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.held(), f)
    }
}

impl ::std::error::Error for OpenVaultError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        self.held().source()
    }
}

impl From<::smithy_runtime::error::UnhandledError> for OpenVaultError {
    fn from(error: ::smithy_runtime::error::UnhandledError) -> Self {
        Self::Unhandled(error)
    }
}

impl From<OpenVaultError> for crate::Error {
    fn from(error: OpenVaultError) -> Self {
        match error {
            OpenVaultError::Unhandled(error) => crate::Error::Unhandled(error),
        }
    }
}

/// Builds a `OpenVault` call: set the input members, then send it.
///
/// Get one from [`Client::open_vault`](crate::Client::open_vault).
#[derive(Clone, Debug)]
pub struct OpenVaultFluentBuilder {
    client: crate::Client,
    inner: OpenVaultInputBuilder,
}

impl OpenVaultFluentBuilder {
    pub(crate) fn new(client: crate::Client) -> Self {
        Self {
            client,
            inner: Default::default(),
        }
    }

    /// Sends the call and waits for its output.
    ///
    /// Fails with a modeled error of the operation, or with [`Unhandled`](OpenVaultError::Unhandled) when a required member is missing, the service cannot be reached, or it answers with an error the model does not describe.
    pub async fn send(self) -> Result<OpenVaultOutput, OpenVaultError> {
        let input = self.inner.build();
        wire::send(&self.client, input).await
    }

    /// The input built so far.
    pub fn as_input(&self) -> &OpenVaultInputBuilder {
        &self.inner
    }

    /// The `login` member.
    pub fn login(mut self, input: impl Into<crate::types::Login>) -> Self {
        self.inner = self.inner.login(input);
        self
    }

    /// Sets or clears `login`.
    pub fn set_login(mut self, input: Option<crate::types::Login>) -> Self {
        self.inner = self.inner.set_login(input);
        self
    }

    /// The value of `login` set so far.
    pub fn get_login(&self) -> &Option<crate::types::Login> {
        self.inner.get_login()
    }

    /// The `pins` member.
    pub fn pins(mut self, input: impl Into<Vec<String>>) -> Self {
        self.inner = self.inner.pins(input);
        self
    }

    /// Sets or clears `pins`.
    pub fn set_pins(mut self, input: Option<Vec<String>>) -> Self {
        self.inner = self.inner.set_pins(input);
        self
    }

    /// The value of `pins` set so far.
    pub fn get_pins(&self) -> &Option<Vec<String>> {
        self.inner.get_pins()
    }
}
