//! `@endpoint` host prefixes, event-stream operations and `@optionalAuth`
//! operations of a generated client: signed when credentials exist, anonymous
//! otherwise.

use smithy_runtime::error::ErrorKind;
use smithy_runtime::http::HttpResponse;
use smithy_runtime::test_util::ScriptedTransport;
use streams_and_prefixes_fixture::operation::put_record::PutRecordError;
use streams_and_prefixes_fixture::operation::subscribe::SubscribeError;
use streams_and_prefixes_fixture::{config::Credentials, Client, Config};

fn client(transport: &ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://records.example.com/base")
            .transport(transport.clone())
            .build(),
    )
}

#[tokio::test]
async fn the_host_prefix_goes_before_the_endpoint_host() {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, "{}"));
    client(&transport)
        .put_record()
        .account_id("acct-1")
        .send()
        .await
        .expect("sent");
    let sent = transport.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].uri, "https://acct-1.data.records.example.com/base/records");
}

#[tokio::test]
async fn a_host_label_that_is_not_a_host_name_is_refused_before_sending() {
    let transport = ScriptedTransport::new();
    for bad in ["a/b", "a b", "x.evil.com:80/"] {
        let error = client(&transport)
            .put_record()
            .account_id(bad)
            .send()
            .await
            .unwrap_err();
        let PutRecordError::Unhandled(error) = error else {
            panic!("{error:?}")
        };
        assert_eq!(error.kind(), ErrorKind::Endpoint, "{bad}: {error}");
    }
    let error = client(&transport).put_record().account_id("").send().await.unwrap_err();
    assert!(error.to_string().contains("accountId"), "{error}");
    assert!(transport.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn an_event_stream_operation_fails_clearly_without_sending() {
    let transport = ScriptedTransport::new();
    let error = client(&transport).subscribe().topic("t").send().await.unwrap_err();
    let SubscribeError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    // The reason is the error's source, printed with the chain.
    let full = smithy_runtime::error::DisplayErrorContext(&error).to_string();
    assert!(full.contains("streams events"), "{full}");
    assert!(transport.requests().is_empty(), "nothing was sent");
}

/// No credentials anywhere (not even in the environment).
#[derive(Debug)]
struct NoCredentials;

impl streams_and_prefixes_fixture::config::ProvideCredentials for NoCredentials {
    fn provide_credentials(
        &self,
    ) -> smithy_runtime::http::BoxFuture<'_, Result<Credentials, smithy_runtime::credentials::CredentialsError>> {
        Box::pin(async { Err(smithy_runtime::credentials::CredentialsError::new("none")) })
    }
}

#[tokio::test]
async fn an_optional_auth_operation_is_signed_when_credentials_exist() {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, r#"{"status":"ok"}"#));
    let out = client(&transport).ping().send().await.expect("sent");
    assert_eq!(out.status.as_deref(), Some("ok"));
    let signed = transport.requests()[0]
        .header_str("authorization")
        .expect("Ping is signed when credentials exist")
        .to_owned();
    assert!(signed.contains("/us-east-1/streams/aws4_request"), "{signed}");
}

#[tokio::test]
async fn without_credentials_an_optional_auth_operation_is_sent_unsigned_and_the_others_refused() {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, r#"{"status":"ok"}"#));
    let config = client(&transport)
        .config()
        .to_builder()
        .credentials_provider(NoCredentials)
        .build();
    let client = Client::new(config);
    client.ping().send().await.expect("sent anonymously");
    let error = client.put_record().account_id("acct-1").send().await.unwrap_err();
    let PutRecordError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.kind(), ErrorKind::Credentials, "{error}");
    let sent = transport.requests();
    assert_eq!(sent.len(), 1, "PutRecord is not sent without an identity");
    assert!(sent[0].header_str("authorization").is_none(), "Ping went unsigned");
}
