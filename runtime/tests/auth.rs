//! Auth scheme selection against a real HTTP server: each scheme puts exactly
//! what the service expects on the wire; the first scheme whose identity is
//! available is used; `@optionalAuth` signs when credentials exist and sends
//! anonymously otherwise; no identity at all fails before anything is sent.

use smithy_runtime::auth::{ApiKeyLocation, ProvideToken, Token};
use smithy_runtime::credentials::{Credentials, CredentialsError, ProvideCredentials};
use smithy_runtime::endpoint::Endpoint;
use smithy_runtime::error::{ErrorKind, UnhandledError};
use smithy_runtime::http::{BoxFuture, HttpRequest, Method};
use smithy_runtime::test_util::{RecordedRequest, ScriptedResponse, TestServer};
use smithy_runtime::{AuthMode, ClientConfigBuilder, ClientRuntime, Operation};

const SIGV4: AuthMode = AuthMode::SigV4 { signing_name: "svc" };

/// A credentials provider with nothing to give, as when no credentials exist.
#[derive(Debug)]
struct NoCredentials;

impl ProvideCredentials for NoCredentials {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async { Err(CredentialsError::new("no credentials anywhere")) })
    }
}

/// Hands out a new token each call, as a refreshing provider does.
#[derive(Debug, Default)]
struct Counter(std::sync::atomic::AtomicUsize);

impl ProvideToken for Counter {
    fn provide_token(&self) -> BoxFuture<'_, Result<Token, CredentialsError>> {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Box::pin(async move { Ok(Token::new(format!("token-{n}"))) })
    }
}

/// Sends one GET of `uri` with `op` through a client built by `configure`.
async fn send(
    op: &Operation,
    uri: &str,
    configure: impl FnOnce(ClientConfigBuilder) -> ClientConfigBuilder,
) -> (Result<u16, UnhandledError>, Vec<RecordedRequest>) {
    let server = TestServer::start().await;
    server.push(ScriptedResponse::ok_json("{}"));
    let runtime = ClientRuntime::new(configure(server.config_builder()).build());
    let result = runtime
        .send(op, HttpRequest::new(Method::GET, uri), &Endpoint::new(server.url()))
        .await
        .map(|r| r.status);
    (result, server.requests())
}

fn no_credentials(b: ClientConfigBuilder) -> ClientConfigBuilder {
    b.credentials_provider(NoCredentials)
}

#[tokio::test]
async fn bearer_sends_the_token_in_authorization() {
    const OP: Operation = Operation::new("Op", "Svc", &[AuthMode::Bearer]);
    let (result, requests) = send(&OP, "/things", |b| no_credentials(b).bearer_token("s3cr3t")).await;
    assert_eq!(result.unwrap(), 200);
    assert_eq!(requests[0].header("authorization"), Some("Bearer s3cr3t"));
    assert_eq!(requests[0].header("x-amz-date"), None, "not signed");
}

#[tokio::test]
async fn a_token_provider_is_asked_on_each_attempt() {
    const OP: Operation = Operation::new("Op", "Svc", &[AuthMode::Bearer]);
    let server = TestServer::start().await;
    server.push(ScriptedResponse::new(503));
    server.push(ScriptedResponse::ok_json("{}"));
    let config = server.config_builder().token_provider(Counter::default()).build();
    let runtime = ClientRuntime::new(config);
    let response = runtime
        .send(&OP, HttpRequest::new(Method::GET, "/"), &Endpoint::new(server.url()))
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    let tokens: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(
        tokens,
        [Some("Bearer token-0".to_owned()), Some("Bearer token-1".to_owned())]
    );
}

#[tokio::test]
async fn api_key_in_a_header_with_and_without_scheme() {
    const WITH_SCHEME: Operation = Operation::new(
        "Op",
        "Svc",
        &[AuthMode::ApiKey {
            name: "Authorization",
            location: ApiKeyLocation::Header,
            scheme: Some("ApiKey"),
        }],
    );
    let (result, requests) = send(&WITH_SCHEME, "/", |b| no_credentials(b).api_key("k-123")).await;
    assert_eq!(result.unwrap(), 200);
    assert_eq!(requests[0].header("authorization"), Some("ApiKey k-123"));

    const PLAIN: Operation = Operation::new(
        "Op",
        "Svc",
        &[AuthMode::ApiKey {
            name: "x-api-key",
            location: ApiKeyLocation::Header,
            scheme: None,
        }],
    );
    let (result, requests) = send(&PLAIN, "/", |b| no_credentials(b).api_key("k-123")).await;
    assert_eq!(result.unwrap(), 200);
    assert_eq!(requests[0].header("x-api-key"), Some("k-123"));
    assert_eq!(requests[0].header("authorization"), None);
}

#[tokio::test]
async fn api_key_in_the_query_string_is_encoded_and_appended() {
    const OP: Operation = Operation::new(
        "Op",
        "Svc",
        &[AuthMode::ApiKey {
            name: "api_key",
            location: ApiKeyLocation::Query,
            scheme: None,
        }],
    );
    let (result, requests) = send(&OP, "/things?limit=2", |b| no_credentials(b).api_key("a b&c")).await;
    assert_eq!(result.unwrap(), 200);
    assert_eq!(requests[0].path(), "/things");
    assert_eq!(requests[0].query(), Some("limit=2&api_key=a%20b%26c"));

    let (_, requests) = send(&OP, "/things", |b| no_credentials(b).api_key("k")).await;
    assert_eq!(requests[0].query(), Some("api_key=k"));
}

#[tokio::test]
async fn optional_auth_signs_when_credentials_exist() {
    const OP: Operation = Operation::new("Op", "Svc", &[SIGV4, AuthMode::None]);
    let (result, requests) = send(&OP, "/", |b| b).await;
    assert_eq!(result.unwrap(), 200);
    let auth = requests[0].header("authorization").expect("signed");
    assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDTEST/"), "{auth}");
    assert!(auth.contains("/us-east-1/svc/aws4_request"), "{auth}");
}

#[tokio::test]
async fn optional_auth_sends_anonymously_without_credentials() {
    const OP: Operation = Operation::new("Op", "Svc", &[SIGV4, AuthMode::None]);
    let (result, requests) = send(&OP, "/", no_credentials).await;
    assert_eq!(result.unwrap(), 200);
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("authorization"), None);
    assert_eq!(requests[0].header("x-amz-date"), None);
}

#[tokio::test]
async fn the_first_scheme_with_an_identity_is_used() {
    const BEARER_FIRST: Operation = Operation::new("Op", "Svc", &[AuthMode::Bearer, SIGV4]);
    // No token: falls back to SigV4.
    let (result, requests) = send(&BEARER_FIRST, "/", |b| b).await;
    assert_eq!(result.unwrap(), 200);
    assert!(requests[0]
        .header("authorization")
        .unwrap()
        .starts_with("AWS4-HMAC-SHA256 "));
    // A token: bearer, unsigned.
    let (_, requests) = send(&BEARER_FIRST, "/", |b| b.bearer_token("t")).await;
    assert_eq!(requests[0].header("authorization"), Some("Bearer t"));
    assert_eq!(requests[0].header("x-amz-date"), None);

    // Order is honoured: SigV4 first wins when both identities exist.
    const SIGV4_FIRST: Operation = Operation::new("Op", "Svc", &[SIGV4, AuthMode::Bearer]);
    let (_, requests) = send(&SIGV4_FIRST, "/", |b| b.bearer_token("t")).await;
    assert!(requests[0]
        .header("authorization")
        .unwrap()
        .starts_with("AWS4-HMAC-SHA256 "));
    // SigV4 without credentials falls back to the token.
    let (_, requests) = send(&SIGV4_FIRST, "/", |b| no_credentials(b).bearer_token("t")).await;
    assert_eq!(requests[0].header("authorization"), Some("Bearer t"));
}

#[tokio::test]
async fn no_identity_fails_before_sending_naming_each_scheme() {
    const OP: Operation = Operation::new(
        "Op",
        "Svc",
        &[
            SIGV4,
            AuthMode::Bearer,
            AuthMode::ApiKey {
                name: "x-api-key",
                location: ApiKeyLocation::Header,
                scheme: None,
            },
        ],
    );
    let (result, requests) = send(&OP, "/", no_credentials).await;
    let error = result.expect_err("no identity");
    assert_eq!(error.kind(), ErrorKind::Credentials);
    let message = smithy_runtime::error::DisplayErrorContext(&error).to_string();
    assert!(message.contains("no identity for any auth scheme of `Op`"), "{message}");
    assert!(message.contains("sigv4: no credentials anywhere"), "{message}");
    assert!(message.contains("bearer: no token configured"), "{message}");
    assert!(message.contains("api key: no key configured"), "{message}");
    assert!(requests.is_empty(), "nothing is sent: {requests:?}");
}
