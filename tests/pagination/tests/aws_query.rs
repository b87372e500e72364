//! A generated awsQuery client on the wire, against a local HTTP server: the
//! exact request (`POST /` after the endpoint's path, a form body of
//! `Action`, `Version` and the input's members, nested, listed and mapped as
//! the protocol asks), the XML result read member by member, modeled errors
//! named by their `@awsQueryError` code, unmodeled errors with their code and
//! message, and malformed XML as typed errors.

use std::collections::HashMap;

use aws_query_fixture::config::Credentials;
use aws_query_fixture::operation::send_message::SendMessageError;
use aws_query_fixture::types::Origin;
use aws_query_fixture::{Client, Config};
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use smithy_runtime::DateTime;

fn client(endpoint: String) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(endpoint)
            .build(),
    )
}

/// An XML response with `body`.
fn xml(status: u16, body: &str) -> ScriptedResponse {
    ScriptedResponse::new(status)
        .with_header("content-type", "text/xml")
        .with_body(body.to_owned())
}

const RESULT: &str = r#"<SendMessageResponse xmlns="http://queue.example.com/doc/2012-11-05/">
  <SendMessageResult>
    <MessageId>m-1</MessageId>
    <Unknown><Deep>skipped</Deep></Unknown>
    <SequenceNumber>42</SequenceNumber>
    <Receipts>
      <Receipt Id="r-1"><At>2023-11-14T22:13:20Z</At></Receipt>
      <Receipt Id="r-&amp;2"/>
    </Receipts>
  </SendMessageResult>
  <ResponseMetadata><RequestId>req-9</RequestId></ResponseMetadata>
</SendMessageResponse>"#;

#[tokio::test]
async fn the_request_is_a_form_of_action_version_and_members() {
    let server = TestServer::start().await;
    server.push(xml(200, RESULT));
    let out = client(format!("{}/base", server.url()))
        .send_message()
        .queue_url("https://q.example/1/a b")
        .message_body("hi & bye")
        .delay_seconds(5)
        .sent_at(DateTime::from_secs(1_700_000_000))
        .attributes(HashMap::from([
            ("b".to_owned(), "2".to_owned()),
            ("a".to_owned(), "1".to_owned()),
        ]))
        .labels(vec!["x".to_owned(), "y".to_owned()])
        .origin(Origin::builder().host("h1").build())
        .send()
        .await
        .expect("sent");
    assert_eq!(out.message_id.as_deref(), Some("m-1"));
    assert_eq!(out.sequence_number, Some(42));
    let receipts = out.receipts.expect("receipts");
    assert_eq!(receipts.len(), 2);
    assert_eq!(receipts[0].id.as_deref(), Some("r-1"));
    assert_eq!(receipts[0].at, Some(DateTime::from_secs(1_700_000_000)));
    assert_eq!((receipts[1].id.as_deref(), receipts[1].at), (Some("r-&2"), None));

    let request = &server.requests()[0];
    assert_eq!((request.method.as_str(), request.uri.as_str()), ("POST", "/base/"));
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.header("x-amz-target"), None);
    // Members in model order; the flattened map as `Attribute.N.Name/Value` in
    // key order, the wrapped list as `Labels.member.N`, the structure as `Origin.Host`.
    let body = "Action=SendMessage&Version=2012-11-05&QueueUrl=https%3A%2F%2Fq.example%2F1%2Fa%20b\
                &MessageBody=hi%20%26%20bye&DelaySeconds=5&SentAt=2023-11-14T22%3A13%3A20Z\
                &Attribute.1.Name=a&Attribute.1.Value=1&Attribute.2.Name=b&Attribute.2.Value=2\
                &Labels.member.1=x&Labels.member.2=y&Origin.Host=h1";
    assert_eq!(request.body_str(), body);
    assert_eq!(request.header("content-length"), Some(body.len().to_string().as_str()));
    assert!(request
        .header("authorization")
        .is_some_and(|a| a.contains("/queue/aws4_request")));
}

#[tokio::test]
async fn an_empty_list_is_sent_as_an_empty_value_and_an_operation_without_io_ignores_the_body() {
    let server = TestServer::start().await;
    server.push(xml(
        200,
        "<SendMessageResponse><SendMessageResult/></SendMessageResponse>",
    ));
    server.push(xml(200, "not even xml"));
    let client = client(server.url());
    let out = client
        .send_message()
        .queue_url("q")
        .labels(Vec::new())
        .send()
        .await
        .expect("sent");
    assert_eq!((out.message_id, out.receipts), (None, None));
    client.ping().send().await.expect("the body is not read");
    let requests = server.requests();
    assert_eq!(
        requests[0].body_str(),
        "Action=SendMessage&Version=2012-11-05&QueueUrl=q&Labels="
    );
    assert_eq!(requests[1].body_str(), "Action=Ping&Version=2012-11-05");
}

#[tokio::test]
async fn a_modeled_error_is_named_by_its_query_error_code() {
    let server = TestServer::start().await;
    server.push(xml(
        400,
        "<ErrorResponse><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>\
         <Message>no queue</Message><QueueUrl>q</QueueUrl></Error><RequestId>req-3</RequestId></ErrorResponse>",
    ));
    let error = client(server.url())
        .send_message()
        .queue_url("q")
        .send()
        .await
        .unwrap_err();
    let SendMessageError::QueueDoesNotExist(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.queue_url.as_deref(), Some("q"));
    // The member `message` takes the error's `<Message>`.
    assert_eq!(error.message.as_deref(), Some("no queue"));
    assert_eq!(
        (error.code(), error.request_id(), error.meta().status()),
        (
            Some("AWS.SimpleQueueService.NonExistentQueue"),
            Some("req-3"),
            Some(400)
        )
    );
}

#[tokio::test]
async fn an_unmodeled_error_keeps_its_code_message_and_status() {
    let server = TestServer::start().await;
    // `QueueDoesNotExist` is the shape's name, not its code: not that error.
    for code in ["InvalidParameterValue", "QueueDoesNotExist"] {
        server.push(xml(
            400,
            &format!(
                "<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>bad</Message></Error>\
                 <RequestId>req-4</RequestId></ErrorResponse>"
            ),
        ));
        let error = client(server.url())
            .send_message()
            .queue_url("q")
            .send()
            .await
            .unwrap_err();
        let SendMessageError::Unhandled(error) = error else {
            panic!("{code}: {error:?}")
        };
        assert_eq!(
            (error.code(), error.message(), error.status(), error.request_id()),
            (Some(code), Some("bad"), Some(400), Some("req-4"))
        );
    }
}

#[tokio::test]
async fn a_malformed_body_is_a_typed_error() {
    // Nesting past the reader's bound, even in elements the output skips.
    let deep = format!(
        "<SendMessageResponse><SendMessageResult>{}{}</SendMessageResult></SendMessageResponse>",
        "<Unknown>".repeat(200),
        "</Unknown>".repeat(200)
    );
    for body in [
        deep.as_str(),
        "<SendMessageResponse><SendMessageResult><MessageId>m</SendMessageResult></SendMessageResponse>",
        "<SendMessageResponse><SendMessageResult><SequenceNumber>many</SequenceNumber></SendMessageResult></SendMessageResponse>",
        "<SendMessageResponse><SendMessageResult><Receipts><Receipt><At>yesterday</At></Receipt></Receipts></SendMessageResult></SendMessageResponse>",
        "{\"MessageId\": \"m\"}",
        "",
    ] {
        let server = TestServer::start().await;
        server.push(xml(200, body).with_header("x-amzn-requestid", "req-5"));
        let error = client(server.url())
            .send_message()
            .queue_url("q")
            .send()
            .await
            .unwrap_err();
        let SendMessageError::Unhandled(error) = error else {
            panic!("{body}: {error:?}")
        };
        assert_eq!(error.kind(), ErrorKind::Response, "{body}: {error}");
        assert_eq!(error.request_id(), Some("req-5"), "{body}");
    }
    // An error response that is not XML is still an error, with its status.
    let server = TestServer::start().await;
    server.push(xml(404, "<html>not here"));
    let error = client(server.url()).ping().send().await.unwrap_err();
    assert_eq!(error.meta().status(), Some(404));
}

/// A client answered by `transport`, without a socket: the mutation test below
/// sends thousands of calls.
fn scripted(transport: &smithy_runtime::test_util::ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://example.com")
            .transport(transport.clone())
            .build(),
    )
}

#[tokio::test]
async fn every_truncation_and_byte_mutation_of_a_body_gives_a_result_never_a_panic() {
    let transport = smithy_runtime::test_util::ScriptedTransport::new();
    let client = scripted(&transport);
    let bodies =
        pagination_tests::truncations_and_byte_mutations(RESULT.as_bytes(), pagination_tests::XML_BREAKING_BYTES);
    for status in [200, 400] {
        for body in &bodies {
            transport.push_response(smithy_runtime::http::HttpResponse::new(status, body.clone()));
            let result = client.send_message().queue_url("q").send().await;
            if status == 400 {
                assert!(result.is_err(), "an error status never gives an output: {body:?}");
            }
        }
    }
    // The unmodified body reads.
    transport.push_response(smithy_runtime::http::HttpResponse::new(200, RESULT));
    let out = client
        .send_message()
        .queue_url("q")
        .send()
        .await
        .expect("the valid body");
    assert_eq!(out.message_id.as_deref(), Some("m-1"));
}
