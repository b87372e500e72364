//! AWS credentials for SigV4: a static value, the environment, or a provider you
//! implement, with a cache that refreshes credentials shortly before they expire.
//!
//! Secrets never appear in `Debug` output.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::error::BoxError;
use crate::http::BoxFuture;

/// An access key, its secret and an optional session token, with an optional expiry.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    inner: Arc<CredentialsInner>,
}

#[derive(PartialEq, Eq)]
struct CredentialsInner {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiry: Option<SystemTime>,
    account_id: Option<String>,
    credential_scope: Option<String>,
}

impl Credentials {
    /// Credentials that never expire (long-term keys, or temporary ones whose
    /// expiry you track yourself).
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Credentials {
            inner: Arc::new(CredentialsInner {
                access_key_id: access_key_id.into(),
                secret_access_key: secret_access_key.into(),
                session_token,
                expiry: None,
                account_id: None,
                credential_scope: None,
            }),
        }
    }

    /// The same credentials, expiring at `expiry`.
    pub fn with_expiry(self, expiry: SystemTime) -> Self {
        self.with(|inner| inner.expiry = Some(expiry))
    }

    /// The same credentials, belonging to AWS account `account_id`
    /// (`123456789012`). Endpoint rules that route by account (the
    /// `AWS::Auth::AccountId` built-in) read it.
    pub fn with_account_id(self, account_id: impl Into<String>) -> Self {
        let account_id = account_id.into();
        self.with(|inner| inner.account_id = Some(account_id))
    }

    /// The same credentials, scoped to `scope` (the `AWS::Auth::CredentialScope`
    /// built-in of endpoint rules, e.g. a region the credentials were issued for).
    pub fn with_credential_scope(self, scope: impl Into<String>) -> Self {
        let scope = scope.into();
        self.with(|inner| inner.credential_scope = Some(scope))
    }

    fn with(self, change: impl FnOnce(&mut CredentialsInner)) -> Self {
        let mut inner = CredentialsInner {
            access_key_id: self.inner.access_key_id.clone(),
            secret_access_key: self.inner.secret_access_key.clone(),
            session_token: self.inner.session_token.clone(),
            expiry: self.inner.expiry,
            account_id: self.inner.account_id.clone(),
            credential_scope: self.inner.credential_scope.clone(),
        };
        change(&mut inner);
        Credentials { inner: Arc::new(inner) }
    }

    /// The AWS account the credentials belong to, when known.
    pub fn account_id(&self) -> Option<&str> {
        self.inner.account_id.as_deref()
    }

    /// The credential scope, when known.
    pub fn credential_scope(&self) -> Option<&str> {
        self.inner.credential_scope.as_deref()
    }

    /// The access key id (not secret).
    pub fn access_key_id(&self) -> &str {
        &self.inner.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.inner.secret_access_key
    }

    /// The session token of temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.inner.session_token.as_deref()
    }

    /// When the credentials expire, if they do.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.inner.expiry
    }

    /// Whether the credentials expire within `buffer` of `now`.
    pub fn expires_within(&self, now: SystemTime, buffer: Duration) -> bool {
        match self.inner.expiry {
            None => false,
            Some(expiry) => expiry <= now + buffer,
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.inner.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.inner.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.inner.expiry)
            .field("account_id", &self.inner.account_id)
            .field("credential_scope", &self.inner.credential_scope)
            .finish()
    }
}

/// Credentials could not be loaded.
#[derive(Debug)]
pub struct CredentialsError {
    message: String,
    source: Option<BoxError>,
}

impl CredentialsError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        CredentialsError {
            message: message.into(),
            source: None,
        }
    }

    /// An error with a message and a cause.
    pub fn with_source(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        CredentialsError {
            message: message.into(),
            source: Some(source.into()),
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The cause, if any, is the source, not repeated here.
        f.write_str(&self.message)
    }
}

impl std::error::Error for CredentialsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|s| s.as_ref() as &(dyn std::error::Error + 'static))
    }
}

/// A source of credentials. Implement it to fetch credentials your own way; wrap it
/// in a [`CachingCredentialsProvider`] when fetching is expensive.
///
/// ```
/// use smithy_runtime::credentials::{Credentials, CredentialsError, ProvideCredentials};
/// use smithy_runtime::http::BoxFuture;
///
/// #[derive(Debug)]
/// struct FromVault;
///
/// impl ProvideCredentials for FromVault {
///     fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
///         Box::pin(async { Ok(Credentials::new("AKID", "secret", None)) })
///     }
/// }
/// ```
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Loads credentials.
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

/// A credentials provider shared between clients.
pub type SharedCredentialsProvider = Arc<dyn ProvideCredentials>;

impl ProvideCredentials for Credentials {
    /// Static credentials provide themselves.
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// Credentials from the environment variables `AWS_ACCESS_KEY_ID`,
/// `AWS_SECRET_ACCESS_KEY` and (optional) `AWS_SESSION_TOKEN` and
/// `AWS_ACCOUNT_ID`, read at each call.
#[derive(Clone, Debug, Default)]
pub struct EnvironmentCredentials {
    _private: (),
}

impl EnvironmentCredentials {
    /// The provider.
    pub fn new() -> Self {
        EnvironmentCredentials::default()
    }

    /// Reads the variables now.
    pub fn load(&self) -> Result<Credentials, CredentialsError> {
        Self::load_from(|name| std::env::var(name).ok())
    }

    fn load_from(get: impl Fn(&str) -> Option<String>) -> Result<Credentials, CredentialsError> {
        let non_empty = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let access_key = non_empty("AWS_ACCESS_KEY_ID")
            .ok_or_else(|| CredentialsError::new("no credentials: AWS_ACCESS_KEY_ID is not set"))?;
        let secret = non_empty("AWS_SECRET_ACCESS_KEY")
            .ok_or_else(|| CredentialsError::new("no credentials: AWS_SECRET_ACCESS_KEY is not set"))?;
        let credentials = Credentials::new(
            access_key.trim(),
            secret.trim(),
            non_empty("AWS_SESSION_TOKEN").map(|t| t.trim().to_owned()),
        );
        Ok(match non_empty("AWS_ACCOUNT_ID") {
            Some(account_id) => credentials.with_account_id(account_id.trim()),
            None => credentials,
        })
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let result = self.load();
        Box::pin(async move { result })
    }
}

/// Caches the credentials of another provider and loads new ones when the cached
/// ones expire within the refresh buffer (default 60 seconds). One load at a time:
/// concurrent callers wait for it.
#[derive(Debug)]
pub struct CachingCredentialsProvider {
    inner: SharedCredentialsProvider,
    buffer: Duration,
    cached: tokio::sync::Mutex<Option<Credentials>>,
}

impl CachingCredentialsProvider {
    /// The default refresh buffer.
    pub const DEFAULT_BUFFER: Duration = Duration::from_secs(60);

    /// Caches `inner`.
    pub fn new(inner: impl ProvideCredentials + 'static) -> Self {
        Self::from_shared(Arc::new(inner))
    }

    /// Caches a shared provider.
    pub fn from_shared(inner: SharedCredentialsProvider) -> Self {
        CachingCredentialsProvider {
            inner,
            buffer: Self::DEFAULT_BUFFER,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// Refreshes credentials this long before they expire.
    pub fn with_refresh_buffer(mut self, buffer: Duration) -> Self {
        self.buffer = buffer;
        self
    }
}

impl ProvideCredentials for CachingCredentialsProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let mut cached = self.cached.lock().await;
            if let Some(c) = cached.as_ref() {
                if !c.expires_within(SystemTime::now(), self.buffer) {
                    return Ok(c.clone());
                }
            }
            let fresh = self.inner.provide_credentials().await?;
            *cached = Some(fresh.clone());
            Ok(fresh)
        })
    }
}

/// Adapters for the AWS SDK's configuration (feature `aws-config`).
#[cfg(feature = "aws-config")]
pub mod sdk {
    use super::*;
    use aws_credential_types::provider::ProvideCredentials as _;

    /// An `aws_credential_types` provider (such as the one `aws_config::load_defaults`
    /// builds) used as a [`ProvideCredentials`].
    #[derive(Clone, Debug)]
    pub struct SdkCredentialsProvider(pub aws_credential_types::provider::SharedCredentialsProvider);

    impl ProvideCredentials for SdkCredentialsProvider {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            Box::pin(async move {
                let c = self
                    .0
                    .provide_credentials()
                    .await
                    .map_err(|e| CredentialsError::with_source("the AWS SDK credentials provider failed", e))?;
                let mut out = Credentials::new(
                    c.access_key_id(),
                    c.secret_access_key(),
                    c.session_token().map(str::to_owned),
                );
                if let Some(expiry) = c.expiry() {
                    out = out.with_expiry(expiry);
                }
                Ok(out)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn secrets_not_in_debug() {
        let c = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/SECRET", Some("TOKEN-SECRET".into()));
        let dbg = format!("{c:?}");
        assert!(dbg.contains("AKIDEXAMPLE"));
        assert!(!dbg.contains("SECRET"), "{dbg}");
        let provider: SharedCredentialsProvider = Arc::new(CachingCredentialsProvider::new(c));
        assert!(!format!("{provider:?}").contains("SECRET"));
    }

    #[test]
    fn account_id_and_scope_survive_with_expiry() {
        let expiry = SystemTime::UNIX_EPOCH + Duration::from_secs(1000);
        let c = Credentials::new("AKID", "S", None)
            .with_account_id("111122223333")
            .with_credential_scope("us-west-2")
            .with_expiry(expiry);
        assert_eq!(c.account_id(), Some("111122223333"));
        assert_eq!(c.credential_scope(), Some("us-west-2"));
        assert_eq!(c.expiry(), Some(expiry));
        assert_eq!(Credentials::new("AKID", "S", None).account_id(), None);
    }

    #[test]
    fn environment() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        let c = EnvironmentCredentials::load_from(vars(&[
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", "S"),
            ("AWS_SESSION_TOKEN", "T"),
        ]))
        .unwrap();
        assert_eq!(
            (c.access_key_id(), c.secret_access_key(), c.session_token()),
            ("AKID", "S", Some("T"))
        );
        let c =
            EnvironmentCredentials::load_from(vars(&[("AWS_ACCESS_KEY_ID", "AKID"), ("AWS_SECRET_ACCESS_KEY", "S")]))
                .unwrap();
        assert_eq!((c.session_token(), c.account_id()), (None, None));
        let c = EnvironmentCredentials::load_from(vars(&[
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", "S"),
            ("AWS_ACCOUNT_ID", " 123456789012 "),
        ]))
        .unwrap();
        assert_eq!(c.account_id(), Some("123456789012"));
        let e = EnvironmentCredentials::load_from(vars(&[("AWS_ACCESS_KEY_ID", "AKID")])).unwrap_err();
        assert!(e.to_string().contains("AWS_SECRET_ACCESS_KEY"));
    }

    #[derive(Debug, Default)]
    struct Counting {
        calls: AtomicUsize,
        lifetime: Duration,
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let c = Credentials::new(format!("AKID{n}"), "s", None).with_expiry(SystemTime::now() + self.lifetime);
            Box::pin(async move { Ok(c) })
        }
    }

    #[tokio::test]
    async fn caching_refreshes_before_expiry() {
        let long = CachingCredentialsProvider::new(Counting {
            lifetime: Duration::from_secs(3600),
            ..Default::default()
        });
        assert_eq!(long.provide_credentials().await.unwrap().access_key_id(), "AKID0");
        assert_eq!(long.provide_credentials().await.unwrap().access_key_id(), "AKID0");
        // Expires within the buffer: refreshed at every call.
        let short = CachingCredentialsProvider::new(Counting {
            lifetime: Duration::from_secs(30),
            ..Default::default()
        });
        assert_eq!(short.provide_credentials().await.unwrap().access_key_id(), "AKID0");
        assert_eq!(short.provide_credentials().await.unwrap().access_key_id(), "AKID1");
        // With a 1 s buffer the cached 30 s credentials are good.
        let short = short.with_refresh_buffer(Duration::from_secs(1));
        assert_eq!(short.provide_credentials().await.unwrap().access_key_id(), "AKID1");
        assert_eq!(short.provide_credentials().await.unwrap().access_key_id(), "AKID1");
    }
}
