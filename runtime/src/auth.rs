//! Auth schemes besides SigV4: bearer tokens (`@httpBearerAuth`) and API keys
//! (`@httpApiKeyAuth`), and how an operation lists the schemes it accepts
//! ([`AuthMode`]).
//!
//! An operation lists its schemes in the model's order (`@auth`); the client
//! uses the first one whose identity is available (credentials, a token, a key),
//! and fails before sending when none is. Secrets never appear in `Debug` output.

use std::fmt;
use std::sync::Arc;

use crate::credentials::CredentialsError;
use crate::http::BoxFuture;

/// One auth scheme an operation accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthMode {
    /// SigV4 with this signing name (`iot-jobs-data`); the endpoint's `authSchemes`
    /// may override the name and region. Available when credentials are (or a
    /// device certificate is configured: mutual TLS then authenticates, and the
    /// request is not signed).
    SigV4 {
        /// The signing name (the service's `aws.auth#sigv4` `name`).
        signing_name: &'static str,
    },
    /// `Authorization: Bearer <token>` (`@httpBearerAuth`), available when the
    /// config has a token or token provider.
    Bearer,
    /// An API key (`@httpApiKeyAuth`), available when the config has one.
    ApiKey {
        /// The header or query parameter name.
        name: &'static str,
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The scheme written before the key in a header (`ApiKey` gives
        /// `Authorization: ApiKey <key>`), if any.
        scheme: Option<&'static str>,
    },
    /// No authentication (`smithy.api#noAuth`, `@optionalAuth`, `@auth([])`):
    /// always available.
    None,
}

/// Where an API key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiKeyLocation {
    /// In a header.
    Header,
    /// In a query parameter.
    Query,
}

/// A bearer token. Its value never appears in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(Arc<str>);

impl Token {
    /// A token.
    pub fn new(token: impl Into<String>) -> Self {
        Token(Arc::from(token.into()))
    }

    /// The token's value.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(** redacted **)")
    }
}

/// A source of bearer tokens: implement it to fetch or refresh tokens your own
/// way. A [`Token`] provides itself.
///
/// ```
/// use smithy_runtime::auth::{ProvideToken, Token};
/// use smithy_runtime::credentials::CredentialsError;
/// use smithy_runtime::http::BoxFuture;
///
/// #[derive(Debug)]
/// struct FromVault;
///
/// impl ProvideToken for FromVault {
///     fn provide_token(&self) -> BoxFuture<'_, Result<Token, CredentialsError>> {
///         Box::pin(async { Ok(Token::new("secret-token")) })
///     }
/// }
/// ```
pub trait ProvideToken: Send + Sync + fmt::Debug {
    /// Loads a token.
    fn provide_token(&self) -> BoxFuture<'_, Result<Token, CredentialsError>>;
}

/// A token provider shared between clients.
pub type SharedTokenProvider = Arc<dyn ProvideToken>;

impl ProvideToken for Token {
    /// A static token provides itself.
    fn provide_token(&self) -> BoxFuture<'_, Result<Token, CredentialsError>> {
        let token = self.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// An API key. Its value never appears in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Arc<str>);

impl ApiKey {
    /// A key.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(Arc::from(key.into()))
    }

    /// The key's value.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(** redacted **)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted() {
        assert_eq!(format!("{:?}", Token::new("t0p")), "Token(** redacted **)");
        assert_eq!(format!("{:?}", ApiKey::new("k3y")), "ApiKey(** redacted **)");
        assert_eq!(Token::new("t0p").as_str(), "t0p");
    }
}
