//! Generated awsJson clients on the wire, against a local HTTP server: the exact
//! request (`POST /` after the endpoint's path, `X-Amz-Target`, the protocol's
//! media type, the whole input as JSON with member names as the model spells
//! them), modeled and unmodeled errors named by `__type`, the retry of a
//! `@retryable` error, malformed bodies as typed errors, and an
//! `@awsQueryCompatible` service's awsQuery error codes.

use std::time::Duration;

use aws_json_fixture::config::{Credentials, RetryConfig};
use aws_json_fixture::operation::record_entry::RecordEntryError;
use aws_json_fixture::{Client, Config};
use aws_json_query_compatible_fixture::operation::send_message::SendMessageError;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use smithy_runtime::DateTime;

fn client(endpoint: String) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(endpoint)
            .retry_config(
                RetryConfig::standard()
                    .with_max_attempts(2)
                    .with_initial_backoff(Duration::ZERO)
                    .with_max_backoff(Duration::ZERO),
            )
            .build(),
    )
}

/// An awsJson1_0 response with `body`.
fn json10(status: u16, body: &str) -> ScriptedResponse {
    ScriptedResponse::new(status)
        .with_header("content-type", "application/x-amz-json-1.0")
        .with_header("x-amzn-requestid", "req-7")
        .with_body(body.to_owned())
}

#[tokio::test]
async fn the_request_is_a_post_to_the_endpoint_path_with_the_whole_input_as_json() {
    let server = TestServer::start().await;
    server.push(json10(
        200,
        r#"{"entryId":"e-1","balance":12.5,"recordedAt":1700000001}"#,
    ));
    let out = client(format!("{}/base", server.url()))
        .record_entry()
        .ledger_name("main")
        .amount(4200)
        .recorded_at(DateTime::from_secs(1_700_000_000))
        .memo("rent")
        .trace_id("t-1")
        .client_token("tok-1")
        .send()
        .await
        .expect("sent");
    assert_eq!(out.entry_id, "e-1");
    assert_eq!(out.balance, Some(12.5));
    assert_eq!(out.recorded_at, Some(DateTime::from_secs(1_700_000_001)));

    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.uri, "/base/", "the endpoint's path, then `/`; no query");
    assert_eq!(request.header("x-amz-target"), Some("LedgerService.RecordEntry"));
    assert_eq!(request.header("content-type"), Some("application/x-amz-json-1.0"));
    // Member names as the model spells them: `@jsonName("Memo")` is ignored, and
    // `traceId`'s `@httpHeader` too (it is in the body, not a header);
    // timestamps are epoch seconds.
    let body = r#"{"ledgerName":"main","amount":4200,"recordedAt":1700000000,"memo":"rent","traceId":"t-1","clientToken":"tok-1"}"#;
    assert_eq!(request.body_str(), body);
    assert_eq!(request.header("content-length"), Some(body.len().to_string().as_str()));
    assert_eq!(request.header("x-trace-id"), None);
    assert!(request
        .header("authorization")
        .is_some_and(|a| a.contains("/ledger/aws4_request")));
    assert_eq!(
        request.header("x-amzn-query-mode"),
        None,
        "the service is not query-compatible"
    );
}

#[tokio::test]
async fn an_operation_without_input_sends_an_empty_object_and_ignores_any_body() {
    let server = TestServer::start().await;
    server.push(json10(200, ""));
    server.push(json10(200, r#"{"unexpected": [1, 2]}"#));
    let client = client(server.url());
    client.ping().send().await.expect("an empty body");
    client.ping().send().await.expect("members the output does not have");
    let request = &server.requests()[0];
    assert_eq!((request.method.as_str(), request.uri.as_str()), ("POST", "/"));
    assert_eq!(request.header("x-amz-target"), Some("LedgerService.Ping"));
    assert_eq!(request.body_str(), "{}");
}

#[tokio::test]
async fn a_modeled_error_is_named_by_its_type_whatever_its_namespace() {
    let server = TestServer::start().await;
    let body =
        r#"{"__type":"example.ledger#LedgerNotFound:http://internal/","message":"no ledger","ledgerName":"main"}"#;
    server.push(json10(400, body));
    let error = client(server.url())
        .record_entry()
        .ledger_name("main")
        .amount(1)
        .send()
        .await
        .unwrap_err();
    let RecordEntryError::LedgerNotFound(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.message.as_deref(), Some("no ledger"));
    assert_eq!(error.ledger_name.as_deref(), Some("main"));
    assert_eq!(
        (error.code(), error.request_id(), error.meta().status()),
        (Some("LedgerNotFound"), Some("req-7"), Some(400))
    );
    assert_eq!(server.request_count(), 1, "not retried");
}

#[tokio::test]
async fn an_unmodeled_error_keeps_its_code_message_and_status() {
    let server = TestServer::start().await;
    server.push(json10(
        400,
        r#"{"__type":"com.amazon.coral.validate#ValidationException","Message":"amount is too big"}"#,
    ));
    let error = client(server.url())
        .record_entry()
        .ledger_name("main")
        .amount(i64::MAX)
        .send()
        .await
        .unwrap_err();
    let RecordEntryError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (error.code(), error.message(), error.status()),
        (Some("ValidationException"), Some("amount is too big"), Some(400))
    );
}

#[tokio::test]
async fn a_retryable_error_named_by_its_type_is_retried() {
    let server = TestServer::start().await;
    server.push(json10(
        400,
        r#"{"__type":"example.ledger#Throttled","message":"slow down"}"#,
    ));
    server.push(json10(200, r#"{"entryId":"e-2"}"#));
    let out = client(server.url())
        .record_entry()
        .ledger_name("main")
        .amount(1)
        .send()
        .await
        .expect("the retry succeeds");
    assert_eq!(out.entry_id, "e-2");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_malformed_body_is_a_typed_error() {
    for body in [r#"{"entryId": "e-1", "balance": "lots"}"#, r#"{"entryId": "#, "[]"] {
        let server = TestServer::start().await;
        server.push(json10(200, body));
        let error = client(server.url())
            .record_entry()
            .ledger_name("main")
            .amount(1)
            .send()
            .await
            .unwrap_err();
        let RecordEntryError::Unhandled(error) = error else {
            panic!("{body}: {error:?}")
        };
        assert_eq!(error.kind(), ErrorKind::Response, "{body}: {error}");
        assert_eq!(error.request_id(), Some("req-7"), "{body}");
    }
}

mod query_compatible {
    use super::*;
    use aws_json_query_compatible_fixture::{Client, Config};

    fn client(server: &TestServer) -> Client {
        Client::new(
            Config::builder()
                .region("us-east-1")
                .credentials(Credentials::new("AKID", "SECRET", None))
                .endpoint_url(server.url())
                .build(),
        )
    }

    #[tokio::test]
    async fn the_request_asks_for_query_mode_in_awsjson1_1() {
        let server = TestServer::start().await;
        server.push(ScriptedResponse::json(200, r#"{"MessageId":"m-1"}"#));
        let out = client(&server)
            .send_message()
            .queue_url("https://queue.example/1/q")
            .message_body("hi")
            .send()
            .await
            .expect("sent");
        assert_eq!(out.message_id.as_deref(), Some("m-1"));
        let request = &server.requests()[0];
        assert_eq!(request.header("x-amz-target"), Some("QueueService.SendMessage"));
        assert_eq!(request.header("content-type"), Some("application/x-amz-json-1.1"));
        assert_eq!(request.header("x-amzn-query-mode"), Some("true"));
        assert_eq!(
            request.body_str(),
            r#"{"QueueUrl":"https://queue.example/1/q","MessageBody":"hi"}"#
        );
    }

    #[tokio::test]
    async fn errors_carry_the_awsquery_code_and_are_told_apart_by_their_type() {
        let server = TestServer::start().await;
        let body = r#"{"__type":"example.queue#QueueDoesNotExist","message":"no queue"}"#;
        server.push(
            ScriptedResponse::json(400, body)
                .with_header("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"),
        );
        // An unmodeled error keeps the awsQuery code too.
        server.push(
            ScriptedResponse::json(400, r#"{"__type":"com.amazon.coral#AccessDeniedException"}"#)
                .with_header("x-amzn-query-error", "AccessDenied;Sender"),
        );
        let client = client(&server);
        let send = || client.send_message().queue_url("q").message_body("hi").send();
        let error = send().await.unwrap_err();
        let SendMessageError::QueueDoesNotExist(error) = error else {
            panic!("{error:?}")
        };
        assert_eq!(error.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
        assert_eq!(error.message.as_deref(), Some("no queue"));
        let error = send().await.unwrap_err();
        let SendMessageError::Unhandled(error) = error else {
            panic!("{error:?}")
        };
        assert_eq!(error.code(), Some("AccessDenied"));
    }
}
