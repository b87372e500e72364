//! A generated client of an AWS service whose only auth scheme is a bearer
//! token (`@httpBearerAuth`, as CodeCatalyst): the token goes in
//! `Authorization: Bearer`, an `@optionalAuth` operation goes anonymous without
//! one, and any other operation fails before sending.

use bearer_auth_fixture::config::{ProvideToken, Token};
use bearer_auth_fixture::operation::get_space::GetSpaceError;
use bearer_auth_fixture::{Client, Config};
use smithy_runtime::credentials::CredentialsError;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::http::BoxFuture;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

fn client(
    server: &TestServer,
    configure: impl FnOnce(bearer_auth_fixture::config::Builder) -> bearer_auth_fixture::config::Builder,
) -> Client {
    Client::new(configure(Config::builder().region("us-west-2").endpoint_url(server.url())).build())
}

#[tokio::test]
async fn the_token_is_sent_as_a_bearer_authorization() {
    let server = TestServer::start().await;
    server.push(ScriptedResponse::ok_json(r#"{"name":"my-space"}"#));
    let client = client(&server, |b| b.bearer_token("tok-123"));
    let out = client.get_space().name("my-space").send().await.expect("sent");
    assert_eq!(out.name, "my-space");
    let requests = server.requests();
    assert_eq!(requests[0].path(), "/v1/spaces/my-space");
    assert_eq!(requests[0].header("authorization"), Some("Bearer tok-123"));
    assert_eq!(requests[0].header("x-amz-date"), None, "not SigV4-signed");
}

#[derive(Debug)]
struct FromVault;

impl ProvideToken for FromVault {
    fn provide_token(&self) -> BoxFuture<'_, Result<Token, CredentialsError>> {
        Box::pin(async { Ok(Token::new("from-vault")) })
    }
}

#[tokio::test]
async fn a_token_provider_supplies_the_token() {
    let server = TestServer::start().await;
    server.push(ScriptedResponse::ok_json(r#"{"identity":"me"}"#));
    let client = client(&server, |b| b.token_provider(FromVault));
    client.verify_session().send().await.expect("sent");
    assert_eq!(server.requests()[0].header("authorization"), Some("Bearer from-vault"));
}

#[tokio::test]
async fn without_a_token_optional_auth_goes_anonymous_and_the_rest_fail_before_sending() {
    let server = TestServer::start().await;
    server.push(ScriptedResponse::ok_json(r#"{}"#));
    let client = client(&server, |b| b);
    client.verify_session().send().await.expect("sent anonymously");
    assert_eq!(server.requests()[0].header("authorization"), None);

    let error = client.get_space().name("s").send().await.unwrap_err();
    let GetSpaceError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), ErrorKind::Credentials);
    assert!(
        smithy_runtime::error::DisplayErrorContext(&error)
            .to_string()
            .contains("bearer: no token configured"),
        "{error}"
    );
    assert_eq!(server.request_count(), 1, "GetSpace was not sent");
}
