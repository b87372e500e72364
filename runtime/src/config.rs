//! [`ClientConfig`]: everything a generated client needs besides the operation.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::auth::{ApiKey, ProvideToken, SharedTokenProvider, Token};
use crate::credentials::{Credentials, EnvironmentCredentials, ProvideCredentials, SharedCredentialsProvider};
use crate::http::{HttpTransport, SharedTransport};
use crate::limits::BodyLimits;
use crate::retry::RetryConfig;
use crate::sleep::{AsyncSleep, SharedSleep, TimeoutConfig, TokioSleep};
use crate::tls::DeviceCertificate;

/// Client settings: region, credentials, bearer token or API key, or device
/// certificate, endpoint override, FIPS / dual-stack flags, retries, timeouts,
/// response body limits, HTTP transport and sleep implementation. Cheap to clone
/// (one `Arc` inside).
///
/// ```
/// use smithy_runtime::{ClientConfig, RetryConfig};
/// use smithy_runtime::credentials::Credentials;
///
/// let config = ClientConfig::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKID", "SECRET", None))
///     .retry_config(RetryConfig::standard().with_max_attempts(5))
///     .build();
/// assert_eq!(config.region(), Some("eu-west-1"));
/// ```
#[derive(Clone)]
pub struct ClientConfig {
    inner: Arc<Inner>,
}

struct Inner {
    settings: ClientConfigBuilder,
    /// The configured sleep, else tokio's: made once, not on every call.
    sleep: SharedSleep,
    default_transport: OnceLock<Result<SharedTransport, String>>,
}

/// Builds a [`ClientConfig`].
#[derive(Clone, Default)]
pub struct ClientConfigBuilder {
    region: Option<String>,
    credentials: Option<SharedCredentialsProvider>,
    token: Option<SharedTokenProvider>,
    api_key: Option<ApiKey>,
    device_certificate: Option<DeviceCertificate>,
    endpoint_url: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    account_id_endpoint_mode: AccountIdEndpointMode,
    endpoint_settings: BTreeMap<String, EndpointSetting>,
    retry: RetryConfig,
    timeout: TimeoutConfig,
    body_limits: BodyLimits,
    transport: Option<SharedTransport>,
    sleep: Option<SharedSleep>,
}

impl ClientConfigBuilder {
    /// The AWS region (`us-east-1`): used for endpoint resolution and signing.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sets or clears the region.
    pub fn set_region(mut self, region: Option<String>) -> Self {
        self.region = region;
        self
    }

    /// Static credentials for SigV4.
    pub fn credentials(self, credentials: Credentials) -> Self {
        self.credentials_provider(credentials)
    }

    /// A credentials provider for SigV4 (wrap slow ones in a
    /// [`CachingCredentialsProvider`](crate::credentials::CachingCredentialsProvider)).
    /// Without one (and without a device certificate), credentials come from the
    /// environment (`AWS_ACCESS_KEY_ID`, ...).
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// A shared credentials provider.
    pub fn shared_credentials_provider(mut self, provider: SharedCredentialsProvider) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// A static bearer token, for services with `@httpBearerAuth`: sent as
    /// `Authorization: Bearer <token>`.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.token_provider(Token::new(token))
    }

    /// A bearer token provider, for services with `@httpBearerAuth`, asked for a
    /// token before each attempt.
    pub fn token_provider(mut self, provider: impl ProvideToken + 'static) -> Self {
        self.token = Some(Arc::new(provider));
        self
    }

    /// A shared bearer token provider.
    pub fn shared_token_provider(mut self, provider: SharedTokenProvider) -> Self {
        self.token = Some(provider);
        self
    }

    /// An API key, for services with `@httpApiKeyAuth`: sent in the header or
    /// query parameter the model names (with its scheme, `Authorization: ApiKey <key>`).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey::new(key));
        self
    }

    /// Authenticate with a device certificate (mutual TLS) instead of SigV4.
    /// Requests are then not signed, and an endpoint URL without a port uses the
    /// certificate's port (8443, or 443 with ALPN `x-amzn-http-ca`). IoT device
    /// endpoints are account-specific: set [`endpoint_url`](Self::endpoint_url) too.
    pub fn device_certificate(mut self, device: DeviceCertificate) -> Self {
        self.device_certificate = Some(device);
        self
    }

    /// Send requests to this URL instead of the resolved endpoint
    /// (`https://xxxx-ats.jobs.iot.us-east-1.amazonaws.com`).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Use FIPS endpoints.
    pub fn use_fips(mut self, use_fips: bool) -> Self {
        self.use_fips = use_fips;
        self
    }

    /// Use dual-stack (IPv4 and IPv6) endpoints.
    pub fn use_dual_stack(mut self, use_dual_stack: bool) -> Self {
        self.use_dual_stack = use_dual_stack;
        self
    }

    /// Whether endpoints may be chosen by the AWS account of the credentials
    /// (the `AWS::Auth::AccountIdEndpointMode` built-in of endpoint rules;
    /// default [`AccountIdEndpointMode::Preferred`]).
    pub fn account_id_endpoint_mode(mut self, mode: AccountIdEndpointMode) -> Self {
        self.account_id_endpoint_mode = mode;
        self
    }

    /// Sets the service-specific endpoint setting `name` (a parameter of the
    /// service's endpoint rules, e.g. `ForcePathStyle`). Generated clients offer
    /// typed setters for their settings (their `config::EndpointSettings` trait);
    /// this is what those setters call.
    pub fn endpoint_setting(mut self, name: impl Into<String>, value: impl Into<EndpointSetting>) -> Self {
        self.endpoint_settings.insert(name.into(), value.into());
        self
    }

    /// Retry settings (default: [`RetryConfig::standard`]).
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Timeout settings (default: [`TimeoutConfig::default`]).
    pub fn timeout_config(mut self, timeout: TimeoutConfig) -> Self {
        self.timeout = timeout;
        self
    }

    /// Caps on the response bodies read into memory (default:
    /// [`BodyLimits::default`], 64 MiB for a successful response, 1 MiB for an
    /// error response).
    pub fn body_limits(mut self, limits: BodyLimits) -> Self {
        self.body_limits = limits;
        self
    }

    /// Send requests with this transport instead of the default one. The transport
    /// then owns TLS: a device certificate must be configured in it.
    pub fn transport(mut self, transport: impl HttpTransport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// A shared transport.
    pub fn shared_transport(mut self, transport: SharedTransport) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Sleep with this implementation (retry backoff, timeouts) instead of tokio's.
    pub fn sleep(mut self, sleep: impl AsyncSleep + 'static) -> Self {
        self.sleep = Some(Arc::new(sleep));
        self
    }

    /// Region and credentials from the environment: `AWS_REGION` (else
    /// `AWS_DEFAULT_REGION`), and [`EnvironmentCredentials`].
    pub fn from_env() -> Self {
        let region = std::env::var("AWS_REGION")
            .ok()
            .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
            .filter(|r| !r.trim().is_empty());
        ClientConfigBuilder::default()
            .set_region(region)
            .credentials_provider(EnvironmentCredentials::new())
    }

    /// Region, credentials, endpoint URL and FIPS / dual-stack flags from the AWS
    /// SDK's shared configuration (feature `aws-config`).
    #[cfg(feature = "aws-config")]
    pub fn from_sdk_config(sdk: &aws_types::SdkConfig) -> Self {
        let mut b = ClientConfigBuilder::default().set_region(sdk.region().map(|r| r.to_string()));
        if let Some(provider) = sdk.credentials_provider() {
            b = b.credentials_provider(crate::credentials::sdk::SdkCredentialsProvider(provider));
        }
        if let Some(url) = sdk.endpoint_url() {
            b = b.endpoint_url(url);
        }
        b.use_fips(sdk.use_fips().unwrap_or(false))
            .use_dual_stack(sdk.use_dual_stack().unwrap_or(false))
    }

    /// The configuration.
    pub fn build(self) -> ClientConfig {
        ClientConfig {
            inner: Arc::new(Inner {
                sleep: self.sleep.clone().unwrap_or_else(|| Arc::new(TokioSleep)),
                settings: self,
                default_transport: OnceLock::new(),
            }),
        }
    }
}

impl ClientConfig {
    /// A builder with default settings.
    pub fn builder() -> ClientConfigBuilder {
        ClientConfigBuilder::default()
    }

    /// A builder with this configuration's settings.
    pub fn to_builder(&self) -> ClientConfigBuilder {
        self.inner.settings.clone()
    }

    /// The region.
    pub fn region(&self) -> Option<&str> {
        self.inner.settings.region.as_deref()
    }

    /// The credentials provider, if one was set.
    pub fn credentials_provider(&self) -> Option<&SharedCredentialsProvider> {
        self.inner.settings.credentials.as_ref()
    }

    /// The bearer token provider, if one was set.
    pub fn token_provider(&self) -> Option<&SharedTokenProvider> {
        self.inner.settings.token.as_ref()
    }

    /// The API key, if one was set.
    pub fn api_key(&self) -> Option<&ApiKey> {
        self.inner.settings.api_key.as_ref()
    }

    /// The device certificate, if one was set.
    pub fn device_certificate(&self) -> Option<&DeviceCertificate> {
        self.inner.settings.device_certificate.as_ref()
    }

    /// The endpoint URL override.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.inner.settings.endpoint_url.as_deref()
    }

    /// Whether to use FIPS endpoints.
    pub fn use_fips(&self) -> bool {
        self.inner.settings.use_fips
    }

    /// Whether to use dual-stack endpoints.
    pub fn use_dual_stack(&self) -> bool {
        self.inner.settings.use_dual_stack
    }

    /// Whether endpoints may be chosen by the AWS account of the credentials.
    pub fn account_id_endpoint_mode(&self) -> AccountIdEndpointMode {
        self.inner.settings.account_id_endpoint_mode
    }

    /// The service-specific endpoint setting `name`, if set.
    pub fn endpoint_setting(&self, name: &str) -> Option<&EndpointSetting> {
        self.inner.settings.endpoint_settings.get(name)
    }

    /// The retry settings.
    pub fn retry_config(&self) -> &RetryConfig {
        &self.inner.settings.retry
    }

    /// The timeout settings.
    pub fn timeout_config(&self) -> &TimeoutConfig {
        &self.inner.settings.timeout
    }

    /// The caps on response bodies.
    pub fn body_limits(&self) -> &BodyLimits {
        &self.inner.settings.body_limits
    }

    /// The sleep implementation.
    pub fn sleep(&self) -> SharedSleep {
        self.inner.sleep.clone()
    }

    /// The transport: the configured one, else the default transport (built on first
    /// use with the device certificate and connect timeout). An error when there is
    /// none (feature `default-transport` off) or its TLS setup failed.
    pub fn transport(&self) -> Result<SharedTransport, String> {
        if let Some(t) = &self.inner.settings.transport {
            return Ok(t.clone());
        }
        self.inner
            .default_transport
            .get_or_init(|| self.make_default_transport())
            .clone()
    }

    #[cfg(feature = "default-transport")]
    fn make_default_transport(&self) -> Result<SharedTransport, String> {
        crate::transport::HyperTransport::builder()
            .connect_timeout(self.timeout_config().connect_timeout())
            .device_certificate(self.device_certificate().cloned())
            .build()
            .map(|t| Arc::new(t) as SharedTransport)
            .map_err(|e| e.to_string())
    }

    #[cfg(not(feature = "default-transport"))]
    fn make_default_transport(&self) -> Result<SharedTransport, String> {
        Err("no HTTP transport configured (the `default-transport` feature is off)".to_owned())
    }
}

/// Whether endpoint rules may route requests by the AWS account id of the
/// credentials (account-based endpoints, e.g. DynamoDB's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AccountIdEndpointMode {
    /// Use an account-based endpoint when the credentials carry an account id.
    #[default]
    Preferred,
    /// Never use account-based endpoints.
    Disabled,
    /// Always use account-based endpoints: a call fails when the credentials
    /// carry no account id.
    Required,
}

impl AccountIdEndpointMode {
    /// The value the endpoint rules compare: `preferred`, `disabled` or `required`.
    pub fn as_str(&self) -> &'static str {
        match self {
            AccountIdEndpointMode::Preferred => "preferred",
            AccountIdEndpointMode::Disabled => "disabled",
            AccountIdEndpointMode::Required => "required",
        }
    }
}

impl std::str::FromStr for AccountIdEndpointMode {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "preferred" => Ok(AccountIdEndpointMode::Preferred),
            "disabled" => Ok(AccountIdEndpointMode::Disabled),
            "required" => Ok(AccountIdEndpointMode::Required),
            other => Err(format!(
                "`{other}` is not an account id endpoint mode (preferred, disabled, required)"
            )),
        }
    }
}

/// The value of a service-specific endpoint setting (see
/// [`ClientConfigBuilder::endpoint_setting`]): the types of endpoint rule
/// parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndpointSetting {
    /// A `boolean` parameter.
    Bool(bool),
    /// A `string` parameter.
    String(String),
    /// A `stringArray` parameter.
    StringArray(Vec<String>),
}

impl EndpointSetting {
    /// The value of a `boolean` setting.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            EndpointSetting::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// The value of a `string` setting.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            EndpointSetting::String(value) => Some(value),
            _ => None,
        }
    }

    /// The value of a `stringArray` setting.
    pub fn as_string_array(&self) -> Option<&[String]> {
        match self {
            EndpointSetting::StringArray(value) => Some(value),
            _ => None,
        }
    }
}

impl From<bool> for EndpointSetting {
    fn from(value: bool) -> Self {
        EndpointSetting::Bool(value)
    }
}

impl From<String> for EndpointSetting {
    fn from(value: String) -> Self {
        EndpointSetting::String(value)
    }
}

impl From<&str> for EndpointSetting {
    fn from(value: &str) -> Self {
        EndpointSetting::String(value.to_owned())
    }
}

impl From<Vec<String>> for EndpointSetting {
    fn from(value: Vec<String>) -> Self {
        EndpointSetting::StringArray(value)
    }
}

impl fmt::Debug for ClientConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("token", &self.token)
            .field("api_key", &self.api_key)
            .field("device_certificate", &self.device_certificate)
            .field("endpoint_url", &self.endpoint_url)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("account_id_endpoint_mode", &self.account_id_endpoint_mode)
            .field("endpoint_settings", &self.endpoint_settings)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("body_limits", &self.body_limits)
            .field("transport", &self.transport)
            .field("sleep", &self.sleep)
            .finish()
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner.settings, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_has_no_secrets() {
        let (cert, key) = crate::tls::tests::self_signed("device");
        let config = ClientConfig::builder()
            .region("us-west-2")
            .credentials(Credentials::new("AKID", "TOPSECRET", Some("SESSIONTOKEN".into())))
            .device_certificate(DeviceCertificate::from_pem(cert, &key).unwrap())
            .bearer_token("BEARERSECRET")
            .api_key("APIKEYSECRET")
            .build();
        let dbg = format!("{config:?}");
        assert!(!dbg.contains("BEARERSECRET") && !dbg.contains("APIKEYSECRET"), "{dbg}");
        assert!(dbg.contains("AKID") && dbg.contains("us-west-2"));
        assert!(
            !dbg.contains("TOPSECRET") && !dbg.contains("SESSIONTOKEN") && !dbg.contains("PRIVATE KEY"),
            "{dbg}"
        );
        let clone = config.clone();
        assert_eq!(clone.region(), Some("us-west-2"));
        assert!(!clone.use_fips() && !clone.use_dual_stack());
    }

    #[test]
    fn endpoint_settings_and_account_id_mode() {
        let config = ClientConfig::builder()
            .endpoint_setting("ForcePathStyle", true)
            .endpoint_setting("Prefix", "abc")
            .endpoint_setting("ForcePathStyle", false)
            .account_id_endpoint_mode("disabled".parse().unwrap())
            .build();
        assert_eq!(
            config.endpoint_setting("ForcePathStyle"),
            Some(&EndpointSetting::Bool(false))
        );
        assert_eq!(
            config.endpoint_setting("Prefix").and_then(EndpointSetting::as_str),
            Some("abc")
        );
        assert_eq!(config.endpoint_setting("Other"), None);
        assert_eq!(config.account_id_endpoint_mode().as_str(), "disabled");
        assert_eq!(
            ClientConfig::builder().build().account_id_endpoint_mode(),
            AccountIdEndpointMode::Preferred
        );
        assert!("sometimes".parse::<AccountIdEndpointMode>().is_err());
    }

    #[cfg(feature = "aws-config")]
    #[tokio::test]
    async fn from_sdk_config() {
        use aws_credential_types::provider::SharedCredentialsProvider as SdkShared;
        let sdk = aws_types::SdkConfig::builder()
            .region(aws_types::region::Region::new("eu-west-1"))
            .credentials_provider(SdkShared::new(aws_credential_types::Credentials::new(
                "AKID", "SECRET", None, None, "test",
            )))
            .use_fips(true)
            .build();
        let config = ClientConfigBuilder::from_sdk_config(&sdk).build();
        assert_eq!(config.region(), Some("eu-west-1"));
        assert!(config.use_fips());
        let creds = config
            .credentials_provider()
            .unwrap()
            .provide_credentials()
            .await
            .unwrap();
        assert_eq!((creds.access_key_id(), creds.secret_access_key()), ("AKID", "SECRET"));
    }
}
